"""A clinic questionnaire's total over time, over its bands (docs/questionnaires.md).

One panel per questionnaire the child has: each complete day's total as a point joined by a
line, the bands as shaded stripes with their labels, the y axis the possible totals.  A day
left incomplete has no total and is not drawn (never a 0).  The Charts page shows this tab only
for a child who has a questionnaire.
"""

import datetime as dt

import pyqtgraph as pg
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from masto_diary.services import questionnaires
from masto_diary.storage import Diary
from masto_diary.words.sentence import fill_in

BAND_COLOURS = ("#e8f5e9", "#fff8e1", "#ffebee", "#ede7f6")


def _seconds(day: dt.date) -> float:
    return dt.datetime.combine(day, dt.time(12)).timestamp()


class QuestionnaireChart(QWidget):
    """The totals of each of the child's questionnaires, one plot each."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("questionnaireChart")
        self.layout_ = QVBoxLayout(self)
        self.plots: list[pg.PlotWidget] = []
        self.points: dict[str, list[tuple[dt.date, int]]] = {}

    def show_child(self, diary: Diary, child_id: int | None) -> bool:
        """Draw the child's questionnaires; False when it has none (the tab is hidden)."""
        while self.layout_.count():
            widget = self.layout_.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.plots, self.points = [], {}
        kept = [] if child_id is None else questionnaires.questionnaires(diary, child_id)
        for questionnaire in kept:
            given = questionnaires.answers(diary, questionnaire.id)
            points = [(a.date, a.total) for a in given if a.total is not None]
            self.points[questionnaire.title] = points
            self.layout_.addWidget(QLabel(questionnaire.title, objectName="questionnaireTitle"))
            self.layout_.addWidget(self._plot(questionnaire, points), 1)
            if not points:
                text = self.tr("No complete set of answers yet: a total needs every item.")
                self.layout_.addWidget(QLabel(text))
        return bool(kept)

    def _plot(self, questionnaire, points: list[tuple[dt.date, int]]) -> pg.PlotWidget:
        plot = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem()}, background="w")
        plot.setAccessibleName(fill_in(self.tr("%1: total over time"), questionnaire.title))
        plot.setMouseEnabled(x=False, y=False)
        plot.setYRange(questionnaire.lowest, questionnaire.highest + 0.5, padding=0.02)
        plot.getAxis("left").setLabel(self.tr("Total"))
        for index, (low, high, label) in enumerate(questionnaire.bands):
            colour = BAND_COLOURS[index % len(BAND_COLOURS)]
            region = pg.LinearRegionItem(
                (low - 0.5, high + 0.5), orientation="horizontal", movable=False,
                brush=pg.mkBrush(colour), pen=pg.mkPen(None),
            )  # fmt: skip
            region.setZValue(-10)
            plot.addItem(region)
            text = pg.TextItem(label, color="#555555", anchor=(0, 0.5))
            text.setPos(_seconds(points[0][0]) if points else 0, (low + high) / 2)
            plot.addItem(text)
        if points:
            xs = [_seconds(day) for day, _ in points]
            ys = [total for _, total in points]
            plot.plot(xs, ys, pen=pg.mkPen("#1565c0", width=2), symbol="o",
                      symbolBrush="#1565c0", symbolSize=8)  # fmt: skip
            plot.setXRange(xs[0] - 86_400 * 3, xs[-1] + 86_400 * 3, padding=0)
        self.plots.append(plot)
        return plot
