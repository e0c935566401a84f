"""The window at the edges: a diary made read-only, an import whose file has problems."""

import os
import sys

import pytest

from masto_diary.exchange.json_format import dumps, export_document
from masto_diary.storage import DIARY_FILENAME, open_diary
from masto_diary.ui.app import open_or_recover
from masto_diary.ui.dialogs.import_dialog import ImportDialog
from masto_diary.ui.main_window import MainWindow
from tests.exchange_samples import valid_document


def test_a_diary_made_read_only_opens_read_only_and_stays_so(qtbot, demo_template, tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir(mode=0o700)
    path = folder / DIARY_FILENAME
    path.write_bytes(demo_template.read_bytes())
    os.chmod(path, 0o400)
    before = path.read_bytes()
    diary, _message = open_or_recover(None, path, smoke_test=True)
    window = MainWindow(diary)
    qtbot.addWidget(window)
    assert "read only" in window.windowTitle()
    banner = window.read_only_banner.text()
    assert "was made read-only" in banner and "chmod u+w" in banner and "Export" in banner
    assert [c["name"] for c in export_document(diary)["children"]]  # export works
    window.close()
    diary.close()
    assert path.stat().st_mode & 0o777 == 0o400  # never chmodded back
    assert path.read_bytes() == before


def test_a_writable_diary_has_no_read_only_banner(qtbot, diary):
    window = MainWindow(diary)
    qtbot.addWidget(window)
    assert window.read_only_banner is None and "read only" not in window.windowTitle()


def test_a_bad_file_lists_its_problems_before_any_name_question(
    qtbot, diary, tmp_path, monkeypatch
):
    good = tmp_path / "bea.json"
    good.write_bytes(dumps(valid_document()))
    first = ImportDialog(diary)
    qtbot.addWidget(first)
    assert first.load(good) and first.run_import()
    document = valid_document()
    document["children"][0]["daily_entries"][0]["scores"]["itching"] = 9  # above its scale of 3
    bad = tmp_path / "bad.json"
    bad.write_bytes(dumps(document))
    before = export_document(diary)["children"]
    asked: list[str] = []
    second = ImportDialog(diary)
    qtbot.addWidget(second)
    monkeypatch.setattr(second, "ask_conflict", lambda name: asked.append(name))
    assert second.load(bad) and not second.run_import()
    assert asked == []
    assert "daily_entries[0].scores.itching" in second.report.toPlainText()
    assert export_document(diary)["children"] == before


def test_an_import_keeps_a_backup_labelled_with_the_file(qtbot, data_dir, tmp_path):
    from masto_diary.storage.backups import list_backups
    from masto_diary.ui.dialogs.backups_dialog import BackupsDialog

    source = tmp_path / "bea.json"
    source.write_bytes(dumps(valid_document()))
    with open_diary(data_dir) as diary:
        dialog = ImportDialog(diary)
        qtbot.addWidget(dialog)
        assert dialog.load(source) and dialog.run_import()
        labelled = [b for b in list_backups(data_dir) if b.imported_file == "bea.json"]
        assert len(labelled) == 1 and labelled[0].children == 0
        backups = BackupsDialog(diary)
        qtbot.addWidget(backups)
        assert backups.reason_text(labelled[0].reason) == "before the import of bea.json"


def test_the_import_works_off_the_ui_thread_while_the_dialog_paints(qtbot, diary):
    import threading
    import time

    from PySide6.QtCore import QTimer

    dialog = ImportDialog(diary)
    qtbot.addWidget(dialog)
    ticks: list[bool] = []
    timer = QTimer(dialog, interval=20)
    timer.timeout.connect(lambda: ticks.append(not dialog.progress.isHidden()))
    timer.start()

    def slow_work() -> str:
        time.sleep(0.4)
        return threading.current_thread().name

    assert dialog.off_the_ui_thread(slow_work) == "import"
    timer.stop()
    assert len(ticks) >= 5 and all(ticks)  # the UI thread kept running, the busy bar showing
    assert dialog.progress.isHidden()


def test_the_read_only_banner_reads_in_italian(qtbot, demo_template, tmp_path):
    from masto_diary.words import i18n

    folder = tmp_path / "locked"
    folder.mkdir(mode=0o700)
    path = folder / DIARY_FILENAME
    path.write_bytes(demo_template.read_bytes())
    os.chmod(path, 0o400)
    assert i18n.install(choice="it") == "it"
    try:
        diary, _message = open_or_recover(None, path, smoke_test=True)
        window = MainWindow(diary)
        qtbot.addWidget(window)
        banner = window.read_only_banner.text()
        assert "è stato reso di sola lettura" in banner and "chmod u+w" in banner, banner
        window.close()
        diary.close()
    finally:
        i18n.uninstall()


def test_the_window_and_check_refuse_dangling_rows_with_one_sentence(
    qtbot, demo_template, tmp_path, monkeypatch, capsys
):
    """A real file whose rows point at missing rows (written with foreign keys off, as another
    program would): ``check`` used to find them while the window opened it without a word."""
    import sqlite3

    from masto_diary.cli import main
    from masto_diary.ui.dialogs.open_problem_dialog import OpenProblemDialog

    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    path = folder / DIARY_FILENAME
    path.write_bytes(demo_template.read_bytes())
    connection = sqlite3.connect(path)
    connection.execute("DELETE FROM daily_entry WHERE id IN (SELECT MIN(id) FROM daily_entry)")
    connection.commit()
    connection.close()
    damaged = path.read_bytes()
    assert main(["check", "--data-dir", str(folder)]) == 1
    said_by_check = capsys.readouterr().out.splitlines()[0]
    shown: list[tuple[str, str]] = []

    def look_then_quit(dialog: OpenProblemDialog) -> int:
        shown.append((dialog.explanation.text(), dialog.detail.text()))
        dialog.reject()
        return 0

    monkeypatch.setattr(OpenProblemDialog, "exec", look_then_quit)
    assert open_or_recover(None, path, smoke_test=False) == (None, "")
    [(explained, detail)] = shown
    assert detail == said_by_check
    assert "refer to records that are missing" in detail and "'daily_entry'" in detail
    assert "some records refer to records that are missing" in explained
    assert path.read_bytes() == damaged


def test_undo_this_import_puts_the_diary_back_as_it_was(qtbot, data_dir, tmp_path):
    from masto_diary.storage.backups import list_backups
    from tests import reads

    source = tmp_path / "bea.json"
    source.write_bytes(dumps(valid_document()))
    with open_diary(data_dir) as diary:
        before = export_document(diary)["children"]
        dialog = ImportDialog(diary)
        qtbot.addWidget(dialog)
        assert dialog.undo_button.isHidden()
        assert dialog.load(source) and dialog.run_import()
        assert len(reads.list_children(diary)) == 1
        assert not dialog.undo_button.isHidden()
        told: list[str] = []
        dialog.imported.connect(told.append)
        assert dialog.undo_import()
        assert export_document(diary)["children"] == before == []
        assert told and "bea.json was undone" in told[0]
        assert dialog.undo_button.isHidden()
        kept = [b for b in list_backups(data_dir) if b.reason.startswith("before-restore")]
        assert len(kept) == 1 and kept[0].children == 1  # the undo itself can be undone


@pytest.mark.skipif(sys.platform == "win32", reason="flock is POSIX; Windows locks byte ranges")
def test_a_restore_in_the_window_keeps_the_diary_held_for_writing(qtbot, data_dir, tmp_path):
    """Another process must not slip in while the window swaps the file: the operating
    system's lock on ``<diary>.lock`` stays taken (a second open file description is refused)."""
    import fcntl

    from masto_diary.storage.backups import make_backup
    from masto_diary.storage.writer_lock import lock_path
    from masto_diary.ui.dialogs.backups_dialog import restore_in_place

    def taken(path) -> bool:
        fd = os.open(lock_path(path), os.O_RDWR)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        finally:
            os.close(fd)
        return False

    diary = open_diary(data_dir, holder="the masto-diary window")
    try:
        backup = make_backup(diary.path, "manual")
        restore_in_place(diary, backup)
        assert taken(diary.path)
    finally:
        diary.close()
    assert not taken(diary.path)


def test_the_import_dialog_says_what_it_did_in_italian(qtbot, data_dir, tmp_path):
    from masto_diary.words import i18n

    source = tmp_path / "bea.json"
    source.write_bytes(dumps(valid_document()))
    assert i18n.install(choice="it") == "it"
    try:
        with open_diary(data_dir) as diary:
            dialog = ImportDialog(diary)
            qtbot.addWidget(dialog)
            assert dialog.load(source) and dialog.run_import()
            assert dialog.result_lines == ["Bea: aggiunto come nuovo bambino (14 dati)."], (
                dialog.result_lines
            )
    finally:
        i18n.uninstall()
