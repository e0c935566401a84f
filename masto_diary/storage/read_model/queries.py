"""Every read query of the app (SQL text) and the records it returns.

Plain :mod:`sqlite3` over :meth:`Diary.read_connection`: importing SQLAlchemy costs more
than half a second, which neither the first window nor the headless report may wait for.
Each function takes an open read connection, so a caller reading several tables (the charts,
the report) reads them in one go; every stored value passes through :mod:`.decode`.
"""

import datetime as dt
import sqlite3
from collections import defaultdict

from masto_diary.enums import (
    Analyte,
    Diagnosis,
    DrugClass,
    EpisodeKind,
    InjectionSite,
    LocalReaction,
    Place,
    Reporter,
    Severity,
    Sex,
)
from masto_diary.errors import NotFoundError
from masto_diary.storage.read_model import decode
from masto_diary.storage.read_model.records import (
    ChildRecord,
    DayScore,
    DiaryContents,
    EntryNote,
    EntryRecord,
    EpisodeRecord,
    InjectionRecord,
    LabRecord,
    MedicationRecord,
    PlanRecord,
    SymptomRecord,
    TriggerRecord,
    VisitRecord,
    WeightRecord,
)

__all__ = [
    "contents",
    "RECORD_TABLES",
    "child",
    "children",
    "day_scores",
    "entry",
    "entry_before",
    "entry_days",
    "entry_notes",
    "episode",
    "episodes",
    "injection",
    "injection_days",
    "injections",
    "lab_results",
    "last_entry_day",
    "last_injection",
    "last_visit_before",
    "latest_plan",
    "medications",
    "next_visit",
    "packed_scores",
    "plans",
    "record_counts",
    "symptoms",
    "trigger_usage",
    "triggers",
    "visits",
    "weights",
]

# --------------------------------------------------------------------------- children

CHILD_COLUMNS = "id, name, birth_date, sex, diagnosis, clinic, notes, archived"


def _child(row: tuple) -> ChildRecord:
    cid, name, birth, sex, diagnosis, clinic, notes, archived = row
    return ChildRecord(
        cid,
        name,
        decode.day(birth),
        decode.optional_member(Sex, sex),
        decode.member(Diagnosis, diagnosis),
        clinic or "",
        notes or "",
        bool(archived),
    )


def child(db: sqlite3.Connection, child_id: int) -> ChildRecord:
    row = db.execute(f"SELECT {CHILD_COLUMNS} FROM child WHERE id = ?", (child_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"There is no child with id {child_id} in this diary")
    return _child(row)


def children(db: sqlite3.Connection, include_archived: bool = False) -> list[ChildRecord]:
    """Archived children last; A-Z ignoring case within each group."""
    query = (
        f"SELECT {CHILD_COLUMNS} FROM child WHERE archived = 0 OR ? "
        "ORDER BY archived, name COLLATE NOCASE"
    )
    return [_child(row) for row in db.execute(query, (include_archived,))]


def last_entry_day(db: sqlite3.Connection, child_id: int) -> dt.date | None:
    query = "SELECT max(date) FROM daily_entry WHERE child_id = ?"
    return decode.optional_day(db.execute(query, (child_id,)).fetchone()[0])


RECORD_TABLES: tuple[tuple[str, str], ...] = (
    ("daily_entries", "daily_entry"),
    ("episodes", "episode"),
    ("injections", "injection"),
    ("medications", "medication"),
    ("labs", "lab_result"),
    ("visits", "clinic_visit"),
)


def record_counts(db: sqlite3.Connection, child_id: int) -> dict[str, int]:
    """How many records of each kind the child has."""
    return {
        name: db.execute(
            f"SELECT count(*) FROM {table} WHERE child_id = ?", (child_id,)
        ).fetchone()[0]
        for name, table in RECORD_TABLES
    }


def contents(db: sqlite3.Connection) -> DiaryContents:
    """How many children and recorded days a diary file holds (any file, backups too)."""
    children = db.execute("SELECT count(*) FROM child").fetchone()[0]
    days, last = db.execute("SELECT count(*), max(date) FROM daily_entry").fetchone()
    return DiaryContents(children, days, decode.optional_day(last))


# --------------------------------------------------------------------------- symptoms, triggers

SYMPTOM_COLUMNS = "id, child_id, key, label, position, active, scale_max"


def _symptom(row: tuple) -> SymptomRecord:
    sid, cid, key, label, position, active, scale_max = row
    return SymptomRecord(sid, cid, key, label, position, bool(active), int(scale_max))


def symptoms(db: sqlite3.Connection, child_id: int, active_only: bool) -> list[SymptomRecord]:
    """The child's symptoms in list order; hidden ones too unless ``active_only``."""
    query = (
        f"SELECT {SYMPTOM_COLUMNS} FROM symptom_definition WHERE child_id = ? "
        "AND (active = 1 OR NOT ?) ORDER BY position, id"
    )
    return [_symptom(row) for row in db.execute(query, (child_id, active_only))]


def triggers(db: sqlite3.Connection, child_id: int) -> list[TriggerRecord]:
    """The child's triggers in the order they were added."""
    query = "SELECT id, child_id, label FROM trigger WHERE child_id = ? ORDER BY id"
    return [TriggerRecord(*row) for row in db.execute(query, (child_id,))]


def trigger_usage(db: sqlite3.Connection, child_id: int) -> dict[int, int]:
    """How many episodes name each of the child's triggers (unused triggers are absent)."""
    query = (
        "SELECT et.trigger_id, count(*) FROM episode_trigger et "
        "JOIN trigger t ON t.id = et.trigger_id WHERE t.child_id = ? GROUP BY et.trigger_id"
    )
    return dict(db.execute(query, (child_id,)).fetchall())


def weights(db: sqlite3.Connection, child_id: int) -> list[WeightRecord]:
    query = "SELECT id, child_id, date, kg FROM weight_record WHERE child_id = ? ORDER BY date"
    return [
        WeightRecord(wid, cid, decode.day(day), float(kg))
        for wid, cid, day, kg in db.execute(query, (child_id,))
    ]


# --------------------------------------------------------------------------- daily entries

ENTRY_COLUMNS = (
    "id, date, wellbeing, school_missed, sleep_disturbed, reported_by, notes, updated_at"
)
ENTRY_SCORES_QUERY = """
SELECT s.key, sc.score FROM symptom_score sc
JOIN symptom_definition s ON s.id = sc.symptom_id
WHERE sc.entry_id = ?
"""


def entry(db: sqlite3.Connection, child_id: int, day: dt.date) -> EntryRecord | None:
    """The day's entry with every score (hidden symptoms too)."""
    query = f"SELECT {ENTRY_COLUMNS} FROM daily_entry WHERE child_id = ? AND date = ?"
    row = db.execute(query, (child_id, day.isoformat())).fetchone()
    return None if row is None else _entry(db, child_id, row)


def entry_before(db: sqlite3.Connection, child_id: int, day: dt.date) -> EntryRecord | None:
    """The nearest entry before ``day``."""
    query = (
        f"SELECT {ENTRY_COLUMNS} FROM daily_entry WHERE child_id = ? AND date < ? "
        "ORDER BY date DESC LIMIT 1"
    )
    row = db.execute(query, (child_id, day.isoformat())).fetchone()
    return None if row is None else _entry(db, child_id, row)


def _entry(db: sqlite3.Connection, child_id: int, row: tuple) -> EntryRecord:
    entry_id, day, wellbeing, school, sleep, reporter, notes, updated = row
    return EntryRecord(
        child_id=child_id,
        date=decode.day(day),
        scores=dict(db.execute(ENTRY_SCORES_QUERY, (entry_id,)).fetchall()),
        wellbeing=wellbeing,
        school_missed=bool(school),
        sleep_disturbed=bool(sleep),
        reported_by=decode.member(Reporter, reporter),
        notes=notes or "",
        id=entry_id,
        updated_at=decode.optional_moment(updated),
    )


def entry_notes(
    db: sqlite3.Connection, child_id: int, first: dt.date, last: dt.date
) -> list[EntryNote]:
    """The non-empty notes of the days ``first``..``last``, oldest first, stripped."""
    query = (
        "SELECT date, notes FROM daily_entry WHERE child_id = ? AND date BETWEEN ? AND ? "
        "AND notes != '' ORDER BY date"
    )
    rows = db.execute(query, (child_id, first.isoformat(), last.isoformat()))
    return [EntryNote(decode.day(day), text.strip()) for day, text in rows]


DAY_SCORES_QUERY = """
SELECT d.date,
       SUM(CASE WHEN s.active = 1 THEN sc.score END),
       COUNT(CASE WHEN s.active = 1 THEN sc.id END)
FROM daily_entry d
LEFT JOIN symptom_score sc ON sc.entry_id = d.id
LEFT JOIN symptom_definition s ON s.id = sc.symptom_id
WHERE d.child_id = ? AND d.date BETWEEN ? AND ?
GROUP BY d.id
"""


def day_scores(
    db: sqlite3.Connection, child_id: int, first: dt.date, last: dt.date
) -> list[DayScore]:
    """The daily symptom score of every entry of the days ``first``..``last``."""
    rows = db.execute(DAY_SCORES_QUERY, (child_id, first.isoformat(), last.isoformat()))
    return [DayScore(decode.day(day), dss, scored) for day, dss, scored in rows]


# The two bulk reads of the charts: 10 years are 3,650 entries and 50,000 scores, which as
# records would cost more than the rest of the charts.  Entry days come as days since
# 1970-01-01 (a calendar day has no time zone), all scores as one text of packed integers
# (entry id << 24 | symptom id << 4 | score) that numpy parses three times faster than rows.
ENTRY_DAYS_QUERY = """
SELECT id, CAST(julianday(date) - 2440587.5 AS INTEGER), school_missed FROM daily_entry
WHERE child_id = ?
"""
PACKED_SCORES_QUERY = """
SELECT group_concat((s.entry_id << 24) | (s.symptom_id << 4) | s.score) FROM symptom_score s
JOIN daily_entry d ON d.id = s.entry_id WHERE d.child_id = ?
"""


def entry_days(db: sqlite3.Connection, child_id: int) -> list[tuple[int, int, int]]:
    """(entry id, days since 1970-01-01, school missed 0/1) of every entry of the child."""
    return db.execute(ENTRY_DAYS_QUERY, (child_id,)).fetchall()


def packed_scores(db: sqlite3.Connection, child_id: int) -> str:
    """Every score of the child packed as described above, comma-separated ('' if none)."""
    return db.execute(PACKED_SCORES_QUERY, (child_id,)).fetchone()[0] or ""


# --------------------------------------------------------------------------- episodes

EPISODE_COLUMNS = """
id, child_id, started_at, ended_at, kind, severity, rescue_antihistamine, rescue_steroid,
rescue_epinephrine, rescue_emergency_visit, rescue_notes, notes
"""
EPISODE_TRIGGERS_QUERY = """
SELECT et.episode_id, t.label FROM episode_trigger et
JOIN trigger t ON t.id = et.trigger_id JOIN episode e ON e.id = et.episode_id
WHERE {where} ORDER BY t.label
"""
EPISODE_SYMPTOMS_QUERY = f"""
SELECT es.episode_id, {", ".join("s." + c for c in SYMPTOM_COLUMNS.split(", "))}
FROM episode_symptom es
JOIN symptom_definition s ON s.id = es.symptom_id JOIN episode e ON e.id = es.episode_id
WHERE {{where}} ORDER BY s.position, s.id
"""
EPISODES_QUERY = f"SELECT {EPISODE_COLUMNS} FROM episode e WHERE {{where}} ORDER BY started_at, id"
IN_PERIOD = "e.child_id = ? AND e.started_at >= ? AND e.started_at < ?"
_ALL_TIME = ("0000-01-01", "9999-12-31")  # text: a bare "9999" would compare as a number


def episodes(
    db: sqlite3.Connection,
    child_id: int,
    first: dt.date | None = None,
    last: dt.date | None = None,
) -> list[EpisodeRecord]:
    """The child's episodes, oldest first; with a period, those whose local day lies in it."""
    if first is None or last is None:
        return _episodes(db, IN_PERIOD, (child_id, *_ALL_TIME))
    found = _episodes(db, IN_PERIOD, (child_id, *decode.moment_bounds(first, last)))
    return [e for e in found if first <= e.day <= last]


def episode(db: sqlite3.Connection, episode_id: int) -> EpisodeRecord:
    found = _episodes(db, "e.id = ?", (episode_id,))
    if not found:
        raise NotFoundError(f"There is no episode with id {episode_id}")
    return found[0]


def _episodes(db: sqlite3.Connection, where: str, params: tuple) -> list[EpisodeRecord]:
    labels: dict[int, list[str]] = defaultdict(list)
    for episode_id, label in db.execute(EPISODE_TRIGGERS_QUERY.format(where=where), params):
        labels[episode_id].append(label)
    linked: dict[int, list[SymptomRecord]] = defaultdict(list)
    for episode_id, *symptom in db.execute(EPISODE_SYMPTOMS_QUERY.format(where=where), params):
        linked[episode_id].append(_symptom(tuple(symptom)))
    return [
        EpisodeRecord(
            eid,
            cid,
            decode.moment(started),
            decode.optional_moment(ended),
            decode.member(EpisodeKind, kind),
            decode.member(Severity, severity),
            bool(ah),
            bool(st),
            bool(epi),
            bool(er),
            rescue or "",
            notes or "",
            tuple(labels.get(eid, ())),
            tuple(linked.get(eid, ())),
        )
        for eid, cid, started, ended, kind, severity, ah, st, epi, er, rescue, notes in db.execute(
            EPISODES_QUERY.format(where=where), params
        )
    ]


# --------------------------------------------------------------------------- plans, injections

PLAN_COLUMNS = "id, child_id, drug, dose_mg, interval_days, start_date, end_date"


def _plan(row: tuple) -> PlanRecord:
    pid, cid, drug, dose, interval, start, end = row
    return PlanRecord(
        pid, cid, drug, float(dose), int(interval), decode.day(start), decode.optional_day(end)
    )


def plans(db: sqlite3.Connection, child_id: int) -> list[PlanRecord]:
    """The child's treatment plans, oldest first."""
    query = f"SELECT {PLAN_COLUMNS} FROM treatment_plan WHERE child_id = ? ORDER BY start_date, id"
    return [_plan(row) for row in db.execute(query, (child_id,))]


def latest_plan(db: sqlite3.Connection, child_id: int) -> PlanRecord | None:
    """The plan that started last (it may have ended)."""
    query = (
        f"SELECT {PLAN_COLUMNS} FROM treatment_plan WHERE child_id = ? "
        "ORDER BY start_date DESC, id DESC LIMIT 1"
    )
    row = db.execute(query, (child_id,)).fetchone()
    return None if row is None else _plan(row)


INJECTION_COLUMNS = (
    "id, child_id, plan_id, given_at, dose_mg, site, lot, expiry, place, given_by, "
    "local_reaction, notes"
)


def _injection(row: tuple) -> InjectionRecord:
    iid, cid, plan_id, given, dose, site, lot, expiry, place, given_by, reaction, notes = row
    return InjectionRecord(
        iid,
        cid,
        plan_id,
        decode.moment(given),
        float(dose),
        decode.optional_member(InjectionSite, site),
        lot or "",
        decode.optional_day(expiry),
        decode.member(Place, place),
        given_by or "",
        decode.member(LocalReaction, reaction),
        notes or "",
    )


def injections(db: sqlite3.Connection, child_id: int) -> list[InjectionRecord]:
    """Every dose of the child, oldest first (a few hundred at most)."""
    query = f"SELECT {INJECTION_COLUMNS} FROM injection WHERE child_id = ? ORDER BY given_at, id"
    return [_injection(row) for row in db.execute(query, (child_id,))]


def injection(db: sqlite3.Connection, injection_id: int) -> InjectionRecord:
    query = f"SELECT {INJECTION_COLUMNS} FROM injection WHERE id = ?"
    row = db.execute(query, (injection_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"There is no injection with id {injection_id}")
    return _injection(row)


def last_injection(db: sqlite3.Connection, child_id: int) -> InjectionRecord | None:
    query = (
        f"SELECT {INJECTION_COLUMNS} FROM injection WHERE child_id = ? "
        "ORDER BY given_at DESC LIMIT 1"
    )
    row = db.execute(query, (child_id,)).fetchone()
    return None if row is None else _injection(row)


def injection_days(
    db: sqlite3.Connection, child_id: int, first: dt.date, last: dt.date
) -> set[dt.date]:
    """The local days of ``first``..``last`` with a dose."""
    query = "SELECT given_at FROM injection WHERE child_id = ? AND given_at >= ? AND given_at < ?"
    found = (
        decode.local_day(given)
        for (given,) in db.execute(query, (child_id, *decode.moment_bounds(first, last)))
    )
    return {day for day in found if first <= day <= last}


# --------------------------------------------------------------- medications, labs, visits

MEDICATION_COLUMNS = (
    "id, child_id, name, drug_class, dose, unit, frequency, start_date, end_date, reason"
)


def medications(db: sqlite3.Connection, child_id: int) -> list[MedicationRecord]:
    """Every medication row, by start day (a dose change is a new row)."""
    query = (
        f"SELECT {MEDICATION_COLUMNS} FROM medication WHERE child_id = ? ORDER BY start_date, id"
    )
    return [
        MedicationRecord(
            mid,
            cid,
            name,
            decode.member(DrugClass, drug_class),
            float(dose),
            unit,
            frequency or "",
            decode.day(start),
            decode.optional_day(end),
            reason or "",
        )
        for mid, cid, name, drug_class, dose, unit, frequency, start, end, reason in db.execute(
            query, (child_id,)
        )
    ]


LAB_COLUMNS = "id, child_id, taken_on, analyte, custom_name, unit, value, ref_low, ref_high, notes"


def lab_results(db: sqlite3.Connection, child_id: int) -> list[LabRecord]:
    """Every lab value, oldest first."""
    query = f"SELECT {LAB_COLUMNS} FROM lab_result WHERE child_id = ? ORDER BY taken_on, id"
    return [
        LabRecord(
            lid,
            cid,
            decode.day(taken),
            decode.member(Analyte, analyte),
            custom or "",
            unit or "",
            float(value),
            low,
            high,
            notes or "",
        )
        for lid, cid, taken, analyte, custom, unit, value, low, high, notes in db.execute(
            query, (child_id,)
        )
    ]


VISIT_COLUMNS = "id, child_id, date, clinician, questions, outcome"


def _visit(row: tuple) -> VisitRecord:
    vid, cid, day, clinician, questions, outcome = row
    return VisitRecord(vid, cid, decode.day(day), clinician or "", questions or "", outcome or "")


def visits(db: sqlite3.Connection, child_id: int) -> list[VisitRecord]:
    """Every clinic visit, oldest first."""
    query = f"SELECT {VISIT_COLUMNS} FROM clinic_visit WHERE child_id = ? ORDER BY date, id"
    return [_visit(row) for row in db.execute(query, (child_id,))]


def last_visit_before(db: sqlite3.Connection, child_id: int, day: dt.date) -> VisitRecord | None:
    query = (
        f"SELECT {VISIT_COLUMNS} FROM clinic_visit WHERE child_id = ? AND date < ? "
        "ORDER BY date DESC, id DESC LIMIT 1"
    )
    row = db.execute(query, (child_id, day.isoformat())).fetchone()
    return None if row is None else _visit(row)


def next_visit(db: sqlite3.Connection, child_id: int, today: dt.date) -> VisitRecord | None:
    """The coming visit: the earliest dated ``today`` or later."""
    query = (
        f"SELECT {VISIT_COLUMNS} FROM clinic_visit WHERE child_id = ? AND date >= ? "
        "ORDER BY date, id LIMIT 1"
    )
    row = db.execute(query, (child_id, today.isoformat())).fetchone()
    return None if row is None else _visit(row)
