"""Light-weight pyqtgraph items that draw many marks in one ``paint`` call.

A 10-year diary has 260 injections, 13 overdue periods and thousands of days; one
QGraphicsItem per injection line or label (pyqtgraph's InfiniteLine, TextItem) made pan and
zoom visibly slower.  These items keep their marks in numpy arrays, draw only what is in view,
and draw text in screen pixels (so it never stretches with the zoom), skipping labels that
would overlap.
"""

import math
from collections.abc import Sequence
from typing import NamedTuple

import numpy as np
import pyqtgraph as pg
from pyqtgraph.Qt.internals import PrimitiveArray
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainterPath, QPen


def label_font(point_size_delta: float = -1.0, bold: bool = False) -> QFont:
    font = QFont()
    if font.pointSizeF() > 0:
        font.setPointSizeF(max(6.0, font.pointSizeF() + point_size_delta))
    font.setBold(bold)
    return font


def _device_transform(item: pg.GraphicsObject):
    """Item -> screen pixel transform (pyqtgraph renamed its helper in 0.14)."""
    getter = getattr(item, "deviceTransform_", None)
    return getter() if getter is not None else item.deviceTransform()


class ViewSpanningItem(pg.GraphicsObject):
    """Base for items that span the view's full height (lines, shaded periods)."""

    def __init__(self) -> None:
        super().__init__()
        self._bounds: QRectF | None = None
        self._lo = self._hi = 0.0
        self._empty = True

    def _set_extent(self, lo: float, hi: float, empty: bool) -> None:
        self.prepareGeometryChange()
        self._lo, self._hi, self._empty = lo, hi, empty
        self._bounds = None
        self.update()

    def viewTransformChanged(self) -> None:
        self.prepareGeometryChange()
        self._bounds = None
        super().viewTransformChanged()

    def boundingRect(self) -> QRectF:
        if self._bounds is None:
            view = self.viewRect()
            if view is None or self._empty:
                self._bounds = QRectF()
            else:
                pad = view.width() * 0.02
                width = max(self._hi - self._lo, 0.0) + 2 * pad
                self._bounds = QRectF(self._lo - pad, view.top(), width, view.height())
        return self._bounds


class EventLinesItem(ViewSpanningItem):
    """Vertical lines at ``xs`` across the whole plot, each with an optional label at the top.

    Labels are horizontal when there is room between neighbours, turned upright when the lines
    are close, and skipped when even that would overlap.  ``max_lines`` turns a plot's lines
    off when more than that many are in view (guides in small plots only help when sparse).
    """

    def __init__(
        self, pen: QPen, text_colour: QColor | None = None, max_lines: int | None = None
    ) -> None:
        super().__init__()
        self._pen = pen
        self._text_colour = text_colour
        self._max_lines = max_lines
        self._font = label_font(-1.0)
        self._xs = np.zeros(0)
        self._labels: tuple[str, ...] = ()
        self._widths = np.zeros(0)
        self._lines = PrimitiveArray(QLineF, 4)

    @property
    def xs(self) -> np.ndarray:
        """The x of every line (read by tests and the hover readout)."""
        return self._xs

    @property
    def labels(self) -> tuple[str, ...]:
        return self._labels

    def set_style(self, pen: QPen, text_colour: QColor | None) -> None:
        self._pen, self._text_colour = pen, text_colour
        self.update()

    def set_events(self, xs: Sequence[float], labels: Sequence[str] = ()) -> None:
        self._xs = np.asarray(xs, dtype=np.float64)
        self._labels = tuple(labels)
        metrics = QFontMetricsF(self._font)
        self._widths = np.array([metrics.horizontalAdvance(text) for text in self._labels])
        empty = len(self._xs) == 0
        lo, hi = (0.0, 0.0) if empty else (float(self._xs.min()), float(self._xs.max()))
        self._set_extent(lo, hi, empty)

    def paint(self, painter, *_args) -> None:
        view = self.viewRect()
        if view is None or not len(self._xs):
            return
        shown = np.flatnonzero((self._xs >= view.left()) & (self._xs <= view.right()))
        if self._max_lines is not None and len(shown) > self._max_lines:
            return
        self._lines.resize(len(shown))
        lines = self._lines.ndarray()
        lines[:, 0] = lines[:, 2] = self._xs[shown]
        lines[:, 1], lines[:, 3] = view.top(), view.bottom()
        painter.setPen(self._pen)
        painter.drawLines(*self._lines.drawargs())
        if self._labels and self._text_colour is not None:
            self._paint_labels(painter, view, shown)

    def _paint_labels(self, painter, view: QRectF, shown: np.ndarray) -> None:
        device = _device_transform(self)
        if device is None or device.m11() == 0 or device.m22() == 0 or not len(shown):
            return
        metrics = QFontMetricsF(self._font)
        screen = self._xs[shown] * device.m11()
        gaps = np.diff(screen) if len(screen) > 1 else np.array([np.inf])
        widest = float(self._widths[shown].max())
        upright = bool(gaps.min() < widest + 8)
        step = metrics.height() + 2 if upright else widest + 8
        painter.setFont(self._font)
        painter.setPen(self._text_colour)
        last = -math.inf
        for index, x_screen in zip(shown, screen, strict=True):
            if x_screen - last < step:
                continue
            last = x_screen
            painter.save()
            painter.translate(self._xs[index], view.bottom())
            painter.scale(1.0 / device.m11(), 1.0 / device.m22())  # now in screen pixels
            text = self._labels[index]
            if upright:
                painter.rotate(-90)
                painter.drawText(QPointF(-self._widths[index] - 4, metrics.ascent() + 2), text)
            else:
                painter.drawText(QPointF(3, metrics.ascent() + 2), text)
            painter.restore()


class DayBarsItem(pg.GraphicsObject):
    """One bar per day, drawn fast however long the diary.

    Only the days in view are drawn, and when several days share one screen pixel only the
    tallest is drawn (as pyqtgraph's "peak" downsampling does for curves), so a 10-year diary
    pans as smoothly as a month.  ``x`` must be sorted.
    """

    def __init__(self, brush: QColor, width: float) -> None:
        super().__init__()
        self._brush = brush
        self._width = width
        self._x = np.zeros(0)
        self._heights = np.zeros(0)
        self._bounds = QRectF()
        self._rects = PrimitiveArray(QRectF, 4)

    @property
    def x(self) -> np.ndarray:
        return self._x

    @property
    def heights(self) -> np.ndarray:
        return self._heights

    def set_brush(self, brush: QColor) -> None:
        self._brush = brush
        self.update()

    def set_data(self, x: np.ndarray, heights: np.ndarray) -> None:
        self.prepareGeometryChange()
        self._x = np.asarray(x, dtype=np.float64)
        self._heights = np.asarray(heights, dtype=np.float64)
        if len(self._x):
            left = float(self._x[0]) - self._width / 2
            span = float(self._x[-1] - self._x[0]) + self._width
            self._bounds = QRectF(left, 0.0, span, max(float(self._heights.max()), 0.0))
        else:
            self._bounds = QRectF()
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter, *_args) -> None:
        view = self.viewRect()
        if view is None or not len(self._x):
            return
        lo = int(np.searchsorted(self._x, view.left() - self._width, side="left"))
        hi = int(np.searchsorted(self._x, view.right() + self._width, side="right"))
        x, heights, width = self._x[lo:hi], self._heights[lo:hi], self._width
        pixel = self.pixelWidth()
        if len(x) > 1 and pixel > 0 and width < pixel:  # several days per pixel: keep peaks
            bucket = np.floor((x - view.left()) / pixel).astype(np.int64)
            starts = np.flatnonzero(np.diff(bucket, prepend=bucket[0] - 1))
            heights = np.maximum.reduceat(heights, starts)
            x = view.left() + (bucket[starts] + 0.5) * pixel
            width = pixel
        self._rects.resize(len(x))
        rects = self._rects.ndarray()
        rects[:, 0] = x - width / 2
        rects[:, 1] = 0.0
        rects[:, 2] = width
        rects[:, 3] = heights
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._brush)
        painter.drawRects(*self._rects.drawargs())


class SpansItem(ViewSpanningItem):
    """Shaded x periods across the whole plot height (e.g. days a dose was overdue)."""

    def __init__(self, colour: QColor) -> None:
        super().__init__()
        self._colour = colour
        self._spans: tuple[tuple[float, float], ...] = ()

    @property
    def spans(self) -> tuple[tuple[float, float], ...]:
        return self._spans

    def set_colour(self, colour: QColor) -> None:
        self._colour = colour
        self.update()

    def set_spans(self, spans: Sequence[tuple[float, float]]) -> None:
        self._spans = tuple((float(a), float(b)) for a, b in spans)
        empty = not self._spans
        lo = min((a for a, _ in self._spans), default=0.0)
        hi = max((b for _, b in self._spans), default=0.0)
        self._set_extent(lo, hi, empty)

    def paint(self, painter, *_args) -> None:
        view = self.viewRect()
        if view is None:
            return
        for lo, hi in self._spans:
            if hi >= view.left() and lo <= view.right():
                painter.fillRect(QRectF(lo, view.top(), hi - lo, view.height()), self._colour)


class BandItem(pg.GraphicsObject):
    """A filled band between two curves (an interquartile range); gaps (NaN) split it."""

    def __init__(self, colour: QColor) -> None:
        super().__init__()
        self._colour = colour
        self._path = QPainterPath()

    def set_colour(self, colour: QColor) -> None:
        self._colour = colour
        self.update()

    def set_band(self, x: np.ndarray, low: np.ndarray, high: np.ndarray) -> None:
        self.prepareGeometryChange()
        path = QPainterPath()
        finite = np.isfinite(low) & np.isfinite(high)
        for run in _runs(finite):
            xs, lows, highs = x[run], low[run], high[run]
            path.moveTo(xs[0], lows[0])
            for xi, yi in zip(xs[1:], lows[1:], strict=True):
                path.lineTo(xi, yi)
            for xi, yi in zip(xs[::-1], highs[::-1], strict=True):
                path.lineTo(xi, yi)
            path.closeSubpath()
        self._path = path
        self.update()

    def boundingRect(self) -> QRectF:
        return self._path.boundingRect()

    def paint(self, painter, *_args) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._colour)
        painter.drawPath(self._path)


def _runs(mask: np.ndarray) -> list[slice]:
    """Slices of the consecutive ``True`` runs of a bool array."""
    edges = np.diff(np.concatenate(([0], mask.astype(np.int8), [0])))
    starts, stops = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
    return [slice(a, b) for a, b in zip(starts, stops, strict=True)]


class Label(NamedTuple):
    """A text at a data point; ``room`` (data x units) is how far it may run to the right,
    and ``short`` is drawn instead when ``text`` does not fit (nothing if that does not fit)."""

    x: float
    y: float
    text: str
    short: str = ""
    room: float = math.inf


class LabelsItem(pg.GraphicsObject):
    """Text labels at data points, in screen pixels, offset by (dx, dy); overlapping ones skip.

    ``dy`` is the baseline offset in pixels (positive = down), so ``dy=4`` centres a line of
    text on the point.
    """

    def __init__(self, colour: QColor, bold: bool = False, dx: float = 4, dy: float = -4) -> None:
        super().__init__()
        self._colour = colour
        self._font = label_font(-1.0, bold)
        self._dx, self._dy = dx, dy
        self._labels: tuple[Label, ...] = ()
        self._widths: dict[str, float] = {}
        self._data = QRectF()

    @property
    def texts(self) -> tuple[str, ...]:
        return tuple(item.text for item in self._labels)

    @property
    def labels(self) -> tuple[Label, ...]:
        return self._labels

    def set_colour(self, colour: QColor) -> None:
        self._colour = colour
        self.update()

    def set_labels(self, labels: Sequence[Label | tuple]) -> None:
        self.prepareGeometryChange()
        self._labels = tuple(sorted(Label(*item) for item in labels))
        metrics = QFontMetricsF(self._font)
        self._widths = {
            text: metrics.horizontalAdvance(text)
            for item in self._labels
            for text in (item.text, item.short)
            if text
        }
        xs = [item.x for item in self._labels]
        ys = [item.y for item in self._labels]
        self._data = (
            QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)) if xs else QRectF()
        )
        self.update()

    def viewTransformChanged(self) -> None:
        self.prepareGeometryChange()
        super().viewTransformChanged()

    def boundingRect(self) -> QRectF:
        if not self._labels:
            return QRectF()
        device = _device_transform(self)
        if device is None or device.m11() == 0 or device.m22() == 0:
            return self._data
        pad_x, pad_y = 400 / abs(device.m11()), 60 / abs(device.m22())
        return self._data.adjusted(-pad_x, -pad_y, pad_x, pad_y)

    def _fitting_text(self, item: Label, scale_x: float) -> str:
        room = item.room * abs(scale_x) - self._dx - 2
        for text in (item.text, item.short):
            if text and self._widths[text] <= room:
                return text
        return ""

    def paint(self, painter, *_args) -> None:
        device = _device_transform(self)
        if device is None or device.m11() == 0 or device.m22() == 0 or not self._labels:
            return
        metrics = QFontMetricsF(self._font)
        view = self.viewRect()
        right_edge = device.map(QPointF(view.right(), 0)).x() if view is not None else math.inf
        painter.setFont(self._font)
        painter.setPen(self._colour)
        drawn: list[QRectF] = []
        for item in self._labels:
            text = self._fitting_text(item, device.m11())
            if not text:
                continue
            screen = device.map(QPointF(item.x, item.y))
            width = self._widths[text]
            dx = self._dx
            if screen.x() + dx + width > right_edge:  # would be cut off: put it on the left
                dx = -abs(self._dx) - width
            box = QRectF(
                screen.x() + dx, screen.y() + self._dy - metrics.ascent(), width, metrics.height()
            )
            if any(box.intersects(other) for other in drawn[-12:]):
                continue
            drawn.append(box)
            painter.save()
            painter.translate(item.x, item.y)
            painter.scale(1.0 / device.m11(), 1.0 / device.m22())
            painter.drawText(QPointF(dx, self._dy), text)
            painter.restore()


class StaticSample(pg.ItemSample):
    """A legend sample that does not hide its item when clicked (many samples are stand-ins)."""

    def mouseClickEvent(self, event) -> None:
        event.ignore()
