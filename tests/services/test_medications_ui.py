"""Correcting a medication row without starting a new one."""

import datetime as dt

import pytest

from masto_diary.enums import DrugClass
from masto_diary.errors import ValidationError
from masto_diary.services import children, medications


def test_update_medication_corrects_the_row_in_place(diary):
    child = children.create_child(diary, "Luca", dt.date(2018, 5, 4))
    row = medications.start_medication(
        diary, child.id, "Cetrizine", DrugClass.H1_ANTIHISTAMINE, 10, "mg", dt.date(2026, 1, 1)
    )
    medications.update_medication(diary, row.id, name=" Cetirizine ", frequency="twice daily")
    rows = medications.list_medications(diary, child.id)
    assert [(m.name, m.frequency, m.dose) for m in rows] == [("Cetirizine", "twice daily", 10)]


def test_update_medication_checks_the_whole_row(diary):
    child = children.create_child(diary, "Luca", dt.date(2018, 5, 4))
    row = medications.start_medication(
        diary, child.id, "Cetirizine", DrugClass.H1_ANTIHISTAMINE, 10, "mg", dt.date(2026, 1, 1)
    )
    with pytest.raises(ValidationError, match="cannot end before it starts"):
        medications.update_medication(diary, row.id, end_date=dt.date(2025, 12, 1))
    with pytest.raises(ValidationError, match="cannot be changed"):
        medications.update_medication(diary, row.id, child_id=99)
    assert medications.list_medications(diary, child.id)[0].end_date is None


def test_restart_can_change_how_often(diary):
    child = children.create_child(diary, "Luca", dt.date(2018, 5, 4))
    row = medications.start_medication(
        diary, child.id, "Cromolyn", DrugClass.CROMOLYN, 100, "mg", dt.date(2026, 1, 1),
        "four times daily",
    )  # fmt: skip
    medications.stop_medication(diary, row.id, dt.date(2026, 2, 1))
    again = medications.restart_medication(
        diary, row.id, dt.date(2026, 3, 1), 50, frequency="twice daily"
    )
    assert (again.dose, again.frequency, again.end_date) == (50, "twice daily", None)
    medications.stop_medication(diary, again.id, dt.date(2026, 4, 1))
    third = medications.restart_medication(diary, again.id, dt.date(2026, 5, 1))  # old signature
    assert (third.dose, third.frequency) == (50, "twice daily")
