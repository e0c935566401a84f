"""The report's section on the clinic's own questionnaires (docs/questionnaires.md).

For each questionnaire the child has: the latest total and band up to the period's end, the
trend (the latest total against the first complete one in the period), each total of the
period in a small table, and the questionnaire's source line, which the clinic's file says and
the report must repeat (who wrote it, under which terms it is used).  Printed only for a child
who has a questionnaire; an incomplete day has no total and shows a dash, never a 0.
"""

import datetime as dt
from dataclasses import dataclass

from masto_diary.services import questionnaires
from masto_diary.storage import Diary
from masto_diary.words import report_texts as texts
from masto_diary.words.report_texts import DASH, tr
from masto_diary.words.sentence import fill_in


@dataclass(frozen=True)
class QuestionnaireSummary:
    """One questionnaire's figures for the report."""

    title: str
    source: str
    lowest: int
    highest: int
    latest: tuple[dt.date, int, str | None] | None
    first: tuple[dt.date, int] | None
    days: tuple[tuple[dt.date, int | None, str | None], ...]


def summaries(
    diary: Diary, child_id: int, start: dt.date, end: dt.date
) -> tuple[QuestionnaireSummary, ...]:
    """Every questionnaire of the child with its answers of the period (and latest before)."""
    found = []
    for kept in questionnaires.questionnaires(diary, child_id):
        given = [a for a in questionnaires.answers(diary, kept.id) if a.date <= end]
        complete = [a for a in given if a.total is not None]
        inside = [a for a in given if a.date >= start]
        first = next((a for a in inside if a.total is not None), None)
        latest = complete[-1] if complete else None
        found.append(
            QuestionnaireSummary(
                title=kept.title,
                source=kept.source,
                lowest=kept.lowest,
                highest=kept.highest,
                latest=None if latest is None else (latest.date, latest.total, latest.band),
                first=None if first is None else (first.date, first.total),
                days=tuple((a.date, a.total, a.band) for a in inside),
            )
        )
    return tuple(found)


def trend_sentence(summary: QuestionnaireSummary) -> str:
    """How the latest total compares with the first complete one of the period."""
    if summary.latest is None or summary.first is None or summary.first[0] == summary.latest[0]:
        return tr("Not enough answers in this period for a trend.")
    change = summary.latest[1] - summary.first[1]
    if change == 0:
        return fill_in(tr("Unchanged since %1."), texts.date(summary.first[0]))
    sentence = tr("Up %1 since %2.") if change > 0 else tr("Down %1 since %2.")
    return fill_in(sentence, abs(change), texts.date(summary.first[0]))


def questionnaire_blocks(found: tuple[QuestionnaireSummary, ...]) -> list:
    """A heading, the latest total, trend and source, and the period's totals per questionnaire.

    The layout (Qt) is imported here: the summaries above are gathered without Qt.
    """
    from masto_diary.report.layout import Column, Heading, Paragraph, Table

    blocks: list = []
    for summary in found:
        blocks.append(Heading(fill_in(tr("Questionnaire: %1"), summary.title)))
        if summary.latest is None:
            latest = tr("No complete set of answers yet.")
        else:
            day, total, band = summary.latest
            latest = fill_in(
                tr("Latest total %1 (possible %2–%3), %4, on %5."),
                total, summary.lowest, summary.highest, band or DASH, texts.date(day),
            )  # fmt: skip
        blocks.append(Paragraph(f"{latest} {trend_sentence(summary)}", keep_with_next=True))
        blocks.append(Paragraph(fill_in(tr("Source: %1"), summary.source), size=8.0))
        if summary.days:
            rows = [
                [texts.date(day), DASH if total is None else str(total), band or DASH]
                for day, total, band in summary.days
            ]
            columns = [Column(tr("Day"), 1.0), Column(tr("Total"), 1.0), Column(tr("Band"), 2.0)]
            blocks.append(Table(columns, rows, continued=tr("Questionnaire (continued)")))
    return blocks
