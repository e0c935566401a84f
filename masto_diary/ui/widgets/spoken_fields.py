"""Date fields as a screen reader should say them: by their label and the whole date in words.

Orca 43 reads a Qt date field by the section being edited ("07 unselected", "/"), so the whole
date was never said. What Orca does say is a focused field's description, when the field is
reached and when the description changes (docs/accessibility.md), so each date field keeps its
date in words as its description: "Go to day: 07/12/2026 spin button. Monday, 7 December 2026."
"""

from PySide6.QtCore import QDate, QDateTime
from PySide6.QtWidgets import QDateEdit

from masto_diary.ui.formatting import long_date


class DateField(QDateEdit):
    """A date field whose description is its date in words.

    Pages set their dates with the field's signals blocked (a new day shown is not an edit),
    so ``dateChanged`` misses changes; every date the field shows passes through
    :meth:`textFromDateTime`, and the words are set there (Qt also formats the first and
    last allowed dates there, to size the field: those are not the date shown)."""

    def textFromDateTime(self, moment: QDateTime) -> str:
        if moment.date() == self.date():
            self._describe(moment.date())
        return super().textFromDateTime(moment)

    def _describe(self, day: QDate) -> None:
        words = long_date(day.toPython()) if day.isValid() else ""
        if self.accessibleDescription() != words:  # each change is said: only real ones
            self.setAccessibleDescription(words)
