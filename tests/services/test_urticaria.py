"""The UAS items go in through the bulk and single writes and come out as daily UAS and UAS7."""

import datetime as dt

import numpy as np
import pytest

from masto_diary.enums import Condition
from masto_diary.errors import ValidationError
from masto_diary.services import children, entries, urticaria
from masto_diary.services.entries import EntryRecord
from masto_diary.services.series import load_chart_data
from masto_diary.storage import changes

MONDAY = dt.date(2026, 11, 2)


@pytest.fixture
def luca(diary) -> int:
    child = children.create_child(
        diary, "Luca", dt.date(2012, 3, 3), condition=Condition.CHRONIC_SPONTANEOUS_URTICARIA
    )
    return child.id


def test_two_weeks_through_the_bulk_write_give_their_uas7(diary, luca):
    # week 1: wheals 3 itch 3 every day (42, severe), one day with angioedema;
    # week 2: wheals 1 itch 0 on six days, day 12 missing -> 6 * 7 / 6 = 7 (mild, estimated)
    days = [
        EntryRecord(luca, MONDAY + dt.timedelta(days=i), {"uas_wheals": 3, "uas_itch": 3,
                                                          "angioedema": int(i == 2)})
        for i in range(7)
    ] + [
        EntryRecord(luca, MONDAY + dt.timedelta(days=i), {"uas_wheals": 1, "uas_itch": 0})
        for i in range(7, 14) if i != 12
    ]  # fmt: skip
    seen = []
    with changes.observing(lambda _session, found: seen.extend(found)):
        assert entries.save_entries(diary, luca, days) == 13
    assert {change.table for change in seen} == {"daily_entry", "symptom_score"}
    uas = urticaria.uas_days(load_chart_data(diary, luca, MONDAY + dt.timedelta(days=13)).data)
    assert uas.start == MONDAY
    assert np.nansum(uas.angioedema) == 1
    assert np.isnan(uas.daily[12]) and uas.daily[11] == 1
    weeks = uas.weeks()
    assert [(w.score, w.band, w.complete) for w in weeks] == [
        (42, "severe", True),
        (7, "mild", False),
    ]


def test_an_item_above_3_is_refused_like_any_score(diary, luca):
    with pytest.raises(ValidationError):
        entries.save_entry(diary, luca, MONDAY, {"uas_wheals": 4, "uas_itch": 0})
    with pytest.raises(ValidationError):
        entries.save_entry(diary, luca, MONDAY, {"angioedema": 2})


def test_a_child_without_the_items_has_every_day_missing(diary):
    anna = children.create_child(diary, "Anna", dt.date(2015, 1, 1))
    entries.save_entry(diary, anna.id, MONDAY, {"itching": 3})
    uas = urticaria.uas_days(load_chart_data(diary, anna.id, MONDAY + dt.timedelta(days=6)).data)
    assert np.isnan(uas.daily).all()
    assert uas.weeks()[0].score is None
