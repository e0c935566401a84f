"""Shared pieces of the charts: the day <-> x mapping, the plot, and the chart panel.

Time charts put a day ``d`` at the x of its midday in seconds since 1970-01-01 (UTC), which is
what pyqtgraph's :class:`DateAxisItem` reads; with ``utcOffset=0`` its tick labels are the
calendar days themselves, whatever the computer's time zone.  The drawing items live in
:mod:`.items`.
"""

import datetime as dt
import math
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QPointF, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QGraphicsGridLayout,
    QGraphicsItem,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from masto_diary.ui.charts import export
from masto_diary.ui.charts.items import StaticSample, label_font
from masto_diary.ui.charts.theme import ChartTheme

SECONDS_PER_DAY = 86_400
_EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()
LEFT_AXIS_WIDTH = 150
"""Every stacked plot of a chart gets the same left axis width so their x axes line up."""


# --------------------------------------------------------------------------- day <-> x


def day_x(day: dt.date) -> float:
    """x of the middle of ``day`` (seconds since 1970-01-01)."""
    return (day.toordinal() - _EPOCH_ORDINAL + 0.5) * SECONDS_PER_DAY


def days_x(days: np.ndarray) -> np.ndarray:
    """x of the middle of each ``datetime64[D]`` day, as floats."""
    return (np.asarray(days, dtype="datetime64[D]").astype(np.int64) + 0.5) * SECONDS_PER_DAY


def x_day(x: float) -> dt.date:
    """The calendar day an x falls in."""
    return dt.date.fromordinal(math.floor(x / SECONDS_PER_DAY) + _EPOCH_ORDINAL)


def period_x(start: dt.date, end: dt.date) -> tuple[float, float]:
    """x from the start of ``start`` to the end of ``end`` (both days fully shown)."""
    return day_x(start) - SECONDS_PER_DAY / 2, day_x(end) + SECONDS_PER_DAY / 2


def date_axis() -> pg.DateAxisItem:
    """A bottom axis labelled with calendar days (UTC, so days never shift by time zone)."""
    return LocaleDateAxis(orientation="bottom", utcOffset=0)


MONTH_STEPS = (1, 2, 3, 6)
MONTH_TICKS_FROM_DAYS = 150
"""From this many days on screen the axis is ticked by months (pyqtgraph would show years)."""
MONTH_LABEL_PIXELS = 64


class LocaleDateAxis(pg.DateAxisItem):
    """pyqtgraph writes month and weekday names with ``strftime``, i.e. in English whatever
    the app's language; they are swapped for the names of ``QLocale()`` ("mag", "giu").

    Over long ranges (range "All") pyqtgraph labels only the years; the axis is ticked by
    every 1, 2, 3 or 6 months instead, whichever fits, the year written on January and on
    the first tick.
    """

    _month_ticks = False

    def tickValues(self, low, high, size):  # noqa: N802 (pyqtgraph's name)
        days = (high - low) / SECONDS_PER_DAY
        self._month_ticks = False
        if days >= MONTH_TICKS_FROM_DAYS and size > 0:
            room = max(2, int(size / MONTH_LABEL_PIXELS))
            for step in MONTH_STEPS:
                ticks = month_starts(low, high, step)
                if len(ticks) <= room:
                    self._month_ticks = True
                    return [(step * 30 * SECONDS_PER_DAY, ticks)]
        return super().tickValues(low, high, size)

    def tickStrings(self, values, scale, spacing):
        if self._month_ticks:
            return month_labels(values)
        names = _locale_names()
        return [
            " ".join(names.get(part, part) for part in text.split(" "))
            for text in super().tickStrings(values, scale, spacing)
        ]


def month_starts(low: float, high: float, step: int) -> list[float]:
    """x of the first day of every ``step``-th month (January first) between two x values."""
    day = _x_day(low)
    month = dt.date(day.year, day.month, 1)
    found = []
    while (x := day_x(month)) <= high:
        if x >= low and (month.month - 1) % step == 0:
            found.append(float(x))
        month = dt.date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return found


def month_labels(values) -> list[str]:
    """ "Jan 2026", "Mar", "May" …: the year on January and on the first tick only."""
    locale, labels = QLocale(), []
    for index, value in enumerate(values):
        day = _x_day(value)
        name = locale.monthName(day.month, QLocale.FormatType.ShortFormat)
        labels.append(f"{name} {day.year}" if index == 0 or day.month == 1 else name)
    return labels


def _x_day(x: float) -> dt.date:
    return dt.datetime.fromtimestamp(x, tz=dt.UTC).date()


def _locale_names() -> dict[str, str]:
    """strftime's month and weekday abbreviations → the current locale's short names."""
    locale, short = QLocale(), QLocale.FormatType.ShortFormat
    names = {dt.date(2001, m, 1).strftime("%b"): locale.monthName(m, short) for m in range(1, 13)}
    for day in range(1, 8):  # 1 January 2001 was a Monday
        date = dt.date(2001, 1, day)
        names[date.strftime("%a")] = locale.dayName(date.isoweekday(), short)
    return names


# --------------------------------------------------------------------------- styling


def style_plot(plot: "LightPlot", theme: ChartTheme, grid: bool = True) -> None:
    """Axis, text and grid colours from the theme."""
    for axis in plot.axes.values():
        axis.setPen(pg.mkPen(theme.muted))
        axis.setTextPen(pg.mkPen(theme.foreground))
    plot.showGrid(x=grid, y=grid, alpha=0.12)
    if plot.title is not None:
        plot.title.setAttr("color", theme.foreground)
        plot.title.setText(plot.title.text)


def fix_left_axis(plot: "LightPlot", width: int = LEFT_AXIS_WIDTH) -> None:
    """Same width in every stacked plot; cached as a pixmap, as panning in time never
    changes a left axis (redrawing its text every frame cost more than the data)."""
    axis = plot.getAxis("left")
    axis.setWidth(width)
    cache_as_pixmap(axis)


def speed_up(plot: "LightPlot") -> None:
    """Peak downsampling and clip-to-view: long series stay smooth while panning."""
    plot.setDownsampling(auto=True, mode="peak")
    plot.setClipToView(True)


def link_x(plots: Sequence["LightPlot"]) -> None:
    """Give stacked plots the same x range whichever one is panned or zoomed.

    pyqtgraph's ``setXLink`` maps ranges through the plots' pixel geometry, which goes wrong
    when a plot is added or shown while the others already have their size; the stacked
    plots here all have the same left axis width, so copying the range is exact.
    """
    views = [plot.getViewBox() for plot in plots]
    busy = [False]

    def follow(source: pg.ViewBox, _range) -> None:
        if busy[0]:
            return
        busy[0] = True
        try:
            lo, hi = source.viewRange()[0]
            for view in views:
                if view is not source:
                    view.setXRange(lo, hi, padding=0)
        finally:
            busy[0] = False

    for view in views:
        view.sigXRangeChanged.connect(follow)


def set_x_window(plots: Sequence["LightPlot"], x0: float, x1: float, min_range: float) -> None:
    """Limit panning to ``x0..x1`` and show all of it, in every plot of a stack."""
    for plot in plots:
        view = plot.getViewBox()
        view.setLimits(xMin=x0, xMax=x1, minXRange=min(min_range, x1 - x0))
        view.setXRange(x0, x1, padding=0)


def new_legend(layout: pg.GraphicsLayout, old: pg.LegendItem | None, columns: int) -> pg.LegendItem:
    """A fresh, empty legend in the top row of a chart's layout, replacing ``old``.

    pyqtgraph's ``LegendItem.clear()`` leaves the emptied rows in its grid layout, so a legend
    refilled a few times grows taller and taller; a new one does not.  (The plots' rows get a
    stretch factor, so the legend row keeps its natural height.)
    """
    if old is not None:
        layout.removeItem(old)
        old.setParentItem(None)
        if old.scene() is not None:
            old.scene().removeItem(old)
    legend = pg.LegendItem(colCount=columns, sampleType=StaticSample, frame=False)
    layout.addItem(legend, row=0, col=0)
    return legend


def cache_as_pixmap(item: QGraphicsItem) -> None:
    """Cache a static item (a legend, an axis label) and its children as screen pixmaps, so
    panning does not lay out and draw their text again in every frame."""
    item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    for child in item.childItems():
        cache_as_pixmap(child)


# --------------------------------------------------------------------------- plots


class LightPlot(pg.GraphicsWidget):
    """What the charts need of pyqtgraph's PlotItem: a ViewBox with a left and a bottom axis.

    PlotItem also builds a context menu and a control panel of Qt widgets for every plot
    (about 40 ms each); the Charts page has up to nine plots and offers its own menu, so it
    uses this instead.  The method names follow PlotItem's, so the code reads the same.
    """

    def __init__(self, bottom: pg.AxisItem | None = None, title: str | None = None) -> None:
        super().__init__()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.vb = pg.ViewBox(enableMenu=False)
        self.axes = {"left": pg.AxisItem("left"), "bottom": bottom or pg.AxisItem("bottom")}
        for axis in self.axes.values():
            axis.linkToView(self.vb)
        grid = QGraphicsGridLayout()
        grid.setContentsMargins(1, 1, 1, 1)
        grid.setHorizontalSpacing(0)
        grid.setVerticalSpacing(0)
        self.title = None
        row = 0
        if title is not None:
            self.title = pg.LabelItem(title, size="9pt", justify="left")
            grid.addItem(self.title, 0, 1)
            row = 1
        grid.addItem(self.axes["left"], row, 0)
        grid.addItem(self.vb, row, 1)
        grid.addItem(self.axes["bottom"], row + 1, 1)
        self.setLayout(grid)
        self.legend: pg.LegendItem | None = None
        self._downsample = False
        self._clip = False

    # items

    def addItem(self, item, ignoreBounds: bool = False) -> None:  # noqa: N803 (as PlotItem)
        self.vb.addItem(item, ignoreBounds=ignoreBounds)
        if isinstance(item, pg.PlotDataItem):
            item.setDownsampling(auto=self._downsample, method="peak")
            item.setClipToView(self._clip)
            if self.legend is not None and item.name():
                self.legend.addItem(item, item.name())

    def removeItem(self, item) -> None:
        if self.legend is not None and isinstance(item, pg.PlotDataItem):
            self.legend.removeItem(item)
        self.vb.removeItem(item)

    def plot(self, *args, **kwargs) -> pg.PlotDataItem:
        item = pg.PlotDataItem(*args, **kwargs)
        self.addItem(item)
        return item

    def addLegend(self, offset=(8, 4), **kwargs) -> pg.LegendItem:
        """A legend in the top left corner of the view.

        Placed with ``setPos`` rather than pyqtgraph's anchoring, whose signal connection to
        the ViewBox outlives the ViewBox when the page is closed and then raises.
        """
        self.legend = pg.LegendItem(offset=None, **kwargs)
        self.legend.setParentItem(self.vb)
        self.legend.setPos(QPointF(*offset))
        return self.legend

    def setDownsampling(self, auto: bool = True, mode: str = "peak") -> None:
        self._downsample = auto
        for item in self.vb.addedItems:
            if isinstance(item, pg.PlotDataItem):
                item.setDownsampling(auto=auto, method=mode)

    def setClipToView(self, clip: bool) -> None:
        self._clip = clip
        for item in self.vb.addedItems:
            if isinstance(item, pg.PlotDataItem):
                item.setClipToView(clip)

    # axes

    def getAxis(self, name: str) -> pg.AxisItem:
        return self.axes[name]

    def getViewBox(self) -> pg.ViewBox:
        return self.vb

    def setLabel(self, axis: str, text: str) -> None:
        self.axes[axis].setLabel(text)

    def showAxis(self, axis: str, show: bool = True) -> None:
        self.axes[axis].setVisible(show)

    def showGrid(self, x: bool, y: bool, alpha: float = 0.12) -> None:
        self.axes["bottom"].setGrid(int(alpha * 255) if x else False)
        self.axes["left"].setGrid(int(alpha * 255) if y else False)

    def setTitle(self, text: str) -> None:
        if self.title is not None:
            self.title.setText(text)

    # view

    def setXRange(self, lo: float, hi: float, padding: float = 0.0) -> None:
        self.vb.setXRange(lo, hi, padding=padding)

    def setYRange(self, lo: float, hi: float, padding: float = 0.0) -> None:
        self.vb.setYRange(lo, hi, padding=padding)

    def setMouseEnabled(self, x: bool = True, y: bool = True) -> None:
        self.vb.setMouseEnabled(x=x, y=y)

    def viewRange(self):
        return self.vb.viewRange()


# --------------------------------------------------------------------------- widgets


class ChartView(pg.GraphicsLayoutWidget):
    """The pyqtgraph canvas of one chart, with our own context menu (save as PNG / SVG).

    pyqtgraph's own menus are switched off: they offer options a parent does not need, and its
    SVG exporter fails with recent PySide6 releases.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scene().contextMenu = []  # no "Export..." entry from pyqtgraph
        self.save_actions: list[QAction] = []

    def contextMenuEvent(self, event) -> None:
        if not self.save_actions:
            return super().contextMenuEvent(event)
        menu = QMenu(self)
        menu.addActions(self.save_actions)
        self.popup(menu, event.globalPos())
        event.accept()

    def popup(self, menu: QMenu, position) -> None:
        """Show the context menu (a method of its own so tests can stand in for it)."""
        menu.exec(position)


class ChartPanel(QWidget):
    """One chart as the page shows it: a title with a Save button, the chart or a sentence
    saying why there is nothing to draw, and a line that reads out the point under the mouse.

    Its own strings use the context "ChartPanel" explicitly: ``self.tr`` would look them up
    under each subclass's name.
    """

    def __init__(self, title: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.name = name
        self.theme = ChartTheme.from_palette(self.palette())
        self._dirty = False
        self.title = QLabel(title, objectName=f"{name}Title")
        self.title.setFont(label_font(1.0, bold=True))
        self.view = ChartView()
        self.view.setObjectName(f"{name}View")
        self.view.setAccessibleName(title)
        self.sentence = QLabel(objectName=f"{name}Sentence")
        self.sentence.setWordWrap(True)
        self.sentence.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sentence.setAccessibleName(
            QCoreApplication.translate("ChartPanel", "Why the chart is empty")
        )
        self.sentence.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.readout = QLabel(" ", objectName=f"{name}Readout")
        self.readout.setAccessibleName(
            QCoreApplication.translate("ChartPanel", "Values under the mouse")
        )
        self.readout.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stack = QStackedWidget(objectName=f"{name}Stack")
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.sentence)
        self.save_button = self._save_button(name)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.readout)
        self.view.setBackground(self.theme.background)
        self.view.scene().sigMouseMoved.connect(self._mouse_moved)

    def _save_button(self, name: str) -> QToolButton:
        button = QToolButton(objectName=f"{name}SaveButton")
        button.setText(QCoreApplication.translate("ChartPanel", "Save chart…"))
        button.setAccessibleName(
            QCoreApplication.translate("ChartPanel", "Save this chart as a picture")
        )
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        png = QAction(
            QCoreApplication.translate("ChartPanel", "Save as PNG picture…"),
            self,
            objectName=f"{name}SavePng",
        )
        svg = QAction(
            QCoreApplication.translate("ChartPanel", "Save as SVG drawing…"),
            self,
            objectName=f"{name}SaveSvg",
        )
        png.triggered.connect(lambda: self.save_with_dialog("png"))
        svg.triggered.connect(lambda: self.save_with_dialog("svg"))
        menu.addActions([png, svg])
        button.setMenu(menu)
        self.view.save_actions = [png, svg]
        return button

    # ----------------------------------------------------------------- drawing

    def redraw(self) -> None:
        """Draw now if the chart is on screen, else when it is next shown.

        Charts on hidden tabs then cost nothing when the page is built or the range changes.
        """
        if self.isVisible():
            self._dirty = False
            self._draw()
        else:
            self._dirty = True

    def ensure_drawn(self) -> None:
        """Draw what a hidden chart put off (e.g. before saving it)."""
        if self._dirty:
            self._dirty = False
            self._draw()

    def showEvent(self, event) -> None:
        self.ensure_drawn()
        super().showEvent(event)

    def _draw(self) -> None:
        """Draw the chart from the current data (subclasses)."""

    # ----------------------------------------------------------------- states

    @property
    def showing_chart(self) -> bool:
        return self.stack.currentWidget() is self.view

    def show_sentence(self, text: str) -> None:
        """Replace the chart by a sentence (empty or too sparse data)."""
        self.sentence.setText(text)
        self.stack.setCurrentWidget(self.sentence)
        self.save_button.setEnabled(False)
        self.readout.setText(" ")

    def show_chart(self) -> None:
        self.stack.setCurrentWidget(self.view)
        self.save_button.setEnabled(True)

    # ----------------------------------------------------------------- saving

    def save_with_dialog(self, fmt: str) -> None:
        """Ask where to save (see :func:`export.ask_save_path`), then write the file."""
        path = export.ask_save_path(self, self.title.text(), f"{self.name}.{fmt}", fmt)
        if path is not None:
            self.save(path)

    def save(self, path) -> None:
        self.ensure_drawn()
        export.save_view(self.view, path, self.theme.background, self.title.text())

    # ----------------------------------------------------------------- theme and hover

    def changeEvent(self, event) -> None:
        palette_events = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
        if event.type() in palette_events:
            self.update_theme()
        super().changeEvent(event)

    def update_theme(self) -> None:
        """Follow the palette (light/dark); nothing is redrawn if the colours did not change."""
        theme = ChartTheme.from_palette(self.palette())
        if theme == self.theme:
            return
        self.theme = theme
        self.view.setBackground(theme.background)
        self.apply_theme()

    def apply_theme(self) -> None:
        """Restyle every item from ``self.theme`` (subclasses redraw)."""

    def _mouse_moved(self, scene_pos: QPointF) -> None:
        text = self.readout_at_scene(scene_pos)
        self.readout.setText(text or " ")

    def readout_at_scene(self, scene_pos: QPointF) -> str:
        """The sentence describing the data under ``scene_pos`` ("" when there is none)."""
        return ""


def plot_x_at(plots: Sequence["LightPlot"], scene_pos: QPointF) -> tuple["LightPlot", QPointF]:
    """The plot under a scene position and the position in its data coordinates."""
    for plot in plots:
        if plot.isVisible() and plot.sceneBoundingRect().contains(scene_pos):
            return plot, plot.vb.mapSceneToView(scene_pos)
    return None, QPointF()
