"""UAS7, worked by hand: full weeks, missing days and every band edge (0/6/7/15/16/27/28/42)."""

import datetime as dt

import numpy as np
import pytest

from masto_diary.analysis import uas7

N = np.nan
MONDAY = dt.date(2026, 11, 2)


def test_daily_uas_is_wheals_plus_itch_and_needs_both():
    wheals = np.array([3, 0, 2, N, 1])
    itch = np.array([3, 0, 1, 2, N])
    got = uas7.daily_uas(wheals, itch)
    np.testing.assert_array_equal(got[:3], [6, 0, 3])
    assert np.isnan(got[3]) and np.isnan(got[4])  # one item missing: no daily UAS, not 2 or 1


@pytest.mark.parametrize("bad", [4, -1, 1.5])
def test_an_item_outside_0_to_3_is_refused(bad):
    with pytest.raises(ValueError, match="0–3"):
        uas7.daily_uas(np.array([bad]), np.array([0]))


def test_a_full_week_is_the_plain_sum():
    # wheals 3 3 2 2 1 1 0 + itch 3 2 2 1 1 0 0 = daily 6 5 4 3 2 1 0 -> 21, moderate
    daily = uas7.daily_uas(np.array([3, 3, 2, 2, 1, 1, 0]), np.array([3, 2, 2, 1, 1, 0, 0]))
    (week,) = uas7.weekly_uas7(daily, MONDAY)
    assert (week.score, week.band, week.scored_days, week.complete) == (21, "moderate", 7, True)
    assert week.end == dt.date(2026, 11, 8)


@pytest.mark.parametrize(
    ("daily", "score", "band"),
    [
        ([0, 0, 0, 0, 0, 0, 0], 0, "itch_and_hive_free"),
        ([1, 1, 1, 1, 1, 1, 0], 6, "well_controlled"),
        ([1, 1, 1, 1, 1, 1, 1], 7, "mild"),
        ([3, 2, 2, 2, 2, 2, 2], 15, "mild"),
        ([3, 3, 2, 2, 2, 2, 2], 16, "moderate"),
        ([4, 4, 4, 4, 4, 4, 3], 27, "moderate"),
        ([4, 4, 4, 4, 4, 4, 4], 28, "severe"),
        ([6, 6, 6, 6, 6, 6, 6], 42, "severe"),
    ],
)
def test_band_edges_of_full_weeks(daily, score, band):
    assert uas7.week_score(np.array(daily, dtype=float)) == score
    assert uas7.band(score) == band


@pytest.mark.parametrize("bad", [-1, 43, 6.5, True])
def test_a_band_needs_a_whole_uas7_from_0_to_42(bad):
    with pytest.raises(ValueError):
        uas7.band(bad)


@pytest.mark.parametrize(
    ("daily", "score"),
    [
        # 6 days of 2: 12 * 7 / 6 = 14 (filling the gap with 0 would give 12)
        ([2, 2, 2, 2, 2, 2, N], 14),
        # 6 days summing 9: 63 / 6 = 10.5 -> 11 (halves go up)
        ([2, 2, 2, 1, 1, 1, N], 11),
        # 5 days of 3: 15 * 7 / 5 = 21
        ([3, N, 3, 3, N, 3, 3], 21),
        # 4 days summing 3: 21 / 4 = 5.25 -> 5, well controlled
        ([1, 1, 1, 0, N, N, N], 5),
        # 4 days summing 2: 14 / 4 = 3.5 -> 4
        ([N, 1, N, 1, N, 0, 0], 4),
        # 4 days of 6: 24 * 7 / 4 = 42, never above the top
        ([6, 6, 6, 6, N, N, N], 42),
    ],
)
def test_a_week_with_four_to_six_days_is_estimated_from_its_mean(daily, score):
    (week,) = uas7.weekly_uas7(np.array(daily, dtype=float), MONDAY)
    assert week.score == score and not week.complete
    assert week.scored_days == 7 - sum(np.isnan(daily))


def test_a_week_with_three_days_or_fewer_has_no_uas7():
    (week,) = uas7.weekly_uas7(np.array([0, 0, 0, N, N, N, N]), MONDAY)
    assert (week.score, week.band, week.scored_days) == (None, None, 3)
    (empty,) = uas7.weekly_uas7(np.full(7, N), MONDAY)
    assert empty.score is None and empty.scored_days == 0


def test_weeks_count_from_the_anchor_and_an_unfinished_week_is_left_out():
    daily = np.array([6, 6] + [1] * 7 + [0] * 7 + [5], dtype=float)  # 17 days
    weeks = uas7.weekly_uas7(daily, MONDAY, anchor=MONDAY + dt.timedelta(days=2))
    assert [(w.start.day, w.score, w.band) for w in weeks] == [
        (4, 7, "mild"),
        (11, 0, "itch_and_hive_free"),
    ]
    with pytest.raises(ValueError, match="anchor"):
        uas7.weekly_uas7(daily, MONDAY, anchor=MONDAY - dt.timedelta(days=1))


def test_response_compares_the_week_before_the_first_dose_with_the_last_week():
    # 7 days of 5 (35, severe), dose, then weeks of 2 (14), 1 (7), 0 with a gap, then 0s
    daily = np.array([5] * 7 + [2] * 7 + [1] * 7 + [0, 0, 0, N, N, N, N] + [0] * 7, dtype=float)
    got = uas7.response(daily, MONDAY, first_dose=MONDAY + dt.timedelta(days=7))
    assert (got.baseline.score, got.baseline.band) == (35, "severe")
    assert (got.now.score, got.now.band) == (0, "itch_and_hive_free")
    assert got.category == uas7.COMPLETE_RESPONSE
    # weeks after the dose: 14, 7, none (3 days), 0 -> 3 scored, 1 with UAS7 <= 6
    assert (got.weeks_scored, got.weeks_well_controlled) == (3, 1)


def test_response_categories_and_missing_baseline():
    well = uas7.response(np.ones(14), MONDAY, first_dose=MONDAY)
    assert well.baseline is None and well.now.score == 7 and well.category == "not_controlled"
    six = uas7.response(np.array([1] * 6 + [0] * 8, dtype=float), MONDAY, first_dose=None)
    assert six.now.score == 0 and six.category == "complete_response"
    partial = uas7.response(np.array([1, 1, 1, 1, 1, 1, 0], dtype=float), MONDAY, None)
    assert partial.category == "well_controlled" and partial.weeks_scored == 0
    assert uas7.response(np.full(7, N), MONDAY, None).category is None
    assert uas7.response(np.ones(3), MONDAY, None).now is None
