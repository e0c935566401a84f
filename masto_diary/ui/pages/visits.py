"""Clinic visits, and the questions the family collects for the next one.

The questions live in the coming visit's row (the earliest visit dated today or later), not in
a separate draft: they are in the diary file, backed up and exported with it, and once the
visit has happened they stay next to its outcome.  When no visit is booked yet, the page
proposes a date (the next injection if one is due, else in four weeks) and the first question
typed books the visit on that date; the parent can move it at any time.

Typing is saved by itself a moment after the parent stops, and before the page is left, the
child is switched or the window closes, so a question is never lost.
"""

import datetime as dt

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from masto_diary.errors import DiaryError
from masto_diary.services import injections, visits
from masto_diary.storage import Diary
from masto_diary.storage.read_model import VisitRecord
from masto_diary.ui.dialogs.medication_dialog import (
    confirm_delete,
    error_label,
    make_date_edit,
    show_error,
)
from masto_diary.ui.dialogs.visit_dialog import VisitDialog, VisitInput
from masto_diary.ui.formatting import from_qdate, long_date, short_date, to_qdate
from masto_diary.ui.pages.base import ListPage, page_shortcut, page_title
from masto_diary.ui.table_model import RowTableModel
from masto_diary.ui.widgets.buddy import buddy_label
from masto_diary.words.core_sentences import translate_core
from masto_diary.words.sentence import fill_in

AUTOSAVE_MS = 1000
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


class PaddedDelegate(QStyledItemDelegate):
    """Multi-line cells get a little air, so one visit's text does not touch the next."""

    def sizeHint(self, option, index) -> QSize:
        return super().sizeHint(option, index) + QSize(0, 8)


class VisitsModel(RowTableModel[VisitRecord]):
    """Visits newest first; coming visits are marked.  Testable without widgets."""

    COLUMNS = ("date", "clinician", "questions", "outcome")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._today = dt.date.today()
        self._headers = (
            self.tr("Date"),
            self.tr("Clinician"),
            self.tr("Questions"),
            self.tr("Outcome"),
        )

    def set_rows(self, rows: list[VisitRecord], today: dt.date) -> None:
        self.beginResetModel()
        self._rows = sorted(rows, key=lambda v: (v.date, v.id or 0), reverse=True)
        self._today = today
        self.endResetModel()

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        visit = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(visit, column)
        if role == Qt.ItemDataRole.UserRole:
            return visit.id
        if role == Qt.ItemDataRole.FontRole and column == "date" and visit.date >= self._today:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        return None

    def text(self, visit: VisitRecord, column: str) -> str:
        if column == "date":
            if visit.date >= self._today:
                return fill_in(self.tr("%1\n(coming)"), short_date(visit.date))
            return short_date(visit.date)
        if column == "clinician":
            return visit.clinician
        if column == "questions":
            return visit.questions
        if visit.date >= self._today and not visit.outcome:
            return self.tr("not yet")
        return visit.outcome


class VisitsPage(ListPage):
    def __init__(self, diary: Diary, parent: QWidget | None = None):
        super().__init__(diary, parent)
        self.setObjectName("visitsPage")
        self.model = VisitsModel(self)
        self.today = dt.date.today()
        self._next: VisitRecord | None = None
        self._dirty = False
        self._loading = False
        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_questions)
        self._build()
        self._update_buttons()

    # ----------------------------------------------------------------- building

    def _build(self) -> None:
        title = page_title(self.tr("Clinic visits"), "visitsTitle")
        heading = QLabel(self.tr("Questions for the next visit"), objectName="nextVisitHeading")
        heading_font = heading.font()
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.2)
        heading_font.setBold(True)
        heading.setFont(heading_font)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(heading)
        layout.addWidget(self._questions_box(), 1)
        layout.addWidget(self._visits_box(), 2)

    def _questions_box(self) -> QFrame:
        box = QFrame(objectName="nextVisitBox")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        self.next_date_edit = make_date_edit("nextVisitDate", self.tr("Date of the next visit"))
        self.next_date_edit.setMinimumDate(to_qdate(dt.date.today()))
        date_label = buddy_label(self.tr("Next &visit on:"), self.next_date_edit)
        self.next_state = QLabel(objectName="nextVisitState")
        self.next_state.setWordWrap(True)
        self.questions_edit = QPlainTextEdit(objectName="nextQuestions")
        self.questions_edit.setAccessibleName(self.tr("Questions for the next visit"))
        self.questions_edit.setPlaceholderText(
            self.tr(
                "Write questions down as they come up, one per line: "
                "they are saved as you type and shown in the visit report."
            )
        )
        self.questions_edit.setTabChangesFocus(True)
        self.save_questions_button = QPushButton(
            self.tr("&Save questions"), objectName="saveQuestionsButton"
        )
        self.save_questions_button.setAccessibleName(self.tr("Save questions"))
        self.save_questions_button.setToolTip(self.tr("Save now (Ctrl+S); typing saves by itself"))
        self.save_questions_button.clicked.connect(self.save_questions)
        page_shortcut(self, QKeySequence.StandardKey.Save, self.save_questions)
        self.questions_error = error_label("nextQuestionsError")
        self.questions_edit.setMinimumHeight(110)

        row = QHBoxLayout()
        row.addWidget(date_label)
        row.addWidget(self.next_date_edit)
        row.addWidget(self.next_state, 1)
        row.addWidget(self.save_questions_button)
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(self.questions_edit, 1)
        layout.addWidget(self.questions_error)
        self.questions_edit.textChanged.connect(self._questions_edited)
        self.next_date_edit.dateChanged.connect(self._questions_edited)
        return box

    def _visits_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("All visits"), objectName="visitsBox")
        self.table = self.list_table(
            "visitTable", self.tr("Clinic visits"), self.model, stretch=(2, 3)
        )
        self.table.setWordWrap(True)  # questions and outcome are read whole
        self.table.setItemDelegate(PaddedDelegate(self.table))
        header = self.table.horizontalHeader()
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.empty_label = QLabel(
            self.tr("No clinic visit recorded yet."), objectName="visitsEmpty"
        )
        self.message_label = error_label("visitsMessage")
        self.add_button = self.list_button(self.tr("&Add visit…"), "addVisitButton", self.add_visit)
        self.add_button.setShortcut(QKeySequence.StandardKey.New)
        self.add_button.setToolTip(self.tr("Add a clinic visit (Ctrl+N)"))
        self.edit_button = self.list_button(
            self.tr("&Edit…"), "editVisitButton", self.edit_selected
        )
        self.delete_button = self.list_button(
            self.tr("De&lete…"), "deleteVisitButton", self.delete_selected
        )
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message_label)
        layout.addLayout(buttons)
        return box

    # ----------------------------------------------------------------- data

    def set_child(self, child_id: int | None) -> None:
        self.save_questions()  # the questions belong to the child they were typed for
        super().set_child(child_id)

    def refresh(self) -> None:
        self.save_questions()
        self.today = dt.date.today()
        rows = [] if self.child_id is None else visits.list_visits(self.diary, self.child_id)
        chosen = self.selected()
        self.model.set_rows(rows, self.today)
        self.table.resizeRowsToContents()
        self.show_empty(self.empty_label, not rows, self.table)
        show_error(self.message_label, "")
        if chosen is not None:
            self.show_row(self.table, self.model.row_of(chosen.id))
        self._load_questions()
        self._update_buttons()

    def _load_questions(self) -> None:
        self._next = None if self.child_id is None else visits.next_visit(self.diary, self.child_id)
        self._loading = True
        self.next_date_edit.setMinimumDate(to_qdate(self.today))
        if self._next is not None:
            self.next_date_edit.setDate(to_qdate(self._next.date))
            self.questions_edit.setPlainText(self._next.questions)
        else:
            self.next_date_edit.setDate(to_qdate(self._suggested_date()))
            self.questions_edit.setPlainText("")
        self._loading = False
        self._dirty = False
        self.questions_edit.setEnabled(self.child_id is not None)
        self.next_date_edit.setEnabled(self.child_id is not None)
        show_error(self.questions_error, "")
        self._show_state()

    def _suggested_date(self) -> dt.date:
        """The next injection (usually given at the clinic), else four weeks from today."""
        if self.child_id is not None:
            due = injections.injection_status(self.diary, self.child_id, self.today).next_due
            if due is not None and due >= self.today:
                return due
        return self.today + dt.timedelta(days=28)

    def _show_state(self) -> None:
        if self._dirty:
            text = self.tr("Not saved yet…")
        elif self._next is not None:
            text = fill_in(self.tr("Saved with the visit on %1."), long_date(self._next.date))
        else:
            text = self.tr("No visit booked yet: the first question books one on this date.")
        self.next_state.setText(text)

    def _questions_edited(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self._show_state()
        self._autosave.start()

    def save_questions(self) -> bool:
        """Write pending questions now; False (with the reason shown) if they could not be."""
        self._autosave.stop()
        if not self._dirty or self.child_id is None:
            return True
        text = self.questions_edit.toPlainText().strip()
        if self._next is None and not text:
            self._dirty = False  # nothing typed and nothing booked: no empty visit is made
            self._show_state()
            return True
        try:
            self._next = visits.save_next_visit_questions(
                self.diary, self.child_id, text, from_qdate(self.next_date_edit.date())
            )
        except DiaryError as error:
            show_error(
                self.questions_error, fill_in(self.tr("Not saved: %1"), translate_core(error))
            )
            return False
        self._dirty = False
        show_error(self.questions_error, "")
        self._show_state()
        self._reload_table_only()
        self.data_changed.emit()
        return True

    def _reload_table_only(self) -> None:
        chosen = self.selected()
        self.model.set_rows(visits.list_visits(self.diary, self.child_id), self.today)
        self.table.resizeRowsToContents()
        self.show_empty(self.empty_label, self.model.rowCount() == 0, self.table)
        if chosen is not None:
            self.show_row(self.table, self.model.row_of(chosen.id))

    def can_leave(self) -> bool:
        return self.save_questions()

    def selected(self) -> VisitRecord | None:
        row = self.chosen_row(self.table)
        return None if row is None else self.model.record(row)

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.add_button.setEnabled(self.child_id is not None)
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def clinicians(self) -> tuple[str, ...]:
        """Clinicians seen before, the most recent first (offered in the dialog)."""
        names: list[str] = []
        for row in range(self.model.rowCount()):
            name = self.model.record(row).clinician
            if name and name not in names:
                names.append(name)
        return tuple(names)

    # ----------------------------------------------------------------- actions

    def add_visit(self) -> None:
        if self.child_id is None or not self.save_questions():
            return
        answer = VisitDialog.ask(self, None, self.clinicians())
        if answer is not None:
            self._save(answer, None)

    def edit_selected(self) -> None:
        if not self.save_questions():  # first, so the dialog shows the questions just typed
            return
        visit = self.selected()
        if visit is None:
            return
        current = VisitInput(visit.date, visit.clinician, visit.questions, visit.outcome)
        answer = VisitDialog.ask(self, current, self.clinicians())
        if answer is not None:
            self._save(answer, visit.id)

    def _save(self, answer: VisitInput, visit_id: int | None) -> None:
        try:
            saved = visits.add_visit(
                self.diary,
                self.child_id,
                answer.date,
                answer.clinician,
                answer.questions,
                answer.outcome,
                visit_id=visit_id,
            )
        except DiaryError as error:
            show_error(self.message_label, fill_in(self.tr("Not saved: %1"), translate_core(error)))
            return
        self.after_change(True, lambda: self.show_row(self.table, self.model.row_of(saved.id)))

    def delete_selected(self) -> None:
        visit = self.selected()
        if visit is None or not self.save_questions():
            return
        question = fill_in(
            self.tr("Delete the visit of %1 with its questions and outcome?"),
            short_date(visit.date),
        )
        if not confirm_delete(self, self.tr("Delete clinic visit"), question):
            return
        try:
            visits.delete_visit(self.diary, visit.id)
        except DiaryError as error:
            show_error(self.message_label, translate_core(error))
        self.after_change(True)
