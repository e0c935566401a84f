"""Dose-cycle profile, adherence and overdue periods."""

import datetime as dt

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from masto_diary.analysis import (
    NO_INJECTION_YET,
    DiaryData,
    InjectionRecord,
    SymptomSpec,
    adherence,
    cycle_profile,
    daily_symptom_score,
    days_since_injection,
    default_max_day,
    injection_timings,
    overdue_periods,
)
from tests.analysis.diary_data import from_rows


def jan(n: int) -> dt.date:
    return dt.date(2024, 1, n)


# One symptom on a 0..10 scale so the daily score can be any small number.
# Injections on Jan 3, Jan 10 (due Jan 10) and Jan 19 (due Jan 17: two days late), every 7 days.
DSS_BY_DAY = {
    1: 9, 2: 8,  # before the first injection: not in the profile
    3: 4, 4: 2, 6: 1, 7: 1, 8: 2, 9: 3,  # cycle 1, day-in-cycle 0..6 (Jan 5 = no entry)
    10: 6, 11: 0, 12: 0, 13: 1, 15: 2, 16: 5, 17: 7, 18: 8,  # cycle 2, days 0..8 (14: empty)
    19: 5, 20: 1,  # cycle 3, days 0..1
}  # fmt: skip


def cycle_diary(interval: int | None = 7) -> DiaryData:
    entries: dict[dt.date, dict[str, float | None]] = {
        jan(d): {"a": v} for d, v in DSS_BY_DAY.items()
    }
    entries[jan(14)] = {}  # an entry with nothing scored is a gap, like Jan 5
    injections = [InjectionRecord(jan(d), 150.0, 7) for d in (3, 10, 19)]
    return from_rows(
        [SymptomSpec("a", scale_max=10)], entries, injections=injections, interval_days=interval
    )


def test_days_since_injection() -> None:
    since = days_since_injection(cycle_diary())
    expected = [-1, -1, *range(0, 7), *range(0, 9), 0, 1]  # Jan 1..20
    np.testing.assert_array_equal(since, expected)
    assert NO_INJECTION_YET == -1


def test_injection_before_the_diary_still_counts() -> None:
    data = from_rows(
        ["a"], {jan(5): {"a": 1}}, injections=[InjectionRecord(dt.date(2023, 12, 30), 150)],
        first=jan(5),
    )  # fmt: skip
    assert data.start == jan(5)  # `first` wins over the earlier injection
    np.testing.assert_array_equal(days_since_injection(data), [6])  # Dec 30 -> Jan 5


def test_profile_median_iqr_and_n() -> None:
    profile = cycle_profile(cycle_diary())
    assert profile.max_day == 11  # 7 * 1.5 = 10.5, rounded half up
    # day 0: [4, 6, 5] -> sorted [4, 5, 6]: median 5; p25 at position 0.5 -> 4.5; p75 5.5
    # day 1: [2, 0, 1] -> [0, 1, 2]: median 1, p25 0.5, p75 1.5
    # day 2: [0]          (Jan 5 is a gap)
    # day 3: [1, 1]
    # day 4: [1]          (Jan 14 is an empty entry)
    # day 5: [2, 2]
    # day 6: [3, 5] -> median 4; p25 3 + 2 * 0.25 = 3.5; p75 4.5
    # day 7: [7]; day 8: [8]; days 9..11: nothing
    np.testing.assert_array_equal(profile.n, [3, 3, 1, 2, 1, 2, 2, 1, 1, 0, 0, 0])
    np.testing.assert_allclose(
        profile.median, [5, 1, 0, 1, 1, 2, 4, 7, 8, np.nan, np.nan, np.nan], equal_nan=True
    )
    np.testing.assert_allclose(profile.p25[[0, 1, 6]], [4.5, 0.5, 3.5])
    np.testing.assert_allclose(profile.p75[[0, 1, 6]], [5.5, 1.5, 4.5])
    # 18 days from Jan 3 to Jan 20, minus the gaps on Jan 5 and Jan 14 = 16 days
    assert profile.days_used == 16
    np.testing.assert_array_equal(profile.day, np.arange(12))


def test_profile_max_day_and_period() -> None:
    data = cycle_diary()
    assert cycle_profile(data, max_day=7).days_used == 15  # drops the day-8 value (Jan 18)
    assert cycle_profile(data, max_day="all").max_day == 8  # the longest cycle seen
    late = cycle_profile(data, jan(10), jan(20))
    # Jan 10..20 = 11 days minus the empty Jan 14 = 10; day 0 = [6, 5] -> median 5.5
    assert late.days_used == 10
    assert late.median[0] == pytest.approx(5.5)
    assert late.n[0] == 2


def test_default_max_day() -> None:
    assert default_max_day(cycle_diary(interval=28)) == 42  # 28 * 1.5
    assert default_max_day(cycle_diary(interval=7)) == 11  # 10.5 -> 11
    assert default_max_day(cycle_diary(interval=None)) == 11  # falls back to the last injection


def test_no_injection_gives_an_empty_profile() -> None:
    data = from_rows(["a"], {jan(1): {"a": 2}})
    np.testing.assert_array_equal(days_since_injection(data), [-1])
    profile = cycle_profile(data)
    assert profile.days_used == 0 and np.isnan(profile.median).all()
    result = adherence(data)
    assert result.share_on_time is None and result.longest_delay_days == 0
    assert overdue_periods(data) == ()


# Injections: Jan 1 (28) -> due Jan 29, given Jan 29 (on time, 0)
#             Jan 29 (28) -> due Feb 26, given Mar 1 (4 days late: Feb has 29 days in 2024)
#             Mar 1 (24) -> due Mar 25, given Mar 21 (4 days early: -4, not on time)
#             Mar 21 (14) -> due Apr 4, given Apr 5 (1 day late, on time)
#             Apr 5 (14) -> due Apr 19
INJECTIONS = [
    InjectionRecord(dt.date(2024, 1, 1), 150, 28),
    InjectionRecord(dt.date(2024, 1, 29), 150, 28),
    InjectionRecord(dt.date(2024, 3, 1), 150, 24),
    InjectionRecord(dt.date(2024, 3, 21), 150, 14),
    InjectionRecord(dt.date(2024, 4, 5), 150, 14),
]


def adherence_diary(interval: int | None = 14) -> DiaryData:
    return from_rows(
        ["a"], {}, injections=reversed(INJECTIONS), interval_days=interval
    )  # given out of order on purpose: DiaryData sorts them


def test_adherence() -> None:
    result = adherence(adherence_diary())
    assert [t.days_late for t in result.timings] == [None, 0, 4, -4, 1]
    assert [t.on_time for t in result.timings] == [None, True, False, False, True]
    assert result.timings[2].due == dt.date(2024, 2, 26)
    assert (result.injections, result.assessed, result.on_time) == (5, 4, 2)
    assert result.share_on_time == pytest.approx(0.5)  # 2 of 4
    assert result.longest_delay_days == 4
    # within the period from Mar 1 the due dates still come from the injection before it
    from_march = adherence(adherence_diary(), dt.date(2024, 3, 1))
    assert (from_march.assessed, from_march.on_time) == (3, 1)
    assert from_march.share_on_time == pytest.approx(1 / 3)
    # a stricter tolerance: only the exact-day dose counts
    assert adherence(adherence_diary(), tolerance_days=0).on_time == 1


def test_overdue_periods() -> None:
    data = adherence_diary()
    periods = overdue_periods(data, today=dt.date(2024, 4, 30))
    # Mar 1 dose was due Feb 26: overdue Feb 27, 28, 29 (the day of the dose is not overdue)
    first = periods[0]
    assert (first.start, first.end, first.due, first.days) == (
        dt.date(2024, 2, 27),
        dt.date(2024, 2, 29),
        dt.date(2024, 2, 26),
        3,
    )
    assert not first.ongoing
    # Apr 5 dose was one day late: Apr 5 itself is the dose day, so nothing to shade.
    # After Apr 5 (+14 = due Apr 19) nothing was given: Apr 20 .. Apr 30 is open.
    last = periods[-1]
    assert (last.start, last.end, last.days, last.ongoing) == (
        dt.date(2024, 4, 20),
        dt.date(2024, 4, 30),
        11,
        True,
    )
    assert len(periods) == 2
    assert len(overdue_periods(data, today=dt.date(2024, 4, 19))) == 1  # due today: not late
    assert len(overdue_periods(adherence_diary(interval=None), today=dt.date(2024, 9, 1))) == 1
    # default "today" = the diary's last day, which is the last injection here
    assert len(overdue_periods(data)) == 1


def test_injection_timings_are_in_order() -> None:
    timings = injection_timings(adherence_diary())
    assert [t.day for t in timings] == [i.day for i in INJECTIONS]


# --------------------------------------------------------------------------- properties


@st.composite
def treated_diaries(draw: st.DrawFn) -> DiaryData:
    start = dt.date(2024, 1, 1)
    scale = draw(st.lists(st.integers(1, 4), min_size=1, max_size=3))
    keys = [f"s{j}" for j in range(len(scale))]
    row = st.fixed_dictionaries(
        {k: st.one_of(st.none(), st.integers(0, m)) for k, m in zip(keys, scale, strict=True)}
    )
    rows = draw(st.lists(st.one_of(st.none(), row), min_size=1, max_size=80))
    entries = {start + dt.timedelta(days=i): r for i, r in enumerate(rows) if r is not None}
    planned = draw(st.lists(st.tuples(st.integers(-10, len(rows) + 5), st.integers(5, 30))))
    injections = [InjectionRecord(start + dt.timedelta(days=o), 150, n) for o, n in planned[:8]]
    symptoms = [SymptomSpec(k, m) for k, m in zip(keys, scale, strict=True)]
    last = start + dt.timedelta(days=len(rows) - 1)
    return from_rows(symptoms, entries, injections=injections, first=start, last=last)


@settings(max_examples=150, deadline=None)
@given(treated_diaries(), st.one_of(st.none(), st.integers(0, 40), st.just("all")))
def test_profile_n_adds_up_and_stays_in_range(data: DiaryData, max_day: object) -> None:
    profile = cycle_profile(data, max_day=max_day)
    dss = daily_symptom_score(data)
    since = days_since_injection(data)
    used = ~np.isnan(dss) & (since >= 0) & (since <= profile.max_day)
    assert profile.days_used == used.sum()  # every usable day counted exactly once
    if max_day == "all":
        assert profile.days_used == (~np.isnan(dss) & (since >= 0)).sum()
    top = data.scale_max.sum()
    for d in np.flatnonzero(profile.n):
        values = dss[used & (since == d)]
        assert profile.n[d] == len(values)
        assert profile.median[d] == pytest.approx(np.median(values))
        assert profile.p25[d] == pytest.approx(np.percentile(values, 25))
        assert profile.p75[d] == pytest.approx(np.percentile(values, 75))
        assert 0 <= profile.p25[d] <= profile.median[d] <= profile.p75[d] <= top
    assert np.isnan(profile.median[profile.n == 0]).all()


@settings(max_examples=100, deadline=None)
@given(treated_diaries())
def test_adherence_properties(data: DiaryData) -> None:
    result = adherence(data)
    assert result.assessed == max(len(data.injections) - 1, 0)
    if result.share_on_time is not None:
        assert 0 <= result.share_on_time <= 1
    for period in overdue_periods(data):
        assert period.start > period.due and period.days >= 1
        # no injection falls inside an overdue period
        assert not any(period.start <= i.day <= period.end for i in data.injections)


def test_points_count_the_cycles_behind_them() -> None:
    profile = cycle_profile(cycle_diary(), max_day=8)
    # day 0 and 1: cycles 1, 2, 3; day 2: cycle 2 (Jan 5 is a gap); day 4: cycle 1 (Jan 14 a
    # gap); days 7 and 8: cycle 2 only
    np.testing.assert_array_equal(profile.cycles, [3, 3, 1, 2, 1, 2, 2, 1, 1])
    assert profile.cycles_used == 3
    np.testing.assert_array_equal(profile.joined, profile.cycles >= 3)
    assert profile.joined.tolist()[:2] == [True, True] and not profile.joined[7]
