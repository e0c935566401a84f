"""Read a rendered report back and list what a reader would see as a layout fault.

Every word is read from the PDF with its bounding box (pdfplumber, over pdfminer), exactly as
the file will print.  A problem is one sentence naming the page and the words, so a failing
test says what to look at:

* two texts overlapping (boxes shrunk a little vertically: a font's ascent and descent reach
  into the line above and below without any ink touching), or a text over a chart's marker
  (a small filled shape: an episode's dot, star or triangle, a point of a line);
* a text outside the page, or outside the printable area (margins, footer band);
* a text running out of its framed or shaded box (the method box, a table's row);
* a heading (12 pt bold) as the last line of a page, with nothing of its section under it;
* a page that holds only the method box.
"""

from dataclasses import dataclass
from pathlib import Path

import pdfplumber

MARGIN = 40.0
"""The report's page margin in points (masto_diary/report/render.py)."""
SLACK = 1.0
"""Points a glyph's box may pass a limit by (rounding in the font's box)."""
SHRINK = 0.22
"""Share of a word's height taken off its top and bottom before two boxes are compared."""
HEADING_SIZE = 11.5
MARKER_SIZE = 9.0
"""A filled shape smaller than this in both directions is a marker (bars and bands are larger)."""
MARKER_CLEARANCE = 1.5
"""Points of white a text keeps from a marker (less reads as touching it)."""


@dataclass(frozen=True)
class Word:
    page: int
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool

    def inner(self) -> tuple[float, float, float, float]:
        cut = (self.bottom - self.top) * SHRINK
        return self.x0 + 0.3, self.x1 - 0.3, self.top + cut, self.bottom - cut


Marker = tuple[float, float, float, float]


def words_of(pdf: Path) -> tuple:
    """Every page's words, the page sizes and each page's markers (small filled shapes), then
    its boxes (rectangles wider than half the page: tables' shading, the framed boxes)."""
    pages, sizes, markers, boxes = [], [], [], []
    with pdfplumber.open(pdf) as document:
        for number, page in enumerate(document.pages, start=1):
            found = page.extract_words(
                extra_attrs=["size", "fontname"], keep_blank_chars=False, use_text_flow=True
            )
            pages.append(
                [
                    Word(number, w["text"], w["x0"], w["x1"], w["top"], w["bottom"],
                         round(w["size"], 1), "Bold" in w["fontname"])
                    for w in found
                ]
            )  # fmt: skip
            sizes.append((float(page.width), float(page.height)))
            boxes.append(
                [(r["x0"], r["x1"], r["top"], r["bottom"]) for r in page.rects
                 if r["x1"] - r["x0"] > page.width / 2]
            )  # fmt: skip
            shapes = [*page.curves, *page.rects]
            markers.append(
                [
                    (c["x0"], c["x1"], c["top"], c["bottom"])
                    for c in shapes
                    if c.get("fill")
                    and c["x1"] - c["x0"] < MARKER_SIZE
                    and c["bottom"] - c["top"] < MARKER_SIZE
                ]
            )
    return pages, sizes, markers, boxes


def overlaps(a: Word, b: Word) -> bool:
    ax0, ax1, at, ab = a.inner()
    bx0, bx1, bt, bb = b.inner()
    return ax0 < bx1 and bx0 < ax1 and at < bb and bt < ab


def layout_problems(pdf: Path, method_title: str) -> list[str]:
    """Every fault of the list in the module doc, one sentence each.

    ``method_title`` is the method box's title in the report's language.
    """
    pages, sizes, markers, boxes = words_of(pdf)
    problems: list[str] = []
    for words, (width, height), shapes, frames in zip(pages, sizes, markers, boxes, strict=True):
        problems += _collisions(words)
        problems += _over_markers(words, shapes)
        problems += _outside(words, width, height)
        problems += _out_of_frames(words, frames)
        problems += _lone_heading(words, height)
        problems += _only_method_box(words, height, method_title, frames)
    return problems


def _over_markers(words: list[Word], shapes: list[Marker]) -> list[str]:
    found = []
    gap = MARKER_CLEARANCE
    for w in words:
        x0, x1, top, bottom = w.x0, w.x1, w.top, w.bottom
        for sx0, sx1, stop, sbottom in shapes:
            if x0 < sx1 + gap and sx0 - gap < x1 and top < sbottom + gap and stop - gap < bottom:
                found.append(f"page {w.page}: {w.text!r} is drawn over a marker at "
                             f"x={sx0:.0f}, y={stop:.0f}")  # fmt: skip
                break
    return found


def _collisions(words: list[Word]) -> list[str]:
    found = []
    ordered = sorted(words, key=lambda w: w.top)
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 :]:
            if b.top > a.bottom:
                break
            if overlaps(a, b):
                found.append(f"page {a.page}: {a.text!r} overlaps {b.text!r} at y={a.top:.0f}")
    return found


def _outside(words: list[Word], width: float, height: float) -> list[str]:
    found = []
    for w in words:
        if w.x0 < MARGIN - SLACK or w.x1 > width - MARGIN + SLACK:
            found.append(f"page {w.page}: {w.text!r} runs into the side margin (x {w.x0:.0f}–"
                         f"{w.x1:.0f} of {width:.0f})")  # fmt: skip
        if w.top < MARGIN - SLACK or w.bottom > height - MARGIN + SLACK:
            found.append(f"page {w.page}: {w.text!r} is outside the printable height")
    return found


def _out_of_frames(words: list[Word], frames: list[Marker]) -> list[str]:
    """A word that starts inside a framed or shaded box must end inside it."""
    found = []
    for w in words:
        for x0, x1, top, bottom in frames:
            inside = x0 <= w.x0 <= x1 and top <= (w.top + w.bottom) / 2 <= bottom
            if inside and w.x1 > x1 + SLACK:
                found.append(f"page {w.page}: {w.text!r} runs out of its box at x={x1:.0f}")
                break
    return found


def _body(words: list[Word], height: float) -> list[Word]:
    """The words above the footer band (the footer is the last 20 points over the margin)."""
    return [w for w in words if w.top < height - MARGIN - 20.0 + 6.0]


def _lone_heading(words: list[Word], height: float) -> list[str]:
    body = _body(words, height)
    if not body:
        return []
    last = max(w.bottom for w in body)
    line = [w for w in body if w.bottom > last - 3.0]
    if all(w.size >= HEADING_SIZE and w.bold for w in line):
        text = " ".join(w.text for w in sorted(line, key=lambda w: w.x0))
        return [f"page {line[0].page}: the heading {text!r} is the last line of the page"]
    return []


def _only_method_box(
    words: list[Word], height: float, title: str, frames: list[Marker]
) -> list[str]:
    """The method box is the frame around its title; fail when no text lies outside it."""
    body = _body(words, height)
    if title not in " ".join(w.text for w in body):
        return []
    first = next(w for w in body if w.text == title.split()[0] and w.bold)
    around = [f for f in frames if f[0] <= first.x0 and f[2] <= first.top <= f[3]]
    if not around:
        return [f"page {first.page}: the box {title!r} has no frame"]
    x0, x1, top, bottom = min(around, key=lambda f: f[3] - f[2])
    if all(top - 1.0 <= w.top and w.bottom <= bottom + 1.0 for w in body):
        return [f"page {first.page}: holds only the box {title!r}"]
    return []
