"""The report's patterns: one line on wear-off on page 1, the findings that pass on page 2.

The sentences are the window's (words/pattern_texts.py), computed by the same service on the
report's period, so the Patterns view and the report cannot disagree.  Page 2 states only
what passes the false discovery rate; the triggers that do not are named in one line as "not
enough to tell", with the logged days that would be needed, so a doctor sees that they were
looked at and why nothing is said of them.
"""

from masto_diary.report.canvas import GREY
from masto_diary.report.content import ReportContent
from masto_diary.report.layout import Block, Heading, Paragraph
from masto_diary.words import pattern_texts
from masto_diary.words.report_texts import tr


def wear_off_line(content: ReportContent) -> str:
    """Page 1's one line on wear-off ("" when the report has no patterns)."""
    if content.patterns is None:
        return ""
    return pattern_texts.wear_off_short(content.patterns.wear_off)


def pattern_blocks(content: ReportContent) -> list[Block]:
    """Page 2's section: wear-off, late cycles, stated triggers, the rest in one line."""
    found = content.patterns
    if found is None:
        return []
    wear = found.wear_off
    blocks: list[Block] = [
        Heading(tr("Patterns: wear-off and triggers")),
        Paragraph(pattern_texts.wear_off_sentence(wear), size=9.0),
    ]
    late = pattern_texts.late_sentence(wear)
    if late:
        blocks.append(Paragraph(late, size=9.0))
    stated = found.stated_triggers
    for finding in stated:
        blocks.append(Paragraph(pattern_texts.trigger_sentence(finding), size=9.0))
    if not stated:
        blocks.append(Paragraph(pattern_texts.no_trigger_sentence(found), 9.0))
    unclear = [f for f in found.triggers if not f.stated]
    if unclear:
        blocks.append(Paragraph(pattern_texts.unclear_line(unclear), size=8.0, color=GREY))
    blocks.append(Paragraph(pattern_texts.same_day_note(), size=8.0, italic=True, color=GREY))
    return blocks


def method_paragraph(content: ReportContent) -> list[str]:
    """The methods box's paragraph on the patterns (none when the report has none)."""
    if content.patterns is None:
        return []
    return [pattern_texts.method_note(content.patterns)]
