"""The one decoder of the stored format: moments, local calendar days, dates and enums.

Moments are stored as naive UTC text (see ``UTCDateTime`` in :mod:`masto_diary.models`).
A record belongs to the family's *local* calendar day of its moment; that day is computed
here and only here, in Python (``astimezone``), never with SQLite's ``'localtime'``, so the
lists, the calendar, the charts and the report always agree on the day of an episode.
"""

import datetime as dt
import enum
from typing import TypeVar

E = TypeVar("E", bound=enum.Enum)


def moment(stored: str) -> dt.datetime:
    """A stored moment as an aware datetime in the machine's local time zone."""
    return dt.datetime.fromisoformat(stored).replace(tzinfo=dt.UTC).astimezone()


def optional_moment(stored: str | None) -> dt.datetime | None:
    return None if stored is None else moment(stored)


def local_day(stored: str) -> dt.date:
    """The family's calendar day of a stored moment."""
    return moment(stored).date()


def day(stored: str) -> dt.date:
    return dt.date.fromisoformat(stored)


def optional_day(stored: str | None) -> dt.date | None:
    return None if stored is None else dt.date.fromisoformat(stored)


def member(enum_cls: type[E], stored: str) -> E:
    """An enum stored by its value, as its member."""
    return enum_cls(stored)


def optional_member(enum_cls: type[E], stored: str | None) -> E | None:
    return None if stored is None else enum_cls(stored)


def moment_bounds(first: dt.date, last: dt.date) -> tuple[str, str]:
    """Stored-moment text bounds that hold every moment of the local days ``first``..``last``.

    The stored text is UTC, and a local day reaches up to 14 hours either side of the UTC day
    of the same date (Pacific/Auckland's 00:30 is the previous UTC day), so the bounds reach a
    whole day further either way; callers keep only the rows whose :func:`local_day` is in the
    period.  The SQL range is only there to use the (child, moment) index.
    """
    low = dt.datetime.combine(first - dt.timedelta(days=1), dt.time())
    high = dt.datetime.combine(last + dt.timedelta(days=2), dt.time())
    return low.isoformat(sep=" "), high.isoformat(sep=" ")
