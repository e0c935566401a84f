"""Trend: the daily symptom score against the injections, with episodes and medications.

Answers "is the child better since the drug started?" and "does it wear off?" at a glance:

* daily score as bars (gaps stay empty: a day without an entry is not a good day), its 7-day
  mean as a line;
* each injection as a vertical line labelled with its dose, days when a dose was overdue
  shaded;
* episodes in a strip below, one row per severity, each severity with its own symbol;
  anaphylaxis is a large star with the word "Anaphylaxis" beside it, so it is not told apart
  by colour alone;
* optional single-symptom lines (the page's checkable list), and the medication lanes at the
  bottom, all on one shared, linked time axis.
"""

import datetime as dt
from collections import defaultdict

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF

from masto_diary.analysis import ANAPHYLAXIS, EpisodeRecord
from masto_diary.enums import EpisodeKind, Severity
from masto_diary.services import figures
from masto_diary.ui.charts.common import (
    SECONDS_PER_DAY,
    ChartPanel,
    LightPlot,
    cache_as_pixmap,
    date_axis,
    day_x,
    days_x,
    fix_left_axis,
    link_x,
    new_legend,
    period_x,
    plot_x_at,
    set_x_window,
    speed_up,
    style_plot,
    x_day,
)
from masto_diary.ui.charts.inputs import ChartInputs, Period
from masto_diary.ui.charts.items import (
    DayBarsItem,
    EventLinesItem,
    LabelsItem,
    SpansItem,
    StaticSample,
)
from masto_diary.ui.charts.medication_lanes import GUIDE_LINES, MedicationLanesPlot
from masto_diary.ui.formatting import long_date, short_date
from masto_diary.words.labels import EPISODE_KIND_LABELS, SEVERITY_LABELS, label
from masto_diary.words.sentence import fill_in
from masto_diary.words.symptom_texts import symptom_label

SEVERITIES: tuple[str, ...] = ("mild", "moderate", "severe")
SEVERITY_SYMBOLS = {"mild": "o", "moderate": "s", "severe": "t1"}
SEVERITY_SIZES = {"mild": 7, "moderate": 8, "severe": 10}
ANAPHYLAXIS_SYMBOL = "star"
ANAPHYLAXIS_SIZE = 18
MIN_SCORED_DAYS = 2
STRIP_HEIGHT = 78
MIN_VISIBLE_DAYS = 5
LEGEND_KEYS: tuple[str, ...] = (
    "score", "mean", "injection", "overdue", "mild", "moderate", "severe", ANAPHYLAXIS,
)  # fmt: skip
SYMPTOM_PLOT_MIN_HEIGHT = 110
UNLIMITED = 16_777_215  # QWIDGETSIZE_MAX


def dose_label(dose_mg: float) -> str:
    return fill_in(QCoreApplication.translate("TrendChart", "%1 mg"), f"{dose_mg:g}")


def dose_change_labels(doses: list[float]) -> list[str]:
    """The dose over the first line and wherever it changes; "" elsewhere.

    Fifteen "150 mg" labels over a year collide and say nothing new; a change of dose is
    what the reader needs to see (issue 13).
    """
    return [
        dose_label(dose) if index == 0 or dose != doses[index - 1] else ""
        for index, dose in enumerate(doses)
    ]


class TrendChart(ChartPanel):
    """Daily score, 7-day mean, injections, overdue periods, episodes, symptoms and lanes."""

    def __init__(self, parent=None) -> None:
        super().__init__(
            QCoreApplication.translate("TrendChart", "Symptoms over time"), "trend", parent
        )
        self.inputs: ChartInputs | None = None
        self.period: Period | None = None
        self.symptom_keys: list[str] = []
        self._episodes_drawn = False
        self._legend_shown: frozenset[str] | None = None
        self.uas = False  # the bars are the daily UAS (a child scored with the UAS items)
        self._build()
        self._style()

    # ----------------------------------------------------------------- building

    def _build(self) -> None:
        layout = self.view.ci
        layout.setSpacing(2)
        self.legend = new_legend(layout, None, 4)
        self.plot, self.strip, self.symptom_plot, lanes_plot = (
            LightPlot(bottom=date_axis()) for _ in range(4)
        )
        for row, plot in enumerate((self.plot, self.strip, self.symptom_plot, lanes_plot), 1):
            layout.addItem(plot, row=row, col=0)
        layout.layout.setRowStretchFactor(1, 3)
        layout.layout.setRowStretchFactor(3, 2)
        self.lanes = MedicationLanesPlot(lanes_plot, self.theme)
        self._build_trend_items()
        self._build_strip_items()
        link_x([self.plot, self.strip, self.symptom_plot, lanes_plot])
        for plot in (self.plot, self.strip, self.symptom_plot):
            plot.setMouseEnabled(x=True, y=False)
            fix_left_axis(plot)
        speed_up(self.plot)
        speed_up(self.symptom_plot)
        self.plot.setLabel("left", self._score_name())
        self.symptom_plot.setLabel("left", self.tr("Single symptoms"))
        self._show_symptom_plot(False)
        self.symptom_legend = self.symptom_plot.addLegend(offset=(8, 4), sampleType=StaticSample)
        self.symptom_legend.setZValue(20)
        self.symptom_curves: dict[str, pg.PlotDataItem] = {}

    def _build_trend_items(self) -> None:
        self.overdue_spans = SpansItem(self.theme.overdue)
        self.bars = DayBarsItem(self.theme.score_bar, SECONDS_PER_DAY * 0.8)
        self.mean_curve = pg.PlotDataItem([], [], connect="finite")
        self.injection_lines = EventLinesItem(pg.mkPen())
        self.crosshair = pg.InfiniteLine(angle=90, movable=False)
        self.crosshair.setVisible(False)
        self.plot.addItem(self.overdue_spans, ignoreBounds=True)
        self.plot.addItem(self.bars)
        self.plot.addItem(self.mean_curve)
        self.plot.addItem(self.injection_lines, ignoreBounds=True)
        self.plot.addItem(self.crosshair, ignoreBounds=True)

    def _build_strip_items(self) -> None:
        self.strip_injections = EventLinesItem(pg.mkPen(), max_lines=GUIDE_LINES)
        self.strip.addItem(self.strip_injections, ignoreBounds=True)
        self.episode_scatters: dict[str, pg.ScatterPlotItem] = {}
        for severity in SEVERITIES:
            scatter = pg.ScatterPlotItem(symbol=SEVERITY_SYMBOLS[severity])
            self.strip.addItem(scatter)
            self.episode_scatters[severity] = scatter
        self.anaphylaxis_scatter = pg.ScatterPlotItem(symbol=ANAPHYLAXIS_SYMBOL)
        self.anaphylaxis_scatter.setZValue(5)
        self.strip.addItem(self.anaphylaxis_scatter)
        self.anaphylaxis_labels = LabelsItem(self.theme.anaphylaxis, bold=True, dx=12, dy=5)
        self.strip.addItem(self.anaphylaxis_labels, ignoreBounds=True)
        self.strip.setFixedHeight(STRIP_HEIGHT)
        self.strip.setYRange(0.4, 3.6, padding=0)
        ticks = [(i + 1, label(SEVERITY_LABELS, Severity(s))) for i, s in enumerate(SEVERITIES)]
        self.strip.getAxis("left").setTicks([ticks, []])
        self.strip.setLabel("left", self.tr("Episodes"))

    # ----------------------------------------------------------------- theme

    def apply_theme(self) -> None:
        self._style()
        self.lanes.set_theme(self.theme)
        self._episodes_drawn = False
        self.redraw()

    def _style(self) -> None:
        theme = self.theme
        # horizontal grid lines only: they never move while panning in time (and are cached
        # with the left axis), vertical ones would be redrawn every frame
        for plot in (self.plot, self.symptom_plot):
            style_plot(plot, theme)
            plot.showGrid(x=False, y=True)
        style_plot(self.strip, theme, grid=False)
        self.overdue_spans.set_colour(theme.overdue)
        self.bars.set_brush(theme.score_bar)
        self.mean_curve.setPen(pg.mkPen(theme.mean_line, width=2.5))
        self.injection_lines.set_style(pg.mkPen(theme.injection, width=1), theme.injection)
        self.strip_injections.set_style(pg.mkPen(theme.solid(theme.injection, 0.45)), None)
        self.crosshair.setPen(pg.mkPen(theme.muted, width=1))
        for severity, scatter in self.episode_scatters.items():
            colour = theme.severity(severity)
            scatter.setSize(SEVERITY_SIZES[severity])
            scatter.setBrush(pg.mkBrush(colour))
            scatter.setPen(pg.mkPen(theme.background, width=0.8))
        self.anaphylaxis_scatter.setSize(ANAPHYLAXIS_SIZE)
        self.anaphylaxis_scatter.setBrush(pg.mkBrush(theme.anaphylaxis))
        self.anaphylaxis_scatter.setPen(pg.mkPen(theme.foreground, width=1.2))
        self.anaphylaxis_labels.set_colour(theme.anaphylaxis)
        self.legend.setLabelTextColor(theme.foreground)
        self.symptom_legend.setLabelTextColor(theme.foreground)
        self._legend_shown = None  # colours changed: build it again
        self._fill_legend()

    def _fill_legend(self, shown: frozenset[str] = frozenset(LEGEND_KEYS)) -> None:
        """The legend lists only what is drawn (``shown``: keys of :data:`LEGEND_KEYS`)."""
        if shown == self._legend_shown:
            return
        self._legend_shown = shown
        theme = self.theme
        self.legend = new_legend(self.view.ci, self.legend, 4)
        self.legend.setLabelTextColor(theme.foreground)
        samples = {
            "score": (pg.BarGraphItem(x=[], height=[], width=1, brush=theme.score_bar, pen=None),
                      self._score_name()),
            "mean": (pg.PlotDataItem(pen=pg.mkPen(theme.mean_line, width=2.5)),
                     self.tr("7-day mean")),
            "injection": (pg.PlotDataItem(pen=pg.mkPen(theme.injection, width=1.5)),
                          self.tr("Injection (dose)")),
            "overdue": (pg.BarGraphItem(x=[], height=[], width=1, brush=theme.overdue, pen=None),
                        self.tr("Dose overdue")),
        }  # fmt: skip
        for severity in SEVERITIES:
            sample = pg.ScatterPlotItem(
                symbol=SEVERITY_SYMBOLS[severity],
                size=SEVERITY_SIZES[severity],
                brush=theme.severity(severity),
                pen=theme.background,
            )
            name = fill_in(self.tr("Episode: %1"), label(SEVERITY_LABELS, Severity(severity)))
            samples[severity] = (sample, name)
        star = pg.ScatterPlotItem(
            symbol=ANAPHYLAXIS_SYMBOL, size=14, brush=theme.anaphylaxis, pen=theme.foreground
        )
        samples[ANAPHYLAXIS] = (star, label(EPISODE_KIND_LABELS, EpisodeKind.ANAPHYLAXIS))
        for key in LEGEND_KEYS:
            if key in shown:
                self.legend.addItem(*samples[key])
        cache_as_pixmap(self.legend)

    def _legend_keys(self, period: Period) -> frozenset[str]:
        """What the legend needs to explain for this period."""
        keys = {"score", "mean"}
        if self.injection_lines.xs.size:
            keys.add("injection")
        if self.overdue_spans.spans:
            keys.add("overdue")
        for episode in self.inputs.episodes_in(period):
            keys.add(ANAPHYLAXIS if episode.kind == ANAPHYLAXIS else episode.severity)
        return frozenset(keys & set(LEGEND_KEYS))

    # ----------------------------------------------------------------- data

    def set_inputs(self, inputs: ChartInputs | None, period: Period | None) -> None:
        """Show ``inputs`` over ``period`` (``None``: no child chosen)."""
        uas = inputs is not None and figures.daily_measure(inputs.data)[0] == figures.DAILY_UAS
        if uas != self.uas:  # an urticaria child's bars are the daily UAS (services/figures.py)
            self.uas, self._legend_shown = uas, None
            self.plot.setLabel("left", self._score_name())
        self.inputs, self.period = inputs, period
        self._episodes_drawn = False
        self.redraw()

    def _score_name(self) -> str:
        return self.tr("Daily UAS (0–6)") if self.uas else self.tr("Daily score")

    def set_period(self, period: Period) -> None:
        self.period = period
        self.redraw()

    def set_symptoms(self, keys: list[str]) -> None:
        """Show these symptoms as single lines (an empty list hides the symptom plot)."""
        self.symptom_keys = list(keys)
        if not self.isVisible():
            self._dirty = True
        elif self.inputs is not None and self.period is not None and self.showing_chart:
            self._draw_symptoms(self.inputs.window(self.period))
            self._update_axes()

    def _draw(self) -> None:
        inputs, period = self.inputs, self.period
        if inputs is None or period is None:
            self.show_sentence(self.tr("Choose a child to see the charts."))
            return
        window = inputs.window(period)
        scored = int(inputs.scores.scored[window].sum())
        if scored < MIN_SCORED_DAYS:
            self.show_sentence(self._sparse_sentence(period, scored))
            return
        self.show_chart()
        self._draw_scores(window)
        injection_xs = self._draw_injections(period)
        if not self._episodes_drawn:  # all of them, once per load: panning is limited to the
            self._draw_episodes()  # period anyway, and 2,000 markers are slow to set
        self._draw_overdue(period)
        self.lanes.set_data(inputs, period, injection_xs)
        self._draw_symptoms(window)
        self._set_ranges(period, window)
        self._update_axes()
        self._fill_legend(self._legend_keys(period))

    def _sparse_sentence(self, period: Period, scored: int) -> str:
        dates = (short_date(period.start), short_date(period.end))
        if scored == 0:
            text = self.tr(
                "No daily scores between %1 and %2. The trend appears once evening entries "
                "are recorded; choose a longer range to see older ones."
            )
        else:
            text = self.tr(
                "Only one day with a daily score between %1 and %2: a trend needs at least "
                "two. Choose a longer range or keep filling in the evening entry."
            )
        return fill_in(text, dates[0], dates[1])

    def _draw_scores(self, window: slice) -> None:
        scores = self.inputs.scores
        x = days_x(scores.days[window])
        dss = scores.dss[window]
        has = ~np.isnan(dss)
        self.bars.set_data(x[has], dss[has])
        self.mean_curve.setData(x, scores.mean_7d[window], connect="finite")

    def _draw_injections(self, period: Period) -> np.ndarray:
        shown = self.inputs.injections_in(period)
        xs = np.array([day_x(i.day) for i in shown])
        self.injection_lines.set_events(xs, dose_change_labels([i.dose_mg for i in shown]))
        self.strip_injections.set_events(xs)
        return xs

    def _draw_episodes(self) -> None:
        self._episodes_drawn = True
        by_severity: dict[str, list[float]] = defaultdict(list)
        anaphylaxis: list[EpisodeRecord] = []
        for episode in self.inputs.data.episodes:
            if episode.kind == ANAPHYLAXIS:
                anaphylaxis.append(episode)
            else:
                severity = episode.severity if episode.severity in SEVERITIES else "mild"
                by_severity[severity].append(day_x(episode.day))
        for row, severity in enumerate(SEVERITIES, start=1):
            xs = by_severity.get(severity, [])
            self.episode_scatters[severity].setData(x=xs, y=[row] * len(xs))
        rows = [
            SEVERITIES.index(e.severity) + 1 if e.severity in SEVERITIES else 3 for e in anaphylaxis
        ]
        xs = [day_x(e.day) for e in anaphylaxis]
        self.anaphylaxis_scatter.setData(x=xs, y=rows)
        word = label(EPISODE_KIND_LABELS, EpisodeKind.ANAPHYLAXIS)
        self.anaphylaxis_labels.set_labels([(x, y, word) for x, y in zip(xs, rows, strict=True)])

    def _draw_overdue(self, period: Period) -> None:
        spans = []
        for overdue in self.inputs.overdue:
            if period.overlaps(overdue.start, overdue.end):
                start, end = max(overdue.start, period.start), min(overdue.end, period.end)
                spans.append(period_x(start, end))
        self.overdue_spans.set_spans(spans)

    def _draw_symptoms(self, window: slice) -> None:
        inputs = self.inputs
        wanted = [k for k in self.symptom_keys if k in inputs.data.symptom_keys]
        for key in list(self.symptom_curves):
            if key not in wanted:
                self.symptom_plot.removeItem(self.symptom_curves.pop(key))
        x = days_x(inputs.data.days[window])
        for index, key in enumerate(wanted):
            curve = self.symptom_curves.get(key)
            if curve is None:
                curve = self.symptom_plot.plot(
                    [], [], name=symptom_label(key, inputs.chart.label_of(key))
                )
                self.symptom_curves[key] = curve
            curve.setPen(pg.mkPen(self.theme.symptom(index), width=1.8))
            curve.setData(x, inputs.symptom_series(key)[window], connect="finite")
        self._show_symptom_plot(bool(wanted))
        if wanted:
            top = max(int(s.scale_max) for s in inputs.chart.symptoms if s.key in wanted)
            self.symptom_plot.setYRange(0, top + 0.3, padding=0)

    def _show_symptom_plot(self, shown: bool) -> None:
        """A hidden plot keeps its row in the layout, so its height is squeezed to 0 too."""
        self.symptom_plot.setVisible(shown)
        self.symptom_plot.setMinimumHeight(SYMPTOM_PLOT_MIN_HEIGHT if shown else 0)
        self.symptom_plot.setMaximumHeight(UNLIMITED if shown else 0)

    def _set_ranges(self, period: Period, window: slice) -> None:
        x0, x1 = period_x(period.start, period.end)
        plots = [self.plot, self.strip, self.symptom_plot, self.lanes.plot]
        set_x_window(plots, x0, x1, MIN_VISIBLE_DAYS * SECONDS_PER_DAY)
        top = max(float(np.nanmax(self.inputs.scores.dss[window])), 1.0) * 1.3
        if self.plot.viewRange()[1] != [0, top]:  # a new y range redraws the cached axis
            self.plot.setYRange(0, top, padding=0)

    def _update_axes(self) -> None:
        """Only the lowest visible plot shows the dates."""
        plots = [self.plot, self.strip, self.symptom_plot, self.lanes.plot]
        visible = [p for p in plots if p.isVisible()]
        for plot in plots:
            plot.showAxis("bottom", plot is visible[-1])

    # ----------------------------------------------------------------- hover

    def readout_at_scene(self, scene_pos: QPointF) -> str:
        plots = [self.plot, self.strip, self.symptom_plot, self.lanes.plot]
        plot, point = plot_x_at(plots, scene_pos)
        if plot is None or self.inputs is None or not self.showing_chart:
            self.crosshair.setVisible(False)
            return ""
        day = x_day(point.x())
        if not self.period.contains(day):
            return ""
        self.crosshair.setPos(day_x(day))
        self.crosshair.setVisible(True)
        return self.describe_day(day)

    def describe_day(self, day: dt.date) -> str:
        """Date and values of one day, as the hover line shows them."""
        inputs = self.inputs
        index = inputs.data.index_of(day)
        parts = [long_date(day)]
        if 0 <= index < inputs.data.n_days:
            dss, mean = inputs.scores.dss[index], inputs.scores.mean_7d[index]
            parts.append(
                fill_in(self.tr("daily score %1"), f"{dss:g}")
                if not np.isnan(dss)
                else self.tr("no entry")
            )
            if not np.isnan(mean):
                parts.append(fill_in(self.tr("7-day mean %1"), f"{mean:.1f}"))
            for key in self.symptom_keys:
                value = inputs.symptom_series(key)[index]
                if not np.isnan(value):
                    parts.append(f"{symptom_label(key, inputs.chart.label_of(key))} {value:g}")
        parts += [
            fill_in(self.tr("injection %1"), dose_label(i.dose_mg))
            for i in inputs.data.injections
            if i.day == day
        ]
        parts += [self._episode_text(e) for e in inputs.episodes_in(Period(day, day))]
        if any(o.start <= day <= o.end for o in inputs.overdue):
            parts.append(self.tr("dose overdue"))
        parts += self.lanes.describe(day)
        return " · ".join(parts)

    def _episode_text(self, episode: EpisodeRecord) -> str:
        kind = label(EPISODE_KIND_LABELS, EpisodeKind(episode.kind))
        severity = label(SEVERITY_LABELS, Severity(episode.severity)).lower()
        return fill_in(self.tr("%1 (%2)"), kind, severity)
