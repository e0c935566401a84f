"""File ▸ Load a clinic questionnaire…, Answer a questionnaire… and Remove a questionnaire…
(docs/questionnaires.md).

Loading shows every problem of a bad file as a list, like the import, and keeps nothing then.
Loading a questionnaire with an id the child already has replaces its text and keeps the
answers (services/questionnaires.py says why).  Answering is keyboard first: a digit picks the
answer of that value and moves to the next item; Enter or Ctrl+S saves.
"""

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from masto_diary.errors import DiaryError
from masto_diary.exchange.problems import ImportRefusedError
from masto_diary.exchange.questionnaire import Questionnaire, read_questionnaire
from masto_diary.services import questionnaires
from masto_diary.services.questionnaires import KeptQuestionnaire
from masto_diary.storage import Diary
from masto_diary.ui.dialogs.medication_dialog import confirm_delete
from masto_diary.ui.folders import documents_folder
from masto_diary.ui.formatting import figure
from masto_diary.ui.widgets.spoken_fields import DateField
from masto_diary.words.core_sentences import translate_core
from masto_diary.words.sentence import fill_in


def show_load_for(window) -> None:
    child_id = window.current_child_id()
    if child_id is None:
        QMessageBox.information(
            window,
            QCoreApplication.translate("LoadQuestionnaireDialog", "Questionnaire"),
            QCoreApplication.translate("LoadQuestionnaireDialog", "Add a child first."),
        )
        return
    if LoadQuestionnaireDialog(window.diary, child_id, window).exec():
        window.show_changes()


def show_answer_for(window) -> None:
    child_id = window.current_child_id()
    kept = questionnaires.questionnaires(window.diary, child_id) if child_id is not None else []
    if not kept:
        text = QCoreApplication.translate(
            "LoadQuestionnaireDialog",
            "Load a clinic questionnaire first (File ▸ Load a clinic questionnaire…).",
        )
        QMessageBox.information(
            window, QCoreApplication.translate("LoadQuestionnaireDialog", "Questionnaire"), text
        )
        return
    today = dt.date.today()
    chosen = next((q for q in kept if questionnaires.is_due(window.diary, q, today)), kept[0])
    if AnswerDialog(window.diary, chosen, today, window).exec():
        window.show_changes()


def show_remove_for(window) -> None:
    """The questionnaire and every answer given to it go; the window offers Undo (one write
    path: the delete passes the write seam like any other)."""
    title = QCoreApplication.translate("LoadQuestionnaireDialog", "Remove a questionnaire")
    child_id = window.current_child_id()
    kept = questionnaires.questionnaires(window.diary, child_id) if child_id is not None else []
    if not kept:
        text = QCoreApplication.translate(
            "LoadQuestionnaireDialog", "There is no questionnaire to remove."
        )
        QMessageBox.information(window, title, text)
        return
    chosen = kept[0] if len(kept) == 1 else choose_questionnaire(window, title, kept)
    if chosen is None:
        return
    question = fill_in(
        QCoreApplication.translate(
            "LoadQuestionnaireDialog",
            "Remove “%1”? Its answers go with it (days answered: %2). Undo is offered for a "
            "short while.",
        ),
        chosen.title,
        str(len(questionnaires.answers(window.diary, chosen.id))),
    )
    if not confirm_delete(window, title, question):
        return
    try:
        questionnaires.remove_questionnaire(window.diary, chosen.id)
    except DiaryError as error:
        QMessageBox.warning(window, title, translate_core(error))
        return
    window.show_changes()


def choose_questionnaire(
    parent: QWidget, title: str, kept: list[KeptQuestionnaire]
) -> KeptQuestionnaire | None:
    """Which of the child's questionnaires (module-level so tests answer it); two with the same
    title are told apart by the file's id."""
    titles = [q.title for q in kept]
    shown = [f"{q.title} ({q.record.key})" if titles.count(q.title) > 1 else q.title for q in kept]
    label = QCoreApplication.translate("LoadQuestionnaireDialog", "&Questionnaire:")
    chosen, ok = QInputDialog.getItem(parent, title, label, shown, 0, False)
    return kept[shown.index(chosen)] if ok else None


class LoadQuestionnaireDialog(QDialog):
    """Choose a clinic's questionnaire file, see what it asks or every problem, load it."""

    def __init__(self, diary: Diary, child_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("loadQuestionnaireDialog")
        self.setWindowTitle(self.tr("Load a clinic questionnaire"))
        self.resize(640, 420)
        self.diary, self.child_id = diary, child_id
        self.questionnaire: Questionnaire | None = None
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.path_edit = QLineEdit(objectName="questionnairePath", readOnly=True)
        self.path_edit.setAccessibleName(self.tr("Questionnaire file"))
        choose = QPushButton(self.tr("&Choose a file…"), objectName="chooseFileButton")
        choose.clicked.connect(self.choose_file)
        row.addWidget(self.path_edit, 1)
        row.addWidget(choose)
        layout.addLayout(row)
        self.report = QPlainTextEdit(objectName="questionnaireReport", readOnly=True)
        self.report.setAccessibleName(self.tr("What the questionnaire asks, or its problems"))
        layout.addWidget(self.report, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.load_button = buttons.addButton(
            self.tr("&Load"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.load_button.setObjectName("loadButton")
        self.load_button.setEnabled(False)
        self.load_button.clicked.connect(self.keep)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def ask_open_path(self) -> Path | None:
        """The file to load (tests replace this method)."""
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Load a questionnaire"),
            str(documents_folder()),
            self.tr("JSON files (*.json)"),
        )
        return Path(chosen) if chosen else None

    def choose_file(self) -> None:
        path = self.ask_open_path()
        if path is not None:
            self.read(path)

    def read(self, path: Path) -> bool:
        """Check the file; show what it asks, or every problem with its place in the file."""
        self.path_edit.setText(str(path))
        self.questionnaire = None
        self.load_button.setEnabled(False)
        try:
            self.questionnaire = read_questionnaire(path)
        except ImportRefusedError as error:
            header = self.tr("This questionnaire cannot be loaded. Nothing was changed. Problems:")
            lines = [str(problem) for problem in error.issues]
            if error.truncated:
                lines.append(self.tr("… and more."))
            self.report.setPlainText("\n".join([header, *lines]))
            return False
        q = self.questionnaire
        lines = [q.title, q.source, self.scoring_line(q), ""]
        lines += [f"{n}. {item.text}" for n, item in enumerate(q.items, 1)]
        self.report.setPlainText("\n".join(lines))
        self.load_button.setEnabled(True)
        return True

    def scoring_line(self, q: Questionnaire) -> str:
        """How the file scores, so whoever loads it can check it against the instrument."""
        decimals = q.scoring.decimals
        text = fill_in(
            self.tr("Total %1–%2"), figure(q.lowest, decimals), figure(q.highest, decimals)
        )
        bands = [
            fill_in(self.tr("%1–%2 %3"), figure(low, decimals), figure(high, decimals), label)
            for low, high, label in q.bands
        ]
        if bands:
            text += "; " + ", ".join(bands)
        parts = [part.title for part in q.instrument.subscales]
        if parts:
            text += "; " + fill_in(self.tr("subscales: %1"), ", ".join(parts))
        return text

    def keep(self) -> None:
        if self.questionnaire is None:
            return
        content = self.questionnaire.content()
        try:
            questionnaires.keep_questionnaire(self.diary, self.child_id, content)
        except DiaryError as error:
            self.report.setPlainText(translate_core(error))
            return
        self.accept()


class ItemChoice(QComboBox):
    """One item's answers; a digit key picks the answer of that value and moves on."""

    typed = Signal()  # a digit chose an answer: the dialog moves on to the next item

    def __init__(self, item: questionnaires.Item, parent: QWidget | None = None):
        super().__init__(parent)
        self.addItem(self.tr("— not answered"), None)
        for value, text in item.answers:
            self.addItem(f"{value} – {text}" if text else str(value), value)

    def value(self) -> int | None:
        return self.currentData()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        text = event.text()
        if text.isdigit() and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            index = self.findData(int(text))
            if index >= 0:
                self.setCurrentIndex(index)
                self.typed.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()  # the dialog's default button saves
            return
        super().keyPressEvent(event)


class AnswerDialog(QDialog):
    """A day's answers to one questionnaire; the total and band show as they are known."""

    def __init__(
        self, diary: Diary, questionnaire: KeptQuestionnaire, day: dt.date, parent=None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("answerQuestionnaireDialog")
        self.setWindowTitle(questionnaire.title)
        self.diary, self.questionnaire = diary, questionnaire
        layout = QVBoxLayout(self)
        if questionnaire.instructions:
            layout.addWidget(QLabel(questionnaire.instructions, wordWrap=True))
        form = QFormLayout()
        self.day_edit = DateField(day, calendarPopup=True, objectName="answerDay")
        self.day_edit.setAccessibleName(self.tr("Day"))
        form.addRow(self.tr("&Day"), self.day_edit)
        self.choices: dict[str, ItemChoice] = {}
        for number, item in enumerate(questionnaire.items, start=1):
            choice = ItemChoice(item, self)
            choice.setObjectName(f"item_{item.id}")
            choice.setAccessibleName(item.text)
            choice.currentIndexChanged.connect(self.show_total)
            choice.typed.connect(lambda n=number: self.move_on(n))
            label = QLabel(f"{number}. {item.text}", wordWrap=True)
            label.setBuddy(choice)
            form.addRow(label, choice)
            self.choices[item.id] = choice
        # A long instrument (27 items) scrolls instead of growing past the screen.
        items = QWidget(objectName="questionnaireItems")
        items.setLayout(form)
        self.scroll = QScrollArea(objectName="questionnaireScroll", widgetResizable=True)
        self.scroll.setAccessibleName(self.tr("Questions"))
        self.scroll.setWidget(items)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setMinimumHeight(min(form.sizeHint().height() + 4, 420))
        layout.addWidget(self.scroll, 1)
        self.total_label = QLabel("", objectName="questionnaireTotal")
        layout.addWidget(self.total_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(
            self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        self.save_button.setObjectName("saveButton")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self.show_total()
        next(iter(self.choices.values())).setFocus()

    def move_on(self, number: int) -> None:
        """After a digit: the next item, or Save after the last (Enter then saves)."""
        following = list(self.choices.values())[number:]
        if following:
            self.scroll.ensureWidgetVisible(following[0])
        (following[0] if following else self.save_button).setFocus()

    def given(self) -> dict[str, int | None]:
        return {item_id: choice.value() for item_id, choice in self.choices.items()}

    def show_total(self) -> None:
        """The total and band as far as they are known, then each subscale's."""
        q = self.questionnaire
        given = self.given()
        score, band = q.score(given)
        if score is None:
            text = self.tr("Total: not known until enough items are answered")
        elif band:
            text = fill_in(self.tr("Total: %1 (%2)"), figure(score, q.decimals), band)
        else:
            text = fill_in(self.tr("Total: %1"), figure(score, q.decimals))
        parts = [
            fill_in(self.tr("%1: %2"), part.title, "—" if found is None else
                    figure(found, q.decimals) + (f" ({part_band})" if part_band else ""))
            for part, found, part_band in q.subscale_scores(given)
        ]  # fmt: skip
        self.total_label.setText("\n".join([text, *parts]))

    def save(self) -> None:
        day = self.day_edit.date().toPython()
        try:
            questionnaires.save_answers(self.diary, self.questionnaire, day, self.given())
        except DiaryError as error:
            self.total_label.setText(translate_core(error))
            return
        self.accept()
