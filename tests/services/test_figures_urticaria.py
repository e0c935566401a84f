"""A child with urticaria is measured the urticaria way (issue 27, item 3): the shared figures,
the comparison columns and the dose-cycle profile use the daily UAS (hives + itch, 0-6, only on
days with both scored), not the sum of every symptom score; worked out by hand below."""

import datetime as dt

import numpy as np
import pytest

from masto_diary.enums import Condition
from masto_diary.services import children, entries, figures, injections
from masto_diary.services.entries import EntryRecord
from masto_diary.services.series import load_chart_data

START = dt.date(2026, 10, 1)
DOSE = START + dt.timedelta(days=7)
LAST = START + dt.timedelta(days=13)


@pytest.fixture
def data(diary):
    """Week 1 (before the dose): hives 2, itch 2, angioedema yes on every day; day 3 only hives.
    Week 2 (from the dose): hives 1, itch 0, angioedema no; day 10 only itch."""
    child = children.create_child(
        diary, "Sara", dt.date(2011, 3, 3), condition=Condition.CHRONIC_SPONTANEOUS_URTICARIA
    )
    days = []
    for n in range(14):
        day = START + dt.timedelta(days=n)
        if n < 7:
            scores = {"uas_wheals": 2, "uas_itch": 2, "angioedema": 1}
            if n == 3:
                scores = {"uas_wheals": 2}
        else:
            scores = {"uas_wheals": 1, "uas_itch": 0, "angioedema": 0}
            if n == 10:
                scores = {"uas_itch": 3}
        days.append(EntryRecord(child.id, day, scores))
    entries.save_entries(diary, child.id, days)
    injections.set_plan(diary, child.id, DOSE, 150.0, 28)
    injections.log_injection(diary, child.id, dt.datetime(2026, 10, 8, 9, 0, tzinfo=dt.UTC))
    return load_chart_data(diary, child.id, LAST).data


def test_the_measure_of_a_child_scored_with_the_uas_items_is_the_daily_uas(data):
    measure, daily = figures.daily_measure(data)
    assert measure == figures.DAILY_UAS
    assert np.isnan(daily[3]) and np.isnan(daily[10])  # one item only: no daily UAS
    assert list(daily[:3]) == [4.0, 4.0, 4.0] and daily[7] == 1.0


def test_baseline_and_on_therapy_figures_are_in_daily_uas(data):
    shown = figures.key_figures(data, START, LAST)
    assert shown.measure == figures.DAILY_UAS
    before, on = shown.baseline, shown.on_therapy
    # 6 days with both items: 4 each (angioedema not added; the daily score would say 5)
    assert (before.days_scored, before.mean_dss, before.symptom_free_days) == (6, 4.0, 0)
    # 6 days with both items: 1 each; day 10 (itch only) is no day of the mean
    assert (on.days_scored, on.mean_dss) == (6, 1.0)
    assert {c.column.kind: c.summary.mean_dss for c in shown.columns} == {
        "before_in_period": 4.0,
        "on_in_period": 1.0,
    }


def test_the_dose_cycle_profile_is_in_daily_uas(data):
    profile = figures.cycle_profile(data, START, LAST, max_day="all")
    # days 7..13 are cycle days 0..6; cycle day 3 (day 10) has no daily UAS
    assert list(profile.n) == [1, 1, 1, 0, 1, 1, 1]
    assert profile.median[0] == 1.0
    assert np.isnan(profile.median[3])


def test_a_child_without_the_uas_items_keeps_the_daily_score(diary):
    child = children.create_child(diary, "Luca", dt.date(2016, 1, 1))
    entries.save_entries(diary, child.id, [EntryRecord(child.id, START, {"itching": 2})])
    data = load_chart_data(diary, child.id, START).data
    assert figures.daily_measure(data) == (figures.DAILY_SCORE, None)
    assert figures.key_figures(data, START, START).measure == figures.DAILY_SCORE
