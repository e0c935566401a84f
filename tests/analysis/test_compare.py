"""Before / on therapy summaries."""

import datetime as dt

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from masto_diary.analysis import (
    DiaryData,
    EpisodeRecord,
    InjectionRecord,
    compare_before_on,
    summarize_period,
)
from tests.analysis.diary_data import from_rows


def jan(n: int) -> dt.date:
    return dt.date(2024, 1, n)


# Two symptoms on the 0..3 scale; diary Jan 1..14; first injection Jan 8.
ENTRIES: dict[dt.date, dict[str, int | None]] = {
    jan(1): {"a": 2, "b": 1},  # 3
    jan(2): {"a": 0, "b": 0},  # 0, symptom-free
    # Jan 3: no entry
    jan(4): {"a": 1},  # 1 (school missed)
    jan(5): {"a": 0, "b": 0},  # 0 but a flush episode -> not symptom-free
    jan(6): {"a": 3, "b": 3},  # 6, anaphylaxis with epinephrine and emergency visit
    jan(7): {},  # entry without scores (school missed)
    jan(8): {"a": 1, "b": 0},  # 1, injection day
    jan(9): {"a": 0, "b": 0},  # free
    jan(10): {"a": 0, "b": 0},  # free
    jan(11): {"a": 0, "b": 0},  # free
    # Jan 12: no entry
    jan(13): {"a": 0, "b": 0},  # free
    jan(14): {"a": 0, "b": 0},  # itch episode -> not free
}
EPISODES = [
    EpisodeRecord(jan(5), "flush", triggers=("heat",)),
    EpisodeRecord(jan(6), "anaphylaxis", "severe", epinephrine=True, emergency_visit=True),
    EpisodeRecord(jan(14), "itch"),
]


def diary(injections: tuple[dt.date, ...] = (jan(8),)) -> DiaryData:
    return from_rows(
        ["a", "b"],
        ENTRIES,
        school_missed=[jan(4), jan(7)],
        episodes=EPISODES,
        injections=[InjectionRecord(d, 150) for d in injections],
    )


def test_before_and_on_therapy() -> None:
    result = compare_before_on(diary(), days_before=7)
    assert result.first_injection == jan(8)
    before, on = result.before, result.on
    assert before is not None and on is not None
    assert (before.start, before.end, before.days) == (jan(1), jan(7), 7)
    assert before.days_recorded == 6  # all but Jan 3
    assert before.days_scored == 5  # Jan 7 has no score
    assert before.coverage_pct == pytest.approx(6 / 7 * 100)  # 85.7 %
    assert before.mean_dss == pytest.approx(2.0)  # (3 + 0 + 1 + 0 + 6) / 5
    assert before.symptom_free_days == 1  # Jan 2 (Jan 5 had an episode)
    assert before.symptom_free_pct == pytest.approx(20.0)  # 1 / 5
    assert before.episodes == 2
    assert before.episodes_per_28 == pytest.approx(8.0)  # 2 / 7 * 28
    assert before.episodes_per_28_by_kind["flush"] == pytest.approx(4.0)  # 1 / 7 * 28
    assert before.episodes_per_28_by_kind["anaphylaxis"] == pytest.approx(4.0)
    assert (before.anaphylaxis, before.epinephrine_uses, before.emergency_visits) == (1, 1, 1)
    assert before.school_days_missed == 2

    assert (on.start, on.end, on.days) == (jan(8), jan(14), 7)
    assert (on.days_recorded, on.days_scored) == (6, 6)  # Jan 12 missing
    assert on.mean_dss == pytest.approx(1 / 6)  # (1 + 0 + 0 + 0 + 0 + 0) / 6
    assert on.symptom_free_days == 4  # Jan 9, 10, 11, 13
    assert on.symptom_free_pct == pytest.approx(4 / 6 * 100)
    assert on.episodes_per_28 == pytest.approx(4.0)  # 1 / 7 * 28
    assert (on.anaphylaxis, on.epinephrine_uses, on.school_days_missed) == (0, 0, 0)


def test_before_period_is_clipped_to_the_diary_start() -> None:
    # 30 days before Jan 8 would start on Dec 9, but the diary starts on Jan 1
    clipped = compare_before_on(diary(), days_before=30).before
    assert clipped == compare_before_on(diary(), days_before=7).before
    shorter = compare_before_on(diary(), days_before=3).before
    assert shorter is not None
    assert (shorter.start, shorter.days, shorter.mean_dss) == (jan(5), 3, 3.0)  # (0 + 6) / 2


def test_chosen_on_period_and_missing_periods() -> None:
    chosen = compare_before_on(diary(), on_start=jan(9), on_end=jan(11)).on
    assert chosen is not None
    assert (chosen.days, chosen.mean_dss, chosen.symptom_free_pct) == (3, 0.0, 100.0)
    nothing = compare_before_on(diary(injections=()))
    assert (nothing.first_injection, nothing.before, nothing.on) == (None, None, None)
    from_day_one = compare_before_on(diary(injections=(jan(1),)))
    assert from_day_one.before is None and from_day_one.on is not None


def test_period_reaching_outside_the_diary() -> None:
    summary = summarize_period(diary(), dt.date(2023, 12, 25), jan(7))  # 7 + 7 days
    assert summary.days == 14
    assert summary.days_recorded == 6
    assert summary.coverage_pct == pytest.approx(6 / 14 * 100)
    assert summary.episodes_per_28 == pytest.approx(4.0)  # 2 / 14 * 28


def test_empty_period_gives_none_not_errors() -> None:
    summary = summarize_period(diary(), dt.date(2023, 6, 1), dt.date(2023, 6, 30))
    assert (summary.days, summary.days_recorded, summary.coverage_pct) == (30, 0, 0.0)
    assert summary.mean_dss is None and summary.symptom_free_pct is None
    empty = summarize_period(from_rows(["a"], {}))
    assert empty.days == 0 and empty.coverage_pct is None and empty.episodes_per_28 is None


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.one_of(st.none(), st.tuples(st.integers(0, 3), st.integers(0, 3))), max_size=60),
    st.integers(0, 59),
    st.integers(0, 30),
)
def test_summary_ranges(rows: list, first_dose: int, days_before: int) -> None:
    start = jan(1)
    entries = {
        start + dt.timedelta(days=i): {"a": r[0], "b": r[1]}
        for i, r in enumerate(rows)
        if r is not None
    }
    data = from_rows(
        ["a", "b"],
        entries,
        injections=[InjectionRecord(start + dt.timedelta(days=first_dose), 150)],
        first=start,
        last=start + dt.timedelta(days=max(len(rows), first_dose + 1)),
    )
    result = compare_before_on(data, days_before=days_before)
    for summary in (result.before, result.on):
        if summary is None:
            continue
        assert 0 <= summary.days_scored <= summary.days_recorded <= summary.days
        assert 0 <= summary.coverage_pct <= 100
        if summary.mean_dss is not None:
            assert 0 <= summary.mean_dss <= 6  # two symptoms, 0..3 each
            assert 0 <= summary.symptom_free_pct <= 100
        else:
            assert summary.days_scored == 0
    if result.before is not None:
        assert result.before.days == min(days_before, first_dose)
        assert result.before.end < result.first_injection <= result.on.start
    whole = summarize_period(data)
    dss = np.array([sum(r) for r in rows if r is not None], dtype=float)
    if len(dss):
        assert whole.mean_dss == pytest.approx(dss.mean())
