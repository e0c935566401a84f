"""Labs over time: tryptase, total IgE and KIT D816V burden, each on its own axis.

Drawn like Fig. 1 of the case report the app is built around: one panel per analyte on a
shared time axis, with every injection marked, so "serum tryptase stayed stable" and "total
IgE rose after the first dose" can be read off directly.  Total IgE measured after the first
omalizumab dose also counts drug-bound IgE, so those points get a hollow diamond, the note
"includes omalizumab-bound IgE" (beside the first one, in the legend and on hover) and the
note travels with each point's data.  The upper reference limit, where the lab gave one, is a
dashed line.
"""

import datetime as dt

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, Qt

from masto_diary.analysis import BOUND_IGE_NOTE, LabSeries
from masto_diary.enums import Analyte
from masto_diary.ui.charts.common import (
    SECONDS_PER_DAY,
    ChartPanel,
    LightPlot,
    date_axis,
    day_x,
    days_x,
    fix_left_axis,
    link_x,
    new_legend,
    period_x,
    plot_x_at,
    set_x_window,
    style_plot,
    x_day,
)
from masto_diary.ui.charts.inputs import ChartInputs, Period
from masto_diary.ui.charts.items import (
    EventLinesItem,
    Label,
    LabelsItem,
)
from masto_diary.ui.charts.trend import MIN_VISIBLE_DAYS
from masto_diary.ui.formatting import long_date, short_date
from masto_diary.words.labels import ANALYTE_LABELS, label
from masto_diary.words.sentence import fill_in

BOUND_SYMBOL = "d"
POINT_SYMBOL = "o"
HOVER_PIXELS = 12


def bound_ige_note() -> str:
    """The note on IgE values measured under omalizumab (translated)."""
    return QCoreApplication.translate("LabsChart", BOUND_IGE_NOTE)


def analyte_name(analyte: str) -> str:
    try:
        return label(ANALYTE_LABELS, Analyte(analyte))
    except ValueError:  # a custom test: its own name
        return analyte


class LabPanel:
    """One analyte's plot and items."""

    def __init__(self, plot: LightPlot, analyte: str) -> None:
        self.plot = plot
        self.analyte = analyte
        self.injections = EventLinesItem(pg.mkPen())
        self.curve = pg.PlotDataItem([], [])
        self.bound = pg.ScatterPlotItem(symbol=BOUND_SYMBOL, size=12)
        self.values = LabelsItem(pg.mkColor("k"), dx=6, dy=-6)
        self.notes = LabelsItem(pg.mkColor("k"), bold=True, dx=10, dy=16)
        self.reference = pg.InfiniteLine(
            angle=0,
            movable=False,
            label=" ",
            # below the line: the bound-IgE note sits above it, by the first high point
            labelOpts={"position": 0.98, "anchors": [(1, 0), (1, 0)]},
        )
        self.reference.setVisible(False)
        plot.addItem(self.injections, ignoreBounds=True)
        plot.addItem(self.reference, ignoreBounds=True)
        plot.addItem(self.curve)
        plot.addItem(self.bound)
        for item in (self.values, self.notes):
            plot.addItem(item, ignoreBounds=True)
        plot.setMouseEnabled(x=True, y=False)
        fix_left_axis(plot, 90)
        self.series: LabSeries | None = None
        self.shown = np.zeros(0, dtype=bool)


class LabsChart(ChartPanel):
    """One panel per analyte with injection markers and the bound-IgE note."""

    def __init__(self, parent=None) -> None:
        super().__init__(
            QCoreApplication.translate("LabsChart", "Lab results over time"), "labs", parent
        )
        self.inputs: ChartInputs | None = None
        self.period: Period | None = None
        self.panels: dict[str, LabPanel] = {}
        self.legend = new_legend(self.view.ci, None, 3)

    # ----------------------------------------------------------------- data

    def set_inputs(self, inputs: ChartInputs | None, period: Period | None) -> None:
        self.inputs, self.period = inputs, period
        self.redraw()

    def set_period(self, period: Period) -> None:
        self.period = period
        self.redraw()

    def apply_theme(self) -> None:
        self._rebuild([])
        self.redraw()

    def _draw(self) -> None:
        inputs, period = self.inputs, self.period
        if inputs is None or period is None:
            self.show_sentence(self.tr("Choose a child to see the charts."))
            return
        if not inputs.labs:
            self.show_sentence(
                self.tr(
                    "No lab results yet. Add tryptase, total IgE or KIT D816V results on the "
                    "Labs page to follow them here."
                )
            )
            return
        shown = [a for a, s in inputs.labs.items() if self._in_period(s, period).any()]
        if not shown:
            self.show_sentence(self._outside_sentence(period))
            return
        self.show_chart()
        if list(self.panels) != shown:
            self._rebuild(shown)
        injections = inputs.injections_in(period)
        xs = np.array([day_x(i.day) for i in injections])
        for analyte in shown:
            self._draw_panel(self.panels[analyte], inputs.labs[analyte], period, xs)
        self._fill_legend()

    @staticmethod
    def _in_period(series: LabSeries, period: Period) -> np.ndarray:
        return (series.days >= np.datetime64(period.start, "D")) & (
            series.days <= np.datetime64(period.end, "D")
        )

    def _outside_sentence(self, period: Period) -> str:
        last = max(s.days[-1] for s in self.inputs.labs.values()).astype(dt.date)
        text = self.tr(
            "No lab results between %1 and %2; the last one was taken on %3. "
            "Choose “All” to see every result."
        )
        return fill_in(text, short_date(period.start), short_date(period.end), short_date(last))

    def _rebuild(self, analytes: list[str]) -> None:
        """One plot per analyte, stacked and x-linked; only the last one shows dates."""
        layout = self.view.ci
        for panel in self.panels.values():
            layout.removeItem(panel.plot)
        self.panels = {}
        for row, analyte in enumerate(analytes, start=1):
            plot = LightPlot(bottom=date_axis(), title=analyte_name(analyte))
            layout.addItem(plot, row=row, col=0)
            layout.layout.setRowStretchFactor(row, 1)
            panel = LabPanel(plot, analyte)
            self.panels[analyte] = panel
            style_plot(plot, self.theme)
            plot.getAxis("left").enableAutoSIPrefix(False)
            plot.showAxis("bottom", row == len(analytes))
        link_x([panel.plot for panel in self.panels.values()])
        self.legend.setLabelTextColor(self.theme.foreground)

    def _draw_panel(
        self,
        panel: LabPanel,
        series: LabSeries,
        period: Period,
        injection_xs: np.ndarray,
    ) -> None:
        theme = self.theme
        index = list(self.panels).index(panel.analyte)
        colour = theme.lab(panel.analyte, index)
        inside = self._in_period(series, period)
        panel.series, panel.shown = series, inside
        x, values = days_x(series.days[inside]), series.values[inside]
        bound = series.includes_bound_ige[inside]
        panel.injections.set_style(pg.mkPen(theme.solid(theme.injection, 0.6), width=1), None)
        panel.injections.set_events(injection_xs)
        panel.curve.setData(
            x, values, pen=pg.mkPen(colour, width=2), symbol=POINT_SYMBOL, symbolSize=8,
            symbolBrush=colour, symbolPen=theme.background,
        )  # fmt: skip
        notes = [bound_ige_note()] * int(bound.sum())
        panel.bound.setData(
            x=x[bound], y=values[bound], data=notes, brush=pg.mkBrush(theme.background),
            pen=pg.mkPen(colour, width=2.2),
        )  # fmt: skip
        panel.values.set_colour(theme.foreground)
        panel.values.set_labels(
            [Label(xi, yi, f"{yi:g}") for xi, yi in zip(x, values, strict=True)]
        )
        panel.notes.set_colour(colour)
        first_bound = (
            [Label(x[bound][0], values[bound][0], bound_ige_note())] if bound.any() else []
        )
        panel.notes.set_labels(first_bound)
        panel.plot.setLabel("left", series.unit)
        self._draw_reference(panel, theme)
        self._set_ranges(panel, values, period)

    def _draw_reference(self, panel: LabPanel, theme) -> None:
        limits = [
            p.ref_high
            for p in self.inputs.chart.lab_points
            if p.key == panel.analyte and p.ref_high is not None
        ]
        panel.reference.setVisible(bool(limits))
        if limits:
            panel.reference.setPos(limits[-1])
            panel.reference.setPen(pg.mkPen(theme.muted, width=1, style=Qt.PenStyle.DotLine))
            text = fill_in(self.tr("upper reference limit %1"), f"{limits[-1]:g}")
            panel.reference.label.setFormat(text)
            panel.reference.label.setColor(theme.muted)

    def _set_ranges(self, panel: LabPanel, values: np.ndarray, period: Period) -> None:
        x0, x1 = period_x(period.start, period.end)
        set_x_window([panel.plot], x0, x1, MIN_VISIBLE_DAYS * SECONDS_PER_DAY)
        top = float(values.max()) if len(values) else 1.0
        if panel.reference.isVisible():
            top = max(top, float(panel.reference.value()))
        panel.plot.setYRange(0, top * 1.3 or 1.0, padding=0)

    def _fill_legend(self) -> None:
        theme = self.theme
        self.legend = new_legend(self.view.ci, self.legend, 3)
        self.legend.setLabelTextColor(theme.foreground)
        line = pg.PlotDataItem(pen=pg.mkPen(theme.solid(theme.injection, 0.6), width=1.5))
        self.legend.addItem(line, self.tr("Injection"))
        if any(s.includes_bound_ige.any() for s in self.inputs.labs.values()):
            colour = theme.lab("total_ige")
            sample = pg.ScatterPlotItem(
                symbol=BOUND_SYMBOL, size=11, brush=theme.background, pen=pg.mkPen(colour, width=2)
            )
            self.legend.addItem(sample, fill_in(self.tr("Total IgE %1"), bound_ige_note()))

    # ----------------------------------------------------------------- hover

    def readout_at_scene(self, scene_pos: QPointF) -> str:
        plots = [panel.plot for panel in self.panels.values()]
        plot, point = plot_x_at(plots, scene_pos)
        if plot is None or not self.showing_chart:
            return ""
        panel = next(p for p in self.panels.values() if p.plot is plot)
        pixel = plot.getViewBox().viewPixelSize()[0]
        return self.describe_near(panel.analyte, point.x(), HOVER_PIXELS * pixel)

    def describe_near(self, analyte: str, x: float, tolerance: float) -> str:
        """The lab value nearest to ``x`` (within ``tolerance``), or the day under the mouse."""
        panel = self.panels[analyte]
        series = panel.series
        xs = days_x(series.days)
        nearest = int(np.argmin(np.abs(xs - x))) if len(xs) else -1
        if nearest < 0 or abs(xs[nearest] - x) > tolerance or not panel.shown[nearest]:
            return long_date(x_day(x))
        unit = series.units[nearest]
        value = f"{series.values[nearest]:g} {unit}".strip()
        day = series.days[nearest].astype(dt.date)
        text = f"{long_date(day)}: {analyte_name(analyte)} {value}"
        if series.includes_bound_ige[nearest]:
            text += f" ({bound_ige_note()})"
        return text
