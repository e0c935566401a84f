"""Charts ▸ Patterns: does the effect wear off, and which triggers went with more episodes.

The findings are sentences (masto_diary/words/pattern_texts.py), each naming its numbers; the
forest plot shows every trigger that was tested: its ratio of next-day episode days (a
square), the 95 % interval (a line), on a logarithmic axis with "no difference" (1) marked.
A finding that passes the false discovery rate is drawn filled and dark; one that does not
hollow and grey, so the eye cannot take an unclear trigger for a finding.  Triggers logged on
too few days are not drawn: the text lists them as "not enough to tell".

The statistics are computed when the view is first shown for a period, and kept for that
period.
"""

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QSizePolicy

from masto_diary.services.patterns import child_patterns
from masto_diary.ui.charts.common import ChartPanel, LightPlot, style_plot
from masto_diary.ui.charts.inputs import ChartInputs, Period
from masto_diary.words import pattern_texts
from masto_diary.words.report_texts import number
from masto_diary.words.symptom_texts import trigger_label

RATIO_TICKS = (1 / 64, 1 / 16, 0.25, 0.5, 1, 2, 4, 16, 64)
MAX_SPAN = 6.0  # log2: the axis runs at most from 1/64 to 64; a longer line ends in an arrow
ROW_HEIGHT, PLOT_MARGIN = 44, 76  # pixels: the plot is as tall as its rows need, the text
# above it gets the rest (at 1024×640 both fit without scrolling for a handful of triggers)
PLOT_MAX_SHARE, PLOT_MIN_HEIGHT = 0.55, 150  # a long list of triggers: rows closer together


def _tr(text: str) -> str:
    return QCoreApplication.translate("PatternsChart", text)


class PatternsChart(ChartPanel):
    """The findings in words above a forest plot of the tested triggers."""

    def __init__(self, parent=None) -> None:
        super().__init__(_tr("Patterns: wear-off and triggers"), "patterns", parent)
        self.inputs: ChartInputs | None = None
        self.period: Period | None = None
        self.found = None
        self._cache: dict[tuple, object] = {}
        self.rows: list = []
        self.findings = QLabel(objectName="patternsFindings")
        self.findings.setWordWrap(True)
        self.findings.setTextFormat(Qt.TextFormat.RichText)
        self.findings.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.findings.setAccessibleName(_tr("Findings"))
        self.findings.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.scroll = QScrollArea(objectName="patternsFindingsScroll")
        self.scroll.setWidget(self.findings)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.layout().insertWidget(1, self.scroll)
        self.plot = LightPlot()
        self.view.ci.addItem(self.plot, row=0, col=0)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.setLabel(
            "bottom", _tr("ratio of next-day episode days (log scale; 1 = no difference)")
        )
        self.no_difference = pg.InfiniteLine(pos=0.0, angle=90)
        self.plot.addItem(self.no_difference, ignoreBounds=True)
        self.whiskers = pg.PlotDataItem(connect="pairs")
        self.plot.addItem(self.whiskers)
        self.points = pg.ScatterPlotItem(symbol="s", size=11)
        self.plot.addItem(self.points)
        self.arrows = pg.ScatterPlotItem(size=10)  # an interval that runs past the axis
        self.plot.addItem(self.arrows)
        layout = self.layout()
        layout.setStretchFactor(self.scroll, 1)
        layout.setStretchFactor(self.stack, 0)
        self.apply_theme()

    # ----------------------------------------------------------------- data

    def set_inputs(self, inputs: ChartInputs | None, period: Period | None) -> None:
        if inputs is not self.inputs:
            self._cache.clear()
        self.inputs, self.period = inputs, period
        self.redraw()

    def set_period(self, period: Period | None) -> None:
        self.period = period
        self.redraw()

    def compute(self):
        """The patterns of the current child and period (kept per period)."""
        if self.inputs is None or self.period is None:
            return None
        key = (self.period.start, self.period.end)
        if key not in self._cache:
            self._cache[key] = child_patterns(self.inputs.data, *key)
        return self._cache[key]

    # ----------------------------------------------------------------- drawing

    def _draw(self) -> None:
        self.found = self.compute()
        if self.found is None:
            self.findings.setText("")
            self.show_sentence(_tr("Choose a child to see the patterns of the diary."))
            return
        self.findings.setText(findings_html(self.found))
        self.findings.setAccessibleDescription(self.findings.text())
        self.rows = [f for f in self.found.triggers if drawable(f)]
        if not self.rows:
            self.show_sentence(
                _tr(
                    "No trigger was logged on enough days to be tested in this range: the "
                    "sentences above say what would be needed."
                )
                if self.found.triggers
                else ""
            )
            return
        self.show_chart()
        self._fit_plot()
        self._draw_forest()

    def _fit_plot(self) -> None:
        """As tall as the rows need, at most a little over half the view (the findings keep
        the rest)."""
        if not self.rows or not self.showing_chart:
            return
        wanted = PLOT_MARGIN + ROW_HEIGHT * len(self.rows)
        room = max(PLOT_MIN_HEIGHT, int(self.height() * PLOT_MAX_SHARE))
        self.stack.setFixedHeight(min(wanted, room))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_plot()

    def _draw_forest(self) -> None:
        rows = self.rows
        y = np.arange(len(rows))[::-1].astype(float)
        x = np.array([math.log2(f.ratio) for f in rows])
        low = np.array([math.log2(f.low) for f in rows])
        high = np.array([math.log2(f.high) for f in rows])
        stated = [f.stated for f in rows]
        dark, grey = self.theme.foreground, self.theme.muted
        self.points.setData(
            x=x,
            y=y,
            brush=[pg.mkBrush(dark if s else self.theme.background) for s in stated],
            pen=[pg.mkPen(dark if s else grey, width=1.5) for s in stated],
        )
        self.whiskers.setData(
            x=np.column_stack([low, high]).ravel(), y=np.repeat(y, 2), pen=pg.mkPen(grey, width=2)
        )
        left = self.plot.getAxis("left")
        left.setTicks(
            [[(float(yy), trigger_label(f.label)) for yy, f in zip(y, rows, strict=True)]]
        )
        span = min(MAX_SPAN, max(3.0, float(np.max(np.abs(np.concatenate([low, high])))) + 0.5))
        past_low, past_high = low < -span, high > span
        self.arrows.setData(
            x=np.concatenate([np.full(past_low.sum(), -span), np.full(past_high.sum(), span)]),
            y=np.concatenate([y[past_low], y[past_high]]),
            symbol=["t3"] * int(past_low.sum()) + ["t2"] * int(past_high.sum()),
            brush=pg.mkBrush(grey),
            pen=pg.mkPen(grey),
        )
        bottom = self.plot.getAxis("bottom")
        bottom.setTicks([[(math.log2(t), tick_text(t)) for t in RATIO_TICKS
                          if abs(math.log2(t)) <= span]])  # fmt: skip
        self.plot.setXRange(-span, span)
        self.plot.setYRange(-0.7, len(rows) - 0.3)

    def show_sentence(self, text: str) -> None:
        """The sentence takes what height it needs (the plot's fixed height is let go); no
        sentence leaves the whole height to the findings."""
        if text:
            self.stack.setMinimumHeight(0)
            self.stack.setMaximumHeight(16_777_215)
        else:
            self.stack.setFixedHeight(0)
        super().show_sentence(text)

    def apply_theme(self) -> None:
        style_plot(self.plot, self.theme, grid=False)
        self.plot.showGrid(True, False)
        self.no_difference.setPen(pg.mkPen(self.theme.muted, width=1, style=Qt.PenStyle.DashLine))
        if self.found is not None and self.rows:
            self._draw_forest()

    def readout_at_scene(self, scene_pos: QPointF) -> str:
        """The sentence of the trigger row under the mouse."""
        if not self.rows or not self.plot.sceneBoundingRect().contains(scene_pos):
            return ""
        y = self.plot.vb.mapSceneToView(scene_pos).y()
        index = len(self.rows) - 1 - round(y)
        if not 0 <= index < len(self.rows):
            return ""
        finding = self.rows[index]
        if finding.stated:
            return pattern_texts.trigger_sentence(finding)
        return pattern_texts.unclear_sentence(finding)


def tick_text(ratio: float) -> str:
    """ "1/64", "1/16", "0.25", "0.5", "1", "2" …: no long decimals under the axis."""
    if ratio < 0.25:
        return f"1/{round(1 / ratio)}"
    if ratio < 1:
        return number(ratio, 2).rstrip("0")
    return number(ratio, 0)


def drawable(finding) -> bool:
    """A tested trigger with a finite ratio and interval (0 and infinity cannot be drawn)."""
    return finding.tested and finding.low is not None and finding.ratio not in (0.0, math.inf)


def findings_html(found) -> str:
    """The findings as short paragraphs: wear-off, late cycles, stated triggers, the rest."""
    wear = found.wear_off
    parts = [f"<p><b>{_tr('Wear-off')}</b>: {_escape(pattern_texts.wear_off_sentence(wear))}"]
    late = pattern_texts.late_sentence(wear)
    if late:
        parts[-1] += f"<br>{_escape(late)}"
    parts[-1] += "</p>"
    stated = found.stated_triggers
    lines = [pattern_texts.trigger_sentence(f) for f in stated]
    if not stated:
        lines.append(pattern_texts.no_trigger_sentence(found))
    parts.append(f"<p><b>{_tr('Triggers')}</b>: " + "<br>".join(map(_escape, lines)) + "</p>")
    unclear = [f for f in found.triggers if not f.stated]
    if unclear:
        parts.append(f"<p>{_escape(pattern_texts.unclear_line(unclear))}</p>")
    parts.append(f"<p><i>{_escape(pattern_texts.same_day_note())}</i></p>")
    parts.append(f"<p><small>{_escape(pattern_texts.method_note(found))}</small></p>")
    return "".join(parts)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
