"""Before / on therapy: the same summary figures for two periods.

The doctor's first question is "is the child better since the drug started?".  Answering it
with one table of identical figures for the days before the first injection and for a period
on therapy avoids comparing a good week with a bad month: every figure is a share or a rate,
so periods of different lengths can stand side by side.
"""

import datetime as dt
from dataclasses import dataclass
from typing import Literal

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
    data: DiaryData,
    start: dt.date | None = None,
    end: dt.date | None = None,
    *,
    score: np.ndarray | None = None,
) -> PeriodSummary:
    """All summary figures for the inclusive period (default: the whole diary).

    ``score`` is the daily measure, one value per diary day (NaN: none), when it is not the
    daily symptom score: the daily UAS of a child with urticaria (services/figures.py).  Its
    mean is ``mean_dss`` and its zero days without an episode are the symptom-free days.
    """
    lo, hi = data.resolve_period(start, end)
    window = data.period_slice(lo, hi)
    daily = daily_symptom_score(data) if score is None else np.asarray(score, dtype=np.float64)
    dss = daily[window]
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
    baseline = baseline_period(first, data.start, days_before)
    on_lo = first if on_start is None else on_start
    on_hi = data.end if on_end is None else on_end
    return TherapyComparison(
        first_injection=first,
        before=summarize_period(data, *baseline) if baseline is not None else None,
        on=summarize_period(data, on_lo, on_hi) if on_lo <= on_hi else None,
    )


# --------------------------------------------------------------------------- comparison columns

ColumnKind = Literal["period", "before_in_period", "on_in_period", "previous", "baseline"]


@dataclass(frozen=True)
class ComparisonColumn:
    """One column of a comparison: what it is and its inclusive days.

    * ``period``: the chosen period (wholly before or wholly on therapy);
    * ``on_in_period`` / ``before_in_period``: the two parts of a period holding the first dose;
    * ``previous``: the days just before the period, as many as it has, on the same side of
      the first dose (so it is on therapy when the period is);
    * ``baseline``: the fixed pre-therapy baseline, the ``DEFAULT_DAYS_BEFORE`` days before
      the first dose (the same for every report of a child).
    """

    kind: ColumnKind
    start: dt.date
    end: dt.date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


def baseline_period(
    first_injection: dt.date, diary_start: dt.date, days: int = DEFAULT_DAYS_BEFORE
) -> tuple[dt.date, dt.date] | None:
    """The fixed pre-therapy baseline: ``days`` days before the first dose, from the diary's start.

    ``None`` when the diary starts on or after the first dose (no day before therapy).
    """
    lo = max(first_injection - dt.timedelta(days=days), diary_start)
    hi = first_injection - dt.timedelta(days=1)
    return (lo, hi) if lo <= hi else None


def comparison_columns(
    start: dt.date,
    end: dt.date,
    first_injection: dt.date | None,
    diary_start: dt.date,
    baseline_days: int = DEFAULT_DAYS_BEFORE,
) -> tuple[ComparisonColumn, ...]:
    """The columns a period is shown in and compared with; no day is in two of them.

    The rules (the report's "how these figures are computed" says them in words):

    1. A period that holds the first dose (some days before it, the dose inside) is split into
       its before-therapy part and its on-therapy part; nothing else is added, since any
       other pre-therapy column would share days with the before part.
    2. A period wholly on therapy is compared with the previous period of the same length,
       cut at the first dose so that it is on therapy too (left out when nothing is left),
       and with the fixed pre-therapy baseline (:func:`baseline_period`).
    3. A period wholly before therapy (or without any dose) is compared with the previous
       period of the same length.

    Every column is clipped to the diary's first day; an empty column is left out.
    """
    if end < start:
        raise ValueError("the period must not end before it starts")
    one = dt.timedelta(days=1)
    if first_injection is not None and start < first_injection <= end:
        return (  # in the order of time, as the reader's eye goes: before, then on
            ComparisonColumn("before_in_period", start, first_injection - one),
            ComparisonColumn("on_in_period", first_injection, end),
        )
    columns = [ComparisonColumn("period", start, end)]
    on_therapy = (
        first_injection if first_injection is not None and start >= first_injection else None
    )
    floor = diary_start if on_therapy is None else max(diary_start, on_therapy)
    previous_lo = max(start - dt.timedelta(days=(end - start).days + 1), floor)
    if previous_lo <= start - one:
        columns.append(ComparisonColumn("previous", previous_lo, start - one))
    if on_therapy is not None:
        baseline = baseline_period(on_therapy, diary_start, baseline_days)
        if baseline is not None:
            columns.append(ComparisonColumn("baseline", *baseline))
    return tuple(columns)


@dataclass(frozen=True)
class ComparedPeriod:
    """A comparison column with its figures."""

    column: ComparisonColumn
    summary: PeriodSummary


def compare_columns(
    data: DiaryData,
    start: dt.date,
    end: dt.date,
    baseline_days: int = DEFAULT_DAYS_BEFORE,
    *,
    score: np.ndarray | None = None,
) -> tuple[ComparedPeriod, ...]:
    """:func:`comparison_columns` of the period with each column's summary figures (of the
    daily measure ``score``, as :func:`summarize_period`)."""
    columns = comparison_columns(start, end, data.first_injection, data.start, baseline_days)
    return tuple(
        ComparedPeriod(c, summarize_period(data, c.start, c.end, score=score)) for c in columns
    )
