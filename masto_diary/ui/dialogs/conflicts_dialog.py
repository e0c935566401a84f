"""File ▸ Conflicts…: the records two laptops changed at once, in words.

The later version is in the diary; the other one was kept by the sync (docs/sync.md), and this
list says which is which, when each was saved and on which laptop, so the carers can talk it
over and type the right one again.
"""

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout, QWidget

from masto_diary.sync import share
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


def _laptop(record, own_device: str | None) -> str:
    return _tr("this laptop") if record.device == own_device else _tr("the other laptop")


def conflict_sentence(conflict, own_device: str | None) -> str:
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
        _laptop(conflict.kept, own_device),
        _when(conflict.other),
        _laptop(conflict.other, own_device),
    )


def show_for(window: QWidget) -> None:
    conflicts = share.conflicts(window.diary)
    own = share.device_of(window.diary)
    dialog = QDialog(window, objectName="conflictsDialog")
    dialog.setWindowTitle(_tr("Conflicts"))
    if conflicts:
        text = _tr(
            "These records were changed on two laptops before they heard of each other. "
            "Check them together and type the right version again if the kept one is wrong."
        )
    else:
        text = _tr("Nothing was changed on two laptops at once.")
    intro = QLabel(text, objectName="conflictsIntro")
    intro.setWordWrap(True)
    listing = QListWidget(objectName="conflictsList")
    listing.setAccessibleName(_tr("Conflicts"))
    listing.setWordWrap(True)
    for conflict in conflicts:
        listing.addItem(conflict_sentence(conflict, own))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(intro)
    layout.addWidget(listing, 1)
    layout.addWidget(buttons)
    dialog.resize(560, 360)
    dialog.exec()
