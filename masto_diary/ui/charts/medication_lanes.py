"""Medication lanes: one row per medication under the trend, on the same time axis.

Each dose period is a bar whose height follows the dose (relative to the highest dose of that
medication) and whose label gives dose, unit and frequency, so a steroid taper or an
antihistamine reduction lines up with the symptom curve above it ("can other drugs be
tapered?").  A period still running is drawn to the end of the chosen range.
"""

import datetime as dt

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontMetricsF

from masto_diary.analysis import DosePeriod, MedicationLane
from masto_diary.ui.charts.common import (
    LEFT_AXIS_WIDTH,
    LightPlot,
    fix_left_axis,
    period_x,
    style_plot,
)
from masto_diary.ui.charts.inputs import ChartInputs, Period
from masto_diary.ui.charts.items import (
    EventLinesItem,
    Label,
    LabelsItem,
    label_font,
)
from masto_diary.ui.charts.theme import ChartTheme
from masto_diary.words.labels import frequency_text
from masto_diary.words.sentence import fill_in

LANE_PIXELS = 26
GUIDE_LINES = 40
"""Injection guide lines in the small plots (lanes, episode strip) are drawn while no more than
this many are in view: denser, they only add clutter (and drawing time)."""
MIN_BAR = 0.3
MAX_BAR = 0.8


def format_dose(dose: float, unit: str) -> str:
    return f"{dose:g} {unit}".strip()


class MedicationLanesPlot:
    """Owns the lanes' PlotItem inside the trend chart's layout; knows what it has drawn."""

    def __init__(self, plot: LightPlot, theme: ChartTheme) -> None:
        self.plot = plot
        self.theme = theme
        self.bars = pg.BarGraphItem(x0=[], x1=[], y0=[], height=[])
        self.labels = LabelsItem(theme.foreground, dx=4, dy=4)
        self.injections = EventLinesItem(self._injection_pen(), max_lines=GUIDE_LINES)
        for item in (self.injections, self.bars, self.labels):
            plot.vb.addItem(item)
        plot.setMouseEnabled(x=True, y=False)
        fix_left_axis(plot)
        self.shown: tuple[tuple[MedicationLane, tuple[DosePeriod, ...]], ...] = ()
        self._ticks: list[tuple[int, str]] | None = None
        style_plot(plot, theme, grid=False)

    def _injection_pen(self):
        return pg.mkPen(self.theme.solid(self.theme.injection, 0.45), width=1)

    def set_theme(self, theme: ChartTheme) -> None:
        self.theme = theme
        style_plot(self.plot, theme, grid=False)
        self.labels.set_colour(theme.foreground)
        self.injections.set_style(self._injection_pen(), None)

    def set_data(self, inputs: ChartInputs, period: Period, injection_xs: np.ndarray) -> None:
        """Draw the lanes of the medications taken at some time in ``period``."""
        self.shown = tuple(
            (lane, periods)
            for lane in inputs.lanes
            if (periods := tuple(p for p in lane.periods if period.overlaps(p.start, p.end)))
        )
        self.injections.set_events(injection_xs)
        count = len(self.shown)
        x0, x1, y0, heights, brushes, pens, labels = [], [], [], [], [], [], []
        for row, (lane, periods) in enumerate(self.shown):
            base = count - 1 - row  # first lane on top
            top_dose = max((p.dose for p in lane.periods), default=0.0) or 1.0
            colour = self.theme.drug_class(lane.drug_class)
            room_ends = [period_x(p.start, p.start)[0] for p in periods[1:]]
            room_ends.append(period_x(period.end, period.end)[1])
            for dose_period, room_end in zip(periods, room_ends, strict=True):
                start = max(dose_period.start, period.start)
                end = min(dose_period.end or period.end, period.end)
                left, right = period_x(start, end)
                height = MIN_BAR + (MAX_BAR - MIN_BAR) * min(dose_period.dose / top_dose, 1.0)
                x0.append(left)
                x1.append(right)
                y0.append(base - height / 2)
                heights.append(height)
                brushes.append(pg.mkBrush(self.theme.solid(colour, 0.35)))
                pens.append(pg.mkPen(colour, width=1.2))
                text = self._label(inputs, lane, dose_period)
                short = format_dose(dose_period.dose, dose_period.unit)
                labels.append(Label(left, base, text, short, room_end - left))
        self.bars.setOpts(
            x0=np.array(x0), x1=np.array(x1), y0=np.array(y0), height=np.array(heights),
            brushes=brushes or None, pens=pens or None,  # pyqtgraph fails on empty lists
        )  # fmt: skip
        self.labels.set_labels(labels)
        self._set_axis(count)

    def _label(self, inputs: ChartInputs, lane: MedicationLane, dose_period: DosePeriod) -> str:
        text = format_dose(dose_period.dose, dose_period.unit)
        row = inputs.medication_row(lane.name, dose_period.start)
        if row is not None and row.frequency:
            sentence = QCoreApplication.translate("charts", "%1, %2")
            text = fill_in(sentence, text, frequency_text(row.frequency))
        return text

    def _set_axis(self, count: int) -> None:
        """Names on the left axis; left alone when the lanes did not change (a new tick list
        redraws the cached axis)."""
        metrics = QFontMetricsF(label_font())
        width = LEFT_AXIS_WIDTH - 16
        ticks = [
            (count - 1 - row, metrics.elidedText(lane.name, Qt.TextElideMode.ElideRight, width))
            for row, (lane, _) in enumerate(self.shown)
        ]
        self.plot.setVisible(count > 0)
        if ticks == self._ticks:
            return
        self._ticks = ticks
        self.plot.getAxis("left").setTicks([ticks, []])
        self.plot.setYRange(-0.6, max(count, 1) - 0.4, padding=0)
        self.plot.setFixedHeight(max(count, 1) * LANE_PIXELS + 36)

    def describe(self, day: dt.date) -> list[str]:
        """What was taken on ``day`` (for the hover readout)."""
        taken = []
        for lane, periods in self.shown:
            dose_period = next((p for p in periods if p.covers(day)), None)
            if dose_period is not None:
                dose = format_dose(dose_period.dose, dose_period.unit)
                taken.append(f"{lane.name} {dose}")
        return taken
