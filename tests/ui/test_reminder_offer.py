"""The first evening's question: evening reminder and start at login, in one choice."""

import datetime as dt
import sys

import pytest
from PySide6.QtCore import QSettings, Qt

from masto_diary.services import children
from masto_diary.ui import reminders
from masto_diary.ui.main_window import MainWindow
from masto_diary.ui.reminder_offer import OFFERED_KEY
from masto_diary.ui.reminders import ReminderCenter, ReminderSettings

EVENING = dt.datetime.combine(dt.date(2026, 11, 20), dt.time(20, 30)).astimezone()


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture(autouse=True)
def private_autostart(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


def _center(qtbot, diary, settings) -> ReminderCenter:
    window = MainWindow(diary, settings)
    qtbot.addWidget(window)
    window.show()
    center = ReminderCenter(window, diary, settings, clock=lambda: EVENING, tray=False)
    window.reminders = center
    center.check()
    return center


def test_an_empty_diary_is_not_asked(qtbot, diary, settings):
    center = _center(qtbot, diary, settings)
    assert not center.offer.isVisible()


def test_yes_turns_on_the_evening_reminder_and_start_at_login(qtbot, diary, settings):
    children.create_child(diary, "Luca", dt.date(2018, 5, 4))
    center = _center(qtbot, diary, settings)
    assert center.offer.isVisible() and center.current == []  # evening reminder still off
    assert "20:00" in center.offer.label.text()

    qtbot.mouseClick(center.offer.yes_button, Qt.MouseButton.LeftButton)
    assert not center.offer.isVisible()
    chosen = ReminderSettings.load(settings)
    assert chosen.evening == dt.time(20, 0) and chosen.injections
    assert [r.kind for r in center.current] == ["evening"]  # applied at once: no entry tonight
    if sys.platform.startswith("linux"):
        entry = reminders.autostart_file().read_text(encoding="utf-8")
        assert "--minimized" in entry


def test_not_now_is_remembered_and_changes_nothing(qtbot, diary, settings):
    children.create_child(diary, "Luca", dt.date(2018, 5, 4))
    center = _center(qtbot, diary, settings)
    qtbot.mouseClick(center.offer.no_button, Qt.MouseButton.LeftButton)
    assert ReminderSettings.load(settings).evening is None
    assert not reminders.autostart_file().exists()
    assert settings.value(OFFERED_KEY) in (True, "true")
    again = _center(qtbot, diary, settings)
    assert not again.offer.isVisible()
