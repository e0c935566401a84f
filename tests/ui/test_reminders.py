"""Reminders: the rules driven by an injectable clock, the banner, the tray signal, autostart."""

import datetime as dt
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QPushButton

from masto_diary.enums import Diagnosis
from masto_diary.services import children, entries, injections
from masto_diary.ui import reminders
from masto_diary.ui.main_window import MainWindow
from masto_diary.ui.reminders import ReminderCenter, ReminderSettings
from masto_diary.words import i18n

LAST_DOSE = dt.date(2026, 11, 1)
DUE = LAST_DOSE + dt.timedelta(days=28)  # 29 November


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute)).astimezone()


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, moment: dt.datetime):
        self.moment = moment

    def __call__(self) -> dt.datetime:
        return self.moment


@pytest.fixture
def luca(diary) -> int:
    child = children.create_child(diary, "Luca", dt.date(2017, 3, 1), Diagnosis.INDOLENT_SYSTEMIC)
    injections.set_plan(diary, child.id, dt.date(2026, 6, 1), 150)
    injections.log_injection(diary, child.id, at(LAST_DOSE, 10), 150)
    return child.id


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def make_center(qtbot, diary, settings, moment: dt.datetime):
    window = MainWindow(diary, settings)
    qtbot.addWidget(window)
    window.show()
    clock = Clock(moment)
    center = ReminderCenter(window, diary, settings, clock=clock, tray=False)
    window.reminders = center
    sent: list[str] = []
    center.notified.connect(lambda _title, text: sent.append(text))
    return window, center, clock, sent


def kinds(center) -> list[str]:
    return [r.kind for r in center.check()]


def test_injection_banner_the_day_before_and_on_the_day_only(qtbot, diary, luca, settings):
    window, center, clock, sent = make_center(qtbot, diary, settings, at(DUE, 9) - dt.timedelta(2))
    assert kinds(center) == []  # two days before: nothing yet
    assert not center.banner.isVisible()

    clock.moment = at(DUE - dt.timedelta(days=1), 9)
    assert kinds(center) == ["injection-tomorrow"]
    assert center.banner.isVisible()
    assert "Luca" in center.current[0].text and "tomorrow" in center.current[0].text

    clock.moment = at(DUE, 8)
    assert kinds(center) == ["injection-today"]
    assert len(sent) == 2  # one tray message each day, not one a minute
    center.check()
    assert len(sent) == 2


@pytest.fixture
def english():
    """The English catalogue: it holds the plural forms ("1 day" / "3 days")."""
    i18n.install(choice="en")
    yield
    i18n.uninstall()


def test_overdue_dose_is_said_in_words_until_it_is_recorded(qtbot, diary, luca, settings, english):
    window, center, clock, sent = make_center(qtbot, diary, settings, at(DUE, 9) + dt.timedelta(3))
    (reminder,) = center.check()
    assert reminder.kind == "injection-overdue" and reminder.urgent
    assert "OVERDUE by 3 days" in reminder.text  # the English plural form from the .qm/%n
    injections.log_injection(diary, luca, clock.moment - dt.timedelta(hours=1), 150)
    window.data_changed.emit()  # what a page does after a save
    assert center.current == []
    assert not center.banner.isVisible()


def test_evening_reminder_only_after_the_set_time_and_without_an_entry(
    qtbot, diary, luca, settings
):
    day = DUE - dt.timedelta(days=10)  # no injection reminder on this day
    ReminderSettings(injections=True, evening=dt.time(20, 30)).save(settings)
    window, center, clock, sent = make_center(qtbot, diary, settings, at(day, 20, 29))
    assert kinds(center) == []  # a minute early
    clock.moment = at(day, 20, 30)
    assert kinds(center) == ["evening"]
    assert center.current[0].day == day
    clock.moment = at(day + dt.timedelta(days=1), 1, 15)  # after midnight: still that evening
    assert kinds(center) == ["evening"] and center.current[0].day == day
    entries.save_entry(diary, luca, day, {"itching": 1})
    assert kinds(center) == []
    clock.moment = at(day + dt.timedelta(days=1), 10)  # next morning: not yet the time
    assert kinds(center) == []


def test_start_checks_at_once_then_every_minute(qtbot, diary, luca, settings):
    window, center, clock, sent = make_center(qtbot, diary, settings, at(DUE, 9))
    center.start()
    assert center.timer.isActive() and center.timer.interval() == 60_000
    assert [r.kind for r in center.current] == ["injection-today"] and len(sent) == 1


def test_evening_reminder_is_off_by_default(qtbot, diary, luca, settings):
    assert ReminderSettings.load(settings) == ReminderSettings(injections=True, evening=None)
    window, center, clock, sent = make_center(qtbot, diary, settings, at(DUE, 23))
    assert kinds(center) == ["injection-today"]


def test_turning_injection_reminders_off_applies_at_once(qtbot, diary, luca, settings):
    window, center, clock, sent = make_center(qtbot, diary, settings, at(DUE, 9))
    assert kinds(center) == ["injection-today"]
    ReminderSettings(injections=False, evening=None).save(settings)
    center.apply_settings()
    assert center.current == []


def banner_button(center, name: str) -> QPushButton:
    return next(b for b in center.banner.findChildren(QPushButton) if b.objectName() == name)


def test_dismissed_reminder_stays_away_for_the_day_only(qtbot, diary, luca, settings):
    window, center, clock, sent = make_center(qtbot, diary, settings, at(DUE, 9))
    center.check()
    qtbot.mouseClick(banner_button(center, "reminderDismissButton"), Qt.MouseButton.LeftButton)
    assert center.current == [] and not center.banner.isVisible()
    clock.moment = at(DUE, 18)
    assert kinds(center) == []  # also after the app was started again (kept in QSettings)
    clock.moment = at(DUE + dt.timedelta(days=1), 9)
    assert kinds(center) == ["injection-overdue"]  # a new day, a new reminder


def test_banner_button_opens_the_childs_page(qtbot, diary, luca, settings):
    ReminderSettings(injections=True, evening=dt.time(20, 0)).save(settings)
    day = DUE - dt.timedelta(days=10)
    window, center, clock, sent = make_center(qtbot, diary, settings, at(day, 21))
    center.check()
    qtbot.mouseClick(banner_button(center, "reminderOpenButton"), Qt.MouseButton.LeftButton)
    assert window.current_page_key() == "today"
    assert window.page("today").day == day
    assert window.current_child_id() == luca


def test_reminder_texts_for_several_children_name_each_child(qtbot, diary, luca, settings):
    anna = children.create_child(diary, "Anna", dt.date(2019, 1, 1))
    injections.set_plan(diary, anna.id, DUE, 75)  # her first dose is due on the same day
    window, center, clock, sent = make_center(qtbot, diary, settings, at(DUE, 9))
    texts = [r.text for r in center.check()]
    assert len(texts) == 2
    assert any(t.startswith("Anna:") for t in texts) and any(t.startswith("Luca:") for t in texts)


def test_start_minimised_without_a_tray_minimises_the_window(qtbot, diary, luca, settings):
    window, center, clock, sent = make_center(qtbot, diary, settings, at(DUE, 9))
    center.hide_to_tray()
    assert window.isMinimized() or not window.isVisible()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG autostart is Linux's")
def test_autostart_entry_is_written_and_removed(private_home: Path, tmp_path):
    data_dir = tmp_path / "elsewhere"
    path = reminders.set_autostart(True, data_dir)
    assert path == private_home / "config" / "autostart" / "io.github.mastodiary.MastoDiary.desktop"
    text = path.read_text(encoding="utf-8")
    assert "[Desktop Entry]" in text and "Type=Application" in text
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    assert exec_line.endswith("--minimized")
    assert f"--data-dir {data_dir}" in exec_line  # not the default folder: named
    assert reminders.autostart_enabled()
    reminders.set_autostart(False)
    assert not path.exists() and not reminders.autostart_enabled()


def test_autostart_command_of_the_default_diary_has_no_data_dir(private_home: Path):
    from masto_diary.storage import resolve_data_dir

    command = reminders.launch_command(resolve_data_dir(None))
    assert "--data-dir" not in command and command[-1] == "--minimized"


def test_cli_accepts_minimized(monkeypatch):
    from masto_diary import cli

    seen = {}
    monkeypatch.setattr("masto_diary.ui.app.run_gui", lambda **kwargs: seen.update(kwargs) or 0)
    assert cli.main(["--minimized"]) == 0
    assert seen["minimized"] is True


def test_reminders_started_after_the_first_frame_leave_the_focus_where_it_is(
    qtbot, diary, luca, settings
):
    """The window starts its reminders after its first frame (ui/app.py), when the parent may
    already be on the Today page's first symptom: putting the bars above the pages must not
    take the keyboard away from it."""
    window = MainWindow(diary, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.show_page("today")
    page = window.page("today")
    page.focus_row(0)
    qtbot.waitUntil(lambda: page.rows[0].hasFocus())
    window.reminders = ReminderCenter(window, diary, settings, clock=Clock(at(DUE, 20)), tray=False)
    window.reminders.start()
    assert page.rows[0].hasFocus()
