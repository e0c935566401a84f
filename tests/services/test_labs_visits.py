"""Lab results with their standard units, and clinic visits (the report starts at the last one)."""

import datetime as dt
import sqlite3

import pytest

from masto_diary.errors import NotFoundError, ValidationError
from masto_diary.models import Analyte, Child
from masto_diary.services import children, labs, records, visits
from masto_diary.storage import Diary

DAY = dt.date(2024, 1, 15)


@pytest.fixture
def diary(anna_diary: Diary) -> Diary:
    """Anna's diary (tests/services/conftest.py) in place of the empty one."""
    return anna_diary


def rows(diary: Diary, table: str) -> list[tuple]:
    connection = sqlite3.connect(diary.path)
    try:
        return connection.execute(f'SELECT * FROM "{table}" ORDER BY id').fetchall()
    finally:
        connection.close()


# --------------------------------------------------------------------------- labs


@pytest.mark.parametrize(
    ("analyte", "unit"),
    [
        (Analyte.TRYPTASE, "ng/mL"),
        ("tryptase", "ng/mL"),
        (Analyte.TOTAL_IGE, "kU/L"),
        (Analyte.KIT_D816V, "%"),
    ],
)
def test_known_analytes_always_carry_their_standard_unit(
    diary: Diary, anna: Child, analyte: Analyte | str, unit: str
) -> None:
    result = labs.add_lab_result(diary, anna.id, DAY, analyte, 12.0, unit="mg/dL")
    (stored,) = labs.list_lab_results(diary, anna.id)
    assert stored.unit == result.unit == unit
    assert stored.analyte is Analyte(analyte)


def test_custom_test_keeps_its_own_name_and_unit(diary: Diary, anna: Child) -> None:
    labs.add_lab_result(
        diary,
        anna.id,
        DAY,
        "custom",
        180.0,
        unit=" µg/L ",
        custom_name=" Urinary N-methylhistamine ",
        ref_low=0,
        ref_high=200,
        notes="24 h urine",
    )
    (stored,) = labs.list_lab_results(diary, anna.id)
    assert (stored.custom_name, stored.unit) == ("Urinary N-methylhistamine", "µg/L")
    assert (stored.ref_low, stored.ref_high, stored.notes) == (0, 200, "24 h urine")
    assert (stored.key, stored.taken_on) == ("Urinary N-methylhistamine", DAY)


def test_display_names_of_known_analytes(diary: Diary, anna: Child) -> None:
    names = [
        labs.add_lab_result(diary, anna.id, DAY, analyte, 1.0).display_name
        for analyte in (Analyte.TRYPTASE, Analyte.TOTAL_IGE, Analyte.KIT_D816V)
    ]
    assert names == ["Serum tryptase", "Total IgE", "KIT D816V allele burden"]


@pytest.mark.parametrize(
    ("analyte", "value", "kwargs", "message"),
    [
        ("tryptase", -0.5, {}, "Serum tryptase must be at least 0, got -0.5"),
        ("total_ige", -1.0, {}, "Total IgE must be at least 0, got -1"),
        ("kit_d816v", 100.01, {}, "KIT D816V allele burden must be 0–100, got 100.01"),
        ("custom", 3.0, {"unit": "mg/L"}, "The name of the test is required"),
        ("custom", 3.0, {"custom_name": "CRP"}, "The unit is required"),
        ("custom", -3.0, {"custom_name": "CRP", "unit": "mg/L"}, "CRP must be at least 0"),
        ("tryptase", 3.0, {"ref_low": 5.0, "ref_high": 1.0}, "must not be below the lower one"),
        ("tryptase", 3.0, {"ref_high": -1.0}, "The upper reference limit must be at least 0"),
        ("histamine", 3.0, {}, "The analyte must be one of tryptase, total_ige, kit_d816v, custom"),
    ],
)
def test_invalid_lab_result_is_refused_and_nothing_is_written(
    diary: Diary, anna: Child, analyte: str, value: float, kwargs: dict, message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        labs.add_lab_result(diary, anna.id, DAY, analyte, value, **kwargs)
    assert rows(diary, "lab_result") == []


@pytest.mark.parametrize("value", [0.0, 100.0])
def test_kit_burden_accepts_0_and_100_percent(diary: Diary, anna: Child, value: float) -> None:
    labs.add_lab_result(diary, anna.id, DAY, "kit_d816v", value)
    assert [r.value for r in labs.list_lab_results(diary, anna.id)] == [value]


def test_high_ige_under_omalizumab_is_accepted(diary: Diary, anna: Child) -> None:
    labs.add_lab_result(diary, anna.id, DAY, "total_ige", 4800.0)
    assert labs.list_lab_results(diary, anna.id)[0].value == 4800.0
    assert "omalizumab" in labs.BOUND_IGE_NOTE and "not a sign of worsening" in labs.BOUND_IGE_NOTE


def test_results_are_listed_oldest_first(diary: Diary, anna: Child) -> None:
    for months in (6, 0, 3):
        labs.add_lab_result(diary, anna.id, DAY + dt.timedelta(days=30 * months), "tryptase", 9.0)
    dates = [r.taken_on for r in labs.list_lab_results(diary, anna.id)]
    assert dates == sorted(dates)


def test_editing_a_result_replaces_it(diary: Diary, anna: Child) -> None:
    first = labs.add_lab_result(diary, anna.id, DAY, "tryptase", 9.0)
    labs.add_lab_result(diary, anna.id, DAY, "kit_d816v", 0.8, result_id=first.id)
    (stored,) = labs.list_lab_results(diary, anna.id)
    assert (stored.id, stored.analyte, stored.value, stored.unit) == (
        first.id,
        "kit_d816v",
        0.8,
        "%",
    )
    with pytest.raises(NotFoundError):
        labs.add_lab_result(diary, anna.id, DAY, "tryptase", 1.0, result_id=999)


def test_failed_edit_keeps_the_old_result(diary: Diary, anna: Child) -> None:
    first = labs.add_lab_result(diary, anna.id, DAY, "kit_d816v", 0.8)
    before = rows(diary, "lab_result")
    with pytest.raises(ValidationError):
        labs.add_lab_result(diary, anna.id, DAY, "kit_d816v", 180.0, result_id=first.id)
    assert rows(diary, "lab_result") == before


def test_delete_lab_result(diary: Diary, anna: Child) -> None:
    result = labs.add_lab_result(diary, anna.id, DAY, "tryptase", 9.0)
    labs.delete_lab_result(diary, result.id)
    assert labs.list_lab_results(diary, anna.id) == []
    with pytest.raises(NotFoundError):
        labs.delete_lab_result(diary, result.id)


# --------------------------------------------------------------------------- visits


def test_visit_is_stored_and_listed_newest_first(diary: Diary, anna: Child) -> None:
    visits.add_visit(diary, anna.id, DAY, "Dr. Rossi", "taper steroids?", "start omalizumab")
    visits.add_visit(diary, anna.id, DAY + dt.timedelta(days=90), "Dr. Rossi")
    listed = visits.list_visits(diary, anna.id)
    assert [v.date for v in listed] == [DAY + dt.timedelta(days=90), DAY]
    assert (listed[1].questions, listed[1].outcome) == ("taper steroids?", "start omalizumab")


def test_last_visit_before_a_day_leaves_that_day_out(diary: Diary, anna: Child) -> None:
    """The report's default period starts at the visit before today's."""
    assert records.last_visit_before(diary, anna.id, DAY) is None
    visits.add_visit(diary, anna.id, DAY)
    visits.add_visit(diary, anna.id, DAY + dt.timedelta(days=90))
    assert records.last_visit_before(diary, anna.id, DAY) is None
    assert records.last_visit_before(diary, anna.id, DAY + dt.timedelta(days=1)) == DAY
    assert records.last_visit_before(diary, anna.id, DAY + dt.timedelta(days=90)) == DAY
    later = records.last_visit_before(diary, anna.id, DAY + dt.timedelta(days=400))
    assert later == DAY + dt.timedelta(days=90)


def test_visits_of_another_child_are_not_counted(diary: Diary, anna: Child) -> None:
    ben = children.create_child(diary, "Ben", dt.date(2019, 1, 1))
    visits.add_visit(diary, ben.id, DAY)
    assert records.last_visit_before(diary, anna.id, DAY + dt.timedelta(days=1)) is None
    assert visits.list_visits(diary, anna.id) == []


def test_editing_and_deleting_a_visit(diary: Diary, anna: Child) -> None:
    visit = visits.add_visit(diary, anna.id, DAY, "Dr. Rossi")
    visits.add_visit(diary, anna.id, DAY, "Dr. Bianchi", outcome="fine", visit_id=visit.id)
    (stored,) = visits.list_visits(diary, anna.id)
    assert (stored.id, stored.clinician, stored.outcome) == (visit.id, "Dr. Bianchi", "fine")
    visits.delete_visit(diary, visit.id)
    assert visits.list_visits(diary, anna.id) == []
    with pytest.raises(NotFoundError):
        visits.delete_visit(diary, visit.id)
    with pytest.raises(NotFoundError):
        visits.add_visit(diary, anna.id, DAY, visit_id=visit.id)


def test_visit_without_a_date_is_refused(diary: Diary, anna: Child) -> None:
    with pytest.raises(ValidationError, match="The visit date is required"):
        visits.add_visit(diary, anna.id, None)
    assert rows(diary, "clinic_visit") == []
