"""The first evening's one question: be reminded each evening, with the diary at login?

Reminders only work while the app runs, and the evening reminder is off until chosen, so a
parent who never opens Settings is never reminded. Once the diary has a child, the window asks
once, in one choice: "Remind me each evening" turns on the evening reminder (at
:data:`~masto_diary.ui.reminders.DEFAULT_EVENING_TIME`) and the injection reminders, and lets
the diary start minimised at login (to the tray) where the system allows it. "Not now" only
closes the question; Settings ▸ Reminders changes either later. The question is a widget only:
:class:`~masto_diary.ui.reminders.ReminderCenter` writes the choice.
"""

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from masto_diary.ui.widgets.announce import announce
from masto_diary.words.sentence import fill_in

OFFERED_KEY = "reminders/offered"  # bool: the question was answered (either way)


def answered(settings: QSettings) -> bool:
    value = settings.value(OFFERED_KEY, False)
    return value.lower() in ("true", "1") if isinstance(value, str) else bool(value)


class ReminderOffer(QFrame):
    """A strip above the pages with the question and two buttons; hidden once answered."""

    chosen = Signal(bool)  # True: reminders and start at login were turned on

    def __init__(
        self, settings: QSettings, clock: str, at_login: bool, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setObjectName("reminderOffer")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.settings = settings
        question = (
            self.tr(
                "Be reminded at %1 each evening to write the entry, and of every injection? "
                "The diary then starts minimised at login, so reminders come even when it "
                "was not opened."
            )
            if at_login
            else self.tr(
                "Be reminded at %1 each evening to write the entry, and of every injection?"
            )
        )
        self.label = QLabel(fill_in(question, clock), objectName="reminderOfferText")
        self.label.setWordWrap(True)
        self.yes_button = QPushButton(self.tr("Remind me each evening"), objectName="offerYes")
        self.no_button = QPushButton(self.tr("Not now"), objectName="offerNo")
        self.yes_button.setAccessibleDescription(self.label.text())
        self.yes_button.clicked.connect(lambda: self.answer(True))
        self.no_button.clicked.connect(lambda: self.answer(False))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.yes_button)
        layout.addWidget(self.no_button)
        self.hide()

    def ask_if_due(self, has_child: bool) -> bool:
        """Show the question when a child exists and it was never answered."""
        due = has_child and not answered(self.settings)
        if due and not self.isVisible():
            self.show()
            announce(self.label, self.label.text())
        elif not due:
            self.hide()
        return due

    def answer(self, yes: bool) -> None:
        """Remember that it was answered, close the question and say which way."""
        self.settings.setValue(OFFERED_KEY, True)
        self.settings.sync()
        self.hide()
        self.chosen.emit(yes)
