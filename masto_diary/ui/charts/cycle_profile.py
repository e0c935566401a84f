"""Dose-cycle profile: the daily score by day since the last injection.

Answers "does the effect wear off before the next dose?": every recorded day of the chosen
range is placed by days since its last injection; the line is the median score of each
day-in-cycle, the band its interquartile range, and the bars below say how many days stand
behind each point (a lone late cycle gives a point with n = 1, which the bars make plain).
The due day of the next dose is marked, and days after it are shaded as overdue.

Optionally two periods are compared, e.g. the first three months on therapy against the
last three months of the range: the second period is drawn dashed.
"""

import datetime as dt
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, Qt

from masto_diary import analysis
from masto_diary.analysis import CycleProfile
from masto_diary.services import figures
from masto_diary.ui.charts.common import (
    ChartPanel,
    LightPlot,
    fix_left_axis,
    link_x,
    new_legend,
    plot_x_at,
    set_x_window,
    style_plot,
)
from masto_diary.ui.charts.inputs import ChartInputs, Period
from masto_diary.ui.charts.items import (
    BandItem,
    EventLinesItem,
    SpansItem,
)
from masto_diary.ui.formatting import short_date
from masto_diary.words.sentence import fill_in

COMPARE_DAYS = 90
MIN_DAYS_USED = 7
N_PLOT_HEIGHT = 110


@dataclass(frozen=True)
class ProfileLine:
    """One drawn profile: its period, the measure, and its items."""

    period: Period
    profile: CycleProfile
    median: pg.PlotDataItem
    band: BandItem
    counts: pg.BarGraphItem
    apart: pg.ScatterPlotItem
    cycle_labels: tuple[pg.TextItem, ...] = ()


class CycleProfileChart(ChartPanel):
    """Median + IQR of the daily score per day since the injection, with n per day."""

    def __init__(self, parent=None) -> None:
        super().__init__(
            QCoreApplication.translate("CycleProfileChart", "Dose-cycle profile"), "cycle", parent
        )
        self.inputs: ChartInputs | None = None
        self.period: Period | None = None
        self.compare = False
        self.lines: list[ProfileLine] = []
        self._built = False  # the plots are made when the tab is first shown

    def _build(self) -> None:
        self._built = True
        layout = self.view.ci
        self.legend = new_legend(layout, None, 2)
        self.plot, self.count_plot = LightPlot(), LightPlot()
        layout.addItem(self.plot, row=1, col=0)
        layout.addItem(self.count_plot, row=2, col=0)
        layout.layout.setRowStretchFactor(1, 1)  # extra height goes to the profile
        link_x([self.plot, self.count_plot])
        self.count_plot.setFixedHeight(N_PLOT_HEIGHT)
        for plot in (self.plot, self.count_plot):
            plot.setMouseEnabled(x=True, y=False)
            fix_left_axis(plot, 70)
        self.overdue = SpansItem(self.theme.overdue)
        self.due_line = EventLinesItem(pg.mkPen())
        self.plot.addItem(self.overdue, ignoreBounds=True)
        self.plot.addItem(self.due_line, ignoreBounds=True)
        self.plot.setLabel("left", self.tr("Daily score"))
        self.count_plot.setLabel("left", self.tr("Days (n)"))
        self.count_plot.setLabel("bottom", self.tr("Days since the injection (0 = injection day)"))
        self.plot.showAxis("bottom", True)
        self._style()

    def _style(self) -> None:
        for plot in (self.plot, self.count_plot):
            style_plot(plot, self.theme)
        self.overdue.set_colour(self.theme.overdue)
        pen = pg.mkPen(self.theme.injection, width=1.5, style=Qt.PenStyle.DashLine)
        self.due_line.set_style(pen, self.theme.injection)
        self.legend.setLabelTextColor(self.theme.foreground)

    def apply_theme(self) -> None:
        if self._built:
            self._style()
        self.redraw()

    # ----------------------------------------------------------------- data

    def set_inputs(self, inputs: ChartInputs | None, period: Period | None) -> None:
        self.inputs, self.period = inputs, period
        self.redraw()

    def set_period(self, period: Period) -> None:
        self.period = period
        self.redraw()

    def set_compare(self, compare: bool) -> None:
        self.compare = compare
        self.redraw()

    def comparison_periods(self) -> tuple[Period, Period] | None:
        """First and last :data:`COMPARE_DAYS` days on therapy in the range, if they differ."""
        inputs, period = self.inputs, self.period
        first = inputs.data.first_injection if inputs is not None else None
        if first is None or period is None:
            return None
        start = max(first, period.start)
        early = Period(start, start + dt.timedelta(days=COMPARE_DAYS - 1))
        late = Period(period.end - dt.timedelta(days=COMPARE_DAYS - 1), period.end)
        return (early, late) if early.end < late.start else None

    def _periods(self) -> list[Period]:
        pair = self.comparison_periods() if self.compare else None
        return list(pair) if pair else [self.period]

    def _clear_lines(self) -> None:
        for line in self.lines:
            self.plot.removeItem(line.median)
            self.plot.vb.removeItem(line.band)
            self.count_plot.vb.removeItem(line.counts)
            self.plot.removeItem(line.apart)
            for label in line.cycle_labels:
                self.plot.removeItem(label)
        self.lines = []
        self.legend = new_legend(self.view.ci, self.legend, 2)
        self.legend.setLabelTextColor(self.theme.foreground)

    def _draw(self) -> None:
        if not self._built:
            self._build()
        self._clear_lines()
        inputs, period = self.inputs, self.period
        if inputs is None or period is None:
            self.show_sentence(self.tr("Choose a child to see the charts."))
            return
        if not inputs.data.injections:
            self.show_sentence(
                self.tr(
                    "The dose-cycle profile appears after the first injection: record "
                    "injections and evening entries to see whether symptoms come back "
                    "before the next dose."
                )
            )
            return
        profiles = [
            (p, figures.cycle_profile(inputs.data, p.start, p.end)) for p in self._periods()
        ]
        uas = figures.daily_measure(inputs.data)[0] == figures.DAILY_UAS
        self.plot.setLabel(
            "left", self.tr("Daily UAS (0–6)") if uas else self.tr("Daily score")
        )  # an urticaria child is measured the urticaria way (services/figures.py)
        used = min(profile.days_used for _, profile in profiles)
        if used < MIN_DAYS_USED:
            self.show_sentence(self._sparse_sentence(used))
            return
        self.show_chart()
        offsets = [0.0] if len(profiles) == 1 else [-0.2, 0.2]
        for index, (profile_period, profile) in enumerate(profiles):
            self.lines.append(self._add_line(index, profile_period, profile, offsets[index]))
        colour = self.theme.comparison(0)
        hollow = pg.ScatterPlotItem(
            symbol="o", size=7, brush=self.theme.background, pen=pg.mkPen(colour, width=1.5)
        )
        self.legend.addItem(
            hollow,
            fill_in(self.tr("Fewer than %1 cycles behind the point (their number)"),
                    analysis.MIN_CYCLES),
        )  # fmt: skip
        self._draw_due(profiles[0][1])
        self._set_ranges(profiles)

    def _sparse_sentence(self, used: int) -> str:
        text = self.tr(
            "Only %1 days with a daily score after an injection in the chosen range: the "
            "profile needs at least %2. Choose a longer range."
        )
        return fill_in(text, used, MIN_DAYS_USED)

    def _add_line(
        self, index: int, period: Period, profile: CycleProfile, offset: float
    ) -> ProfileLine:
        colour = self.theme.comparison(index)
        style = Qt.PenStyle.SolidLine if index == 0 else Qt.PenStyle.DashLine
        joined = profile.joined
        band = BandItem(self.theme.band(colour, 55))
        band.set_band(profile.day.astype(float), np.where(joined, profile.p25, np.nan),
                      np.where(joined, profile.p75, np.nan))  # fmt: skip
        self.plot.vb.addItem(band)
        median = pg.PlotDataItem(  # only points seen in enough cycles make the line
            profile.day.astype(float),
            np.where(joined, profile.median, np.nan),
            connect="finite",
            pen=pg.mkPen(colour, width=2.5, style=style),
            symbol="o",
            symbolSize=7,
            symbolBrush=pg.mkBrush(colour),
            symbolPen=pg.mkPen(colour, width=1.5),
        )
        apart_days = np.flatnonzero(~joined & (profile.cycles > 0))
        apart = pg.ScatterPlotItem(
            x=profile.day[apart_days].astype(float),
            y=profile.median[apart_days],
            symbol="o",
            size=7,
            brush=self.theme.background,
            pen=pg.mkPen(colour, width=1.5),
        )
        self.plot.addItem(apart)
        labels = tuple(self._cycle_label(profile, d, colour) for d in apart_days)
        self.plot.addItem(median)
        width = 0.8 if offset == 0 else 0.4
        counts = pg.BarGraphItem(
            x=profile.day + offset,
            height=profile.n,
            width=width,
            brush=self.theme.band(colour, 150),
            pen=None,
        )
        self.count_plot.vb.addItem(counts)
        first = self.inputs.data.first_injection or period.start
        dates = f"{short_date(max(period.start, first))} – {short_date(period.end)}"
        caption = fill_in(self.tr("Median, %1, from %2 dose cycles"), dates, profile.cycles_used)
        self.legend.addItem(median, caption)
        self.legend.addItem(
            pg.BarGraphItem(x=[], height=[], width=1, brush=self.theme.band(colour, 55), pen=None),
            self.tr("Middle half of the days (IQR)"),
        )

        return ProfileLine(period, profile, median, band, counts, apart, labels)

    def _cycle_label(self, profile: CycleProfile, day: int, colour) -> pg.TextItem:
        """The number of cycles above a point drawn apart from the line."""
        label = pg.TextItem(str(int(profile.cycles[day])), color=colour, anchor=(0.5, 1.2))
        label.setPos(float(day), float(profile.median[day]))
        self.plot.addItem(label)
        return label

    def _draw_due(self, profile: CycleProfile) -> None:
        interval = self.inputs.data.interval_days or (self.inputs.data.injections[-1].interval_days)
        self.due_line.set_events([float(interval)], [self.tr("next dose due")])
        self.overdue.set_spans([(interval + 0.5, profile.max_day + 0.5)])

    def _set_ranges(self, profiles: list[tuple[Period, CycleProfile]]) -> None:
        top_day = max(profile.max_day for _, profile in profiles)
        set_x_window([self.plot, self.count_plot], -0.7, top_day + 0.7, 3.0)
        highs = [np.nanmax(p.p75) for _, p in profiles if np.isfinite(p.p75).any()]
        self.plot.setYRange(0, max(max(highs, default=1.0), 1.0) * 1.15, padding=0)
        counts = max(int(p.n.max()) for _, p in profiles)
        self.count_plot.setYRange(0, max(counts, 1) * 1.1, padding=0)

    # ----------------------------------------------------------------- hover

    def readout_at_scene(self, scene_pos: QPointF) -> str:
        plot, point = plot_x_at([self.plot, self.count_plot], scene_pos)
        if plot is None or not self.lines or not self.showing_chart:
            return ""
        return self.describe_day(round(point.x()))

    def describe_day(self, day: int) -> str:
        """Median, IQR and n of one day-in-cycle for each drawn period."""
        parts = []
        for line in self.lines:
            profile = line.profile
            if not 0 <= day <= profile.max_day:
                continue
            n = int(profile.n[day])
            if n == 0:
                parts.append(self.tr("no days"))
                continue
            text = self.tr("median %1 (IQR %2–%3), n = %4 days from %5 cycles")
            figures = (profile.median[day], profile.p25[day], profile.p75[day])
            cycles = int(profile.cycles[day])
            parts.append(fill_in(text, *(f"{figure:g}" for figure in figures), n, cycles))
        if not parts:
            return ""
        head = fill_in(self.tr("Day %1 after the injection"), day)
        return head + ": " + " | ".join(parts)
