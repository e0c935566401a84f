"""Daily symptom score, rolling mean, symptom-free days and per-symptom series."""

import datetime as dt
import subprocess
import sys

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from masto_diary.analysis import (
    DiaryData,
    EpisodeRecord,
    SymptomSpec,
    daily_symptom_score,
    day_range,
    per_symptom_series,
    rolling_mean,
    score_series,
    symptom_free_days,
    to_datetime64,
)
from tests.analysis.diary_data import from_rows

D = dt.date(2024, 1, 1)


def day(n: int) -> dt.date:
    """Day ``n`` of the test diary (day 1 = 2024-01-01)."""
    return D + dt.timedelta(days=n - 1)


SYMPTOMS = [SymptomSpec("itch"), SymptomSpec("flush"), SymptomSpec("pain", active=False)]


def test_dss_sums_active_scores_and_keeps_gaps() -> None:
    data = from_rows(
        SYMPTOMS,
        {
            day(1): {"itch": 2, "flush": 1, "pain": 3},  # 2 + 1 = 3 (pain is hidden)
            # day 2: no entry at all -> gap
            day(3): {},  # entry, nothing scored -> gap
            day(4): {"pain": 2},  # only a hidden symptom scored -> gap
            day(5): {"itch": 0, "flush": None},  # 0 (flush not recorded, not 0)
        },
    )
    dss = daily_symptom_score(data)
    np.testing.assert_array_equal(dss, [3.0, np.nan, np.nan, np.nan, 0.0])


def test_dss_for_chosen_keys_includes_hidden_symptoms() -> None:
    data = from_rows(
        SYMPTOMS,
        {day(1): {"itch": 2, "pain": 3}, day(2): {"pain": 2}, day(3): {"itch": 1}},
    )
    # pain alone: 3, 2, not recorded
    np.testing.assert_array_equal(daily_symptom_score(data, ["pain"]), [3.0, 2.0, np.nan])
    # itch + pain: 2+3=5, 0+2 -> only pain recorded = 2, 1
    np.testing.assert_array_equal(daily_symptom_score(data, ["itch", "pain"]), [5.0, 2.0, 1.0])
    with pytest.raises(ValueError, match="nausea"):
        daily_symptom_score(data, ["nausea"])


def test_rolling_mean_needs_four_values_in_trailing_week() -> None:
    values = np.array([1, 2, np.nan, 3, np.nan, 4, 5, np.nan, np.nan, 6], dtype=float)
    expected = [
        np.nan,  # [1]                       1 value
        np.nan,  # [1,2]                     2 values
        np.nan,  # [1,2,-]                   2 values
        np.nan,  # [1,2,-,3]                 3 values
        np.nan,  # [1,2,-,3,-]               3 values
        2.5,  # [1,2,-,3,-,4]                (1+2+3+4)/4 = 2.5
        3.0,  # [1,2,-,3,-,4,5]              15/5 = 3.0
        3.5,  # [2,-,3,-,4,5,-]              14/4 = 3.5
        np.nan,  # [-,3,-,4,5,-,-]           3 values
        4.5,  # [3,-,4,5,-,-,6]              18/4 = 4.5
    ]
    np.testing.assert_allclose(rolling_mean(values), expected, equal_nan=True)


def test_rolling_mean_rejects_bad_window() -> None:
    with pytest.raises(ValueError):
        rolling_mean(np.zeros(3), window=3, min_days=4)


def test_symptom_free_day_needs_a_zero_score_and_no_episode() -> None:
    data = from_rows(
        SYMPTOMS,
        {
            day(1): {"itch": 0, "flush": 0},  # free
            day(2): {"itch": 0, "flush": 0},  # episode that day -> not free
            day(3): {"itch": 0, "flush": 1},  # a symptom -> not free
            # day 4: no entry -> not free (and not counted either way)
            day(5): {},  # nothing scored -> not free
            day(6): {"itch": 0},  # one score, all recorded scores 0 -> free
            day(7): {"itch": 0, "pain": 2},  # hidden symptom does not count -> free
        },
        episodes=[EpisodeRecord(day(2), "flush")],
    )
    expected = [True, False, False, False, False, True, True]
    np.testing.assert_array_equal(symptom_free_days(data), expected)


def test_per_symptom_series_masks_days_without_entry() -> None:
    # A score on a day flagged "no entry" must not show up: the entry flag wins.
    scores = np.array([[1.0, np.nan, 2.0], [3.0, 0.0, 1.0]])
    data = DiaryData(
        start=D,
        days=day_range(D, 2),
        symptom_keys=("itch", "flush", "pain"),
        scale_max=np.array([3, 3, 3]),
        active=np.array([True, True, False]),
        scores=scores,
        recorded=np.array([True, False]),
        school_missed=np.array([False, False]),
    )
    series = per_symptom_series(data)
    assert list(series) == ["itch", "flush", "pain"]
    np.testing.assert_array_equal(series["itch"], [1.0, np.nan])
    np.testing.assert_array_equal(series["flush"], [np.nan, np.nan])
    np.testing.assert_array_equal(series["pain"], [2.0, np.nan])
    assert list(per_symptom_series(data, ["pain"])) == ["pain"]
    np.testing.assert_array_equal(daily_symptom_score(data), [1.0, np.nan])


def test_score_series_bundles_the_trend() -> None:
    entries = {day(n): {"itch": n % 2} for n in range(1, 11) if n != 4}
    data = from_rows(SYMPTOMS, entries)
    s = score_series(data)
    np.testing.assert_array_equal(s.dss, daily_symptom_score(data))
    np.testing.assert_array_equal(s.mean_7d, rolling_mean(s.dss))
    np.testing.assert_array_equal(s.symptom_free, symptom_free_days(data))
    assert s.scored.sum() == 9
    assert s.days[0] == np.datetime64("2024-01-01")


def test_from_rows_range_and_validation() -> None:
    data = from_rows(
        ["itch"],
        {day(3): {"itch": 1}},
        school_missed=[day(3), day(40)],  # day 40 lies outside -> ignored
        injections=[],
        episodes=[EpisodeRecord(day(1), "itch")],  # extends the range back to day 1
        last=day(5),
    )
    assert data.start == day(1) and data.end == day(5) and data.n_days == 5
    np.testing.assert_array_equal(data.recorded, [False, False, True, False, False])
    np.testing.assert_array_equal(data.school_missed, [False, False, True, False, False])
    assert not data.scores.flags.writeable
    with pytest.raises(ValueError, match="unknown symptom"):
        from_rows(["itch"], {day(1): {"rash": 1}})
    with pytest.raises(ValueError, match="without gaps"):
        DiaryData(
            start=D,
            days=np.array(["2024-01-01", "2024-01-03"], dtype="datetime64[D]"),
            symptom_keys=("itch",),
            scale_max=[3],
            active=[True],
            scores=np.zeros((2, 1)),
            recorded=[True, True],
            school_missed=[False, False],
        )


def test_empty_diary_gives_empty_series() -> None:
    data = from_rows(["itch"], {}, first=D)
    assert data.n_days == 1 and not data.recorded.any()
    empty = from_rows(["itch"], {})
    assert empty.n_days == 0
    assert daily_symptom_score(empty).shape == (0,)
    assert rolling_mean(daily_symptom_score(empty)).shape == (0,)


def test_analysis_imports_no_qt_and_no_database() -> None:
    code = (
        "import sys, masto_diary.analysis\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'pyqtgraph', 'sqlalchemy', 'sqlmodel')]\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


# --------------------------------------------------------------------------- properties


@st.composite
def diaries(draw: st.DrawFn) -> DiaryData:
    n = draw(st.integers(0, 40))
    k = draw(st.integers(1, 5))
    scale = np.array(draw(st.lists(st.integers(1, 5), min_size=k, max_size=k)))
    active = np.array(draw(st.lists(st.booleans(), min_size=k, max_size=k)))
    raw = draw(st.lists(st.integers(-1, 5), min_size=n * k, max_size=n * k))
    scores = np.array(raw, dtype=float).reshape(n, k)
    scores = np.where(scores > scale, scale, scores)  # keep within each symptom's scale
    scores[scores < 0] = np.nan  # -1 = not recorded
    recorded = np.array(draw(st.lists(st.booleans(), min_size=n, max_size=n)), dtype=bool)
    scores[~recorded] = np.nan
    return DiaryData(
        start=D,
        days=day_range(D, n),
        symptom_keys=tuple(f"s{j}" for j in range(k)),
        scale_max=scale,
        active=active,
        scores=scores,
        recorded=recorded,
        school_missed=np.zeros(n, dtype=bool),
    )


@settings(max_examples=150, deadline=None)
@given(diaries())
def test_gaps_never_become_zeros(data: DiaryData) -> None:
    dss = daily_symptom_score(data)
    for i in range(data.n_days):
        seen = [data.scores[i, j] for j in np.flatnonzero(data.active)]
        seen = [v for v in seen if not np.isnan(v)]
        if not data.recorded[i] or not seen:
            assert np.isnan(dss[i])  # a gap stays a gap
        else:
            assert dss[i] == sum(seen)
    top = data.scale_max[data.active].sum()
    finite = dss[~np.isnan(dss)]
    assert np.all((finite >= 0) & (finite <= top))
    free = symptom_free_days(data)
    assert not np.any(free & np.isnan(dss))  # an unrecorded day is never "symptom-free"


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.one_of(st.none(), st.integers(0, 30)), max_size=40),
    st.integers(1, 10),
    st.data(),
)
def test_rolling_mean_matches_brute_force(values: list, window: int, data: st.DataObject) -> None:
    min_days = data.draw(st.integers(1, window))
    array = np.array([np.nan if v is None else v for v in values], dtype=float)
    got = rolling_mean(array, window, min_days)
    for i in range(len(array)):
        part = array[max(0, i - window + 1) : i + 1]
        part = part[~np.isnan(part)]
        if len(part) < min_days:
            assert np.isnan(got[i])
        else:
            assert got[i] == pytest.approx(part.mean())
            assert part.min() <= got[i] <= part.max()


@settings(max_examples=100, deadline=None)
@given(st.lists(st.dates(), max_size=20))
def test_to_datetime64_matches_numpy(days: list[dt.date]) -> None:
    expected = np.array(days, dtype="datetime64[D]")
    np.testing.assert_array_equal(to_datetime64(days), expected)
    assert to_datetime64(days).dtype == np.dtype("datetime64[D]")
