"""Lab results (tryptase, total IgE, KIT D816V burden, or a custom test with its unit)."""

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from masto_diary.models import ANALYTE_UNITS, Analyte, LabResult
from masto_diary.services.bulk import RowProblem, add_all, check_all
from masto_diary.storage import Diary, changes, read_model
from masto_diary.storage.read_model import LabRecord

BOUND_IGE_NOTE = (
    "Total IgE rises under omalizumab because the test also measures IgE bound to the drug; "
    "a rise is not a sign of worsening."
)


def add_lab_result(
    diary: Diary,
    child_id: int,
    taken_on: dt.date,
    analyte: Analyte,
    value: float,
    *,
    unit: str | None = None,
    custom_name: str = "",
    ref_low: float | None = None,
    ref_high: float | None = None,
    notes: str = "",
    result_id: int | None = None,
) -> LabResult:
    """Add (or replace ``result_id``); known analytes always carry their standard unit."""
    with diary.transaction() as session:
        if result_id is None:
            result = LabResult(child_id=child_id, taken_on=taken_on, analyte=analyte, value=value)
            changes.add(session, result)
        else:
            result = changes.existing(session, LabResult, result_id, "lab result")
        result.taken_on = taken_on
        result.analyte = analyte
        result.value = value
        result.unit = standard_unit(analyte, unit)
        result.custom_name = custom_name.strip()
        result.ref_low = ref_low
        result.ref_high = ref_high
        result.notes = notes
        result.check()
        session.flush()
        return result


def standard_unit(analyte: Analyte | str, unit: str | None) -> str:
    """Known analytes always carry their standard unit; a custom test keeps its own."""
    known = Analyte(analyte) if analyte in set(Analyte) else None
    return (ANALYTE_UNITS.get(known) if known else None) or (unit or "").strip()


def check_labs(rows: Sequence[Mapping[str, Any]]) -> tuple[list[Any], list[RowProblem]]:
    """``LabResult.check()`` with the standard unit filled in; a different unit given for a
    known analyte is a problem rather than silently replaced (a file may mean another test)."""
    with_units = [{**row, "unit": standard_unit(row["analyte"], row.get("unit"))} for row in rows]
    found, problems = check_all(LabResult, with_units)
    for index, (row, checked_row) in enumerate(zip(rows, found, strict=True)):
        given = row.get("unit") or ""
        if given and given.strip() != checked_row.unit:
            name = checked_row.display_name.lower()
            reason = f"the unit of {name} is {checked_row.unit}, got {given!r}"
            problems.append(RowProblem(index, "unit", reason))
    return found, sorted(problems, key=lambda p: p.index)


def add_labs(diary: Diary, child_id: int, rows: Sequence[Mapping[str, Any]]) -> list[int]:
    """Add many lab results (the LabResult columns) at once, or none on any problem."""
    return add_all(diary, LabResult, child_id, rows, check_labs, "Lab result")


def list_lab_results(diary: Diary, child_id: int) -> list[LabRecord]:
    """Oldest first."""
    with read_model.reading(diary) as db:
        return read_model.lab_results(db, child_id)


def delete_lab_result(diary: Diary, result_id: int) -> None:
    with diary.transaction() as session:
        result = changes.existing(session, LabResult, result_id, "lab result")
        changes.delete(session, result)
