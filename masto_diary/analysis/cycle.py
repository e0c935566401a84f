"""Dose-cycle profile, injection adherence and overdue periods.

The case this app is built around showed a benefit "strictly dependent on drug
administration": symptoms came back when a dose was late.  Two views make that visible:

* the **dose-cycle profile** lines every diary day up by the number of days since the last
  injection and shows, per day-in-cycle, the median and interquartile range of the daily score
  over all cycles; a rise at the end of the cycle is wear-off;
* **adherence** and **overdue periods** show how often, and for how long, a dose was late.
"""

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np

from masto_diary.analysis.scores import daily_symptom_score
from masto_diary.analysis.series import DEFAULT_INTERVAL_DAYS, DiaryData

NO_INJECTION_YET = -1
"""Value of :func:`days_since_injection` for days before the first injection."""

ON_TIME_TOLERANCE_DAYS = 3
MIN_CYCLES = 3
"""A day-in-cycle point is part of the profile's line only when this many cycles stand behind
it: a single late dose makes days 28-35 from one cycle, which is an event, not a pattern."""


def _injection_offsets(data: DiaryData) -> np.ndarray:
    """Day index (relative to ``data.start``, may be negative) of every injection, sorted."""
    return np.fromiter((data.index_of(i.day) for i in data.injections), np.int64)


def days_since_injection(data: DiaryData) -> np.ndarray:
    """Per diary day, days since the last injection on or before it (injection day = 0).

    Days before the first injection get :data:`NO_INJECTION_YET` (-1).  Injections before the
    diary's first day still count, so a diary that starts mid-cycle is placed correctly.
    """
    return _cycle_of_day(data)[1]


def _cycle_of_day(data: DiaryData) -> tuple[np.ndarray, np.ndarray]:
    """Per diary day: the index of the cycle (its injection) and the days since that injection.

    Both are -1 before the first injection.
    """
    offsets = _injection_offsets(data)
    if len(offsets) == 0:
        none = np.full(data.n_days, NO_INJECTION_YET, dtype=np.int64)
        return none, none
    today = np.arange(data.n_days)
    last = np.searchsorted(offsets, today, side="right") - 1
    since = today - offsets[np.maximum(last, 0)]
    return last, np.where(last >= 0, since, NO_INJECTION_YET)


@dataclass(frozen=True, eq=False)
class CycleProfile:
    """Daily score by day since the last injection, over the days of one period.

    Arrays are ``max_day + 1`` long, index = day in cycle (0 = injection day).  ``n`` is how
    many days with a daily score stand behind each point; where it is 0 the statistics are
    ``NaN``.  ``days_used`` = ``n.sum()``.  Percentiles use numpy's default (linear) rule.
    ``cycles`` is how many different dose cycles stand behind each point, ``cycles_used`` how
    many the whole profile rests on; a point on fewer than :data:`MIN_CYCLES` cycles is drawn
    apart from the line (:attr:`joined`).
    """

    start: dt.date
    end: dt.date
    max_day: int
    day: np.ndarray
    median: np.ndarray
    p25: np.ndarray
    p75: np.ndarray
    n: np.ndarray
    cycles: np.ndarray
    cycles_used: int

    @property
    def days_used(self) -> int:
        """Number of diary days that went into the profile."""
        return int(self.n.sum())

    @property
    def joined(self) -> np.ndarray:
        """Per point: whether it stands on enough cycles to be part of the line."""
        return self.cycles >= MIN_CYCLES


def default_max_day(data: DiaryData) -> int:
    """1.5 x the plan interval (rounded half up): the whole cycle plus a late-dose tail."""
    interval = data.interval_days
    if interval is None:
        interval = data.injections[-1].interval_days if data.injections else DEFAULT_INTERVAL_DAYS
    return math.floor(interval * 1.5 + 0.5)


def _grouped_percentile(
    sorted_values: np.ndarray, starts: np.ndarray, counts: np.ndarray, q: float
) -> np.ndarray:
    """Linear-interpolated percentile ``q`` (0..1) of each group of an already sorted array."""
    out = np.full(len(counts), np.nan)
    has = counts > 0
    pos = starts[has] + (counts[has] - 1) * q
    below = np.floor(pos).astype(np.int64)
    above = np.minimum(below + 1, starts[has] + counts[has] - 1)
    frac = pos - below
    low, high = sorted_values[below], sorted_values[above]
    out[has] = low + (high - low) * frac
    return out


def cycle_profile(
    data: DiaryData,
    start: dt.date | None = None,
    end: dt.date | None = None,
    *,
    max_day: int | Literal["all"] | None = None,
    keys: Sequence[str] | None = None,
    score: np.ndarray | None = None,
) -> CycleProfile:
    """Median and interquartile range of the daily score per day since the last injection.

    Uses the days of the period (default: whole diary) that have a daily score and lie
    ``0..max_day`` days after an injection; days before the first injection are left out.
    ``max_day`` defaults to :func:`default_max_day`; ``"all"`` keeps every day-in-cycle seen.
    ``keys`` restricts the score to some symptoms (default: the active ones); ``score`` gives
    another daily measure instead, one value per diary day (the daily UAS of a child with
    urticaria, services/figures.py).
    """
    lo, hi = data.resolve_period(start, end)
    window = data.period_slice(lo, hi)
    cycle, since = (a[window] for a in _cycle_of_day(data))
    daily = daily_symptom_score(data, keys) if score is None else np.asarray(score, np.float64)
    dss = daily[window]
    usable = ~np.isnan(dss) & (since >= 0)
    if max_day == "all":
        top = int(since[usable].max()) if usable.any() else 0
    else:
        top = default_max_day(data) if max_day is None else int(max_day)
    if top < 0:
        raise ValueError("max_day must be 0 or more")
    usable &= since <= top
    group, value = since[usable], dss[usable]
    pairs = np.unique(np.stack([group, cycle[usable]]), axis=1)
    order = np.lexsort((value, group))
    group, value = group[order], value[order]
    n = np.bincount(group, minlength=top + 1)
    starts = np.concatenate(([0], np.cumsum(n)[:-1])).astype(np.int64)
    return CycleProfile(
        start=lo,
        end=hi,
        max_day=top,
        day=np.arange(top + 1),
        median=_grouped_percentile(value, starts, n, 0.5),
        p25=_grouped_percentile(value, starts, n, 0.25),
        p75=_grouped_percentile(value, starts, n, 0.75),
        n=n,
        cycles=np.bincount(pairs[0], minlength=top + 1),
        cycles_used=len(np.unique(cycle[usable])),
    )


# --------------------------------------------------------------------------- adherence


@dataclass(frozen=True)
class InjectionTiming:
    """One injection against its due date (previous injection day + that injection's interval).

    ``days_late`` is negative when early; the first injection has no due date (all ``None``).
    """

    day: dt.date
    due: dt.date | None
    days_late: int | None
    on_time: bool | None


@dataclass(frozen=True)
class Adherence:
    """How punctually the injections of a period were given.

    ``share_on_time`` (0..1) = injections within ``±tolerance_days`` of their due date divided
    by the injections that had a due date; ``None`` when none had one.  ``longest_delay_days``
    is the largest lateness (0 when no dose was late).
    """

    injections: int
    assessed: int
    on_time: int
    share_on_time: float | None
    longest_delay_days: int
    tolerance_days: int
    timings: tuple[InjectionTiming, ...]


def injection_timings(
    data: DiaryData, tolerance_days: int = ON_TIME_TOLERANCE_DAYS
) -> tuple[InjectionTiming, ...]:
    """Due date and lateness of every injection, in order (see :class:`InjectionTiming`)."""
    timings: list[InjectionTiming] = []
    previous = None
    for injection in data.injections:
        if previous is None:
            timings.append(InjectionTiming(injection.day, None, None, None))
        else:
            due = previous.day + dt.timedelta(days=previous.interval_days)
            late = (injection.day - due).days
            timings.append(InjectionTiming(injection.day, due, late, abs(late) <= tolerance_days))
        previous = injection
    return tuple(timings)


def adherence(
    data: DiaryData,
    start: dt.date | None = None,
    end: dt.date | None = None,
    *,
    tolerance_days: int = ON_TIME_TOLERANCE_DAYS,
) -> Adherence:
    """Share of injections given within ``±tolerance_days`` of the due date; longest delay.

    Covers injections given in the period (default: all).  An injection's due date is the
    previous injection's day plus that injection's interval, also when the previous one lies
    before the period.
    """
    lo = dt.date.min if start is None else start
    hi = dt.date.max if end is None else end
    chosen = tuple(t for t in injection_timings(data, tolerance_days) if lo <= t.day <= hi)
    assessed = [t for t in chosen if t.days_late is not None]
    delays = [t.days_late for t in assessed if t.days_late is not None]
    on_time = sum(1 for t in assessed if t.on_time)
    return Adherence(
        injections=len(chosen),
        assessed=len(assessed),
        on_time=on_time,
        share_on_time=on_time / len(assessed) if assessed else None,
        longest_delay_days=max([0, *delays]),
        tolerance_days=tolerance_days,
        timings=chosen,
    )


@dataclass(frozen=True)
class OverduePeriod:
    """Inclusive days after a due date on which the next injection had not been given yet.

    ``ongoing`` marks the period after the last injection that is still open on ``today``.
    """

    start: dt.date
    end: dt.date
    due: dt.date
    ongoing: bool = False

    @property
    def days(self) -> int:
        """Length of the period in days."""
        return (self.end - self.start).days + 1


def overdue_periods(data: DiaryData, today: dt.date | None = None) -> tuple[OverduePeriod, ...]:
    """Date ranges where the day is past the due date and no injection was given yet.

    Between two injections that is ``due + 1 .. next injection - 1`` (the day of the late
    dose itself is not overdue).  After the last injection a period runs to ``today``
    (default: the diary's last day), unless there is no running plan
    (``data.interval_days is None``), e.g. because therapy was stopped.  For chart shading.
    """
    periods = [
        OverduePeriod(t.due + dt.timedelta(days=1), t.day - dt.timedelta(days=1), t.due)
        for t in injection_timings(data)
        if t.due is not None and t.days_late is not None and t.days_late >= 2
    ]
    if data.injections and data.interval_days is not None:
        last = data.injections[-1]
        due = last.day + dt.timedelta(days=last.interval_days)
        today = data.end if today is None else today
        if today > due:
            periods.append(OverduePeriod(due + dt.timedelta(days=1), today, due, ongoing=True))
    return tuple(periods)
