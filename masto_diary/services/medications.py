"""Medications: a dose change ends one row and starts the next, which gives the taper timeline."""

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from masto_diary.errors import ValidationError
from masto_diary.models import DrugClass, Medication
from masto_diary.services.bulk import RowProblem, add_all, check_all
from masto_diary.storage import Diary, changes, read_model
from masto_diary.storage.read_model import MedicationRecord


def start_medication(
    diary: Diary,
    child_id: int,
    name: str,
    drug_class: DrugClass,
    dose: float,
    unit: str,
    start_date: dt.date,
    frequency: str = "",
    reason: str = "",
    end_date: dt.date | None = None,
) -> Medication:
    with diary.transaction() as session:
        medication = Medication(
            child_id=child_id,
            name=(name or "").strip(),
            drug_class=drug_class,
            dose=dose,
            unit=unit,
            frequency=frequency,
            start_date=start_date,
            end_date=end_date,
            reason=reason,
        )
        medication.check()
        changes.add(session, medication)
        session.flush()
        return medication


def check_medications(rows: Sequence[Mapping[str, Any]]) -> tuple[list[Any], list[RowProblem]]:
    """``Medication.check()`` of each row."""
    return check_all(Medication, rows)


def add_medications(diary: Diary, child_id: int, rows: Sequence[Mapping[str, Any]]) -> list[int]:
    """Add many medication rows (the Medication columns) at once, or none on any problem."""
    return add_all(diary, Medication, child_id, rows, check_medications, "Medication")


def change_dose(
    diary: Diary,
    medication_id: int,
    new_dose: float,
    on_date: dt.date,
    frequency: str | None = None,
    reason: str = "",
) -> tuple[Medication, Medication]:
    """End the current row the day before ``on_date`` and start a new one with the new dose."""
    with diary.transaction() as session:
        current = _get_open(session, medication_id)
        if on_date <= current.start_date:
            raise ValidationError(
                f"The new dose must start after {current.start_date.isoformat()}, "
                "when the current dose started",
                "on_date",
            )
        current.end_date = on_date - dt.timedelta(days=1)
        current.check()
        successor = Medication(
            child_id=current.child_id,
            name=current.name,
            drug_class=current.drug_class,
            dose=new_dose,
            unit=current.unit,
            frequency=current.frequency if frequency is None else frequency,
            start_date=on_date,
            reason=reason or current.reason,
        )
        successor.check()
        changes.add(session, successor)
        session.flush()
        return current, successor


def stop_medication(diary: Diary, medication_id: int, on_date: dt.date) -> Medication:
    """Stop from ``on_date`` on: the last day taken is the day before."""
    with diary.transaction() as session:
        current = _get_open(session, medication_id)
        last_day = on_date - dt.timedelta(days=1)
        if last_day < current.start_date:
            raise ValidationError(
                f"A medication cannot stop before it started ({current.start_date.isoformat()})",
                "on_date",
            )
        current.end_date = last_day
        current.check()
        return current


def restart_medication(
    diary: Diary,
    medication_id: int,
    on_date: dt.date,
    dose: float | None = None,
    frequency: str | None = None,
) -> Medication:
    """Start a stopped medication again as a new row (the gap stays visible in the history)."""
    with diary.transaction() as session:
        old = changes.existing(session, Medication, medication_id, "medication")
        if old.end_date is None:
            raise ValidationError(f"{old.name} is still being taken", "medication")
        if on_date <= old.end_date:
            raise ValidationError(
                f"{old.name} can restart after {old.end_date.isoformat()}", "on_date"
            )
    return start_medication(
        diary,
        old.child_id,
        old.name,
        old.drug_class,
        old.dose if dose is None else dose,
        old.unit,
        on_date,
        old.frequency if frequency is None else frequency,
        old.reason,
    )


def _get_open(session, medication_id: int) -> Medication:
    medication = changes.existing(session, Medication, medication_id, "medication")
    if medication.end_date is not None:
        raise ValidationError(
            f"{medication.name} was already stopped on {medication.end_date.isoformat()}",
            "medication",
        )
    return medication


def list_medications(
    diary: Diary, child_id: int, current_only: bool = False, today: dt.date | None = None
) -> list[MedicationRecord]:
    """Every row (the full history), oldest first; ``current_only`` keeps those taken today."""
    today = today or dt.date.today()
    with read_model.reading(diary) as db:
        rows = read_model.medications(db, child_id)
    if current_only:
        rows = [
            m for m in rows if m.start_date <= today and (m.end_date is None or m.end_date >= today)
        ]
    return rows


def delete_medication(diary: Diary, medication_id: int) -> None:
    with diary.transaction() as session:
        medication = changes.existing(session, Medication, medication_id, "medication")
        changes.delete(session, medication)


EDITABLE_FIELDS = frozenset(
    {"name", "drug_class", "dose", "unit", "frequency", "start_date", "end_date", "reason"}
)


def update_medication(diary: Diary, medication_id: int, **edits) -> Medication:
    """Correct a row (a typo, a wrong date): unlike a dose change, no new row is started."""
    unknown = set(edits) - EDITABLE_FIELDS
    if unknown:
        raise ValidationError(
            f"These medication fields cannot be changed: {', '.join(sorted(unknown))}",
            sorted(unknown)[0],
        )
    if "name" in edits:
        edits["name"] = (edits["name"] or "").strip()
    with diary.transaction() as session:
        medication = changes.existing(session, Medication, medication_id, "medication")
        for field, value in edits.items():
            setattr(medication, field, value)
        medication.check()
        return medication
