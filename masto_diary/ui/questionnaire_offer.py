"""The Today page's offer of a clinic questionnaire that is due (docs/questionnaires.md).

A questionnaire is due when it was never answered or its recall period (a day, a week) has
passed since the last answers (services/questionnaires.py).  The offer is one button under the
injection banner, hidden otherwise; it opens the answering dialog, keyboard first.
"""

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QPushButton, QWidget

from masto_diary.storage import Diary, read_model
from masto_diary.words.sentence import fill_in

if TYPE_CHECKING:
    from masto_diary.services.questionnaires import KeptQuestionnaire


def due_questionnaire(diary: Diary, child_id: int, today: dt.date) -> "KeptQuestionnaire | None":
    """The first of the child's questionnaires that is due today, if any.

    Most children have none: that is one query, and the questionnaire services (with the
    scoring of every instrument) are loaded only for a child that has one, so the Today page's
    first frame does not wait for them.
    """
    with read_model.reading(diary) as db:
        if not read_model.questionnaires(db, child_id):
            return None
    from masto_diary.services import questionnaires

    for kept in questionnaires.questionnaires(diary, child_id):
        if questionnaires.is_due(diary, kept, today):
            return kept
    return None


class QuestionnaireOffer(QPushButton):
    """ "Questionnaire due: … — answer it now", shown only while one is due."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("questionnaireOffer")
        self.diary: Diary | None = None
        self.due: KeptQuestionnaire | None = None
        self.today = dt.date.today()
        self.clicked.connect(self.answer)
        self.hide()

    def show_for(self, diary: Diary, child_id: int | None, today: dt.date) -> None:
        self.diary, self.today = diary, today
        self.due = None if child_id is None else due_questionnaire(diary, child_id, today)
        if self.due is not None:
            self.setText(fill_in(self.tr("Questionnaire due: %1 — answer it now"), self.due.title))
        self.setVisible(self.due is not None)

    def answer(self) -> None:
        from masto_diary.ui.dialogs.questionnaire_dialog import AnswerDialog

        if self.due is None or self.diary is None:
            return
        AnswerDialog(self.diary, self.due, self.today, self.window()).exec()
        self.show_for(self.diary, self.due.record.child_id, self.today)
