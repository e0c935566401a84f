"""Lab results: one table (newest first) with the reference range and a flag when outside it.

The page always shows why total IgE climbs under omalizumab (the assay counts drug-bound IgE
too), so a parent reading "566 kU/L, above range" is not alarmed; IgE values taken after the
first injection carry that explanation in their flag.
"""

import datetime as dt

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from masto_diary.enums import Analyte
from masto_diary.errors import DiaryError, ValidationError
from masto_diary.services import injections, labs
from masto_diary.storage import Diary
from masto_diary.storage.read_model import LabRecord
from masto_diary.ui.colours import readable
from masto_diary.ui.dialogs.lab_dialog import LabDialog, LabInput, ReferenceRange
from masto_diary.ui.dialogs.medication_dialog import (
    confirm_delete,
    error_label,
    format_number,
    show_error,
)
from masto_diary.ui.formatting import short_date
from masto_diary.ui.pages.base import ListPage, page_title
from masto_diary.ui.table_model import RowTableModel
from masto_diary.ui.widgets.buddy import buddy_label
from masto_diary.words.core_sentences import translate_core
from masto_diary.words.labels import ANALYTE_LABELS, label
from masto_diary.words.noop import QT_TRANSLATE_NOOP
from masto_diary.words.sentence import fill_in

BOUND_IGE_NOTE = QT_TRANSLATE_NOOP(
    "LabsPage",
    "Total IgE rises under omalizumab because the test also measures IgE bound to the drug; "
    "a rise is not a sign of worsening.",
)  # the same sentence as masto_diary.services.labs.BOUND_IGE_NOTE, marked for translation
OUTSIDE_COLOUR = QColor("#b3261e")
EXPECTED_COLOUR = QColor("#8a5a00")  # IgE under omalizumab: outside the range, but expected
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


def lab_test_name(result: LabRecord) -> str:
    if result.analyte == Analyte.CUSTOM:
        return result.custom_name
    return label(ANALYTE_LABELS, Analyte(result.analyte))


def outside_range(result: LabRecord) -> str:
    """ "high", "low" or "" (within the range, or no range given)."""
    if result.ref_high is not None and result.value > result.ref_high:
        return "high"
    if result.ref_low is not None and result.value < result.ref_low:
        return "low"
    return ""


class LabResultsModel(RowTableModel[LabRecord]):
    """Lab results newest first; testable without any widget."""

    COLUMNS = ("date", "test", "value", "range", "flag", "notes")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._first_injection: dt.date | None = None
        self._headers = (
            self.tr("Date"),
            self.tr("Test"),
            self.tr("Value"),
            self.tr("Reference range"),
            self.tr("Flag"),
            self.tr("Notes"),
        )

    def set_rows(self, rows: list[LabRecord], first_injection: dt.date | None = None) -> None:
        self.beginResetModel()
        self._rows = sorted(rows, key=lambda r: (r.taken_on, r.id or 0), reverse=True)
        self._first_injection = first_injection
        self.endResetModel()

    def bound_ige(self, result: LabRecord) -> bool:
        """Total IgE taken after the first dose (blood is drawn before a dose on its day)."""
        first = self._first_injection
        return result.analyte == Analyte.TOTAL_IGE and first is not None and result.taken_on > first

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        result = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(result, column)
        if role == Qt.ItemDataRole.UserRole:
            return result.id
        if role == Qt.ItemDataRole.ToolTipRole and column == "notes" and result.notes:
            return result.notes
        if column != "flag" or not outside_range(result):
            return None
        expected = self.bound_ige(result) and outside_range(result) == "high"
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(readable(EXPECTED_COLOUR if expected else OUTSIDE_COLOUR))
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and expected:
            return QCoreApplication.translate("LabsPage", BOUND_IGE_NOTE)
        return None

    def text(self, result: LabRecord, column: str) -> str:
        if column == "date":
            return short_date(result.taken_on)
        if column == "test":
            return lab_test_name(result)
        if column == "value":
            return f"{format_number(result.value)} {result.unit}".strip()
        if column == "range":
            return self._range_text(result)
        if column == "flag":
            return self._flag_text(result)
        return result.notes.replace("\n", " ")

    def _range_text(self, result: LabRecord) -> str:
        low, high = result.ref_low, result.ref_high
        if low is None and high is None:
            return ""
        if low is None:
            return fill_in(self.tr("up to %1 %2"), format_number(high), result.unit)
        if high is None:
            return fill_in(self.tr("from %1 %2"), format_number(low), result.unit)
        return f"{format_number(low)}–{format_number(high)} {result.unit}"

    def _flag_text(self, result: LabRecord) -> str:
        where = outside_range(result)
        if where == "high" and self.bound_ige(result):
            return self.tr("above range — expected on omalizumab")
        if where == "high":
            return self.tr("above range")
        if where == "low":
            return self.tr("below range")
        return ""


class LabsPage(ListPage):
    def __init__(self, diary: Diary, parent: QWidget | None = None):
        super().__init__(diary, parent)
        self.setObjectName("labsPage")
        self.model = LabResultsModel(self)
        self._all: list[LabRecord] = []
        self._first_injection: dt.date | None = None
        self._build()
        self._update_buttons()

    def _build(self) -> None:
        title = page_title(self.tr("Lab results"), "labsTitle")
        self.note_label = QLabel(
            QCoreApplication.translate("LabsPage", BOUND_IGE_NOTE), objectName="boundIgeNote"
        )
        self.note_label.setWordWrap(True)
        note = QFrame(objectName="boundIgeNoteFrame")
        note.setFrameShape(QFrame.Shape.StyledPanel)
        note.setStyleSheet(
            "#boundIgeNoteFrame { background: #e8f0fe; border: 1px solid #aac4f0;"
            " border-radius: 4px; } QLabel { color: #1a3a6b; }"
        )
        note_layout = QHBoxLayout(note)
        info = QLabel("ℹ")
        info_font = info.font()
        info_font.setPointSizeF(info_font.pointSizeF() * 1.4)
        info.setFont(info_font)
        note_layout.addWidget(info)
        note_layout.addWidget(self.note_label, 1)

        self.filter_combo = QComboBox(objectName="labFilter")
        self.filter_combo.setAccessibleName(self.tr("Show tests"))
        self.filter_combo.addItem(self.tr("All tests"), None)
        for analyte in Analyte:
            self.filter_combo.addItem(label(ANALYTE_LABELS, analyte), analyte)
        self.filter_combo.currentIndexChanged.connect(self._show_rows)
        filter_label = buddy_label(self.tr("&Show:"), self.filter_combo)

        notes_column = LabResultsModel.COLUMNS.index("notes")
        self.table = self.list_table(
            "labTable", self.tr("Lab results"), self.model, stretch=[notes_column]
        )
        self.empty_label = QLabel(
            self.tr("No lab result yet. Add the first one from the lab report."),
            objectName="labsEmpty",
        )
        self.message_label = error_label("labsMessage")

        self.add_button = self.list_button(self.tr("&Add result…"), "addLabButton", self.add_result)
        self.add_button.setShortcut(QKeySequence.StandardKey.New)
        self.add_button.setToolTip(self.tr("Add a lab result (Ctrl+N)"))
        self.edit_button = self.list_button(self.tr("&Edit…"), "editLabButton", self.edit_selected)
        self.delete_button = self.list_button(
            self.tr("De&lete…"), "deleteLabButton", self.delete_selected
        )

        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(filter_label)
        top.addWidget(self.filter_combo)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(note)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message_label)
        layout.addLayout(buttons)

    # ----------------------------------------------------------------- data

    def refresh(self) -> None:
        self._all = (
            [] if self.child_id is None else labs.list_lab_results(self.diary, self.child_id)
        )
        self._first_injection = self._first_injection_day()
        show_error(self.message_label, "")
        self._show_rows()

    def _first_injection_day(self) -> dt.date | None:
        if self.child_id is None:
            return None
        given = injections.list_injections(self.diary, self.child_id)
        return given[0].given_at.astimezone().date() if given else None

    def _show_rows(self) -> None:
        chosen = self.selected()
        wanted = self.filter_combo.currentData()
        rows = [r for r in self._all if wanted is None or r.analyte == wanted]
        self.model.set_rows(rows, self._first_injection)
        self.show_empty(self.empty_label, not self._all, self.table)
        if chosen is not None:
            self.show_row(self.table, self.model.row_of(chosen.id))
        self._update_buttons()

    def selected(self) -> LabRecord | None:
        row = self.chosen_row(self.table)
        return None if row is None else self.model.record(row)

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.add_button.setEnabled(self.child_id is not None)
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def last_ranges(self) -> dict[tuple[Analyte, str], ReferenceRange]:
        """The reference range of the latest result of each test, offered for the next one."""
        ranges: dict[tuple[Analyte, str], ReferenceRange] = {}
        for result in sorted(self._all, key=lambda r: r.taken_on):
            key = (Analyte(result.analyte), result.custom_name)
            ranges[key] = ReferenceRange(result.ref_low, result.ref_high)
        return ranges

    # ----------------------------------------------------------------- actions

    def add_result(self) -> None:
        if self.child_id is None:
            return
        answer = LabDialog.ask(self, None, self.last_ranges())
        if answer is not None:
            self._save(answer, None)

    def edit_selected(self) -> None:
        result = self.selected()
        if result is None:
            return
        current = LabInput(
            taken_on=result.taken_on,
            analyte=Analyte(result.analyte),
            custom_name=result.custom_name,
            unit=result.unit,
            value=result.value,
            ref_low=result.ref_low,
            ref_high=result.ref_high,
            notes=result.notes,
        )
        answer = LabDialog.ask(self, current, self.last_ranges())
        if answer is not None:
            self._save(answer, result.id)

    def _save(self, answer: LabInput, result_id: int | None) -> None:
        try:
            saved = labs.add_lab_result(
                self.diary,
                self.child_id,
                answer.taken_on,
                answer.analyte,
                answer.value,
                unit=answer.unit,
                custom_name=answer.custom_name,
                ref_low=answer.ref_low,
                ref_high=answer.ref_high,
                notes=answer.notes,
                result_id=result_id,
            )
        except (ValidationError, DiaryError) as error:
            show_error(self.message_label, fill_in(self.tr("Not saved: %1"), translate_core(error)))
            return
        self.after_change(True, lambda: self.show_row(self.table, self.model.row_of(saved.id)))

    def delete_selected(self) -> None:
        result = self.selected()
        if result is None:
            return
        question = fill_in(
            self.tr("Delete the result “%1: %2” of %3?"),
            lab_test_name(result),
            self.model.text(result, "value"),
            short_date(result.taken_on),
        )
        if not confirm_delete(self, self.tr("Delete lab result"), question):
            return
        try:
            labs.delete_lab_result(self.diary, result.id)
        except DiaryError as error:
            show_error(self.message_label, translate_core(error))
        self.after_change(True)
