"""What every page of the main window has in common, and what the five list pages share.

A page is created the first time it is shown (start-up builds only the first one), follows the
child switcher through :meth:`Page.set_child`, and talks to the window with two signals only.

The list pages (episodes, injections, medications, labs, clinic visits) show one kind of record
in a table with Add/Edit/Delete: :class:`ListPage` builds those tables and buttons the same way
everywhere, so Enter, a double-click and Delete act alike on every page and every button gets
its accessible name from its text.
"""

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)

from masto_diary.errors import DiaryError
from masto_diary.storage import Diary
from masto_diary.words.core_sentences import translate_core

TITLE_SCALE = 1.6
ENTER_KEYS = (QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter))


class Page(QWidget):
    data_changed = Signal()  # emitted after a save, so the other pages refresh
    navigate = Signal(str, object)  # (page key, argument), e.g. ("today", date)

    def __init__(self, diary: Diary, parent: QWidget | None = None):
        super().__init__(parent)
        self.diary = diary
        self.child_id: int | None = None

    def set_child(self, child_id: int | None) -> None:
        self.child_id = child_id
        self.refresh()

    def refresh(self) -> None:
        """Reload what the page shows from the services."""

    def open_with(self, argument: Any) -> None:
        """Called when another page navigates here with an argument (a day, a record id)."""

    def can_leave(self) -> bool:
        """False keeps the parent on the page (e.g. they chose not to drop unsaved changes)."""
        return True


def page_shortcut(page: QWidget, keys: Any, slot: Callable[[], Any]) -> QShortcut:
    """A key of ``page`` that works while the page is shown, wherever the focus is in the
    window (the page list, the child switcher): Help ▸ Keyboard promises it. Qt leaves a
    window shortcut of a hidden widget alone, so the pages' Ctrl+S or Ctrl+N never clash, and
    a dialog in front (its own window) keeps its keys."""
    shortcut = QShortcut(QKeySequence(keys), page)
    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
    shortcut.activated.connect(slot)
    return shortcut


def table_key(table: QAbstractItemView, key: QKeySequence, slot) -> QShortcut:
    """A key that acts on a list page's table only while the table has focus (Delete, Enter)."""
    shortcut = QShortcut(key, table)
    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
    shortcut.activated.connect(slot)
    return shortcut


def set_button_text(button: QPushButton, text: str) -> None:
    """Give ``button`` its text and the same words as its accessible name (without "&" and
    "…"), also when the text changes later ("Set up plan…" becomes "Change plan…")."""
    button.setText(text)
    button.setAccessibleName(text.replace("&", "").rstrip("…"))


def show_refusal(parent: QWidget, title: str, error: DiaryError) -> None:
    """A delete the diary refused (the record changed meanwhile): the service's sentence."""
    QMessageBox.warning(parent, title, translate_core(error))


def page_title(text: str, object_name: str) -> QLabel:
    """The page's heading: the body font, larger and bold (it follows the user's font size)."""
    title = QLabel(text, objectName=object_name)
    font = title.font()
    font.setPointSizeF(font.pointSizeF() * TITLE_SCALE)
    font.setBold(True)
    title.setFont(font)
    return title


class ListPage(Page):
    """A page that lists records in tables with buttons to add, edit and delete them.

    Subclasses build their own layout from :meth:`list_table` and :meth:`list_button` and
    implement :meth:`edit_selected`, :meth:`delete_selected` and :meth:`_update_buttons`.
    """

    def edit_selected(self) -> Any:
        """Open the chosen record in its dialog (Enter, double-click, the Edit button)."""
        raise NotImplementedError

    def delete_selected(self) -> Any:
        """Delete the chosen record after asking (the Delete key, the Delete button)."""
        raise NotImplementedError

    def _update_buttons(self) -> None:
        """Enable the buttons that make sense for the child and the chosen row."""

    def _selection_changed(self, table: QTableView) -> None:
        """A row was chosen in ``table`` (pages with two tables keep one choice across both)."""
        self._update_buttons()

    def list_table(
        self,
        object_name: str,
        accessible_name: str,
        model: QAbstractItemModel,
        stretch: Iterable[int] = (),
    ) -> QTableView:
        """A read-only table of whole rows, one chosen at a time; Enter or a double-click
        edits the row (once: a shortcut that fires takes the key from the table), Delete
        deletes it.  Columns fit their contents, ``stretch`` ones share
        what is left."""
        table = QTableView(objectName=object_name)
        table.setTabKeyNavigation(False)  # Tab goes on to the next control
        table.setAccessibleName(accessible_name)
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        # activated: a double-click, or Enter where the style activates with it; the Enter
        # keys for macOS, whose tables start editing on Enter instead
        table.activated.connect(lambda _index: self.edit_selected())
        for key in ENTER_KEYS:
            table_key(table, key, self.edit_selected)
        table_key(table, QKeySequence(QKeySequence.StandardKey.Delete), self.delete_selected)
        table.selectionModel().selectionChanged.connect(
            lambda _selected, _deselected: self._selection_changed(table)
        )
        return table

    @staticmethod
    def list_button(text: str, object_name: str, slot: Callable[[], Any]) -> QPushButton:
        """A push button whose accessible name is its text without "&" and "…"."""
        button = QPushButton(objectName=object_name)
        set_button_text(button, text)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def new_key(self, slot: Callable[[], Any]) -> QShortcut:
        """Ctrl+N (the platform's New) adds a record while the page is shown."""
        return page_shortcut(self, QKeySequence.StandardKey.New, slot)

    @staticmethod
    def chosen_row(table: QTableView) -> int | None:
        """The row chosen in ``table``, or None."""
        rows = table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    @staticmethod
    def show_row(table: QTableView, row: int) -> bool:
        """Choose ``row`` and scroll to it; False when there is no such row (-1)."""
        if row < 0:
            return False
        table.selectRow(row)
        table.scrollTo(table.model().index(row, 0))
        return True

    @staticmethod
    def show_empty(label: QLabel, empty: bool, table: QTableView | None = None) -> None:
        """The sentence shown while there is no row; ``table`` is hidden meanwhile if given."""
        label.setVisible(empty)
        if table is not None:
            table.setVisible(not empty)

    def after_change(self, saved: bool, reselect: Callable[[], Any] | None = None) -> bool:
        """After a change: reload, choose the edited row again (``reselect``), and tell the
        other pages (the Today banner, the overview).  Returns ``saved``."""
        if saved:
            self.refresh()
            if reselect is not None:
                reselect()
            self.data_changed.emit()
        return saved
