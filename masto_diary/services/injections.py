"""Treatment plans and injections: next due date, lateness, site rotation."""

import datetime as dt

from sqlmodel import select

from masto_diary.errors import NotFoundError, ValidationError
from masto_diary.models import (
    Injection,
    InjectionSite,
    LocalReaction,
    Place,
    TreatmentPlan,
)
from masto_diary.services.schedule import (  # noqa: F401  (re-exported for callers)
    ON_TIME_TOLERANCE_DAYS,
    SITE_ROTATION,
    InjectionStatus,
    PlanDates,
    compute_status,
    next_site,
)
from masto_diary.storage import Diary


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
        session.add(plan)
        session.flush()
        return plan


def _open_plan(session, child_id: int) -> TreatmentPlan | None:
    return session.exec(
        select(TreatmentPlan)
        .where(TreatmentPlan.child_id == child_id)
        .order_by(TreatmentPlan.start_date.desc())
    ).first()


def current_plan(diary: Diary, child_id: int) -> TreatmentPlan | None:
    with diary.transaction() as session:
        return _open_plan(session, child_id)


def update_plan(diary: Diary, plan_id: int, **changes) -> TreatmentPlan:
    with diary.transaction() as session:
        plan = session.get(TreatmentPlan, plan_id)
        if plan is None:
            raise NotFoundError(f"There is no treatment plan with id {plan_id}")
        for name, value in changes.items():
            setattr(plan, name, value)
        plan.check()
        return plan


def log_injection(
    diary: Diary,
    child_id: int,
    given_at: dt.datetime,
    dose_mg: float | None = None,
    *,
    site: InjectionSite | str | None = None,
    lot: str = "",
    expiry: dt.date | None = None,
    place: Place | str = Place.CLINIC,
    given_by: str = "",
    local_reaction: LocalReaction | str = LocalReaction.NONE,
    notes: str = "",
    injection_id: int | None = None,
) -> Injection:
    """Record a dose (the plan's dose when ``dose_mg`` is None), or edit ``injection_id``."""
    with diary.transaction() as session:
        plan = _open_plan(session, child_id)
        if dose_mg is None:
            if plan is None:
                raise ValidationError("Give the dose: there is no treatment plan yet", "dose_mg")
            dose_mg = plan.dose_mg
        if injection_id is None:
            injection = Injection(child_id=child_id, given_at=given_at, dose_mg=dose_mg)
            session.add(injection)
        else:
            injection = session.get(Injection, injection_id)
            if injection is None:
                raise NotFoundError(f"There is no injection with id {injection_id}")
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


def list_injections(diary: Diary, child_id: int) -> list[Injection]:
    """Oldest first."""
    with diary.transaction() as session:
        query = select(Injection).where(Injection.child_id == child_id)
        return list(session.exec(query.order_by(Injection.given_at)).all())


def delete_injection(diary: Diary, injection_id: int) -> None:
    with diary.transaction() as session:
        injection = session.get(Injection, injection_id)
        if injection is None:
            raise NotFoundError(f"There is no injection with id {injection_id}")
        session.delete(injection)


def injection_status(diary: Diary, child_id: int, today: dt.date | None = None) -> InjectionStatus:
    today = today or dt.date.today()
    with diary.transaction() as session:
        last = session.exec(
            select(Injection)
            .where(Injection.child_id == child_id)
            .order_by(Injection.given_at.desc())
        ).first()
        plan = _open_plan(session, child_id)
    return status_from(last, plan, today)


def status_from(
    last: Injection | None, plan: TreatmentPlan | None, today: dt.date
) -> InjectionStatus:
    """:func:`compute_status` for ORM rows."""
    dates = None if plan is None else PlanDates(plan.start_date, plan.end_date, plan.interval_days)
    return compute_status(
        last.given_at if last is not None else None,
        last.site if last is not None else None,
        dates,
        today,
    )
