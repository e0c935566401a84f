"""The diary overview: one line per child, the window's first page.

Read through :mod:`masto_diary.storage.read_model` rather than the ORM: the overview is what
start-up waits for, and importing SQLAlchemy would double the time to the first window.
"""

import datetime as dt
from dataclasses import dataclass

from masto_diary.enums import Condition, Diagnosis
from masto_diary.services.schedule import InjectionStatus, compute_status
from masto_diary.storage import Diary, read_model


@dataclass(frozen=True)
class ChildSummary:
    child_id: int
    name: str
    age_years: int
    diagnosis: Diagnosis
    archived: bool
    last_entry: dt.date | None
    injection: InjectionStatus
    condition: Condition = Condition.MASTOCYTOSIS


def child_summaries(
    diary: Diary, today: dt.date | None = None, include_archived: bool = False
) -> list[ChildSummary]:
    """Archived children last, A-Z within each group."""
    today = today or dt.date.today()
    with read_model.reading(diary) as db:
        return [_summary(db, child, today) for child in read_model.children(db, include_archived)]


def _summary(db, child: read_model.ChildRecord, today: dt.date) -> ChildSummary:
    return ChildSummary(
        child_id=child.id,
        name=child.name,
        age_years=age_in_years(child.birth_date, today),
        diagnosis=child.diagnosis,
        archived=child.archived,
        last_entry=read_model.last_entry_day(db, child.id),
        injection=injection_status_in(db, child.id, today),
        condition=child.condition,
    )


def injection_status_in(db, child_id: int, today: dt.date) -> InjectionStatus:
    """The banner's status from the last dose and the latest plan, on an open read connection."""
    last = read_model.last_injection(db, child_id)
    given_at, site = (None, None) if last is None else (last.given_at, last.site)
    return compute_status(given_at, site, read_model.latest_plan(db, child_id), today)


def age_in_years(birth_date: dt.date, on: dt.date | None = None) -> int:
    on = on or dt.date.today()
    return on.year - birth_date.year - ((on.month, on.day) < (birth_date.month, birth_date.day))
