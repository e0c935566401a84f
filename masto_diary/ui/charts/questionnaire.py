"""A clinic questionnaire's total over time, over its bands (docs/questionnaires.md).

One panel per questionnaire the child has: each complete day's total as a point joined by a
line, the bands as shaded stripes named on the right axis (so a name never covers a point), the
y axis the possible totals.  The x axis is the Charts page's range on the same calendar-day axis
as the other charts (range "All": every answer).  A day left incomplete has no total and is not
drawn (never a 0).  The Charts page shows this view only for a child who has a questionnaire.
"""

import datetime as dt

import pyqtgraph as pg
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from masto_diary.services import questionnaires
from masto_diary.services.questionnaires import KeptQuestionnaire
from masto_diary.storage import Diary
from masto_diary.ui.charts.common import SECONDS_PER_DAY, date_axis, day_x, period_x
from masto_diary.ui.charts.inputs import Period
from masto_diary.ui.charts.theme import ChartTheme
from masto_diary.ui.formatting import figure, short_date
from masto_diary.words.sentence import fill_in

BAND_HUE = "sky_blue"
"""Bands alternate two tints of one hue: a file does not say whether a high total is good (a
control test: 12-16 well controlled) or bad (an impairment score), so no band is painted as a
warning; its name on the right axis says what it means."""
BAND_TINTS = (0.10, 0.24)
BAND_TINTS_DARK = (0.16, 0.32)
Points = list[tuple[dt.date, float]]


def _totals(diary: Diary, questionnaire: KeptQuestionnaire) -> Points:
    """Each complete day's total, oldest first (an incomplete day has none)."""
    given = questionnaires.answers(diary, questionnaire.id)
    return [(answer.date, answer.total) for answer in given if answer.total is not None]


class QuestionnaireChart(QWidget):
    """The totals of each of the child's questionnaires, one plot each."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("questionnaireChart")
        self.layout_ = QVBoxLayout(self)
        self.period: Period | None = None
        self.plots: list[pg.PlotWidget] = []
        self.notes: list[QLabel] = []
        self._shown: list[tuple[KeptQuestionnaire, Points]] = []
        self._theme = ChartTheme.from_palette(self.palette())

    @property
    def points(self) -> dict[str, Points]:
        """Each questionnaire's complete totals by title, as drawn."""
        return {questionnaire.title: points for questionnaire, points in self._shown}

    def show_child(self, diary: Diary, child_id: int | None) -> bool:
        """Draw the child's questionnaires; False when it has none (the view is hidden)."""
        kept = [] if child_id is None else questionnaires.questionnaires(diary, child_id)
        self._shown = [(questionnaire, _totals(diary, questionnaire)) for questionnaire in kept]
        self._draw()
        return bool(kept)

    def set_period(self, period: Period | None) -> None:
        """Show ``period`` (None: from the first answer to the last)."""
        self.period = period
        for plot, note, (questionnaire, points) in zip(
            self.plots, self.notes, self._shown, strict=True
        ):
            self._show_x(plot, note, points, questionnaire.decimals)

    def changeEvent(self, event) -> None:
        palette_events = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
        if event.type() in palette_events:
            theme = ChartTheme.from_palette(self.palette())
            if theme != self._theme:  # as ChartPanel: redraw only when the colours changed
                self._theme = theme
                self._draw()
        super().changeEvent(event)

    def _draw(self) -> None:
        while self.layout_.count():
            widget = self.layout_.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.plots, self.notes = [], []
        for questionnaire, points in self._shown:
            plot = self._plot(questionnaire, points, self._theme)
            note = QLabel(objectName="questionnaireNote", wordWrap=True)
            self.layout_.addWidget(QLabel(questionnaire.title, objectName="questionnaireTitle"))
            self.layout_.addWidget(plot, 1)
            self.layout_.addWidget(note)
            self.plots.append(plot)
            self.notes.append(note)
            self._show_x(plot, note, points, questionnaire.decimals)

    def _plot(
        self, questionnaire: KeptQuestionnaire, points: Points, theme: ChartTheme
    ) -> pg.PlotWidget:
        plot = pg.PlotWidget(axisItems={"bottom": date_axis()}, background=theme.background)
        plot.setAccessibleName(fill_in(self.tr("%1: total over time"), questionnaire.title))
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        half = 0.5 / 10**questionnaire.decimals  # half a step of the total
        low, high = float(questionnaire.lowest), float(questionnaire.highest)
        plot.setYRange(low - half, high + half, padding=0.02)
        plot.showAxis("right")
        for name in ("left", "bottom", "right"):
            axis = plot.getAxis(name)
            axis.setPen(pg.mkPen(theme.muted))
            axis.setTextPen(pg.mkPen(theme.foreground))
        plot.getAxis("left").setLabel(self.tr("Total"))
        names = []
        for index, (low, high, label) in enumerate(questionnaire.bands):
            tints = BAND_TINTS_DARK if theme.dark else BAND_TINTS
            colour = theme.solid(theme.hue(BAND_HUE), tints[index % 2])
            region = pg.LinearRegionItem(
                (low - half, high + half), orientation="horizontal", movable=False,
                brush=pg.mkBrush(colour), pen=pg.mkPen(None),
            )  # fmt: skip
            region.setZValue(-10)
            plot.addItem(region)
            names.append(((low + high) / 2, label))
        plot.getAxis("right").setTicks([names, []])
        if points:
            xs = [day_x(day) for day, _ in points]
            ys = [total for _, total in points]
            line = theme.mean_line
            plot.plot(xs, ys, pen=pg.mkPen(line, width=2), symbol="o", symbolBrush=line,
                      symbolPen=pg.mkPen(theme.background), symbolSize=8)  # fmt: skip
        return plot

    def _show_x(self, plot: pg.PlotWidget, note: QLabel, points: Points, decimals: int) -> None:
        """The x range of the period (or of the answers) and a note when none of them shows."""
        if self.period is not None:
            x0, x1 = period_x(self.period.start, self.period.end)
        elif points:
            margin = 3 * SECONDS_PER_DAY
            x0, x1 = day_x(points[0][0]) - margin, day_x(points[-1][0]) + margin
        else:
            today = dt.date.today()
            x0, x1 = period_x(today - dt.timedelta(days=27), today)
        plot.setXRange(x0, x1, padding=0)
        note.setText(self._note(points, decimals))
        note.setVisible(bool(note.text()))

    def _note(self, points: Points, decimals: int) -> str:
        if not points:
            return self.tr("No total yet: a total needs enough items answered.")
        if self.period is None or any(
            self.period.start <= day <= self.period.end for day, _ in points
        ):
            return ""
        return fill_in(
            self.tr("No complete answers in this range. The latest, on %1, total %2."),
            short_date(points[-1][0]),
            figure(points[-1][1], decimals),
        )
