"""Print charts drawn with QPainter as vectors: trend, dose-cycle profile, labs, medications.

The on-screen charts are pyqtgraph widgets that need a laid-out, shown widget to render
correctly (see issue 6) and pull in QtWidgets; the report must also run headless without
them.  Each chart here is one function ``draw_*(canvas, x, y, width, height, …)`` that draws
into a box given in points, so it is sharp at any zoom and its labels stay searchable text.

Colours are the Okabe–Ito set the app's charts use (``ui/charts/theme.py`` pulls in
QtWidgets, so the few hex values are repeated here), and colour is never the only cue:
severities differ in shape, anaphylaxis is a star (named in the legend, dated beside the
figures), bound-IgE points are hollow.
"""

import datetime as dt
import math
from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QPainterPath

from masto_diary.analysis import ANAPHYLAXIS, CycleProfile, MedicationLane
from masto_diary.report.canvas import (
    BLACK,
    CENTER,
    GREY,
    LEFT,
    LIGHT_GREY,
    RIGHT,
    TOP,
    VCENTER,
    Canvas,
)
from masto_diary.report.content import LabRow, TrendData
from masto_diary.words import report_texts as texts
from masto_diary.words.report_texts import tr
from masto_diary.words.sentence import fill_in


def _colour(hex_code: str, alpha: int = 255) -> QColor:
    colour = QColor(hex_code)
    colour.setAlpha(alpha)
    return colour


BLUE = _colour("#0072B2")
SKY = _colour("#56B4E9", 150)
GREEN = _colour("#009E73")
ORANGE_SHADE = _colour("#E69F00", 55)
VERMILLION = _colour("#D55E00")
PURPLE = _colour("#CC79A7")
BAND = _colour("#56B4E9", 90)
PERIOD_SHADE = _colour("#56B4E9", 35)
GRID = _colour("#000000", 28)
NO_ENTRY = _colour("#000000", 90)

LAB_COLOURS: dict[str, QColor] = {"tryptase": BLUE, "total_ige": VERMILLION, "kit_d816v": GREEN}
CLASS_COLOURS: dict[str, QColor] = {
    "h1_antihistamine": _colour("#0072B2"),
    "h2_antihistamine": _colour("#56B4E9"),
    "cromolyn": _colour("#009E73"),
    "leukotriene_antagonist": _colour("#F0E442"),
    "corticosteroid_oral": _colour("#D55E00"),
    "corticosteroid_topical": _colour("#E69F00"),
    "epinephrine": _colour("#CC79A7"),
}

AXIS_FONT = 6.8
LABEL_FONT = 7.2
Y_AXIS_WIDTH = 22.0


# --------------------------------------------------------------------------- axes


def nice_step(top: float, ticks: int = 4, whole: bool = False) -> float:
    """A round tick step (1, 2, 2.5, 5 x 10^n) giving about ``ticks`` intervals up to ``top``.

    ``whole`` keeps steps whole numbers (no 2.5), for scores that only take whole values.
    """
    raw = max(top, 1e-9) / ticks
    if whole and raw <= 1:
        return 1.0
    power = 10 ** math.floor(math.log10(raw))
    factors = (1, 2, 5, 10) if whole else (1, 2, 2.5, 5, 10)
    for factor in factors:
        if factor * power >= raw:
            return factor * power
    return 10 * power


def nice_top(value: float, minimum: float = 1.0, whole: bool = False) -> float:
    """The axis top: ``value`` rounded up to a whole tick step."""
    value = max(value, minimum)
    step = nice_step(value, whole=whole)
    return math.ceil(value / step - 1e-9) * step


def _first_of_months(start: dt.date, end: dt.date, every: int) -> list[dt.date]:
    day = dt.date(start.year, start.month, 1)
    found = []
    while day <= end:
        if day >= start and (day.month - 1) % every == 0:
            found.append(day)
        day = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return found


def date_ticks(start: dt.date, end: dt.date, max_labels: int) -> list[tuple[dt.date, str]]:
    """Tick days and labels: weekly, monthly, every 2/3/6 months or yearly, whichever fits."""
    max_labels = max(max_labels, 2)
    weekly = [start + dt.timedelta(days=7 * i) for i in range((end - start).days // 7 + 1)]
    if len(weekly) <= max_labels:
        return [(d, texts.short_date(d)) for d in weekly]
    for every in (1, 2, 3, 6):
        months = _first_of_months(start, end, every)
        if len(months) <= max_labels:
            fmt = texts.month if (end - start).days > 300 else texts.short_date
            return [(d, fmt(d)) for d in months]
    for every in (1, 2, 5):
        years = [dt.date(y, 1, 1) for y in range(start.year, end.year + 1) if y % every == 0]
        years = [d for d in years if start <= d <= end]
        if len(years) <= max_labels:
            return [(d, str(d.year)) for d in years]
    return []


class DayAxis:
    """Maps calendar days to x in points: day ``start`` .. ``end``, each day a slot."""

    def __init__(self, start: dt.date, end: dt.date, x: float, width: float):
        self.start, self.end, self.x, self.width = start, end, x, width
        self.n = (end - start).days + 1
        self.slot = width / self.n

    def at(self, day: dt.date, offset: float = 0.5) -> float:
        """x of the middle (offset 0.5) or start (0) of ``day``'s slot."""
        return self.x + ((day - self.start).days + offset) * self.slot

    def draw(self, c: Canvas, y: float) -> None:
        """Tick labels under ``y``."""
        font = c.font(AXIS_FONT)
        for day, label in date_ticks(self.start, self.end, int(self.width / 48)):
            x = self.at(day, 0.0)
            c.line(x, y, x, y + 1.5, GREY, 0.5)
            width = c.text_width(label, font) + 1.0
            left = min(max(x - width / 2, self.x - 12.0), self.x + self.width - width)
            c.text(left, y + 2.5, width, 9, label, font, CENTER | TOP, GREY, wrap=False)


def _y_axis(c: Canvas, x, y, h, top: float, width: float, decimals=0, whole=False):
    """Grid lines and labels for 0..top; returns the value -> y function."""
    font = c.font(AXIS_FONT)
    step = nice_step(top, whole=whole)
    value = 0.0
    while value <= top + 1e-9:
        yy = y + h - value / top * h
        c.line(x, yy, x + width, yy, GRID if value else GREY, 0.4)
        label = texts.number(value, decimals if step < 1 else 0)
        c.text(x - Y_AXIS_WIDTH, yy - 4.5, Y_AXIS_WIDTH - 5, 9, label, font, RIGHT | TOP, GREY,
               wrap=False)  # fmt: skip
        value += step

    def to_y(v: float) -> float:
        return y + h - min(v, top) / top * h

    return to_y


LEGEND_ROW = 10.0


def _legend_rows(c: Canvas, items, width: float) -> list[list]:
    """Legend entries broken into rows that fit ``width``."""
    font = c.font(AXIS_FONT)
    rows: list[list] = [[]]
    used = 0.0
    for item in items:
        size = 12 + c.text_width(item[0], font) + 10
        if rows[-1] and used + size > width:
            rows.append([])
            used = 0.0
        rows[-1].append(item)
        used += size
    return rows


def legend_height(c: Canvas, items, width: float) -> float:
    """Height :func:`_legend` needs for ``items`` in ``width`` points."""
    return len(_legend_rows(c, items, width)) * LEGEND_ROW


def _legend(c: Canvas, x: float, y: float, items, width: float = 1e6) -> float:
    """Legend entries (label, swatch-drawing function) in rows; returns the height used."""
    font = c.font(AXIS_FONT)
    rows = _legend_rows(c, items, width)
    for row in rows:
        xx = x
        for label, swatch in row:
            swatch(c, xx, y + 4.0)
            c.text(xx + 12, y, 400, 9, label, font, LEFT | TOP, GREY, wrap=False)
            xx += 12 + c.text_width(label, font) + 10
        y += LEGEND_ROW
    return len(rows) * LEGEND_ROW


def _swatch_bar(colour: QColor):
    return lambda c, x, y: c.rect(x + 2, y - 3, 6, 6, fill=colour)


def _swatch_line(colour: QColor, dash=None, width: float = 1.2):
    return lambda c, x, y: c.line(x, y, x + 10, y, colour, width, dash)


def _swatch_vline(colour: QColor):
    return lambda c, x, y: c.line(x + 5, y - 4, x + 5, y + 4, colour, 1.0)


def _swatch_marker(shape: str, colour: QColor, filled: bool = True):
    return lambda c, x, y: marker(c, x + 5, y, shape, colour, filled)


def marker(c: Canvas, x: float, y: float, shape: str, colour: QColor, filled=True) -> None:
    """A small symbol: circle, square, triangle or star (anaphylaxis)."""
    fill = colour if filled else None
    stroke = None if filled else colour
    if shape == "circle":
        c.circle(x, y, 1.8, fill, stroke)
    elif shape == "square":
        c.rect(x - 2.0, y - 2.0, 4.0, 4.0, fill=fill, stroke=stroke)
    elif shape == "triangle":
        c.polygon([(x, y - 2.6), (x + 2.6, y + 2.0), (x - 2.6, y + 2.0)], fill, stroke)
    else:
        c.polygon(_star(x, y, 4.2, 1.8), fill, stroke)


def _star(x: float, y: float, outer: float, inner: float) -> list[tuple[float, float]]:
    points = []
    for i in range(10):
        r = outer if i % 2 == 0 else inner
        angle = math.pi / 2 + i * math.pi / 5
        points.append((x + r * math.cos(angle), y - r * math.sin(angle)))
    return points


def _line_path(xs: Sequence[float], ys: Sequence[float]) -> QPainterPath:
    """A polyline that breaks at NaN values (gaps in the diary stay gaps)."""
    path = QPainterPath()
    pen_down = False
    for x, y in zip(xs, ys, strict=True):
        if math.isnan(y):
            pen_down = False
            continue
        if pen_down:
            path.lineTo(QPointF(x, y))
        else:
            path.moveTo(QPointF(x, y))
            pen_down = True
    return path


# --------------------------------------------------------------------------- trend

SEVERITY_SHAPES = {"mild": "circle", "moderate": "square", "severe": "triangle"}
SEVERITY_ROWS = {"mild": 0, "moderate": 1, "severe": 2}


def draw_trend(c: Canvas, x: float, y: float, w: float, h: float, trend: TrendData) -> None:
    """Daily score bars, 7-day mean, injection lines, overdue days, episodes strip below."""
    items = trend_legend_items(trend)
    px, pw = x + Y_AXIS_WIDTH, w - Y_AXIS_WIDTH - 2
    legend_h, label_h, strip_h, axis_h = legend_height(c, items, pw), 9.0, 20.0, 12.0
    py, ph = y + legend_h + label_h, h - legend_h - label_h - strip_h - axis_h
    start = trend.days[0].astype(dt.date)
    end = trend.days[-1].astype(dt.date)
    axis = DayAxis(start, end, px, pw)
    _legend(c, px, y, items, pw)
    for lo, hi in trend.overdue:
        c.rect(axis.at(lo, 0.0), py, axis.at(hi, 1.0) - axis.at(lo, 0.0), ph, fill=ORANGE_SHADE)
    top = nice_top(trend.dss_max, 3.0, whole=True)
    to_y = _y_axis(c, px, py, ph, top, pw, whole=True)
    _bars(c, axis, trend.dss, to_y)
    xs = [axis.at(start) + i * axis.slot for i in range(axis.n)]
    c.path(_line_path(xs, [to_y(v) if not math.isnan(v) else math.nan for v in trend.mean]),
           BLUE, 1.3)  # fmt: skip
    _injection_lines(c, axis, trend.injections, py, ph)
    episodes = trend.episodes
    if _severe_only(trend):
        episodes = tuple(e for e in episodes if e[1] == ANAPHYLAXIS or e[2] == "severe")
    _episode_strip(c, axis, episodes, py + ph + 2.0, strip_h - 2.0)
    axis.draw(c, py + ph + strip_h)


def trend_legend_items(trend: TrendData) -> list:
    """The trend chart's legend entries (overdue and anaphylaxis only when present)."""
    mean = fill_in(tr("%1-day mean"), trend.mean_window)
    items = [(tr("daily score"), _swatch_bar(SKY)), (mean, _swatch_line(BLUE))]
    if np.isnan(trend.dss).any():
        items.append((tr("no entry"), _swatch_gap))
    if trend.injections:
        items.append((tr("injection"), _swatch_vline(GREEN)))
    if trend.overdue:
        items.append((tr("dose overdue"), _swatch_bar(ORANGE_SHADE)))
    if _severe_only(trend):
        items.append((tr("severe episode"), _swatch_marker("triangle", VERMILLION)))
    else:
        items += [
            (tr("episode: mild"), _swatch_marker("circle", BLACK)),
            (tr("moderate"), _swatch_marker("square", BLACK)),
            (tr("severe"), _swatch_marker("triangle", VERMILLION)),
        ]
    if any(kind == ANAPHYLAXIS for _, kind, _ in trend.episodes):
        items.append((tr("anaphylaxis"), _swatch_marker("star", VERMILLION)))
    return items


MAX_EPISODE_MARKERS = 60
"""More episodes than this merge into a black band: then only severe ones are marked."""


def _severe_only(trend: TrendData) -> bool:
    """Whether the strip shows only severe episodes and anaphylaxis (too many to mark all)."""
    return len(trend.episodes) > MAX_EPISODE_MARKERS


def _swatch_gap(c: Canvas, x: float, y: float) -> None:
    c.rect(x + 2, y + 1.0, 6, 2.0, fill=NO_ENTRY)


def _bars(c: Canvas, axis: DayAxis, values: np.ndarray, to_y) -> None:
    """One bar per day with a score, a grey dash under the axis for a day without an entry.

    All bars are one path, so 3,650 days stay one small object in the PDF.
    """
    path, gaps = QPainterPath(), QPainterPath()
    width = axis.slot * (0.72 if axis.n <= 200 else 1.0)
    base = to_y(0.0)
    for i, value in enumerate(values):
        if math.isnan(value):
            gaps.addRect(axis.x + i * axis.slot, base + 0.6, axis.slot, 1.6)
            continue
        if value <= 0:
            continue
        left = axis.x + i * axis.slot + (axis.slot - width) / 2
        path.addRect(left, to_y(value), width, base - to_y(value))
    c.fill_path(path, SKY)
    c.fill_path(gaps, NO_ENTRY)


def _injection_lines(c: Canvas, axis: DayAxis, injections, py: float, ph: float) -> None:
    """A line per injection labelled with its dose; more than 24 become ticks above the plot."""
    if len(injections) > 24:
        path = QPainterPath()
        for day, _dose in injections:
            x = axis.at(day)
            path.moveTo(QPointF(x, py - 6.0))
            path.lineTo(QPointF(x, py - 1.0))
        c.path(path, GREEN, 0.4)
        return
    font = c.font(AXIS_FONT)
    labelled = len(injections) <= 10
    last_label_end = -1e9
    for day, dose_mg in injections:
        x = axis.at(day)
        c.line(x, py, x, py + ph, GREEN, 0.9 if labelled else 0.5)
        if labelled:
            text = fill_in(tr("%1 mg"), texts.dose(dose_mg))
            width = c.text_width(text, font)
            left = min(max(x - width / 2, axis.x), axis.x + axis.width - width)
            if left > last_label_end + 2:
                c.text(left - 1, py - 9.0, width + 2, 9, text, font, CENTER | TOP, GREEN,
                       wrap=False)  # fmt: skip
                last_label_end = left + width


def _episode_strip(c: Canvas, axis: DayAxis, episodes, y: float, h: float) -> None:
    """Episodes by day, one row per severity; anaphylaxis as a star (named in the legend: a
    label beside it ran into the markers of the days after)."""
    c.rect(axis.x, y, axis.width, h, fill=_colour("#000000", 10))
    font = c.font(AXIS_FONT)
    c.text(axis.x - Y_AXIS_WIDTH, y + h / 2 - 4.5, Y_AXIS_WIDTH - 3, 9, tr("ep."), font,
           RIGHT | TOP, GREY, wrap=False)  # fmt: skip
    row_h = h / 3
    for day, kind, severity in episodes:
        if not axis.start <= day <= axis.end:
            continue
        xx = axis.at(day)
        if kind == ANAPHYLAXIS:
            marker(c, xx, y + h / 2, "star", VERMILLION)
            continue
        row = SEVERITY_ROWS.get(severity, 0)
        colour = VERMILLION if severity == "severe" else BLACK
        marker(c, xx, y + row_h * (row + 0.5), SEVERITY_SHAPES.get(severity, "circle"), colour)


# --------------------------------------------------------------------------- dose cycle


def draw_cycle(
    c: Canvas,
    x: float,
    y: float,
    w: float,
    h: float,
    profile: CycleProfile,
    reference: CycleProfile | None,
    interval_days: int | None,
    fixed_top: float = 0.0,
) -> None:
    """Median (line) and IQR (band) of the daily score per day since the last injection.

    The y-axis reaches ``fixed_top``, the child's own scale from the whole diary (the same in
    every report, and above every point); without one (no day on therapy yet) the highest
    point.
    """
    items = cycle_legend_items(profile, reference is not None, interval_days)
    px, pw = x + Y_AXIS_WIDTH, w - Y_AXIS_WIDTH - 2
    legend_h, strip_h, axis_h = legend_height(c, items, pw) + 2.0, 14.0, 20.0
    py, ph = y + legend_h, h - legend_h - strip_h - axis_h
    n_days = profile.max_day + 1
    slot = pw / n_days

    def x_of(day: float) -> float:
        return px + (day + 0.5) * slot

    _legend(c, px, y, items, pw)
    if interval_days is not None and interval_days < profile.max_day:
        left = x_of(interval_days + 0.5)
        c.rect(left, py, px + pw - left, ph, fill=ORANGE_SHADE)
    top = cycle_axis_top(profile, reference, fixed_top)
    to_y = _y_axis(c, px, py, ph, top, pw, whole=True)
    if interval_days is not None and interval_days <= profile.max_day:
        xd = x_of(interval_days)
        c.line(xd, py, xd, py + ph, GREEN, 0.9, dash=(2.5, 1.5))
    _band(c, profile, x_of, to_y)
    if reference is not None:
        ref_y = _joined_y(reference, to_y)
        c.path(_line_path([x_of(d) for d in reference.day], ref_y), GREY, 2.0, dash=(3.0, 1.6))
    c.path(_line_path([x_of(d) for d in profile.day], _joined_y(profile, to_y)), BLUE, 1.3)
    _cycle_points(c, profile, x_of, to_y)
    _count_strip(c, profile, x_of, slot, px, py + ph + 2.0, strip_h - 3.0)
    _cycle_axis(c, profile.max_day, x_of, py + ph + strip_h, px, pw)


def cycle_axis_top(
    profile: CycleProfile, reference: CycleProfile | None, fixed_top: float
) -> float:
    """The dose-cycle chart's y-top: the child's fixed scale, else (no day on therapy) the
    highest point, rounded up to a tick."""
    return nice_top(fixed_top if fixed_top > 0 else _cycle_top(profile, reference), 3.0,
                    whole=True)  # fmt: skip


def _joined_y(profile: CycleProfile, to_y) -> list[float]:
    """Chart y of each median that is part of the line; NaN (a break) for the others."""
    return [
        to_y(v) if joined and not math.isnan(v) else math.nan
        for v, joined in zip(profile.median, profile.joined, strict=True)
    ]


def _cycle_points(c: Canvas, profile: CycleProfile, x_of, to_y) -> None:
    """Filled dots on the line; a point from fewer cycles hollow, apart, with its cycle count.

    One late dose gives days 28-35 from a single cycle: joined into the line they would read as
    "the effect wears off every cycle" (issue 13); apart and numbered they read as what they are.
    """
    font = c.font(AXIS_FONT - 0.5)
    for d, v, cycles, joined in zip(
        profile.day, profile.median, profile.cycles, profile.joined, strict=True
    ):
        if cycles == 0:
            continue
        x, y = x_of(d), to_y(v)
        c.circle(x, y, 1.5, BLUE if joined else None, BLUE)
        if not joined:
            c.text(x - 8, y - 10.5, 16, 8, texts.count(int(cycles)), font, CENTER | TOP, BLUE,
                   wrap=False)  # fmt: skip


def _cycle_top(profile: CycleProfile, reference: CycleProfile | None) -> float:
    values = [profile.p75, profile.median]
    if reference is not None:
        values.append(reference.median)
    finite = np.concatenate(values)
    finite = finite[~np.isnan(finite)]
    return float(finite.max()) if len(finite) else 1.0


def cycle_legend_items(profile: CycleProfile, with_reference: bool, interval) -> list:
    """The dose-cycle chart's legend entries."""
    items = [
        (tr("median, this period"), _swatch_line(BLUE)),
        (tr("25th–75th percentile"), _swatch_bar(BAND)),
    ]
    if with_reference:
        items.append((tr("median, all cycles on therapy"), _swatch_line(GREY, (3.0, 1.6), 2.0)))
    if interval is not None:
        items.append((tr("next dose due"), _swatch_line(GREEN, (2.5, 1.5), 0.9)))
        items.append((tr("overdue"), _swatch_bar(ORANGE_SHADE)))
    most = fill_in(tr("days behind each point (at most %1)"), texts.count(int(profile.n.max())))
    items.append((most, _swatch_bar(LIGHT_GREY)))
    items.append((tr("point from fewer than 3 cycles, with their number"), _hollow))
    return items


def _hollow(c: Canvas, x: float, y: float) -> None:
    c.circle(x + 5, y, 1.6, None, BLUE)


def _band(c: Canvas, profile: CycleProfile, x_of, to_y) -> None:
    """The IQR as filled polygons over each run of points on the line (3 cycles or more)."""
    has = (profile.n > 0) & profile.joined
    run: list[int] = []
    for d in [*profile.day.tolist(), None]:
        if d is not None and has[d]:
            run.append(d)
            continue
        if run:
            upper = [(x_of(i), to_y(profile.p75[i])) for i in run]
            lower = [(x_of(i), to_y(profile.p25[i])) for i in reversed(run)]
            if len(run) == 1:
                xx = x_of(run[0])
                upper = [(xx - 1.2, upper[0][1]), (xx + 1.2, upper[0][1])]
                lower = [(xx + 1.2, lower[0][1]), (xx - 1.2, lower[0][1])]
            c.polygon(upper + lower, BAND)
            run = []


def _count_strip(c: Canvas, profile: CycleProfile, x_of, slot, px, y, h) -> None:
    """Grey bars: how many days stand behind each point (the legend gives the largest)."""
    font = c.font(AXIS_FONT)
    top = max(int(profile.n.max()), 1)
    c.text(px - Y_AXIS_WIDTH, y + h / 2 - 4.5, Y_AXIS_WIDTH - 3, 9, tr("days"), font,
           RIGHT | TOP, GREY, wrap=False)  # fmt: skip
    path = QPainterPath()
    for d, n in zip(profile.day, profile.n, strict=True):
        if n:
            bar_h = n / top * h
            path.addRect(x_of(d) - slot * 0.35, y + h - bar_h, slot * 0.7, bar_h)
    c.fill_path(path, LIGHT_GREY)


def _cycle_axis(c: Canvas, max_day: int, x_of, y: float, px: float, pw: float) -> None:
    font = c.font(AXIS_FONT)
    step = 7 if max_day > 14 else 2
    for day in range(0, max_day + 1, step):
        c.line(x_of(day), y, x_of(day), y + 1.5, GREY, 0.5)
        c.text(x_of(day) - 12, y + 2.5, 24, 9, texts.count(day), font, CENTER | TOP, GREY,
               wrap=False)  # fmt: skip
    c.text(px, y + 10.0, pw, 9, tr("days since the last injection"), font, CENTER | TOP, GREY,
           wrap=False)  # fmt: skip


# --------------------------------------------------------------------------- labs

LAB_PANEL_HEIGHT = 62.0
LAB_PANEL_GAP = 8.0


def lab_chart_height(rows: Sequence[LabRow]) -> float:
    """Height of :func:`draw_labs` for these rows: one panel per analyte plus the axis."""
    panels = len({r.point.key for r in rows})
    return panels * (LAB_PANEL_HEIGHT + LAB_PANEL_GAP) + 14.0


def draw_labs(
    c: Canvas,
    x: float,
    y: float,
    w: float,
    h: float,
    rows: Sequence[LabRow],
    first_injection: dt.date | None,
    period: tuple[dt.date, dt.date],
) -> None:
    """One small panel per analyte on a shared time axis; the report period is shaded."""
    groups: dict[str, list[LabRow]] = {}
    for row in rows:
        groups.setdefault(row.point.key, []).append(row)
    px, pw = x + Y_AXIS_WIDTH + 8, w - Y_AXIS_WIDTH - 10
    start = min([r.point.taken_on for r in rows] + [period[0]])
    end = period[1]
    axis = DayAxis(start, end, px, pw)
    top = y
    for index, (analyte, group) in enumerate(groups.items()):
        _lab_panel(c, axis, top, analyte, group, first_injection, period, index == 0)
        top += LAB_PANEL_HEIGHT + LAB_PANEL_GAP
    axis.draw(c, top - LAB_PANEL_GAP + 1.0)


def _lab_panel(c, axis: DayAxis, y, analyte, group, first_injection, period, first_panel):
    title_h = 10.0
    py, ph = y + title_h, LAB_PANEL_HEIGHT - title_h
    colour = LAB_COLOURS.get(analyte, PURPLE)
    unit = group[-1].point.unit
    title = texts.analyte(analyte) + (f" ({unit})" if unit else "")
    c.text(axis.x, y, axis.width, title_h, title, c.font(LABEL_FONT, bold=True), wrap=False)
    lo, hi = max(period[0], axis.start), period[1]
    c.rect(axis.at(lo, 0.0), py, axis.at(hi, 1.0) - axis.at(lo, 0.0), ph, fill=PERIOD_SHADE)
    ref_high = _common(r.point.ref_high for r in group)
    peak = max([r.point.value for r in group] + ([ref_high] if ref_high else []))
    top = nice_top(peak * 1.1, 0.1)
    to_y = _y_axis(c, axis.x, py, ph, top, axis.width, decimals=2 if top < 2 else 0)
    if ref_high is not None:
        _reference_line(c, axis, to_y(ref_high), ref_high)
    if first_injection is not None and axis.start <= first_injection <= axis.end:
        xi = axis.at(first_injection)
        c.line(xi, py, xi, py + ph, GREEN, 0.8, dash=(2.5, 1.5))
        if first_panel:
            label = tr("first injection")
            c.text(xi + 2, py + ph - 10, 110, 9, label, c.font(AXIS_FONT), LEFT | TOP, GREEN,
                   wrap=False)  # fmt: skip
    xs = [axis.at(r.point.taken_on) for r in group]
    ys = [to_y(r.point.value) for r in group]
    c.path(_line_path(xs, ys), colour, 0.9)
    for xx, yy, row in zip(xs, ys, group, strict=True):
        c.circle(xx, yy, 2.0, None if row.includes_bound_ige else colour, colour)


def _common(values) -> float | None:
    """The one value all rows share (e.g. the reference limit), else None."""
    found = {v for v in values}
    return found.pop() if len(found) == 1 and None not in found else None


def _reference_line(c: Canvas, axis: DayAxis, y: float, value: float) -> None:
    c.line(axis.x, y, axis.x + axis.width, y, GREY, 0.6, dash=(1.5, 1.5))
    label = fill_in(tr("upper limit %1"), texts.dose(value))
    width = c.text_width(label, c.font(AXIS_FONT))
    c.text(axis.x + axis.width - width - 2, y - 9, width + 2, 9, label, c.font(AXIS_FONT),
           RIGHT | TOP, GREY, wrap=False)  # fmt: skip


# --------------------------------------------------------------------------- medications

LANE_HEIGHT = 15.0
LANE_LABEL_WIDTH = 120.0


def lanes_chart_height(lanes: Sequence[MedicationLane]) -> float:
    """Height of :func:`draw_lanes`: one lane per medication plus the date axis."""
    return len(lanes) * LANE_HEIGHT + 14.0


def draw_lanes(
    c: Canvas,
    x: float,
    y: float,
    w: float,
    h: float,
    lanes: Sequence[MedicationLane],
    period: tuple[dt.date, dt.date],
) -> None:
    """One lane per medication over the period, bars labelled with the dose: the taper."""
    start, end = period
    axis = DayAxis(start, end, x + LANE_LABEL_WIDTH, w - LANE_LABEL_WIDTH)
    font, small = c.font(LABEL_FONT), c.font(AXIS_FONT)
    top = y
    for index, lane in enumerate(lanes):
        if index % 2:
            c.rect(x, top, w, LANE_HEIGHT, fill=_colour("#000000", 10))
        name = c.elide(lane.name, font, LANE_LABEL_WIDTH - 6)
        c.text(x + 2, top, LANE_LABEL_WIDTH - 4, LANE_HEIGHT, name, font, LEFT | VCENTER,
               wrap=False)  # fmt: skip
        colour = CLASS_COLOURS.get(lane.drug_class, GREY)
        for period_ in lane.periods:
            _dose_bar(c, axis, period_, top, colour, small)
        top += LANE_HEIGHT
    axis.draw(c, top + 1.0)


def _dose_bar(c: Canvas, axis: DayAxis, dose_period, top: float, colour: QColor, font) -> None:
    lo = max(dose_period.start, axis.start)
    hi = min(dose_period.end or axis.end, axis.end)
    if hi < lo:
        return
    left, right = axis.at(lo, 0.0), axis.at(hi, 1.0)
    faded = QColor(colour)
    faded.setAlpha(110)
    c.rect(left, top + 3.5, right - left, LANE_HEIGHT - 7.0, fill=faded, stroke=colour, width=0.4)
    label = f"{texts.dose(dose_period.dose)} {dose_period.unit}".strip()
    if c.text_width(label, font) + 4 <= right - left:
        c.text(left + 2, top, right - left - 2, LANE_HEIGHT, label, font, LEFT | VCENTER, BLACK,
               wrap=False)  # fmt: skip
