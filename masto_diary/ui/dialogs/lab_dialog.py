"""Add or edit a lab result: the analyte's unit appears by itself, the value is checked.

Tryptase is in ng/mL, total IgE in kU/L (= IU/mL) and the KIT D816V allele burden in %; a
custom test needs its own name and unit.  A value that cannot be right (negative, a
percentage above 100) is named under the field and Save stays disabled, so nothing wrong is
written.  Like :mod:`child_dialog`, ``LabDialog.ask`` returns a frozen dataclass or None.
"""

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from masto_diary.enums import ANALYTE_UNITS, Analyte
from masto_diary.ui.dialogs.medication_dialog import (
    error_label,
    format_number,
    make_date_edit,
    parse_number,
    show_error,
    with_error,
)
from masto_diary.ui.dialogs.saving import save_cancel_buttons, set_save_state
from masto_diary.ui.formatting import fill_combo, from_qdate, to_qdate
from masto_diary.ui.widgets.buddy import buddy_label
from masto_diary.words.labels import ANALYTE_LABELS
from masto_diary.words.sentence import fill_in


@dataclass(frozen=True)
class LabInput:
    taken_on: dt.date
    analyte: Analyte
    custom_name: str
    unit: str
    value: float
    ref_low: float | None
    ref_high: float | None
    notes: str


@dataclass(frozen=True)
class ReferenceRange:
    low: float | None
    high: float | None


class LabDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None = None,
        result: LabInput | None = None,
        last_ranges: dict[tuple[Analyte, str], ReferenceRange] | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("labDialog")
        self.setWindowTitle(self.tr("Edit lab result") if result else self.tr("Add lab result"))
        self._last_ranges = last_ranges or {}
        self._build()
        if result is not None:
            self._fill(result)
        else:
            self._analyte_changed()
        self._validate()

    # ----------------------------------------------------------------- building

    def _build(self) -> None:
        self.date_edit = make_date_edit("labDate", self.tr("Date the blood was taken"))
        self.date_edit.setMaximumDate(QDate.currentDate())
        self.analyte_combo = QComboBox(objectName="labAnalyte")
        self.analyte_combo.setAccessibleName(self.tr("Test"))
        fill_combo(self.analyte_combo, ANALYTE_LABELS)
        self.ige_hint = QLabel(
            self.tr("Under omalizumab total IgE rises: the test also counts drug-bound IgE."),
            objectName="labIgeHint",
        )
        self.ige_hint.setWordWrap(True)
        self.ige_hint.setStyleSheet("color: palette(dark); font-style: italic;")
        self.custom_name_edit = self._line("labCustomName", self.tr("Name of the test"), 100)
        self.custom_unit_edit = self._line("labCustomUnit", self.tr("Unit"), 20)
        self.custom_unit_edit.setPlaceholderText(self.tr("e.g. µg/L"))
        self.value_edit = self._line("labValue", self.tr("Value"), 30)
        self.unit_label = QLabel(objectName="labUnit")
        self.ref_low_edit = self._line("labRefLow", self.tr("Lower reference limit"), 30)
        self.ref_high_edit = self._line("labRefHigh", self.tr("Upper reference limit"), 30)
        self.ref_low_edit.setPlaceholderText(self.tr("lowest normal"))
        self.ref_high_edit.setPlaceholderText(self.tr("highest normal"))
        self.ref_unit_label = QLabel(objectName="labRefUnit")
        self.notes_edit = QPlainTextEdit(objectName="labNotes")
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(60)
        self.name_error = error_label("labCustomNameError")
        self.unit_error = error_label("labCustomUnitError")
        self.value_error = error_label("labValueError")
        self.range_error = error_label("labRangeError")

        self.form = QFormLayout()
        self.form.addRow(buddy_label(self.tr("&Date taken"), self.date_edit), self.date_edit)
        self.form.addRow(buddy_label(self.tr("&Test"), self.analyte_combo), self.analyte_combo)
        self.form.addRow("", self.ige_hint)
        self.ige_row = self.form.rowCount() - 1
        name_label = buddy_label(self.tr("Test &name"), self.custom_name_edit)
        self.form.addRow(name_label, with_error(self.custom_name_edit, self.name_error))
        unit_label = buddy_label(self.tr("&Unit"), self.custom_unit_edit)
        self.form.addRow(unit_label, with_error(self.custom_unit_edit, self.unit_error))
        self.custom_rows = (self.form.rowCount() - 2, self.form.rowCount() - 1)
        value_row = self._row(self.value_edit, self.unit_label)
        self.form.addRow(
            buddy_label(self.tr("&Value"), self.value_edit),
            with_error(value_row, self.value_error, self.value_edit),
        )
        range_row = self._row(
            self.ref_low_edit, QLabel("–"), self.ref_high_edit, self.ref_unit_label
        )
        self.form.addRow(
            buddy_label(self.tr("&Reference range"), self.ref_low_edit),
            with_error(range_row, self.range_error, self.ref_high_edit),
        )
        self.form.addRow(buddy_label(self.tr("N&otes"), self.notes_edit), self.notes_edit)
        self.buttons = save_cancel_buttons(self, "labButtons")
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.analyte_combo.currentIndexChanged.connect(self._analyte_changed)
        for edit in (
            self.custom_name_edit,
            self.custom_unit_edit,
            self.value_edit,
            self.ref_low_edit,
            self.ref_high_edit,
        ):
            edit.textChanged.connect(self._validate)
        self.custom_unit_edit.textChanged.connect(self._show_unit)

    def _line(self, name: str, accessible: str, max_length: int) -> QLineEdit:
        edit = QLineEdit(objectName=name)
        edit.setAccessibleName(accessible)
        edit.setMaxLength(max_length)
        return edit

    def _row(self, *widgets: QWidget) -> QWidget:
        cell = QWidget()
        layout = QHBoxLayout(cell)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            layout.addWidget(widget, 1 if isinstance(widget, QLineEdit) else 0)
        return cell

    def _fill(self, result: LabInput) -> None:
        self.date_edit.setDate(to_qdate(result.taken_on))
        self.analyte_combo.setCurrentIndex(self.analyte_combo.findData(result.analyte))
        self.custom_name_edit.setText(result.custom_name)
        if result.analyte is Analyte.CUSTOM:
            self.custom_unit_edit.setText(result.unit)
        self.value_edit.setText(format_number(result.value))
        self.ref_low_edit.setText(format_number(result.ref_low))
        self.ref_high_edit.setText(format_number(result.ref_high))
        self.notes_edit.setPlainText(result.notes)
        self._analyte_changed(prefill=False)

    # ----------------------------------------------------------------- behaviour

    def analyte(self) -> Analyte:
        return Analyte(self.analyte_combo.currentData())  # Qt hands StrEnum data back as str

    def unit(self) -> str:
        analyte = self.analyte()
        return ANALYTE_UNITS.get(analyte) or self.custom_unit_edit.text().strip()

    def _analyte_changed(self, _index: int = 0, prefill: bool = True) -> None:
        """Show the unit of the chosen test, the custom fields, the IgE note, the last range."""
        custom = self.analyte() is Analyte.CUSTOM
        for row in self.custom_rows:
            self.form.setRowVisible(row, custom)
        self.form.setRowVisible(self.ige_row, self.analyte() is Analyte.TOTAL_IGE)
        if prefill and not custom:
            last = self._last_ranges.get((self.analyte(), ""))
            self.ref_low_edit.setText(format_number(last.low) if last else "")
            self.ref_high_edit.setText(format_number(last.high) if last else "")
        self._show_unit()
        self._validate()
        self.adjustSize()

    def _show_unit(self) -> None:
        self.unit_label.setText(self.unit())
        self.ref_unit_label.setText(self.unit())

    def problems(self) -> dict[str, str]:
        """Field → sentence for every field that cannot be saved as it is."""
        found: dict[str, str] = {}
        analyte = self.analyte()
        if analyte is Analyte.CUSTOM:
            if not self.custom_name_edit.text().strip():
                found["custom_name"] = self.tr("Test name: please type the name of the test.")
            if not self.custom_unit_edit.text().strip():
                found["unit"] = self.tr("Unit: please type the unit the lab used, e.g. µg/L.")
        value_problem = self._value_problem(analyte)
        if value_problem:
            found["value"] = value_problem
        range_problem = self._range_problem()
        if range_problem:
            found["ref_high"] = range_problem
        return found

    def _value_problem(self, analyte: Analyte) -> str:
        text = self.value_edit.text().strip()
        if not text:
            return self.tr("Value: please type the result.")
        value = parse_number(text)
        if value is None:
            return fill_in(self.tr("Value: “%1” is not a number."), text)
        if value < 0:
            return self.tr("Value: a lab value cannot be negative.")
        if analyte is Analyte.KIT_D816V and value > 100:
            return self.tr("Value: the allele burden is a percentage, at most 100 %.")
        return ""

    def _range_problem(self) -> str:
        limits = []
        for edit in (self.ref_low_edit, self.ref_high_edit):
            text = edit.text().strip()
            value = parse_number(text) if text else None
            if text and value is None:
                return fill_in(self.tr("Reference range: “%1” is not a number."), text)
            if value is not None and value < 0:
                return self.tr("Reference range: a limit cannot be negative.")
            limits.append(value)
        low, high = limits
        if low is not None and high is not None and high < low:
            return self.tr("Reference range: the upper limit is below the lower one.")
        return ""

    def _validate(self) -> None:
        found = self.problems()
        show_error(self.name_error, found.get("custom_name", ""))
        show_error(self.unit_error, found.get("unit", ""))
        show_error(self.value_error, found.get("value", ""))
        show_error(self.range_error, found.get("ref_high", ""))
        set_save_state(self.buttons, next(iter(found.values()), ""))

    def result_input(self) -> LabInput:
        def number(edit: QLineEdit) -> float | None:
            return parse_number(edit.text()) if edit.text().strip() else None

        custom = self.analyte() is Analyte.CUSTOM
        return LabInput(
            taken_on=from_qdate(self.date_edit.date()),
            analyte=self.analyte(),
            custom_name=self.custom_name_edit.text().strip() if custom else "",
            unit=self.unit(),
            value=number(self.value_edit) or 0.0,
            ref_low=number(self.ref_low_edit),
            ref_high=number(self.ref_high_edit),
            notes=self.notes_edit.toPlainText().strip(),
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        result: LabInput | None = None,
        last_ranges: dict[tuple[Analyte, str], ReferenceRange] | None = None,
    ) -> LabInput | None:
        dialog = cls(parent, result, last_ranges)
        return dialog.result_input() if dialog.exec() == QDialog.DialogCode.Accepted else None
