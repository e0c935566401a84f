"""Saving a chart as a PNG picture or an SVG drawing (for a letter, the clinic, a printout).

pyqtgraph's own exporters are not used: its SVG exporter raises ``ValueError`` in
``correctCoordinates`` with PySide6 6.12.  Rendering the chart's scene straight into a
QImage or a QSvgGenerator gives the same picture the parent sees, with every custom item.
The file dialog sits behind :func:`ask_save_path` so tests can replace it.
"""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSize, QStandardPaths
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QFileDialog, QGraphicsView, QWidget

from masto_diary.words.noop import QT_TRANSLATE_NOOP
from masto_diary.words.sentence import fill_in

PNG_SCALE = 2
"""PNG pictures are rendered at twice the screen size, sharp enough for print."""

FILTERS = {
    "png": QT_TRANSLATE_NOOP("export", "PNG picture (*.png)"),
    "svg": QT_TRANSLATE_NOOP("export", "SVG drawing (*.svg)"),
}


def ask_save_path(parent: QWidget | None, title: str, suggested: str, fmt: str) -> Path | None:
    """Ask where to save; ``None`` if the parent cancelled.  Tests patch this function."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
    caption = fill_in(QCoreApplication.translate("export", "Save “%1”"), title)
    filename, _ = QFileDialog.getSaveFileName(
        parent,
        caption,
        str(Path(folder) / suggested),
        QCoreApplication.translate("export", FILTERS[fmt]),
    )
    if not filename:
        return None
    path = Path(filename)
    return path if path.suffix.lower() == f".{fmt}" else path.with_suffix(f".{fmt}")


def save_view(view: QGraphicsView, path: str | Path, background: QColor, title: str = "") -> Path:
    """Write the chart shown in ``view`` to ``path``; the suffix (.png / .svg) picks the format."""
    path = Path(path)
    QApplication.processEvents()  # let pending layout and range changes reach the scene
    suffix = path.suffix.lower()
    if suffix == ".svg":
        save_svg(view, path, background, title)
    elif suffix == ".png":
        save_png(view, path, background)
    else:
        raise ValueError(f"charts are saved as .png or .svg, not {path.suffix or 'no suffix'}")
    return path


def _source(view: QGraphicsView) -> QRectF:
    """The part of the scene the parent sees."""
    return view.mapToScene(view.viewport().rect()).boundingRect()


def save_png(view: QGraphicsView, path: Path, background: QColor) -> None:
    """The chart at twice the screen resolution (a device pixel ratio, so the layout and the
    font sizes stay exactly as on screen)."""
    source = _source(view)
    size = QSize(round(source.width() * PNG_SCALE), round(source.height() * PNG_SCALE))
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(PNG_SCALE)
    image.fill(background)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        view.scene().render(painter, QRectF(0, 0, source.width(), source.height()), source)
    finally:
        painter.end()
    if not image.save(str(path), "PNG"):
        raise OSError(f"could not write {path}")


def save_svg(view: QGraphicsView, path: Path, background: QColor, title: str) -> None:
    """The chart as vectors; the generator gets the screen's DPI, or point-sized text would
    come out a quarter smaller than the rest of the drawing."""
    from PySide6.QtSvg import QSvgGenerator  # only needed here

    source = _source(view)
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(source.size().toSize())
    generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
    generator.setResolution(view.logicalDpiX())
    generator.setTitle(title)
    generator.setDescription(QCoreApplication.translate("export", "Chart from masto-diary"))
    painter = QPainter()
    if not painter.begin(generator):
        raise OSError(f"could not write {path}")
    try:
        painter.fillRect(QRectF(0, 0, source.width(), source.height()), background)
        view.scene().render(painter, QRectF(0, 0, source.width(), source.height()), source)
    finally:
        painter.end()
