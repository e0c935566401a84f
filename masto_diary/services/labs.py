"""Lab results (tryptase, total IgE, KIT D816V burden, or a custom test with its unit)."""

import datetime as dt

from masto_diary.errors import NotFoundError
from masto_diary.models import ANALYTE_UNITS, Analyte, LabResult
from masto_diary.storage import Diary, read_model
from masto_diary.storage.read_model import LabRecord

BOUND_IGE_NOTE = (
    "Total IgE rises under omalizumab because the test also measures IgE bound to the drug; "
    "a rise is not a sign of worsening."
)


def add_lab_result(
    diary: Diary,
    child_id: int,
    taken_on: dt.date,
    analyte: Analyte | str,
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
    analyte_value = Analyte(analyte) if analyte in set(Analyte) else analyte
    standard_unit = ANALYTE_UNITS.get(analyte_value) if isinstance(analyte_value, Analyte) else None
    with diary.transaction() as session:
        if result_id is None:
            result = LabResult(child_id=child_id, taken_on=taken_on, analyte=analyte, value=value)
            session.add(result)
        else:
            result = session.get(LabResult, result_id)
            if result is None:
                raise NotFoundError(f"There is no lab result with id {result_id}")
        result.taken_on = taken_on
        result.analyte = analyte
        result.value = value
        result.unit = standard_unit or (unit or "").strip()
        result.custom_name = custom_name.strip()
        result.ref_low = ref_low
        result.ref_high = ref_high
        result.notes = notes
        result.check()
        session.flush()
        return result


def list_lab_results(diary: Diary, child_id: int) -> list[LabRecord]:
    """Oldest first."""
    with read_model.reading(diary) as db:
        return read_model.lab_results(db, child_id)


def delete_lab_result(diary: Diary, result_id: int) -> None:
    with diary.transaction() as session:
        result = session.get(LabResult, result_id)
        if result is None:
            raise NotFoundError(f"There is no lab result with id {result_id}")
        session.delete(result)
