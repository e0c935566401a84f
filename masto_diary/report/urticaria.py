"""Page 1 of a child with chronic urticaria: UAS7 figures and the weekly UAS7 chart.

A clinic judges urticaria and its response to omalizumab by the weekly UAS7 (analysis/uas7.py
cites the guideline), so for such a child page 1 leads with it instead of the mastocytosis
daily score: UAS7 now and before the first dose with their bands, the weeks well controlled,
and the response in the guideline's words.  An estimated week (4-6 days written) is always
said to be one, and a week with 3 days or fewer has no score: never a 0.
"""

from masto_diary.analysis import uas7
from masto_diary.report import charts
from masto_diary.report.canvas import CENTER, GREY, RIGHT, TOP, Canvas
from masto_diary.report.content import ReportContent
from masto_diary.report.layout import Column, Table
from masto_diary.services import figures as figures_module
from masto_diary.words import report_texts as texts
from masto_diary.words.noop import QT_TRANSLATE_NOOP
from masto_diary.words.report_texts import DASH, tr
from masto_diary.words.sentence import fill_in

BAND_COLOURS = {
    uas7.ITCH_AND_HIVE_FREE: charts._colour("#009E73"),
    uas7.WELL_CONTROLLED: charts._colour("#56B4E9"),
    uas7.MILD: charts._colour("#F0E442"),
    uas7.MODERATE: charts._colour("#E69F00"),
    uas7.SEVERE: charts._colour("#D55E00"),
}
BAND_TEXTS = {
    uas7.ITCH_AND_HIVE_FREE: QT_TRANSLATE_NOOP("report", "itch- and hive-free"),
    uas7.WELL_CONTROLLED: QT_TRANSLATE_NOOP("report", "well controlled"),
    uas7.MILD: QT_TRANSLATE_NOOP("report", "mild"),
    uas7.MODERATE: QT_TRANSLATE_NOOP("report", "moderate"),
    uas7.SEVERE: QT_TRANSLATE_NOOP("report", "severe"),
}
RESPONSE_TEXTS = {
    uas7.COMPLETE_RESPONSE: QT_TRANSLATE_NOOP("report", "complete response (UAS7 0)"),
    uas7.CONTROLLED: QT_TRANSLATE_NOOP("report", "well controlled (UAS7 ≤ 6)"),
    uas7.NOT_CONTROLLED: QT_TRANSLATE_NOOP("report", "not controlled (UAS7 > 6)"),
}


def week_text(week: uas7.UasWeek | None) -> str:
    """ "24 · moderate", "24 · moderate (estimated from 5 days)" or why there is no score."""
    if week is None:
        return DASH
    if week.score is None or week.band is None:
        return fill_in(tr("no score (%1 of 7 days written)"), week.scored_days)
    text = fill_in(tr("%1 · %2"), week.score, tr(BAND_TEXTS[week.band]))
    if not week.complete:
        text += " " + fill_in(tr("(estimated from %1 days)"), week.scored_days)
    return text


def urticaria_table(content: ReportContent) -> Table:
    """The UAS7 figures in place of the mastocytosis key figures."""
    figures = content.urticaria
    assert figures is not None  # only an urticaria report has this table
    response = figures.uas
    estimated = sum(1 for week in figures.weeks if week.score is not None and not week.complete)
    unscored = sum(1 for week in figures.weeks if week.score is None)
    rows = [
        (tr("UAS7, last 7 days of the period"), week_text(response.now)),
        (tr("UAS7, 7 days before the first dose"), week_text(response.baseline)),
        (tr("Response to omalizumab"), response_text(figures.response)),
        (
            tr("Weeks well controlled (UAS7 ≤ 6) since the first dose"),
            _of(response.weeks_well_controlled, response.weeks_scored)
            if figures.first_dose
            else tr("no dose recorded"),
        ),
        (tr("Whole weeks in this period"), texts.count(len(figures.weeks))),
        (tr("of them estimated (4–6 days written)"), texts.count(estimated)),
        (tr("of them without a score (3 days or fewer)"), texts.count(unscored)),
        (tr("Days with angioedema in this period"), texts.count(figures.angioedema_days)),
        (tr("Days with an entry"), _of(content.summary.days_recorded, content.days)),
    ]
    columns = [
        Column(tr("Urticaria activity"), 1.6),
        Column(texts.period(content.start, content.end), 1.2, RIGHT),
    ]
    return Table(columns, rows, size=8.0, indented_rows=frozenset({5, 6}))


NO_RESPONSE_TEXTS = {
    figures_module.NO_DOSE: QT_TRANSLATE_NOOP("report", "none: no dose recorded"),
    figures_module.BEFORE_FIRST_DOSE: QT_TRANSLATE_NOOP(
        "report", "none: the period's last week is before the first dose"
    ),
    figures_module.NO_SCORE: QT_TRANSLATE_NOOP("report", "none: the last week has no score"),
}


def response_text(response: figures_module.Response) -> str:
    """The response in the guideline's words, or why there is none (never a bare dash)."""
    if response.category is not None:
        return tr(RESPONSE_TEXTS[response.category])
    assert response.reason is not None  # a response without a category says why
    return tr(NO_RESPONSE_TEXTS[response.reason])


def _of(part: int, whole: int) -> str:
    return fill_in(tr("%1 of %2"), part, whole)


def draw_weeks(c: Canvas, x: float, y: float, w: float, h: float, content: ReportContent) -> None:
    """One bar per whole week, coloured by band; estimated pale with a dashed outline; a week
    without a score an "n/s" on the axis; injections as green lines with their dose."""
    figures = content.urticaria
    assert figures is not None  # only an urticaria report draws its weeks
    items = [
        (tr(BAND_TEXTS[band]), charts._swatch_bar(colour)) for band, colour in BAND_COLOURS.items()
    ]
    items.append((tr("pale, dashed: estimated from 4–6 days"), _swatch_estimated))
    items.append((tr("n/s: no score, 3 days or fewer written"), lambda *_: None))
    px, pw = x + charts.Y_AXIS_WIDTH, w - charts.Y_AXIS_WIDTH - 2
    legend_h = charts.legend_height(c, items, pw)
    label_h, axis_h = 9.0, 12.0
    py, ph = y + legend_h + label_h, h - legend_h - label_h - axis_h
    charts._legend(c, px, y, items, pw)
    axis = charts.DayAxis(content.start, content.end, px, pw)
    to_y = charts._y_axis(c, px, py, ph, float(uas7.WEEKLY_MAX), pw, whole=True)
    font = c.font(charts.AXIS_FONT)
    for week in figures.weeks:
        left = axis.at(max(week.start, content.start), 0.0) + 0.6
        right = axis.at(week.end, 1.0) - 0.6
        if week.score is None or week.band is None:
            c.text(
                left, py + ph - 9, right - left, 8, tr("n/s"), font, CENTER | TOP, GREY, wrap=False
            )
            continue
        colour = BAND_COLOURS[week.band]
        top = to_y(week.score)
        if week.complete:
            c.rect(left, top, right - left, py + ph - top, fill=colour)
        else:
            pale = charts._colour(colour.name(), 110)
            c.rect(left, top, right - left, py + ph - top, fill=pale, stroke=colour, width=0.8)
        c.text(
            left,
            top - 8,
            right - left,
            8,
            texts.count(week.score),
            font,
            CENTER | TOP,
            GREY,
            wrap=False,
        )
    charts._injection_lines(c, axis, content.trend.injections, py, ph)
    axis.draw(c, py + ph)


def _swatch_estimated(c: Canvas, x: float, y: float) -> None:
    c.rect(
        x + 2, y - 3, 6, 6, fill=charts._colour("#E69F00", 110), stroke=charts._colour("#E69F00")
    )


def uas_title() -> str:
    return tr("Weekly urticaria activity (UAS7) and injections")
