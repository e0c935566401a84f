"""Clinic visits and the questions the parent collects for the next one."""

import datetime as dt

from sqlmodel import select

from masto_diary.errors import NotFoundError
from masto_diary.models import ClinicVisit
from masto_diary.storage import Diary


def add_visit(
    diary: Diary,
    child_id: int,
    date: dt.date,
    clinician: str = "",
    questions: str = "",
    outcome: str = "",
    visit_id: int | None = None,
) -> ClinicVisit:
    with diary.transaction() as session:
        if visit_id is None:
            visit = ClinicVisit(child_id=child_id, date=date)
            session.add(visit)
        else:
            visit = session.get(ClinicVisit, visit_id)
            if visit is None:
                raise NotFoundError(f"There is no visit with id {visit_id}")
        visit.date = date
        visit.clinician = clinician
        visit.questions = questions
        visit.outcome = outcome
        visit.check()
        session.flush()
        return visit


def list_visits(diary: Diary, child_id: int) -> list[ClinicVisit]:
    """Newest first."""
    with diary.transaction() as session:
        query = select(ClinicVisit).where(ClinicVisit.child_id == child_id)
        return list(session.exec(query.order_by(ClinicVisit.date.desc())).all())


def last_visit_before(diary: Diary, child_id: int, day: dt.date) -> ClinicVisit | None:
    """The latest visit on or before ``day``: the report's period starts there."""
    with diary.transaction() as session:
        return session.exec(
            select(ClinicVisit)
            .where(ClinicVisit.child_id == child_id, ClinicVisit.date <= day)
            .order_by(ClinicVisit.date.desc())
        ).first()


def delete_visit(diary: Diary, visit_id: int) -> None:
    with diary.transaction() as session:
        visit = session.get(ClinicVisit, visit_id)
        if visit is None:
            raise NotFoundError(f"There is no visit with id {visit_id}")
        session.delete(visit)
