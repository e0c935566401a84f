"""Backups dialog (list, back up now, restore) and the start-up dialog for an unopenable diary."""

import datetime as dt
import hashlib
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog

from masto_diary.services import children, entries
from masto_diary.storage import DIARY_FILENAME, open_diary
from masto_diary.storage.backups import list_backups
from masto_diary.storage.diary_file import inspect_diary_file
from masto_diary.ui.dialogs.backups_dialog import BackupsDialog, refresh_window
from masto_diary.ui.dialogs.open_problem_dialog import OpenProblemDialog
from masto_diary.ui.main_window import MainWindow
from tests import reads


def _settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def days(path: Path) -> int:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return connection.execute("SELECT count(*) FROM daily_entry").fetchone()[0]
    finally:
        connection.close()


def write(data_dir: Path, name: str, count: int, start=dt.date(2024, 3, 1)) -> None:
    with open_diary(data_dir) as diary:
        existing = {c.name: c for c in reads.list_children(diary)}
        kid = existing.get(name) or children.create_child(diary, name, dt.date(2016, 5, 1))
        with diary.transaction():
            for n in range(count):
                day = start + dt.timedelta(days=n)
                entries.save_entry(diary, kid.id, day, {"itching": 1})


@pytest.fixture
def two_backups(data_dir: Path) -> Path:
    write(data_dir, "Anna", 3)  # backup 1: Anna, 3 days
    write(data_dir, "Luca", 80, start=dt.date(2024, 4, 1))  # backup 2: both, 83 days
    return data_dir


# --------------------------------------------------------------------------- backups dialog


def test_the_list_shows_date_kind_size_and_contents(qtbot, two_backups):
    diary = open_diary(two_backups)
    dialog = BackupsDialog(diary)
    qtbot.addWidget(dialog)
    table = dialog.table
    assert table.rowCount() == 2
    row = [table.item(0, c).text() for c in range(table.columnCount())]
    assert row[1] == "when closed"
    assert row[2].endswith("KB")
    assert (row[3], row[4]) == ("2", "83")
    assert row[5] == "2024-06-19"  # C locale: ISO
    assert table.item(1, 3).text() == "1" and table.item(1, 4).text() == "3"
    assert not dialog.restore_button.isEnabled()
    diary.close()


def test_the_demo_commands_backup_is_called_a_demo_backup(qtbot, tmp_path, capsys):
    from masto_diary.cli import main

    folder = tmp_path / "demo"
    assert main(["demo", "--data-dir", str(folder)]) == 0
    diary = open_diary(folder)
    dialog = BackupsDialog(diary)
    qtbot.addWidget(dialog)
    kinds = [dialog.table.item(row, 1).text() for row in range(dialog.table.rowCount())]
    assert kinds[-1] == "of the demo diary", kinds  # the oldest: the one demo made
    diary.close()


def test_back_up_now_adds_a_row(qtbot, two_backups):
    diary = open_diary(two_backups)
    dialog = BackupsDialog(diary)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 3
    assert dialog.table.item(0, 1).text() == "by you"
    assert "checked" in dialog.status.text()
    diary.close()


def test_restore_from_the_main_window_swaps_the_file_and_reloads(
    qtbot, two_backups, tmp_path, monkeypatch
):
    diary = open_diary(two_backups)
    window = MainWindow(diary, _settings(tmp_path))
    qtbot.addWidget(window)
    assert window.child_switcher.count() == 2
    dialog = BackupsDialog(diary, window)
    qtbot.addWidget(dialog)
    dialog.restored.connect(lambda message: refresh_window(window, message))
    monkeypatch.setattr(dialog, "confirm", lambda backup: True)
    dialog.table.selectRow(1)  # the older one: Anna only
    assert dialog.restore_button.isEnabled()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert days(diary.path) == 3
    assert window.child_switcher.count() == 1
    assert "was restored" in window.statusBar().currentMessage()
    kinds = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
    assert "before a restore" in kinds
    (kid,) = reads.list_children(diary)  # the same Diary object works on the restored file
    entries.save_entry(diary, kid.id, dt.date(2025, 1, 1), {"itching": 0})
    assert days(diary.path) == 4
    diary.close()


def test_a_declined_confirmation_changes_nothing(qtbot, two_backups, monkeypatch):
    diary = open_diary(two_backups)
    dialog = BackupsDialog(diary)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(dialog, "confirm", lambda backup: False)
    dialog.table.selectRow(1)
    dialog.restore_clicked()
    assert days(diary.path) == 83
    diary.close()


def test_the_file_menu_offers_export_import_and_backups(qtbot, diary, tmp_path):
    window = MainWindow(diary, _settings(tmp_path))
    qtbot.addWidget(window)
    file_menu = window.menuBar().actions()[0].menu()
    names = [a.objectName() for a in file_menu.actions() if a.objectName()]
    assert names.index("actionExport") < names.index("actionImport") < names.index("actionBackups")
    assert names[-1] == "actionQuit"


# --------------------------------------------------------------------------- open problem dialog


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for page in range(2, len(data) // 4096):
        data[page * 4096 + 100 : page * 4096 + 300] = b"\xa5" * 200
    path.write_bytes(bytes(data))


def refused(path: Path) -> Exception:
    try:
        inspect_diary_file(path)
    except Exception as error:  # noqa: BLE001 - the dialog takes whatever open_diary raised
        return error
    raise AssertionError("the file opened")


def test_a_damaged_diary_can_be_restored_from_the_newest_good_backup(qtbot, two_backups):
    path = two_backups / DIARY_FILENAME
    damage(path)
    damaged = hashlib.sha256(path.read_bytes()).hexdigest()
    dialog = OpenProblemDialog(path, refused(path))
    qtbot.addWidget(dialog)
    assert "damaged" in dialog.explanation.text()
    assert "2 children, 83 days" in dialog.findChild(type(dialog.explanation), "backupText").text()
    assert dialog.restore_button.isEnabled() and dialog.restore_button.isDefault()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.choice == "restored"
    assert days(path) == 83
    found = two_backups.glob(f"{DIARY_FILENAME}.damaged-*")
    (aside,) = [p for p in found if not p.name.endswith(("-wal", "-shm"))]
    assert hashlib.sha256(aside.read_bytes()).hexdigest() == damaged
    assert "kept as" in dialog.message
    open_diary(two_backups).close()


def test_without_a_backup_only_another_file_or_quit_are_offered(qtbot, data_dir, tmp_path):
    data_dir.mkdir()
    path = data_dir / DIARY_FILENAME
    path.write_text("shopping list")
    dialog = OpenProblemDialog(path, refused(path))
    qtbot.addWidget(dialog)
    assert "not a diary at all" in dialog.explanation.text()
    assert not dialog.restore_button.isEnabled()
    assert dialog.open_button.isDefault()
    qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)
    assert dialog.choice == "quit"


def test_open_another_file_returns_its_path(qtbot, data_dir, tmp_path, monkeypatch):
    data_dir.mkdir()
    path = data_dir / DIARY_FILENAME
    path.write_text("shopping list")
    other = tmp_path / "elsewhere" / DIARY_FILENAME
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(other), ""))
    )
    dialog = OpenProblemDialog(path, refused(path))
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert (dialog.choice, dialog.chosen_path) == ("other", other)


def test_a_newer_versions_diary_is_explained_in_plain_words(qtbot, two_backups):
    path = two_backups / DIARY_FILENAME
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    dialog = OpenProblemDialog(path, refused(path))
    qtbot.addWidget(dialog)
    assert "newer version of masto-diary" in dialog.explanation.text()
    assert "schema 9999" in dialog.detail.text()
    assert list_backups(two_backups)  # offered, and restoring would keep the newer file aside


def test_start_up_on_a_damaged_diary_restores_then_opens(qtbot, two_backups, monkeypatch):
    from masto_diary.ui import app
    from masto_diary.ui.single_instance import SingleInstance

    path = two_backups / DIARY_FILENAME
    damage(path)
    shown = []

    def click_restore(dialog):
        shown.append(dialog.explanation.text())
        dialog.restore()
        return 1

    monkeypatch.setattr(OpenProblemDialog, "exec", click_restore)
    instance = SingleInstance(two_backups)
    assert instance.acquire()
    diary, message = app.open_or_recover(instance, path, smoke_test=False)
    assert len(shown) == 1 and "damaged" in shown[0]
    assert "was restored" in message
    assert len(reads.list_children(diary)) == 2
    diary.close()
    instance.release()


def test_start_up_quit_opens_nothing(qtbot, data_dir, monkeypatch):
    from masto_diary.ui import app
    from masto_diary.ui.single_instance import SingleInstance

    data_dir.mkdir()
    (data_dir / DIARY_FILENAME).write_text("shopping list")
    monkeypatch.setattr(OpenProblemDialog, "exec", lambda dialog: dialog.reject() or 0)
    instance = SingleInstance(data_dir)
    assert instance.acquire()
    assert app.open_or_recover(instance, data_dir / DIARY_FILENAME, smoke_test=False) == (
        None,
        "",
    )
    assert (data_dir / DIARY_FILENAME).read_text() == "shopping list"
    instance.release()
