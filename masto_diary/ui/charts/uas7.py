"""Weekly UAS7 of a child with chronic urticaria: one bar per week, coloured by its band.

The bands are the urticaria guideline's (analysis/uas7.py).  A week with 4–6 scored days has an
estimated UAS7 (mean × 7): its bar is drawn pale and hatched, and the legend says so.  A week
with 3 or fewer scored days has no UAS7: a small "no score" mark sits on the axis, never a bar
of 0, so a gap in the diary can never pass for a week without hives.  Injections are green
lines with the dose over the first one and wherever it changes, as on the trend chart.
"""

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from masto_diary.analysis import uas7
from masto_diary.services.figures import uas_weeks
from masto_diary.ui.charts.common import ChartPanel, LightPlot, date_axis, day_x, fix_left_axis
from masto_diary.ui.charts.inputs import ChartInputs, Period
from masto_diary.ui.charts.items import EventLinesItem, StaticSample
from masto_diary.ui.charts.trend import dose_change_labels
from masto_diary.words.noop import QT_TRANSLATE_NOOP

SECONDS_PER_DAY = 86_400
BAR_WIDTH = 6 * SECONDS_PER_DAY  # a week's bar, with a day's gap to the next
BAND_HUES: dict[str, str] = {  # calm to alarming, readable in grey too
    uas7.ITCH_AND_HIVE_FREE: "#009E73",
    uas7.WELL_CONTROLLED: "#56B4E9",
    uas7.MILD: "#F0E442",
    uas7.MODERATE: "#E69F00",
    uas7.SEVERE: "#D55E00",
}
HATCH = QBrush(QColor(0, 0, 0, 110), Qt.BrushStyle.BDiagPattern)
BAND_NAMES: dict[str, str] = {
    uas7.ITCH_AND_HIVE_FREE: QT_TRANSLATE_NOOP("Uas7Chart", "itch- and hive-free (0)"),
    uas7.WELL_CONTROLLED: QT_TRANSLATE_NOOP("Uas7Chart", "well controlled (1–6)"),
    uas7.MILD: QT_TRANSLATE_NOOP("Uas7Chart", "mild (7–15)"),
    uas7.MODERATE: QT_TRANSLATE_NOOP("Uas7Chart", "moderate (16–27)"),
    uas7.SEVERE: QT_TRANSLATE_NOOP("Uas7Chart", "severe (28–42)"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Uas7Chart", text)


def weeks_in(inputs: ChartInputs, period: Period) -> list[uas7.UasWeek]:
    """The whole weeks that end inside ``period``: the report's weeks (services/figures.py)."""
    return list(uas_weeks(inputs.data, period.start, period.end))


class Uas7Chart(ChartPanel):
    """Weekly UAS7 bars by band, estimated weeks marked, weeks without a score labelled."""

    def __init__(self, parent=None) -> None:
        super().__init__(_tr("Weekly urticaria activity (UAS7)"), "uas7", parent)
        self.inputs: ChartInputs | None = None
        self.period: Period | None = None
        self.weeks: list[uas7.UasWeek] = []
        self.legend = pg.LegendItem(colCount=3, sampleType=StaticSample, frame=False)
        self.view.ci.addItem(self.legend, row=0, col=0)
        self.plot = LightPlot(bottom=date_axis())
        self.view.ci.addItem(self.plot, row=1, col=0)
        fix_left_axis(self.plot)
        self.plot.setMouseEnabled(x=True, y=False)
        self.plot.setLabel("left", _tr("UAS7"))
        self.plot.showGrid(False, True)
        self.bars: dict[tuple[str, bool], pg.BarGraphItem] = {}
        for band in BAND_HUES:
            for estimated in (False, True):
                item = pg.BarGraphItem(
                    x=[], height=[], width=BAR_WIDTH, brush=self._brush(band, estimated)
                )
                self.bars[(band, estimated)] = item
                self.plot.addItem(item)
                if not estimated:
                    self.legend.addItem(item, _tr(BAND_NAMES[band]))
        # the hatch over every estimated bar, whatever its band
        self.hatch = pg.BarGraphItem(x=[], height=[], width=BAR_WIDTH, brush=HATCH, pen=None)
        self.plot.addItem(self.hatch)
        estimated_sample = pg.BarGraphItem(x=[], height=[], width=1, brush=HATCH)
        self.legend.addItem(estimated_sample, _tr("pale, hatched: estimated from 4–6 days"))
        self.no_score = pg.ScatterPlotItem(symbol="x", size=9, pen=pg.mkPen("#777777", width=1.5))
        self.plot.addItem(self.no_score)
        self.legend.addItem(self.no_score, _tr("no score: 3 days or fewer written"))
        self.injection_lines = EventLinesItem(
            pg.mkPen(self.theme.injection, width=1), self.theme.injection
        )
        self.plot.addItem(self.injection_lines, ignoreBounds=True)

    def _brush(self, band: str, estimated: bool) -> QBrush:
        """The band's colour; an estimated week's is paler (a hatch is drawn over it)."""
        colour = QColor(BAND_HUES[band])
        if estimated:
            colour.setAlpha(120)
        return QBrush(colour)

    def set_inputs(self, inputs: ChartInputs | None, period: Period | None) -> None:
        self.inputs, self.period = inputs, period
        self.redraw()

    def set_period(self, period: Period | None) -> None:
        self.period = period
        self.redraw()

    def _draw(self) -> None:
        if self.inputs is None or self.period is None:
            self.weeks = []
            self.show_sentence(_tr("Choose a child to see the weekly UAS7."))
            return
        self.weeks = weeks_in(self.inputs, self.period)
        if not any(week.score is not None for week in self.weeks):
            self.show_sentence(
                _tr(
                    "No week in this range has a UAS7 yet: a week needs wheals and itch "
                    "written on at least 4 of its 7 days."
                )
            )
            return
        self.stack.setCurrentWidget(self.view)
        for (band, estimated), item in self.bars.items():
            chosen = [w for w in self.weeks if w.band == band and (not w.complete) == estimated]
            item.setOpts(
                x=[day_x(w.start) + 3.5 * SECONDS_PER_DAY for w in chosen],
                height=[w.score for w in chosen],
            )
        estimated = [w for w in self.weeks if w.score is not None and not w.complete]
        self.hatch.setOpts(
            x=[day_x(w.start) + 3.5 * SECONDS_PER_DAY for w in estimated],
            height=[w.score for w in estimated],
        )
        missing = [w for w in self.weeks if w.score is None]
        self.no_score.setData(
            x=[day_x(w.start) + 3.5 * SECONDS_PER_DAY for w in missing], y=[0.0] * len(missing)
        )
        shown = self.inputs.injections_in(self.period)
        self.injection_lines.set_events(
            np.array([day_x(i.day) for i in shown]), dose_change_labels([i.dose_mg for i in shown])
        )
        self.plot.setYRange(0, uas7.WEEKLY_MAX + 2)
        self.plot.setXRange(day_x(self.period.start), day_x(self.period.end) + SECONDS_PER_DAY)
