"""The tests that decide whether the patterns can be trusted: calibration, power, the case.

Calibration: diaries with no wear-off and no trigger effect (built like the demo: cycles,
seasons, missed evenings, late doses, bad spells) must give a stated finding in at most 5 %.
Power: a rise of 2 points in the last week over about 10 on-time cycles, and a trigger that
triples the next day's odds of an episode, must be found in at least 80 %.  The normal run
uses fewer diaries; the ``perf`` run uses the full 500 and prints the smallest effects found
reliably (docs/patterns.md quotes those figures).
"""

import datetime as dt
import tempfile
from pathlib import Path

import numpy as np
import pytest

from masto_diary.analysis.patterns import patterns
from tests.analysis.synthetic_diaries import Plant, synthetic_diary

NULL_COUNT, NULL_COUNT_FULL = 150, 500
POWER_COUNT, POWER_COUNT_FULL = 50, 300


NULL = Plant()


def stated_share(count: int, plant: Plant = NULL, seed: int = 1, **shape) -> dict[str, float]:
    """Share of ``count`` diaries with any stated finding, a stated wear-off, the planted one."""
    rng = np.random.default_rng(seed)
    any_, wear, trigger = 0, 0, 0
    for _ in range(count):
        found = patterns(synthetic_diary(rng, plant=plant, **shape))
        any_ += found.any_stated
        wear += found.wear_off.stated
        trigger += any(f.label == plant.trigger for f in found.stated_triggers)
    return {"any": any_ / count, "wear_off": wear / count, "trigger": trigger / count}


WEAR = {"days": 480, "therapy_from": 90}  # about 13 cycles, 12 of them on time on average
TRIGGER = {"days": 1460, "base_rate": 0.3}  # four years, an episode on about 3 days in 10


def _calibration(count: int) -> None:
    share = stated_share(count)
    print(
        f"\ncalibration: {count} null diaries, any stated finding {share['any']:.1%} "
        f"(wear-off {share['wear_off']:.1%})"
    )
    assert share["any"] <= 0.05


def _wear_power(count: int) -> None:
    share = stated_share(count, Plant(wear_off=2.0), seed=2, **WEAR)
    print(f"\npower: +2 points in the last week, ~13 cycles: found in {share['wear_off']:.0%}")
    assert share["wear_off"] >= 0.8


def _trigger_power(count: int) -> None:
    share = stated_share(count, Plant(odds_ratio=3.0, exposures=80), seed=3, **TRIGGER)
    print(f"\npower: next-day odds x3, 80 logged days: found in {share['trigger']:.0%}")
    assert share["trigger"] >= 0.8


def test_null_diaries_rarely_give_a_finding() -> None:
    _calibration(NULL_COUNT)


def test_a_wear_off_of_two_points_is_found() -> None:
    _wear_power(POWER_COUNT)


def test_a_trigger_tripling_the_next_day_odds_is_found() -> None:
    _trigger_power(POWER_COUNT)


@pytest.mark.perf
def test_calibration_and_power_in_full() -> None:
    _calibration(NULL_COUNT_FULL)
    _wear_power(POWER_COUNT_FULL)
    _trigger_power(POWER_COUNT_FULL)
    print("\nwear-off, points in the last week -> share found (~13 cycles):")
    for rise in (1.0, 1.5, 2.0):
        share = stated_share(200, Plant(wear_off=rise), seed=4, **WEAR)["wear_off"]
        print(f"  +{rise:.1f}: {share:.0%}")
    print("trigger, next-day odds ratio x logged days -> share found (4 years):")
    for odds in (2.0, 3.0, 5.0):
        for exposures in (20, 40, 80):
            plant = Plant(odds_ratio=odds, exposures=exposures)
            share = stated_share(200, plant, seed=5, **TRIGGER)["trigger"]
            print(f"  x{odds:.0f}, {exposures} days: {share:.0%}")


def test_the_published_case_shows_its_late_cycle_as_late_not_as_wear_off() -> None:
    """The 2021 diary: the flare at the end of the 8-days-late cycle is a late cycle."""
    from masto_diary.demo import write_demo_diary
    from masto_diary.services.series import load_chart_data
    from masto_diary.storage import open_diary

    today = dt.date(2021, 12, 31)
    with tempfile.TemporaryDirectory() as folder, open_diary(Path(folder)) as diary:
        write_demo_diary(diary, today)
        data = load_chart_data(diary, 1, today).data
    found = patterns(data)
    (late,) = found.wear_off.late
    assert late.days_late == 8 and late.end.year == 2021
    assert late.rise > 3  # the symptoms came back on the overdue days
    assert found.wear_off.n_cycles >= 6
    assert not found.wear_off.stated and found.wear_off.verdict == "no_rise"
    assert all(c.days_late <= 3 for c in found.wear_off.cycles)
