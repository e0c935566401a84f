"""File ▸ Settings…: every field is stored with QSettings and applied where it can be at once."""

import datetime as dt
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt, QTime
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox

from masto_diary.storage.backups import backup_location
from masto_diary.ui import reminders
from masto_diary.ui.dialogs.settings_dialog import SettingsDialog, paper_size
from masto_diary.ui.main_window import MainWindow
from masto_diary.ui.reminders import ReminderSettings
from masto_diary.words import i18n


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def make_dialog(qtbot, settings, data_dir: Path) -> SettingsDialog:
    dialog = SettingsDialog(settings, data_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def save(qtbot, dialog: SettingsDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_defaults_when_nothing_was_chosen(qtbot, settings, tmp_path):
    dialog = make_dialog(qtbot, settings, tmp_path)
    assert dialog.language_combo.currentData() == i18n.SYSTEM
    assert dialog.paper_combo.currentData() == paper_size(settings)
    assert dialog.injection_check.isChecked()
    assert not dialog.evening_check.isChecked()  # off by default
    assert not dialog.evening_time.isEnabled()
    assert dialog.backups_edit.text() == ""
    assert str(tmp_path / "backups") in dialog.backups_edit.placeholderText()


def test_saving_stores_every_field(qtbot, settings, tmp_path, private_home):
    dialog = make_dialog(qtbot, settings, tmp_path)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("it"))
    dialog.paper_combo.setCurrentIndex(dialog.paper_combo.findData("letter"))
    qtbot.mouseClick(dialog.injection_check, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.evening_check, Qt.MouseButton.LeftButton)
    assert dialog.evening_time.isEnabled()
    dialog.evening_time.setTime(QTime(21, 15))
    dialog.backups_edit.setText(str(tmp_path / "usb"))
    save(qtbot, dialog)

    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert settings.value(i18n.LANGUAGE_KEY) == "it"
    assert settings.value("report/paper") == "letter"
    assert ReminderSettings.load(settings) == ReminderSettings(False, dt.time(21, 15))
    assert settings.value("backups/folder") == str(tmp_path / "usb")
    assert backup_location(tmp_path) == tmp_path / "usb"  # the storage layer uses it too
    assert (tmp_path / "usb").stat().st_mode & 0o777 == 0o700
    assert dialog.language_changed
    again = make_dialog(qtbot, settings, tmp_path)  # and they come back
    assert again.language_combo.currentData() == "it"
    assert again.paper_combo.currentData() == "letter"
    assert again.evening_time.time() == QTime(21, 15)


def test_cancel_changes_nothing(qtbot, settings, tmp_path):
    dialog = make_dialog(qtbot, settings, tmp_path)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    assert settings.value(i18n.LANGUAGE_KEY) is None


def test_default_paper_follows_the_locale(settings):
    try:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        assert paper_size(settings) == "letter"
        QLocale.setDefault(QLocale(QLocale.Language.Italian, QLocale.Country.Italy))
        assert paper_size(settings) == "a4"
        settings.setValue("report/paper", "letter")
        assert paper_size(settings) == "letter"  # a choice beats the locale
    finally:
        QLocale.setDefault(QLocale.system())


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG autostart is Linux's")
def test_start_at_login_writes_and_removes_the_autostart_entry(qtbot, settings, tmp_path):
    dialog = make_dialog(qtbot, settings, tmp_path)
    assert not dialog.autostart_check.isChecked()
    qtbot.mouseClick(dialog.autostart_check, Qt.MouseButton.LeftButton)
    save(qtbot, dialog)
    assert reminders.autostart_file().is_file()
    assert "--minimized" in reminders.autostart_file().read_text(encoding="utf-8")

    dialog = make_dialog(qtbot, settings, tmp_path)
    assert dialog.autostart_check.isChecked()
    qtbot.mouseClick(dialog.autostart_check, Qt.MouseButton.LeftButton)
    save(qtbot, dialog)
    assert not reminders.autostart_file().exists()


def test_window_menu_opens_it_and_applies_reminders(qtbot, diary, settings, monkeypatch):
    window = MainWindow(diary, settings)
    qtbot.addWidget(window)
    applied = []

    class Center:
        def apply_settings(self):
            applied.append(True)

    window.reminders = Center()
    monkeypatch.setattr(SettingsDialog, "exec", lambda self: self.accept() or 1)
    window.findChild(QAction, "actionSettings").trigger()
    assert applied == [True]
    assert settings.value("report/paper") in ("a4", "letter")
