"""The five list pages share one base: on each, Enter and a double-click open the chosen row
once, Delete asks to delete it, and every button is named for screen readers by its text."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QTableView

from masto_diary.ui.pages.base import ListPage
from tests.ui.walk import every_page, open_window

LIST_PAGES = {"episodes", "injections", "medications", "labs", "visits"}


def _list_pages(qtbot, demo_diary, tmp_path):
    window = open_window(qtbot, demo_diary, tmp_path)
    found = {key: page for key, page in every_page(window) if isinstance(page, ListPage)}
    assert set(found) == LIST_PAGES
    return window, found


def _counting(page, name: str) -> list[int]:
    calls: list[int] = []
    setattr(page, name, lambda: calls.append(1))  # the table's keys look the slot up each time
    return calls


def test_enter_double_click_and_delete_act_once_on_the_chosen_row(qtbot, demo_diary, tmp_path):
    window, pages = _list_pages(qtbot, demo_diary, tmp_path)
    for key, page in pages.items():
        window.show_page(key)
        table = page.findChildren(QTableView)[-1]  # medications: the full history
        page.set_child(1)  # Luca, the demo child with a long history
        assert table.model().rowCount() > 0, key
        table.selectRow(0)
        edits, deletes = _counting(page, "edit_selected"), _counting(page, "delete_selected")
        table.setFocus()
        qtbot.waitUntil(table.hasFocus)
        qtbot.keyClick(table, Qt.Key.Key_Return)
        assert len(edits) == 1, f"{key}: Enter"
        cell = table.visualRect(table.model().index(0, 0)).center()
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)  # as a hand does
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
        assert len(edits) == 2, f"{key}: double-click"
        qtbot.keyClick(table, Qt.Key.Key_Delete)
        assert len(deletes) == 1, f"{key}: Delete"


def test_every_list_button_is_named_by_its_text(qtbot, demo_diary, tmp_path):
    _window, pages = _list_pages(qtbot, demo_diary, tmp_path)
    for key, page in pages.items():
        buttons = page.findChildren(QPushButton)
        assert buttons, key
        for button in buttons:
            plain = button.text().replace("&", "").rstrip("…")
            assert button.accessibleName() == plain, f"{key}: {button.objectName()}"
