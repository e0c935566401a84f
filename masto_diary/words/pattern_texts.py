"""The sentences of the patterns: words that do not overclaim, each naming its numbers.

A diary can show that two things *went together*; it cannot show that one *caused* the other,
so no sentence here says "caused", "triggers" as a verb, or "effect of".  Every sentence gives
the figures behind it (the rise or ratio, its 95 % interval, how many cycles or days), and a
question the diary cannot answer is said to be "not enough to tell", with what would be
needed.  The window's Patterns view and page 2 of the report use the same sentences.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from masto_diary.words.report_texts import count, number
from masto_diary.words.sentence import fill_in
from masto_diary.words.symptom_texts import trigger_label

if TYPE_CHECKING:
    from masto_diary.analysis.patterns import Patterns, TriggerFinding, WearOff

CONTEXT = "patterns"


def tr(text: str, n: int = -1) -> str:
    """``text`` translated in the patterns' context (``n`` for plural forms)."""
    return QCoreApplication.translate(CONTEXT, text, None, n)


def interval(low: float | None, high: float | None, decimals: int = 1) -> str:
    """ "95 % CI 0.8 to 3.4": "to", never a dash, so a negative bound cannot be misread."""
    return fill_in(tr("95 % CI %1 to %2"), number(low, decimals), number(high, decimals))


def wear_off_sentence(wear: "WearOff") -> str:
    """The three forms of the issue: a rise, no rise beyond chance, or too few cycles."""
    if wear.verdict == "too_few":
        return fill_in(
            tr("Too few on-time dose cycles to tell whether the effect wears off "
               "(%1 of at least %2)."),
            count(wear.n_cycles), count(wear.needed),
        )  # fmt: skip
    if wear.units == "uas7":
        rose = tr(
            "The UAS7 rose by %1 (%2) in the last %3 days of %4 on-time cycles: "
            "the effect may wear off before the next dose."
        )
        none = tr(
            "No rise of the UAS7 beyond chance in the last %3 days of %4 on-time cycles "
            "(change %1, %2)."
        )
    else:
        rose = tr(
            "Scores rose by %1 (%2) in the last %3 days of %4 on-time cycles: "
            "the effect may wear off before the next dose."
        )
        none = tr("No rise beyond chance in the last %3 days of %4 on-time cycles "
                  "(change %1, %2).")  # fmt: skip
    return fill_in(
        rose if wear.verdict == "rise" else none,
        number(wear.rise),
        interval(wear.low, wear.high),
        count(wear.last_days),
        count(wear.n_cycles),
    )


def wear_off_short(wear: "WearOff") -> str:
    """Page 1's line: the same answer in a few words (page 2 has the whole sentence)."""
    if wear.verdict == "too_few":
        return fill_in(tr("Wear-off: too few on-time cycles to tell (%1 of at least %2)."),
                       count(wear.n_cycles), count(wear.needed))  # fmt: skip
    if wear.verdict == "no_rise":
        return fill_in(tr("Wear-off: no rise beyond chance over %1 on-time cycles."),
                       count(wear.n_cycles))  # fmt: skip
    text = tr("Wear-off: scores rose by %1 (%2) in the last %3 days of %4 on-time cycles.")
    if wear.units == "uas7":
        text = tr("Wear-off: the UAS7 rose by %1 (%2) in the last %3 days of %4 on-time cycles.")
    return fill_in(text, number(wear.rise), interval(wear.low, wear.high),
                   count(wear.last_days), count(wear.n_cycles))  # fmt: skip


def late_sentence(wear: "WearOff") -> str:
    """Cycles whose next dose came late, shown apart ("" when there were none)."""
    if not wear.late:
        return ""
    rise = sum(c.rise for c in wear.late) / len(wear.late)
    text = tr(
        "Shown apart, %n cycle(s) with the next dose late: on the days past the due date the "
        "score was %1 higher than mid-cycle on average. That is a missed dose, not wear-off.",
        len(wear.late),
    )
    if wear.units == "uas7":
        text = tr(
            "Shown apart, %n cycle(s) with the next dose late: on the days past the due date "
            "the UAS7 was %1 higher than mid-cycle on average. That is a missed dose, not "
            "wear-off.",
            len(wear.late),
        )
    return fill_in(text, number(rise))


def trigger_sentence(finding: "TriggerFinding") -> str:
    """A finding that passes: "went with", its ratio, interval and the days behind it."""
    return fill_in(
        tr("%1 went with more episodes the next day: %2 of %3 days after it had an episode, "
           "against %4 of %5 after other episode days (ratio %6, %7; adjusted for the day in "
           "the dose cycle and the season)."),
        trigger_label(finding.label),
        count(finding.followed_with), count(finding.followed),
        count(finding.reference_with), count(finding.reference),
        number(finding.ratio), interval(finding.low, finding.high),
    )  # fmt: skip


def unclear_sentence(finding: "TriggerFinding") -> str:
    """A trigger that does not pass: "not enough to tell", and what would be needed."""
    name = trigger_label(finding.label)
    if finding.needed_days is None:
        return fill_in(
            tr("%1: not enough to tell (logged on %n day(s)).", finding.logged_days), name
        )
    return fill_in(
        tr("%1: not enough to tell (logged on %n day(s); about %2 would be needed to tell a "
           "doubling of next-day episodes from chance).", finding.logged_days),
        name, count(finding.needed_days),
    )  # fmt: skip


def unclear_line(unclear: "list[TriggerFinding]") -> str:
    """The triggers that do not pass, in at most two sentences.

    A trigger logged on enough days to have shown a doubling of next-day episodes, and showing
    none, is said to be so: that is an answer, not a lack of data.  The others are "not enough
    to tell", each with its logged days and about how many would be needed.
    """
    enough = [f for f in unclear if f.needed_days is not None and f.needed_days <= f.logged_days]
    short = [f for f in unclear if f not in enough]
    sentences = []
    if enough:
        names = ", ".join(
            fill_in(tr("%1 (%n day(s) logged)", f.logged_days), trigger_label(f.label))
            for f in enough
        )
        sentences.append(fill_in(
            tr("No more episodes the next day beyond chance, with days enough to have seen a "
               "doubling: %1."), names))  # fmt: skip
    if short:
        parts = []
        for finding in short:
            name, days = trigger_label(finding.label), finding.logged_days
            if finding.needed_days is None:
                parts.append(fill_in(tr("%1 (%n day(s) logged)", days), name))
            else:
                parts.append(fill_in(tr("%1 (%n day(s) logged, about %2 needed)", days), name,
                                     count(finding.needed_days)))  # fmt: skip
        sentences.append(fill_in(
            tr("Not enough to tell: %1. \"Needed\": about how many logged days would tell a "
               "doubling of next-day episodes from chance."),
            ", ".join(parts),
        ))  # fmt: skip
    return " ".join(sentences)


def same_day_note() -> str:
    return tr(
        "The same day cannot be told: a trigger is written only on an episode, so the days "
        "it was met without one are not in the diary."
    )


def method_note(found: "Patterns") -> str:
    """How each figure is computed (the report's methods box and the view's footnote)."""
    wear = found.wear_off
    text = fill_in(
        tr("Wear-off: in each cycle whose next dose came within 3 days of its due date, the "
           "mean score of its last %1 days minus that of days %2 to %3; the cycles' mean and "
           "its 95 % CI (t-test). Triggers: days after a day the trigger was logged against "
           "days after other episode days, stratified by quarter of the dose cycle and season "
           "(Mantel-Haenszel ratio, exact test)."),
        count(wear.last_days), count(wear.middle_days[0]), count(wear.middle_days[1]),
    )  # fmt: skip
    if found.tests:
        text += " " + tr(
            "False discovery rate 5 % over %n test(s); only what passes is stated.", found.tests
        )
    return text


def no_trigger_sentence(found: "Patterns") -> str:
    """Why no trigger finding is stated: none passed, or none was written at all."""
    if not found.triggers:
        return tr("No episode in this range names a trigger.")
    return tr("No trigger went with more episodes the next day beyond chance.")
