"""Treatment plans and injections: next due date, lateness, site rotation."""

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlmodel import col, select

from masto_diary.errors import ValidationError
from masto_diary.models import (
    Injection,
    InjectionSite,
    LocalReaction,
    Place,
    TreatmentPlan,
)
from masto_diary.services.bulk import RowProblem, add_all, check_all
from masto_diary.services.calendar import injection_status  # noqa: F401  (re-exported)
from masto_diary.services.schedule import (  # noqa: F401  (re-exported for callers)
    ON_TIME_TOLERANCE_DAYS,
    SITE_ROTATION,
    DoseTiming,
    InjectionStatus,
    compute_status,
    dose_timings,
    next_site,
    plan_on,
)
from masto_diary.storage import Diary, changes, read_model
from masto_diary.storage.read_model import InjectionRecord, PlanRecord


def set_plan(
    diary: Diary,
    child_id: int,
    start_date: dt.date,
    dose_mg: float,
    interval_days: int = 28,
    drug: str = "omalizumab",
) -> TreatmentPlan:
    """Start a plan; the current open plan (if any) ends the day before the new one starts."""
    with diary.transaction() as session:
        current = _open_plan(session, child_id)
        if current is not None:
            if start_date <= current.start_date:
                raise ValidationError(
                    "A new plan must start after the current plan's start "
                    f"({current.start_date.isoformat()})",
                    "start_date",
                )
            current.end_date = start_date - dt.timedelta(days=1)
        plan = TreatmentPlan(
            child_id=child_id,
            drug=drug,
            dose_mg=dose_mg,
            interval_days=interval_days,
            start_date=start_date,
        )
        plan.check()
        changes.add(session, plan)
        session.flush()
        return plan


def check_plans(rows: Sequence[Mapping[str, Any]]) -> tuple[list[Any], list[RowProblem]]:
    """``TreatmentPlan.check()`` of each row."""
    return check_all(TreatmentPlan, rows)


def check_injections(rows: Sequence[Mapping[str, Any]]) -> tuple[list[Any], list[RowProblem]]:
    """``Injection.check()`` of each row."""
    return check_all(Injection, rows)


def add_plans(diary: Diary, child_id: int, rows: Sequence[Mapping[str, Any]]) -> list[int]:
    """Add many plans as they are (import): each ``TreatmentPlan.check()``; their ids."""
    return add_all(diary, TreatmentPlan, child_id, rows, check_plans, "Plan")


def add_injections(diary: Diary, child_id: int, rows: Sequence[Mapping[str, Any]]) -> list[int]:
    """Add many injections (the Injection columns, ``plan_id`` included) at once."""
    return add_all(diary, Injection, child_id, rows, check_injections, "Injection")


def _open_plan(session, child_id: int) -> TreatmentPlan | None:
    return session.exec(
        select(TreatmentPlan)
        .where(TreatmentPlan.child_id == child_id)
        .order_by(col(TreatmentPlan.start_date).desc())
    ).first()


def current_plan(diary: Diary, child_id: int) -> PlanRecord | None:
    """The plan that started last (it may have ended: then therapy has stopped)."""
    with read_model.reading(diary) as db:
        return read_model.latest_plan(db, child_id)


def update_plan(diary: Diary, plan_id: int, **edits) -> TreatmentPlan:
    """Correct a plan; moving its start also moves the end of the plan just before it."""
    with diary.transaction() as session:
        plan = changes.existing(session, TreatmentPlan, plan_id, "treatment plan")
        old_start = plan.start_date
        for name, value in edits.items():
            setattr(plan, name, value)
        plan.check()
        if plan.start_date != old_start:
            _follow_start(session, plan, old_start)
        return plan


def _follow_start(session, plan: TreatmentPlan, old_start: dt.date) -> None:
    """Keep the plans back to back: the previous plan ends the day before this one starts."""
    previous = session.exec(
        select(TreatmentPlan)
        .where(TreatmentPlan.child_id == plan.child_id, TreatmentPlan.id != plan.id)
        .where(TreatmentPlan.start_date < old_start)
        .order_by(col(TreatmentPlan.start_date).desc())
    ).first()
    if previous is None:
        return
    if plan.start_date <= previous.start_date:
        raise ValidationError(
            "The plan must start after the previous plan's start "
            f"({previous.start_date.isoformat()})",
            "start_date",
        )
    if previous.end_date == old_start - dt.timedelta(days=1):
        previous.end_date = plan.start_date - dt.timedelta(days=1)


def log_injection(
    diary: Diary,
    child_id: int,
    given_at: dt.datetime,
    dose_mg: float | None = None,
    *,
    site: InjectionSite | None = None,
    lot: str = "",
    expiry: dt.date | None = None,
    place: Place = Place.CLINIC,
    given_by: str = "",
    local_reaction: LocalReaction = LocalReaction.NONE,
    notes: str = "",
    injection_id: int | None = None,
) -> Injection:
    """Record a dose (the plan's dose when ``dose_mg`` is None), or edit ``injection_id``.

    The dose is linked to the plan in force on its day, so editing an old dose keeps its plan.
    """
    with diary.transaction() as session:
        plans = session.exec(select(TreatmentPlan).where(TreatmentPlan.child_id == child_id)).all()
        plan = plan_on(plans, given_at.astimezone().date()) if given_at is not None else None
        if dose_mg is None:
            if plan is None:
                raise ValidationError("Give the dose: there is no treatment plan yet", "dose_mg")
            dose_mg = plan.dose_mg
        if injection_id is None:
            injection = Injection(child_id=child_id, given_at=given_at, dose_mg=dose_mg)
            changes.add(session, injection)
        else:
            injection = changes.existing(session, Injection, injection_id, "injection")
        injection.plan_id = plan.id if plan is not None else None
        injection.given_at = given_at
        injection.dose_mg = dose_mg
        injection.site = site
        injection.lot = lot
        injection.expiry = expiry
        injection.place = place
        injection.given_by = given_by
        injection.local_reaction = local_reaction
        injection.notes = notes
        injection.check()
        session.flush()
        return injection


@dataclass(frozen=True)
class InjectionInput:
    """One dose as plain data, e.g. a row of the "add earlier doses" table."""

    given_at: dt.datetime
    dose_mg: float
    site: InjectionSite | None = None
    lot: str = ""
    expiry: dt.date | None = None
    place: Place = Place.CLINIC
    given_by: str = ""
    local_reaction: LocalReaction = LocalReaction.NONE
    notes: str = ""


def log_injections(diary: Diary, child_id: int, rows: Sequence[InjectionInput]) -> list[Injection]:
    """Record several doses at once: every row is checked first, then all are written or none.

    A family starting the diary mid-therapy enters the past doses in one go; a half-entered
    list would give wrong intervals, so one bad row stops the whole list.  Two doses on the
    same local day (in the list, or already in the diary) count as a mistake.
    """
    with diary.transaction() as session:
        plans = session.exec(select(TreatmentPlan).where(TreatmentPlan.child_id == child_id)).all()
        existing = session.exec(select(Injection.given_at).where(Injection.child_id == child_id))
        taken = {moment.astimezone().date() for moment in existing.all()}
        built, problems = _build_rows(child_id, rows, plans, taken)
        if problems:
            raise ValidationError(problems[0], "rows", problems)
        changes.add(session, *built)
        session.flush()
        return built


def _build_rows(
    child_id: int,
    rows: Sequence[InjectionInput],
    plans: Sequence[TreatmentPlan],
    taken: set[dt.date],
) -> tuple[list[Injection], list[str]]:
    """The rows as checked Injection objects, and every problem as "Row N: sentence"."""
    built: list[Injection] = []
    problems: list[str] = []
    if not rows:
        problems.append("There is no dose to add")
    seen: set[dt.date] = set(taken)
    for number, row in enumerate(rows, start=1):
        try:
            injection = _injection_from(child_id, row, plans)
        except ValidationError as error:
            problems.append(f"Row {number}: {error}")
            continue
        day = row.given_at.astimezone().date()
        if day in seen:
            where = "in the diary" if day in taken else "in this list"
            problems.append(f"Row {number}: a dose on {day.isoformat()} is already {where}")
        seen.add(day)
        built.append(injection)
    return built, problems


def _injection_from(
    child_id: int, row: InjectionInput, plans: Sequence[TreatmentPlan]
) -> Injection:
    _require_aware(row.given_at)
    plan = plan_on(plans, row.given_at.astimezone().date())
    injection = Injection(
        child_id=child_id,
        plan_id=plan.id if plan is not None else None,
        given_at=row.given_at,
        dose_mg=row.dose_mg,
        site=row.site,
        lot=row.lot.strip(),
        expiry=row.expiry,
        place=row.place,
        given_by=row.given_by.strip(),
        local_reaction=row.local_reaction,
        notes=row.notes.strip(),
    )
    injection.check()
    return injection


def _require_aware(moment: dt.datetime | None) -> None:
    if moment is None:
        raise ValidationError("The time of the injection is required", "given_at")
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValidationError("The time of the injection must carry its time zone", "given_at")


def get_injection(diary: Diary, injection_id: int) -> InjectionRecord:
    with read_model.reading(diary) as db:
        return read_model.injection(db, injection_id)


def last_injection(diary: Diary, child_id: int) -> InjectionRecord | None:
    """The most recent dose: the next one rotates its site and reuses its lot."""
    with read_model.reading(diary) as db:
        return read_model.last_injection(db, child_id)


@dataclass(frozen=True)
class InjectionHistoryRow:
    """A dose for the list: the record plus its interval and lateness."""

    injection: InjectionRecord
    timing: DoseTiming


def injection_history(diary: Diary, child_id: int) -> list[InjectionHistoryRow]:
    """Every dose, newest first, with the days since the previous dose and the lateness."""
    with read_model.reading(diary) as db:
        plans = read_model.plans(db, child_id)
        doses = read_model.injections(db, child_id)
    timings = dose_timings([d.day for d in doses], plans)
    rows = [InjectionHistoryRow(d, t) for d, t in zip(doses, timings, strict=True)]
    return rows[::-1]


def list_injections(diary: Diary, child_id: int) -> list[InjectionRecord]:
    """Oldest first."""
    with read_model.reading(diary) as db:
        return read_model.injections(db, child_id)


def delete_injection(diary: Diary, injection_id: int) -> None:
    with diary.transaction() as session:
        injection = changes.existing(session, Injection, injection_id, "injection")
        changes.delete(session, injection)
