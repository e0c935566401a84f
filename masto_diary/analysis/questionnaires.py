"""Scoring of a clinic's own questionnaire: the sum of the answers' values and its band.

The questionnaire itself comes from a file (docs/questionnaires.md); here only plain values:
each item's answer value, the bands as ``(low, high, label)`` with inclusive bounds.  An item
left unanswered leaves the total unknown (``None``): a missing answer is never a 0, for the
same reason a missing diary day is never a 0 (docs/urticaria.md).
"""

from collections.abc import Mapping, Sequence

Band = tuple[int, int, str]


def total(item_ids: Sequence[str], answers: Mapping[str, int | None]) -> int | None:
    """The sum of the answers of ``item_ids``; None when any of them is unanswered."""
    values = [answers.get(item) for item in item_ids]
    if any(value is None for value in values):
        return None
    return sum(values)  # type: ignore[arg-type]


def band_of(score: int | None, bands: Sequence[Band]) -> str | None:
    """The label of the band holding ``score`` (None for no score or a score outside)."""
    if score is None:
        return None
    return next((label for low, high, label in bands if low <= score <= high), None)


def band_gaps(bands: Sequence[Band], lowest: int, highest: int) -> list[str]:
    """What is wrong with the bands as a cover of ``lowest..highest``: gaps, overlaps, order.

    Every possible total must fall in exactly one band, or a score would go unnamed or be
    named twice; the file loader lists each of these sentences as a problem.
    """
    problems = []
    expected = lowest
    for low, high, label in sorted(bands):
        if low > high:
            problems.append(f"band '{label}' runs from {low} down to {high}")
            continue
        if low > expected:
            problems.append(f"no band holds the totals {expected}–{low - 1}")
        elif low < expected:
            problems.append(f"band '{label}' overlaps the band before it ({low}–{expected - 1})")
        expected = max(expected, high + 1)
    if expected <= highest:
        problems.append(f"no band holds the totals {expected}–{highest}")
    if bands and (min(b[0] for b in bands) < lowest or max(b[1] for b in bands) > highest):
        problems.append(f"the bands go beyond the possible totals {lowest}–{highest}")
    return problems
