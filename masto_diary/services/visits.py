"""Clinic visits and the questions the parent collects for the next one."""

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from sqlmodel import col, select

from masto_diary.errors import ValidationError
from masto_diary.models import ClinicVisit
from masto_diary.services.bulk import RowProblem, add_all, check_all
from masto_diary.storage import Diary, changes, read_model
from masto_diary.storage.read_model import VisitRecord


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
            changes.add(session, visit)
        else:
            visit = changes.existing(session, ClinicVisit, visit_id, "visit")
        visit.date = date
        visit.clinician = clinician
        visit.questions = questions
        visit.outcome = outcome
        visit.check()
        session.flush()
        return visit


def check_visits(rows: Sequence[Mapping[str, Any]]) -> tuple[list[Any], list[RowProblem]]:
    """``ClinicVisit.check()`` of each row."""
    return check_all(ClinicVisit, rows)


def add_visits(diary: Diary, child_id: int, rows: Sequence[Mapping[str, Any]]) -> list[int]:
    """Add many visits (``date``, ``clinician``, ``questions``, ``outcome``) at once."""
    return add_all(diary, ClinicVisit, child_id, rows, check_visits, "Visit")


def list_visits(diary: Diary, child_id: int) -> list[VisitRecord]:
    """Newest first."""
    with read_model.reading(diary) as db:
        return read_model.visits(db, child_id)[::-1]


def delete_visit(diary: Diary, visit_id: int) -> None:
    with diary.transaction() as session:
        visit = changes.existing(session, ClinicVisit, visit_id, "visit")
        changes.delete(session, visit)


def next_visit(diary: Diary, child_id: int, today: dt.date | None = None) -> VisitRecord | None:
    """The coming visit (the earliest dated today or later): it holds the questions to ask.

    The parent's questions for the next visit live in that visit's ``questions``, so they are
    in the diary file (backed up, exported) and stay with the visit once it has happened.
    """
    with read_model.reading(diary) as db:
        return read_model.next_visit(db, child_id, today or dt.date.today())


def save_next_visit_questions(
    diary: Diary,
    child_id: int,
    questions: str,
    visit_date: dt.date,
    today: dt.date | None = None,
) -> ClinicVisit:
    """Keep the questions (and date) of the coming visit, booking it when there is none yet."""
    today = today or dt.date.today()
    if visit_date is None or visit_date < today:
        raise ValidationError("The next visit must be dated today or later", "date")
    with diary.transaction() as session:
        visit = session.exec(
            select(ClinicVisit)
            .where(ClinicVisit.child_id == child_id, ClinicVisit.date >= today)
            .order_by(col(ClinicVisit.date), col(ClinicVisit.id))
        ).first()
        if visit is None:
            visit = ClinicVisit(child_id=child_id, date=visit_date)
            changes.add(session, visit)
        visit.date = visit_date
        visit.questions = questions
        visit.check()
        session.flush()
        return visit
