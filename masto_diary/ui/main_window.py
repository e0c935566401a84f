"""The main window: child switcher in the toolbar, page list on the left, pages on the right.

Pages are plain widgets registered with :meth:`MainWindow.add_page`; a page that has a
``set_child(child_id)`` method follows the switcher, one with ``refresh()`` is refreshed when
any page reports a change through :meth:`MainWindow.notify_changed`.
"""

from PySide6.QtCore import QByteArray, QSettings, QSize, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from masto_diary import __version__
from masto_diary.services import overview
from masto_diary.storage import Diary
from masto_diary.ui.pages.overview import OverviewPage


class MainWindow(QMainWindow):
    child_changed = Signal(int)
    data_changed = Signal()

    def __init__(self, diary: Diary, settings: QSettings | None = None):
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Mastocytosis diary"))
        self.diary = diary
        self.settings = settings or QSettings()
        self._page_keys: list[str] = []
        self._build_toolbar()
        self._build_pages()
        self._build_menus()
        self.statusBar().showMessage(self.tr("Diary: %s") % diary.path)
        self.reload_children()
        self._restore_state()

    # ----------------------------------------------------------------- building

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Child"), objectName="mainToolbar")
        toolbar.setMovable(False)
        self.addToolBar(toolbar)
        child_label = QLabel(self.tr("&Child:"))
        self.child_switcher = QComboBox(objectName="childSwitcher")
        self.child_switcher.setAccessibleName(self.tr("Child"))
        self.child_switcher.setMinimumContentsLength(16)
        child_label.setBuddy(self.child_switcher)
        toolbar.addWidget(child_label)
        toolbar.addWidget(self.child_switcher)
        self.child_switcher.currentIndexChanged.connect(self._child_index_changed)

    def _build_pages(self) -> None:
        self.navigation = QListWidget(objectName="navigation")
        self.navigation.setAccessibleName(self.tr("Pages"))
        self.navigation.setFixedWidth(170)
        self.stack = QStackedWidget(objectName="pageStack")
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.overview = OverviewPage(self.diary)
        self.overview.child_activated.connect(self.open_child)
        self.overview.children_changed.connect(self.reload_children)
        self.add_page("overview", self.tr("Overview"), self.overview)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        add_child = QAction(self.tr("&Add a child…"), self, objectName="actionAddChild")
        add_child.triggered.connect(self.overview.add_child)
        file_menu.addAction(add_child)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self, objectName="actionQuit")
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About"), self, objectName="actionAbout")
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def add_page(self, key: str, title: str, page: QWidget) -> None:
        """Plug a page into the navigation (the entry, charts and report issues add theirs)."""
        self._page_keys.append(key)
        self.stack.addWidget(page)
        self.navigation.addItem(title)
        if hasattr(page, "refresh"):
            self.data_changed.connect(page.refresh)
        if hasattr(page, "set_child"):
            self.child_changed.connect(page.set_child)
        if self.navigation.currentRow() < 0:
            self.navigation.setCurrentRow(0)

    def show_page(self, key: str) -> None:
        self.navigation.setCurrentRow(self._page_keys.index(key))

    def current_page_key(self) -> str:
        return self._page_keys[max(0, self.navigation.currentRow())]

    # ----------------------------------------------------------------- children

    def reload_children(self) -> None:
        """Fill the switcher with the active children, keeping the current one if possible."""
        current = self.current_child_id()
        self.child_switcher.blockSignals(True)
        self.child_switcher.clear()
        for summary in overview.child_summaries(self.diary):
            self.child_switcher.addItem(summary.name, summary.child_id)
        index = self.child_switcher.findData(current)
        self.child_switcher.setCurrentIndex(index if index >= 0 else 0)
        self.child_switcher.blockSignals(False)
        if self.current_child_id() != current and self.current_child_id() is not None:
            self.child_changed.emit(self.current_child_id())

    def current_child_id(self) -> int | None:
        return self.child_switcher.currentData()

    def select_child(self, child_id: int) -> None:
        index = self.child_switcher.findData(child_id)
        if index >= 0:
            self.child_switcher.setCurrentIndex(index)

    def open_child(self, child_id: int) -> None:
        """From the overview: switch to the child (and, once it exists, its Today page)."""
        self.select_child(child_id)
        if "today" in self._page_keys:
            self.show_page("today")

    def _child_index_changed(self, _index: int) -> None:
        child_id = self.current_child_id()
        if child_id is not None:
            self.child_changed.emit(child_id)

    def notify_changed(self) -> None:
        self.data_changed.emit()

    # ----------------------------------------------------------------- state

    def _restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        self.resize(QSize(1100, 720))
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        if self.width() < 640 or self.height() < 400:  # e.g. saved from a tiny or gone screen
            self.resize(QSize(1100, 720))
        page = self.settings.value("window/page", "overview")
        if page in self._page_keys:
            self.show_page(page)
        child = self.settings.value("window/child")
        if child is not None:
            self.select_child(int(child))

    def save_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/page", self.current_page_key())
        if self.current_child_id() is not None:
            self.settings.setValue("window/child", self.current_child_id())
        self.settings.sync()

    def closeEvent(self, event) -> None:
        self.save_state()
        super().closeEvent(event)

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About masto-diary"),
            self.tr(
                "<b>masto-diary %1</b><br>An offline diary for children with mastocytosis."
                "<br>Your data stays on this computer:<br>%2"
            )
            .replace("%1", __version__)
            .replace("%2", str(self.diary.data_dir)),
        )
