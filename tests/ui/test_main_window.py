"""Main window: child switcher, navigation, and what it remembers between runs."""

import datetime as dt

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget

from masto_diary.enums import Diagnosis
from masto_diary.services import children
from masto_diary.ui.main_window import MainWindow
from tests import reads


def _settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_switcher_lists_active_children_only(qtbot, diary, tmp_path):
    luca = children.create_child(diary, "Luca", dt.date(2018, 1, 1), Diagnosis.INDOLENT_SYSTEMIC)
    old = children.create_child(diary, "Anna", dt.date(2016, 1, 1))
    children.set_archived(diary, old.id, True)
    window = MainWindow(diary, _settings(tmp_path))
    qtbot.addWidget(window)
    items = [window.child_switcher.itemText(i) for i in range(window.child_switcher.count())]
    assert items == ["Luca"]
    assert window.current_child_id() == luca.id


def test_window_remembers_size_page_and_child(qtbot, diary, tmp_path):
    children.create_child(diary, "Luca", dt.date(2018, 1, 1))
    giulia = children.create_child(diary, "Giulia", dt.date(2020, 1, 1))
    first = MainWindow(diary, _settings(tmp_path))
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 500)  # the offscreen screen is 800×800
    first.select_child(giulia.id)
    first.save_state()

    second = MainWindow(diary, _settings(tmp_path))
    qtbot.addWidget(second)
    second.show()
    assert second.current_child_id() == giulia.id
    assert (second.width(), second.height()) == (700, 500)
    assert second.current_page_key() == "overview"


def test_a_page_built_while_its_placeholder_is_shown_stays_shown(qtbot, diary, tmp_path):
    window = MainWindow(diary, _settings(tmp_path))
    qtbot.addWidget(window)
    window.stack.setCurrentIndex(window.page_keys().index("history"))  # its placeholder
    history = window.page("history")  # built by code, not through the page list
    assert window.stack.currentWidget() is history  # not the next page's placeholder


def test_child_changed_signal_follows_the_switcher(qtbot, diary, tmp_path):
    luca = children.create_child(diary, "Luca", dt.date(2018, 1, 1))
    children.create_child(diary, "Giulia", dt.date(2020, 1, 1))
    window = MainWindow(diary, _settings(tmp_path))
    qtbot.addWidget(window)
    assert window.child_switcher.currentText() == "Giulia"  # sorted by name
    with qtbot.waitSignal(window.child_changed) as changed:
        window.child_switcher.setCurrentIndex(window.child_switcher.findData(luca.id))
    assert changed.args == [luca.id]


def test_every_page_copes_when_the_last_child_is_archived(qtbot, demo_diary, tmp_path):
    window = MainWindow(demo_diary, _settings(tmp_path))
    qtbot.addWidget(window)
    window.show()
    for key in window.page_keys():
        window.show_page(key)
        assert window.current_page_key() == key
    for child in reads.list_children(demo_diary):
        children.set_archived(demo_diary, child.id, True)
    window.reload_children()
    assert window.child_switcher.count() == 0
    for key in window.page_keys():
        window.show_page(key)  # builds nothing new, must not raise with no child
        assert window.page(key).child_id is None


def test_first_window_fits_the_screen(qtbot, diary, tmp_path):
    window = MainWindow(diary, _settings(tmp_path))
    qtbot.addWidget(window)
    available = window.screen().availableGeometry().size()  # offscreen: 800×800
    assert window.width() <= available.width() and window.height() <= available.height()
    assert (window.width(), window.height()) == (min(1100, available.width()), 720)


def test_a_window_remembered_on_today_builds_the_overview_only_when_first_shown(
    qtbot, diary, tmp_path
):
    """Start-up pays for the page it shows; the Overview, built later, keeps its names,
    its shortcut (Ctrl+1) and its wiring (Enter on a child opens that child's Today)."""
    luca = children.create_child(diary, "Luca", dt.date(2018, 1, 1))
    settings = _settings(tmp_path)
    settings.setValue("window/page", "today")
    window = MainWindow(diary, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.current_page_key() == "today"
    assert window.findChild(QWidget, "overviewPage") is None  # not built at start-up

    window.activateWindow()
    first_symptom = window.page("today").rows[0]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first_symptom, timeout=3000)
    qtbot.keyClick(first_symptom, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.current_page_key() == "overview")
    overview = window.findChild(QWidget, "overviewPage")
    assert overview is not None and window.stack.currentWidget() is overview
    assert overview.table.accessibleName() == "Children in this diary"
    assert overview.model.rowCount() == 1  # loaded when built

    overview.table.setFocus()
    overview.table.setCurrentIndex(overview.model.index(0, 0))
    qtbot.keyClick(overview.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_page_key() == "today")
    assert window.current_child_id() == luca.id

    qtbot.waitUntil(lambda: QApplication.focusWidget() is first_symptom, timeout=3000)
    qtbot.keyClick(first_symptom, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "overview"  # and back, whatever page is shown
