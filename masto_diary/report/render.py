"""Lays the report out and writes it as a PDF with QPdfWriter.

Page 1 has a fixed layout, like the first page of an ambulatory glucose profile: who and
which period, the key figures beside the previous period (or the pre-therapy baseline), the
therapy and the top triggers, the trend with the injections, the dose-cycle profile and the
parent's questions.  The detail sections flow over the following pages
(:mod:`~masto_diary.report.layout`), and every page gets the same footer.

Writing is a generator (:func:`render_steps`) that yields after each page, so the report page
can show progress, keep the window responsive and stop when the parent cancels.  The PDF is
written to a private temporary file beside the target and renamed into place at the end: a
cancelled or failed report leaves no half-written file, and the file is never readable by
others (it holds a child's health data).
"""

import datetime as dt
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

from masto_diary import APP_NAME, __version__
from masto_diary.analysis import ANAPHYLAXIS, EPISODE_KINDS, ComparisonColumn, PeriodSummary
from masto_diary.report import charts, urticaria
from masto_diary.report.canvas import (
    CENTER,
    FAINT,
    GREY,
    LEFT,
    LIGHT_GREY,
    RIGHT,
    TOP,
    Canvas,
)
from masto_diary.report.content import ReportContent, SymptomRow
from masto_diary.report.layout import (
    Block,
    Box,
    Chart,
    Column,
    Heading,
    Paragraph,
    Placed,
    Table,
    paginate,
)
from masto_diary.report.patterns import method_paragraph, pattern_blocks, wear_off_line
from masto_diary.report.questionnaires import questionnaire_blocks
from masto_diary.services import growth
from masto_diary.services.figures import DAILY_UAS
from masto_diary.words import labels
from masto_diary.words import report_texts as texts
from masto_diary.words.noop import QT_TRANSLATE_NOOP
from masto_diary.words.report_texts import DASH, tr
from masto_diary.words.sentence import fill_in
from masto_diary.words.symptom_texts import symptom_label, trigger_label

PAPER_SIZES: dict[str, QPageSize.PageSizeId] = {
    "a4": QPageSize.PageSizeId.A4,
    "letter": QPageSize.PageSizeId.Letter,
}
LETTER_TERRITORIES = (QLocale.Country.UnitedStates, QLocale.Country.Canada)
RESOLUTION = 720
"""Dots per inch of the writer: 10 device units per point keep text metrics exact."""
MARGIN = 40.0
FOOTER = 20.0
GAP = 10.0
SECTION_GAP = 3.0
"""Space above each heading of page 1's right column."""


def default_paper(locale: QLocale | None = None) -> str:
    """Letter in the United States and Canada, A4 everywhere else."""
    territory = (locale or QLocale()).territory()
    return "letter" if territory in LETTER_TERRITORIES else "a4"


@dataclass(frozen=True)
class PageBox:
    """The printable area of a page in points."""

    width: float
    height: float

    @property
    def left(self) -> float:
        return MARGIN

    @property
    def top(self) -> float:
        return MARGIN

    @property
    def inner_width(self) -> float:
        return self.width - 2 * MARGIN

    @property
    def bottom(self) -> float:
        """Lowest y that content may use (the footer lives below)."""
        return self.height - MARGIN - FOOTER


def write_report(content: ReportContent, path: Path, paper: str = "a4") -> int:
    """Write the whole PDF at once; returns the number of pages."""
    pages = 0
    for done, _total in render_steps(content, path, paper):
        pages = done
    return pages


def render_steps(
    content: ReportContent, path: Path, paper: str = "a4"
) -> Iterator[tuple[int, int]]:
    """Write the PDF page by page, yielding ``(pages written, pages in all)`` as it goes.

    The first yield, ``(0, total)``, comes after the layout.  Closing the generator early
    (the parent cancelled) removes the temporary file and leaves ``path`` untouched.
    """
    if paper not in PAPER_SIZES:
        raise ValueError(f"paper must be one of {', '.join(PAPER_SIZES)}, got {paper!r}")
    path = Path(path)
    temporary = path.with_name(f".{path.name}.part")
    _create_private(temporary)
    writer = _writer(temporary, content, paper)
    painter = QPainter()
    finished = False
    try:
        if not painter.begin(writer):
            raise OSError(f"cannot write {path}")
        canvas = Canvas(painter, writer)
        box = _page_box(paper)
        summary = SummaryPage(canvas, content, box)
        detail_pages = paginate(
            canvas, detail_blocks(content, summary), box.top, box.bottom, box.inner_width
        )
        total = 1 + len(detail_pages)
        yield 0, total
        summary.draw()
        draw_footer(canvas, content, box, 1, total)
        yield 1, total
        for number, placed in enumerate(detail_pages, start=2):
            writer.newPage()
            _draw_placed(canvas, placed, box)
            draw_footer(canvas, content, box, number, total)
            yield number, total
        painter.end()
        os.replace(temporary, path)
        os.chmod(path, 0o600)
        finished = True
    finally:
        if painter.isActive():
            painter.end()
        if not finished:
            temporary.unlink(missing_ok=True)


def _create_private(path: Path) -> None:
    """Create (or empty) ``path`` readable by its owner only, before Qt opens it."""
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)


def _writer(path: Path, content: ReportContent, paper: str) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    layout = QPageLayout(
        QPageSize(PAPER_SIZES[paper]),
        QPageLayout.Orientation.Portrait,
        QMarginsF(0, 0, 0, 0),
        QPageLayout.Unit.Point,
    )
    writer.setPageLayout(layout)
    writer.setTitle(document_title(content))
    writer.setCreator(f"{APP_NAME} {__version__}")
    return writer


def document_title(content: ReportContent) -> str:
    """The PDF's title: the child's name as chosen (initials stay initials) and the period."""
    return fill_in(
        tr("Clinic-visit report – %1 – %2"),
        content.child.name,
        texts.period(content.start, content.end),
    )


def _page_box(paper: str) -> PageBox:
    size = QPageSize(PAPER_SIZES[paper]).size(QPageSize.Unit.Point)
    return PageBox(size.width(), size.height())


def _draw_placed(c: Canvas, placed: list[Placed], box: PageBox) -> None:
    for item in placed:
        item.block.draw(c, box.left, item.y, box.inner_width)


def draw_footer(c: Canvas, content: ReportContent, box: PageBox, number: int, total: int) -> None:
    """ "L. R. · page 2/5 · period · created DATE · masto-diary VERSION" under a thin line."""
    y = box.height - MARGIN - FOOTER + 8.0
    c.line(box.left, y, box.left + box.inner_width, y, LIGHT_GREY, 0.5)
    c.text(box.left, y + 3.0, box.inner_width, 10.0, footer_text(content, number, total),
           c.font(7.0), CENTER | TOP, GREY, wrap=False)  # fmt: skip


def footer_text(content: ReportContent, number: int, total: int) -> str:
    """The footer line of page ``number`` of ``total``."""
    page = fill_in(tr("page %1/%2"), number, total)
    created = fill_in(tr("created %1"), texts.date(content.created))
    period = texts.period(content.start, content.end)
    return f"{content.child.name} · {page} · {period} · {created} · {APP_NAME} {__version__}"


# --------------------------------------------------------------------------- page 1


class SummaryPage:
    """Page 1: measured when built (so the detail pages know what did not fit), drawn later."""

    def __init__(self, c: Canvas, content: ReportContent, box: PageBox):
        self.c, self.content, self.box = c, content, box
        self.header_h = self._header_height()
        self.figures = (
            urticaria.urticaria_table(content) if content.urticaria else figures_table(content)
        )
        self.left_w = box.inner_width * 0.6
        self.right_w = box.inner_width - self.left_w - GAP
        self.figures_h = self.figures.height(c, self.left_w)
        self.side_h = self._side_height()
        y = box.top + self.header_h + GAP
        self.figures_y = y
        y += max(self.figures_h, self.side_h) + 4.0
        available = box.bottom - y - GAP
        self.trend_y = y
        share, most = (0.5, 250.0) if content.cycle.days_used else (0.62, 320.0)
        self.trend_h = min(max(available * share, 150.0), most)
        self.bottom_y = self.trend_y + self.trend_h + GAP
        self.bottom_h = box.bottom - self.bottom_y
        self.questions_text, self.questions_cut = self._fit_questions()

    # ----------------------------------------------------------------- measuring

    def _header_lines(self) -> tuple[str, str, str]:
        return header_lines(self.content)

    def _header_height(self) -> float:
        return 20.0 + 12.0 + 11.0 + 4.0

    def _side_lines(self) -> list[tuple[str, bool]]:
        """(text, bold) lines of the therapy, medication, results and trigger column."""
        return side_lines(self.content)

    def _side_height(self) -> float:
        total = 8.0
        for index, (text, bold) in enumerate(self._side_lines()):
            font = self.c.font(8.0, bold=bold)
            total += self.c.text_height(text, font, self.right_w - 12.0) + 1.5
            total += SECTION_GAP if bold and index else 0.0
        return total

    def _fit_questions(self) -> tuple[str, bool]:
        questions = self.content.questions
        if questions is None:
            return tr("No questions were written down for this visit."), False
        font = self.c.font(8.5)
        return self.c.fit_lines(questions.text, font, self.right_w - 12.0, self.bottom_h - 26.0)

    # ----------------------------------------------------------------- drawing

    def draw(self) -> None:
        self._draw_header()
        self.figures.draw(self.c, self.box.left, self.figures_y, self.left_w)
        self._draw_side()
        self._draw_trend()
        self._draw_cycle()
        self._draw_questions()

    def _draw_header(self) -> None:
        c, box = self.c, self.box
        who, clinic, recorded = self._header_lines()
        title_font = c.font(15.0, bold=True)
        c.text(box.left, box.top, box.inner_width, 20.0, tr("Clinic-visit report"), title_font,
               wrap=False)  # fmt: skip
        period = texts.period(self.content.start, self.content.end)
        c.text(box.left, box.top + 3.0, box.inner_width, 16.0, period, c.font(11.0, bold=True),
               RIGHT | TOP, wrap=False)  # fmt: skip
        y = box.top + 20.0
        small = c.font(8.5)
        who_font = c.font(9.5, bold=True)
        c.text(box.left, y, box.inner_width, 12.0, c.elide(who, who_font, box.inner_width),
               who_font, wrap=False)  # fmt: skip
        room = box.inner_width - c.text_width(recorded, small) - 12.0
        c.text(box.left, y + 12.0, room, 11.0, c.elide(clinic, small, room), small, color=GREY,
               wrap=False)  # fmt: skip
        c.text(box.left, y + 12.0, box.inner_width, 11.0, recorded, small, RIGHT | TOP,
               wrap=False)  # fmt: skip
        line_y = box.top + self.header_h
        c.line(box.left, line_y, box.left + box.inner_width, line_y, GREY, 0.8)

    def _draw_side(self) -> None:
        c = self.c
        x = self.box.left + self.left_w + GAP
        c.rect(x, self.figures_y, self.right_w, self.side_h, fill=FAINT)
        y = self.figures_y + 5.0
        for index, (text, bold) in enumerate(self._side_lines()):
            y += SECTION_GAP if bold and index else 0.0
            font = c.font(8.0, bold=bold)
            h = c.text_height(text, font, self.right_w - 12.0)
            c.text(x + 6.0, y, self.right_w - 12.0, h, text, font)
            y += h + 1.5

    def _chart_title(self, x: float, y: float, width: float, text: str) -> float:
        """A chart's title, wrapped when a language makes it longer than the chart is wide."""
        font = self.c.font(9.0, bold=True)
        h = max(12.0, self.c.text_height(text, font, width))
        self.c.text(x, y, width, h, text, font)
        return h + 1.0

    def _draw_trend(self) -> None:
        x, w = self.box.left, self.box.inner_width
        if self.content.urticaria is not None:  # the weekly UAS7 is what the clinic reads
            used = self._chart_title(x, self.trend_y, w, urticaria.uas_title())
            urticaria.draw_weeks(
                self.c, x, self.trend_y + used, w, self.trend_h - used, self.content
            )
            return
        title = tr("Daily symptom score, injections and episodes")
        used = self._chart_title(x, self.trend_y, w, title)
        charts.draw_trend(
            self.c, x, self.trend_y + used, w, self.trend_h - used, self.content.trend
        )

    def _draw_cycle(self) -> None:
        x, w, y = self.box.left, self.left_w, self.bottom_y
        cycle = self.content.cycle
        uas = self.content.figures.measure == DAILY_UAS
        used = self._chart_title(x, y, w, cycle_title(cycle.cycles_used, uas))
        if cycle.days_used == 0:
            message = (
                tr("No scored day on therapy in this period.")
                if self.content.first_injection is not None
                else tr("No injection is recorded, so there is no dose cycle to show.")
            )
            self.c.text(x, y + used + 10, w, 40, message, self.c.font(8.5), color=GREY)
            return
        therapy = self.content.therapy
        interval = therapy.interval_days if therapy is not None else None
        charts.draw_cycle(self.c, x, y + used, w, self.bottom_h - used, cycle,
                          self.content.cycle_reference, interval,
                          self.content.cycle_scale)  # fmt: skip

    def _draw_questions(self) -> None:
        c = self.c
        x, w, y = self.box.left + self.left_w + GAP, self.right_w, self.bottom_y
        c.rect(x, y, w, self.bottom_h, stroke=LIGHT_GREY)
        questions = self.content.questions
        title = tr("Questions for this visit")
        if questions is not None:
            title = fill_in(tr("Questions for the visit of %1"), texts.date(questions.visit_day))
        title_font = c.font(9.0, bold=True)
        title_h = c.text_height(title, title_font, w - 12.0)
        c.text(x + 6.0, y + 5.0, w - 12.0, title_h, title, title_font)
        text = self.questions_text
        if self.questions_cut:
            text += "\n" + tr("(all questions on a later page)")
        font = c.font(8.5, italic=questions is None)
        top = y + 8.0 + title_h
        used = c.text_height(text, font, w - 12.0)
        c.text(x + 6.0, top, w - 12.0, self.bottom_h - (top - y), text, font)
        self._draw_note_lines(x, w, top + used + 10.0, y + self.bottom_h)

    def _draw_note_lines(self, x: float, w: float, top: float, bottom: float) -> None:
        """Ruled lines for the doctor's notes in the room the questions left free."""
        c = self.c
        if bottom - top < 60.0:
            return
        c.text(x + 6.0, top, w - 12.0, 11.0, tr("Notes at the visit"), c.font(8.0, bold=True),
               color=GREY, wrap=False)  # fmt: skip
        line_y = top + 30.0
        while line_y < bottom - 8.0:
            c.line(x + 6.0, line_y, x + w - 6.0, line_y, LIGHT_GREY, 0.5)
            line_y += 18.0


def header_lines(content: ReportContent) -> tuple[str, str, str]:
    """Who (name, age at the period's end, sex), the diagnosis and clinic, the days recorded.

    The diagnosis has a line of its own with the clinic: beside the name it was cut in
    Italian ("Mastocitosi sistemica indole…").
    """
    child = content.child
    age = fill_in(tr("%1 years on %2"), texts.count(child.age_years), texts.date(child.age_on))
    who = " · ".join(p for p in (child.name, age, texts.sex(child.sex) if child.sex else "") if p)
    # the mastocytosis diagnosis says nothing of a child followed for another condition
    followed = (
        texts.diagnosis(child.diagnosis)
        if child.condition == "mastocytosis"
        else texts.condition(child.condition)
    )
    clinic = " · ".join(p for p in (followed, child.clinic) if p)
    s = content.summary
    recorded = fill_in(
        tr("%1 days, %2 with an entry (%3)"),
        texts.count(s.days),
        texts.count(s.days_recorded),
        texts.percent(s.coverage_pct),
    )
    return who, clinic, recorded


def side_lines(content: ReportContent) -> list[tuple[str, bool]]:
    """Page 1's right column as an allergist reads it: therapy, now taking, latest results,
    anaphylaxis and the top triggers, as (text, bold) lines."""
    lines: list[tuple[str, bool]] = [(tr("Therapy"), True)]
    lines += [(text, False) for text in therapy_lines(content)]
    if wear_off_line(content):
        lines.append((wear_off_line(content), False))
    lines.append((reaction_line(content), False))
    lines.append((tr("Now taking"), True))
    lines += [(text, False) for text in now_taking_lines(content)]
    stopped = stopped_lines(content)
    if stopped:
        lines.append((tr("Stopped in this period"), True))
        lines += [(text, False) for text in stopped]
    lines.append((tr("Latest results"), True))
    lines += [(text, False) for text in latest_result_lines(content)]
    anaphylaxis = anaphylaxis_lines(content)
    if anaphylaxis:
        lines.append((tr("Anaphylaxis in this period"), True))
        lines += [(text, False) for text in anaphylaxis]
    lines.append((tr("Top triggers (episodes in this period)"), True))
    if content.top_triggers:
        parts = [f"{trigger_label(label)} {texts.count(n)}" for label, n in content.top_triggers]
        lines.append((" · ".join(parts), False))
    else:
        lines.append((tr("No episode had a trigger recorded."), False))
    return lines


def reaction_line(content: ReportContent) -> str:
    """Injection reactions of the period: "none", else each with its date."""
    reacted = [i for i in content.injections if i.reaction and i.reaction != "none"]
    if not reacted:
        return tr("Injection reactions: none")
    parts = [f"{texts.date(i.given_at.date())} {texts.reaction(i.reaction)}" for i in reacted]
    return fill_in(tr("Injection reactions: %1"), "; ".join(parts))


def now_taking_lines(content: ReportContent) -> list[str]:
    """What is taken on the period's last day: dose, how often, the dose a day, and how it
    changed in the period ("halved 15 Oct 2025: 10 → 5 mg a day, twice daily → once daily")."""
    lines = []
    for row in content.medications:
        t = row.taper
        if t.at_end is None:
            continue
        text = f"{t.name} {dose_text(t.at_end)}"
        if t.changes:
            text += " — " + change_summary(t)
        lines.append(text)
    return lines or [tr("No other medication is taken at the end of this period.")]


def stopped_lines(content: ReportContent) -> list[str]:
    """What was taken in the period but not on its last day: when it stopped, the last dose."""
    lines = []
    for row in content.medications:
        t = row.taper
        if t.at_end is not None:
            continue
        stops = [c for c in t.changes if c.kind == "stopped"]
        when = texts.date(stops[-1].day) if stops else DASH
        last = dose_text(t.last_taken) if t.last_taken else DASH
        lines.append(fill_in(tr("%1: stopped %2 (last %3)"), t.name, when, last))
    return lines


def dose_text(period) -> str:
    """ "5 mg twice daily (10 mg a day)"; the dose a day only when the frequency says it."""
    text = f"{texts.dose(period.dose)} {period.unit}".strip()
    if period.frequency:
        text += " " + labels.frequency_text(period.frequency)
    daily = period.daily
    if daily is not None and daily != period.dose:
        text += " " + fill_in(tr("(%1 %2 a day)"), texts.dose(daily), period.unit)
    return text


LATEST_ANALYTES = ("tryptase", "total_ige")


def latest_result_lines(content: ReportContent) -> list[str]:
    """The latest tryptase and total IgE up to the period's end, and the latest weight."""
    latest = {r.point.key: r for r in content.lab_history if r.point.key in LATEST_ANALYTES}
    lines = []
    for key in LATEST_ANALYTES:
        row = latest.get(key)
        if row is None:
            lines.append(fill_in(tr("%1: none recorded"), texts.analyte(key)))
            continue
        p = row.point
        text = f"{texts.analyte(key)} {texts.dose(p.value)} {p.unit}".strip()
        text += f" ({texts.date(p.taken_on)})"
        outside = range_words(p)
        if outside:
            text += " " + outside
        if row.includes_bound_ige:
            text += " " + tr("incl. drug-bound IgE")
        lines.append(text)
    lines += growth_lines(content)
    return lines


def range_words(point) -> str:
    """ "above the reference limit (11.4)": a value outside its range said in words, so it is
    not missed on a grey-scale copy; "" inside the range or without one."""
    if point.ref_high is not None and point.value > point.ref_high:
        return fill_in(tr("above the reference limit (%1)"), texts.dose(point.ref_high))
    if point.ref_low is not None and point.value < point.ref_low:
        return fill_in(tr("below the reference limit (%1)"), texts.dose(point.ref_low))
    return ""


def growth_lines(content: ReportContent) -> list[str]:
    """Latest weight and height with their date and WHO centile, the BMI-for-age centile from
    five years on, a falling height; a weight after ten years says why it has no centile."""
    lines = []
    for point, value, unit, centile, missing in (
        (content.weight, "kg", tr("Weight %1 kg (%2)"), "weight_centile",
         tr("Weight: none recorded")),
        (content.height, "cm", tr("Height %1 cm (%2)"), "height_centile",
         tr("Height: none recorded")),
        (content.bmi, "bmi", tr("BMI %1 kg/m² (%2)"), "bmi_centile", None),
    ):  # fmt: skip
        if point is None:
            if missing:
                lines.append(missing)
            continue
        text = fill_in(unit, texts.number(getattr(point, value)) if value == "bmi"
                       else texts.dose(getattr(point, value)), texts.date(point.day))  # fmt: skip
        share = getattr(point, centile)
        if share is not None:
            text += ", " + fill_in(tr("centile %1"), texts.count(round(share)))
        elif value == "kg" and point.age_days > growth.MAX_AGE_DAYS["wfa"]:
            text += ", " + (tr("no WHO weight centile after 10 years (see BMI)") if content.bmi
                            else tr("no WHO weight centile after 10 years"))  # fmt: skip
        lines.append(text)
    falling = content.falling_height
    peak, low = (falling.peak.height_centile, falling.latest.height_centile) if falling else (0, 0)
    if falling is not None and peak is not None and low is not None:
        lines.append(
            fill_in(
                tr("Height centile fell from %1 (%2) to %3: more than one centile space"),
                texts.count(round(peak)),
                texts.date(falling.peak.day),
                texts.count(round(low)),
            )
        )
    return lines


def anaphylaxis_lines(content: ReportContent) -> list[str]:
    """Each anaphylaxis of the period with its date and the rescue it needed."""
    lines = []
    for e in content.episodes:
        if e.kind != ANAPHYLAXIS:
            continue
        rescue = rescue_words(e)
        lines.append(texts.date(e.day) + (": " + ", ".join(rescue) if rescue else ""))
    return lines


def page_one_text(content: ReportContent) -> str:
    """Page 1's words and figures as plain lines (the charts' titles, not their drawing).

    The golden test pins this text for demo periods, so any change to a figure or a rule of
    page 1 shows as a readable diff; the page draws the same functions' results.
    """
    lines = [tr("Clinic-visit report"), texts.period(content.start, content.end)]
    lines += header_lines(content)
    table = urticaria.urticaria_table(content) if content.urticaria else figures_table(content)
    lines.append(" | ".join(col.title.replace("\n", " ") for col in table.columns))
    lines += [" | ".join(row) for row in table.rows]
    lines += [("## " if bold else "") + text for text, bold in side_lines(content)]
    lines.append(cycle_title(content.cycle.cycles_used))
    if content.questions is not None:
        lines.append(fill_in(tr("Questions for the visit of %1"),
                             texts.date(content.questions.visit_day)))  # fmt: skip
        lines.append(content.questions.text)
    return "\n".join(lines) + "\n"


def cycle_title(cycles: int, uas: bool = False) -> str:
    """The dose-cycle chart's title, saying how many cycles the profile rests on and, for a
    child with urticaria, that it is the daily UAS."""
    if uas:
        if cycles == 1:
            return tr("Dose cycle: daily UAS by days since the last injection (1 cycle)")
        return fill_in(
            tr("Dose cycle: daily UAS by days since the last injection (%1 cycles)"),
            texts.count(cycles),
        )
    if cycles == 1:
        return tr("Dose cycle: score by days since the last injection (1 cycle)")
    return fill_in(
        tr("Dose cycle: score by days since the last injection (%1 cycles)"), texts.count(cycles)
    )


def therapy_lines(content: ReportContent) -> list[str]:
    """The therapy column: plan, doses in the period, punctuality."""
    therapy = content.therapy
    if therapy is None:
        return [tr("No treatment plan is recorded.")]
    plan = fill_in(
        tr("%1 %2 mg every %3 days"),
        therapy.drug.capitalize(),
        texts.dose(therapy.dose_mg),
        texts.count(therapy.interval_days),
    )
    lines = [plan]
    if therapy.first_injection is not None:
        lines.append(fill_in(tr("First injection: %1"), texts.date(therapy.first_injection)))
    a = therapy.adherence
    lines.append(fill_in(tr("Injections in this period: %1"), texts.count(a.injections)))
    if a.assessed:
        lines.append(
            fill_in(
                tr("On time (±%1 days): %2 of %3"),
                texts.count(a.tolerance_days),
                texts.count(a.on_time),
                texts.count(a.assessed),
            )
        )
        lines.append(fill_in(tr("Longest delay: %1"), texts.days_text(a.longest_delay_days)))
    return lines


# --------------------------------------------------------------------------- key figures


IN_PERIOD = frozenset({"period", "on_in_period", "before_in_period"})
"""Column kinds whose days are the period's own (the others are for comparison)."""
COLUMN_TITLES = {
    "period": QT_TRANSLATE_NOOP("report", "This period"),
    "on_in_period": QT_TRANSLATE_NOOP("report", "On therapy (this period)"),
    "before_in_period": QT_TRANSLATE_NOOP("report", "Before therapy (this period)"),
    "baseline": QT_TRANSLATE_NOOP("report", "Baseline before therapy"),
}


def column_title(content: ReportContent, column: ComparisonColumn) -> str:
    """A comparison column's head: what it is, then its dates on two lines."""
    if column.kind == "previous":
        first = content.first_injection
        on = first is not None and column.start >= first
        title = fill_in(tr("Previous %1, on therapy") if on else tr("Previous %1"),
                        texts.days_text(column.days))  # fmt: skip
    else:
        title = tr(COLUMN_TITLES[column.kind])
    return f"{title}\n{_two_lines(column.start, column.end)}"


def _two_lines(start: dt.date, end: dt.date) -> str:
    """A period for a narrow column head: "29 Aug 2026 –" over "26 Nov 2026"."""
    return f"{texts.date(start)} –\n{texts.date(end)}"


@dataclass(frozen=True)
class Figure:
    """One key figure as printed: ``key`` names it ("kind:flush" for an episode kind)."""

    key: str
    label: str
    value: str


ALARM_KEYS = frozenset({"anaphylaxis", "epinephrine", "emergency"})
"""Figures printed in bold when the period has any: the doctor must not miss them."""


def figure_rows(summary: PeriodSummary | None, scale_max: int) -> list[Figure]:
    """Every key figure in print order, formatted as printed (a dash when unknown)."""
    s = summary

    def value(getter) -> str:
        return DASH if s is None else getter(s)

    rows = [
        Figure("mean_dss", fill_in(tr("Mean daily symptom score (0–%1)"), scale_max),
               value(lambda s: texts.number(s.mean_dss))),
        Figure("symptom_free", tr("Symptom-free days"),
               value(lambda s: texts.percent(s.symptom_free_pct))),
        Figure("episodes", tr("Episodes per 28 days"),
               value(lambda s: texts.number(s.episodes_per_28))),
    ]  # fmt: skip
    for kind in EPISODE_KINDS:
        if kind != ANAPHYLAXIS:  # counted on its own line below
            rows.append(Figure(f"kind:{kind}", texts.episode_kind(kind),
                               value(lambda s, k=kind: _kind_rate(s, k))))  # fmt: skip
    rows += [
        Figure("anaphylaxis", tr("Anaphylaxis"), value(lambda s: texts.count(s.anaphylaxis))),
        Figure("epinephrine", tr("Epinephrine uses"),
               value(lambda s: texts.count(s.epinephrine_uses))),
        Figure("emergency", tr("Emergency visits"),
               value(lambda s: texts.count(s.emergency_visits))),
        Figure("antihistamine", tr("Extra antihistamine doses"),
               value(lambda s: texts.count(s.antihistamine_rescues))),
        Figure("steroid", tr("Steroid rescue doses"),
               value(lambda s: texts.count(s.steroid_rescues))),
        Figure("school", tr("School days missed"),
               value(lambda s: texts.count(s.school_days_missed))),
        Figure("recorded", tr("Days with an entry"), value(_recorded)),
    ]  # fmt: skip
    return rows


def _kind_rate(summary: PeriodSummary, kind: str) -> str:
    return texts.number(summary.episodes_per_28_by_kind.get(kind))


def _recorded(summary: PeriodSummary) -> str:
    return fill_in(
        tr("%1 of %2 (%3)"),
        texts.count(summary.days_recorded),
        texts.count(summary.days),
        texts.percent(summary.coverage_pct),
    )


def figures_table(content: ReportContent) -> Table:
    """The key figures, one column per comparison column; episode kinds without any left out."""
    per_column = [figure_rows(c.summary, content.dss_scale_max) for c in content.columns]
    inside = [c.column.kind in IN_PERIOD for c in content.columns]
    rows: list[Any] = []
    indented, bold = set(), set()
    for figures in zip(*per_column, strict=True):
        mine = figures[0]
        if mine.key.startswith("kind:"):
            if all(_is_zero(f.value) for f in figures):
                continue
            indented.add(len(rows))
        if mine.key in ALARM_KEYS and any(
            f.value != texts.count(0) for f, i in zip(figures, inside, strict=True) if i
        ):
            bold.add(len(rows))
        values = [f.value for f in figures]
        if mine.key == "anaphylaxis":  # each one dated, in whichever column it falls
            values = [_dated(v, days) for v, days in zip(values, content.figures.anaphylaxis,
                                                         strict=True)]  # fmt: skip
        rows.append((mine.label, *values))
    columns = [Column(tr("Key figures"), 1.45)]
    columns += [Column(column_title(content, c.column), 1.0, RIGHT) for c in content.columns]
    return Table(
        columns, rows, size=8.0, indented_rows=frozenset(indented), bold_rows=frozenset(bold)
    )


def _dated(count: str, days: tuple[dt.date, ...]) -> str:
    """ "1 (4 Nov 2024)": a count with the day of each event."""
    if not days:
        return count
    return fill_in(tr("%1 (%2)"), count, ", ".join(texts.date(d) for d in days))


def _is_zero(text: str) -> bool:
    return text in (DASH, texts.number(0.0))


# --------------------------------------------------------------------------- detail pages


def detail_blocks(content: ReportContent, summary: SummaryPage) -> list[Block]:
    """The sections after page 1 in print order, as chosen in ``content.sections``.

    The method box comes early (after the patterns), beside what it explains: last, it could
    be left alone on a page of its own.
    """
    builders = {
        "patterns": pattern_blocks,
        "method": method_blocks,
        "symptoms": symptom_blocks,
        "episodes": episode_blocks,
        "injections": injection_blocks,
        "medications": medication_blocks,
        "labs": lab_blocks,
        "notes": note_blocks,
        "questionnaires": lambda c: questionnaire_blocks(c.questionnaires),
    }
    blocks: list[Block] = []
    if summary.questions_cut and content.questions is not None:
        blocks += [
            Heading(fill_in(tr("Questions for the visit of %1"),
                            texts.date(content.questions.visit_day))),
            Paragraph(content.questions.text, size=9.0),
        ]  # fmt: skip
    for section, build in builders.items():
        if section in content.sections:
            blocks += build(content)
    if blocks:
        blocks[0] = _first_on_page(blocks[0])
    return blocks


def _first_on_page(block: Block) -> Block:
    if isinstance(block, Heading):
        block.space_above = 0.0
    return block


def _empty(text: str) -> Paragraph:
    return Paragraph(text, italic=True, color=GREY)


def symptom_blocks(content: ReportContent) -> list[Block]:
    rows = [_symptom_cells(row) for row in content.symptoms]
    hidden = {i for i, row in enumerate(content.symptoms) if row.hidden}
    intro = tr(
        "Scores 0 none, 1 mild, 2 moderate, 3 severe. Mean over the days the symptom was "
        "scored; the trend compares the first and the second half of the period."
    )
    columns = [
        Column(tr("Symptom"), 2.2),
        Column(tr("Mean"), 0.7, RIGHT),
        Column(tr("Days ≥ 2"), 0.8, RIGHT),
        Column(tr("Days scored"), 0.9, RIGHT),
        Column(tr("1st half → 2nd half"), 1.4, CENTER),
        Column(tr("Trend"), 1.0, LEFT),
    ]
    blocks: list[Block] = [
        Heading(tr("Symptoms one by one")),
        Paragraph(intro, keep_with_next=True),
    ]
    if not rows:
        return [*blocks, _empty(tr("No symptom was scored in this period."))]
    table = Table(columns, rows, continued=tr("Symptoms (continued)"))
    table.indented_rows = frozenset()
    table.bold_rows = frozenset()
    if hidden:
        blocks.append(Paragraph(tr("(hidden) marks a symptom no longer on the daily list.")))
    return [*blocks, table]


TREND_WORDS = {
    "up": QT_TRANSLATE_NOOP("report", "↑ higher"),
    "down": QT_TRANSLATE_NOOP("report", "↓ lower"),
    "steady": QT_TRANSLATE_NOOP("report", "→ steady"),
}


def trend_text(row: SymptomRow) -> str:
    """The arrow and word of a symptom's trend ("" when there were too few days)."""
    return tr(TREND_WORDS[row.trend]) if row.trend else ""


def _symptom_cells(row: SymptomRow) -> list[str]:
    label = symptom_label(row.key, row.label) + (" " + tr("(hidden)") if row.hidden else "")
    halves = f"{texts.number(row.first_half, 2)} → {texts.number(row.second_half, 2)}"
    return [
        label,
        texts.number(row.mean, 2),
        texts.count(row.days_2_or_more),
        texts.count(row.days_scored),
        halves,
        trend_text(row),
    ]


def episode_blocks(content: ReportContent) -> list[Block]:
    s = content.summary
    blocks: list[Block] = [Heading(tr("Episodes"))]
    if not content.episodes:
        return [*blocks, _empty(tr("No episode was recorded in this period."))]
    intro = fill_in(
        tr("%1 episodes, %2 per 28 days; anaphylaxis %3, epinephrine %4, emergency visits %5."),
        texts.count(s.episodes),
        texts.number(s.episodes_per_28),
        texts.count(s.anaphylaxis),
        texts.count(s.epinephrine_uses),
        texts.count(s.emergency_visits),
    )
    columns = [
        Column(tr("Date"), 1.15),
        Column(tr("Time"), 0.55),
        Column(tr("Kind"), 1.4),  # "Gastrointestinal" whole, in Italian too
        Column(tr("Severity"), 0.8),
        Column(tr("Lasted"), 0.85, RIGHT),
        Column(tr("Triggers"), 1.3),
        Column(tr("Rescue"), 1.45),
        Column(tr("Notes"), 1.7),
    ]
    rows = [_episode_cells(e) for e in content.episodes]
    severe = {i for i, e in enumerate(content.episodes) if e.kind == "anaphylaxis"}
    table = Table(columns, rows, size=7.5, bold_rows=frozenset(severe),
                  continued=tr("Episodes (continued)"))  # fmt: skip
    return [*blocks, Paragraph(intro, keep_with_next=True), table]


def rescue_words(e) -> list[str]:
    """The rescue an episode needed, the most serious first (page 1 and the episodes table)."""
    given = (
        (e.rescue_epinephrine, tr("epinephrine")),
        (e.rescue_emergency_visit, tr("emergency visit")),
        (e.rescue_steroid, tr("steroid")),
        (e.rescue_antihistamine, tr("extra antihistamine")),
    )
    return [text for flag, text in given if flag]


def _episode_cells(e) -> list[str]:
    rescue = rescue_words(e)
    if e.rescue_notes:
        rescue.append(e.rescue_notes)
    return [
        texts.date(e.day),
        texts.time_of(e.started_at),
        texts.episode_kind(e.kind),
        texts.severity(e.severity),
        duration_text(e.started_at, e.ended_at),
        ", ".join(trigger_label(t) for t in e.triggers),
        "; ".join(rescue),
        e.notes,
    ]


def duration_text(start: dt.datetime, end: dt.datetime | None) -> str:
    """``45 min`` or ``2 h 05 min``; a dash without an end."""
    if end is None:
        return DASH
    minutes = int((end - start).total_seconds() // 60)
    if minutes < 60:
        return fill_in(tr("%1 min"), minutes)
    return fill_in(tr("%1 h %2 min"), minutes // 60, f"{minutes % 60:02d}")


def injection_blocks(content: ReportContent) -> list[Block]:
    blocks: list[Block] = [Heading(tr("Injections"))]
    if not content.injections:
        return [*blocks, _empty(tr("No injection was given in this period."))]
    columns = [
        Column(tr("Date"), 1.15),
        Column(tr("Dose"), 0.7, RIGHT),
        Column(tr("Site"), 1.2),
        Column(tr("Lot"), 0.8),
        Column(tr("Days since previous"), 1.2, RIGHT),
        Column(tr("Reaction"), 0.8),
        Column(tr("Place and notes"), 2.6),
    ]
    rows = [_injection_cells(i) for i in content.injections]
    late = {i for i, row in enumerate(content.injections) if (row.days_late or 0) > 3}
    table = Table(columns, rows, size=7.5, bold_rows=frozenset(late),
                  continued=tr("Injections (continued)"))  # fmt: skip
    return [*blocks, table]


def _injection_cells(row) -> list[str]:
    since = DASH if row.days_since_previous is None else texts.count(row.days_since_previous)
    if row.days_late is not None and row.days_late > 0:
        since += " " + fill_in(tr("(%1 late)"), texts.days_text(row.days_late))
    notes = texts.place(row.place) + (f" · {row.notes}" if row.notes else "")
    return [
        texts.date(row.given_at.date()),
        fill_in(tr("%1 mg"), texts.dose(row.dose_mg)),
        texts.site(row.site),
        row.lot or DASH,
        since,
        texts.reaction(row.reaction),
        notes,
    ]


DIRECTION_WORDS = {
    "stopped": QT_TRANSLATE_NOOP("report", "stopped"),
    "started": QT_TRANSLATE_NOOP("report", "started"),
    "started and stopped": QT_TRANSLATE_NOOP("report", "started and stopped"),
    "reduced": QT_TRANSLATE_NOOP("report", "reduced"),
    "increased": QT_TRANSLATE_NOOP("report", "increased"),
    "unchanged": QT_TRANSLATE_NOOP("report", "unchanged"),
    "changed": QT_TRANSLATE_NOOP("report", "changed"),
}
CHANGE_WORDS = {
    "started": QT_TRANSLATE_NOOP("report", "started"),
    "stopped": QT_TRANSLATE_NOOP("report", "stopped"),
    "increased": QT_TRANSLATE_NOOP("report", "increased"),
    "decreased": QT_TRANSLATE_NOOP("report", "reduced"),
    "changed": QT_TRANSLATE_NOOP("report", "changed"),
}


def medication_blocks(content: ReportContent) -> list[Block]:
    blocks: list[Block] = [Heading(tr("Medications in this period"))]
    if not content.medications:
        return [*blocks, _empty(tr("No medication was taken in this period."))]
    period = (content.start, content.end)
    lanes = content.lanes
    blocks.append(
        Chart(
            charts.lanes_chart_height(lanes),
            lambda c, x, y, w, h: charts.draw_lanes(c, x, y, w, h, lanes, period),
        )
    )
    columns = [
        Column(tr("Medication"), 1.5),
        Column(tr("Class"), 1.3),
        Column(tr("At the start"), 1.4),
        Column(tr("At the end"), 1.4),
        Column(tr("Changes in the period"), 2.6),
    ]
    rows = [_medication_cells(row) for row in content.medications]
    return [*blocks, Table(columns, rows, continued=tr("Medications (continued)"))]


def _medication_cells(row) -> list[str]:
    t = row.taper
    return [
        t.name,
        texts.drug_class(t.drug_class),
        DASH if t.at_start is None else dose_text(t.at_start),
        DASH if t.at_end is None else dose_text(t.at_end),
        change_summary(t),
    ]


def change_summary(t) -> str:
    """Every change of the period in order ("halved 30 Apr 2025: 20 → 10 mg a day; stopped
    1 Jul 2025"), or the word for none ("unchanged")."""
    if not t.changes:
        return tr(DIRECTION_WORDS.get(t.direction, t.direction))
    return "; ".join(_change_text(change) for change in t.changes)


def _change_text(change) -> str:
    """One change as a clinician reads it: by the dose a day, the frequency's change in words."""
    word = tr(CHANGE_WORDS.get(change.kind, change.kind))
    before, after = change.before, change.after
    if before is not None and after is not None:
        word = _ratio_word(before, after) or word
        doses = _dose_change(before, after)
    else:
        doses = dose_text(after) if after is not None else ""
    when = f"{word} {texts.date(change.day)}"
    return fill_in(tr("%1: %2"), when, doses) if doses else when


def _ratio_word(before, after) -> str | None:
    """ "halved" or "doubled" when the dose a day was exactly so changed."""
    old, new = before.daily, after.daily
    if old is None or new is None or before.unit != after.unit or not old:
        old, new = (before.dose, after.dose) if before.frequency == after.frequency else (0, 0)
    if old and new == old / 2:
        return tr("halved")
    if old and new == old * 2:
        return tr("doubled")
    return None


def _dose_change(before, after) -> str:
    """ "10 → 5 mg a day, twice daily → once daily" (each part only when it changed)."""
    old, new = before.daily, after.daily
    if old is not None and new is not None and before.unit == after.unit:
        parts = [fill_in(tr("%1 → %2 %3 a day"), texts.dose(old), texts.dose(new), after.unit)]
    else:
        parts = [f"{texts.dose(before.dose)} {before.unit} → {texts.dose(after.dose)} {after.unit}"]
    if before.frequency != after.frequency:
        parts.append(
            f"{labels.frequency_text(before.frequency) or DASH} → "
            f"{labels.frequency_text(after.frequency) or DASH}"
        )
    return ", ".join(parts)


BOUND_IGE_TEXT = QT_TRANSLATE_NOOP(
    "report",
    "○ Hollow points: total IgE measured on omalizumab. The test also counts IgE bound to the "
    "drug, so a rise after the first injection is expected and is not a sign of worsening.",
)


def lab_blocks(content: ReportContent) -> list[Block]:
    blocks: list[Block] = [Heading(tr("Lab results"))]
    history = content.lab_history
    if not history:
        return [*blocks, _empty(tr("No lab results are recorded."))]
    period = (content.start, content.end)
    first = content.first_injection
    blocks.append(
        Chart(
            charts.lab_chart_height(history),
            lambda c, x, y, w, h: charts.draw_labs(c, x, y, w, h, history, first, period),
        )
    )
    if any(r.includes_bound_ige for r in history):
        blocks.append(Paragraph(tr(BOUND_IGE_TEXT), size=8.0))
    blocks.append(Paragraph(tr("The shaded band is the period of this report."), size=8.0,
                            color=GREY))  # fmt: skip
    rows = _lab_table_rows(content)
    columns = [
        Column(tr("Date"), 1.0),
        Column(tr("Test"), 1.6),
        Column(tr("Value"), 0.9, RIGHT),
        Column(tr("Reference"), 0.9, RIGHT),
        Column(tr("Note"), 2.6),
    ]
    if not content.labs:
        blocks.append(_empty(tr("No lab results in this period; the latest earlier ones:")))
    return [*blocks, Table(columns, rows, continued=tr("Lab results (continued)"))]


def _lab_table_rows(content: ReportContent) -> list[list[str]]:
    """Values of the period, led by the latest earlier value of each analyte for comparison."""
    earlier: dict[str, object] = {}
    for row in content.lab_history:
        if row.point.taken_on < content.start:
            earlier[row.point.key] = row
    rows = [_lab_cells(row, before=True) for row in earlier.values()]
    return rows + [_lab_cells(row, before=False) for row in content.labs]


def _lab_cells(row, before: bool) -> list[str]:
    p = row.point
    reference = DASH
    if p.ref_low is not None and p.ref_high is not None:
        reference = f"{texts.dose(p.ref_low)}–{texts.dose(p.ref_high)}"
    elif p.ref_high is not None:
        reference = f"≤ {texts.dose(p.ref_high)}"
    elif p.ref_low is not None:
        reference = f"≥ {texts.dose(p.ref_low)}"
    notes = [tr("before the period")] if before else []
    if row.includes_bound_ige:
        notes.append(tr("includes omalizumab-bound IgE"))
    if p.notes:
        notes.append(p.notes)
    value = f"{texts.dose(p.value)} {p.unit}".strip()
    return [texts.date(p.taken_on), texts.analyte(p.key), value, reference, "; ".join(notes)]


def note_blocks(content: ReportContent) -> list[Block]:
    blocks: list[Block] = [Heading(tr("Notes from the diary"))]
    if not content.notes:
        return [*blocks, _empty(tr("No daily note was written in this period."))]
    columns = [Column(tr("Date"), 1.0), Column(tr("Note"), 6.0)]
    rows = [[texts.date(n.day), n.text] for n in content.notes]
    return [*blocks, Table(columns, rows, continued=tr("Notes (continued)"))]


def method_blocks(content: ReportContent) -> list[Block]:
    return [Box(tr("How these figures are computed"), method_paragraphs(content))]


def method_paragraphs(content: ReportContent) -> list[str]:
    """The method box: each figure of the report defined in one or two sentences; for a child
    scored with the UAS items, the UAS7 and its bands instead of the mastocytosis figures."""
    if content.urticaria is not None:
        return urticaria_method_paragraphs(content)
    n, top = content.active_symptoms, content.dss_scale_max
    return [
        fill_in(
            tr(
                "Daily symptom score: the sum of the 0–3 scores of the %1 symptoms on the daily "
                "list that evening (0–%2). It is this diary's own score, not a validated "
                "questionnaire. Days without an entry are gaps, never zeros; means are over the "
                "days with a score. The 7-day mean needs at least 4 scored days."
            ),
            n,
            top,
        ),
        tr(
            "Symptom-free day: an entry with every score 0 and no episode that day, as a share "
            "of the days with a score. Episodes per 28 days: episodes ÷ calendar days × 28."
        ),
        tr(
            "Comparisons: no day and no event is counted in two columns. A period that holds "
            "the first injection is split into its days on therapy and its days before. A "
            "period wholly on therapy is compared with the previous period of the same length, "
            "cut at the first injection so that it is on therapy too, and with the fixed "
            "baseline: the 90 days before the first injection, the same in every report. A "
            "period before therapy is compared with the previous period of the same length. "
            "No column reaches back before the diary's first day."
        ),
        *method_paragraphs_common(),
        tr(
            "Total IgE: on omalizumab the test also measures IgE bound to the drug, so it "
            "rises after the first dose; this is expected and not a sign of worsening."
        ),
        *method_paragraph(content),
    ]


def urticaria_method_paragraphs(content: ReportContent) -> list[str]:
    """The method box of an urticaria report: UAS7, its bands, missing days and the response."""
    return [
        tr(
            "UAS7 (urticaria activity score over 7 days): each evening wheals (0 none, 1 fewer "
            "than 20, 2 20–50, 3 more than 50 or large confluent areas) and itch (0 none to 3 "
            "intense) are scored; the daily UAS is their sum (0–6) and UAS7 the sum over 7 "
            "consecutive days (0–42), weeks counted from the diary's first day."
        ),
        tr(
            "Bands (international urticaria guideline): 0 itch- and hive-free, 1–6 well "
            "controlled, 7–15 mild, 16–27 moderate, 28–42 severe activity."
        ),
        tr(
            "Missing days: a day counts only with both items scored, never as 0. A week with "
            "4–6 scored days is estimated as their mean × 7 and marked as estimated; a week with "
            "3 or fewer has no score."
        ),
        tr(
            "The daily UAS everywhere: for this child with urticaria the dose-cycle chart, the "
            "comparisons and the app's “Before / on therapy” figures use the daily UAS, not the "
            "sum of the symptom scores; angioedema is counted apart. Itch- and hive-free day: a "
            "daily UAS of 0 and no episode that day, as a share of the days with a daily UAS."
        ),
        tr(
            "Response to omalizumab: the UAS7 of the period's last 7 days, said only when those "
            "days lie on therapy (complete response UAS7 0, well controlled 1–6, not controlled "
            "7 or more); before the first dose, or without a dose, the report says why there is "
            "none. The baseline is the 7 days before the first dose."
        ),
        *method_paragraphs_common(),
        *method_paragraph(content),
    ]


def method_paragraphs_common() -> list[str]:
    """What every report's method box says: the dose cycle, the scales, on time, trends."""
    return [
        tr(
            "Dose cycle: every scored day is placed by the days since the last injection; the "
            "line is the median of those days, the band their 25th–75th percentile, the grey "
            "bars how many days stand behind each point. Only days in cycle seen in at least 3 "
            "dose cycles are joined into the line; the others are hollow points with the "
            "number of cycles behind them (a single late dose is an event, not a pattern). A "
            "rise late in the cycle, seen over several cycles, suggests the effect wears off "
            "before the next dose."
        ),
        tr(
            "Scales: the trend's y-axis reaches the child's highest daily score in the whole "
            "diary and the dose-cycle chart's the highest daily score on therapy in the whole "
            "diary, so reports of different visits can be laid side by side."
        ),
        tr(
            "On time: an injection given within ±3 days of its due date (the previous "
            "injection plus the plan's interval)."
        ),
        tr(
            "Symptom trend: the mean of the second half of the period minus that of the first "
            "half; ↑ or ↓ when it moved by 0.2 or more, → otherwise, nothing when a half has "
            "fewer than 3 scored days."
        ),
    ]
