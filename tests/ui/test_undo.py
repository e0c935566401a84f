"""Undo after a delete, in the window: the bar appears after a page's delete, Undo (or Ctrl+Z)
puts the record back and the page shows it again; the bar goes away by itself."""

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt

from masto_diary.enums import EpisodeKind
from masto_diary.services import children, entries, episodes
from masto_diary.ui.main_window import MainWindow
from masto_diary.ui.pages import episodes as episodes_page
from masto_diary.ui.pages.today import TodayPage


@pytest.fixture
def window(qtbot, diary, tmp_path, monkeypatch):
    monkeypatch.setattr(episodes_page, "confirm_delete", lambda *a: True)
    monkeypatch.setattr(TodayPage, "confirm_delete", classmethod(lambda *a: True))
    child = children.create_child(diary, "Luca", dt.date(2018, 5, 4))
    moment = dt.datetime(2026, 11, 1, 15, 0, tzinfo=dt.UTC)
    episodes.log_episode(diary, child.id, moment, EpisodeKind.FLUSH, trigger_labels=["heat"])
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    shown = MainWindow(diary, settings)
    qtbot.addWidget(shown)
    shown.show()
    shown.activateWindow()
    qtbot.waitUntil(shown.isActiveWindow, timeout=2000)
    yield shown
    shown.close()


def test_a_deleted_episode_comes_back_with_undo(qtbot, window, diary):
    window.show_page("episodes")
    page = window.page("episodes")
    page.table.selectRow(0)
    assert page.delete_selected()
    assert episodes.list_episodes(diary, window.current_child_id()) == []
    assert window.undo_bar.isVisible()
    assert window.undo_bar.label.text() == "The episode was deleted."

    qtbot.mouseClick(window.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    [back] = episodes.list_episodes(diary, window.current_child_id())
    assert list(back.triggers) == ["heat"]
    assert page.model.rowCount() == 1 and not window.undo_bar.isVisible()


def test_a_deleted_entry_comes_back_with_ctrl_z(qtbot, window, diary):
    child_id = window.current_child_id()
    window.show_page("today")
    page = window.page("today")
    entries.save_entry(diary, child_id, page.day, {"itching": 2}, wellbeing=7)
    page.refresh()
    assert page.delete_entry()
    assert entries.read_day(diary, child_id, page.day) is None
    assert window.undo_bar.label.text() == "The entry was deleted."
    window.undo_action.trigger()  # File ▸ Undo delete, Ctrl+Z
    back = entries.read_day(diary, child_id, page.day)
    assert back.scores == {"itching": 2} and back.wellbeing == 7
    assert page.rows[0].score() == 2  # the page shows it again


def test_the_offer_ends_by_itself(qtbot, window, diary, monkeypatch):
    window.undo_bar.timer.setInterval(50)
    window.show_page("episodes")
    page = window.page("episodes")
    page.table.selectRow(0)
    page.delete_selected()
    assert window.undo_bar.isVisible()
    qtbot.waitUntil(lambda: not window.undo_bar.isVisible(), timeout=2000)
    assert not window.undo_bar.undo()  # nothing is undone after the offer ended
