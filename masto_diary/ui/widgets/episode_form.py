"""Form pieces shared by the episode and injection dialogs: local moments and field messages.

Moments are stored timezone-aware in UTC but a parent thinks in wall-clock time, so the edit
shows and takes local time and converts at the edge.  Years are always shown with four digits:
a two-digit year in a date edit is easy to mistype into the wrong century.
"""

import datetime as dt

from PySide6.QtCore import QDateTime, QLocale
from PySide6.QtWidgets import QDateTimeEdit, QLabel, QWidget

from masto_diary.ui.colours import readable
from masto_diary.ui.formatting import date_format, short_date

ERROR_COLOUR = "#b3261e"
WARNING_COLOUR = "#8a5300"


def moment_format() -> str:
    """The locale's short date and time format, with a four-digit year."""
    return f"{date_format()} {QLocale().timeFormat(QLocale.FormatType.ShortFormat)}"


def to_local_qdatetime(moment: dt.datetime) -> QDateTime:
    """An aware moment as a local wall-clock QDateTime."""
    return QDateTime(moment.astimezone().replace(tzinfo=None))


def moment_text(moment: dt.datetime | None) -> str:
    """An aware moment in local time: the app's short date and the locale's short time."""
    if moment is None:
        return "—"
    local = moment.astimezone()
    time = QLocale().toString(to_local_qdatetime(moment).time(), QLocale.FormatType.ShortFormat)
    return f"{short_date(local.date())} {time}"


def local_now() -> dt.datetime:
    """Now, to the minute, aware in the local zone (what a form proposes by default)."""
    return dt.datetime.now().astimezone().replace(second=0, microsecond=0)


class MomentEdit(QDateTimeEdit):
    """A date-time edit in local time whose value is an aware datetime."""

    def __init__(self, parent: QWidget | None = None, object_name: str = ""):
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setCalendarPopup(True)
        self.setDisplayFormat(moment_format())
        self.set_moment(local_now())

    def moment(self) -> dt.datetime:
        """The shown wall-clock time, as an aware UTC datetime (seconds dropped)."""
        naive = self.dateTime().toPython().replace(second=0, microsecond=0)
        return naive.astimezone().astimezone(dt.UTC)

    def set_moment(self, moment: dt.datetime) -> None:
        self.setDateTime(to_local_qdatetime(moment))


class FieldMessage(QLabel):
    """The sentence shown under a field that explains what is wrong (or worth a look)."""

    def __init__(self, object_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWordWrap(True)
        self.hide()

    def show_error(self, text: str) -> None:
        self._show(text, ERROR_COLOUR)

    def show_warning(self, text: str) -> None:
        self._show(text, WARNING_COLOUR)

    def _show(self, text: str, colour: str) -> None:
        self.setStyleSheet(f"color: {readable(colour).name()};")
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.setText("")
        self.hide()


def message_for(
    error, messages: dict[str, "FieldMessage"], fallback: "FieldMessage"
) -> "FieldMessage":
    """The red message under the field a service refusal names, else the dialog's general one."""
    field = getattr(error, "field", None)
    return messages.get(field or "", fallback)
