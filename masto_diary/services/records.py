"""The rows the report prints besides the measures: child, plans, doses, episodes, visits, notes.

Read through :mod:`masto_diary.storage.read_model` (no ORM): the headless report must stay
within its budget (90 days in under 1.5 s, the whole process), and importing SQLAlchemy alone
costs 0.6-1 s.  The records are frozen, so the report can gather them in a worker thread.
"""

import datetime as dt
from dataclasses import dataclass

from masto_diary.errors import NotFoundError
from masto_diary.storage import Diary, read_model
from masto_diary.storage.read_model import (
    ChildRecord,
    EntryNote,
    EpisodeRecord,
    InjectionRecord,
    PlanRecord,
    VisitRecord,
    WeightRecord,
)


@dataclass(frozen=True)
class ChildRecords:
    """Every row the report needs for one child and period, read in one go."""

    child: ChildRecord
    plans: tuple[PlanRecord, ...]
    injections: tuple[InjectionRecord, ...]
    episodes: tuple[EpisodeRecord, ...]
    visits: tuple[VisitRecord, ...]
    notes: tuple[EntryNote, ...]
    weights: tuple[WeightRecord, ...] = ()


def read_records(diary: Diary, child_id: int, start: dt.date, end: dt.date) -> ChildRecords:
    """All injections, plans and visits of the child; episodes and notes of the period only.

    Injections are read whole because "days since the previous dose" of the period's first
    dose needs the dose before it; there are a few hundred at most.  An episode belongs to the
    period when its *local* start day does (see :func:`read_model.decode.moment_bounds`).
    """
    with read_model.reading(diary) as db:
        return ChildRecords(
            child=read_model.child(db, child_id),
            plans=tuple(read_model.plans(db, child_id)),
            injections=tuple(read_model.injections(db, child_id)),
            episodes=tuple(read_model.episodes(db, child_id, start, end)),
            visits=tuple(read_model.visits(db, child_id)),
            notes=tuple(read_model.entry_notes(db, child_id, start, end)),
            weights=tuple(read_model.weights(db, child_id)),
        )


def read_child(diary: Diary, child_id: int) -> ChildRecord:
    """The child alone (the Report page shows the name)."""
    with read_model.reading(diary) as db:
        return read_model.child(db, child_id)


def find_child_id(diary: Diary, name: str) -> int:
    """Id of the child called ``name`` (case and outer spaces ignored), for the command line."""
    wanted = name.strip().casefold()
    with read_model.reading(diary) as db:
        known = read_model.children(db, include_archived=True)
    for child in known:
        if child.name.casefold() == wanted:
            return child.id
    names = ", ".join(sorted((c.name for c in known), key=str)) or "none yet"
    raise NotFoundError(f"There is no child called '{name}' in this diary (children: {names}).")


def last_visit_before(diary: Diary, child_id: int, day: dt.date) -> dt.date | None:
    """Day of the latest clinic visit before ``day``: the default report period starts there."""
    with read_model.reading(diary) as db:
        visit = read_model.last_visit_before(db, child_id, day)
    return None if visit is None else visit.date
