"""The injection schedule as pure date arithmetic: next due date, overdue, site rotation.

No database and no SQLAlchemy here, so the overview can show "next due" at start-up cheaply.
"""

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from masto_diary.enums import InjectionSite

ON_TIME_TOLERANCE_DAYS = 3
P = TypeVar("P", bound="PlanDates")
SITE_ROTATION: tuple[InjectionSite, ...] = tuple(InjectionSite)


@dataclass(frozen=True)
class InjectionStatus:
    """What the banner says: when the last dose was and when the next one is due."""

    last_given_on: dt.date | None
    days_since_last: int | None
    next_due: dt.date | None
    overdue_days: int  # 0 when not overdue
    last_site: InjectionSite | None

    @property
    def overdue(self) -> bool:
        return self.overdue_days > 0


class PlanDates(Protocol):
    """What the schedule needs of a treatment plan (a plan record or an ORM row)."""

    @property
    def start_date(self) -> dt.date: ...
    @property
    def end_date(self) -> dt.date | None: ...
    @property
    def interval_days(self) -> int: ...


def plan_on(plans: Sequence[P], day: dt.date) -> P | None:
    """The plan in force on ``day``: the latest one started by then, else the first plan.

    Doses entered for the weeks before the plan's recorded start (families who start the diary
    mid-therapy) belong to the first plan rather than to none.
    """
    started = [p for p in plans if p.start_date <= day]
    if started:
        return max(started, key=lambda p: p.start_date)
    return min(plans, key=lambda p: p.start_date) if plans else None


def next_site(last_site: InjectionSite | str | None) -> InjectionSite:
    """The site after ``last_site`` in the rotation (left arm, right arm, thighs, abdomen)."""
    if last_site is None:
        return SITE_ROTATION[0]
    index = SITE_ROTATION.index(InjectionSite(last_site))
    return SITE_ROTATION[(index + 1) % len(SITE_ROTATION)]


def compute_status(
    last_given_at: dt.datetime | None,
    last_site: InjectionSite | str | None,
    plan: PlanDates | None,
    today: dt.date,
) -> InjectionStatus:
    """Next due = last dose (local day) + the plan's interval, or the plan's start if no dose yet.

    A plan that ended before today gives no due date: the family stopped the drug.
    """
    if plan is not None and plan.end_date is not None and plan.end_date < today:
        plan = None
    last_day = last_given_at.astimezone().date() if last_given_at is not None else None
    if plan is None:
        next_due = None
    elif last_day is None or last_day < plan.start_date:
        next_due = plan.start_date
    else:
        next_due = last_day + dt.timedelta(days=plan.interval_days)
    overdue = max(0, (today - next_due).days) if next_due is not None else 0
    return InjectionStatus(
        last_given_on=last_day,
        days_since_last=(today - last_day).days if last_day is not None else None,
        next_due=next_due,
        overdue_days=overdue,
        last_site=InjectionSite(last_site) if last_site else None,
    )


@dataclass(frozen=True)
class DoseTiming:
    """A dose against its due date: the previous dose's day + the interval of its plan.

    ``days_late`` is negative when early; a first dose (or one with no plan) has no due date.
    """

    day: dt.date
    days_since_previous: int | None
    due: dt.date | None
    days_late: int | None

    @property
    def on_time(self) -> bool | None:
        if self.days_late is None:
            return None
        return abs(self.days_late) <= ON_TIME_TOLERANCE_DAYS


def dose_timings(days: Sequence[dt.date], plans: Sequence[PlanDates]) -> list[DoseTiming]:
    """Interval and lateness of each dose (``days`` oldest first), as the analysis counts them."""
    timings: list[DoseTiming] = []
    previous: dt.date | None = None
    for day in days:
        if previous is None:
            timings.append(DoseTiming(day, None, None, None))
        else:
            plan = plan_on(plans, previous)
            due = previous + dt.timedelta(days=plan.interval_days) if plan else None
            late = (day - due).days if due is not None else None
            timings.append(DoseTiming(day, (day - previous).days, due, late))
        previous = day
    return timings
