"""The Charts page's view switcher: toggle buttons that show their view, by mouse and by key,
and that never tell a screen reader they have the focus unless they do (unlike a tab bar)."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel, QToolButton

from masto_diary.ui.widgets.view_switcher import ViewSwitcher


def _switcher(qtbot) -> tuple[ViewSwitcher, list[QLabel]]:
    switcher = ViewSwitcher(objectName="views")
    views = [QLabel(name) for name in ("one", "two", "three")]
    for view, text in zip(views, ("&One", "T&wo", "Th&ree"), strict=True):
        switcher.addTab(view, text)
    qtbot.addWidget(switcher)
    switcher.show()
    qtbot.waitExposed(switcher)
    return switcher, views


def _buttons(switcher: ViewSwitcher) -> list[QToolButton]:
    return [switcher._button(i) for i in range(switcher.count())]


def test_the_first_view_is_shown_and_its_button_pressed(qtbot):
    switcher, views = _switcher(qtbot)
    assert switcher.currentWidget() is views[0]
    assert [b.isChecked() for b in _buttons(switcher)] == [True, False, False]
    assert [b.accessibleName() for b in _buttons(switcher)] == ["One", "Two", "Three"]


def test_a_click_shows_the_view_and_says_so(qtbot):
    switcher, views = _switcher(qtbot)
    with qtbot.waitSignal(switcher.currentChanged) as said:
        qtbot.mouseClick(_buttons(switcher)[2], Qt.MouseButton.LeftButton)
    assert said.args == [2]
    assert switcher.currentWidget() is views[2]
    assert [b.isChecked() for b in _buttons(switcher)] == [False, False, True]
    assert [b.font().bold() for b in _buttons(switcher)] == [False, False, True]


def test_arrow_keys_and_ctrl_tab_step_through_the_views(qtbot):
    switcher, views = _switcher(qtbot)
    switcher.activateWindow()
    _buttons(switcher)[0].setFocus()
    qtbot.waitUntil(lambda: _buttons(switcher)[0].hasFocus())
    qtbot.keyClick(_buttons(switcher)[0], Qt.Key.Key_Right)
    assert switcher.currentWidget() is views[1]
    qtbot.keyClick(switcher, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert switcher.currentWidget() is views[2]
    qtbot.keyClick(switcher, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert switcher.currentWidget() is views[0]  # round the end
    qtbot.keyClick(switcher, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ControlModifier)
    assert switcher.currentWidget() is views[2]


def test_a_hidden_view_is_skipped_and_gives_way(qtbot):
    switcher, views = _switcher(qtbot)
    switcher.setCurrentIndex(1)
    switcher.setTabVisible(1, False)
    assert not switcher.isTabVisible(1)
    assert switcher.currentWidget() is views[0]
    switcher.setCurrentIndex(1)  # a hidden view cannot be shown
    assert switcher.currentWidget() is views[0]
    switcher.step(1)
    assert switcher.currentWidget() is views[2]


def test_insert_and_remove_keep_the_shown_view(qtbot):
    switcher, views = _switcher(qtbot)
    switcher.setCurrentIndex(1)
    extra = QLabel("first")
    switcher.insertTab(0, extra, "&First")
    assert switcher.currentWidget() is views[1]
    assert switcher.tabText(0) == "&First"
    assert [b.isChecked() for b in _buttons(switcher)] == [False, False, True, False]
    switcher.removeTab(switcher.indexOf(extra))
    assert switcher.currentWidget() is views[1]
    assert [b.isChecked() for b in _buttons(switcher)] == [False, True, False]


def test_no_button_claims_the_focus_it_does_not_have(qtbot):
    switcher, _views = _switcher(qtbot)
    for button in _buttons(switcher):
        state = QAccessible.queryAccessibleInterface(button).state()
        assert not state.focused
    checked = QAccessible.queryAccessibleInterface(_buttons(switcher)[0]).state()
    assert checked.checked
