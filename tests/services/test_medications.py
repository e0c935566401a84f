"""Medications: a dose change ends one row and starts the next (the taper timeline)."""

import datetime as dt
import sqlite3

import pytest

from masto_diary.errors import NotFoundError, ValidationError
from masto_diary.models import Child, DrugClass, Medication
from masto_diary.services import medications
from masto_diary.storage import Diary

START = dt.date(2023, 9, 1)


def days(n: int) -> dt.timedelta:
    return dt.timedelta(days=n)


@pytest.fixture
def diary(anna_diary: Diary) -> Diary:
    """Anna's diary (tests/services/conftest.py) in place of the empty one."""
    return anna_diary


@pytest.fixture
def cetirizine(diary: Diary, anna: Child) -> Medication:
    return medications.start_medication(
        diary, anna.id, " Cetirizine ", "h1_antihistamine", 10, "mg", START, "twice daily", "itch"
    )


def rows(diary: Diary) -> list[tuple]:
    connection = sqlite3.connect(diary.path)
    try:
        return connection.execute("SELECT * FROM medication ORDER BY id").fetchall()
    finally:
        connection.close()


def test_started_medication_is_stored(diary: Diary, anna: Child, cetirizine: Medication) -> None:
    (stored,) = medications.list_medications(diary, anna.id)
    assert (stored.name, stored.drug_class) == ("Cetirizine", DrugClass.H1_ANTIHISTAMINE)
    assert (stored.dose, stored.unit, stored.frequency, stored.reason) == (
        10,
        "mg",
        "twice daily",
        "itch",
    )
    assert (stored.start_date, stored.end_date) == (START, None)


def test_dose_change_gives_two_rows_with_the_right_dates(
    diary: Diary, anna: Child, cetirizine: Medication
) -> None:
    change = START + days(60)
    old, new = medications.change_dose(diary, cetirizine.id, 5, change, reason="taper")
    first, second = medications.list_medications(diary, anna.id)
    assert (first.id, first.dose, first.start_date, first.end_date) == (
        cetirizine.id,
        10,
        START,
        change - days(1),
    )
    assert (second.id, second.dose, second.start_date, second.end_date) == (
        new.id,
        5,
        change,
        None,
    )
    assert (second.name, second.drug_class, second.unit) == ("Cetirizine", "h1_antihistamine", "mg")
    assert (second.frequency, second.reason) == ("twice daily", "taper")
    assert old.id == cetirizine.id


def test_dose_change_may_change_the_frequency(
    diary: Diary, anna: Child, cetirizine: Medication
) -> None:
    _, new = medications.change_dose(diary, cetirizine.id, 10, START + days(30), "once daily")
    assert (new.frequency, new.reason) == ("once daily", "itch")


def test_a_taper_makes_back_to_back_rows(diary: Diary, anna: Child, cetirizine: Medication) -> None:
    current = cetirizine
    for step, dose in enumerate([7.5, 5, 2.5], start=1):
        _, current = medications.change_dose(diary, current.id, dose, START + days(30 * step))
    history = medications.list_medications(diary, anna.id)
    assert [m.dose for m in history] == [10, 7.5, 5, 2.5]
    for before, after in zip(history, history[1:], strict=False):
        assert before.end_date == after.start_date - days(1)
    assert history[-1].end_date is None


@pytest.mark.parametrize("on", [START, START - days(1)])
def test_dose_change_must_start_after_the_current_dose(
    diary: Diary, cetirizine: Medication, on: dt.date
) -> None:
    with pytest.raises(ValidationError, match="The new dose must start after 2023-09-01"):
        medications.change_dose(diary, cetirizine.id, 5, on)
    assert len(rows(diary)) == 1


def test_invalid_new_dose_leaves_the_current_row_open(
    diary: Diary, anna: Child, cetirizine: Medication
) -> None:
    before = rows(diary)
    with pytest.raises(ValidationError, match="The dose must be at least 0, got -5"):
        medications.change_dose(diary, cetirizine.id, -5, START + days(30))
    assert rows(diary) == before


def test_stop_sets_the_last_day_to_the_day_before(
    diary: Diary, anna: Child, cetirizine: Medication
) -> None:
    stopped = medications.stop_medication(diary, cetirizine.id, START + days(10))
    assert stopped.end_date == START + days(9)
    (stored,) = medications.list_medications(diary, anna.id)
    assert stored.end_date == START + days(9)


def test_stop_before_the_start_is_refused(diary: Diary, cetirizine: Medication) -> None:
    with pytest.raises(ValidationError, match="cannot stop before it started"):
        medications.stop_medication(diary, cetirizine.id, START)
    assert rows(diary)[0][8] is None  # end_date


def test_stopped_medication_cannot_be_stopped_or_changed_again(
    diary: Diary, cetirizine: Medication
) -> None:
    medications.stop_medication(diary, cetirizine.id, START + days(10))
    with pytest.raises(ValidationError, match="Cetirizine was already stopped on 2023-09-10"):
        medications.stop_medication(diary, cetirizine.id, START + days(20))
    with pytest.raises(ValidationError, match="already stopped"):
        medications.change_dose(diary, cetirizine.id, 5, START + days(20))


def test_restart_adds_a_new_row_after_the_gap(
    diary: Diary, anna: Child, cetirizine: Medication
) -> None:
    medications.stop_medication(diary, cetirizine.id, START + days(10))
    again = medications.restart_medication(diary, cetirizine.id, START + days(40), dose=5)
    first, second = medications.list_medications(diary, anna.id)
    assert (first.start_date, first.end_date) == (START, START + days(9))
    assert (second.id, second.start_date, second.end_date, second.dose) == (
        again.id,
        START + days(40),
        None,
        5,
    )
    assert (second.name, second.frequency, second.reason) == ("Cetirizine", "twice daily", "itch")


def test_restart_keeps_the_old_dose_by_default(diary: Diary, cetirizine: Medication) -> None:
    medications.stop_medication(diary, cetirizine.id, START + days(10))
    assert medications.restart_medication(diary, cetirizine.id, START + days(11)).dose == 10


def test_restart_needs_a_stopped_medication_and_a_later_day(
    diary: Diary, cetirizine: Medication
) -> None:
    with pytest.raises(ValidationError, match="Cetirizine is still being taken"):
        medications.restart_medication(diary, cetirizine.id, START + days(5))
    medications.stop_medication(diary, cetirizine.id, START + days(10))
    with pytest.raises(ValidationError, match="Cetirizine can restart after 2023-09-10"):
        medications.restart_medication(diary, cetirizine.id, START + days(9))
    with pytest.raises(NotFoundError):
        medications.restart_medication(diary, 999, START)
    assert len(rows(diary)) == 1


def test_current_only_keeps_what_is_taken_on_that_day(
    diary: Diary, anna: Child, cetirizine: Medication
) -> None:
    medications.start_medication(
        diary, anna.id, "Prednisolone", "corticosteroid_oral", 20, "mg", START, end_date=START
    )
    medications.change_dose(diary, cetirizine.id, 5, START + days(30))
    today = START + days(1)
    assert [m.dose for m in medications.list_medications(diary, anna.id, True, today)] == [10]
    later = START + days(30)
    current = medications.list_medications(diary, anna.id, current_only=True, today=later)
    assert [(m.name, m.dose) for m in current] == [("Cetirizine", 5)]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"name": " "}, "The medication name is required"),
        ({"drug_class": "vitamin"}, "The drug class must be one of h1_antihistamine"),
        ({"dose": -1}, "The dose must be at least 0, got -1"),
        ({"unit": ""}, "The dose unit is required"),
        ({"end_date": START - days(1)}, "A medication cannot end before it starts"),
    ],
)
def test_invalid_medication_is_refused(
    diary: Diary, anna: Child, kwargs: dict, message: str
) -> None:
    fields = {
        "name": "Cromolyn",
        "drug_class": "cromolyn",
        "dose": 100,
        "unit": "mg",
        "start_date": START,
    } | kwargs
    with pytest.raises(ValidationError, match=message):
        medications.start_medication(diary, anna.id, **fields)
    assert rows(diary) == []


def test_delete_medication(diary: Diary, anna: Child, cetirizine: Medication) -> None:
    medications.delete_medication(diary, cetirizine.id)
    assert medications.list_medications(diary, anna.id) == []
    with pytest.raises(NotFoundError):
        medications.delete_medication(diary, cetirizine.id)
