"""The one decoder of the stored format: moments, local calendar days, dates and enums.

Moments are stored as naive UTC text (see ``UTCDateTime`` in :mod:`masto_diary.models`).
A record belongs to the family's *local* calendar day of its moment; that day is computed
here and only here, in Python (``astimezone``), never with SQLite's ``'localtime'``, so the
lists, the calendar, the charts and the report always agree on the day of an episode.
"""

import dataclasses
import datetime as dt
import enum
import functools
import types
import typing
from collections.abc import Callable
from typing import Any, TypeVar

R = TypeVar("R")


def moment(stored: str) -> dt.datetime:
    """A stored moment as an aware datetime in local time; its ``date()`` is the local day."""
    return dt.datetime.fromisoformat(stored).replace(tzinfo=dt.UTC).astimezone()


def day(stored: str) -> dt.date:
    return dt.date.fromisoformat(stored)


def optional_day(stored: str | None) -> dt.date | None:
    return None if stored is None else dt.date.fromisoformat(stored)


def columns(cls: type) -> str:
    """The SELECT list of a record class: its fields, in order, but the joined ones.

    Record fields are named after the columns (see :mod:`.records`); a field marked
    ``JOINED`` (an episode's triggers, say) is filled from another table.
    """
    return ", ".join(f.name for f in _column_fields(cls))


def record(cls: type[R], row: tuple, **joined: Any) -> R:
    """A record from a row of :func:`columns`, each value decoded after its field's type."""
    names, converters = _converters(typing.cast(type, cls))
    values = [convert(value) for convert, value in zip(converters, row)]  # noqa: B905
    return cls(**dict(zip(names, values)), **joined)  # noqa: B905


def _column_fields(cls: type) -> list[dataclasses.Field]:
    return [f for f in dataclasses.fields(cls) if not f.metadata.get("joined")]


@functools.cache
def _converters(cls: type) -> tuple[tuple[str, ...], tuple[Callable[[Any], Any], ...]]:
    hints = typing.get_type_hints(cls)
    fields = _column_fields(cls)
    return tuple(f.name for f in fields), tuple(_converter(hints[f.name]) for f in fields)


def _converter(hint: Any) -> Callable[[Any], Any]:
    """Stored value -> field value: text moments and days, enum values, 0/1, NULL text."""
    if isinstance(hint, types.UnionType):  # ``X | None``: NULL stays None
        (base,) = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        convert = _converter(base)
        return lambda value: None if value is None else convert(value)
    if hint is dt.datetime:
        return moment
    if hint is dt.date:
        return day
    if hint is str:
        return lambda value: value or ""
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return hint._value2member_map_.__getitem__  # a stored value is always a member's
    if hint in (bool, float):
        return hint
    return _same


def _same(value: Any) -> Any:
    return value


def moment_bounds(first: dt.date, last: dt.date) -> tuple[str, str]:
    """Stored-moment text bounds that hold every moment of the local days ``first``..``last``.

    The stored text is UTC, and a local day reaches up to 14 hours either side of the UTC day
    of the same date (Pacific/Auckland's 00:30 is the previous UTC day), so the bounds reach a
    whole day further either way; callers keep only the rows whose local day is in the
    period.  The SQL range is only there to use the (child, moment) index.
    """
    low = dt.datetime.combine(first - dt.timedelta(days=1), dt.time())
    high = dt.datetime.combine(last + dt.timedelta(days=2), dt.time())
    return low.isoformat(sep=" "), high.isoformat(sep=" ")
