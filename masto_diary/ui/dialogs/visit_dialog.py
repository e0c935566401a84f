"""Add or edit a clinic visit: date, clinician, the questions asked and what was decided.

Like :mod:`child_dialog`, the dialog only collects input; ``VisitDialog.ask`` returns a frozen
dataclass or None and the page saves it through the visits service.
"""

import datetime as dt
from dataclasses import dataclass

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from masto_diary.ui.dialogs.medication_dialog import (
    error_label,
    make_date_edit,
    show_error,
    with_error,
)
from masto_diary.ui.dialogs.saving import save_cancel_buttons, set_save_state
from masto_diary.ui.formatting import from_qdate, to_qdate
from masto_diary.ui.widgets.buddy import buddy_label

MAX_TEXT = 10_000


@dataclass(frozen=True)
class VisitInput:
    date: dt.date
    clinician: str
    questions: str
    outcome: str


class VisitDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None = None,
        visit: VisitInput | None = None,
        clinicians: tuple[str, ...] = (),
    ):
        super().__init__(parent)
        self.setObjectName("visitDialog")
        self.setWindowTitle(self.tr("Edit clinic visit") if visit else self.tr("Add clinic visit"))
        self._build(clinicians)
        if visit is not None:
            self._fill(visit)
        self._validate()

    def _build(self, clinicians: tuple[str, ...]) -> None:
        self.date_edit = make_date_edit("visitDate", self.tr("Date of the visit"))
        self.clinician_edit = QComboBox(objectName="visitClinician", editable=True)
        self.clinician_edit.setAccessibleName(self.tr("Clinician"))
        self.clinician_edit.addItems(list(clinicians))
        self.clinician_edit.lineEdit().setMaxLength(200)
        self.clinician_edit.setCurrentText(clinicians[0] if clinicians else "")
        self.questions_edit = self._text("visitQuestions", self.tr("Questions for the clinician"))
        self.questions_edit.setPlaceholderText(self.tr("One question per line"))
        self.outcome_edit = self._text("visitOutcome", self.tr("Outcome"))
        self.outcome_edit.setPlaceholderText(
            self.tr("What was decided: changes to the medicines, next tests, next visit")
        )
        self.text_error = error_label("visitTextError")
        form = QFormLayout()
        form.addRow(buddy_label(self.tr("&Date"), self.date_edit), self.date_edit)
        form.addRow(buddy_label(self.tr("C&linician"), self.clinician_edit), self.clinician_edit)
        form.addRow(buddy_label(self.tr("&Questions"), self.questions_edit), self.questions_edit)
        form.addRow(
            buddy_label(self.tr("&Outcome"), self.outcome_edit),
            with_error(self.outcome_edit, self.text_error),
        )
        self.buttons = save_cancel_buttons(self, "visitButtons")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.questions_edit.textChanged.connect(self._validate)
        self.outcome_edit.textChanged.connect(self._validate)

    def _text(self, name: str, accessible: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(objectName=name)
        edit.setAccessibleName(accessible)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(90)
        return edit

    def _fill(self, visit: VisitInput) -> None:
        self.date_edit.setDate(to_qdate(visit.date))
        self.clinician_edit.setCurrentText(visit.clinician)
        self.questions_edit.setPlainText(visit.questions)
        self.outcome_edit.setPlainText(visit.outcome)
        for edit in (self.questions_edit, self.outcome_edit):  # ready to add a line
            edit.moveCursor(QTextCursor.MoveOperation.End)

    def problem(self) -> str:
        if len(self.questions_edit.toPlainText()) > MAX_TEXT:
            return self.tr("Questions: please keep them under 10,000 characters.")
        if len(self.outcome_edit.toPlainText()) > MAX_TEXT:
            return self.tr("Outcome: please keep it under 10,000 characters.")
        return ""

    def _validate(self) -> None:
        problem = self.problem()
        show_error(self.text_error, problem)
        set_save_state(self.buttons, problem)

    def result_input(self) -> VisitInput:
        return VisitInput(
            date=from_qdate(self.date_edit.date()),
            clinician=self.clinician_edit.currentText().strip(),
            questions=self.questions_edit.toPlainText().strip(),
            outcome=self.outcome_edit.toPlainText().strip(),
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        visit: VisitInput | None = None,
        clinicians: tuple[str, ...] = (),
    ) -> VisitInput | None:
        dialog = cls(parent, visit, clinicians)
        return dialog.result_input() if dialog.exec() == QDialog.DialogCode.Accepted else None
