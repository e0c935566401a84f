"""The main window: child switcher in the toolbar, page list on the left, pages on the right.

Pages (the Overview too) are built the first time they are shown, so start-up pays only for
the page the parent left the window on.  Each page is a
:class:`~masto_diary.ui.pages.base.Page`; when one reports a change, the others reload the next
time they are shown.
"""

import importlib
import importlib.util
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, QSize, QTimer, Signal
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
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from masto_diary.services import overview
from masto_diary.storage import Diary
from masto_diary.ui.focus_claims import current_row
from masto_diary.ui.pages.base import Page
from masto_diary.ui.widgets.announce import announce
from masto_diary.ui.widgets.undo_bar import UndoBar
from masto_diary.words.core_sentences import translate_core
from masto_diary.words.noop import QT_TRANSLATE_NOOP
from masto_diary.words.sentence import fill_in

WHERE_DELAY_MS = 700


@dataclass(frozen=True)
class PageSpec:
    """A page lives in ``masto_diary/ui/pages/<key>.py`` as class ``<Key>Page``."""

    key: str
    title: str  # marked with QT_TRANSLATE_NOOP("pages", …)

    @property
    def module(self) -> str:
        return f"masto_diary.ui.pages.{self.key}"

    @property
    def class_name(self) -> str:
        return f"{self.key.capitalize()}Page"


PAGE_SPECS: tuple[PageSpec, ...] = (
    PageSpec("today", QT_TRANSLATE_NOOP("pages", "Today")),
    PageSpec("history", QT_TRANSLATE_NOOP("pages", "History")),
    PageSpec("episodes", QT_TRANSLATE_NOOP("pages", "Episodes")),
    PageSpec("injections", QT_TRANSLATE_NOOP("pages", "Injections")),
    PageSpec("medications", QT_TRANSLATE_NOOP("pages", "Medications")),
    PageSpec("labs", QT_TRANSLATE_NOOP("pages", "Labs")),
    PageSpec("visits", QT_TRANSLATE_NOOP("pages", "Visits")),
    PageSpec("charts", QT_TRANSLATE_NOOP("pages", "Charts")),
    PageSpec("report", QT_TRANSLATE_NOOP("pages", "Report")),
    # After the ten pages that Ctrl+1 … Ctrl+0 open (the Report keeps Ctrl+0, as parents and
    # the keyboard help know it); the Go menu and the page list reach it.
    PageSpec("growth", QT_TRANSLATE_NOOP("pages", "Growth")),
)


def available_specs() -> list[PageSpec]:
    """The pages whose module exists in this build (later issues add theirs)."""
    return [spec for spec in PAGE_SPECS if importlib.util.find_spec(spec.module) is not None]


class MainWindow(QMainWindow):
    child_changed = Signal(int)
    data_changed = Signal()

    def __init__(self, diary: Diary, settings: QSettings | None = None):
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Mastocytosis diary"))
        self.diary = diary
        self.settings = settings or QSettings()
        self.reminders = None  # the ReminderCenter, started by ui.app after the first frame
        self.sharing = None  # ui.sharing.Sharing, made after the first frame (it loads the ORM)
        self._page_keys: list[str] = []
        self._build_toolbar()
        self._build_pages()
        self._build_menus()
        self.statusBar().showMessage(self.tr("Diary: %s") % diary.path)
        self.read_only_banner = self._read_only_banner()
        self.reload_children()
        self._restore_state()
        diary.removal_observers.append(self._removed)

    def _read_only_banner(self) -> QLabel | None:
        """A diary the user made read-only is shown, never made writable: the window says so."""
        if not getattr(self.diary, "read_only", None):
            return None
        self.setWindowTitle(self.tr("Mastocytosis diary (read only)"))
        banner = QLabel(
            fill_in(
                self.tr(
                    "This diary can only be read: %1. You can look at it, export it "
                    "(File ▸ Export…) or make a report; nothing can be saved in it."
                ),
                translate_core(self.diary.read_only),
            ),
            objectName="readOnlyBanner",
        )
        banner.setWordWrap(True)
        self.statusBar().addPermanentWidget(banner, 1)
        return banner

    # ----------------------------------------------------------------- building

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Child"), objectName="mainToolbar")
        toolbar.setMovable(False)
        self.addToolBar(toolbar)
        child_label = QLabel(self.tr("&Child:"))
        self.child_switcher = QComboBox(objectName="childSwitcher")
        self.child_switcher.setAccessibleName(self.tr("Child"))
        self.child_switcher.setMinimumContentsLength(16)
        self.child_switcher.setProperty("saysItsChoice", True)  # say_where says the child
        child_label.setBuddy(self.child_switcher)
        toolbar.addWidget(child_label)
        toolbar.addWidget(self.child_switcher)
        self.child_switcher.currentIndexChanged.connect(self._child_index_changed)

    def _build_pages(self) -> None:
        self.navigation = QListWidget(objectName="navigation")
        self.navigation.setAccessibleName(self.tr("Pages"))
        self.navigation.setFixedWidth(170)
        self.stack = QStackedWidget(objectName="pageStack")
        self.navigation.currentRowChanged.connect(self._show_row)
        central = QWidget()
        columns = QHBoxLayout()
        columns.addWidget(self.navigation)
        columns.addWidget(self.stack, 1)
        self.undo_bar = UndoBar()
        self.undo_bar.undo_requested.connect(self.undo_removal)
        layout = QVBoxLayout(central)
        layout.addLayout(columns, 1)
        layout.addWidget(self.undo_bar)
        self.setCentralWidget(central)
        self._pages: dict[str, Page | None] = {}
        self._specs: dict[str, PageSpec] = {}
        self._stale: set[str] = set()
        self._specs["overview"] = PageSpec("overview", "Overview")  # its title is ours: tr()
        self._building = True  # no page is shown (so built) before _restore_state picks one
        self.add_page("overview", self.tr("Overview"), None)
        for spec in available_specs():
            self._specs[spec.key] = spec
            self.add_page(spec.key, QCoreApplication.translate("pages", spec.title), None)
        self._building = False

    @property
    def overview(self):
        """The Overview page, built now if it was not yet (start-up may not have needed it)."""
        return self.page("overview")

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        add_child = QAction(self.tr("&Add a child…"), self, objectName="actionAddChild")
        add_child.triggered.connect(lambda: self.overview.add_child())
        file_menu.addAction(add_child)
        # in File, not an Edit menu of its own: Alt+E is Edit/Episode on the pages already
        self.undo_action = QAction(self.tr("&Undo delete"), self, objectName="actionUndo")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo_bar.undo)
        file_menu.addAction(self.undo_action)
        file_menu.addSeparator()

        def dialog(module: str):  # imported when chosen, so start-up does not pay for them
            name = f"masto_diary.ui.dialogs.{module}"
            return lambda: importlib.import_module(name).show_for(self)

        for text, name, module in (
            (self.tr("&Export…"), "actionExport", "export_dialog"),
            (self.tr("&Import…"), "actionImport", "import_dialog"),
            (self.tr("&Backups…"), "actionBackups", "backups_dialog"),
        ):
            action = QAction(text, self, objectName=name)
            action.triggered.connect(dialog(module))
            file_menu.addAction(action)
        file_menu.addSeparator()
        self._add_questionnaire_actions(file_menu)
        file_menu.addSeparator()
        self._add_sharing_actions(file_menu)
        file_menu.addSeparator()
        settings = QAction(self.tr("&Settings…"), self, objectName="actionSettings")
        settings.setShortcut(QKeySequence("Ctrl+,"))
        settings.triggered.connect(dialog("settings_dialog"))
        file_menu.addAction(settings)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self, objectName="actionQuit")
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for number, key in enumerate(self._page_keys, start=1):  # Ctrl+1 … Ctrl+0, then none
            title = self.navigation.item(number - 1).text()
            go = QAction(title, self, objectName=f"actionGo_{key}")
            if number <= 10:
                go.setShortcut(QKeySequence(f"Ctrl+{number % 10}"))
            go.triggered.connect(lambda _checked=False, key=key: self.show_page(key))
            go_menu.addAction(go)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        keyboard = QAction(self.tr("&Keyboard shortcuts"), self, objectName="actionKeyboard")
        keyboard.setShortcut(QKeySequence.StandardKey.HelpContents)
        keyboard.triggered.connect(dialog("keyboard_dialog"))
        help_menu.addAction(keyboard)
        about = QAction(self.tr("&About"), self, objectName="actionAbout")
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def add_page(self, key: str, title: str, page: Page | None) -> None:
        """Add a navigation entry; ``page=None`` builds it from its spec when first shown."""
        self._page_keys.append(key)
        self._pages[key] = None
        self.stack.addWidget(QWidget())  # placeholder until built
        self.navigation.addItem(title)
        self.navigation.item(len(self._page_keys) - 1).setData(
            0x0100,
            key,  # Qt.UserRole: tests find entries by key
        )
        if page is not None:
            self._install(key, page)
        if current_row(self.navigation) < 0 and not self._building:
            self.navigation.setCurrentRow(0)

    def _install(self, key: str, page: Page) -> None:
        index = self._page_keys.index(key)
        placeholder = self.stack.widget(index)
        shown = self.stack.currentIndex()
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(placeholder)
        self.stack.setCurrentIndex(shown)  # removing the current widget would show the next
        placeholder.deleteLater()
        self._pages[key] = page
        page.data_changed.connect(lambda key=key: self._page_changed_data(key))
        page.navigate.connect(self.navigate)
        if getattr(page, "settings", False) is None:  # a page that remembers a choice
            page.settings = self.settings
        if key == "overview":
            page.child_activated.connect(self.open_child)
            page.children_changed.connect(self.reload_children)
        page.set_child(self.current_child_id())

    def page(self, key: str) -> Page:
        """The page called ``key``, built now if it was not yet."""
        built = self._pages[key]
        if built is None:
            spec = self._specs[key]
            page_class = getattr(importlib.import_module(spec.module), spec.class_name)
            built = page_class(self.diary)
            self._install(key, built)
        return built

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        key = self._page_keys[row]
        current = self.stack.currentWidget()
        leaving = isinstance(current, Page) and current is not self._pages[key]
        if leaving and not current.can_leave():
            self.navigation.blockSignals(True)
            self.navigation.setCurrentRow(self.stack.currentIndex())
            self.navigation.blockSignals(False)
            return
        page = self.page(key)
        if key in self._stale:
            self._stale.discard(key)
            page.refresh()
        changed = self.stack.currentIndex() != row
        self.stack.setCurrentIndex(row)
        if changed:
            self.say_where()

    def where(self) -> str:
        """Where the parent is: the page, the child and (Today) the day."""
        parts = [self.navigation.item(self.stack.currentIndex()).text()]
        if self.child_switcher.currentIndex() >= 0 and self.current_page_key() != "overview":
            parts.append(self.child_switcher.currentText())
        page = self._pages.get(self.current_page_key())
        if page is not None and hasattr(page, "where") and page.child_id is not None:
            parts.append(page.where())
        return ", ".join(parts)

    def say_where(self) -> None:
        """Said to a screen reader when the page or the child changes (not while starting).

        A little later: a page built now sends Orca a hundred events at once, and Orca 43
        drops notifications during such a "deluge" (measured: "Today, Luca Rossi, …" was
        lost when said at once, heard when said after the page had settled)."""
        if self.isVisible():
            QTimer.singleShot(WHERE_DELAY_MS, self, lambda: announce(self, self.where()))

    def show_page(self, key: str) -> None:
        self.navigation.setCurrentRow(self._page_keys.index(key))

    def navigate(self, key: str, argument: Any = None) -> None:
        """Open page ``key`` (e.g. History → Today with a day)."""
        self.show_page(key)
        if self.current_page_key() == key and argument is not None:
            self.page(key).open_with(argument)

    def page_keys(self) -> list[str]:
        return list(self._page_keys)

    def current_page_key(self) -> str:
        return self._page_keys[max(0, self.stack.currentIndex())]

    def _page_changed_data(self, source: str) -> None:
        """Pages other than ``source`` reload: now if visible, else when next shown."""
        for key, page in self._pages.items():
            if page is None or key == source:
                continue
            if page.isVisible():
                page.refresh()
            else:
                self._stale.add(key)
        overview = self._pages.get("overview")
        if source != "overview" and overview is not None:  # not built yet: built fresh
            overview.refresh()
        self.data_changed.emit()

    # ----------------------------------------------------------------- undo

    def _removed(self, removal) -> None:
        """The diary reports a delete: offer Undo when it is one the parent made."""
        from masto_diary.services import undo

        if isValid(self) and undo.can_undo(removal):
            self.undo_bar.offer(removal)

    def undo_removal(self, removal) -> bool:
        """Put the deleted rows back and let every page show them again."""
        from masto_diary.errors import DiaryError
        from masto_diary.services import undo

        try:
            undo.undo_removal(self.diary, removal)
        except DiaryError as error:
            QMessageBox.warning(self, self.tr("Not undone"), translate_core(error))
            return False
        self.show_changes()
        announce(self, self.tr("Undone: it is back in the diary."))
        return True

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
        if self.current_child_id() is None and current is not None:
            for page in self._pages.values():  # the last child was archived or deleted
                if page is not None:
                    page.set_child(None)
        elif self.current_child_id() != current:
            self._child_index_changed(self.child_switcher.currentIndex())

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
        if child_id is None:
            return
        current = self.stack.currentWidget()
        switching = isinstance(current, Page) and current.child_id not in (None, child_id)
        if switching and not current.can_leave():
            self.select_child(current.child_id)
            return
        for page in self._pages.values():
            if page is not None:
                page.set_child(child_id)
        self.child_changed.emit(child_id)
        self.say_where()

    # ----------------------------------------------------------------- state

    def _default_size(self) -> QSize:
        """1100×720, but never larger than the screen: on a 1024×640 laptop Save must show."""
        wanted = QSize(1100, 720)
        screen = self.screen()
        return wanted if screen is None else wanted.boundedTo(screen.availableGeometry().size())

    def _restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        self.resize(self._default_size())
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        if self.width() < 640 or self.height() < 400:  # e.g. saved from a tiny or gone screen
            self.resize(self._default_size())
        page = self.settings.value("window/page", "overview")
        self.show_page(page if page in self._page_keys else "overview")  # builds that page only
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
        current = self.stack.currentWidget()
        if isinstance(current, Page) and not current.can_leave():
            event.ignore()
            return
        self.save_state()
        if self.sharing is not None:
            self.sharing.stop()  # one last sync: the other laptops get tonight's entry
        if self._removed in self.diary.removal_observers:
            self.diary.removal_observers.remove(self._removed)
        super().closeEvent(event)

    # ----------------------------------------------------------------- sharing

    def _add_questionnaire_actions(self, menu) -> None:
        """A clinic's own questionnaire: load its file, answer it, remove it
        (docs/questionnaires.md)."""
        name = "masto_diary.ui.dialogs.questionnaire_dialog"
        for text, object_name, function in (
            (self.tr("Load a &clinic questionnaire…"), "actionLoadQuestionnaire", "show_load_for"),
            (self.tr("Ans&wer a questionnaire…"), "actionAnswerQuestionnaire", "show_answer_for"),
            (self.tr("Remo&ve a questionnaire…"), "actionRemoveQuestionnaire", "show_remove_for"),
        ):
            action = QAction(text, self, objectName=object_name)
            action.triggered.connect(
                lambda _c=False, f=function: getattr(importlib.import_module(name), f)(self)
            )
            menu.addAction(action)

    def _add_sharing_actions(self, menu) -> None:
        for text, name, slot, shortcut in (
            (self.tr("S&hare this diary…"), "actionShare", self.share_diary, None),
            (self.tr("&Join a shared diary…"), "actionJoin", self.join_diary, None),
            (self.tr("S&ync now"), "actionSync", self.sync_now, "Ctrl+Shift+Y"),
            (self.tr("&Conflicts…"), "actionConflicts", self.show_conflicts, None),
        ):
            action = QAction(text, self, objectName=name)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            menu.addAction(action)

    def start_sharing(self):
        """Made after the first frame (ui.app), or when a sharing action is first chosen."""
        if self.sharing is None:
            from masto_diary.ui.sharing import Sharing

            self.sharing = Sharing(self.diary, self)
            self.statusBar().addPermanentWidget(self.sharing.status)
            self.statusBar().addPermanentWidget(self.sharing.findings)
            self.sharing.synced.connect(self._after_sync)
            self.sharing.problem.connect(self._sharing_problem)
            self.data_changed.connect(self.sharing.saved)
            self.sharing.start()
        return self.sharing

    def share_diary(self) -> None:
        from masto_diary.ui.dialogs.share_dialog import ShareDialog

        sharing = self.start_sharing()
        choice = ShareDialog.ask(self, joining=False)
        if choice is not None and sharing.share_into(choice.folder, choice.passphrase, choice.name):
            self.statusBar().showMessage(
                fill_in(self.tr("This diary is now shared through %1."), str(choice.folder)), 30_000
            )

    def join_diary(self) -> None:
        from masto_diary.ui.dialogs.share_dialog import ShareDialog

        if self.child_switcher.count() or self.start_sharing().is_shared():
            QMessageBox.information(
                self,
                self.tr("Join a shared diary"),
                self.tr(
                    "Join only into an empty diary, so nothing here is mixed in by accident: "
                    "start masto-diary with an empty data folder (--data-dir) and join there."
                ),
            )
            return
        choice = ShareDialog.ask(self, joining=True)
        if choice is not None:
            self.sharing.join_from(choice.folder, choice.passphrase, choice.name)

    def sync_now(self) -> None:
        sharing = self.start_sharing()
        if not sharing.is_shared():
            self.statusBar().showMessage(
                self.tr("This diary is not shared yet: File ▸ Share this diary…"), 30_000
            )
            return
        sharing.sync_now(ask=True)

    def show_conflicts(self) -> None:
        from masto_diary.ui.dialogs.conflicts_dialog import show_for

        show_for(self)

    def show_changes(self) -> None:
        """Every page shows what a dialog of the menus (or an undo) changed."""
        self._page_changed_data("")

    def refresh_after_sync(self) -> None:
        """Every page shows what a sync (or a kept conflict version) changed."""
        self.reload_children()
        self._page_changed_data("sync")

    def _after_sync(self, result) -> None:
        if getattr(result, "skipped", False):
            return
        if result.applied:
            self.refresh_after_sync()
        self.statusBar().showMessage(self.sharing.result_sentence(result), 30_000)

    def _sharing_problem(self, sentence: str) -> None:
        self.statusBar().showMessage(sentence, 60_000)

    def show_about(self) -> None:
        from masto_diary.ui.dialogs.about_dialog import show_for  # loaded when asked for

        show_for(self)
