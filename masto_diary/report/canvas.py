"""A QPainter on a PDF page that takes every length in points (1/72 inch).

The writer runs at a high resolution so text metrics are exact (no hinting at 72 dpi), and
this class converts points to device units in one place: the layout and the charts think in
points, like a typesetter, and never see the writer's resolution.  Text is drawn with
``drawText`` so it stays real, selectable and searchable text with the font embedded.
"""

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QPaintDevice,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QTransform,
)

PREFERRED_FAMILIES: tuple[str, ...] = ("DejaVu Sans", "Noto Sans", "Arial", "Helvetica")
"""DejaVu Sans first: it covers Italian accents, arrows and ≥, and it is free to embed."""

NO_LIGATURES = QFont.Tag("liga")
WRAP = Qt.TextFlag.TextWordWrap
WRAP_ANYWHERE = Qt.TextFlag.TextWrapAnywhere
LEFT = Qt.AlignmentFlag.AlignLeft
RIGHT = Qt.AlignmentFlag.AlignRight
CENTER = Qt.AlignmentFlag.AlignHCenter
TOP = Qt.AlignmentFlag.AlignTop
VCENTER = Qt.AlignmentFlag.AlignVCenter
BOTTOM = Qt.AlignmentFlag.AlignBottom

BLACK = QColor("#1a1a1a")
GREY = QColor("#6b6b6b")
LIGHT_GREY = QColor("#d9d9d9")
FAINT = QColor("#f2f2f2")


def report_family() -> str:
    """The first installed family of :data:`PREFERRED_FAMILIES`, else the default font's."""
    installed = set(QFontDatabase.families())
    for family in PREFERRED_FAMILIES:
        if family in installed:
            return family
    return QFont().family()


class Canvas:
    """Drawing and text measuring in points on one paint device (see the module doc)."""

    def __init__(self, painter: QPainter, device: QPaintDevice, family: str | None = None):
        self.painter = painter
        self.device = device
        self.k = device.logicalDpiX() / 72.0
        self.family = family or report_family()
        self._fonts: dict[tuple[float, bool, bool], QFont] = {}
        self._metrics: dict[tuple[float, bool, bool], QFontMetricsF] = {}
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)

    # ----------------------------------------------------------------- fonts and text

    def font(self, size: float = 8.5, bold: bool = False, italic: bool = False) -> QFont:
        """The report font at ``size`` points (cached)."""
        key = (size, bold, italic)
        if key not in self._fonts:
            font = QFont(self.family)
            font.setPointSizeF(size)
            font.setBold(bold)
            font.setItalic(italic)
            font.setKerning(True)
            font.setFeature(NO_LIGATURES, 0)  # "fi" stays two letters: search finds "figures"
            self._fonts[key] = font
        return self._fonts[key]

    def _fm(self, font: QFont) -> QFontMetricsF:
        key = (font.pointSizeF(), font.bold(), font.italic())
        if key not in self._metrics:
            self._metrics[key] = QFontMetricsF(font, self.device)
        return self._metrics[key]

    def line_height(self, font: QFont) -> float:
        """Height of one line of ``font`` in points."""
        return self._fm(font).lineSpacing() / self.k

    def text_width(self, text: str, font: QFont) -> float:
        """Width of ``text`` on one line, in points."""
        return self._fm(font).horizontalAdvance(text) / self.k

    def wrap_flag(self, text: str, font: QFont, width: float) -> Qt.TextFlag:
        """Wrap at word boundaries, or anywhere when one word is wider than ``width``.

        Qt's word wrap never breaks a word: "Gastrointestinale" in a narrow column, or a title
        without spaces, would run over the next column or off the page.
        """
        fm = self._fm(font)
        room = width * self.k
        if any(fm.horizontalAdvance(word) > room for word in text.split()):
            return WRAP_ANYWHERE
        return WRAP

    def text_height(self, text: str, font: QFont, width: float) -> float:
        """Height of ``text`` wrapped to ``width`` points (at least one line)."""
        if not text:
            return self.line_height(font)
        box = QRectF(0, 0, width * self.k, 1e7)
        flags = int(LEFT | TOP | self.wrap_flag(text, font, width))
        return self._fm(font).boundingRect(box, flags, text).height() / self.k

    def elide(self, text: str, font: QFont, width: float) -> str:
        """``text`` cut with "…" to fit ``width`` points on one line."""
        return self._fm(font).elidedText(text, Qt.TextElideMode.ElideRight, width * self.k)

    def fit_lines(self, text: str, font: QFont, width: float, height: float) -> tuple[str, bool]:
        """The longest start of ``text`` (whole lines) that fits the box, and whether it was cut."""
        if self.text_height(text, font, width) <= height:
            return text, False
        lines = text.splitlines()
        kept: list[str] = []
        for line in lines:
            trial = "\n".join([*kept, line, "…"])
            if self.text_height(trial, font, width) > height:
                break
            kept.append(line)
        return "\n".join([*kept, "…"]), True

    def text(
        self,
        x: float,
        y: float,
        width: float,
        height: float,
        text: str,
        font: QFont,
        align: Qt.AlignmentFlag = LEFT | TOP,
        color: QColor = BLACK,
        wrap: bool = True,
    ) -> None:
        """Draw ``text`` in the box (points); wrapped unless ``wrap`` is false."""
        p = self.painter
        p.setFont(font)
        p.setPen(color)
        flags = int(align | self.wrap_flag(text, font, width)) if wrap else int(align)
        p.drawText(self._rect(x, y, width, height), flags, text)

    # ----------------------------------------------------------------- shapes

    def _rect(self, x: float, y: float, w: float, h: float) -> QRectF:
        k = self.k
        return QRectF(x * k, y * k, w * k, h * k)

    def _pen(self, color: QColor, width: float, dash: Sequence[float] | None = None) -> QPen:
        pen = QPen(color)
        pen.setWidthF(width * self.k)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        if dash:
            pen.setDashPattern([d / width for d in dash])
        return pen

    def line(
        self,
        x1: float,
        y1: float,
        x2: float,
        y2: float,
        color: QColor = BLACK,
        width: float = 0.5,
        dash: Sequence[float] | None = None,
    ) -> None:
        """A straight line; ``dash`` is a pattern of on/off lengths in points."""
        k = self.k
        self.painter.setPen(self._pen(color, width, dash))
        self.painter.drawLine(QPointF(x1 * k, y1 * k), QPointF(x2 * k, y2 * k))

    def rect(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        fill: QColor | None = None,
        stroke: QColor | None = None,
        width: float = 0.5,
    ) -> None:
        """A rectangle, filled and/or outlined."""
        p = self.painter
        p.setPen(self._pen(stroke, width) if stroke is not None else Qt.PenStyle.NoPen)
        p.setBrush(QBrush(fill) if fill is not None else Qt.BrushStyle.NoBrush)
        p.drawRect(self._rect(x, y, w, h))

    def path(self, path: QPainterPath, color: QColor, width: float = 0.8, dash=None) -> None:
        """Stroke a path built in points (see :meth:`polyline_path`) with the pen of
        :meth:`line`, so a dashed line and its legend swatch print with one dash pattern (a pen
        under a scaled painter printed the dashes of the 'all cycles' line solid)."""
        p = self.painter
        pen = self._pen(color, width, dash)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(QTransform.fromScale(self.k, self.k).map(path))

    def fill_path(self, path: QPainterPath, color: QColor) -> None:
        """Fill a path built in points."""
        p = self.painter
        p.save()
        p.scale(self.k, self.k)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QBrush(color))
        p.drawPath(path)
        p.restore()

    def polygon(self, points: Sequence[tuple[float, float]], fill: QColor | None, stroke=None):
        """A closed polygon in points."""
        k = self.k
        p = self.painter
        p.setPen(self._pen(stroke, 0.6) if stroke is not None else Qt.PenStyle.NoPen)
        p.setBrush(QBrush(fill) if fill is not None else Qt.BrushStyle.NoBrush)
        p.drawPolygon(QPolygonF([QPointF(x * k, y * k) for x, y in points]))

    def circle(self, x: float, y: float, r: float, fill: QColor | None, stroke=None) -> None:
        """A circle of radius ``r`` around (x, y); hollow when ``fill`` is None."""
        k = self.k
        p = self.painter
        p.setPen(self._pen(stroke, 0.7) if stroke is not None else Qt.PenStyle.NoPen)
        p.setBrush(QBrush(fill) if fill is not None else Qt.BrushStyle.NoBrush)
        p.drawEllipse(QPointF(x * k, y * k), r * k, r * k)
