"""A condition per child: it picks the starting symptoms and can change without losing history."""

import datetime as dt

import pytest

from masto_diary.enums import Condition
from masto_diary.errors import ValidationError
from masto_diary.services import children, entries
from masto_diary.services.symptom_scale import ANGIOEDEMA, UAS_ITCH, UAS_WHEALS

BIRTH = dt.date(2012, 5, 1)


def test_a_new_child_is_followed_for_mastocytosis_unless_told(diary):
    child = children.create_child(diary, "Anna", BIRTH)
    assert children.get_child(diary, child.id).condition is Condition.MASTOCYTOSIS
    assert len(children.symptoms(diary, child.id)) == len(children.DEFAULT_SYMPTOMS)


def test_an_urticaria_child_starts_with_the_uas_items(diary):
    child = children.create_child(
        diary, "Luca", BIRTH, condition=Condition.CHRONIC_SPONTANEOUS_URTICARIA
    )
    record = children.get_child(diary, child.id)
    assert record.condition is Condition.CHRONIC_SPONTANEOUS_URTICARIA
    symptoms = children.symptoms(diary, child.id)
    assert [(s.key, s.scale_max) for s in symptoms] == [
        (UAS_WHEALS, 3), (UAS_ITCH, 3), (ANGIOEDEMA, 1)
    ]  # fmt: skip


def test_an_unknown_condition_is_refused(diary):
    with pytest.raises(ValidationError, match="condition"):
        children.create_child(diary, "Mia", BIRTH, condition="eczema")


def test_changing_the_condition_adds_the_items_and_keeps_every_score(diary):
    child = children.create_child(diary, "Anna", BIRTH)
    day = dt.date(2026, 11, 2)
    entries.save_entry(diary, child.id, day, {"itching": 2})
    children.update_child(diary, child.id, condition="chronic_spontaneous_urticaria")
    keys = [s.key for s in children.symptoms(diary, child.id)]
    assert keys[:14] == [s.key for s in children.DEFAULT_SYMPTOMS]
    assert keys[14:] == [UAS_WHEALS, UAS_ITCH, ANGIOEDEMA]
    assert entries.read_day(diary, child.id, day).scores == {"itching": 2}
    # back and forth again adds nothing twice and shows hidden items again
    wheals = next(s for s in children.symptoms(diary, child.id) if s.key == UAS_WHEALS)
    children.update_symptom(diary, wheals.id, active=False)
    children.update_child(diary, child.id, condition=Condition.MASTOCYTOSIS)
    children.update_child(diary, child.id, condition=Condition.CHRONIC_SPONTANEOUS_URTICARIA)
    assert [s.key for s in children.symptoms(diary, child.id)] == keys
