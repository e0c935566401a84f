"""One object says it has the focus: item views without the keyboard focus keep quiet.

Qt marks the current item of an item view as "focused" for screen readers whether or not the
view has the keyboard focus (``QAccessibleTableCell::state``). Every closed combo box's hidden
popup list, the Pages list while a page has the focus, and the tables of hidden pages all told
AT-SPI that an item was focused, and Orca's view had four to six focused objects at once.

So an item view holds a current item only while it has the focus. When it loses the focus, is
hidden or gets a current item from code while unfocused, :class:`QuietFocus` sets the item
aside (signals blocked: nothing else notices, the selection stays as it is shown) and puts it
back when the view gets the focus again, before Qt reads it. Code that asks which item is
current calls :func:`current_index` or :func:`current_row`, which also see the one set aside.
A closed combo box's list needs no current item at all (``showPopup`` sets it again).
See tests/ui/test_atspi_tree.py.
"""

import contextlib
import weakref

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QHeaderView

_set_aside: "weakref.WeakKeyDictionary[QAbstractItemView, QPersistentModelIndex]"
_set_aside = weakref.WeakKeyDictionary()


def current_index(view: QAbstractItemView) -> QModelIndex:
    """The view's current index, or the one set aside while the view has no focus."""
    index = view.currentIndex()
    if index.isValid():
        return index
    kept = _set_aside.get(view)
    if kept is None or not kept.isValid() or kept.model() is not view.model():
        return QModelIndex()
    return view.model().index(kept.row(), kept.column(), kept.parent())


def current_row(view: QAbstractItemView) -> int:
    """The row of :func:`current_index`, -1 when there is none (as ``currentRow`` says)."""
    index = current_index(view)
    return index.row() if index.isValid() else -1


def _in_combo_box(view: QAbstractItemView) -> bool:
    parent = view.parent()
    return parent is not None and isinstance(parent.parent(), QComboBox)


def _set_current(view: QAbstractItemView, index: QModelIndex) -> None:
    """Change the current index without a signal: nothing but the screen reader must notice."""
    selection = view.selectionModel()
    if selection is None:
        return
    selection.blockSignals(True)
    try:
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
    finally:
        selection.blockSignals(False)


def _holds_focus(view: QAbstractItemView) -> bool:
    """The view has the keyboard focus, or will have it when its window is active again.

    ``hasFocus()`` alone is false while the window is not the active one (a dialog being
    shown, a desktop without a window manager): an arrow key's new item was then set aside
    at once and the list did not move (Help ▸ Keyboard). One focus widget per window, so
    still one object claims the focus."""
    return view.hasFocus() or view.window().focusWidget() is view


def _set_aside_current(view: QAbstractItemView) -> None:
    with contextlib.suppress(RuntimeError):  # the view was deleted meanwhile
        if _holds_focus(view) or (view.isVisible() and _in_combo_box(view)):
            return  # the focused view, or an open combo box's list, keeps its item
        index = view.currentIndex()
        if index.isValid():
            _set_aside[view] = QPersistentModelIndex(index)
            _set_current(view, QModelIndex())


def _put_back(view: QAbstractItemView) -> None:
    kept = _set_aside.pop(view, None)
    if kept is not None and kept.isValid() and not view.currentIndex().isValid():
        _set_current(view, QModelIndex(kept))


def _later(view: QAbstractItemView) -> None:
    """After the view (or its combo box) has finished its own update."""
    QTimer.singleShot(0, lambda: _set_aside_current(view))


def _watch(view: QAbstractItemView) -> None:
    """Hear of a current item that code sets while the view has no focus."""
    selection = view.selectionModel()
    if selection is None or selection.property("quietFocus"):
        return
    selection.setProperty("quietFocus", True)
    reference = weakref.ref(view)

    def changed(current: QModelIndex, _previous: QModelIndex) -> None:
        watched = reference()
        if watched is not None and current.isValid():
            _set_aside.pop(watched, None)  # code chose a new item: the old one is gone
            _later(watched)

    selection.currentChanged.connect(changed)


ARROWS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)
ARROWS += (Qt.Key.Key_Home, Qt.Key.Key_End)


def _say_new_choice(combo: QComboBox, before: int) -> None:
    """A closed combo box changed by an arrow key says its new choice (Orca 43 was silent,
    and a parent could write into another child's diary without knowing). A box that says
    more itself (the child switcher: the page and the child) sets ``saysItsChoice``."""
    with contextlib.suppress(RuntimeError):
        if combo.currentIndex() != before and not combo.property("saysItsChoice"):
            from masto_diary.ui.widgets.announce import announce

            announce(combo, combo.currentText())


class QuietFocus(QObject):
    """An application event filter; install it once with :func:`install`."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(watched, QComboBox)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in ARROWS
            and not watched.view().isVisible()
        ):
            before = watched.currentIndex()
            QTimer.singleShot(0, lambda: _say_new_choice(watched, before))
        # A header shares its view's selection model (QTreeView and QTableView hand it
        # theirs) and never has the focus: setting its item aside took the tree's current
        # item away under the arrow keys (Help ▸ Keyboard did not move).
        if isinstance(watched, QAbstractItemView) and not isinstance(watched, QHeaderView):
            kind = event.type()
            if kind == QEvent.Type.FocusIn:
                _put_back(watched)
            elif kind in (QEvent.Type.Polish, QEvent.Type.Show):
                _watch(watched)
                _later(watched)
            elif kind in (QEvent.Type.FocusOut, QEvent.Type.Hide):
                _later(watched)
        return False


def install(app: QApplication) -> None:
    """The filter for every object from now on; the item views made before it (the window
    installs it after its first frame) are watched and set aside at once."""
    if app.property("quietFocus") is None:
        quiet = QuietFocus(app, objectName="quietFocus")
        app.installEventFilter(quiet)
        app.setProperty("quietFocus", True)
        for widget in app.allWidgets():
            if isinstance(widget, QAbstractItemView):
                _watch(widget)
                _later(widget)
