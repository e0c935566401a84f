"""One child's diary as plain arrays for the measures and the charts (no Qt, no ORM).

The charts and the report need the whole history of a child at once: 10 years are 3,650 days
x 14 symptoms, i.e. 50,000 scores.  Reading them through the ORM costs seconds; this loader
reads through :mod:`masto_diary.storage.read_model` and fills numpy arrays directly, so a
10-year diary loads in a few tens of milliseconds.

Rules it applies (the measures rely on them):

* the per-day arrays run from the first day that has an entry, episode, injection or lab
  result to ``today`` (or the last such day, if later), so "the last 30 days" ends today and a
  day nobody filled in is a gap (``NaN``), never 0;
* hidden symptoms are loaded with ``active=False``: their history stays available, but they do
  not count in the daily score;
* an episode's or injection's day is the family's *local* calendar day of its UTC moment;
* an injection's interval is that of its treatment plan; ``interval_days`` of the result is
  the current plan's, or ``None`` when the last plan has ended (therapy stopped).
"""

import datetime as dt
import sqlite3
from dataclasses import dataclass

import numpy as np

from masto_diary import analysis
from masto_diary.analysis import (
    DEFAULT_INTERVAL_DAYS,
    DiaryData,
    EpisodeRecord,
    InjectionRecord,
    LabRecord,
    MedicationRecord,
    day_range,
)
from masto_diary.services.figures import daily_measure
from masto_diary.storage import Diary, read_model
from masto_diary.storage.read_model import SymptomRecord

_EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()


@dataclass(frozen=True, eq=False)
class ChartData:
    """Everything the Charts page shows for one child: the measures' input plus labels."""

    data: DiaryData
    symptoms: tuple[SymptomRecord, ...]  # hidden ones too, in list order
    medication_rows: tuple[read_model.MedicationRecord, ...]
    lab_points: tuple[read_model.LabRecord, ...]
    today: dt.date

    def label_of(self, key: str) -> str:
        """The parent's name for a symptom key (the key itself if it is unknown)."""
        return next((s.label for s in self.symptoms if s.key == key), key)


@dataclass(frozen=True, eq=False)
class ChartFigures:
    """The measures that do not depend on the period, worked out once per load.

    The Charts page and the report both start from these, so a chart and its printed twin
    can never be computed two ways; a range change on the page only slices the arrays.
    """

    chart: ChartData
    scores: analysis.ScoreSeries
    overdue: tuple[analysis.OverduePeriod, ...]  # as of ``chart.today``
    lanes: tuple[analysis.MedicationLane, ...]
    labs: dict[str, analysis.LabSeries]

    @property
    def data(self) -> DiaryData:
        return self.chart.data


def chart_figures(chart: ChartData) -> ChartFigures:
    """Daily score and its means, overdue periods, medication lanes and lab series."""
    data = chart.data
    return ChartFigures(
        chart=chart,
        scores=analysis.score_series(data, daily_measure(data)[1]),  # the child's measure
        overdue=analysis.overdue_periods(data, today=chart.today),
        lanes=analysis.medication_lanes(data),
        labs=analysis.lab_series(data),
    )


def load_chart_data(diary: Diary, child_id: int, today: dt.date | None = None) -> ChartData:
    """:class:`DiaryData` plus symptom labels, medication frequencies and lab reference ranges.

    One read-only connection, a handful of plain queries; nothing is written.
    """
    today = today or dt.date.today()
    with read_model.reading(diary) as db:
        return _load(db, child_id, today)


# --------------------------------------------------------------------------- reading


def _load(db: sqlite3.Connection, child_id: int, today: dt.date) -> ChartData:
    symptoms = tuple(read_model.symptoms(db, child_id, active_only=False))
    entry_ids, entry_days, missed = _entries(db, child_id)
    plans = read_model.plans(db, child_id)
    episodes = tuple(_episode(e) for e in read_model.episodes(db, child_id))
    injections = _injections(read_model.injections(db, child_id), plans)
    medication_rows = tuple(read_model.medications(db, child_id))
    lab_points = tuple(read_model.lab_results(db, child_id))
    start, n_days = _day_span(entry_days, episodes, injections, lab_points, today)
    packed = read_model.packed_scores(db, child_id)
    scores, recorded, school = _day_arrays(
        packed, [s.id for s in symptoms], entry_ids, entry_days, missed, start, n_days
    )
    data = DiaryData(
        start=start,
        days=day_range(start, n_days),
        symptom_keys=tuple(s.key for s in symptoms),
        scale_max=np.array([s.scale_max for s in symptoms], dtype=np.int64),
        active=np.array([s.active for s in symptoms], dtype=bool),
        scores=scores,
        recorded=recorded,
        school_missed=school,
        episodes=episodes,
        injections=injections,
        medications=tuple(
            MedicationRecord(
                m.name, m.drug_class, m.dose, m.unit, m.start_date, m.end_date, m.frequency
            )
            for m in medication_rows
        ),
        labs=tuple(LabRecord(p.taken_on, p.key, p.value, p.unit) for p in lab_points),
        interval_days=_current_interval(plans, today),
    )
    return ChartData(data, symptoms, medication_rows, lab_points, today)


def _entries(db: sqlite3.Connection, child_id: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Entry ids, their days (days since 1970-01-01) and the school-missed flags."""
    rows = read_model.entry_days(db, child_id)
    if not rows:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, np.zeros(0, dtype=bool)
    table = np.array(rows, dtype=np.int64)
    return table[:, 0], table[:, 1], table[:, 2].astype(bool)


def _day_span(
    entry_days: np.ndarray,
    episodes: tuple[EpisodeRecord, ...],
    injections: tuple[InjectionRecord, ...],
    labs: tuple[read_model.LabRecord, ...],
    today: dt.date,
) -> tuple[dt.date, int]:
    """First day and number of days: from the earliest record to today (or a later record)."""
    firsts = [e.day for e in episodes[:1]] + [i.day for i in injections[:1]]
    firsts += [p.taken_on for p in labs[:1]]
    lasts = [e.day for e in episodes[-1:]] + [i.day for i in injections[-1:]]
    lasts += [p.taken_on for p in labs[-1:]]
    if len(entry_days):
        firsts.append(_day(int(entry_days.min())))
        lasts.append(_day(int(entry_days.max())))
    if not firsts:
        return today, 0
    start = min(firsts)
    end = max([*lasts, today])
    return start, (end - start).days + 1


def _day_arrays(
    packed_text: str,
    symptom_ids: list[int],
    entry_ids: np.ndarray,
    entry_days: np.ndarray,
    missed: np.ndarray,
    start: dt.date,
    n_days: int,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The day x symptom score matrix (NaN = not recorded), ``recorded`` and ``school_missed``.

    Scores are placed with two lookup arrays (entry id -> row, symptom id -> column) instead of
    a Python loop over 50,000 values.
    """
    scores = np.full((n_days, len(symptom_ids)), np.nan)
    recorded = np.zeros(n_days, dtype=bool)
    school = np.zeros(n_days, dtype=bool)
    if not len(entry_ids):
        return scores, recorded, school
    rows_of_entries = entry_days - (start.toordinal() - _EPOCH_ORDINAL)
    recorded[rows_of_entries] = True
    school[rows_of_entries] = missed
    if not packed_text:
        return scores, recorded, school
    packed = np.fromstring(packed_text, dtype=np.int64, sep=",")
    entry, symptom, value = packed >> 24, (packed >> 4) & 0xFFFFF, packed & 0xF
    row_of = np.full(int(entry_ids.max()) + 1, -1, dtype=np.int64)
    row_of[entry_ids] = rows_of_entries
    column_of = np.full(max(symptom_ids) + 1, -1, dtype=np.int64)
    column_of[symptom_ids] = np.arange(len(symptom_ids))
    keep = column_of[symptom] >= 0  # a score always belongs to one of the child's symptoms
    scores[row_of[entry[keep]], column_of[symptom[keep]]] = value[keep]
    return scores, recorded, school


def _episode(episode: read_model.EpisodeRecord) -> EpisodeRecord:
    return EpisodeRecord(
        day=episode.day,
        kind=episode.kind,
        severity=episode.severity,
        triggers=episode.triggers,
        epinephrine=episode.rescue_epinephrine,
        emergency_visit=episode.rescue_emergency_visit,
        antihistamine=episode.rescue_antihistamine,
        steroid=episode.rescue_steroid,
    )


def _injections(
    doses: list[read_model.InjectionRecord], plans: list[read_model.PlanRecord]
) -> tuple[InjectionRecord, ...]:
    """Each dose with the interval of its plan (the default one for a dose without a plan)."""
    intervals: dict[int | None, int] = {plan.id: plan.interval_days for plan in plans}
    return tuple(
        InjectionRecord(i.day, i.dose_mg, intervals.get(i.plan_id, DEFAULT_INTERVAL_DAYS))
        for i in doses
    )


def _current_interval(plans: list[read_model.PlanRecord], today: dt.date) -> int | None:
    """The running plan's interval; ``None`` without a plan or when the last one has ended."""
    if not plans:
        return None
    latest = max(plans, key=lambda p: (p.start_date, p.id))
    if latest.end_date is not None and latest.end_date < today:
        return None
    return latest.interval_days


# --------------------------------------------------------------------------- conversions


def _day(epoch_day: int) -> dt.date:
    return dt.date.fromordinal(epoch_day + _EPOCH_ORDINAL)
