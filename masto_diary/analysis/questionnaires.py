"""Scoring of a clinic's own questionnaire (docs/questionnaires.md): items, subscales, bands.

Real instruments score in more ways than a plain sum: items on any scale, some counted in
reverse, a total that is a sum or a mean of the items and often a linear transform of it (a
quality-of-life score from 0 to 100), subscales scored the same way on their own items, and a
rule for unanswered items.  This module holds those rules once, on plain values, for the loader
(which checks a file), the services (which save a day's total) and the exports.

**Exact arithmetic.**  Totals are worked out as fractions and rounded once, half away from
zero, to the questionnaire's ``decimals``; bands are compared with that rounded total.  A total
of 37.5 is never 37.4999 and a band edge is never missed by a float.

**Missing answers.**  An unanswered item is never a 0 (the same rule as a missing diary day,
docs/urticaria.md).  Without ``prorate`` any unanswered item leaves the total unknown.  With
it, a total is given when at least ``min_answered`` (a share) of the items were answered, and
the unanswered ones count as the mean of the answered ones: the sum is the mean times the
number of items.  Prorating is only allowed when every item has the same lowest and highest
score (the loader checks it), so a prorated total stays within the possible range.

Standard library only, like every measure (docs/architecture.md).
"""

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from functools import cached_property

Number = int | float

METHODS = ("sum", "mean")
LOWEST = "lowest"
"""``transform.subtract``: the lowest possible raw score (of the total or of the subscale)."""
RANGE = "range"
"""``transform.divide_by``: the possible range of the raw score (highest minus lowest)."""


def exact(value: Number | str | Fraction) -> Fraction:
    """A JSON number as the decimal it was written as (0.1 is 1/10, not a binary float)."""
    if isinstance(value, float):
        return Fraction(repr(value))
    return Fraction(value)


@dataclass(frozen=True)
class ItemScale:
    """The values one item's answers may take; a reversed item scores ``low + high - value``."""

    id: str
    values: tuple[int, ...]
    reversed: bool = False

    @cached_property
    def low(self) -> int:
        return min(self.values)

    @cached_property
    def high(self) -> int:
        return max(self.values)

    def score(self, value: int) -> int:
        return self.low + self.high - value if self.reversed else value


@dataclass(frozen=True)
class Transform:
    """total = (raw − subtract) / divide_by × multiply_by + add; ``None`` for ``subtract`` is
    the lowest possible raw score and for ``divide_by`` its possible range (the usual formula
    of a 0–100 score: ``(raw − lowest) / range × 100``)."""

    subtract: Fraction | None = Fraction(0)
    divide_by: Fraction | None = Fraction(1)
    multiply_by: Fraction = Fraction(1)
    add: Fraction = Fraction(0)

    def apply(self, raw: Fraction, lowest: Fraction, highest: Fraction) -> Fraction:
        subtract = lowest if self.subtract is None else self.subtract
        divide_by = highest - lowest if self.divide_by is None else self.divide_by
        return (raw - subtract) / divide_by * self.multiply_by + self.add


@dataclass(frozen=True)
class Rules:
    """How a total is made from the items' scores (the same for the total and subscales)."""

    method: str = "sum"
    transform: Transform | None = None
    decimals: int = 0
    min_answered: Fraction = Fraction(1)
    prorate: bool = False


@dataclass(frozen=True)
class Band:
    """A named stretch of totals, both ends included (totals are rounded before)."""

    low: Fraction
    high: Fraction
    label: str


@dataclass(frozen=True)
class Subscale:
    """A part of the questionnaire scored on its own items (a domain)."""

    id: str
    title: str
    items: tuple[str, ...]
    bands: tuple[Band, ...] = ()


@dataclass(frozen=True)
class Instrument:
    """A questionnaire's scoring: its items' scales, the rules, the bands and the subscales."""

    items: tuple[ItemScale, ...]
    rules: Rules = field(default_factory=Rules)
    bands: tuple[Band, ...] = ()
    subscales: tuple[Subscale, ...] = ()

    @property
    def item_ids(self) -> tuple[str, ...]:
        return tuple(item.id for item in self.items)

    def part(self, item_ids: Sequence[str]) -> tuple[ItemScale, ...]:
        """The items of a subscale, in the questionnaire's order (kept once worked out: a
        report or export scores every day with the same parts)."""
        parts = self.__dict__.setdefault("_parts", {})
        key = tuple(item_ids)
        if key not in parts:
            wanted = set(key)
            parts[key] = tuple(item for item in self.items if item.id in wanted)
        return parts[key]

    def possible(self, item_ids: Sequence[str] | None = None) -> tuple[Fraction, Fraction]:
        """The lowest and highest total (rounded) of all the items or of some of them."""
        items = self.items if item_ids is None else self.part(item_ids)
        return possible_totals(items, self.rules)

    def total(
        self, answers: Mapping[str, int | None], item_ids: Sequence[str] | None = None
    ) -> Fraction | None:
        """The rounded total of all the items (or of a subscale's); None when not known."""
        items = self.items if item_ids is None else self.part(item_ids)
        return total_of(items, self.rules, answers)

    def score(self, answers: Mapping[str, int | None]) -> tuple[float | None, str | None]:
        """The total as a number to store and show, and its band (None, None if unknown)."""
        found = self.total(answers)
        return (None if found is None else float(found)), band_of(found, self.bands)

    def subscale_scores(
        self, answers: Mapping[str, int | None]
    ) -> list[tuple[Subscale, float | None, str | None]]:
        scored = []
        for part in self.subscales:
            found = self.total(answers, part.items)
            scored.append(
                (part, None if found is None else float(found), band_of(found, part.bands))
            )
        return scored


# --------------------------------------------------------------------------- totals


def rounded(value: Fraction, decimals: int) -> Fraction:
    """``value`` rounded to ``decimals`` places, halves away from zero (exact)."""
    scale = 10**decimals
    scaled = abs(value) * scale
    whole = math.floor(scaled + Fraction(1, 2))
    return Fraction(whole if value >= 0 else -whole, scale)


def raw_range(items: Sequence[ItemScale], method: str) -> tuple[Fraction, Fraction]:
    """The lowest and highest raw score (sum or mean of the items' scores)."""
    low = Fraction(sum(item.low for item in items))
    high = Fraction(sum(item.high for item in items))
    if method == "mean":
        return low / len(items), high / len(items)
    return low, high


def possible_totals(items: Sequence[ItemScale], rules: Rules) -> tuple[Fraction, Fraction]:
    """The lowest and highest total the rules can give (a transform may turn them round)."""
    low, high = raw_range(items, rules.method)
    if rules.transform is not None:
        ends = (rules.transform.apply(low, low, high), rules.transform.apply(high, low, high))
        low, high = min(ends), max(ends)
    return rounded(low, rules.decimals), rounded(high, rules.decimals)


def answered_enough(answered: int, count: int, rules: Rules) -> bool:
    """Every item, or (prorating) at least ``min_answered`` of them and at least one."""
    if answered == count:
        return True
    return rules.prorate and answered >= 1 and Fraction(answered, count) >= rules.min_answered


def total_of(
    items: Sequence[ItemScale], rules: Rules, answers: Mapping[str, int | None]
) -> Fraction | None:
    """The rounded total of ``items`` under ``rules``; None when too few were answered."""
    if not items:
        return None
    given = [(item, answers.get(item.id)) for item in items]
    scores = [item.score(value) for item, value in given if value is not None]
    if not answered_enough(len(scores), len(items), rules):
        return None
    mean = Fraction(sum(scores), len(scores))
    raw = mean if rules.method == "mean" else mean * len(items)
    if rules.transform is not None:
        low, high = raw_range(items, rules.method)
        raw = rules.transform.apply(raw, low, high)
    return rounded(raw, rules.decimals)


def band_of(score: Number | Fraction | None, bands: Sequence[Band]) -> str | None:
    """The label of the band holding ``score`` (None for no score or a score outside)."""
    if score is None:
        return None
    value = exact(score)
    return next((band.label for band in bands if band.low <= value <= band.high), None)


def shown(value: Fraction, decimals: int) -> str:
    """A total or band edge as the file would write it: ``12``, ``37.5``, ``-2.25``."""
    return f"{float(value):.{decimals}f}" if decimals else str(int(value))


def band_gaps(
    bands: Sequence[Band], lowest: Fraction, highest: Fraction, decimals: int
) -> list[str]:
    """What is wrong with the bands as a cover of ``lowest..highest``: gaps, overlaps, order.

    Totals are rounded to ``decimals`` places, so the bands must cover every step of that size
    from the lowest to the highest total exactly once: no gap, no overlap, nothing outside.
    Each sentence is one problem the loader lists.
    """
    step = Fraction(1, 10**decimals)
    problems = []
    for band in bands:
        for end in (band.low, band.high):
            if rounded(end, decimals) != end:
                problems.append(
                    f"band '{band.label}' ends at {float(end):g}, which has more decimals than "
                    f"the total ({decimals}, scoring.decimals)"
                )
    if problems:
        return problems
    expected = lowest
    for band in sorted(bands, key=lambda b: (b.low, b.high)):
        if band.low > band.high:
            problems.append(
                f"band '{band.label}' runs from {shown(band.low, decimals)} down to "
                f"{shown(band.high, decimals)}"
            )
            continue
        if band.low > expected:
            problems.append(
                f"no band holds the totals {shown(expected, decimals)}–"
                f"{shown(band.low - step, decimals)}"
            )
        elif band.low < expected and band.low >= lowest:
            problems.append(
                f"band '{band.label}' overlaps the band before it ({shown(band.low, decimals)}–"
                f"{shown(min(expected - step, band.high), decimals)})"
            )
        expected = max(expected, band.high + step)
    if bands and expected <= highest:
        problems.append(
            f"no band holds the totals {shown(expected, decimals)}–{shown(highest, decimals)}"
        )
    if bands and (min(b.low for b in bands) < lowest or max(b.high for b in bands) > highest):
        problems.append(
            f"the bands go beyond the possible totals {shown(lowest, decimals)}–"
            f"{shown(highest, decimals)}"
        )
    return problems


# --------------------------------------------------------------------------- from a file


def item_values(item: Mapping) -> tuple[int, ...]:
    """The values an item offers: its answers' values, or every whole number of its scale."""
    if "scale" in item and item["scale"] is not None:
        return tuple(range(item["scale"]["min"], item["scale"]["max"] + 1))
    return tuple(answer["value"] for answer in item["answers"])


def bands_of(listed: Sequence[Mapping]) -> tuple[Band, ...]:
    return tuple(Band(exact(b["low"]), exact(b["high"]), b["label"]) for b in listed)


def instrument_of(content: Mapping) -> Instrument:
    """The scoring of a questionnaire's JSON content (checked by the loader before).

    Content kept before subscales, transforms and prorating existed has none of their keys:
    it reads as a plain sum of every item with no total while one is unanswered, as it was.
    """
    scoring = content.get("scoring") or {}
    listed = scoring.get("transform")
    transform = None
    if listed is not None:
        subtract = listed.get("subtract", 0)
        divide_by = listed.get("divide_by", 1)
        transform = Transform(
            subtract=None if subtract == LOWEST else exact(subtract),
            divide_by=None if divide_by == RANGE else exact(divide_by),
            multiply_by=exact(listed.get("multiply_by", 1)),
            add=exact(listed.get("add", 0)),
        )
    rules = Rules(
        method=scoring.get("method", "sum"),
        transform=transform,
        decimals=scoring.get("decimals", 0),
        min_answered=exact(scoring.get("min_answered", 1)),
        prorate=scoring.get("prorate", False),
    )
    items = tuple(
        ItemScale(i["id"], item_values(i), bool(i.get("reversed", False))) for i in content["items"]
    )
    subscales = tuple(
        Subscale(s["id"], s["title"], tuple(s["items"]), bands_of(s.get("bands", [])))
        for s in scoring.get("subscales", [])
    )
    return Instrument(items, rules, bands_of(scoring.get("bands", [])), subscales)
