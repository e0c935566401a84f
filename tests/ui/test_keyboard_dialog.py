"""Help ▸ Keyboard shortcuts lists every shortcut the window and its pages really have."""

import re

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton

from masto_diary.services import overview
from masto_diary.ui.dialogs import keyboard_dialog
from masto_diary.ui.dialogs.child_settings_dialog import ChildSettingsDialog
from masto_diary.ui.dialogs.keyboard_dialog import PAGE_KEYS, KeyboardDialog, sequence_text
from masto_diary.ui.main_window import MainWindow

PORTABLE = QKeySequence.SequenceFormat.PortableText
MNEMONIC = re.compile(r"^Alt\+\S$")  # Alt+letter from an "&" in a label: listed as a rule


def shortcuts_of(root) -> set[str]:
    """Every key sequence bound under ``root``: QShortcut, QAction and button shortcuts."""
    found = set()
    for shortcut in root.findChildren(QShortcut):
        found.add(shortcut.key().toString(PORTABLE))
    for action in root.findChildren(QAction):
        found.update(k.toString(PORTABLE) for k in action.shortcuts())
    for button in root.findChildren(QAbstractButton):
        found.add(button.shortcut().toString(PORTABLE))
    return {s for s in found if s and not MNEMONIC.match(s)}


def listed_sequences(window: MainWindow) -> set[str]:
    """Every key sequence the dialog lists (page keys and the window's menus), as PortableText."""
    found = set()
    for _section, lines in PAGE_KEYS:
        for line in lines:
            found.update(sequence_text(keys, PORTABLE) for keys in line.keys)
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        for action in menu.actions() if menu is not None else ():
            if not action.shortcut().isEmpty():
                found.add(action.shortcut().toString(PORTABLE))
    return found


def full_window(qtbot, diary, tmp_path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(diary, settings)
    qtbot.addWidget(window)
    window.show()
    for key in window.page_keys():  # pages are built when first shown
        window.show_page(key)
    return window


def test_every_shortcut_of_every_page_is_listed(qtbot, demo_diary, tmp_path):
    window = full_window(qtbot, demo_diary, tmp_path)
    bound = shortcuts_of(window)
    child = overview.child_summaries(demo_diary)[0].child_id
    settings_dialog = ChildSettingsDialog(demo_diary, child, window)
    qtbot.addWidget(settings_dialog)
    bound |= shortcuts_of(settings_dialog)
    listed = listed_sequences(window)
    assert {"Ctrl+S", "Ctrl+N", "Ctrl+E", "Ctrl+1", "Ctrl+,", "Ctrl+Up"} <= bound
    assert bound - listed == set(), "shortcuts missing from Help ▸ Keyboard shortcuts"


def test_dialog_shows_menu_and_page_keys(qtbot, demo_diary, tmp_path):
    window = full_window(qtbot, demo_diary, tmp_path)
    dialog = KeyboardDialog(window)
    qtbot.addWidget(dialog)
    rows = dict(dialog.rows())
    native = QKeySequence.SequenceFormat.NativeText
    assert rows[QKeySequence("Ctrl+2").toString(native)] == "Go ▸ Today"
    assert rows[QKeySequence("Ctrl+D").toString(native)] == "Copy the scores of the last entry"
    assert "Score the symptom and go to the next one" in rows.values()
    assert dialog.tree.accessibleName()


def test_help_menu_and_f1_open_it(qtbot, diary, tmp_path, monkeypatch):
    window = full_window(qtbot, diary, tmp_path)
    opened = []
    monkeypatch.setattr(KeyboardDialog, "exec", lambda self: opened.append(self) or 0)
    action = window.findChild(QAction, "actionKeyboard")
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    action.trigger()
    assert len(opened) == 1 and opened[0].rows()


def test_go_menu_switches_pages(qtbot, diary, tmp_path):
    window = full_window(qtbot, diary, tmp_path)
    window.show_page("overview")
    window.findChild(QAction, "actionGo_history").trigger()
    assert window.current_page_key() == "history"
    go = [a for a in window.findChildren(QAction) if a.objectName().startswith("actionGo_")]
    assert len(go) == len(window.page_keys())  # every page in the Go menu
    numbered = [a.shortcut().toString() for a in go if not a.shortcut().isEmpty()]
    assert numbered == [f"Ctrl+{n % 10}" for n in range(1, 11)]
    assert window.findChild(QAction, "actionGo_report").shortcut().toString() == "Ctrl+0"


def test_listed_sequences_are_valid_keys():
    for _title, lines in keyboard_dialog.PAGE_KEYS:
        for line in lines:
            for keys in line.keys:
                assert keyboard_dialog.sequence_text(keys), keys
