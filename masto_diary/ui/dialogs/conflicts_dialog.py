"""File ▸ Conflicts…: the records two laptops changed at once, and doses likely logged twice.

The later version is in the diary; the other one was kept by the sync (docs/sync.md).  Each
item names the child, the day with its year, what differs and where and when each version
was saved (words/conflict_texts.py), so the carers can decide together: "Keep the other
version" puts the whole other version back (an evening with its scores, an episode with its
symptoms and triggers).  Two injections of one child on one day logged on two laptops are
listed too, to keep one or both.
"""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from masto_diary.sync import conflicts
from masto_diary.ui.focus_claims import current_row
from masto_diary.words import conflict_texts

CONTEXT = "conflicts"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class ConflictsDialog(QDialog):
    """The open conflicts and likely duplicates in words, and what can be done about them."""

    def __init__(self, window: QWidget):
        super().__init__(window, objectName="conflictsDialog")
        self.window_ = window
        self.setWindowTitle(_tr("Conflicts"))
        self.intro = QLabel(objectName="conflictsIntro")
        self.intro.setWordWrap(True)
        self.listing = QListWidget(objectName="conflictsList")
        self.listing.setAccessibleName(_tr("Conflicts"))
        self.listing.setWordWrap(True)
        self.listing.setAlternatingRowColors(True)
        self.listing.setSpacing(3)  # one conflict is several lines: keep them apart
        self.keep_button = QPushButton(_tr("&Keep the other version"), objectName="keepOther")
        self.keep_button.clicked.connect(self.keep_selected)
        self.keep_one_button = QPushButton(_tr("Keep &one"), objectName="keepOne")
        self.keep_one_button.clicked.connect(lambda: self.resolve_duplicate(conflicts.keep_one))
        self.keep_both_button = QPushButton(_tr("Keep &both"), objectName="keepBoth")
        self.keep_both_button.clicked.connect(lambda: self.resolve_duplicate(conflicts.keep_both))
        self.listing.currentRowChanged.connect(self._enable)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in (self.keep_button, self.keep_one_button, self.keep_both_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.listing, 1)
        layout.addWidget(buttons)
        self.resize(760, 480)
        self.load()

    def load(self) -> None:
        diary = self.window_.diary
        self.conflicts = conflicts.describe(diary, conflicts.open_conflicts(diary))
        self.duplicates = conflicts.likely_duplicates(diary)
        if self.conflicts or self.duplicates:
            self.intro.setText(
                _tr(
                    "These records were changed on two laptops before they heard of each "
                    "other. Check them together; if the kept version is wrong, choose the "
                    "other one and keep it: it goes to the other laptops like any save."
                )
            )
        else:
            self.intro.setText(_tr("Nothing was changed on two laptops at once."))
        self.listing.clear()
        for described in self.conflicts:
            self.listing.addItem(conflict_texts.sentence(described))
        for duplicate in self.duplicates:
            self.listing.addItem(conflict_texts.duplicate_sentence(duplicate))
        self._enable(-1)
        if self.listing.count():
            self.listing.setCurrentRow(0)

    def _enable(self, row: int) -> None:
        is_conflict = 0 <= row < len(self.conflicts)
        is_duplicate = row >= len(self.conflicts) and row - len(self.conflicts) < len(
            self.duplicates
        )
        self.keep_button.setEnabled(is_conflict)
        self.keep_one_button.setEnabled(is_duplicate)
        self.keep_both_button.setEnabled(is_duplicate)

    def keep_selected(self) -> None:
        row = current_row(self.listing)
        if not 0 <= row < len(self.conflicts):
            return
        conflicts.keep_other(self.window_.diary, self.conflicts[row].conflict)
        self.window_.refresh_after_sync()
        self.load()

    def resolve_duplicate(self, action) -> None:
        row = current_row(self.listing) - len(self.conflicts)
        if not 0 <= row < len(self.duplicates):
            return
        action(self.window_.diary, self.duplicates[row])
        self.window_.refresh_after_sync()
        self.load()


def show_for(window: QWidget) -> None:
    ConflictsDialog(window).exec()
