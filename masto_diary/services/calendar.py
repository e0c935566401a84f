"""A child's diary as calendar days: the month view of the History page, the Today banner.

Read through :mod:`masto_diary.storage.read_model`, like the overview: a month is read every
time the parent pages through the history, and the Today banner is part of start-up, so
neither may wait for the ORM.

The daily symptom score (DSS) is the one of :mod:`masto_diary.analysis.scores`: the sum of the
recorded scores of the *active* symptoms; a day without an entry, or whose entry scores no
active symptom, has no DSS (``None``), never 0.  Episodes and injections are stored as UTC
moments and belong to the *local* calendar day they happened on.
"""

import calendar as _calendar
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from masto_diary.enums import EpisodeKind
from masto_diary.services.overview import injection_status_in
from masto_diary.services.schedule import InjectionStatus
from masto_diary.storage import Diary, read_model


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


def month_summary(diary: Diary, child_id: int, year: int, month: int) -> MonthSummary:
    """Every day of ``year``-``month`` with its DSS, episode kinds and injection flag."""
    first = dt.date(year, month, 1)
    last = first.replace(day=_calendar.monthrange(year, month)[1])
    with read_model.reading(diary) as db:
        scores = {
            d.day: (d.dss, d.scored) for d in read_model.day_scores(db, child_id, first, last)
        }
        episodes: dict[dt.date, list[EpisodeKind]] = defaultdict(list)
        for episode in read_model.episodes(db, child_id, first, last):
            episodes[episode.day].append(episode.kind)
        injected = read_model.injection_days(db, child_id, first, last)
    days = [first + dt.timedelta(days=offset) for offset in range(last.day)]
    summaries = (
        DaySummary(day, day in scores, *scores.get(day, (None, 0)), tuple(episodes.get(day, ())),
                   day in injected)
        for day in days
    )  # fmt: skip
    return MonthSummary(year, month, tuple(summaries))


def injection_status(diary: Diary, child_id: int, today: dt.date | None = None) -> InjectionStatus:
    """:func:`masto_diary.services.injections.injection_status` without the ORM (Today banner)."""
    with read_model.reading(diary) as db:
        return injection_status_in(db, child_id, today or dt.date.today())
