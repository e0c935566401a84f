"""File ▸ Conflicts…: the records two laptops changed at once, in words.

The later version is in the diary; the other one was kept by the sync (docs/sync.md), and this
list says which is which, when each was saved and on which laptop, so the carers can talk it
over and type the right one again.
"""

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from masto_diary.sync import conflicts, share
from masto_diary.ui.focus_claims import current_row
from masto_diary.words.sentence import fill_in

CONTEXT = "conflicts"
WHAT = {
    "daily_entry": QT_TRANSLATE_NOOP("conflicts", "The entry"),
    "symptom_score": QT_TRANSLATE_NOOP("conflicts", "A score"),
    "episode": QT_TRANSLATE_NOOP("conflicts", "The episode"),
    "injection": QT_TRANSLATE_NOOP("conflicts", "The injection"),
    "medication": QT_TRANSLATE_NOOP("conflicts", "The medication"),
    "lab_result": QT_TRANSLATE_NOOP("conflicts", "The lab result"),
    "clinic_visit": QT_TRANSLATE_NOOP("conflicts", "The visit"),
    "weight_record": QT_TRANSLATE_NOOP("conflicts", "The weight"),
    "height_record": QT_TRANSLATE_NOOP("conflicts", "The height"),
}
A_RECORD = QT_TRANSLATE_NOOP("conflicts", "A record")
DAY_FIELDS = ("day", "date", "given_on", "started_on", "start", "measured_on")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _when(record) -> str:
    moment = dt.datetime.fromtimestamp(record.stamp.millis / 1000)
    return moment.strftime("%d %b %H:%M")


def _laptop(record, own_device: str | None, names: dict[str, str]) -> str:
    """The laptop's own name in quotes (“kitchen laptop”), else this / the other laptop."""
    name = names.get(record.device)
    if name:
        return fill_in(_tr("“%1”"), name)
    return _tr("this laptop") if record.device == own_device else _tr("the other laptop")


def conflict_sentence(conflict, own_device: str | None, names: dict[str, str] | None = None) -> str:
    """ "The entry of 2026-12-03 was changed on both laptops: …" for one conflict."""
    what = _tr(WHAT.get(conflict.table, A_RECORD))
    data = conflict.kept.data or conflict.other.data or {}
    day = next((str(data[key]) for key in DAY_FIELDS if data.get(key)), None)
    if day:
        what = fill_in(_tr("%1 of %2"), what, day)
    return fill_in(
        _tr(
            "%1 was changed on both laptops: the version saved %2 on %3 is kept, the one "
            "saved %4 on %5 is not in the diary."
        ),
        what,
        _when(conflict.kept),
        _laptop(conflict.kept, own_device, names or {}),
        _when(conflict.other),
        _laptop(conflict.other, own_device, names or {}),
    )


class ConflictsDialog(QDialog):
    """The open conflicts in words; "Keep the other version" puts the chosen one back."""

    def __init__(self, window: QWidget):
        super().__init__(window, objectName="conflictsDialog")
        self.window_ = window
        self.setWindowTitle(_tr("Conflicts"))
        self.intro = QLabel(objectName="conflictsIntro")
        self.intro.setWordWrap(True)
        self.listing = QListWidget(objectName="conflictsList")
        self.listing.setAccessibleName(_tr("Conflicts"))
        self.listing.setWordWrap(True)
        self.keep_button = QPushButton(_tr("&Keep the other version"), objectName="keepOther")
        self.keep_button.clicked.connect(self.keep_selected)
        self.listing.currentRowChanged.connect(lambda row: self.keep_button.setEnabled(row >= 0))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.listing, 1)
        layout.addWidget(buttons)
        self.resize(560, 360)
        self.load()

    def load(self) -> None:
        self.conflicts = conflicts.open_conflicts(self.window_.diary)
        own = share.device_of(self.window_.diary)
        names = share.laptop_names(self.window_.diary)
        if self.conflicts:
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
        for conflict in self.conflicts:
            self.listing.addItem(conflict_sentence(conflict, own, names))
        self.keep_button.setEnabled(False)
        if self.conflicts:
            self.listing.setCurrentRow(0)

    def keep_selected(self) -> None:
        row = current_row(self.listing)
        if row < 0:
            return
        conflicts.keep_other(self.window_.diary, self.conflicts[row])
        self.window_.refresh_after_sync()
        self.load()


def show_for(window: QWidget) -> None:
    ConflictsDialog(window).exec()
