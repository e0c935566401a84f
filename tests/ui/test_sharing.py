"""Two windows, two diaries, one shared folder: the window's side of folder sync (ui.sharing).

The folder tool is the shared folder itself (both laptops see the same files at once); the
engine's own tests simulate delays, duplicates and conflict copies.  Here: share from one
window, join from the other, an evening typed on the Today page of one arrives in the other,
a save syncs by itself a moment later, a conflicting edit is listed under Conflicts, the same dose
logged on both is a likely duplicate kept once, and a pulled USB stick is a sentence.
"""

import datetime as dt
import shutil
import sqlite3

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel

from masto_diary.services import children, entries, injections
from masto_diary.storage import open_diary
from masto_diary.sync import share
from masto_diary.ui import sharing as sharing_module
from masto_diary.ui.dialogs import conflicts_dialog
from masto_diary.ui.main_window import MainWindow
from masto_diary.ui.pages import today as today_module
from masto_diary.ui.pages.today import TodayPage
from tests import reads

PASSPHRASE = "correct horse battery"
EVENING = dt.datetime(2026, 12, 3, 21, 0)
DAY = EVENING.date()


@pytest.fixture(autouse=True)
def evening(monkeypatch):
    monkeypatch.setattr(today_module, "local_now", lambda: EVENING)
    monkeypatch.setattr(TodayPage, "ask_unsaved", classmethod(lambda *a: "discard"))
    monkeypatch.delenv("MASTO_DIARY_PASSPHRASE", raising=False)


def _window(qtbot, data_dir, tmp_path, name: str) -> MainWindow:
    diary = open_diary(data_dir, auto_backup=False)
    settings = QSettings(str(tmp_path / f"{name}.ini"), QSettings.Format.IniFormat)
    window = MainWindow(diary, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.start_sharing()
    return window


@pytest.fixture
def laptops(qtbot, tmp_path):
    """The kitchen laptop's diary (holding Luca) shared; the study laptop joined from it."""
    kitchen_dir, study_dir, folder = tmp_path / "kitchen", tmp_path / "study", tmp_path / "shared"
    folder.mkdir()
    with open_diary(kitchen_dir) as diary:
        children.create_child(diary, "Luca", dt.date(2017, 3, 2))
    kitchen = _window(qtbot, kitchen_dir, tmp_path, "kitchen")
    assert kitchen.sharing.share_into(folder, PASSPHRASE, "kitchen laptop")
    study = _window(qtbot, study_dir, tmp_path, "study")
    assert study.sharing.join_from(folder, PASSPHRASE, "study laptop")
    yield kitchen, study, folder
    for window in (kitchen, study):
        window.close()
        window.diary.close()


def _type_evening(qtbot, window: MainWindow, digits: str) -> None:
    """The evening typed on the Today page of ``window`` (the other window stays open)."""
    window.raise_()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.show_page("today")
    page = window.page("today")
    page.focus_row(0)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.rows[0])
    for digit in digits:
        qtbot.keyClick(QApplication.focusWidget(), digit)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not page.is_dirty()


def test_joining_brings_the_child_and_the_status_line_says_shared(laptops):
    kitchen, study, _folder = laptops
    assert study.child_switcher.count() == 1
    assert study.child_switcher.itemText(0).startswith("Luca")
    assert kitchen.sharing.status.isVisible() and study.sharing.status.isVisible()
    assert "Shared diary" in study.sharing.status.text()


def test_an_evening_typed_in_one_window_appears_in_the_other_after_a_sync(qtbot, laptops):
    kitchen, study, _folder = laptops
    _type_evening(qtbot, kitchen, "2" * 14)
    assert kitchen.sharing.sync_now()
    assert study.sharing.sync_now()
    luca = reads.find_child(study.diary, "Luca")
    assert entries.read_day(study.diary, luca.id, DAY).scores["flushing"] == 2
    status = study.sharing.status.text()
    assert "“kitchen laptop” last heard from" in status and " min ago" in status, status
    assert "Synced" in study.statusBar().currentMessage()


def test_a_save_syncs_by_itself_a_moment_later(qtbot, laptops, monkeypatch):
    kitchen, study, folder = laptops
    before = sorted(p.stat().st_size for p in folder.rglob("*.log"))
    _type_evening(qtbot, kitchen, "1" * 14)
    assert kitchen.sharing._after_save.isActive()  # the debounced sync, not yet run
    qtbot.waitUntil(
        lambda: sorted(p.stat().st_size for p in folder.rglob("*.log")) != before,
        timeout=sharing_module.SAVE_DELAY_MS + 5_000,
    )


def _flushing(window: MainWindow) -> int:
    luca = reads.find_child(window.diary, "Luca")
    return entries.read_day(window.diary, luca.id, DAY).scores["flushing"]


def test_a_conflicting_edit_is_listed_and_the_other_version_can_be_kept(qtbot, laptops):
    kitchen, study, _folder = laptops
    _type_evening(qtbot, kitchen, "1" * 14)
    _type_evening(qtbot, study, "3" * 14)  # the same evening, before hearing of the other
    assert kitchen.sharing.sync_now() and study.sharing.sync_now() and kitchen.sharing.sync_now()
    assert "changed on two laptops" in study.statusBar().currentMessage()
    assert _flushing(kitchen) == _flushing(study)  # both laptops keep the same version
    kept = _flushing(study)
    dialog = conflicts_dialog.ConflictsDialog(study)
    qtbot.addWidget(dialog)
    lines = [dialog.listing.item(i).text() for i in range(dialog.listing.count())]
    assert len(lines) == 1, lines  # one evening, its scores with it
    (line,) = lines
    assert line.startswith(f"Luca — The evening of {DAY.day} ") and str(DAY.year) in line, line
    assert "“kitchen laptop”" in line and "“study laptop”" in line, line
    assert f"Flushing {kept} → {4 - kept}" in line, line
    dialog.listing.setCurrentRow(0)
    assert dialog.keep_button.isEnabled() and not dialog.keep_one_button.isEnabled()
    qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)  # the whole other evening
    assert _flushing(study) == 4 - kept  # 1 <-> 3
    assert study.sharing.sync_now() and kitchen.sharing.sync_now()
    assert _flushing(kitchen) == _flushing(study) == 4 - kept  # it travelled
    assert dialog.listing.count() == 0 and "Nothing was changed" in dialog.intro.text()


def _doses(window: MainWindow) -> int:
    connection = sqlite3.connect(window.diary.path)
    try:
        return connection.execute("SELECT count(*) FROM injection").fetchone()[0]
    finally:
        connection.close()


def test_the_same_dose_logged_on_both_laptops_is_listed_and_kept_once(qtbot, laptops):
    kitchen, study, _folder = laptops
    for window, minutes in ((kitchen, 0), (study, 20)):  # each window journals its own saves
        luca = reads.find_child(window.diary, "Luca")
        given = dt.datetime(2026, 12, 3, 10, minutes).astimezone()
        injections.log_injection(window.diary, luca.id, given, 150)
    assert kitchen.sharing.sync_now() and study.sharing.sync_now() and kitchen.sharing.sync_now()
    assert _doses(kitchen) == _doses(study) == 2
    dialog = conflicts_dialog.ConflictsDialog(study)
    qtbot.addWidget(dialog)
    (line,) = [dialog.listing.item(i).text() for i in range(dialog.listing.count())]
    assert "two injections on 3 December 2026" in line and "likely the same dose" in line, line
    dialog.listing.setCurrentRow(0)
    assert dialog.keep_one_button.isEnabled() and dialog.keep_both_button.isEnabled()
    assert not dialog.keep_button.isEnabled()
    qtbot.mouseClick(dialog.keep_one_button, Qt.MouseButton.LeftButton)
    assert dialog.listing.count() == 0 and "Nothing was changed" in dialog.intro.text()
    assert study.sharing.sync_now() and kitchen.sharing.sync_now()
    assert _doses(kitchen) == _doses(study) == 1  # the delete travelled


def test_a_pulled_usb_stick_is_a_sentence_and_sync_resumes(qtbot, laptops, tmp_path):
    kitchen, _study, folder = laptops
    _type_evening(qtbot, kitchen, "1" * 14)
    moved = tmp_path / "stick-in-a-pocket"
    shutil.move(folder, moved)
    assert not kitchen.sharing.sync_now()
    assert "is not there" in kitchen.statusBar().currentMessage()
    shutil.move(moved, folder)
    assert kitchen.sharing.sync_now()
    assert "Synced" in kitchen.statusBar().currentMessage()


def _sync_changes(diary) -> int:
    connection = sqlite3.connect(diary.path)
    try:
        return connection.execute("SELECT count(*) FROM sync_change").fetchone()[0]
    finally:
        connection.close()


def test_a_window_journals_only_its_own_shared_diary(qtbot, laptops, tmp_path):
    kitchen, _study, _folder = laptops
    plain = _window(qtbot, tmp_path / "plain", tmp_path, "plain")  # never shared
    assert not plain.sharing.is_shared() and not plain.sharing.status.isVisible()
    children.create_child(plain.diary, "Ben", dt.date(2019, 2, 11))
    assert _sync_changes(plain.diary) == 0  # the kitchen window's journal left it alone
    luca = reads.find_child(kitchen.diary, "Luca")
    entries.save_entry(kitchen.diary, luca.id, DAY, {"flushing": 1})
    assert share.has_news(kitchen.diary)  # the kitchen's save waits to be sent
    plain.close()
    plain.diary.close()


def test_the_share_dialog_refuses_a_short_or_mistyped_passphrase(qtbot, tmp_path):
    from masto_diary.ui.dialogs.share_dialog import ShareDialog

    dialog = ShareDialog(None, joining=False)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path))
    dialog.passphrase.setText("short")
    assert "at least 8" in dialog.missing()
    dialog.passphrase.setText(PASSPHRASE)
    dialog.again.setText(PASSPHRASE + "x")
    assert "differ" in dialog.missing()
    dialog.again.setText(PASSPHRASE)
    assert dialog.missing() is None
    assert dialog.choice().folder == tmp_path
    labels = [label.text() for label in dialog.findChildren(QLabel) if label.buddy()]
    assert "Shared &folder:" in labels  # Alt+F reaches the folder field


def test_the_diary_folder_itself_is_never_shared(qtbot, tmp_path):
    kitchen = _window(qtbot, tmp_path / "kitchen", tmp_path, "kitchen")
    for folder in (tmp_path / "kitchen", tmp_path / "kitchen" / "inside", tmp_path):
        assert not kitchen.sharing.share_into(folder, PASSPHRASE, "kitchen laptop")
        assert "never the diary file itself" in kitchen.statusBar().currentMessage()
    assert not kitchen.sharing.is_shared()
    kitchen.close()
    kitchen.diary.close()


def test_an_older_copy_put_back_is_said_in_the_status_bar_and_marked_while_it_stands(
    qtbot, laptops, monkeypatch
):
    kitchen, study, folder = laptops
    (log,) = [p for p in folder.rglob("*.log")]
    older = log.read_bytes()
    _type_evening(qtbot, kitchen, "2" * 14)
    assert kitchen.sharing.sync_now() and study.sharing.sync_now()
    log.write_bytes(older)  # the sync app brought back an older copy
    copy = log.parent / f"{log.stem} (conflicted copy 2026-12-04).log"
    copy.write_bytes(older)
    assert study.sharing.sync_now()
    said = study.statusBar().currentMessage()
    assert "“kitchen laptop”'s change file ends at change" in said and "older copy" in said
    assert "Left aside in the shared folder: changes/" in said
    assert "passphrase" not in said
    findings = study.sharing.findings
    assert findings.isVisible() and "2 finding" in findings.text()
    assert "older copy" in findings.toolTip()
    shown = []
    monkeypatch.setattr(sharing_module.QMessageBox, "exec", lambda box: shown.append(box.text()))
    findings.click()
    (text,) = shown
    assert "older copy" in text and "Left aside" in text and "\n\n" in text
    assert _flushing(study) == 2  # nothing undone
    assert kitchen.sharing.sync_now()  # the kitchen laptop writes its file again
    assert "written again from this diary" in kitchen.statusBar().currentMessage()
    assert study.sharing.sync_now()
    assert "1 finding" in findings.text()  # whole again: only the copy left aside stands
    copy.unlink()
    assert study.sharing.sync_now()
    assert not findings.isVisible()


def test_the_window_says_a_folder_still_being_copied_and_joins_nothing(qtbot, laptops, tmp_path):
    _kitchen, _study, folder = laptops
    arriving = tmp_path / "arriving"
    (arriving / "masto-diary-sync").mkdir(parents=True)
    shutil.copy2(folder / "masto-diary-sync" / "share.json", arriving / "masto-diary-sync")
    late = _window(qtbot, tmp_path / "late", tmp_path, "late")
    assert not late.sharing.join_from(arriving, PASSPHRASE, "late laptop")
    assert "still being copied" in late.statusBar().currentMessage()
    assert not late.sharing.is_shared()
    late.close()
    late.diary.close()
