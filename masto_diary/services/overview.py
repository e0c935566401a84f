"""The diary overview: one line per child, the window's first page.

Read with one plain SQL query over :meth:`Diary.read_connection` rather than the ORM: the
overview is what start-up waits for, and importing SQLAlchemy would double the time to the
first window.  Only reads happen here; every write goes through the ORM services.
"""

import datetime as dt
from dataclasses import dataclass

from masto_diary.enums import Diagnosis
from masto_diary.services.schedule import InjectionStatus, PlanDates, compute_status
from masto_diary.storage import Diary

SUMMARY_QUERY = """
SELECT c.id, c.name, c.birth_date, c.diagnosis, c.archived,
       (SELECT max(d.date) FROM daily_entry d WHERE d.child_id = c.id) AS last_entry,
       i.given_at, i.site, p.start_date, p.end_date, p.interval_days
FROM child c
LEFT JOIN injection i ON i.id = (
    SELECT id FROM injection WHERE child_id = c.id ORDER BY given_at DESC LIMIT 1)
LEFT JOIN treatment_plan p ON p.id = (
    SELECT id FROM treatment_plan WHERE child_id = c.id ORDER BY start_date DESC LIMIT 1)
WHERE c.archived = 0 OR :include_archived
ORDER BY c.archived, c.name COLLATE NOCASE
"""


@dataclass(frozen=True)
class ChildSummary:
    child_id: int
    name: str
    age_years: int
    diagnosis: Diagnosis
    archived: bool
    last_entry: dt.date | None
    injection: InjectionStatus


def child_summaries(
    diary: Diary, today: dt.date | None = None, include_archived: bool = False
) -> list[ChildSummary]:
    today = today or dt.date.today()
    connection = diary.read_connection()
    try:
        rows = connection.execute(SUMMARY_QUERY, {"include_archived": include_archived}).fetchall()
    finally:
        connection.close()
    return [_summary(row, today) for row in rows]


def _summary(row: tuple, today: dt.date) -> ChildSummary:
    child_id, name, birth, diagnosis, archived, last_entry, given_at, site = row[:8]
    plan_start, plan_end, interval = row[8:]
    plan = None
    if plan_start is not None:
        plan = PlanDates(_date(plan_start), _date(plan_end), int(interval))
    last_given = None
    if given_at is not None:
        last_given = dt.datetime.fromisoformat(given_at).replace(tzinfo=dt.UTC)
    return ChildSummary(
        child_id=child_id,
        name=name,
        age_years=age_in_years(_date(birth), today),
        diagnosis=Diagnosis(diagnosis),
        archived=bool(archived),
        last_entry=_date(last_entry),
        injection=compute_status(last_given, site, plan, today),
    )


def _date(text: str | None) -> dt.date | None:
    return None if text is None else dt.date.fromisoformat(text)


def age_in_years(birth_date: dt.date, on: dt.date | None = None) -> int:
    on = on or dt.date.today()
    return on.year - birth_date.year - ((on.month, on.day) < (birth_date.month, birth_date.day))
