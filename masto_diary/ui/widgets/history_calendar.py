"""The History page's month grid: a table model of the month, its painter, view and legend.

Each day is shaded by its daily symptom score on a single-hue light-to-dark blue scale (blue
stays readable for the common colour-vision deficiencies, and lighter = milder needs no
colour at all); the score is also written in the cell.  A day without an entry is not shaded
as a zero: it keeps the background, hatched, with a dash.  Marks are told apart by shape:
a dot per episode, a triangle for anaphylaxis, a diamond for an injection.  The scale follows
the palette, so it also works on a dark desktop.
"""

import calendar as _calendar
import datetime as dt

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QKeyEvent,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from masto_diary.enums import EpisodeKind
from masto_diary.services.calendar import DaySummary, MonthSummary
from masto_diary.ui.formatting import long_date, to_qdate
from masto_diary.words.labels import EPISODE_KIND_LABELS, label
from masto_diary.words.sentence import fill_in

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()

DAY_ROLE = Qt.ItemDataRole.UserRole  # dt.date of the cell (None outside the month)
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1  # DaySummary
SHADE_ROLE = Qt.ItemDataRole.UserRole + 2  # shade level 0..5, or None (no score)
FUTURE_ROLE = Qt.ItemDataRole.UserRole + 3  # bool
TODAY_ROLE = Qt.ItemDataRole.UserRole + 4  # bool

# Upper bounds (inclusive) of the daily symptom score for shade levels 0..5; above: level 5.
SHADE_BOUNDS: tuple[int, ...] = (0, 2, 5, 9, 14)
LIGHT_SCALE = ("#eff3ff", "#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c")  # Blues
DARK_SCALE = ("#1b2838", "#1d3b5c", "#245584", "#3474b5", "#6a9fd8", "#b7d5f4")
ANAPHYLAXIS_COLOUR = QColor("#d7301f")


def shade_level(dss: int | None) -> int | None:
    """Which of the six shades a daily symptom score gets; None for no score (not a zero)."""
    if dss is None:
        return None
    for level, bound in enumerate(SHADE_BOUNDS):
        if dss <= bound:
            return level
    return len(SHADE_BOUNDS)


def shade_ranges() -> list[str]:
    """The scores each shade stands for, for the legend: "0", "1–2", …, "15+"."""
    ranges, low = [], 0
    for bound in SHADE_BOUNDS:
        ranges.append(str(bound) if bound == low else f"{low}–{bound}")
        low = bound + 1
    return [*ranges, f"{low}+"]


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def shade_colour(level: int, palette: QPalette) -> QColor:
    """Light to dark on a light desktop; dim to bright on a dark one (more = stronger)."""
    return QColor((DARK_SCALE if is_dark(palette) else LIGHT_SCALE)[level])


def text_colour_on(fill: QColor) -> QColor:
    """Black or white, whichever reads better on ``fill``."""
    luminance = 0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF()
    return QColor("#000000") if luminance > 0.5 else QColor("#ffffff")


# --------------------------------------------------------------------------- model


class MonthModel(QAbstractTableModel):
    """The month as weeks (rows) × weekdays (columns); testable without any widget.

    Cells outside the month are empty and disabled; future days are shown but disabled (they
    cannot be opened).  The week starts on the locale's first day of the week.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self._month: MonthSummary | None = None
        self._today = dt.date.today()
        self._first_weekday = QLocale().firstDayOfWeek().value  # 1 Monday … 7 Sunday
        self._offset = 0
        self._weeks = 0

    def set_month(
        self, month: MonthSummary, today: dt.date, first_weekday: int | None = None
    ) -> None:
        self.beginResetModel()
        self._month, self._today = month, today
        if first_weekday is not None:
            self._first_weekday = first_weekday
        first = dt.date(month.year, month.month, 1)
        self._offset = (first.isoweekday() - self._first_weekday) % 7
        self._weeks = -(-(self._offset + len(month.days)) // 7)
        self.endResetModel()

    @property
    def month(self) -> MonthSummary | None:
        return self._month

    def day_at(self, index: Index) -> dt.date | None:
        if self._month is None or not index.isValid():
            return None
        number = index.row() * 7 + index.column() - self._offset + 1
        if 1 <= number <= len(self._month.days):
            return dt.date(self._month.year, self._month.month, number)
        return None

    def index_of(self, day: dt.date) -> QModelIndex:
        if self._month is None or (day.year, day.month) != (self._month.year, self._month.month):
            return QModelIndex()
        cell = self._offset + day.day - 1
        return self.index(cell // 7, cell % 7)

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else self._weeks

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        weekday = (self._first_weekday - 1 + section) % 7 + 1
        if role == Qt.ItemDataRole.DisplayRole:
            return QLocale().dayName(weekday, QLocale.FormatType.ShortFormat)
        if role == Qt.ItemDataRole.ToolTipRole:
            return QLocale().dayName(weekday, QLocale.FormatType.LongFormat)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        day = self.day_at(index)
        if day is None:
            return Qt.ItemFlag.NoItemFlags
        if day > self._today:
            return Qt.ItemFlag.ItemIsSelectable  # seen, not opened
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        day = self.day_at(index)
        if day is None or self._month is None:
            return None
        summary = self._month.day(day)
        if role == Qt.ItemDataRole.DisplayRole:
            return str(day.day)
        if role == DAY_ROLE:
            return day
        if role == SUMMARY_ROLE:
            return summary
        if role == SHADE_ROLE:
            return shade_level(summary.dss)
        if role == FUTURE_ROLE:
            return day > self._today
        if role == TODAY_ROLE:
            return day == self._today
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.describe(summary)
        return None

    def describe(self, summary: DaySummary) -> str:
        """The day in words (tooltip and screen readers): nothing is told by colour alone."""
        parts = [long_date(summary.day)]
        if summary.day > self._today:
            parts.append(self.tr("in the future"))
        elif not summary.has_entry:
            parts.append(self.tr("no entry"))
        elif summary.dss is None:
            parts.append(self.tr("entry without symptom scores"))
        else:
            parts.append(fill_in(self.tr("daily symptom score %1"), summary.dss))
        if summary.episodes:
            kinds = ", ".join(label(EPISODE_KIND_LABELS, kind) for kind in summary.episodes)
            count = len(summary.episodes)
            episodes = (
                self.tr("1 episode")
                if count == 1
                else QCoreApplication.translate("MonthModel", "%n episodes", None, count)
            )
            parts.append(f"{episodes} ({kinds})")
        if summary.injection:
            parts.append(self.tr("injection given"))
        return " · ".join(parts)


# --------------------------------------------------------------------------- painting


def paint_shade(painter: QPainter, rect: QRectF, level: int | None, palette: QPalette) -> QColor:
    """Fill ``rect`` for a shade level (None: hatched background); returns the text colour."""
    if level is None:
        painter.fillRect(rect, palette.color(QPalette.ColorRole.Base))
        hatch = QColor(palette.color(QPalette.ColorRole.Text))
        hatch.setAlpha(45)
        painter.fillRect(rect, QBrush(hatch, Qt.BrushStyle.BDiagPattern))
        return palette.color(QPalette.ColorRole.Text)
    fill = shade_colour(level, palette)
    painter.fillRect(rect, fill)
    return text_colour_on(fill)


def paint_episode_dot(painter: QPainter, centre: QPointF, radius: float, colour: QColor) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(centre, radius, radius)


def paint_anaphylaxis(painter: QPainter, centre: QPointF, size: float, outline: QColor) -> None:
    """A red triangle with a white "!" and an outline: its shape alone tells it apart."""
    half = size / 2
    triangle = QPolygonF(
        [
            QPointF(centre.x(), centre.y() - half),
            QPointF(centre.x() + half, centre.y() + half * 0.8),
            QPointF(centre.x() - half, centre.y() + half * 0.8),
        ]
    )
    painter.setPen(QPen(outline, 1.2))
    painter.setBrush(ANAPHYLAXIS_COLOUR)
    painter.drawPolygon(triangle)
    painter.setPen(QPen(QColor("#ffffff"), max(1.2, size / 9)))
    painter.drawLine(
        QPointF(centre.x(), centre.y() - half * 0.35), QPointF(centre.x(), centre.y() + half * 0.2)
    )
    painter.drawPoint(QPointF(centre.x(), centre.y() + half * 0.5))


def paint_injection(painter: QPainter, centre: QPointF, size: float, colour: QColor) -> None:
    half = size / 2
    diamond = QPolygonF(
        [
            QPointF(centre.x(), centre.y() - half),
            QPointF(centre.x() + half, centre.y()),
            QPointF(centre.x(), centre.y() + half),
            QPointF(centre.x() - half, centre.y()),
        ]
    )
    painter.setPen(QPen(colour, 1.5))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPolygon(diamond)
    painter.setBrush(colour)
    painter.drawEllipse(centre, half * 0.3, half * 0.3)


class DayDelegate(QStyledItemDelegate):
    """Paints a day: shade, day number, score, marks; focus and today are outlined."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        day = index.data(DAY_ROLE)
        palette = option.palette
        rect = QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if day is None:
            painter.restore()
            return
        summary: DaySummary = index.data(SUMMARY_ROLE)
        future = bool(index.data(FUTURE_ROLE))
        if future:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Window))
            ink = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        else:
            ink = paint_shade(painter, rect, index.data(SHADE_ROLE), palette)
        self._paint_texts(painter, rect, option, summary, ink, future)
        self._paint_marks(painter, rect, summary, ink)
        self._paint_outline(painter, rect, option, bool(index.data(TODAY_ROLE)))
        painter.restore()

    def _paint_texts(self, painter, rect, option, summary, ink: QColor, future: bool) -> None:
        font = option.font
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(ink)
        inner = rect.adjusted(6, 4, -6, -4)
        painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                         str(summary.day.day))  # fmt: skip
        if future:
            return
        font.setBold(False)
        font.setPointSizeF(font.pointSizeF() * 1.05)
        painter.setFont(font)
        score = "—" if summary.dss is None else str(summary.dss)
        painter.drawText(inner, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, score)

    def _paint_marks(self, painter, rect: QRectF, summary: DaySummary, ink: QColor) -> None:
        size = max(8.0, min(14.0, rect.height() / 4))
        x = rect.right() - 6 - size / 2
        y = rect.top() + 6 + size / 2
        if summary.anaphylaxis:
            paint_anaphylaxis(painter, QPointF(x, y), size * 1.3, ink)
            x -= size * 1.5
        others = [k for k in summary.episodes if k != EpisodeKind.ANAPHYLAXIS]
        for _ in others[:3]:
            paint_episode_dot(painter, QPointF(x, y), size / 2.6, ink)
            x -= size * 0.9
        if len(others) > 3:
            painter.setPen(ink)
            painter.drawText(QPointF(x - size / 2, y + size / 3), "+")
        if summary.injection:
            centre = QPointF(rect.left() + 6 + size / 2, rect.bottom() - 6 - size / 2)
            paint_injection(painter, centre, size * 1.2, ink)

    def _paint_outline(self, painter, rect: QRectF, option, today: bool) -> None:
        """The chosen day gets a thick ring in the text colour with a base-coloured inner line,
        visible on the palest and the darkest shade; today is a dashed ring."""
        palette = option.palette
        ink = palette.color(QPalette.ColorRole.Text)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(QPen(ink, 4))
            painter.drawRect(rect.adjusted(2, 2, -2, -2))
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Base), 1.5))
            painter.drawRect(rect.adjusted(4.5, 4.5, -4.5, -4.5))
        elif today:
            painter.setPen(QPen(ink, 2, Qt.PenStyle.DashLine))
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
        else:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 0.6))
            painter.drawRect(rect)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return QSize(72, 52)


# --------------------------------------------------------------------------- view


class MonthView(QTableView):
    """The grid; PgUp/PgDn page months (Ctrl: years), Enter or a click chooses a day."""

    day_chosen = Signal(object)  # dt.date
    month_step = Signal(int)  # months to move by

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("historyCalendar")
        self.setAccessibleName(self.tr("Month calendar"))
        self.setItemDelegate(DayDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setShowGrid(False)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setHighlightSections(False)
        self.setMinimumSize(7 * 60, 6 * 44 + 30)
        self.clicked.connect(self._choose)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        years = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            step = -1 if key == Qt.Key.Key_PageUp else 1
            self.month_step.emit(step * (12 if years else 1))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._choose(self.currentIndex())
        else:
            super().keyPressEvent(event)

    def _choose(self, index: QModelIndex) -> None:
        if index.isValid() and index.flags() & Qt.ItemFlag.ItemIsEnabled:
            self.day_chosen.emit(index.data(DAY_ROLE))


# --------------------------------------------------------------------------- legend


def _swatch(draw, palette: QPalette, size: int = 18) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    draw(painter, QRectF(0.5, 0.5, size - 1, size - 1), palette)
    painter.end()
    return pixmap


class HistoryLegend(QWidget):
    """What the shades and marks mean, drawn with the same painters as the grid."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("historyLegend")
        self.setAccessibleName(self.tr("Legend"))
        self._rows = QVBoxLayout(self)
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._rows.setSpacing(2)
        self._layout = QHBoxLayout()
        self.rebuild()

    def rebuild(self) -> None:
        """(Re)draw the swatches for the current palette: the scores on one row, the marks on
        a second, so the legend fits a 1024-px screen in Italian too (one row was 917 px)."""
        while self._rows.count():
            _clear(self._rows.takeAt(0))
        palette = self.palette()
        self._layout = QHBoxLayout()
        self._add(lambda p, r, pal: self._framed(p, r, pal, None), self.tr("no entry"), palette)
        self._layout.addSpacing(6)
        self._layout.addWidget(QLabel(self.tr("Daily score:")))
        for level, text in enumerate(shade_ranges()):
            self._add(lambda p, r, pal, lv=level: self._framed(p, r, pal, lv), text, palette)
        self._layout.addStretch(1)
        self._rows.addLayout(self._layout)
        self._layout = QHBoxLayout()
        ink = palette.color(QPalette.ColorRole.Text)
        self._add(
            lambda p, r, pal: paint_episode_dot(p, r.center(), r.width() / 4, ink),
            self.tr("episode"),
            palette,
        )
        self._add(
            lambda p, r, pal: paint_anaphylaxis(p, r.center(), r.width() - 2, ink),
            self.tr("anaphylaxis"),
            palette,
        )
        self._add(
            lambda p, r, pal: paint_injection(p, r.center(), r.width() - 3, ink),
            self.tr("injection"),
            palette,
        )
        self._layout.addStretch(1)
        self._rows.addLayout(self._layout)

    @staticmethod
    def _framed(painter: QPainter, rect: QRectF, palette: QPalette, level: int | None) -> None:
        paint_shade(painter, rect, level, palette)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)

    def _add(self, draw, text: str, palette: QPalette) -> None:
        icon = QLabel()
        icon.setPixmap(_swatch(draw, palette))
        self._layout.addWidget(icon)
        self._layout.addWidget(QLabel(text))
        self._layout.addSpacing(4)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange:
            self.rebuild()


def _clear(item) -> None:
    """A legend row taken out of its layout: its labels go with it."""
    if item.widget() is not None:
        item.widget().deleteLater()
    elif item.layout() is not None:
        while item.layout().count():
            _clear(item.layout().takeAt(0))
        item.layout().deleteLater()


def month_title(year: int, month: int) -> str:
    """ "November 2026" in the locale's words."""
    return QLocale().toString(to_qdate(dt.date(year, month, 1)), "MMMM yyyy")


def days_in_month(year: int, month: int) -> int:
    return _calendar.monthrange(year, month)[1]
