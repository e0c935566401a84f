"""Episode rates by kind and trigger, rescue use and the most frequent triggers.

Rates are given per 28 days (``count / days_in_period * 28``) so periods of any length, and
the four-weekly omalizumab cycle, can be compared directly.  The denominator is the number of
calendar days in the period, not the number of days with a diary entry: episodes are logged
when they happen, independently of the evening entry.
"""

import datetime as dt
from collections import Counter
from dataclasses import dataclass

import numpy as np

from masto_diary.analysis.series import ANAPHYLAXIS, EPISODE_KINDS, DiaryData, EpisodeRecord

RATE_DAYS = 28


def period_days(start: dt.date, end: dt.date) -> int:
    """Number of calendar days in the inclusive period (0 when ``end < start``)."""
    return max((end - start).days + 1, 0)


def per_28_days(count: int, days: int) -> float | None:
    """``count / days * 28``; ``None`` for an empty period, where a rate means nothing."""
    return count / days * RATE_DAYS if days > 0 else None


def episodes_between(
    data: DiaryData, start: dt.date | None = None, end: dt.date | None = None
) -> tuple[EpisodeRecord, ...]:
    """Episodes whose day lies in the inclusive period (default: the whole diary)."""
    lo, hi = data.resolve_period(start, end)
    days = data.episode_days
    first = int(np.searchsorted(days, np.datetime64(lo, "D"), side="left"))
    last = int(np.searchsorted(days, np.datetime64(hi, "D"), side="right"))
    return data.episodes[first:last]


@dataclass(frozen=True)
class EpisodeRates:
    """Episode counts and rates per 28 days for one period.

    ``by_kind`` lists every known kind (zeros included) in display order, then any other kind.
    ``by_trigger`` is ordered by count, then label; an episode with several triggers counts
    once for each, so the trigger counts need not add up to ``total``; ``without_trigger``
    counts episodes that have none.
    """

    start: dt.date
    end: dt.date
    days: int
    total: int
    per_28_days: float | None
    by_kind: dict[str, int]
    per_28_by_kind: dict[str, float | None]
    by_trigger: dict[str, int]
    per_28_by_trigger: dict[str, float | None]
    without_trigger: int


def _ordered_kinds(counts: Counter[str]) -> dict[str, int]:
    """Every known kind in display order (zeros included), then unknown kinds by name."""
    extra = sorted(kind for kind in counts if kind not in EPISODE_KINDS)
    return {kind: counts.get(kind, 0) for kind in (*EPISODE_KINDS, *extra)}


def _ordered_triggers(counts: Counter[str]) -> dict[str, int]:
    """Triggers by descending count, ties by label, so the order is stable."""
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def episode_rates(
    data: DiaryData, start: dt.date | None = None, end: dt.date | None = None
) -> EpisodeRates:
    """Counts and per-28-day rates of episodes in the period, by kind and by trigger."""
    lo, hi = data.resolve_period(start, end)
    chosen = episodes_between(data, lo, hi)
    days = period_days(lo, hi)
    by_kind = _ordered_kinds(Counter(str(e.kind) for e in chosen))
    by_trigger = _ordered_triggers(Counter(t for e in chosen for t in set(e.triggers)))
    return EpisodeRates(
        start=lo,
        end=hi,
        days=days,
        total=len(chosen),
        per_28_days=per_28_days(len(chosen), days),
        by_kind=by_kind,
        per_28_by_kind={k: per_28_days(n, days) for k, n in by_kind.items()},
        by_trigger=by_trigger,
        per_28_by_trigger={t: per_28_days(n, days) for t, n in by_trigger.items()},
        without_trigger=sum(1 for e in chosen if not e.triggers),
    )


@dataclass(frozen=True)
class RescueUse:
    """How many episodes in the period needed each rescue, and how many were anaphylaxis.

    These are counts of episodes with the flag set (an episode where epinephrine was given
    twice is one epinephrine use): the parent records flags per episode, not doses.
    """

    start: dt.date
    end: dt.date
    episodes: int
    anaphylaxis: int
    epinephrine: int
    emergency_visits: int
    antihistamine: int
    steroid: int


def rescue_use(
    data: DiaryData, start: dt.date | None = None, end: dt.date | None = None
) -> RescueUse:
    """Count rescue treatments (epinephrine, emergency visits, extra antihistamine, steroid)."""
    lo, hi = data.resolve_period(start, end)
    chosen = episodes_between(data, lo, hi)
    return RescueUse(
        start=lo,
        end=hi,
        episodes=len(chosen),
        anaphylaxis=sum(1 for e in chosen if e.kind == ANAPHYLAXIS),
        epinephrine=sum(1 for e in chosen if e.epinephrine),
        emergency_visits=sum(1 for e in chosen if e.emergency_visit),
        antihistamine=sum(1 for e in chosen if e.antihistamine),
        steroid=sum(1 for e in chosen if e.steroid),
    )


def top_triggers(
    data: DiaryData,
    start: dt.date | None = None,
    end: dt.date | None = None,
    limit: int = 5,
) -> tuple[tuple[str, int], ...]:
    """The ``limit`` most frequent triggers in the period as ``(label, episodes)`` pairs.

    Answers the doctor's "which triggers remain?"; ties are broken by label.
    """
    rates = episode_rates(data, start, end)
    return tuple(rates.by_trigger.items())[: max(limit, 0)]
