"""A child's diary as calendar days: the month view of the History page, the Today banner.

Read with plain SQL over :meth:`Diary.read_connection`, like the overview: a month is read
every time the parent pages through the history, and the Today banner is part of start-up,
so neither may wait for the ORM.  Nothing here writes.

The daily symptom score (DSS) is the one of :mod:`masto_diary.analysis.scores`: the sum of the
recorded scores of the *active* symptoms; a day without an entry, or whose entry scores no
active symptom, has no DSS (``None``), never 0.  Episodes and injections are stored as UTC
moments and belong to the *local* calendar day they happened on.
"""

import calendar as _calendar
import datetime as dt
import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from masto_diary.enums import EpisodeKind
from masto_diary.services.schedule import InjectionStatus, PlanDates, compute_status
from masto_diary.storage import Diary

DSS_QUERY = """
SELECT d.date,
       SUM(CASE WHEN s.active = 1 THEN sc.score END),
       COUNT(CASE WHEN s.active = 1 THEN sc.id END)
FROM daily_entry d
LEFT JOIN symptom_score sc ON sc.entry_id = d.id
LEFT JOIN symptom_definition s ON s.id = sc.symptom_id
WHERE d.child_id = ? AND d.date BETWEEN ? AND ?
GROUP BY d.id
"""

EPISODES_QUERY = """
SELECT started_at, kind FROM episode
WHERE child_id = ? AND started_at >= ? AND started_at < ?
ORDER BY started_at
"""

INJECTIONS_QUERY = """
SELECT given_at FROM injection WHERE child_id = ? AND given_at >= ? AND given_at < ?
"""

STATUS_QUERY = """
SELECT (SELECT given_at FROM injection WHERE child_id = :child ORDER BY given_at DESC LIMIT 1),
       (SELECT site FROM injection WHERE child_id = :child ORDER BY given_at DESC LIMIT 1),
       p.start_date, p.end_date, p.interval_days
FROM (SELECT 1) LEFT JOIN treatment_plan p ON p.id = (
    SELECT id FROM treatment_plan WHERE child_id = :child ORDER BY start_date DESC LIMIT 1)
"""


@dataclass(frozen=True)
class DaySummary:
    """One calendar day of one child."""

    day: dt.date
    has_entry: bool
    dss: int | None  # None: no entry, or an entry that scores no active symptom
    scored: int  # how many active symptoms were scored
    episodes: tuple[EpisodeKind, ...] = ()  # in the order they started
    injection: bool = False

    @property
    def anaphylaxis(self) -> bool:
        return EpisodeKind.ANAPHYLAXIS in self.episodes


@dataclass(frozen=True)
class MonthSummary:
    year: int
    month: int
    days: tuple[DaySummary, ...]  # every day of the month, first to last

    def day(self, day: dt.date) -> DaySummary:
        return self.days[day.day - 1]

    @property
    def recorded_days(self) -> int:
        """Days with a DSS (an entry scoring at least one active symptom)."""
        return sum(1 for d in self.days if d.dss is not None)

    @property
    def mean_dss(self) -> float | None:
        values = [d.dss for d in self.days if d.dss is not None]
        return sum(values) / len(values) if values else None

    @property
    def episode_count(self) -> int:
        return sum(len(d.episodes) for d in self.days)

    @property
    def anaphylaxis_count(self) -> int:
        return sum(d.episodes.count(EpisodeKind.ANAPHYLAXIS) for d in self.days)

    @property
    def injection_days(self) -> int:
        return sum(1 for d in self.days if d.injection)


@contextmanager
def _reading(diary: Diary) -> Iterator[sqlite3.Connection]:
    connection = diary.read_connection()
    try:
        yield connection
    finally:
        connection.close()


def month_summary(diary: Diary, child_id: int, year: int, month: int) -> MonthSummary:
    """Every day of ``year``-``month`` with its DSS, episode kinds and injection flag."""
    first = dt.date(year, month, 1)
    last = first.replace(day=_calendar.monthrange(year, month)[1])
    with _reading(diary) as connection:
        scores = {
            dt.date.fromisoformat(day): (dss, scored)
            for day, dss, scored in connection.execute(
                DSS_QUERY, (child_id, first.isoformat(), last.isoformat())
            )
        }
        start, end = _utc_bounds(first, last)
        episodes: dict[dt.date, list[EpisodeKind]] = defaultdict(list)
        for started_at, kind in connection.execute(EPISODES_QUERY, (child_id, start, end)):
            episodes[_local_day(started_at)].append(EpisodeKind(kind))
        injected = {
            _local_day(given_at)
            for (given_at,) in connection.execute(INJECTIONS_QUERY, (child_id, start, end))
        }
    days = []
    for offset in range(last.day):
        day = first + dt.timedelta(days=offset)
        dss, scored = scores.get(day, (None, 0))
        days.append(
            DaySummary(
                day=day,
                has_entry=day in scores,
                dss=dss,
                scored=scored,
                episodes=tuple(episodes.get(day, ())),
                injection=day in injected,
            )
        )
    return MonthSummary(year, month, tuple(days))


def _utc_bounds(first: dt.date, last: dt.date) -> tuple[str, str]:
    """Stored-moment strings a day either side of the month: any time zone's days fit in."""
    start = dt.datetime.combine(first - dt.timedelta(days=1), dt.time())
    end = dt.datetime.combine(last + dt.timedelta(days=2), dt.time())
    return start.isoformat(sep=" "), end.isoformat(sep=" ")


def _local_day(stored: str) -> dt.date:
    """The local calendar day of a moment stored as naive UTC text."""
    return dt.datetime.fromisoformat(stored).replace(tzinfo=dt.UTC).astimezone().date()


def injection_status(diary: Diary, child_id: int, today: dt.date | None = None) -> InjectionStatus:
    """:func:`masto_diary.services.injections.injection_status` without the ORM (Today banner)."""
    today = today or dt.date.today()
    with _reading(diary) as connection:
        row = connection.execute(STATUS_QUERY, {"child": child_id}).fetchone()
    given_at, site, plan_start, plan_end, interval = row
    plan = None
    if plan_start is not None:
        end = dt.date.fromisoformat(plan_end) if plan_end else None
        plan = PlanDates(dt.date.fromisoformat(plan_start), end, int(interval))
    last = None
    if given_at is not None:
        last = dt.datetime.fromisoformat(given_at).replace(tzinfo=dt.UTC)
    return compute_status(last, site, plan, today)
