"""Episode rates per 28 days, rescue use and top triggers."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from masto_diary.analysis import (
    EPISODE_KINDS,
    DiaryData,
    EpisodeRecord,
    episode_rates,
    episodes_between,
    per_28_days,
    rescue_use,
    top_triggers,
)
from tests.analysis.diary_data import from_rows

JAN1 = dt.date(2024, 1, 1)
FEB25 = dt.date(2024, 2, 25)  # Jan 1 .. Feb 25 = 31 + 25 = 56 days


def make(episodes: list[EpisodeRecord]) -> DiaryData:
    return from_rows(["itch"], {}, episodes=episodes, first=JAN1, last=FEB25)


EPISODES = [
    EpisodeRecord(dt.date(2023, 12, 31), "flush", triggers=("heat",)),  # before the period
    EpisodeRecord(dt.date(2024, 1, 3), "flush", triggers=("heat",)),
    EpisodeRecord(dt.date(2024, 1, 10), "flush", triggers=("heat", "exercise")),
    EpisodeRecord(
        dt.date(2024, 1, 20),
        "anaphylaxis",
        severity="severe",
        epinephrine=True,
        emergency_visit=True,
        steroid=True,
    ),
    EpisodeRecord(dt.date(2024, 2, 5), "itch", triggers=("friction/rubbing",), antihistamine=True),
    EpisodeRecord(dt.date(2024, 2, 25), "gastrointestinal", triggers=("food",)),
    EpisodeRecord(dt.date(2024, 2, 26), "flush", triggers=("heat",)),  # after the period
]


def test_rates_by_kind_and_trigger() -> None:
    data = make(EPISODES)
    rates = episode_rates(data, JAN1, FEB25)
    assert rates.days == 56
    assert rates.total == 5  # Jan 3, Jan 10, Jan 20, Feb 5, Feb 25 (the ends are inclusive)
    assert rates.per_28_days == pytest.approx(2.5)  # 5 / 56 * 28
    assert rates.by_kind == {
        "flush": 2,
        "itch": 1,
        "hives_blisters": 0,
        "gastrointestinal": 1,
        "anaphylaxis": 1,
        "other": 0,
    }
    assert rates.per_28_by_kind["flush"] == pytest.approx(1.0)  # 2 / 56 * 28
    assert rates.per_28_by_kind["anaphylaxis"] == pytest.approx(0.5)  # 1 / 56 * 28
    assert rates.per_28_by_kind["other"] == 0.0
    # heat twice; the others once each, ties in label order
    assert list(rates.by_trigger.items()) == [
        ("heat", 2),
        ("exercise", 1),
        ("food", 1),
        ("friction/rubbing", 1),
    ]
    assert rates.per_28_by_trigger["heat"] == pytest.approx(1.0)
    assert rates.without_trigger == 1  # the anaphylaxis


def test_default_period_is_the_whole_diary() -> None:
    data = make(EPISODES)
    # from_rows was given first/last, so the diary is Jan 1 .. Feb 25 again
    assert episode_rates(data).total == 5
    assert len(episodes_between(data)) == 5
    assert len(episodes_between(data, dt.date(2024, 1, 10), dt.date(2024, 1, 20))) == 2


def test_rescue_use_counts_flags() -> None:
    rescue = rescue_use(make(EPISODES), JAN1, FEB25)
    assert (rescue.episodes, rescue.anaphylaxis) == (5, 1)
    assert (rescue.epinephrine, rescue.emergency_visits) == (1, 1)
    assert (rescue.antihistamine, rescue.steroid) == (1, 1)
    # the whole stored history includes two more flushes but no more rescue
    assert rescue_use(make(EPISODES), dt.date(2023, 1, 1), dt.date(2025, 1, 1)).episodes == 7


def test_top_triggers() -> None:
    data = make(EPISODES)
    assert top_triggers(data, JAN1, FEB25, limit=2) == (("heat", 2), ("exercise", 1))
    assert top_triggers(data, dt.date(2024, 1, 20), dt.date(2024, 1, 20)) == ()


def test_duplicate_trigger_counts_once_and_unknown_kind_is_kept() -> None:
    data = make(
        [
            EpisodeRecord(JAN1, "flush", triggers=("heat", "heat")),
            EpisodeRecord(JAN1, "sneezing"),
        ]
    )
    rates = episode_rates(data)
    assert rates.by_trigger == {"heat": 1}
    assert list(rates.by_kind)[-1] == "sneezing" and rates.by_kind["sneezing"] == 1


def test_empty_period_has_no_rate() -> None:
    assert per_28_days(3, 0) is None
    assert per_28_days(1, 14) == pytest.approx(2.0)  # 1 / 14 * 28
    rates = episode_rates(make(EPISODES), FEB25, JAN1)  # end before start -> empty
    assert rates.days == 0 and rates.total == 0 and rates.per_28_days is None


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.builds(
            EpisodeRecord,
            day=st.dates(JAN1, FEB25),
            kind=st.sampled_from(EPISODE_KINDS),
            triggers=st.lists(st.sampled_from(["heat", "cold", "food"]), max_size=3).map(tuple),
            epinephrine=st.booleans(),
            emergency_visit=st.booleans(),
        ),
        max_size=30,
    )
)
def test_rate_properties(episodes: list[EpisodeRecord]) -> None:
    rates = episode_rates(make(episodes))
    assert rates.total == len(episodes)
    assert sum(rates.by_kind.values()) == rates.total
    assert rates.per_28_days == pytest.approx(len(episodes) / 56 * 28)
    assert sum(n > 0 for n in rates.by_trigger.values()) == len(rates.by_trigger)
    assert rates.without_trigger == sum(1 for e in episodes if not e.triggers)
    rescue = rescue_use(make(episodes))
    assert 0 <= rescue.epinephrine <= rescue.episodes == rates.total
