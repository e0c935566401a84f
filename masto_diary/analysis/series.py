"""Plain input containers for the measures: frozen dataclasses and numpy arrays.

The measures never see a database row or a session.  A loader (in ``services``) turns the
diary of one child into one :class:`DiaryData`; every measure then reads only that object.
Keeping the input plain is what makes the measures fast (vectorised numpy over a day x symptom
matrix), testable with hand-made cases, and usable by the UI, the report and the CLI alike.

Conventions used by every measure:

* A *day* is the family's local calendar day (``datetime.date``).
* The diary's days are one contiguous run from :attr:`DiaryData.start`, so day ``d`` lives at
  index ``(d - start).days`` of every per-day array.
* ``NaN`` in :attr:`DiaryData.scores` means "not recorded" and is never read as 0.
* A period is two inclusive days ``(start, end)``; ``None`` means "from the diary's first day"
  or "to the diary's last day".
"""

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

import numpy as np

DEFAULT_INTERVAL_DAYS = 28
"""Injection interval when nothing else is known (omalizumab every 4 weeks)."""

DEFAULT_SCALE_MAX = 3
"""The app's own per-symptom scale: 0 none, 1 mild, 2 moderate, 3 severe."""

ANAPHYLAXIS = "anaphylaxis"

EPISODE_KINDS: tuple[str, ...] = (
    "flush",
    "itch",
    "hives_blisters",
    "gastrointestinal",
    ANAPHYLAXIS,
    "other",
)
"""Episode kinds in display order (the values of ``models.EpisodeKind``)."""


@dataclass(frozen=True, slots=True)
class SymptomSpec:
    """One tracked symptom: its key, the top of its scale and whether it is shown (active)."""

    key: str
    scale_max: int = DEFAULT_SCALE_MAX
    active: bool = True


@dataclass(frozen=True, slots=True)
class EpisodeRecord:
    """One episode, reduced to what the measures need; ``day`` is the local day it started."""

    day: dt.date
    kind: str
    severity: str = "mild"
    triggers: tuple[str, ...] = ()
    epinephrine: bool = False
    emergency_visit: bool = False
    antihistamine: bool = False
    steroid: bool = False


@dataclass(frozen=True, slots=True)
class InjectionRecord:
    """One injection: local day given, dose and the interval (days) until the next is due."""

    day: dt.date
    dose_mg: float
    interval_days: int = DEFAULT_INTERVAL_DAYS


@dataclass(frozen=True, slots=True)
class MedicationRecord:
    """One medication row; a dose change ends one row and starts the next (``end`` inclusive)."""

    name: str
    drug_class: str
    dose: float
    unit: str
    start: dt.date
    end: dt.date | None = None
    frequency: str = ""  # as stored: "twice daily", "as needed", or the parent's own words


@dataclass(frozen=True, slots=True)
class LabRecord:
    """One lab value; ``analyte`` is ``tryptase``, ``total_ige``, ``kit_d816v`` or a custom name."""

    day: dt.date
    analyte: str
    value: float
    unit: str = ""


_EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()


def to_datetime64(days: Iterable[dt.date]) -> np.ndarray:
    """``datetime64[D]`` array of dates (via ordinals: ~20x faster than ``np.array(dates)``)."""
    ordinals = np.fromiter((day.toordinal() for day in days), np.int64)
    return (ordinals - _EPOCH_ORDINAL).astype("datetime64[D]")


ONE_DAY = np.timedelta64(1, "D")


def day_range(start: dt.date, n_days: int) -> np.ndarray:
    """``n_days`` consecutive ``datetime64[D]`` days from ``start``.

    Spelled with an explicit day unit: a bare integer added to (or compared with) a datetime
    takes numpy's "generic" timedelta unit, deprecated since numpy 2.5 and an error later.
    """
    return np.datetime64(start, "D") + np.arange(n_days).astype("timedelta64[D]")


def _frozen_array(values: object, dtype: type | str, ndim: int, name: str) -> np.ndarray:
    """Copy ``values`` into a read-only array so a frozen DiaryData is really unchangeable."""
    array = np.array(values, dtype=dtype, copy=True)
    if array.ndim != ndim:
        raise ValueError(f"{name} must have {ndim} dimension(s), got shape {array.shape}")
    array.setflags(write=False)
    return array


@dataclass(frozen=True, eq=False)
class DiaryData:
    """Everything the measures read about one child's diary.

    Per-day arrays all have ``n_days`` rows, one per calendar day from :attr:`start`, contiguous:

    * ``days``: ``datetime64[D]``, ``days[0] == start``.
    * ``scores``: float ``(n_days, n_symptoms)``; ``NaN`` = not recorded (never 0).
    * ``recorded``: a daily entry exists that day (it may still hold no scores).
    * ``school_missed``: the entry says school was missed.

    Per-symptom arrays follow ``symptom_keys``: ``scale_max`` (int) and ``active`` (bool; a
    hidden symptom keeps its history but does not count in the daily score).

    The event tuples are sorted chronologically on construction (stable), so measures may rely
    on the order.  ``interval_days`` is the current plan's interval; ``None`` means there is no
    running plan (therapy stopped), so no open "overdue" period is reported.
    """

    start: dt.date
    days: np.ndarray
    symptom_keys: tuple[str, ...]
    scale_max: np.ndarray
    active: np.ndarray
    scores: np.ndarray
    recorded: np.ndarray
    school_missed: np.ndarray
    episodes: tuple[EpisodeRecord, ...] = ()
    injections: tuple[InjectionRecord, ...] = ()
    medications: tuple[MedicationRecord, ...] = ()
    labs: tuple[LabRecord, ...] = ()
    interval_days: int | None = DEFAULT_INTERVAL_DAYS

    def __post_init__(self) -> None:
        put = object.__setattr__
        put(self, "symptom_keys", tuple(self.symptom_keys))
        put(self, "days", _frozen_array(self.days, "datetime64[D]", 1, "days"))
        put(self, "scale_max", _frozen_array(self.scale_max, np.int64, 1, "scale_max"))
        put(self, "active", _frozen_array(self.active, bool, 1, "active"))
        put(self, "scores", _frozen_array(self.scores, np.float64, 2, "scores"))
        put(self, "recorded", _frozen_array(self.recorded, bool, 1, "recorded"))
        put(self, "school_missed", _frozen_array(self.school_missed, bool, 1, "school_missed"))
        put(self, "episodes", tuple(sorted(self.episodes, key=lambda e: e.day)))
        put(self, "injections", tuple(sorted(self.injections, key=lambda i: i.day)))
        put(self, "medications", tuple(sorted(self.medications, key=lambda m: m.start)))
        put(self, "labs", tuple(sorted(self.labs, key=lambda r: r.day)))
        self._validate()

    def _validate(self) -> None:
        n, k = len(self.days), len(self.symptom_keys)
        if len(set(self.symptom_keys)) != k:
            raise ValueError("symptom_keys must be unique")
        if n and (
            self.days[0] != np.datetime64(self.start, "D") or np.any(np.diff(self.days) != ONE_DAY)
        ):
            raise ValueError("days must run day by day from start without gaps")
        if self.scores.shape != (n, k):
            raise ValueError(f"scores must have shape {(n, k)}, got {self.scores.shape}")
        for name in ("recorded", "school_missed"):
            if len(getattr(self, name)) != n:
                raise ValueError(f"{name} must have one value per day ({n})")
        for name in ("scale_max", "active"):
            if len(getattr(self, name)) != k:
                raise ValueError(f"{name} must have one value per symptom ({k})")
        if self.interval_days is not None and self.interval_days < 1:
            raise ValueError("interval_days must be at least 1")

    # ------------------------------------------------------------------ convenience

    @property
    def n_days(self) -> int:
        """Number of calendar days covered by the per-day arrays."""
        return len(self.days)

    @property
    def end(self) -> dt.date:
        """Last day of the diary (``start - 1 day`` for an empty diary)."""
        return self.start + dt.timedelta(days=self.n_days - 1)

    @property
    def first_injection(self) -> dt.date | None:
        """Day of the first recorded injection, or ``None`` before therapy."""
        return self.injections[0].day if self.injections else None

    def index_of(self, day: dt.date) -> int:
        """Index of ``day`` in the per-day arrays (may fall outside ``0..n_days-1``)."""
        return (day - self.start).days

    def resolve_period(
        self, start: dt.date | None = None, end: dt.date | None = None
    ) -> tuple[dt.date, dt.date]:
        """Fill a missing period end with the diary's first / last day.

        A period whose end is before its start is empty (0 days), which is also what an empty
        diary gives: ``(start, start - 1 day)``.  Measures then report counts of 0 and
        ``None`` for rates and shares instead of failing.
        """
        lo = self.start if start is None else start
        hi = self.end if end is None else end
        return lo, hi

    def period_slice(self, start: dt.date, end: dt.date) -> slice:
        """Slice of the per-day arrays for the inclusive period, clipped to the diary."""
        lo = min(max(self.index_of(start), 0), self.n_days)
        hi = min(max(self.index_of(end) + 1, lo), self.n_days)
        return slice(lo, hi)

    @cached_property
    def episode_days(self) -> np.ndarray:
        """Day of every episode as ``datetime64[D]``, in order (computed once, read-only)."""
        days = to_datetime64(e.day for e in self.episodes)
        days.setflags(write=False)
        return days

    @cached_property
    def _episodes_per_day(self) -> np.ndarray:
        idx = (self.episode_days - np.datetime64(self.start, "D")).astype(np.int64)
        idx = idx[(idx >= 0) & (idx < self.n_days)]
        counts = np.bincount(idx, minlength=self.n_days)
        counts.setflags(write=False)
        return counts

    def episodes_per_day(self) -> np.ndarray:
        """Number of episodes that started on each diary day (int array, ``n_days`` long).

        Computed once per DiaryData (it is immutable) and shared, read-only, by the measures.
        """
        return self._episodes_per_day
