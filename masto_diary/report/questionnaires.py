"""The report's section on the clinic's own questionnaires (docs/questionnaires.md).

For each questionnaire the child has: the latest total and band up to the period's end with
its subscales (worked out from those answers), the trend (the latest total against the first
one in the period), each total of the period in a small table, and the questionnaire's source
line, which the clinic's file says and the report must repeat (who wrote it, under which terms
it is used).  Totals carry the questionnaire's own decimals.  Printed only for a child who has
a questionnaire, unless the section is switched off; a day without a total (too few items
answered) shows a dash, never a 0.
"""

import datetime as dt
import json
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
    lowest: float
    highest: float
    latest: tuple[dt.date, float, str | None] | None
    first: tuple[dt.date, float] | None
    days: tuple[tuple[dt.date, float | None, str | None], ...]
    decimals: int = 0
    subscales: tuple[tuple[str, float | None, str | None], ...] = ()  # of the latest answers


def summaries(
    diary: Diary, child_id: int, start: dt.date, end: dt.date
) -> tuple[QuestionnaireSummary, ...]:
    """Every questionnaire of the child with its answers of the period (and latest before)."""
    found = []
    for kept in questionnaires.questionnaires(diary, child_id):
        given = [a for a in questionnaires.answers(diary, kept.id) if a.date <= end]
        complete = [(a, a.total) for a in given if a.total is not None]
        inside = [a for a in given if a.date >= start]
        first = next(((a.date, total) for a, total in complete if a.date >= start), None)
        latest = complete[-1] if complete else None
        parts = () if latest is None else kept.subscale_scores(json.loads(latest[0].answers))
        found.append(
            QuestionnaireSummary(
                title=kept.title,
                source=kept.source,
                lowest=float(kept.lowest),
                highest=float(kept.highest),
                latest=None if latest is None else (latest[0].date, latest[1], latest[0].band),
                first=first,
                days=tuple((a.date, a.total, a.band) for a in inside),
                decimals=kept.decimals,
                subscales=tuple((part.title, total, band) for part, total, band in parts),
            )
        )
    return tuple(found)


def trend_sentence(summary: QuestionnaireSummary) -> str:
    """How the latest total compares with the first complete one of the period."""
    if summary.latest is None or summary.first is None or summary.first[0] == summary.latest[0]:
        return tr("Not enough answers in this period for a trend.")
    change = round(summary.latest[1] - summary.first[1], summary.decimals)
    if change == 0:
        return fill_in(tr("Unchanged since %1."), texts.date(summary.first[0]))
    sentence = tr("Up %1 since %2.") if change > 0 else tr("Down %1 since %2.")
    return fill_in(sentence, figure(abs(change), summary), texts.date(summary.first[0]))


def figure(value: float, summary: QuestionnaireSummary) -> str:
    """A total with the questionnaire's decimals (a sum has none), in the locale's notation."""
    return texts.number(value, summary.decimals)


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
                figure(total, summary), figure(summary.lowest, summary),
                figure(summary.highest, summary), band or DASH, texts.date(day),
            )  # fmt: skip
        blocks.append(Paragraph(f"{latest} {trend_sentence(summary)}", keep_with_next=True))
        if summary.subscales:
            parts = [
                fill_in(tr("%1 %2"), title, DASH if total is None else figure(total, summary))
                + (f" ({band})" if band else "")
                for title, total, band in summary.subscales
            ]
            sentence = fill_in(tr("Subscales of the latest answers: %1."), "; ".join(parts))
            blocks.append(Paragraph(sentence, keep_with_next=True))
        blocks.append(Paragraph(fill_in(tr("Source: %1"), summary.source), size=8.0))
        if summary.days:
            rows = [
                [texts.date(day), DASH if total is None else figure(total, summary), band or DASH]
                for day, total, band in summary.days
            ]
            columns = [Column(tr("Day"), 1.0), Column(tr("Total"), 1.0), Column(tr("Band"), 2.0)]
            blocks.append(Table(columns, rows, continued=tr("Questionnaire (continued)")))
    return blocks
