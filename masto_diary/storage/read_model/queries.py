"""Every read query of the app (SQL text) and the records it returns.

Plain :mod:`sqlite3` over :meth:`Diary.read_connection`: importing SQLAlchemy costs more
than half a second, which neither the first window nor the headless report may wait for.
Each function takes an open read connection, so a caller reading several tables (the charts,
the report) reads them in one go.  The SELECT lists come from the record classes and every
stored value is decoded by :func:`.decode.record`, so a column is named in one place.
"""

import datetime as dt
import sqlite3
from collections import defaultdict
from dataclasses import replace

from masto_diary.errors import NotFoundError
from masto_diary.storage.read_model import decode
from masto_diary.storage.read_model.decode import R, columns, record
from masto_diary.storage.read_model.records import (
    ChildRecord,
    DayScore,
    DiaryContents,
    EntryNote,
    EntryRecord,
    EpisodeRecord,
    HeightRecord,
    InjectionRecord,
    LabRecord,
    MedicationRecord,
    PlanRecord,
    QuestionnaireAnswerRecord,
    QuestionnaireRecord,
    SymptomRecord,
    TriggerRecord,
    VisitRecord,
    WeightRecord,
)

# --------------------------------------------------------------------------- children


def child(db: sqlite3.Connection, child_id: int) -> ChildRecord:
    missing = f"There is no child with id {child_id} in this diary"
    return _only(db, ChildRecord, "FROM child WHERE id = ?", (child_id,), missing)


def children(db: sqlite3.Connection, include_archived: bool = False) -> list[ChildRecord]:
    """Archived children last; A-Z ignoring case within each group."""
    query = "FROM child WHERE archived = 0 OR ? ORDER BY archived, name COLLATE NOCASE"
    return _select(db, ChildRecord, query, (include_archived,))


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
    count = "SELECT count(*) FROM {} WHERE child_id = ?"
    return {
        name: db.execute(count.format(table), (child_id,)).fetchone()[0]
        for name, table in RECORD_TABLES
    }


def contents(db: sqlite3.Connection) -> DiaryContents:
    """How many children and recorded days a diary file holds (any file, backups too)."""
    query = "SELECT (SELECT count(*) FROM child), count(*), max(date) FROM daily_entry"
    return record(DiaryContents, db.execute(query).fetchone())


# --------------------------------------------------------------------------- symptoms, triggers


def symptoms(db: sqlite3.Connection, child_id: int, active_only: bool) -> list[SymptomRecord]:
    """The child's symptoms in list order; hidden ones too unless ``active_only``."""
    query = (
        "FROM symptom_definition WHERE child_id = ? AND (active = 1 OR NOT ?) ORDER BY position, id"
    )
    return _select(db, SymptomRecord, query, (child_id, active_only))


def triggers(db: sqlite3.Connection, child_id: int) -> list[TriggerRecord]:
    """The child's triggers in the order they were added."""
    return _select(db, TriggerRecord, "FROM trigger WHERE child_id = ? ORDER BY id", (child_id,))


def trigger_usage(db: sqlite3.Connection, child_id: int) -> dict[int, int]:
    """How many episodes name each of the child's triggers (unused triggers are absent)."""
    query = (
        "SELECT et.trigger_id, count(*) FROM episode_trigger et "
        "JOIN trigger t ON t.id = et.trigger_id WHERE t.child_id = ? GROUP BY et.trigger_id"
    )
    return dict(db.execute(query, (child_id,)).fetchall())


def weights(db: sqlite3.Connection, child_id: int) -> list[WeightRecord]:
    query = "FROM weight_record WHERE child_id = ? ORDER BY date"
    return _select(db, WeightRecord, query, (child_id,))


def heights(db: sqlite3.Connection, child_id: int) -> list[HeightRecord]:
    query = "FROM height_record WHERE child_id = ? ORDER BY date"
    return _select(db, HeightRecord, query, (child_id,))


# --------------------------------------------------------------------------- daily entries

ENTRY_SCORES_QUERY = """
SELECT s.key, sc.score FROM symptom_score sc
JOIN symptom_definition s ON s.id = sc.symptom_id
WHERE sc.entry_id = ?
"""


def entry(db: sqlite3.Connection, child_id: int, day: dt.date) -> EntryRecord | None:
    """The day's entry with every score (hidden symptoms too)."""
    query = "FROM daily_entry WHERE child_id = ? AND date = ?"
    return _with_scores(db, _first(db, EntryRecord, query, (child_id, day.isoformat())))


def entry_before(db: sqlite3.Connection, child_id: int, day: dt.date) -> EntryRecord | None:
    """The nearest entry before ``day``."""
    query = "FROM daily_entry WHERE child_id = ? AND date < ? ORDER BY date DESC LIMIT 1"
    return _with_scores(db, _first(db, EntryRecord, query, (child_id, day.isoformat())))


def _with_scores(db: sqlite3.Connection, entry: EntryRecord | None) -> EntryRecord | None:
    if entry is None:
        return None
    return replace(entry, scores=dict(db.execute(ENTRY_SCORES_QUERY, (entry.id,)).fetchall()))


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
    return [record(DayScore, row) for row in rows]


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

EPISODE_TRIGGERS_QUERY = """
SELECT et.episode_id, t.label FROM episode_trigger et
JOIN trigger t ON t.id = et.trigger_id JOIN episode e ON e.id = et.episode_id
WHERE {where} ORDER BY t.label
"""
EPISODE_SYMPTOMS_QUERY = """
SELECT es.episode_id, es.symptom_id FROM episode_symptom es
JOIN episode e ON e.id = es.episode_id JOIN symptom_definition s ON s.id = es.symptom_id
WHERE {where} ORDER BY s.position, s.id
"""
EPISODES_QUERY = "SELECT {episode} FROM episode e WHERE {where} ORDER BY started_at, id"
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
    """Episodes with their trigger labels (A-Z) and linked symptoms (in list order).

    A 10-year diary links some 4,600 symptoms to its episodes, but a child has only a dozen or
    so symptoms: each is decoded once and shared by the episodes that name it.
    """
    labels: dict[int, list[str]] = defaultdict(list)
    for episode_id, label in db.execute(EPISODE_TRIGGERS_QUERY.format(where=where), params):
        labels[episode_id].append(label)
    links = db.execute(EPISODE_SYMPTOMS_QUERY.format(where=where), params).fetchall()
    ids = sorted({symptom_id for _, symptom_id in links})
    known = _select(
        db,
        SymptomRecord,
        f"FROM symptom_definition WHERE id IN ({', '.join('?' * len(ids))})",
        tuple(ids),
    )
    by_id = {symptom.id: symptom for symptom in known}
    linked: dict[int, list[SymptomRecord]] = defaultdict(list)
    for episode_id, symptom_id in links:
        linked[episode_id].append(by_id[symptom_id])
    query = EPISODES_QUERY.format(episode=columns(EpisodeRecord), where=where)
    return [
        record(EpisodeRecord, row, triggers=tuple(labels[row[0]]), symptoms=tuple(linked[row[0]]))
        for row in db.execute(query, params)
    ]


# --------------------------------------------------------------------------- plans, injections


def plans(db: sqlite3.Connection, child_id: int) -> list[PlanRecord]:
    """The child's treatment plans, oldest first."""
    query = "FROM treatment_plan WHERE child_id = ? ORDER BY start_date, id"
    return _select(db, PlanRecord, query, (child_id,))


def latest_plan(db: sqlite3.Connection, child_id: int) -> PlanRecord | None:
    """The plan that started last (it may have ended)."""
    query = "FROM treatment_plan WHERE child_id = ? ORDER BY start_date DESC, id DESC LIMIT 1"
    return _first(db, PlanRecord, query, (child_id,))


def injections(db: sqlite3.Connection, child_id: int) -> list[InjectionRecord]:
    """Every dose of the child, oldest first (a few hundred at most)."""
    query = "FROM injection WHERE child_id = ? ORDER BY given_at, id"
    return _select(db, InjectionRecord, query, (child_id,))


def injection(db: sqlite3.Connection, injection_id: int) -> InjectionRecord:
    missing = f"There is no injection with id {injection_id}"
    return _only(db, InjectionRecord, "FROM injection WHERE id = ?", (injection_id,), missing)


def last_injection(db: sqlite3.Connection, child_id: int) -> InjectionRecord | None:
    query = "FROM injection WHERE child_id = ? ORDER BY given_at DESC LIMIT 1"
    return _first(db, InjectionRecord, query, (child_id,))


def injection_days(
    db: sqlite3.Connection, child_id: int, first: dt.date, last: dt.date
) -> set[dt.date]:
    """The local days of ``first``..``last`` with a dose."""
    query = "SELECT given_at FROM injection WHERE child_id = ? AND given_at >= ? AND given_at < ?"
    rows = db.execute(query, (child_id, *decode.moment_bounds(first, last)))
    return {
        day for day in (decode.moment(given).date() for (given,) in rows) if first <= day <= last
    }


# --------------------------------------------------------------- medications, labs, visits


def medications(db: sqlite3.Connection, child_id: int) -> list[MedicationRecord]:
    """Every medication row, by start day (a dose change is a new row)."""
    query = "FROM medication WHERE child_id = ? ORDER BY start_date, id"
    return _select(db, MedicationRecord, query, (child_id,))


def lab_results(db: sqlite3.Connection, child_id: int) -> list[LabRecord]:
    """Every lab value, oldest first."""
    query = "FROM lab_result WHERE child_id = ? ORDER BY taken_on, id"
    return _select(db, LabRecord, query, (child_id,))


def visits(db: sqlite3.Connection, child_id: int) -> list[VisitRecord]:
    """Every clinic visit, oldest first."""
    query = "FROM clinic_visit WHERE child_id = ? ORDER BY date, id"
    return _select(db, VisitRecord, query, (child_id,))


def last_visit_before(db: sqlite3.Connection, child_id: int, day: dt.date) -> VisitRecord | None:
    query = "FROM clinic_visit WHERE child_id = ? AND date < ? ORDER BY date DESC, id DESC LIMIT 1"
    return _first(db, VisitRecord, query, (child_id, day.isoformat()))


def next_visit(db: sqlite3.Connection, child_id: int, today: dt.date) -> VisitRecord | None:
    """The coming visit: the earliest dated ``today`` or later."""
    query = "FROM clinic_visit WHERE child_id = ? AND date >= ? ORDER BY date, id LIMIT 1"
    return _first(db, VisitRecord, query, (child_id, today.isoformat()))


# --------------------------------------------------------------------------- questionnaires


def questionnaires(db: sqlite3.Connection, child_id: int) -> list[QuestionnaireRecord]:
    """The child's loaded clinic questionnaires, in the order they were first loaded."""
    query = "FROM clinic_questionnaire WHERE child_id = ? ORDER BY id"
    return _select(db, QuestionnaireRecord, query, (child_id,))


def questionnaire_answers(
    db: sqlite3.Connection, questionnaire_id: int
) -> list[QuestionnaireAnswerRecord]:
    """The answers given to one questionnaire, oldest first."""
    query = "FROM questionnaire_answer WHERE questionnaire_id = ? ORDER BY date"
    return _select(db, QuestionnaireAnswerRecord, query, (questionnaire_id,))


# --------------------------------------------------------------------------- the export

# A child's lists of records (named as in the exchange file): record, table, the export's order.
CHILD_LISTS: dict[str, tuple[type, str, tuple[str, ...]]] = {
    "weights": (WeightRecord, "weight_record", ("date",)),
    "heights": (HeightRecord, "height_record", ("date",)),
    "symptoms": (SymptomRecord, "symptom_definition", ("position",)),
    "triggers": (TriggerRecord, "trigger", ()),
    "daily_entries": (EntryRecord, "daily_entry", ("date",)),
    "episodes": (EpisodeRecord, "episode", ("started_at",)),
    "treatment_plans": (PlanRecord, "treatment_plan", ("start_date",)),
    "injections": (InjectionRecord, "injection", ("given_at",)),
    "medications": (MedicationRecord, "medication", ("start_date",)),
    "labs": (LabRecord, "lab_result", ("taken_on",)),
    "visits": (VisitRecord, "clinic_visit", ("date",)),
}


def children_by_name(db: sqlite3.Connection) -> list[ChildRecord]:
    """Every child, by name (case counts) then row id: the order of an exported file."""
    return _select(db, ChildRecord, "FROM child ORDER BY name, id", ())


def child_rows(
    db: sqlite3.Connection, cls: type[R], table: str, child_id: int, order: tuple[str, ...] = ()
) -> list[R]:
    """A child's rows of ``table`` in the export's order: ``order``, then the record's uid where
    it has one (a shared diary), then the row id.  Row ids differ between laptops, so two
    laptops that hold the same records export them in the same order."""
    uid = f"(SELECT uid FROM sync_identity WHERE table_name = '{table}' AND row_id = {table}.id)"
    keys = ", ".join((*order, uid, "id"))
    return _select(db, cls, f"FROM {table} WHERE child_id = ? ORDER BY {keys}", (child_id,))


def child_scores(db: sqlite3.Connection, child_id: int) -> list[tuple[int, int, int]]:
    """(entry id, symptom id, score) of every score of the child's evening entries."""
    query = (
        "SELECT s.entry_id, s.symptom_id, s.score FROM symptom_score s"
        " JOIN daily_entry e ON e.id = s.entry_id WHERE e.child_id = ?"
    )
    return db.execute(query, (child_id,)).fetchall()


def episode_links(db: sqlite3.Connection, child_id: int, linked: str) -> list[tuple[int, int]]:
    """(episode id, symptom or trigger id) of the child's episodes; ``linked`` is ``"symptom"``
    or ``"trigger"``."""
    query = (
        f"SELECT l.episode_id, l.{linked}_id FROM episode_{linked} l"
        " JOIN episode e ON e.id = l.episode_id WHERE e.child_id = ?"
    )
    return db.execute(query, (child_id,)).fetchall()


def uids(db: sqlite3.Connection) -> dict[tuple[str, int], str]:
    """(table, row id) -> the record's uid in a shared diary (folder sync, docs/sync.md)."""
    query = "SELECT table_name, row_id, uid FROM sync_identity"
    return {(table, row_id): uid for table, row_id, uid in db.execute(query)}


# --------------------------------------------------------------------------- helpers


def _select(db: sqlite3.Connection, cls: type[R], sql: str, params: tuple) -> list[R]:
    """Records of ``cls`` read by ``SELECT <the columns of cls> <sql>``."""
    return [record(cls, row) for row in db.execute(f"SELECT {columns(cls)} {sql}", params)]


def _first(db: sqlite3.Connection, cls: type[R], sql: str, params: tuple) -> R | None:
    """The first record of :func:`_select`, or ``None``."""
    row = db.execute(f"SELECT {columns(cls)} {sql}", params).fetchone()
    return None if row is None else record(cls, row)


def _only(db: sqlite3.Connection, cls: type[R], sql: str, params: tuple, missing: str) -> R:
    """The record a row id names; a row that is gone is :class:`NotFoundError` (``missing``)."""
    found = _first(db, cls, sql, params)
    if found is None:
        raise NotFoundError(missing)
    return found
