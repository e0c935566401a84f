"""Patterns: each statistic on hand-worked cases, checked against a second implementation.

The second implementations are statsmodels (a test-only dependency), exact fractions and
brute-force enumeration, so a slip in the app's formulas cannot hide behind itself.
"""

import datetime as dt
import itertools
import math
from fractions import Fraction

import numpy as np
import pytest
from scipy import stats
from statsmodels.stats.contingency_tables import StratifiedTable
from statsmodels.stats.multitest import multipletests
from statsmodels.stats.weightstats import DescrStatsW

from masto_diary.analysis import patterns as pt
from masto_diary.analysis.series import EpisodeRecord, InjectionRecord
from tests.analysis.diary_data import from_rows

START = dt.date(2022, 1, 3)


def test_single_table_ratio_is_the_katz_interval_worked_by_hand() -> None:
    # 6 of 10 exposed days and 3 of 15 reference days had an episode: ratio 0.6 / 0.2 = 3,
    # var(log) = 1/6 - 1/10 + 1/3 - 1/15 = 1/3.
    ratio, low, high = pt.mantel_haenszel_ratio(*map(np.array, ([10], [6], [15], [3])))
    spread = 1.959963984540054 * math.sqrt(1 / 3)
    assert ratio == pytest.approx(3.0)
    assert low == pytest.approx(3 * math.exp(-spread))
    assert high == pytest.approx(3 * math.exp(spread))


def _mh_by_fractions(n1, a, n0, b):
    """The Greenland-Robins formulas again, in exact fractions and plain loops."""
    r = s = v = Fraction(0)
    for e_days, e_with, r_days, r_with in zip(n1, a, n0, b, strict=True):
        t = int(e_days + r_days)
        r += Fraction(int(e_with * r_days), t)
        s += Fraction(int(r_with * e_days), t)
        v += Fraction(int((e_with + r_with) * e_days * r_days - e_with * r_with * t), t * t)
    return float(r / s), float(v / (r * s))


def test_stratified_ratio_agrees_with_fractions_and_statsmodels() -> None:
    n1, a, n0, b = (np.array(x) for x in ([12, 7, 20], [5, 2, 9], [30, 25, 41], [6, 4, 10]))
    ratio, low, high = pt.mantel_haenszel_ratio(n1, a, n0, b)
    exact_ratio, variance = _mh_by_fractions(n1, a, n0, b)
    assert ratio == pytest.approx(exact_ratio)
    assert math.log(high / low) / 2 == pytest.approx(1.959963984540054 * math.sqrt(variance))
    tables = [
        np.array([[ai, ni - ai], [bi, mi - bi]])
        for ni, ai, mi, bi in zip(n1, a, n0, b, strict=True)
    ]
    assert ratio == pytest.approx(StratifiedTable(tables).riskratio_pooled)


def test_exact_p_of_one_table_is_fishers() -> None:
    table = [np.array([x]) for x in (9, 6, 21, 4)]
    expected = stats.fisher_exact([[6, 3], [4, 17]], alternative="greater").pvalue
    assert pt.exact_stratified_p(*table) == pytest.approx(expected)


def test_exact_stratified_p_agrees_with_enumeration() -> None:
    n1, a, n0, b = (np.array(x) for x in ([4, 3, 5], [3, 1, 2], [6, 4, 3], [1, 2, 1]))
    margins = [(int(x), int(y + z), int(x + w)) for x, y, z, w in zip(n1, a, b, n0, strict=True)]
    observed = int(a.sum())
    tail = Fraction(0)
    supports = [range(0, min(n, m) + 1) for n, m, _ in margins]
    for ks in itertools.product(*supports):
        chance = Fraction(1)
        for k, (n, m, t) in zip(ks, margins, strict=True):
            chance *= Fraction(math.comb(m, k) * math.comb(t - m, n - k), math.comb(t, n))
        if sum(ks) >= observed:
            tail += chance
    assert pt.exact_stratified_p(n1, a, n0, b) == pytest.approx(float(tail))


def _cycles_diary(rises: list[float], late_flare: bool = False):
    """Cycles of 28 days: 1 point every day, ``rise`` more on the last 7 days of cycle i."""
    entries: dict[dt.date, dict[str, float]] = {}
    doses = [START + dt.timedelta(days=28 * i) for i in range(len(rises) + 1)]
    if late_flare:
        doses.append(doses[-1] + dt.timedelta(days=36))
    for i, (given, following) in enumerate(zip(doses, doses[1:], strict=False)):
        for k in range((following - given).days):
            day = given + dt.timedelta(days=k)
            extra = rises[i] if i < len(rises) and k >= 21 else 0.0
            extra = 5.0 if i == len(rises) and k > 28 else extra
            entries[day] = {"itching": 1 + extra}
    injections = [InjectionRecord(day, 150.0, 28) for day in doses]
    return from_rows(["itching"], entries, injections=injections)


def test_wear_off_matches_a_second_implementation() -> None:
    rises = [2.0, 1.0, 3.0, 0.0, 2.0, 1.0, 4.0]
    result = pt.wear_off(_cycles_diary(rises))
    second = DescrStatsW(np.array(rises))
    assert result.n_cycles == 7
    assert result.rise == pytest.approx(second.mean)
    low, high = second.tconfint_mean(0.05)
    assert (result.low, result.high) == (pytest.approx(low), pytest.approx(high))
    assert result.last_days == 7 and result.middle_days == (7, 20)


def test_wear_off_too_few_cycles_and_late_cycles_apart() -> None:
    few = pt.wear_off(_cycles_diary([1.0, 2.0, 1.0]))
    assert few.verdict == "too_few" and few.n_cycles == 3 and few.needed == 6
    with_late = pt.wear_off(_cycles_diary([0.0] * 6, late_flare=True))
    assert with_late.n_cycles == 6 and len(with_late.late) == 1
    (late,) = with_late.late
    assert late.days_late == 8 and late.rise == pytest.approx(5.0)
    assert with_late.rise == 0.0 and with_late.verdict == "no_rise"


def test_uas7_units_are_seven_times_the_daily_uas() -> None:
    data = _cycles_diary([1.0, 2.0, 1.0, 1.5, 2.0, 1.0])
    daily = pt.wear_off(data)
    weekly = pt.wear_off(data, score=data.scores[:, 0], units="uas7")
    assert weekly.rise == pytest.approx(7 * daily.rise) and weekly.units == "uas7"


def test_strata_put_december_in_the_next_winter_and_the_cycle_in_quarters() -> None:
    injections = [InjectionRecord(dt.date(2022, 11, 30), 150.0, 28)]
    data = from_rows(
        ["itching"],
        {},
        injections=injections,
        first=dt.date(2022, 11, 20),
        last=dt.date(2023, 3, 5),
    )
    codes = pt.strata(data)
    at = {day: codes[data.index_of(day)] for day in (dt.date(2022, 12, 1), dt.date(2023, 2, 1))}
    season = {day: code // (pt.CYCLE_BANDS + 2) for day, code in at.items()}
    assert season[dt.date(2022, 12, 1)] == season[dt.date(2023, 2, 1)]
    band = codes % (pt.CYCLE_BANDS + 2)
    assert band[data.index_of(dt.date(2022, 11, 25))] == pt.CYCLE_BANDS + 1  # no dose yet
    assert band[data.index_of(dt.date(2022, 12, 6))] == 0  # day 6 of 28: first quarter
    assert band[data.index_of(dt.date(2022, 12, 7))] == 1  # day 7: second quarter
    assert band[data.index_of(dt.date(2022, 12, 27))] == 3  # day 27: last quarter
    assert band[data.index_of(dt.date(2022, 12, 28))] == pt.CYCLE_BANDS  # due and past it


def test_triggers_count_logged_days_and_the_next_day() -> None:
    # heat on days 0, 10, 20, 30, 40: an episode follows each on the next day; other episodes
    # on days 5, 15, 25, 35, 45 are followed by nothing.
    episodes = [
        EpisodeRecord(START + dt.timedelta(days=d), "flush", triggers=("heat",))
        for d in range(0, 50, 10)
    ]
    episodes += [
        EpisodeRecord(START + dt.timedelta(days=d + 1), "itch", triggers=("bath",))
        for d in range(0, 50, 10)
    ]
    episodes += [EpisodeRecord(START + dt.timedelta(days=d), "itch") for d in range(5, 50, 10)]
    data = from_rows(["itching"], {}, episodes=episodes, first=START, last=START + dt.timedelta(60))
    found = {f.label: f for f in pt.trigger_findings(data)}
    heat, bath = found["heat"], found["bath"]
    assert (heat.logged_days, heat.followed, heat.followed_with) == (5, 5, 5)
    assert (heat.reference, heat.reference_with) == (10, 0)
    assert heat.tested and heat.ratio == math.inf and heat.low is None
    assert bath.followed_with == 0 and bath.ratio == 0.0


def test_false_discovery_rate_is_benjamini_hochberg_over_every_test() -> None:
    rng = np.random.default_rng(5)
    from tests.analysis.synthetic_diaries import Plant, synthetic_diary

    data = synthetic_diary(rng, plant=Plant(odds_ratio=4, exposures=60), days=1000)
    result = pt.patterns(data)
    tested = [f for f in result.triggers if f.tested]
    p_values = [result.wear_off.p, *(f.p for f in tested)]
    expected = multipletests(p_values, method="fdr_bh")[1]
    got = [result.wear_off.q, *(f.q for f in tested)]
    assert got == pytest.approx(list(expected))
    assert result.tests == len(p_values)


def test_empty_and_edge_diaries_say_too_few_and_nothing_else() -> None:
    empty = from_rows(["itching"], {})
    found = pt.patterns(empty)
    assert found.wear_off.verdict == "too_few" and found.triggers == () and found.tests == 0
    # the end of the calendar, no scores at all, episodes every day with one label
    last = dt.date(9999, 12, 31)
    first = last - dt.timedelta(days=400)
    doses = [InjectionRecord(first + dt.timedelta(days=28 * i), 150.0, 28) for i in range(14)]
    episodes = [EpisodeRecord(first + dt.timedelta(days=d), "flush", triggers=("heat",))
                for d in range(401)]  # fmt: skip
    data = from_rows(["itching"], {}, injections=doses, episodes=episodes, first=first, last=last)
    found = pt.patterns(data)
    assert found.wear_off.verdict == "too_few" and found.wear_off.n_cycles == 0
    (heat,) = found.triggers
    assert heat.logged_days == 401 and heat.reference == 0 and not heat.stated


def test_a_label_is_kept_as_written_whatever_it_holds() -> None:
    label = "<b>pollen</b>\x07 & co"
    episodes = [EpisodeRecord(START + dt.timedelta(days=d), "itch", triggers=(label,))
                for d in range(0, 60, 6)]  # fmt: skip
    data = from_rows(["itching"], {}, episodes=episodes, first=START, last=START + dt.timedelta(70))
    (finding,) = pt.trigger_findings(data)
    assert finding.label == label and finding.logged_days == 10
