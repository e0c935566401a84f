"""Scoring a clinic's questionnaire: sums, means, reversed items, transforms, prorating, bands.

Every expected total here is worked out by hand in the comment next to it.
"""

from fractions import Fraction

from masto_diary.analysis.questionnaires import (
    Band,
    Instrument,
    ItemScale,
    Rules,
    Subscale,
    Transform,
    band_gaps,
    band_of,
    instrument_of,
    rounded,
)

FIVE = tuple(range(5))  # an item scored 0-4


def items(count: int, values: tuple[int, ...] = FIVE) -> tuple[ItemScale, ...]:
    return tuple(ItemScale(f"i{n}", values) for n in range(count))


def test_a_reversed_item_scores_lowest_plus_highest_minus_the_value():
    item = ItemScale("x", (1, 2, 3, 4, 5), reversed=True)
    assert [item.score(v) for v in (1, 2, 5)] == [5, 4, 1]  # 1+5-1, 1+5-2, 1+5-5


def test_rounding_is_exact_and_halves_go_away_from_zero():
    assert rounded(Fraction(25, 2), 0) == 13  # 12.5
    assert rounded(Fraction(-25, 2), 0) == -13
    assert rounded(Fraction(1, 3), 2) == Fraction(33, 100)
    assert rounded(Fraction(2675, 1000), 2) == Fraction(268, 100)  # 2.675 (a float says 2.67)


def test_a_mean_of_items_with_decimals():
    q = Instrument(items(3), Rules(method="mean", decimals=2))
    assert q.total({"i0": 1, "i1": 2, "i2": 2}) == Fraction(167, 100)  # 5/3 = 1.666… → 1.67
    assert q.possible() == (0, 4)


def test_a_transform_to_0_100_of_the_possible_range():
    # (raw − lowest) / range × 100 with items scored 1-5: raw 3..15, range 12
    q = Instrument(
        items(3, (1, 2, 3, 4, 5)),
        Rules(transform=Transform(subtract=None, divide_by=None, multiply_by=Fraction(100))),
    )
    assert q.possible() == (0, 100)
    assert q.total({"i0": 1, "i1": 1, "i2": 1}) == 0
    assert q.total({"i0": 2, "i1": 3, "i2": 3}) == 42  # raw 8: 5/12 × 100 = 41.67 → 42
    assert q.total({"i0": 5, "i1": 5, "i2": 5}) == 100


def test_a_transform_with_numbers_and_an_offset():
    # total = (raw − 0) / 2 × 10 + 50 over two items 0-4: raw 0..8 → 50..90
    rules = Rules(transform=Transform(Fraction(0), Fraction(2), Fraction(10), Fraction(50)))
    q = Instrument(items(2), rules)
    assert q.possible() == (50, 90)
    assert q.total({"i0": 1, "i1": 2}) == 65  # 3 / 2 × 10 + 50


def test_without_prorating_one_unanswered_item_leaves_no_total():
    q = Instrument(items(4))
    assert q.total({"i0": 4, "i1": 4, "i2": 4}) is None
    assert q.total({"i0": 4, "i1": 4, "i2": 4, "i3": None}) is None
    assert q.score({"i0": 0, "i1": 0, "i2": 0, "i3": 0}) == (0.0, None)  # 0 is a total


def test_prorating_counts_unanswered_items_as_the_mean_of_the_answered():
    q = Instrument(items(4), Rules(min_answered=Fraction(3, 4), prorate=True))
    assert q.total({"i0": 4, "i1": 2, "i2": 3}) == 12  # mean 3 × 4 items
    assert q.total({"i0": 4, "i1": 1, "i2": 1}) == 8  # mean 2 × 4
    assert q.total({"i0": 4, "i1": 4}) is None  # 2 of 4 < 3/4
    assert q.total({}) is None


def test_a_share_exactly_at_the_minimum_is_enough():
    q = Instrument(items(10), Rules(min_answered=Fraction(7, 10), prorate=True))
    seven = {f"i{n}": 1 for n in range(7)}
    assert q.total(seven) == 10  # 7/10 ≥ 0.7: mean 1 × 10
    assert q.total({f"i{n}": 1 for n in range(6)}) is None


def test_bands_take_the_rounded_total():
    bands = (Band(Fraction(0), Fraction(24), "low"), Band(Fraction(25), Fraction(100), "high"))
    assert band_of(Fraction(24), bands) == "low"
    assert band_of(25.0, bands) == "high"
    assert band_of(None, bands) is None
    assert band_of(101, bands) is None


def test_band_gaps_on_a_grid_of_tenths():
    def band(low, high, label):
        return Band(Fraction(low), Fraction(high), label)

    good = [band("0", "2.4", "a"), band("2.5", "4", "b")]
    assert band_gaps(good, Fraction(0), Fraction(4), 1) == []
    gap = [band("0", "2.3", "a"), band("2.5", "4", "b")]
    assert band_gaps(gap, Fraction(0), Fraction(4), 1) == ["no band holds the totals 2.4–2.4"]
    overlap = [band("0", "2.5", "a"), band("2.5", "4", "b")]
    assert band_gaps(overlap, Fraction(0), Fraction(4), 1) == [
        "band 'b' overlaps the band before it (2.5–2.5)"
    ]
    upside_down = [band("0", "4", "a"), band("3", "1", "b")]
    assert "band 'b' runs from 3.0 down to 1.0" in band_gaps(
        upside_down, Fraction(0), Fraction(4), 1
    )
    too_fine = [band("0", "2.45", "a"), band("2.46", "4", "b")]
    assert band_gaps(too_fine, Fraction(0), Fraction(4), 1)[0].startswith(
        "band 'a' ends at 2.45, which has more decimals than the total"
    )


def test_subscales_are_scored_on_their_own_items_and_range():
    rules = Rules(transform=Transform(None, None, Fraction(100)), prorate=True,
                  min_answered=Fraction(3, 4))  # fmt: skip
    q = Instrument(items(6), rules, (), (Subscale("a", "A", ("i0", "i1")), Subscale(
        "b", "B", ("i2", "i3", "i4", "i5"))))  # fmt: skip
    answers = {"i0": 4, "i1": 2, "i2": 4, "i3": 4, "i4": 0}
    (a, a_total, _), (b, b_total, _) = q.subscale_scores(answers)
    assert a_total == 75.0  # 6 of 8
    assert b_total == 67.0  # 3 of 4 answered: mean 8/3, × 4 = 32/3 of 16 → 66.67 → 67
    assert q.score(answers)[0] == 70.0  # 5 of 6: mean 14/5 × 6 = 16.8 of 24 → 70


def test_content_kept_before_the_new_keys_reads_as_a_plain_sum():
    levels = [{"value": 0, "text": "no"}, {"value": 3, "text": "yes"}]
    old = {
        "items": [
            {"id": "a", "text": "A", "answers": levels},
            {"id": "b", "text": "B", "answers": levels},
        ],
        "scoring": {"method": "sum", "bands": [{"low": 0, "high": 3, "label": "x"},
                                               {"low": 4, "high": 6, "label": "y"}]},
    }  # fmt: skip
    q = instrument_of(old)
    assert q.score({"a": 3, "b": 3}) == (6.0, "y")
    assert q.score({"a": 3}) == (None, None)
