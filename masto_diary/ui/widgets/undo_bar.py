"""The bar that offers Undo for a short while after a delete.

Every delete passes the one write seam (storage/removals.py), so the window shows this one bar
for an entry, an episode, an injection, a medication row, a lab result or a clinic visit alike;
the parent can press Undo (or Ctrl+Z) until the bar goes away.
"""

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from masto_diary.storage.removals import Removal
from masto_diary.ui.widgets.announce import announce
from masto_diary.words.noop import QT_TRANSLATE_NOOP
from masto_diary.words.sentence import fill_in

UNDO_SECONDS = 30
CONTEXT = "UndoBar"
DELETED = {
    "daily_entry": QT_TRANSLATE_NOOP("UndoBar", "The entry was deleted."),
    "episode": QT_TRANSLATE_NOOP("UndoBar", "The episode was deleted."),
    "injection": QT_TRANSLATE_NOOP("UndoBar", "The injection was deleted."),
    "medication": QT_TRANSLATE_NOOP("UndoBar", "The medication row was deleted."),
    "lab_result": QT_TRANSLATE_NOOP("UndoBar", "The lab result was deleted."),
    "clinic_visit": QT_TRANSLATE_NOOP("UndoBar", "The clinic visit was deleted."),
    "clinic_questionnaire": QT_TRANSLATE_NOOP(
        "UndoBar", "The questionnaire and its answers were removed."
    ),
}


class UndoBar(QFrame):
    """Hidden until :meth:`offer`; ``undo_requested`` carries the removal to put back."""

    undo_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("undoBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.removal: Removal | None = None
        self.label = QLabel(objectName="undoText")
        self.undo_button = QPushButton(self.tr("&Undo"), objectName="undoButton")
        self.undo_button.setToolTip(self.tr("Put back what was deleted (Ctrl+Z)"))
        self.dismiss_button = QPushButton(self.tr("Dismiss"), objectName="undoDismiss")
        self.undo_button.clicked.connect(self.undo)
        self.dismiss_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.undo_button)
        layout.addWidget(self.dismiss_button)
        self.timer = QTimer(self, singleShot=True, interval=UNDO_SECONDS * 1000)
        self.timer.timeout.connect(self.dismiss)
        self.hide()

    def offer(self, removal: Removal) -> None:
        """Show the bar for ``removal`` (a newer delete replaces an older offer)."""
        self.removal = removal
        sentence = QCoreApplication.translate(CONTEXT, DELETED.get(removal.table, ""))
        self.label.setText(sentence)
        self.undo_button.setAccessibleName(fill_in(self.tr("Undo: %1"), sentence))
        self.show()
        self.timer.start()
        announce(self.label, sentence + " " + self.tr("Undo with Ctrl+Z."))

    def undo(self) -> bool:
        """Ask for the last removal to be put back; False when there is nothing to undo."""
        removal, self.removal = self.removal, None
        self.dismiss()
        if removal is None:
            return False
        self.undo_requested.emit(removal)
        return True

    def dismiss(self) -> None:
        self.timer.stop()
        self.removal = None
        self.hide()
