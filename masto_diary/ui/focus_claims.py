"""One object says it has the focus: a closed combo box's list keeps quiet.

Qt marks the current item of an item view as "focused" for screen readers whether or not the
view has the keyboard focus, so every closed combo box's hidden popup list told AT-SPI that
its chosen item was focused, and Orca's view had four to six focused objects at once. A closed
combo box does not need a current item in its popup (``showPopup`` sets it again when the
list opens), so :class:`QuietPopups` clears it whenever a combo box is polished, changes its
choice or closes its popup. See tests/ui/test_atspi_tree.py.
"""

import contextlib

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QComboBox


def _clear(combo: QComboBox) -> None:
    view = combo.view()
    if view is not None and not view.isVisible():
        view.selectionModel().clearCurrentIndex()


class QuietPopups(QObject):
    """An application event filter; install it once with :func:`install`."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, QComboBox):
            watched.currentIndexChanged.connect(lambda _index, c=watched: _later(c))
            _clear(watched)
        elif kind == QEvent.Type.Hide and isinstance(watched.parent(), QComboBox):
            _later(watched.parent())  # the popup closed
        return False


def _later(combo: QComboBox) -> None:
    """After the combo box has finished its own update of the list."""
    QTimer.singleShot(0, lambda: _quiet(combo))


def _quiet(combo: QComboBox) -> None:
    with contextlib.suppress(RuntimeError):  # the combo box was deleted meanwhile
        _clear(combo)


def install(app: QApplication) -> None:
    if app.property("quietPopups") is None:
        quiet = QuietPopups(app)
        app.installEventFilter(quiet)
        app.setProperty("quietPopups", True)
