"""One truth per figure: the numbers the window's Charts ▸ Figures panel and the report share.

A parent looking at the Figures panel and a doctor reading page 1 of the report must never see
two values for "the same" figure of one child.  Every figure both of them show comes from
:func:`key_figures` — the window calls it with the Charts range, the report with its period —
so there is exactly one definition of each:

* **baseline before therapy**: the fixed :data:`~masto_diary.analysis.compare.DEFAULT_DAYS_BEFORE`
  days before the first dose (clipped to the diary's first day), the same for every range and
  every report of a child (:attr:`KeyFigures.baseline`);
* **on therapy**: the period's days on or after the first dose (:attr:`KeyFigures.on_therapy`);
* **the report's comparison columns** (:func:`masto_diary.analysis.compare_columns`): no day in
  two columns; their figures are the same :class:`~masto_diary.analysis.PeriodSummary`;
* mean daily score, symptom-free days, episode rates and **rescue counts**: fields of those
  summaries, computed by :func:`masto_diary.analysis.summarize_period` and nowhere else;
* **UAS7 weeks and the response** of a child scored with the UAS items
  (:class:`UrticariaFigures`), the response said only when it can be (:class:`Response`);
* **adherence** of the period's injections;
* **the daily measure** (:func:`daily_measure`): a child scored with the UAS items is measured
  the urticaria way, by the daily UAS (wheals + itch, 0–6, a day only when both are scored),
  everywhere a daily score is summed up: the Figures panel, the comparison columns, the
  baseline and on-therapy figures and the dose-cycle profile (:func:`cycle_profile`, which the
  Charts page and the report both call); the weekly UAS7 stays the report's trend.  Any other
  child is measured by the daily symptom score.

Builders of new figures for both places add them here, so the window and the report keep
reading one object.
"""

import datetime as dt
from dataclasses import dataclass

import numpy as np

from masto_diary.analysis import (
    ANAPHYLAXIS,
    Adherence,
    ComparedPeriod,
    CycleProfile,
    DiaryData,
    PeriodSummary,
    adherence,
    baseline_period,
    compare_columns,
    summarize_period,
    uas7,
)
from masto_diary.analysis import cycle_profile as _cycle_profile
from masto_diary.services.symptom_scale import UAS_WHEALS
from masto_diary.services.urticaria import uas_days

DAILY_SCORE = "daily_score"
"""The measure of a mastocytosis child: the sum of the day's symptom scores."""
DAILY_UAS = "daily_uas"
"""The measure of a child scored with the UAS items: wheals + itch, 0–6."""

NO_DOSE = "no_dose"
"""No injection is recorded up to the period's end: nothing to respond to."""
BEFORE_FIRST_DOSE = "before_first_dose"
"""The period's last week lies (partly) before the first dose: it says nothing of the drug."""
NO_SCORE = "no_score"
"""The period's last week has too few scored days for a UAS7."""


@dataclass(frozen=True)
class Response:
    """The response to omalizumab at the period's end, or why none can be said.

    ``category`` is one of :mod:`~masto_diary.analysis.uas7`'s response categories when the
    last 7 days of the period lie on therapy and are scored; otherwise it is ``None`` and
    ``reason`` says why (:data:`NO_DOSE`, :data:`BEFORE_FIRST_DOSE`, :data:`NO_SCORE`).
    """

    category: str | None
    reason: str | None


@dataclass(frozen=True, eq=False)
class UrticariaFigures:
    """The UAS7 figures of a child whose diary has the UAS items, up to the period's end.

    ``weeks`` are the whole weeks (counted from the diary's first day) that end inside the
    period; ``uas`` holds the baseline (the 7 days before the first dose), the last 7 days of
    the period and the weeks well controlled since the first dose (analysis/uas7.py says how
    weeks with missing days count); ``response`` is what may be said of it.
    """

    weeks: tuple[uas7.UasWeek, ...]
    uas: uas7.UasResponse
    response: Response
    angioedema_days: int
    first_dose: dt.date | None


@dataclass(frozen=True, eq=False)
class KeyFigures:
    """Every figure of one period that the window and the report both show (module doc)."""

    start: dt.date
    end: dt.date
    first_dose: dt.date | None
    columns: tuple[ComparedPeriod, ...]
    baseline: PeriodSummary | None
    on_therapy: PeriodSummary | None
    adherence: Adherence
    urticaria: UrticariaFigures | None
    anaphylaxis: tuple[tuple[dt.date, ...], ...] = ()  # the days of each column's, in order
    measure: str = DAILY_SCORE  # DAILY_UAS for a child scored with the UAS items

    def column(self, kind: str) -> PeriodSummary | None:
        """The summary of the comparison column of ``kind`` (None when the period has none)."""
        return next((c.summary for c in self.columns if c.column.kind == kind), None)


def key_figures(data: DiaryData, start: dt.date, end: dt.date) -> KeyFigures:
    """The figures of the inclusive period ``start``..``end``, clipped to the diary's days.

    Raises ``ValueError`` for a period that ends before it starts or lies outside the diary.
    """
    lo, hi = max(start, data.start), min(end, data.end)
    if hi < lo:
        raise ValueError("the period holds none of the diary's days")
    measure, score = daily_measure(data)
    columns = compare_columns(data, lo, hi, score=score)
    first = data.first_injection
    return KeyFigures(
        start=lo,
        end=hi,
        first_dose=first if first is not None and first <= hi else None,
        columns=columns,
        baseline=_baseline(data, columns, score),
        on_therapy=_on_therapy(data, columns, lo, hi, score),
        adherence=adherence(data, lo, hi),
        urticaria=urticaria_figures(data, lo, hi),
        anaphylaxis=tuple(
            tuple(
                e.day
                for e in data.episodes
                if e.kind == ANAPHYLAXIS and c.column.start <= e.day <= c.column.end
            )
            for c in columns
        ),  # fmt: skip
        measure=measure,
    )


def daily_measure(data: DiaryData) -> tuple[str, np.ndarray | None]:
    """The child's daily measure and its values per diary day (None: the daily symptom score,
    which the measures compute themselves).  A child scored with the UAS items is measured by
    the daily UAS: a day with one item only has none, never a partial score."""
    if UAS_WHEALS not in data.symptom_keys:
        return DAILY_SCORE, None
    return DAILY_UAS, uas_days(data).daily


def period_summary(data: DiaryData, start: dt.date, end: dt.date) -> PeriodSummary:
    """The figures of one period in the child's daily measure (the report's page 1)."""
    return summarize_period(data, start, end, score=daily_measure(data)[1])


def cycle_profile(
    data: DiaryData, start: dt.date | None = None, end: dt.date | None = None, **options
) -> CycleProfile:
    """The dose-cycle profile in the child's daily measure: the Charts page and the report
    draw this one (``options`` as :func:`masto_diary.analysis.cycle_profile`)."""
    return _cycle_profile(data, start, end, score=daily_measure(data)[1], **options)


def _baseline(
    data: DiaryData, columns: tuple[ComparedPeriod, ...], score: np.ndarray | None
) -> PeriodSummary | None:
    """The fixed pre-therapy baseline, taken from the columns when the report prints it."""
    if data.first_injection is None:
        return None
    printed = next((c.summary for c in columns if c.column.kind == "baseline"), None)
    if printed is not None:
        return printed
    days = baseline_period(data.first_injection, data.start)
    return summarize_period(data, *days, score=score) if days is not None else None


def _on_therapy(
    data: DiaryData,
    columns: tuple[ComparedPeriod, ...],
    start: dt.date,
    end: dt.date,
    score: np.ndarray | None,
) -> PeriodSummary | None:
    """The period's days on therapy: the report's own column of them, or None before the dose."""
    first = data.first_injection
    if first is None or first > end:
        return None
    for column in columns:
        if column.column.kind == "on_in_period":
            return column.summary
        if column.column.kind == "period" and start >= first:
            return column.summary
    return summarize_period(data, max(start, first), end, score=score)


def uas_weeks(data: DiaryData, start: dt.date, end: dt.date) -> tuple[uas7.UasWeek, ...]:
    """The whole UAS7 weeks (counted from the diary's first day) that end inside the period."""
    days = uas_days(data)
    cut = (end - days.start).days + 1  # what came after the period's end is not counted
    weeks = uas7.weekly_uas7(days.daily[: max(cut, 0)], days.start)
    return tuple(week for week in weeks if start <= week.end <= end)


def urticaria_figures(data: DiaryData, start: dt.date, end: dt.date) -> UrticariaFigures | None:
    """The UAS7 figures of a child whose diary has the UAS items; None for any other child."""
    if UAS_WHEALS not in data.symptom_keys:
        return None
    days = uas_days(data)
    cut = (end - days.start).days + 1
    daily = days.daily[:cut]
    first_dose = days.first_dose if days.first_dose and days.first_dose <= end else None
    scores = uas7.response(daily, days.start, first_dose)
    angioedema = days.angioedema[data.period_slice(start, end)]
    return UrticariaFigures(
        weeks=uas_weeks(data, start, end),
        uas=scores,
        response=response_of(scores, days.first_dose, end),
        angioedema_days=int(np.nansum(angioedema == 1)),
        first_dose=first_dose,
    )


def response_of(scores: uas7.UasResponse, first_dose: dt.date | None, end: dt.date) -> Response:
    """A response only for a last week wholly on therapy and scored (see :class:`Response`);
    ``first_dose`` is the child's first dose, also when it came after the period."""
    if first_dose is None:
        return Response(None, NO_DOSE)
    last_week_start = end - dt.timedelta(days=uas7.WEEK_DAYS - 1)
    if last_week_start < first_dose:
        return Response(None, BEFORE_FIRST_DOSE)
    if scores.category is None:
        return Response(None, NO_SCORE)
    return Response(scores.category, None)
