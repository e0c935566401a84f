"""The diary overview: one line per child, the window's first page."""

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func
from sqlmodel import select

from masto_diary.models import Child, DailyEntry, Diagnosis, Injection, TreatmentPlan
from masto_diary.services.children import age_in_years
from masto_diary.services.injections import InjectionStatus, status_from
from masto_diary.storage import Diary


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
    """A few indexed queries per child, so the overview stays instant on a 10-year diary."""
    today = today or dt.date.today()
    with diary.transaction() as session:
        query = select(Child).order_by(Child.archived, Child.name)
        if not include_archived:
            query = query.where(Child.archived == False)  # noqa: E712
        summaries = []
        for child in session.exec(query).all():
            last_entry = session.exec(
                select(func.max(DailyEntry.date)).where(DailyEntry.child_id == child.id)
            ).first()
            last_injection = session.exec(
                select(Injection)
                .where(Injection.child_id == child.id)
                .order_by(Injection.given_at.desc())
                .limit(1)
            ).first()
            plan = session.exec(
                select(TreatmentPlan)
                .where(TreatmentPlan.child_id == child.id)
                .order_by(TreatmentPlan.start_date.desc())
            ).first()
            summaries.append(
                ChildSummary(
                    child_id=child.id,
                    name=child.name,
                    age_years=age_in_years(child.birth_date, today),
                    diagnosis=Diagnosis(child.diagnosis),
                    archived=child.archived,
                    last_entry=last_entry,
                    injection=status_from(last_injection, plan, today),
                )
            )
        return summaries
