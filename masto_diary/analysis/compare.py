"""Before / on therapy: the same summary figures for two periods.

The doctor's first question is "is the child better since the drug started?".  Answering it
with one table of identical figures for the days before the first injection and for a period
on therapy avoids comparing a good week with a bad month: every figure is a share or a rate,
so periods of different lengths can stand side by side.
"""

import datetime as dt
from dataclasses import dataclass

import numpy as np

from masto_diary.analysis.episodes import episode_rates, period_days, rescue_use
from masto_diary.analysis.scores import daily_symptom_score
from masto_diary.analysis.series import ANAPHYLAXIS, DiaryData

DEFAULT_DAYS_BEFORE = 90


@dataclass(frozen=True)
class PeriodSummary:
    """Summary figures for one inclusive period.

    * ``coverage_pct`` = days with an entry / calendar days x 100.
    * ``mean_dss`` = mean daily symptom score over the days that have one.
    * ``symptom_free_pct`` = symptom-free days / days with a daily score x 100 (gaps are left
      out of both, so a sparse diary is not made to look better or worse).
    * ``episodes_per_28`` = episodes / calendar days x 28, also per kind.
    * rescue figures count episodes with the flag set.

    Figures that cannot be computed (no days, no scores) are ``None``.
    """

    start: dt.date
    end: dt.date
    days: int
    days_recorded: int
    days_scored: int
    coverage_pct: float | None
    mean_dss: float | None
    symptom_free_days: int
    symptom_free_pct: float | None
    episodes: int
    episodes_per_28: float | None
    episodes_per_28_by_kind: dict[str, float | None]
    anaphylaxis: int
    epinephrine_uses: int
    emergency_visits: int
    antihistamine_rescues: int
    steroid_rescues: int
    school_days_missed: int


def _percent(part: int, whole: int) -> float | None:
    return part / whole * 100.0 if whole else None


def summarize_period(
    data: DiaryData, start: dt.date | None = None, end: dt.date | None = None
) -> PeriodSummary:
    """All summary figures for the inclusive period (default: the whole diary)."""
    lo, hi = data.resolve_period(start, end)
    window = data.period_slice(lo, hi)
    dss = daily_symptom_score(data)[window]
    scored = ~np.isnan(dss)
    free = int(((dss == 0) & (data.episodes_per_day()[window] == 0)).sum())
    days, n_scored = period_days(lo, hi), int(scored.sum())
    recorded = int(data.recorded[window].sum())
    rates = episode_rates(data, lo, hi)
    rescue = rescue_use(data, lo, hi)
    return PeriodSummary(
        start=lo,
        end=hi,
        days=days,
        days_recorded=recorded,
        days_scored=n_scored,
        coverage_pct=_percent(recorded, days),
        mean_dss=float(dss[scored].mean()) if n_scored else None,
        symptom_free_days=free,
        symptom_free_pct=_percent(free, n_scored),
        episodes=rates.total,
        episodes_per_28=rates.per_28_days,
        episodes_per_28_by_kind=rates.per_28_by_kind,
        anaphylaxis=rates.by_kind.get(ANAPHYLAXIS, 0),
        epinephrine_uses=rescue.epinephrine,
        emergency_visits=rescue.emergency_visits,
        antihistamine_rescues=rescue.antihistamine,
        steroid_rescues=rescue.steroid,
        school_days_missed=int((data.school_missed[window] & data.recorded[window]).sum()),
    )


@dataclass(frozen=True)
class TherapyComparison:
    """Summaries before the first injection and on therapy (``None`` when a period is empty)."""

    first_injection: dt.date | None
    before: PeriodSummary | None
    on: PeriodSummary | None


def compare_before_on(
    data: DiaryData,
    *,
    days_before: int = DEFAULT_DAYS_BEFORE,
    on_start: dt.date | None = None,
    on_end: dt.date | None = None,
) -> TherapyComparison:
    """Summaries of the ``days_before`` days before the first injection and of a period on it.

    The "before" period ends the day before the first injection and is clipped to the diary's
    first day: days when no diary was kept cannot say anything about episodes, and counting
    them would dilute the rates.  The "on" period defaults to first injection .. diary end.
    Without injections both summaries are ``None``.
    """
    first = data.first_injection
    if first is None:
        return TherapyComparison(None, None, None)
    if days_before < 0:
        raise ValueError("days_before must be 0 or more")
    before_start = max(first - dt.timedelta(days=days_before), data.start)
    before_end = first - dt.timedelta(days=1)
    on_lo = first if on_start is None else on_start
    on_hi = data.end if on_end is None else on_end
    return TherapyComparison(
        first_injection=first,
        before=summarize_period(data, before_start, before_end)
        if before_start <= before_end
        else None,
        on=summarize_period(data, on_lo, on_hi) if on_lo <= on_hi else None,
    )
