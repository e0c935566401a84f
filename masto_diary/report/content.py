"""Everything the clinic report shows, gathered into plain frozen dataclasses (no Qt).

Gathering is kept apart from drawing for three reasons: the figures can be tested against the
measures without reading a PDF; the report page can gather in a worker thread (no Qt object
is touched) while the window stays responsive; and every sentence is worded and translated
in one place, :mod:`masto_diary.report.render`.  Text here is data (enum values, dates,
numbers), never a sentence for the reader.

Rules the report follows:

* **Period**: two inclusive days; the figures are clipped to the diary's days (days before
  the diary was started say nothing, counting them would dilute every rate), but records that
  are not diary days (questionnaire answers, medication changes) are kept over the whole
  period the parent asked for, even before the first evening entry.
* **Comparison**: the columns of :func:`masto_diary.analysis.comparison_columns`: a period
  holding the first dose is split into its on- and before-therapy parts; a period on therapy
  is compared with the previous period of equal length (on therapy too) and the fixed
  pre-therapy baseline; no day is counted in two columns.
* **Questions**: those of the next visit, the first one dated on or after the period's last
  day: the visit the report is printed for.  A later visit's questions are not this visit's
  (a 2020 report printed the questions of a 2022 visit); questions of visits inside the
  period were asked already.
* **Initials**: the full name never enters the content; the name's words are also replaced
  by their initials in every free text (notes, questions), where parents often write it.
"""

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Literal

import numpy as np

from masto_diary.analysis import (
    Adherence,
    ComparedPeriod,
    CycleProfile,
    DiaryData,
    MedicationLane,
    PeriodSummary,
    TaperSummary,
    daily_symptom_score,
    days_since_injection,
    episodes_between,
    overdue_periods,
    per_symptom_series,
    rolling_mean,
    taper_summary,
    top_triggers,
)
from masto_diary.errors import DiaryError, ValidationError
from masto_diary.report.questionnaires import QuestionnaireSummary
from masto_diary.report.questionnaires import summaries as questionnaire_summaries
from masto_diary.services import growth, records
from masto_diary.services.figures import (
    KeyFigures,
    UrticariaFigures,
    cycle_profile,
    daily_measure,
    key_figures,
    period_summary,
)
from masto_diary.services.growth import FallingHeight, GrowthPoint
from masto_diary.services.overview import age_in_years
from masto_diary.services.patterns import child_patterns
from masto_diary.services.schedule import dose_timings, plan_on
from masto_diary.services.series import ChartData, ChartFigures, chart_figures, load_chart_data
from masto_diary.storage import Diary
from masto_diary.storage.read_model import (
    ChildRecord,
    EntryNote,
    EpisodeRecord,
    InjectionRecord,
    LabRecord,
    PlanRecord,
    VisitRecord,
)

if TYPE_CHECKING:
    from masto_diary.analysis.patterns import Patterns

SECTIONS: tuple[str, ...] = (
    "patterns",
    "method",
    "symptoms",
    "episodes",
    "injections",
    "medications",
    "labs",
    "notes",
    "questionnaires",
)
"""The detail sections after page 1, in print order (page 1 is always printed); the clinic's
questionnaires print only for a child who has one."""

DEFAULT_DAYS = 90
TOP_TRIGGERS = 5
TREND_MIN_CHANGE = 0.2
"""A per-symptom mean must move at least this much (0-3 scale) between halves for an arrow."""
TREND_MIN_DAYS = 3
"""Each half of the period needs this many scored days before a trend is shown."""
LONG_PERIOD_DAYS = 180
"""Above this the trend chart smooths over 28 days (a 7-day mean over years is noise)."""

Trend = Literal["up", "down", "steady"]


class EmptyPeriodError(DiaryError):
    """Nothing was recorded in the period: a report would be a page of dashes."""

    def __init__(self, start: dt.date, end: dt.date):
        super().__init__(
            f"Nothing was recorded between {start.isoformat()} and {end.isoformat()} "
            "(no daily entry, episode or injection), so no report was made. "
            "Choose a period with diary entries."
        )
        self.start = start
        self.end = end


# --------------------------------------------------------------------------- dataclasses


@dataclass(frozen=True)
class ChildHeader:
    """Who the report is about; ``name`` is the full name or the initials, as chosen."""

    name: str
    initials_only: bool
    age_years: int
    age_on: dt.date
    sex: str | None
    diagnosis: str
    clinic: str
    condition: str = "mastocytosis"


@dataclass(frozen=True)
class Therapy:
    """The plan in force at the period's end and how the period's doses were given."""

    drug: str
    dose_mg: float
    interval_days: int
    plan_start: dt.date
    first_injection: dt.date | None
    adherence: Adherence


@dataclass(frozen=True)
class SymptomRow:
    """One symptom over the period: mean score, days scored 2 or more, first vs second half."""

    key: str
    label: str
    hidden: bool
    days_scored: int
    mean: float | None
    days_2_or_more: int
    first_half: float | None
    second_half: float | None
    trend: Trend | None


@dataclass(frozen=True)
class InjectionLogRow:
    """One dose of the period with its spacing from the dose before (which may precede it)."""

    given_at: dt.datetime
    dose_mg: float
    site: str | None
    lot: str
    place: str
    reaction: str
    days_since_previous: int | None
    days_late: int | None
    notes: str


@dataclass(frozen=True)
class MedicationChangeRow:
    """A medication taken in the period: the taper summary and its frequency at the end."""

    taper: TaperSummary
    frequency: str


@dataclass(frozen=True)
class LabRow:
    """One lab value; ``includes_bound_ige`` marks total IgE measured on omalizumab."""

    point: LabRecord
    includes_bound_ige: bool


@dataclass(frozen=True)
class Questions:
    """The parent's questions and the visit they were written for."""

    visit_day: dt.date
    text: str


@dataclass(frozen=True, eq=False)
class TrendData:
    """The period's slice of the trend: per-day arrays plus the events drawn over them.

    ``dss_max`` is the highest daily score of the child's whole diary, not of the period, so
    the y-axis stays the same from one visit's report to the next (like the fixed scales of
    an ambulatory glucose profile); it moves only when the child has a new worst day.
    """

    days: np.ndarray
    dss: np.ndarray
    mean: np.ndarray
    injections: tuple[tuple[dt.date, float], ...]
    overdue: tuple[tuple[dt.date, dt.date], ...]
    episodes: tuple[tuple[dt.date, str, str], ...]
    dss_max: int
    mean_window: int


@dataclass(frozen=True, eq=False)
class ReportContent:
    """Everything one report prints, for one child and one period."""

    child: ChildHeader
    start: dt.date
    end: dt.date
    requested: tuple[dt.date, dt.date]
    created: dt.date
    summary: PeriodSummary
    figures: KeyFigures
    therapy: Therapy | None
    top_triggers: tuple[tuple[str, int], ...]
    questions: Questions | None
    symptoms: tuple[SymptomRow, ...]
    episodes: tuple[EpisodeRecord, ...]
    injections: tuple[InjectionLogRow, ...]
    medications: tuple[MedicationChangeRow, ...]
    lanes: tuple[MedicationLane, ...]
    labs: tuple[LabRow, ...]
    lab_history: tuple[LabRow, ...]
    notes: tuple[EntryNote, ...]
    trend: TrendData
    cycle: CycleProfile
    cycle_reference: CycleProfile | None
    first_injection: dt.date | None
    active_symptoms: int
    dss_scale_max: int
    weight: GrowthPoint | None = None
    height: GrowthPoint | None = None
    falling_height: FallingHeight | None = None
    bmi: GrowthPoint | None = None
    cycle_scale: float = 0.0
    sections: frozenset[str] = field(default_factory=lambda: frozenset(SECTIONS))
    questionnaires: tuple[QuestionnaireSummary, ...] = ()  # report/questionnaires.py
    patterns: "Patterns | None" = None  # wear-off and triggers (report/patterns.py)

    @property
    def columns(self) -> tuple[ComparedPeriod, ...]:
        """The comparison columns of page 1 (:func:`masto_diary.services.figures.key_figures`)."""
        return self.figures.columns

    @property
    def urticaria(self) -> UrticariaFigures | None:
        """The UAS7 figures of a child scored with the UAS items, else None."""
        return self.figures.urticaria

    @property
    def days(self) -> int:
        """Calendar days in the period."""
        return (self.end - self.start).days + 1

    @property
    def clipped(self) -> bool:
        """Whether the requested period reached beyond the diary's days."""
        return self.requested != (self.start, self.end)


# --------------------------------------------------------------------------- periods


def default_period(
    diary: Diary, child_id: int, today: dt.date | None = None
) -> tuple[dt.date, dt.date]:
    """Since the last clinic visit before today, else the last :data:`DEFAULT_DAYS` days."""
    today = today or dt.date.today()
    visit = records.last_visit_before(diary, child_id, today)
    if visit is not None:
        return visit, today
    return last_days(DEFAULT_DAYS, today)


def last_days(days: int, today: dt.date | None = None) -> tuple[dt.date, dt.date]:
    """The inclusive period of ``days`` days ending ``today``."""
    today = today or dt.date.today()
    return today - dt.timedelta(days=days - 1), today


# --------------------------------------------------------------------------- gathering


def gather_report(
    diary: Diary,
    child_id: int,
    start: dt.date,
    end: dt.date,
    *,
    initials: bool = False,
    sections: frozenset[str] | set[str] | None = None,
    today: dt.date | None = None,
) -> ReportContent:
    """Read the diary once and compute every figure, table and chart series of the report.

    Raises :class:`ValidationError` for a period that ends before it starts and
    :class:`EmptyPeriodError` when nothing was recorded in it.
    """
    if end < start:
        raise ValidationError("The period must not end before it starts.", "period")
    today = today or dt.date.today()
    figures = chart_figures(load_chart_data(diary, child_id, today))
    chart, data = figures.chart, figures.data
    lo, hi = max(start, data.start), min(end, data.end)
    if hi < lo:
        raise EmptyPeriodError(start, end)
    rows = records.read_records(diary, child_id, lo, hi)
    summary = period_summary(data, lo, hi)
    shared = key_figures(data, lo, hi)
    period_injections = [i for i in rows.injections if lo <= i.day <= hi]
    if summary.days_recorded == 0 and summary.episodes == 0 and not period_injections:
        raise EmptyPeriodError(lo, hi)
    scrub = _scrubber(rows.child.name) if initials else _keep
    return ReportContent(
        child=_header(rows.child, initials, hi),
        start=lo,
        end=hi,
        requested=(start, end),
        created=today,
        summary=summary,
        figures=shared,
        therapy=_therapy(data, rows.plans, shared),
        top_triggers=top_triggers(data, lo, hi, TOP_TRIGGERS),
        questions=_questions(rows.visits, hi, scrub),
        symptoms=symptom_rows(chart, lo, hi),
        episodes=tuple(_scrub_episode(e, scrub) for e in rows.episodes),
        injections=_injection_log(rows.injections, rows.plans, lo, hi, scrub),
        medications=_medications(chart, min(start, lo), hi),
        lanes=_lanes(figures, min(start, lo), hi),
        labs=tuple(r for r in _lab_rows(figures, scrub) if lo <= r.point.taken_on <= hi),
        lab_history=tuple(r for r in _lab_rows(figures, scrub) if r.point.taken_on <= hi),
        notes=tuple(EntryNote(n.day, scrub(n.text)) for n in rows.notes),
        trend=_trend(figures, lo, hi),
        cycle=cycle_profile(data, lo, hi),  # in the child's daily measure (services/figures)
        cycle_reference=_cycle_reference(data, lo, hi),
        first_injection=data.first_injection,
        active_symptoms=int(data.active.sum()),
        dss_scale_max=int(data.scale_max[data.active].sum()),
        cycle_scale=cycle_scale(data),
        **_growth(diary, child_id, hi),
        sections=frozenset(SECTIONS if sections is None else sections) & frozenset(SECTIONS),
        questionnaires=questionnaire_summaries(diary, child_id, min(start, lo), hi),
        patterns=child_patterns(data, lo, hi),
    )


def _header(child: ChildRecord, initials: bool, end: dt.date) -> ChildHeader:
    """The age is the one at the period's end (said so on the page), not today's."""
    return ChildHeader(
        name=initials_of(child.name) if initials else child.name,
        initials_only=initials,
        age_years=age_in_years(child.birth_date, end),
        age_on=end,
        sex=child.sex,
        diagnosis=child.diagnosis,
        clinic=child.clinic,
        condition=child.condition,
    )


def initials_of(name: str) -> str:
    """ "Luca Rossi" -> "L. R."; hyphenated names keep their hyphen ("Anna-Maria" -> "A.-M.")."""
    words = name.split()
    return " ".join(
        "-".join(f"{part[:1].upper()}." for part in w.split("-") if part) for w in words
    )


def _keep(text: str) -> str:
    return text


def _scrubber(name: str):
    """A function replacing every word of ``name`` (2+ letters) by its initial, any case."""
    parts = sorted({p for p in re.split(r"[\s\-]+", name) if len(p) >= 2}, key=len, reverse=True)
    if not parts:
        return _keep
    pattern = re.compile(r"\b(" + "|".join(re.escape(p) for p in parts) + r")\b", re.IGNORECASE)

    def scrub(text: str) -> str:
        return pattern.sub(lambda m: f"{m.group(0)[0].upper()}.", text)

    return scrub


def _scrub_episode(episode: EpisodeRecord, scrub) -> EpisodeRecord:
    if scrub is _keep:
        return episode
    return replace(episode, notes=scrub(episode.notes), rescue_notes=scrub(episode.rescue_notes))


def _therapy(data: DiaryData, plans: tuple[PlanRecord, ...], shared: KeyFigures) -> Therapy | None:
    plan = plan_on(plans, shared.end)
    if plan is None:
        return None
    return Therapy(
        drug=plan.drug,
        dose_mg=plan.dose_mg,
        interval_days=plan.interval_days,
        plan_start=plan.start_date,
        first_injection=data.first_injection,
        adherence=shared.adherence,
    )


def _questions(visits: tuple[VisitRecord, ...], end: dt.date, scrub) -> Questions | None:
    """The questions of the next visit on or after the period's last day (see module doc)."""
    following = sorted((v for v in visits if v.date >= end), key=lambda v: v.date)
    if not following or not following[0].questions.strip():
        return None
    return Questions(following[0].date, scrub(following[0].questions.strip()))


def symptom_rows(chart: ChartData, start: dt.date, end: dt.date) -> tuple[SymptomRow, ...]:
    """Per symptom: mean, days ≥ 2 and the trend from the first to the second half.

    Active symptoms are always listed; hidden ones only when they were scored in the period.
    The halves are the first ``days // 2`` days and the rest.
    """
    data = chart.data
    window = data.period_slice(start, end)
    series = per_symptom_series(data)
    middle = (end - start).days + 1
    middle //= 2
    rows = []
    for info in chart.symptoms:
        values = series[info.key][window]
        scored = values[~np.isnan(values)]
        if not info.active and len(scored) == 0:
            continue
        first, second = _half_mean(values[:middle]), _half_mean(values[middle:])
        rows.append(
            SymptomRow(
                key=info.key,
                label=info.label,
                hidden=not info.active,
                days_scored=len(scored),
                mean=float(scored.mean()) if len(scored) else None,
                days_2_or_more=int((scored >= 2).sum()),
                first_half=first,
                second_half=second,
                trend=_trend_of(values[:middle], values[middle:]),
            )
        )
    return tuple(rows)


def _half_mean(values: np.ndarray) -> float | None:
    scored = values[~np.isnan(values)]
    return float(scored.mean()) if len(scored) else None


def _trend_of(first: np.ndarray, second: np.ndarray) -> Trend | None:
    """``up`` / ``down`` when the mean moved by :data:`TREND_MIN_CHANGE` or more."""
    a, b = first[~np.isnan(first)], second[~np.isnan(second)]
    if len(a) < TREND_MIN_DAYS or len(b) < TREND_MIN_DAYS:
        return None
    change = float(b.mean() - a.mean())
    if change >= TREND_MIN_CHANGE:
        return "up"
    if change <= -TREND_MIN_CHANGE:
        return "down"
    return "steady"


def _injection_log(
    injections: tuple[InjectionRecord, ...],
    plans: tuple[PlanRecord, ...],
    start: dt.date,
    end: dt.date,
    scrub,
) -> tuple[InjectionLogRow, ...]:
    """The period's doses; spacing and lateness count from the dose before, in the period or not."""
    timings = dose_timings([i.day for i in injections], plans)
    return tuple(
        InjectionLogRow(i.given_at, i.dose_mg, i.site, i.lot, i.place, i.local_reaction,
                        t.days_since_previous, t.days_late, scrub(i.notes))
        for i, t in zip(injections, timings, strict=True)
        if start <= i.day <= end
    )  # fmt: skip


def _medications(chart: ChartData, start: dt.date, end: dt.date) -> tuple[MedicationChangeRow, ...]:
    frequency: dict[str, str] = {}
    for row in chart.medication_rows:  # by start: the last row on or before the end wins
        if row.start_date <= end:
            frequency[row.name.strip().casefold()] = row.frequency
    return tuple(
        MedicationChangeRow(t, frequency.get(t.name.casefold(), ""))
        for t in taper_summary(chart.data, start, end)
    )


def _lanes(figures: ChartFigures, start: dt.date, end: dt.date) -> tuple[MedicationLane, ...]:
    """Lanes of the medications taken at some point in the period (for the taper chart)."""
    return tuple(
        lane
        for lane in figures.lanes
        if any(p.start <= end and (p.end is None or p.end >= start) for p in lane.periods)
    )


def _lab_rows(figures: ChartFigures, scrub) -> list[LabRow]:
    """Every lab value with the bound-IgE flag the measures set (see ``analysis.labs``)."""
    flagged: set[tuple[str, dt.date]] = set()
    for analyte, series in figures.labs.items():
        for day, flag in zip(series.days, series.includes_bound_ige, strict=True):
            if flag:
                flagged.add((analyte, day.astype(dt.date)))
    rows = []
    for point in figures.chart.lab_points:
        if scrub is not _keep and point.notes:
            point = replace(point, notes=scrub(point.notes))
        rows.append(LabRow(point, (point.key, point.taken_on) in flagged))
    return rows


def _trend(figures: ChartFigures, start: dt.date, end: dt.date) -> TrendData:
    """The trend's series; periods over :data:`LONG_PERIOD_DAYS` get a 28-day mean line.

    A 7-day mean over years is a band of noise on paper; 28 days (at least 14 scored)
    smooths the weekly ups and downs and matches the four-weekly dosing cycle.  Overdue
    periods are those as of the period's end, not as of today.
    """
    data, series = figures.data, figures.scores
    window = data.period_slice(start, end)
    dss = series.dss[window]
    long = (end - start).days + 1 > LONG_PERIOD_DAYS
    mean = rolling_mean(series.dss, 28, 14)[window] if long else series.mean_7d[window]
    overdue = tuple(
        (max(p.start, start), min(p.end, end))
        for p in overdue_periods(data, today=end)
        if p.start <= end and p.end >= start
    )
    whole = series.dss  # the child's whole diary: the same y-scale in every report
    top = np.nanmax(whole) if np.any(~np.isnan(whole)) else 0.0
    return TrendData(
        days=series.days[window],
        dss=dss,
        mean=mean,
        injections=tuple((i.day, i.dose_mg) for i in data.injections if start <= i.day <= end),
        overdue=overdue,
        episodes=tuple((e.day, e.kind, e.severity) for e in episodes_between(data, start, end)),
        dss_max=int(top),
        mean_window=28 if long else 7,
    )


def _growth(diary: Diary, child_id: int, end: dt.date) -> dict:
    """The latest weight and height up to the period's end, their centiles, a falling height."""
    data = growth.growth(diary, child_id)
    return {
        "weight": data.latest("kg", end),
        "height": data.latest("cm", end),
        "falling_height": growth.falling_height(data, end),
        "bmi": data.latest("bmi", end),
    }


def cycle_scale(data: DiaryData) -> float:
    """The dose-cycle chart's fixed y-top for this child: the highest daily score on any day
    on therapy in the whole diary (0 before therapy).

    Every point of any period's profile (medians, quartiles) is a daily score on therapy, so
    none can pass it: the axis is the same in every report of the child, whatever the period,
    and two reports compare line by line (a percentile was passed by some periods' profiles,
    which then drew their own, taller axis).
    """
    since = days_since_injection(data)
    daily = daily_measure(data)[1]
    dss = (daily_symptom_score(data) if daily is None else daily)[since >= 0]
    dss = dss[~np.isnan(dss)]
    return float(dss.max()) if len(dss) else 0.0


def _cycle_reference(data: DiaryData, start: dt.date, end: dt.date) -> CycleProfile | None:
    """All cycles on therapy up to the period's end, when there are more than the period's."""
    first = data.first_injection
    if first is None or first >= start:
        return None
    return cycle_profile(data, first, end)
