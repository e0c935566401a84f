"""Undo a delete: write back what :mod:`masto_diary.storage.removals` recorded.

The window offers Undo for a short while after any delete (an entry, an episode, an injection,
a medication row, a lab result, a clinic visit, a questionnaire with its answers); one mechanism
serves them all because every delete passes the one write seam.
"""

from masto_diary.errors import DiaryError
from masto_diary.storage import Diary
from masto_diary.storage.removals import Removal, restore

# Tables whose delete the window offers to undo: what the pages' Delete buttons remove.
UNDOABLE = (
    "daily_entry",
    "episode",
    "injection",
    "medication",
    "lab_result",
    "clinic_visit",
    "clinic_questionnaire",
)


def can_undo(removal: Removal) -> bool:
    """True when ``removal`` is a delete the parent made (not a score cleared by a save)."""
    return removal.table in UNDOABLE


def undo_removal(diary: Diary, removal: Removal) -> None:
    """Put the removed rows back, in one transaction; a sentence when that is no longer
    possible (something written since took their place)."""
    from sqlalchemy.exc import IntegrityError

    try:
        with diary.transaction() as session:
            restore(session, removal)
    except IntegrityError as error:
        raise DiaryError(
            "It can no longer be undone: the diary changed in the same place since."
        ) from error
