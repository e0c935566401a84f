"""The report's rows that the measures do not carry: child, plans, doses, episodes, visits, notes.

Plain SQL over :meth:`Diary.read_connection`, like :mod:`masto_diary.services.series`, and
for the same reason: importing SQLAlchemy and SQLModel alone costs 0.6-1 s, more than half
of the headless report's budget (90 days in under 1.5 s, the whole process).  Everything here
only reads; the rows are frozen dataclasses, so the content can cross a thread boundary.

Moments are stored as naive UTC text; they are turned into the family's local time here, and
a record belongs to the local calendar day of its moment (as everywhere in the app).
"""

import datetime as dt
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from masto_diary.errors import NotFoundError
from masto_diary.storage import Diary

CHILD_QUERY = "SELECT id, name, birth_date, sex, diagnosis, clinic FROM child WHERE id = ?"
CHILDREN_QUERY = "SELECT id, name FROM child ORDER BY name"
PLANS_QUERY = """
SELECT drug, dose_mg, interval_days, start_date, end_date FROM treatment_plan
WHERE child_id = ? ORDER BY start_date, id
"""
INJECTIONS_QUERY = """
SELECT given_at, dose_mg, site, lot, place, local_reaction, notes FROM injection
WHERE child_id = ? ORDER BY given_at
"""
EPISODES_QUERY = """
SELECT e.id, e.started_at, e.ended_at, e.kind, e.severity, e.rescue_antihistamine,
       e.rescue_steroid, e.rescue_epinephrine, e.rescue_emergency_visit, e.rescue_notes, e.notes
FROM episode e WHERE e.child_id = ? AND e.started_at >= ? AND e.started_at < ?
ORDER BY e.started_at
"""
EPISODE_TRIGGERS_QUERY = """
SELECT et.episode_id, t.label FROM episode_trigger et
JOIN trigger t ON t.id = et.trigger_id JOIN episode e ON e.id = et.episode_id
WHERE e.child_id = ? AND e.started_at >= ? AND e.started_at < ? ORDER BY t.label
"""
VISITS_QUERY = """
SELECT date, clinician, questions, outcome FROM clinic_visit
WHERE child_id = ? ORDER BY date, id
"""
NOTES_QUERY = """
SELECT date, notes FROM daily_entry
WHERE child_id = ? AND date BETWEEN ? AND ? AND notes != '' ORDER BY date
"""
LAST_VISIT_QUERY = """
SELECT date FROM clinic_visit WHERE child_id = ? AND date < ? ORDER BY date DESC LIMIT 1
"""


@dataclass(frozen=True)
class ChildRecord:
    """The child as the report's header shows it (enum fields keep their stored values)."""

    id: int
    name: str
    birth_date: dt.date
    sex: str | None
    diagnosis: str
    clinic: str


@dataclass(frozen=True)
class PlanRecord:
    """One treatment plan; ``end`` is ``None`` while it runs."""

    drug: str
    dose_mg: float
    interval_days: int
    start: dt.date
    end: dt.date | None


@dataclass(frozen=True)
class InjectionRow:
    """One dose with everything the injection log prints (``given_at`` in local time)."""

    given_at: dt.datetime
    dose_mg: float
    site: str | None
    lot: str
    place: str
    reaction: str
    notes: str

    @property
    def day(self) -> dt.date:
        """The family's calendar day of the dose."""
        return self.given_at.date()


@dataclass(frozen=True)
class EpisodeRow:
    """One episode as the log prints it (moments in local time)."""

    started_at: dt.datetime
    ended_at: dt.datetime | None
    kind: str
    severity: str
    triggers: tuple[str, ...]
    antihistamine: bool
    steroid: bool
    epinephrine: bool
    emergency_visit: bool
    rescue_notes: str
    notes: str

    @property
    def day(self) -> dt.date:
        """The family's calendar day the episode started."""
        return self.started_at.date()


@dataclass(frozen=True)
class VisitRow:
    """One clinic visit with the parent's questions and the outcome."""

    day: dt.date
    clinician: str
    questions: str
    outcome: str


@dataclass(frozen=True)
class NoteRow:
    """The free-text note of one daily entry."""

    day: dt.date
    text: str


def find_child_id(diary: Diary, name: str) -> int:
    """Id of the child called ``name`` (case and outer spaces ignored), for the command line."""
    wanted = name.strip().casefold()
    with _reading(diary) as connection:
        rows = connection.execute(CHILDREN_QUERY).fetchall()
    for child_id, child_name in rows:
        if child_name.casefold() == wanted:
            return int(child_id)
    names = ", ".join(child_name for _, child_name in rows) or "none yet"
    raise NotFoundError(f"There is no child called '{name}' in this diary (children: {names}).")


def read_child(diary: Diary, child_id: int) -> ChildRecord:
    """The child's header fields alone (the Report page shows the name)."""
    with _reading(diary) as connection:
        return _child(connection, child_id)


def last_visit_before(diary: Diary, child_id: int, day: dt.date) -> dt.date | None:
    """Day of the latest clinic visit before ``day``: the default report period starts there."""
    with _reading(diary) as connection:
        row = connection.execute(LAST_VISIT_QUERY, (child_id, day.isoformat())).fetchone()
    return None if row is None else dt.date.fromisoformat(row[0])


@contextmanager
def _reading(diary: Diary) -> Iterator[sqlite3.Connection]:
    """A read-only connection for one ``with`` block, closed afterwards."""
    connection = diary.read_connection()
    try:
        yield connection
    finally:
        connection.close()


@dataclass(frozen=True)
class ChildRecords:
    """Every row the report needs for one child and period, read in one go."""

    child: ChildRecord
    plans: tuple[PlanRecord, ...]
    injections: tuple[InjectionRow, ...]
    episodes: tuple[EpisodeRow, ...]
    visits: tuple[VisitRow, ...]
    notes: tuple[NoteRow, ...]


def read_records(diary: Diary, child_id: int, start: dt.date, end: dt.date) -> ChildRecords:
    """All injections, plans and visits of the child; episodes and notes of the period only.

    Injections are read whole because "days since the previous dose" of the period's first
    dose needs the dose before it; there are a few hundred at most.
    """
    with _reading(diary) as connection:
        return ChildRecords(
            child=_child(connection, child_id),
            plans=_plans(connection, child_id),
            injections=_injections(connection, child_id),
            episodes=_episodes(connection, child_id, start, end),
            visits=_visits(connection, child_id),
            notes=_notes(connection, child_id, start, end),
        )


# --------------------------------------------------------------------------- readers


def _child(connection: sqlite3.Connection, child_id: int) -> ChildRecord:
    row = connection.execute(CHILD_QUERY, (child_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"There is no child with id {child_id} in this diary")
    cid, name, birth, sex, diagnosis, clinic = row
    return ChildRecord(int(cid), name, dt.date.fromisoformat(birth), sex, diagnosis, clinic or "")


def _plans(connection: sqlite3.Connection, child_id: int) -> tuple[PlanRecord, ...]:
    return tuple(
        PlanRecord(drug, float(dose), int(interval), _date(start), _date(end))
        for drug, dose, interval, start, end in connection.execute(PLANS_QUERY, (child_id,))
    )


def _injections(connection: sqlite3.Connection, child_id: int) -> tuple[InjectionRow, ...]:
    return tuple(
        InjectionRow(local_moment(given), float(dose), site, lot or "", place, reaction, notes)
        for given, dose, site, lot, place, reaction, notes in connection.execute(
            INJECTIONS_QUERY, (child_id,)
        )
    )


def _utc_bounds(start: dt.date, end: dt.date) -> tuple[str, str]:
    """UTC text bounds wide enough for every local day of the period (a day either side)."""
    low = dt.datetime.combine(start - dt.timedelta(days=1), dt.time())
    high = dt.datetime.combine(end + dt.timedelta(days=2), dt.time())
    return low.isoformat(sep=" "), high.isoformat(sep=" ")


def _episodes(
    connection: sqlite3.Connection, child_id: int, start: dt.date, end: dt.date
) -> tuple[EpisodeRow, ...]:
    """Episodes whose local start day lies in the period, oldest first, with their triggers."""
    low, high = _utc_bounds(start, end)
    triggers: dict[int, list[str]] = {}
    for episode_id, label in connection.execute(EPISODE_TRIGGERS_QUERY, (child_id, low, high)):
        triggers.setdefault(episode_id, []).append(label)
    rows = []
    for eid, started, ended, kind, severity, ah, st, epi, er, rescue, notes in connection.execute(
        EPISODES_QUERY, (child_id, low, high)
    ):
        started_at = local_moment(started)
        if not start <= started_at.date() <= end:
            continue
        rows.append(
            EpisodeRow(
                started_at=started_at,
                ended_at=local_moment(ended) if ended else None,
                kind=kind,
                severity=severity,
                triggers=tuple(triggers.get(eid, ())),
                antihistamine=bool(ah),
                steroid=bool(st),
                epinephrine=bool(epi),
                emergency_visit=bool(er),
                rescue_notes=rescue or "",
                notes=notes or "",
            )
        )
    return tuple(rows)


def _visits(connection: sqlite3.Connection, child_id: int) -> tuple[VisitRow, ...]:
    return tuple(
        VisitRow(dt.date.fromisoformat(day), clinician or "", questions or "", outcome or "")
        for day, clinician, questions, outcome in connection.execute(VISITS_QUERY, (child_id,))
    )


def _notes(
    connection: sqlite3.Connection, child_id: int, start: dt.date, end: dt.date
) -> tuple[NoteRow, ...]:
    rows = connection.execute(NOTES_QUERY, (child_id, start.isoformat(), end.isoformat()))
    return tuple(NoteRow(dt.date.fromisoformat(day), text.strip()) for day, text in rows)


# --------------------------------------------------------------------------- conversions


def local_moment(stored: str) -> dt.datetime:
    """A stored naive-UTC moment as an aware local datetime."""
    return dt.datetime.fromisoformat(stored).replace(tzinfo=dt.UTC).astimezone()


def _date(text: str | None) -> dt.date | None:
    return None if text is None else dt.date.fromisoformat(text)
