"""Medication dialogs: add or correct a row, and change the dose, stop or restart a drug.

Like :mod:`child_dialog`, the dialogs only collect and check input; the page saves it through
the medications service.  ``ask`` returns a frozen dataclass or None, so page tests patch one
call.  The first section holds small form helpers the lab and visit dialogs share.
"""

import datetime as dt
import enum
import math
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from masto_diary.enums import DrugClass
from masto_diary.ui.dialogs.saving import save_cancel_buttons, set_save_state
from masto_diary.ui.formatting import date_format, fill_combo, from_qdate, short_date, to_qdate
from masto_diary.ui.widgets.announce import show_tied_error, tie_error
from masto_diary.ui.widgets.buddy import buddy_label
from masto_diary.ui.widgets.spoken_fields import DateField
from masto_diary.words.labels import DRUG_CLASS_LABELS, FREQUENCIES
from masto_diary.words.noop import QT_TRANSLATE_NOOP
from masto_diary.words.sentence import fill_in

ERROR_STYLE = "color: #b3261e;"

# --------------------------------------------------------------------------- form helpers


def parse_number(text: str) -> float | None:
    """A number typed in the user's locale (or with a plain point), None if it is not one.

    Group separators are refused: "1.234" must not silently become 1234 in a German locale.
    """
    text = text.strip()
    if not text:
        return None
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.RejectGroupSeparator)
    value, ok = locale.toDouble(text)
    if not ok:
        try:
            value = float(text.replace(",", "."))
        except ValueError:
            return None
    return value if math.isfinite(value) else None


def format_number(value: float | None) -> str:
    """A number in the user's locale without trailing zeros (10 → "10", 0.15 → "0.15")."""
    if value is None:
        return ""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(float(value), "g", 10)


def date_display_format() -> str:
    """The app's one date format (:func:`masto_diary.ui.formatting.date_format`)."""
    return date_format()


def make_date_edit(object_name: str, accessible_name: str, day: dt.date | None = None) -> QDateEdit:
    edit = DateField(objectName=object_name, calendarPopup=True)
    edit.setAccessibleName(accessible_name)
    edit.setDisplayFormat(date_display_format())
    edit.setDate(to_qdate(day or dt.date.today()))
    return edit


def error_label(object_name: str) -> QLabel:
    """The red sentence under a field saying why it cannot be saved (hidden when empty)."""
    label = QLabel(objectName=object_name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def show_error(label: QLabel, text: str) -> None:
    """The sentence under its field, and the field's description for a screen reader."""
    show_tied_error(label, text)


def confirm_delete(parent: QWidget | None, title: str, question: str) -> bool:
    """Ask before deleting; module-level so page tests patch this one call."""
    answer = QMessageBox.question(
        parent,
        title,
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def with_error(field: QWidget, label: QLabel, described: QWidget | None = None) -> QWidget:
    """A form cell holding the field with its error sentence underneath (tied to the field, so
    a screen reader hears the sentence with the field)."""
    tie_error(label, described or field)  # ``described``: the edit inside a row of several
    cell = QWidget()
    layout = QVBoxLayout(cell)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(label)
    return cell


# --------------------------------------------------------------------------- add / edit

UNITS = (
    "mg",
    "mL",
    "µg",
    "mg/kg",
    QT_TRANSLATE_NOOP("MedicationDialog", "drops"),
    QT_TRANSLATE_NOOP("MedicationDialog", "puffs"),
    QT_TRANSLATE_NOOP("MedicationDialog", "sachets"),
    QT_TRANSLATE_NOOP("MedicationDialog", "applications"),
)


@dataclass(frozen=True)
class MedicationInput:
    name: str
    drug_class: DrugClass
    dose: float
    unit: str
    frequency: str
    start_date: dt.date
    end_date: dt.date | None
    reason: str


class MedicationDialog(QDialog):
    """Add a medication or correct one row of the history (a typo, a wrong date)."""

    def __init__(
        self,
        parent: QWidget | None = None,
        medication: MedicationInput | None = None,
        known_names: tuple[str, ...] = (),
    ):
        super().__init__(parent)
        self.setObjectName("medicationDialog")
        self.setWindowTitle(self.tr("Edit medication") if medication else self.tr("Add medication"))
        self._build(known_names)
        if medication is not None:
            self._fill(medication)
        self._validate()

    def _build(self, known_names: tuple[str, ...]) -> None:
        self.name_edit = QComboBox(objectName="medicationName", editable=True)
        self.name_edit.setAccessibleName(self.tr("Medication name"))
        self.name_edit.addItems(sorted(set(known_names), key=str.casefold))
        self.name_edit.setCurrentText("")
        self.name_edit.lineEdit().setMaxLength(100)
        self.class_combo = QComboBox(objectName="medicationClass")
        self.class_combo.setAccessibleName(self.tr("Kind of medicine"))
        fill_combo(self.class_combo, DRUG_CLASS_LABELS)
        self.dose_edit = QLineEdit(objectName="medicationDose")
        self.dose_edit.setAccessibleName(self.tr("Dose"))
        self.unit_edit = QComboBox(objectName="medicationUnit", editable=True)
        self.unit_edit.setAccessibleName(self.tr("Dose unit"))
        self.unit_edit.addItems([QCoreApplication.translate("MedicationDialog", u) for u in UNITS])
        self.unit_edit.lineEdit().setMaxLength(20)
        self.frequency_edit = frequency_combo("medicationFrequency", self.tr("How often"))
        self.start_edit = make_date_edit("medicationStart", self.tr("Taken since"))
        self.ended_check = QCheckBox(self.tr("No longer taken"), objectName="medicationEnded")
        self.ended_check.setAccessibleName(self.tr("No longer taken"))
        self.end_edit = make_date_edit("medicationEnd", self.tr("Last day taken"))
        self.reason_edit = QLineEdit(objectName="medicationReason")
        self.reason_edit.setAccessibleName(self.tr("Reason"))
        self.reason_edit.setPlaceholderText(self.tr("e.g. itch and flushing"))
        self.name_error = error_label("medicationNameError")
        self.dose_error = error_label("medicationDoseError")
        self.end_error = error_label("medicationEndError")

        dose_row = QHBoxLayout()
        dose_row.addWidget(self.dose_edit, 1)
        dose_row.addWidget(self.unit_edit)
        dose_cell = QWidget()
        dose_cell.setLayout(dose_row)
        dose_row.setContentsMargins(0, 0, 0, 0)
        end_row = QHBoxLayout()
        end_row.setContentsMargins(0, 0, 0, 0)
        end_row.addWidget(self.ended_check)
        end_row.addWidget(self.end_edit, 1)
        end_cell = QWidget()
        end_cell.setLayout(end_row)

        form = QFormLayout()
        form.addRow(
            buddy_label(self.tr("&Name"), self.name_edit),
            with_error(self.name_edit, self.name_error),
        )
        form.addRow(buddy_label(self.tr("&Kind"), self.class_combo), self.class_combo)
        form.addRow(
            buddy_label(self.tr("D&ose"), self.dose_edit),
            with_error(dose_cell, self.dose_error, self.dose_edit),
        )
        form.addRow(buddy_label(self.tr("How &often"), self.frequency_edit), self.frequency_edit)
        form.addRow(buddy_label(self.tr("&Taken since"), self.start_edit), self.start_edit)
        form.addRow(
            buddy_label(self.tr("&Last day"), self.ended_check),
            with_error(end_cell, self.end_error, self.end_edit),
        )
        form.addRow(buddy_label(self.tr("&Reason"), self.reason_edit), self.reason_edit)
        self.buttons = save_cancel_buttons(self, "medicationButtons")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        for signal in (
            self.name_edit.currentTextChanged,
            self.dose_edit.textChanged,
            self.unit_edit.currentTextChanged,
            self.start_edit.dateChanged,
            self.end_edit.dateChanged,
            self.ended_check.toggled,
        ):
            signal.connect(self._validate)
        self.ended_check.toggled.connect(self.end_edit.setEnabled)
        self.end_edit.setEnabled(False)

    def _fill(self, medication: MedicationInput) -> None:
        self.name_edit.setCurrentText(medication.name)
        self.class_combo.setCurrentIndex(self.class_combo.findData(medication.drug_class))
        self.dose_edit.setText(format_number(medication.dose))
        self.unit_edit.setCurrentText(medication.unit)
        self.frequency_edit.setCurrentText(medication.frequency)
        self.start_edit.setDate(to_qdate(medication.start_date))
        self.ended_check.setChecked(medication.end_date is not None)
        if medication.end_date is not None:
            self.end_edit.setDate(to_qdate(medication.end_date))
        self.reason_edit.setText(medication.reason)

    def problems(self) -> dict[str, str]:
        """Field → sentence for every field that cannot be saved as it is."""
        found: dict[str, str] = {}
        if not self.name_edit.currentText().strip():
            found["name"] = self.tr("Name: please type the name of the medicine.")
        dose = parse_number(self.dose_edit.text())
        if dose is None:
            found["dose"] = self.tr("Dose: please type the dose as a number, e.g. 10 or 2.5.")
        elif dose < 0:
            found["dose"] = self.tr("Dose: the dose cannot be negative.")
        elif not self.unit_edit.currentText().strip():
            found["dose"] = self.tr("Dose: please give the unit, e.g. mg.")
        if self.ended_check.isChecked() and self.end_edit.date() < self.start_edit.date():
            found["end_date"] = self.tr("Last day: it cannot be before the day it was started.")
        return found

    def _validate(self) -> None:
        found = self.problems()
        show_error(self.name_error, found.get("name", ""))
        show_error(self.dose_error, found.get("dose", ""))
        show_error(self.end_error, found.get("end_date", ""))
        set_save_state(self.buttons, next(iter(found.values()), ""))

    def result_input(self) -> MedicationInput:
        return MedicationInput(
            name=self.name_edit.currentText().strip(),
            drug_class=DrugClass(self.class_combo.currentData()),
            dose=parse_number(self.dose_edit.text()) or 0.0,
            unit=self.unit_edit.currentText().strip(),
            frequency=self.frequency_edit.currentText().strip(),
            start_date=from_qdate(self.start_edit.date()),
            end_date=from_qdate(self.end_edit.date()) if self.ended_check.isChecked() else None,
            reason=self.reason_edit.text().strip(),
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        medication: MedicationInput | None = None,
        known_names: tuple[str, ...] = (),
    ) -> MedicationInput | None:
        dialog = cls(parent, medication, known_names)
        return dialog.result_input() if dialog.exec() == QDialog.DialogCode.Accepted else None


def frequency_combo(object_name: str, accessible_name: str) -> QComboBox:
    combo = QComboBox(objectName=object_name, editable=True)
    combo.setAccessibleName(accessible_name)
    combo.addItems([QCoreApplication.translate("MedicationDialog", f) for f in FREQUENCIES])
    combo.setCurrentText("")
    return combo


# --------------------------------------------------------------------------- dose changes


class DoseAction(enum.Enum):
    CHANGE = "change"
    STOP = "stop"
    RESTART = "restart"


@dataclass(frozen=True)
class DoseChangeInput:
    on_date: dt.date  # first day of the new dose / first day without / first day again
    dose: float | None
    frequency: str | None
    reason: str


class DoseChangeDialog(QDialog):
    """Change the dose, stop or restart one medication: each gives a clean timeline row."""

    def __init__(
        self, action: DoseAction, medication: MedicationInput, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setObjectName("doseChangeDialog")
        self.action = action
        self.medication = medication
        titles = {
            DoseAction.CHANGE: self.tr("Change the dose of %1"),
            DoseAction.STOP: self.tr("Stop %1"),
            DoseAction.RESTART: self.tr("Restart %1"),
        }
        self.setWindowTitle(fill_in(titles[action], medication.name))
        self._build()
        self._validate()

    def _build(self) -> None:
        medication = self.medication
        current = QLabel(self._summary(), objectName="doseCurrent")
        current.setWordWrap(True)
        self.date_edit = make_date_edit("doseDate", self.tr("From"))
        earliest = medication.end_date or medication.start_date
        self.date_edit.setDate(to_qdate(max(dt.date.today(), earliest + dt.timedelta(days=1))))
        self.date_error = error_label("doseDateError")
        self.last_day_label = QLabel(objectName="doseLastDay")
        self.dose_edit = QLineEdit(objectName="doseNew")
        self.dose_edit.setAccessibleName(self.tr("New dose"))
        self.dose_edit.setText(format_number(medication.dose))
        self.dose_error = error_label("doseNewError")
        unit = QLabel(medication.unit)
        self.frequency_edit = frequency_combo("doseFrequency", self.tr("How often"))
        self.frequency_edit.setCurrentText(medication.frequency)
        self.reason_edit = QLineEdit(objectName="doseReason")
        self.reason_edit.setAccessibleName(self.tr("Reason"))
        self.reason_edit.setPlaceholderText(self.tr("e.g. taper agreed at the visit"))

        date_labels = {
            DoseAction.CHANGE: self.tr("New dose &from"),
            DoseAction.STOP: self.tr("&First day without it"),
            DoseAction.RESTART: self.tr("Taken again &from"),
        }
        form = QFormLayout()
        form.addRow(current)
        date_label = buddy_label(date_labels[self.action], self.date_edit)
        form.addRow(date_label, with_error(self.date_edit, self.date_error))
        form.addRow("", self.last_day_label)
        if self.action is not DoseAction.STOP:
            dose_row = QHBoxLayout()
            dose_row.setContentsMargins(0, 0, 0, 0)
            dose_row.addWidget(self.dose_edit, 1)
            dose_row.addWidget(unit)
            dose_cell = QWidget()
            dose_cell.setLayout(dose_row)
            dose_label = buddy_label(self.tr("&Dose"), self.dose_edit)
            form.addRow(dose_label, with_error(dose_cell, self.dose_error, self.dose_edit))
            frequency_label = buddy_label(self.tr("How &often"), self.frequency_edit)
            form.addRow(frequency_label, self.frequency_edit)
        if self.action is DoseAction.CHANGE:
            reason_label = buddy_label(self.tr("&Reason"), self.reason_edit)
            form.addRow(reason_label, self.reason_edit)
        self.buttons = save_cancel_buttons(self, "doseButtons")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.date_edit.dateChanged.connect(self._validate)
        self.dose_edit.textChanged.connect(self._validate)
        self.frequency_edit.currentTextChanged.connect(self._validate)

    def _summary(self) -> str:
        """What is taken now (or was last taken), as rich text."""
        m = self.medication
        if m.end_date is None:
            text = self.tr("<b>%1</b> now: %2, since %3")
        else:
            text = self.tr("<b>%1</b> last taken: %2, until %3")
        dose = escape(f"{format_number(m.dose)} {m.unit} {m.frequency}".strip())
        day = short_date(m.end_date or m.start_date)
        return fill_in(text, escape(m.name), dose, day)

    def problems(self) -> dict[str, str]:
        found: dict[str, str] = {}
        day = from_qdate(self.date_edit.date())
        medication = self.medication
        if self.action is DoseAction.CHANGE and day <= medication.start_date:
            found["on_date"] = fill_in(
                self.tr("From: the new dose must start after %1, when the current dose started."),
                short_date(medication.start_date),
            )
        elif self.action is DoseAction.STOP and day <= medication.start_date:
            found["on_date"] = fill_in(
                self.tr("From: it was started on %1; the first day without it must come later."),
                short_date(medication.start_date),
            )
        elif self.action is DoseAction.RESTART and day <= (medication.end_date or day):
            found["on_date"] = fill_in(
                self.tr("From: it was last taken on %1; restart after that."),
                short_date(medication.end_date),
            )
        if self.action is not DoseAction.STOP:
            dose = parse_number(self.dose_edit.text())
            if dose is None:
                found["dose"] = self.tr("Dose: please type the dose as a number.")
            elif dose < 0:
                found["dose"] = self.tr("Dose: the dose cannot be negative.")
            elif self.action is DoseAction.CHANGE and self._unchanged(dose):
                found["dose"] = self.tr(
                    "Dose: this is the current dose; change the dose or how often."
                )
        return found

    def _unchanged(self, dose: float) -> bool:
        frequency = self.frequency_edit.currentText().strip()
        return dose == self.medication.dose and frequency == self.medication.frequency

    def _validate(self) -> None:
        found = self.problems()
        show_error(self.date_error, found.get("on_date", ""))
        show_error(self.dose_error, found.get("dose", ""))
        last_day = from_qdate(self.date_edit.date()) - dt.timedelta(days=1)
        if self.action is DoseAction.RESTART:
            self.last_day_label.hide()
        else:
            text = (
                self.tr("The last day of the old dose will be %1.")
                if self.action is DoseAction.CHANGE
                else self.tr("The last day taken will be %1.")
            )
            self.last_day_label.setText(fill_in(text, short_date(last_day)))
        set_save_state(self.buttons, next(iter(found.values()), ""))

    def result_input(self) -> DoseChangeInput:
        stop = self.action is DoseAction.STOP
        return DoseChangeInput(
            on_date=from_qdate(self.date_edit.date()),
            dose=None if stop else parse_number(self.dose_edit.text()),
            frequency=None if stop else self.frequency_edit.currentText().strip(),
            reason=self.reason_edit.text().strip(),
        )

    @classmethod
    def ask(
        cls, parent: QWidget | None, action: DoseAction, medication: MedicationInput
    ) -> DoseChangeInput | None:
        dialog = cls(action, medication, parent)
        return dialog.result_input() if dialog.exec() == QDialog.DialogCode.Accepted else None
