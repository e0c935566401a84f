"""The quick choices of the episode dialog: when in the day it started, and how long it lasted.

An episode is usually written down in the evening, hours after it happened. Offering the parts
of the day that have passed, and the usual durations, saves editing two date-time fields section
by section; the exact start and end stay editable below them.
"""

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale, QTime

from masto_diary.enums import EpisodeKind
from masto_diary.words.noop import QT_TRANSLATE_NOOP
from masto_diary.words.sentence import fill_in

CONTEXT = "episode_times"
OTHER = "other"  # item data of the "set below" choice of both combos

# Parts of the day: (label, hour, days back). Labels start with different letters in English
# and Italian, so one key picks each in a closed combo box.
PARTS_OF_THE_DAY: tuple[tuple[str, int, int], ...] = (
    (QT_TRANSLATE_NOOP("episode_times", "Morning, %1"), 9, 0),
    (QT_TRANSLATE_NOOP("episode_times", "Afternoon, %1"), 15, 0),
    (QT_TRANSLATE_NOOP("episode_times", "Evening, %1"), 19, 0),
    (QT_TRANSLATE_NOOP("episode_times", "Last night, %1"), 22, 1),
)

# (label, minutes); None means it has not ended yet.
DURATIONS: tuple[tuple[str, int | None], ...] = (
    (QT_TRANSLATE_NOOP("episode_times", "Not ended yet"), None),
    (QT_TRANSLATE_NOOP("episode_times", "5 minutes"), 5),
    (QT_TRANSLATE_NOOP("episode_times", "15 minutes"), 15),
    (QT_TRANSLATE_NOOP("episode_times", "30 minutes"), 30),
    (QT_TRANSLATE_NOOP("episode_times", "45 minutes"), 45),
    (QT_TRANSLATE_NOOP("episode_times", "1 hour"), 60),
    (QT_TRANSLATE_NOOP("episode_times", "2 hours"), 120),
    (QT_TRANSLATE_NOOP("episode_times", "3 hours"), 180),
)

# The default symptom an episode kind is about; GI and anaphylaxis have several, so none.
KIND_SYMPTOM: dict[EpisodeKind, str] = {
    EpisodeKind.FLUSH: "flushing",
    EpisodeKind.ITCH: "itching",
    EpisodeKind.HIVES_BLISTERS: "skin_lesions",
}


def when_choices(now: dt.datetime) -> list[tuple[str, dt.datetime]]:
    """ "Just now" and the parts of the day that have already begun, newest last but one."""
    choices = [(QCoreApplication.translate(CONTEXT, "Just now"), now)]
    for text, hour, days_back in PARTS_OF_THE_DAY:
        day = now.date() - dt.timedelta(days=days_back)
        moment = dt.datetime.combine(day, dt.time(hour)).astimezone()  # local wall clock
        if moment < now:
            clock = QLocale().toString(QTime(hour, 0), QLocale.FormatType.ShortFormat)
            choices.append((fill_in(QCoreApplication.translate(CONTEXT, text), clock), moment))
    return choices
