"""One child's diary as plain arrays for the measures and the charts (no Qt, no ORM).

The charts and the report need the whole history of a child at once: 10 years are 3,650 days
x 14 symptoms, i.e. 50,000 scores.  Reading them through the ORM costs seconds; this loader
uses plain SQL over :meth:`Diary.read_connection` and fills numpy arrays directly, so a
10-year diary loads in a few tens of milliseconds.  It only reads; every write goes through
the ORM services.

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
from collections import defaultdict
from dataclasses import dataclass

import numpy as np

from masto_diary.analysis import (
    DEFAULT_INTERVAL_DAYS,
    DiaryData,
    EpisodeRecord,
    InjectionRecord,
    LabRecord,
    MedicationRecord,
)
from masto_diary.storage import Diary

_EPOCH = dt.date(1970, 1, 1)
_EPOCH_ORDINAL = _EPOCH.toordinal()

SYMPTOMS_QUERY = """
SELECT id, key, label, active, scale_max FROM symptom_definition
WHERE child_id = ? ORDER BY position, id
"""
ENTRIES_QUERY = """
SELECT id, CAST(julianday(date) - 2440587.5 AS INTEGER), school_missed FROM daily_entry
WHERE child_id = ?
"""
# All scores of a child as one text of packed integers (entry id, symptom id, score 0..10):
# building 50,000 Python tuples costs more than the query itself; one string parsed by numpy
# is about three times faster.
SCORES_QUERY = """
SELECT group_concat((s.entry_id << 24) | (s.symptom_id << 4) | s.score) FROM symptom_score s
JOIN daily_entry d ON d.id = s.entry_id WHERE d.child_id = ?
"""
EPISODES_QUERY = """
SELECT id, date(started_at, 'localtime'), kind, severity, rescue_epinephrine,
       rescue_emergency_visit, rescue_antihistamine, rescue_steroid
FROM episode WHERE child_id = ? ORDER BY started_at
"""
EPISODE_TRIGGERS_QUERY = """
SELECT et.episode_id, t.label FROM episode_trigger et
JOIN trigger t ON t.id = et.trigger_id JOIN episode e ON e.id = et.episode_id
WHERE e.child_id = ? ORDER BY t.label
"""
INJECTIONS_QUERY = """
SELECT date(i.given_at, 'localtime'), i.dose_mg, p.interval_days FROM injection i
LEFT JOIN treatment_plan p ON p.id = i.plan_id
WHERE i.child_id = ? ORDER BY i.given_at
"""
PLAN_QUERY = """
SELECT interval_days, end_date FROM treatment_plan WHERE child_id = ?
ORDER BY start_date DESC, id DESC LIMIT 1
"""
MEDICATIONS_QUERY = """
SELECT name, drug_class, dose, unit, frequency, start_date, end_date FROM medication
WHERE child_id = ? ORDER BY start_date, id
"""
LABS_QUERY = """
SELECT taken_on, analyte, custom_name, unit, value, ref_low, ref_high, notes FROM lab_result
WHERE child_id = ? ORDER BY taken_on, id
"""


@dataclass(frozen=True)
class SymptomInfo:
    """A symptom as the charts show it: its key, the parent's label, scale and visibility."""

    key: str
    label: str
    active: bool
    scale_max: int


@dataclass(frozen=True)
class MedicationRow:
    """One medication row with its frequency, which the lanes print beside the dose."""

    name: str
    drug_class: str
    dose: float
    unit: str
    frequency: str
    start: dt.date
    end: dt.date | None


@dataclass(frozen=True)
class LabPoint:
    """One lab value with what the lab chart prints: the analyte key, reference range, notes.

    ``analyte`` is the key the measures use (``tryptase``, ``total_ige``, ``kit_d816v``, or the
    custom test's name).
    """

    day: dt.date
    analyte: str
    value: float
    unit: str
    ref_low: float | None
    ref_high: float | None
    notes: str


@dataclass(frozen=True, eq=False)
class ChartData:
    """Everything the Charts page shows for one child: the measures' input plus labels."""

    data: DiaryData
    symptoms: tuple[SymptomInfo, ...]
    medication_rows: tuple[MedicationRow, ...]
    lab_points: tuple[LabPoint, ...]
    today: dt.date

    def label_of(self, key: str) -> str:
        """The parent's name for a symptom key (the key itself if it is unknown)."""
        return next((s.label for s in self.symptoms if s.key == key), key)


def load_diary_data(diary: Diary, child_id: int, today: dt.date | None = None) -> DiaryData:
    """The measures' input for one child (see the module docstring for the rules)."""
    return load_chart_data(diary, child_id, today).data


def load_chart_data(diary: Diary, child_id: int, today: dt.date | None = None) -> ChartData:
    """:class:`DiaryData` plus symptom labels, medication frequencies and lab reference ranges.

    One read-only connection, a handful of plain queries; nothing is written.
    """
    today = today or dt.date.today()
    connection = diary.read_connection()
    try:
        return _load(connection, child_id, today)
    finally:
        connection.close()


# --------------------------------------------------------------------------- reading


def _load(connection: sqlite3.Connection, child_id: int, today: dt.date) -> ChartData:
    symptom_ids, symptoms = _symptoms(connection, child_id)
    entry_ids, entry_days, missed = _entries(connection, child_id)
    episodes = _episodes(connection, child_id)
    injections = _injections(connection, child_id)
    medication_rows = _medication_rows(connection, child_id)
    lab_points = _lab_points(connection, child_id)
    start, n_days = _day_span(entry_days, episodes, injections, lab_points, today)
    scores, recorded, school = _day_arrays(
        connection, child_id, symptom_ids, entry_ids, entry_days, missed, start, n_days
    )
    data = DiaryData(
        start=start,
        days=np.arange(n_days) + np.datetime64(start, "D"),
        symptom_keys=tuple(s.key for s in symptoms),
        scale_max=np.array([s.scale_max for s in symptoms], dtype=np.int64),
        active=np.array([s.active for s in symptoms], dtype=bool),
        scores=scores,
        recorded=recorded,
        school_missed=school,
        episodes=episodes,
        injections=injections,
        medications=tuple(
            MedicationRecord(m.name, m.drug_class, m.dose, m.unit, m.start, m.end)
            for m in medication_rows
        ),
        labs=tuple(LabRecord(p.day, p.analyte, p.value, p.unit) for p in lab_points),
        interval_days=_current_interval(connection, child_id, today),
    )
    return ChartData(data, symptoms, medication_rows, lab_points, today)


def _symptoms(
    connection: sqlite3.Connection, child_id: int
) -> tuple[list[int], tuple[SymptomInfo, ...]]:
    """Symptom ids and symptoms in list order, hidden ones included (``active=False``)."""
    rows = connection.execute(SYMPTOMS_QUERY, (child_id,)).fetchall()
    infos = tuple(SymptomInfo(key, label, bool(on), int(top)) for _, key, label, on, top in rows)
    return [row[0] for row in rows], infos


def _entries(
    connection: sqlite3.Connection, child_id: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Entry ids, their days (days since 1970-01-01) and the school-missed flags."""
    rows = connection.execute(ENTRIES_QUERY, (child_id,)).fetchall()
    if not rows:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, np.zeros(0, dtype=bool)
    table = np.array(rows, dtype=np.int64)
    return table[:, 0], table[:, 1], table[:, 2].astype(bool)


def _day_span(
    entry_days: np.ndarray,
    episodes: tuple[EpisodeRecord, ...],
    injections: tuple[InjectionRecord, ...],
    labs: tuple[LabPoint, ...],
    today: dt.date,
) -> tuple[dt.date, int]:
    """First day and number of days: from the earliest record to today (or a later record)."""
    firsts = [e.day for e in episodes[:1]] + [i.day for i in injections[:1]]
    firsts += [p.day for p in labs[:1]]
    lasts = [e.day for e in episodes[-1:]] + [i.day for i in injections[-1:]]
    lasts += [p.day for p in labs[-1:]]
    if len(entry_days):
        firsts.append(_day(int(entry_days.min())))
        lasts.append(_day(int(entry_days.max())))
    if not firsts:
        return today, 0
    start = min(firsts)
    end = max([*lasts, today])
    return start, (end - start).days + 1


def _day_arrays(
    connection: sqlite3.Connection,
    child_id: int,
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
    packed_text = connection.execute(SCORES_QUERY, (child_id,)).fetchone()[0]
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


def _episodes(connection: sqlite3.Connection, child_id: int) -> tuple[EpisodeRecord, ...]:
    triggers: dict[int, list[str]] = defaultdict(list)
    for episode_id, label in connection.execute(EPISODE_TRIGGERS_QUERY, (child_id,)):
        triggers[episode_id].append(label)
    return tuple(
        EpisodeRecord(
            day=dt.date.fromisoformat(local_day),
            kind=kind,
            severity=severity,
            triggers=tuple(triggers.get(episode_id, ())),
            epinephrine=bool(epinephrine),
            emergency_visit=bool(emergency),
            antihistamine=bool(antihistamine),
            steroid=bool(steroid),
        )
        for episode_id, local_day, kind, severity, epinephrine, emergency, antihistamine, steroid
        in connection.execute(EPISODES_QUERY, (child_id,))
    )  # fmt: skip


def _injections(connection: sqlite3.Connection, child_id: int) -> tuple[InjectionRecord, ...]:
    return tuple(
        InjectionRecord(
            dt.date.fromisoformat(local_day), float(dose), int(interval or DEFAULT_INTERVAL_DAYS)
        )
        for local_day, dose, interval in connection.execute(INJECTIONS_QUERY, (child_id,))
    )


def _current_interval(connection: sqlite3.Connection, child_id: int, today: dt.date) -> int | None:
    """The running plan's interval; ``None`` without a plan or when the last one has ended."""
    row = connection.execute(PLAN_QUERY, (child_id,)).fetchone()
    if row is None:
        return None
    interval, end = row
    if end is not None and dt.date.fromisoformat(end) < today:
        return None
    return int(interval)


def _medication_rows(connection: sqlite3.Connection, child_id: int) -> tuple[MedicationRow, ...]:
    return tuple(
        MedicationRow(name, drug_class, float(dose), unit, frequency, _date(start), _date(end))
        for name, drug_class, dose, unit, frequency, start, end in connection.execute(
            MEDICATIONS_QUERY, (child_id,)
        )
    )


def _lab_points(connection: sqlite3.Connection, child_id: int) -> tuple[LabPoint, ...]:
    return tuple(
        LabPoint(
            day=_date(taken_on),
            analyte=(custom_name or "custom") if analyte == "custom" else analyte,
            value=float(value),
            unit=unit,
            ref_low=ref_low,
            ref_high=ref_high,
            notes=notes,
        )
        for taken_on, analyte, custom_name, unit, value, ref_low, ref_high, notes
        in connection.execute(LABS_QUERY, (child_id,))
    )  # fmt: skip


# --------------------------------------------------------------------------- conversions


def _date(text: str | None) -> dt.date | None:
    return None if text is None else dt.date.fromisoformat(text)


def _day(epoch_day: int) -> dt.date:
    return dt.date.fromordinal(epoch_day + _EPOCH_ORDINAL)
