"""Columns that fit the table's width: long texts wrap onto a second line instead of scrolling.

``ResizeToContents`` gives every column its longest text on one line.  In Italian at 1024×640
the overview's seven columns then need about 960 px where 810 are shown, and the last column
("Ultima iniezione") hid behind a horizontal scroll bar.  Here every column first asks for its
one-line width; when they do not fit, the columns named as wrapping give up the excess in
proportion to what they can spare, never below their longest word (nor their heading), and the
rows grow to hold the wrapped lines.  Nothing is cut and nothing scrolls sideways.
"""

import math

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView

# Room a cell's text needs beside it (the style's focus frame and margins), in pixels.
CELL_PADDING = 12


class FittedColumns(QObject):
    """Keeps the columns of ``table`` fitted to its width; ``wrapping`` may wrap their text."""

    def __init__(self, table: QTableView, wrapping: tuple[int, ...]):
        super().__init__(table)
        self.table = table
        self.wrapping = wrapping
        table.setWordWrap(True)
        table.setTextElideMode(Qt.TextElideMode.ElideNone)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(True)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.viewport().installEventFilter(self)
        model = table.model()
        for signal in (model.modelReset, model.layoutChanged, model.dataChanged):
            signal.connect(self.fit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self, *_args) -> None:
        """Give each column its width for the table's present width and contents."""
        table, header = self.table, self.table.horizontalHeader()
        count = header.count()
        if count == 0:
            return
        wanted = [max(table.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in range(count)]
        excess = sum(wanted) - table.viewport().width()
        if excess > 0:
            spare = {c: max(0, wanted[c] - self.narrowest(c)) for c in self.wrapping}
            total = sum(spare.values())
            for column, can_give in spare.items():
                if total:
                    wanted[column] -= min(can_give, math.ceil(excess * can_give / total))
        for column, width in enumerate(wanted):
            header.resizeSection(column, width)
        table.resizeRowsToContents()

    def narrowest(self, column: int) -> int:
        """The width below which a word of the column (or its heading) would be cut."""
        table = self.table
        model = table.model()
        metrics = table.fontMetrics()
        widest = table.horizontalHeader().sectionSizeHint(column)
        margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table)
        for row in range(model.rowCount()):
            text = str(model.index(row, column).data() or "")
            for word in text.split():
                widest = max(widest, metrics.horizontalAdvance(word) + CELL_PADDING + 2 * margin)
        return widest
