"""What every page of the main window has in common.

A page is created the first time it is shown (start-up builds only the first one), follows the
child switcher through :meth:`set_child`, and talks to the window with two signals only.
"""

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QWidget

from masto_diary.storage import Diary


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


def table_key(table: QAbstractItemView, key: QKeySequence, slot) -> QShortcut:
    """A key that acts on a list page's table only while the table has focus (Delete, Enter)."""
    shortcut = QShortcut(key, table)
    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
    shortcut.activated.connect(slot)
    return shortcut
