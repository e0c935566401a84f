"""Views chosen with a row of toggle buttons: the Charts page, the child settings dialog.

A ``QTabWidget`` would do the same on screen, but Qt tells screen readers that the current tab
of every tab bar has the focus, whether the tab bar has it or not, and also while its page is
hidden (``QAccessibleTabButton::state``): Orca's view then held two or three focused objects
at once. Toggle buttons say "pressed" instead, and only the one with the keyboard focus says
"focused". The methods are named as ``QTabWidget``'s, so the page reads as before.

Keys: Tab reaches the buttons, the arrow keys move between them and show the view, each
button's mnemonic (Alt+T for "&Trend") shows its view from anywhere on the page, and
Ctrl+Tab / Ctrl+Shift+Tab step through the views as they do in a tab widget.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


class ViewSwitcher(QWidget):
    """A stack of views under a row of exclusive toggle buttons."""

    currentChanged = Signal(int)  # noqa: N815 (named as QTabWidget's signal)

    def __init__(self, objectName: str = "", parent: QWidget | None = None):  # noqa: N803
        super().__init__(parent, objectName=objectName)
        self.stack = QStackedWidget(objectName=f"{objectName}Stack")
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.row = QHBoxLayout()
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(2)
        self.row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(self.row)
        layout.addWidget(self.stack, 1)
        self.stack.currentChanged.connect(self._shown)

    # ----------------------------------------------------------------- as QTabWidget

    def addTab(self, widget: QWidget, text: str) -> int:  # noqa: N802
        return self.insertTab(self.count(), widget, text)

    def insertTab(self, index: int, widget: QWidget, text: str) -> int:  # noqa: N802
        """Add a view before ``index``; the first view added is shown."""
        index = max(0, min(index, self.count()))
        button = QToolButton(objectName=f"{self.objectName()}Button", text=text)
        button.setCheckable(True)
        button.setAutoExclusive(True)
        button.setAccessibleName(text.replace("&", ""))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.clicked.connect(lambda _checked, w=widget: self.setCurrentWidget(w))
        button.toggled.connect(lambda checked, b=button: _embolden(b, checked))
        self.group.addButton(button)
        self.row.insertWidget(index, button)
        self.stack.insertWidget(index, widget)  # the first view added is shown and said
        self._check(self.stack.currentIndex())
        return index

    def removeTab(self, index: int) -> None:  # noqa: N802
        if not 0 <= index < self.count():
            return
        button = self._button(index)
        self.group.removeButton(button)
        self.row.removeWidget(button)
        button.deleteLater()
        self.stack.removeWidget(self.stack.widget(index))
        self._check(self.stack.currentIndex())

    def count(self) -> int:
        return self.stack.count()

    def widget(self, index: int) -> QWidget | None:
        return self.stack.widget(index)

    def indexOf(self, widget: QWidget) -> int:  # noqa: N802
        return self.stack.indexOf(widget)

    def currentIndex(self) -> int:  # noqa: N802
        return self.stack.currentIndex()

    def currentWidget(self) -> QWidget | None:  # noqa: N802
        return self.stack.currentWidget()

    def setCurrentIndex(self, index: int) -> None:  # noqa: N802
        if 0 <= index < self.count() and self.isTabVisible(index):
            self.stack.setCurrentIndex(index)

    def setCurrentWidget(self, widget: QWidget) -> None:  # noqa: N802
        self.setCurrentIndex(self.indexOf(widget))

    def tabText(self, index: int) -> str:  # noqa: N802
        return self._button(index).text() if 0 <= index < self.count() else ""

    def isTabVisible(self, index: int) -> bool:  # noqa: N802
        button = self._button(index)
        return button is not None and not button.isHidden()

    def setTabVisible(self, index: int, visible: bool) -> None:  # noqa: N802
        """Hide a view's button; a hidden current view gives way to the first visible one."""
        button = self._button(index)
        if button is None:
            return
        button.setHidden(not visible)
        if not visible and index == self.currentIndex():
            shown = [i for i in range(self.count()) if self.isTabVisible(i)]
            if shown:
                self.setCurrentIndex(shown[0])

    # ----------------------------------------------------------------- keys

    def keyPressEvent(self, event: QKeyEvent) -> None:
        control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if control and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            backwards = event.key() == Qt.Key.Key_Backtab
            self.step(-1 if backwards else 1)
            return
        super().keyPressEvent(event)

    def step(self, delta: int) -> None:
        """Show the next (or previous) visible view, round the end."""
        shown = [i for i in range(self.count()) if self.isTabVisible(i)]
        if not shown:
            return
        at = shown.index(self.currentIndex()) if self.currentIndex() in shown else 0
        self.setCurrentIndex(shown[(at + delta) % len(shown)])

    # ----------------------------------------------------------------- inside

    def _button(self, index: int) -> QToolButton | None:
        item = self.row.itemAt(index) if 0 <= index < self.count() else None
        widget = item.widget() if item is not None else None
        return widget if isinstance(widget, QToolButton) else None

    def _check(self, index: int) -> None:
        button = self._button(index)
        if button is not None and not button.isChecked():
            button.setChecked(True)

    def _shown(self, index: int) -> None:
        self._check(index)
        self.currentChanged.emit(index)


def _embolden(button: QToolButton, checked: bool) -> None:
    """The shown view's button in bold: some styles (dark palettes) draw a pressed tool
    button almost as a raised one, and the parent must see at once which view is shown."""
    font = button.font()
    font.setBold(checked)
    button.setFont(font)
