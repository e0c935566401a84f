"""A small flow layout for the detail pages: headings, paragraphs, tables, charts, boxes.

QTextDocument could flow HTML across pages, but it cannot repeat a table's header on the next
page, put a footer with "page x/y" on every page, or host a vector chart without a custom
object handler; and it lays out a 2,000-row episode log slower than this does.  Here every
block measures itself in points on the real paint device, the paginator places blocks
page by page (a table splits between rows and repeats its header), and drawing happens only
after the number of pages is known, so the footer can say "page 3/7".
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from masto_diary.report.canvas import (
    BLACK,
    CENTER,
    FAINT,
    GREY,
    LEFT,
    LIGHT_GREY,
    RIGHT,
    TOP,
    Canvas,
)

CELL_PAD_X = 3.0
CELL_PAD_Y = 1.8
MIN_ROWS = 2
"""A table split leaves at least this many rows on each page (no lone row)."""


class Block:
    """Something placed on a page: it knows its height for a width and draws itself."""

    keep_with_next = False

    def height(self, c: Canvas, width: float) -> float:
        raise NotImplementedError

    def split(self, c: Canvas, width: float, available: float) -> tuple["Block | None", "Block"]:
        """The part that fits ``available`` points (or None) and the rest; whole by default."""
        return None, self

    def draw(self, c: Canvas, x: float, y: float, width: float) -> None:
        raise NotImplementedError


@dataclass
class Spacer(Block):
    points: float

    def height(self, c: Canvas, width: float) -> float:
        return self.points

    def draw(self, c: Canvas, x: float, y: float, width: float) -> None:
        return None


@dataclass
class Heading(Block):
    """A section title, kept on the same page as what follows it."""

    text: str
    size: float = 12.0
    space_above: float = 12.0
    keep_with_next = True

    def height(self, c: Canvas, width: float) -> float:
        font = c.font(self.size, bold=True)
        return self.space_above + c.text_height(self.text, font, width) + 4.0

    def draw(self, c: Canvas, x: float, y: float, width: float) -> None:
        font = c.font(self.size, bold=True)
        h = c.text_height(self.text, font, width)
        c.text(x, y + self.space_above, width, h, self.text, font)
        c.line(x, y + self.space_above + h + 1.5, x + width, y + self.space_above + h + 1.5,
               LIGHT_GREY, 0.6)  # fmt: skip


@dataclass
class Paragraph(Block):
    """Wrapped text; ``keep_with_next`` for an introduction that belongs to a table."""

    text: str
    size: float = 8.5
    italic: bool = False
    color: QColor = field(default_factory=lambda: BLACK)
    space_after: float = 4.0
    keep_with_next: bool = False

    def height(self, c: Canvas, width: float) -> float:
        font = c.font(self.size, italic=self.italic)
        return c.text_height(self.text, font, width) + self.space_after

    def draw(self, c: Canvas, x: float, y: float, width: float) -> None:
        font = c.font(self.size, italic=self.italic)
        h = c.text_height(self.text, font, width)
        c.text(x, y, width, h, self.text, font, color=self.color)


@dataclass(frozen=True)
class Column:
    """A table column: title, share of the width and alignment of its cells."""

    title: str
    weight: float
    align: Qt.AlignmentFlag = LEFT


@dataclass
class Table(Block):
    """Rows of text cells; splits between rows and repeats the header on the next page."""

    columns: Sequence[Column]
    rows: Sequence[Sequence[str]]
    size: float = 8.0
    continued: str = ""
    zebra: bool = True
    bold_rows: frozenset[int] = frozenset()
    indented_rows: frozenset[int] = frozenset()
    _heights: list[float] | None = None
    _first_index: int = 0

    def _widths(self, width: float) -> list[float]:
        total = sum(col.weight for col in self.columns)
        return [width * col.weight / total for col in self.columns]

    def _row_heights(self, c: Canvas, width: float) -> list[float]:
        if self._heights is None:
            self._heights = [self._row_height(c, i, row, width) for i, row in enumerate(self.rows)]
        return self._heights

    def _row_height(self, c: Canvas, index: int, row: Sequence[str], width: float) -> float:
        """Measured with the font and indent the row is drawn with (a bold row is wider)."""
        font = c.font(self.size, bold=index in self.bold_rows)
        tallest = c.line_height(font)
        for column, (text, w) in enumerate(zip(row, self._widths(width), strict=True)):
            room = w - 2 * CELL_PAD_X - (8.0 if column == 0 and index in self.indented_rows else 0)
            if text and c.text_width(text, font) > room:
                tallest = max(tallest, c.text_height(text, font, room))
        return tallest + 2 * CELL_PAD_Y

    def _caption_height(self, c: Canvas) -> float:
        """Room for "Episodes (continued)" above a table part that goes on from a page before."""
        if self._first_index == 0 or not self.continued:
            return 0.0
        return c.line_height(c.font(self.size, italic=True)) + 2.0

    def _header_height(self, c: Canvas, width: float) -> float:
        font = c.font(self.size, bold=True)
        widths = self._widths(width)
        tallest = max(
            c.text_height(col.title, font, w - 2 * CELL_PAD_X)
            for col, w in zip(self.columns, widths, strict=True)
        )
        return self._caption_height(c) + tallest + 2 * CELL_PAD_Y + 1.0

    def height(self, c: Canvas, width: float) -> float:
        return self._header_height(c, width) + sum(self._row_heights(c, width)) + 4.0

    def split(self, c: Canvas, width: float, available: float) -> tuple[Block | None, Block]:
        """Rows that fit ``available``; never fewer than :data:`MIN_ROWS` on either side."""
        heights = self._row_heights(c, width)
        room = available - self._header_height(c, width) - 4.0
        fitting, used = 0, 0.0
        for h in heights:
            if used + h > room:
                break
            used += h
            fitting += 1
        fitting = min(fitting, len(heights) - MIN_ROWS)
        if fitting < MIN_ROWS:
            return None, self
        first = self._part(0, fitting, heights)
        rest = self._part(fitting, len(self.rows), heights)
        rest.continued = self.continued
        return first, rest

    def _part(self, lo: int, hi: int, heights: list[float]) -> "Table":
        part = Table(
            self.columns,
            self.rows[lo:hi],
            self.size,
            self.continued,
            self.zebra,
            frozenset(i - lo for i in self.bold_rows if lo <= i < hi),
            frozenset(i - lo for i in self.indented_rows if lo <= i < hi),
        )
        part._heights = heights[lo:hi]
        part._first_index = self._first_index + lo
        return part

    def draw(self, c: Canvas, x: float, y: float, width: float) -> None:
        widths = self._widths(width)
        caption = self._caption_height(c)
        if caption:
            font = c.font(self.size, italic=True)
            c.text(x, y, width, caption, self.continued, font, color=GREY)
        header_h = self._header_height(c, width) - caption
        y += caption
        bold = c.font(self.size, bold=True)
        c.rect(x, y, width, header_h - 1.0, fill=FAINT)
        cx = x
        for col, w in zip(self.columns, widths, strict=True):
            c.text(cx + CELL_PAD_X, y + CELL_PAD_Y, w - 2 * CELL_PAD_X, header_h, col.title,
                   bold, col.align | TOP)  # fmt: skip
            cx += w
        c.line(x, y + header_h - 1.0, x + width, y + header_h - 1.0, GREY, 0.6)
        top = y + header_h
        for index, (row, h) in enumerate(zip(self.rows, self._row_heights(c, width), strict=True)):
            self._draw_row(c, index, row, x, top, widths, h)
            top += h
        c.line(x, top, x + width, top, LIGHT_GREY, 0.5)

    def _draw_row(self, c: Canvas, index: int, row, x: float, top: float, widths, h) -> None:
        if self.zebra and (self._first_index + index) % 2 == 1:
            c.rect(x, top, sum(widths), h, fill=FAINT)
        font = c.font(self.size, bold=index in self.bold_rows)
        cx = x
        for col_index, (text, w, col) in enumerate(zip(row, widths, self.columns, strict=True)):
            indent = 8.0 if col_index == 0 and index in self.indented_rows else 0.0
            c.text(cx + CELL_PAD_X + indent, top + CELL_PAD_Y, w - 2 * CELL_PAD_X - indent,
                   h, text, font, col.align | TOP)  # fmt: skip
            cx += w


@dataclass
class Chart(Block):
    """A vector chart of fixed height drawn by ``draw_fn(canvas, x, y, width, height)``."""

    points: float
    draw_fn: Callable[[Canvas, float, float, float, float], None]
    space_after: float = 6.0

    def height(self, c: Canvas, width: float) -> float:
        return self.points + self.space_after

    def draw(self, c: Canvas, x: float, y: float, width: float) -> None:
        self.draw_fn(c, x, y, width, self.points)


@dataclass
class Box(Block):
    """A framed block of short paragraphs with a bold title (the method box)."""

    title: str
    paragraphs: Sequence[str]
    size: float = 7.8
    padding: float = 7.0

    def height(self, c: Canvas, width: float) -> float:
        inner = width - 2 * self.padding
        total = c.text_height(self.title, c.font(self.size + 1.0, bold=True), inner) + 4.0
        for text in self.paragraphs:
            total += c.text_height(text, c.font(self.size), inner) + 3.0
        return total + 2 * self.padding + 4.0

    def draw(self, c: Canvas, x: float, y: float, width: float) -> None:
        inner = width - 2 * self.padding
        c.rect(x, y, width, self.height(c, width) - 4.0, fill=FAINT, stroke=LIGHT_GREY)
        top = y + self.padding
        title_font = c.font(self.size + 1.0, bold=True)
        h = c.text_height(self.title, title_font, inner)
        c.text(x + self.padding, top, inner, h, self.title, title_font)
        top += h + 4.0
        font = c.font(self.size)
        for text in self.paragraphs:
            h = c.text_height(text, font, inner)
            c.text(x + self.padding, top, inner, h, text, font)
            top += h + 3.0


@dataclass
class Placed:
    """A block at a vertical position on a page."""

    block: Block
    y: float


def paginate(
    c: Canvas, blocks: Sequence[Block], top: float, bottom: float, width: float
) -> list[list[Placed]]:
    """Place blocks top to bottom, page after page; tables split between rows.

    A block marked ``keep_with_next`` moves to the next page together with the start of the
    block after it; a block taller than a whole page is placed anyway (and clipped).
    """
    pages: list[list[Placed]] = [[]]
    y = top
    queue = list(blocks)
    while queue:
        block = queue.pop(0)
        h = block.height(c, width)
        if block.keep_with_next and queue and pages[-1]:
            h_next = _kept_height(c, queue, width)
            if y + h + h_next > bottom:
                pages.append([])
                y = top
        if y + h <= bottom or not pages[-1]:
            if y + h > bottom:  # taller than a page: try to split it first
                first, rest = block.split(c, width, bottom - y)
                if first is not None:
                    pages[-1].append(Placed(first, y))
                    pages.append([])
                    y = top
                    queue.insert(0, rest)
                    continue
            pages[-1].append(Placed(block, y))
            y += h
            continue
        first, rest = block.split(c, width, bottom - y)
        if first is not None:
            pages[-1].append(Placed(first, y))
        pages.append([])
        y = top
        queue.insert(0, rest)
    return [page for page in pages if page]


def _kept_height(c: Canvas, queue: Sequence[Block], width: float) -> float:
    """What must fit under a heading: the blocks it is kept with, in a chain (a heading, its
    introduction, then the table's header and first rows), so neither a heading nor its
    introduction is left as the last line of a page."""
    total = 0.0
    for block in queue:
        total += _min_height(c, block, width)
        if not block.keep_with_next:
            break
    return total


def _min_height(c: Canvas, block: Block, width: float) -> float:
    """The least of a block that can start a page: a table's header and first rows (it splits
    there), else the whole block (a chart, a paragraph and a box never split)."""
    if isinstance(block, Table) and block.rows:
        rows = block._row_heights(c, width)
        return block._header_height(c, width) + sum(rows[:MIN_ROWS])
    return block.height(c, width)


__all__ = [
    "BLACK",
    "CENTER",
    "RIGHT",
    "Block",
    "Box",
    "Chart",
    "Column",
    "Heading",
    "Paragraph",
    "Placed",
    "Spacer",
    "Table",
    "paginate",
]
