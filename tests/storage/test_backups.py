"""Automatic, rotated, verified backups; listing what is inside; restore that never loses a file."""

import datetime as dt
import hashlib
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from masto_diary.cli import main
from masto_diary.errors import DiaryError, DiaryOpenError
from masto_diary.services import children, entries
from masto_diary.storage import DIARY_FILENAME, open_diary
from masto_diary.storage.backups import (
    KEEP_LAST,
    backup_file,
    backup_name,
    backup_to_restore,
    changed_since_last_backup,
    list_backups,
    make_backup,
    restore_backup,
    rotate,
)
from tests import reads

DAY = dt.date(2024, 3, 1)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def backups(data_dir: Path, reason: str | None = None) -> list[Path]:
    return [b.path for b in list_backups(data_dir) if reason is None or b.reason == reason]


def write_days(data_dir: Path, count: int, name: str = "Anna", start: dt.date = DAY) -> None:
    with open_diary(data_dir) as diary:
        existing = {c.name: c for c in reads.list_children(diary)}
        kid = existing.get(name) or children.create_child(diary, name, dt.date(2016, 5, 1))
        with diary.transaction():
            for n in range(count):
                day = start + dt.timedelta(days=n)
                entries.save_entry(diary, kid.id, day, {"itching": n % 4})


def days_in(path: Path) -> list[str]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [row[0] for row in connection.execute("SELECT date FROM daily_entry ORDER BY date")]
    finally:
        connection.close()


def damage(path: Path) -> None:
    """Garbage in the middle of every page after the first two: the schema stays readable."""
    data = bytearray(path.read_bytes())
    for page in range(2, len(data) // 4096):
        start = page * 4096 + 100
        data[start : start + 200] = b"\xa5" * 200
    path.write_bytes(bytes(data))


# --------------------------------------------------------------------------- automatic


def test_a_new_empty_diary_is_not_backed_up_on_open(data_dir: Path) -> None:
    diary = open_diary(data_dir)
    assert backups(data_dir) == []
    diary.auto_backup = False
    diary.close()


def test_closing_after_a_change_makes_one_verified_private_backup(data_dir: Path) -> None:
    write_days(data_dir, 3)
    (backup,) = backups(data_dir)
    assert backup.name.endswith("-close.sqlite3")
    assert mode(backup) == 0o600
    assert mode(backup.parent) == 0o700
    assert not Path(f"{backup}-wal").exists()
    assert days_in(backup) == days_in(data_dir / DIARY_FILENAME)
    connection = sqlite3.connect(backup)
    assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    connection.close()


def test_opening_and_closing_an_unchanged_diary_makes_no_new_backup(data_dir: Path) -> None:
    write_days(data_dir, 3)
    before = backups(data_dir)
    for _ in range(3):
        open_diary(data_dir).close()
    assert backups(data_dir) == before


def test_a_diary_changed_behind_our_back_is_backed_up_on_open(data_dir: Path) -> None:
    write_days(data_dir, 3)
    connection = sqlite3.connect(data_dir / DIARY_FILENAME)  # e.g. another program, or a crash
    connection.execute("UPDATE child SET clinic = 'Padova'")
    connection.commit()
    connection.close()
    diary = open_diary(data_dir)
    opened = backups(data_dir, "open")
    diary.close()
    assert len(opened) == 1
    connection = sqlite3.connect(f"file:{opened[0]}?mode=ro", uri=True)
    assert connection.execute("SELECT clinic FROM child").fetchone() == ("Padova",)
    connection.close()


def test_after_a_crash_the_wal_content_is_in_the_open_backup(data_dir: Path) -> None:
    write_days(data_dir, 2)
    writer = sqlite3.connect(data_dir / DIARY_FILENAME)
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("UPDATE child SET notes = 'written just before the crash'")
    writer.commit()  # committed into -wal; the connection is never closed cleanly
    assert Path(f"{data_dir / DIARY_FILENAME}-wal").stat().st_size > 0
    diary = open_diary(data_dir)
    (opened,) = backups(data_dir, "open")
    diary.close()
    writer.close()
    connection = sqlite3.connect(f"file:{opened}?mode=ro", uri=True)
    assert connection.execute("SELECT notes FROM child").fetchone()[0].startswith("written just")
    connection.close()


def test_the_open_backup_is_skipped_by_a_diary_opened_without_backups(data_dir: Path) -> None:
    write_days(data_dir, 2)
    sqlite3.connect(data_dir / DIARY_FILENAME).execute("PRAGMA user_version = 7").connection.close()
    before = backups(data_dir)
    with open_diary(data_dir, auto_backup=False):
        pass
    assert backups(data_dir) == before


def test_a_failing_close_backup_only_warns(data_dir: Path, caplog, monkeypatch) -> None:
    import masto_diary.storage.diary as diary_module

    def broken(*_args):
        raise DiaryError("disk full")

    diary = open_diary(data_dir)
    kid = children.create_child(diary, "Anna", dt.date(2016, 5, 1))
    monkeypatch.setattr(diary_module, "automatic_backup", broken)
    diary.close()
    assert "disk full" in caplog.text
    monkeypatch.undo()
    with open_diary(data_dir) as reopened:
        assert children.get_child(reopened, kid.id).name == "Anna"


# --------------------------------------------------------------------------- rotation


def fake_backup(folder: Path, when: dt.datetime, reason: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = folder / backup_name(reason, when)
    path.write_bytes(b"")
    return path


def test_rotation_keeps_the_last_ten_and_one_a_month_for_two_years(data_dir: Path) -> None:
    folder = data_dir / "backups"
    now = dt.datetime(2026, 6, 15, 12, 0)
    made = []
    for n in range(36 * 9):  # three automatic backups every 10 days for three years
        made.append(fake_backup(folder, now - dt.timedelta(days=n * 10 / 3, hours=n), "close"))
    manual = fake_backup(folder, now - dt.timedelta(days=2000), "manual")
    upgrade = fake_backup(folder, now - dt.timedelta(days=1500), "before-upgrade-from-0001")
    rotate(data_dir, now=now)
    kept = {p for p in folder.iterdir()}
    newest_first = sorted(made, key=lambda p: p.name, reverse=True)
    assert set(newest_first[:KEEP_LAST]) <= kept
    assert manual in kept and upgrade in kept
    automatic = [p for p in kept if p.name.endswith("-close.sqlite3")]
    months = {p.name[6:12] for p in automatic}
    assert len(months) == 24  # 2024-07 … 2026-06
    assert min(months) == "202407"
    older = [p for p in automatic if p not in newest_first[:KEEP_LAST]]
    assert len(older) == len({p.name[6:12] for p in older})  # at most one per month beyond the 10
    for month in months:
        of_month = sorted((p for p in made if p.name[6:12] == month), reverse=True)
        assert of_month[0] in kept  # the newest of each month is the one kept


def test_rotation_runs_after_each_automatic_backup(data_dir: Path) -> None:
    folder = data_dir / "backups"
    for n in range(15):
        fake_backup(folder, dt.datetime.now() - dt.timedelta(minutes=n + 1), "open")
    write_days(data_dir, 1)
    automatic = [b for b in list_backups(data_dir) if b.automatic]
    assert len(automatic) == KEEP_LAST  # all from this month: the newest of the month is in them


# --------------------------------------------------------------------------- listing


def test_listing_shows_date_size_and_contents_newest_first(data_dir: Path) -> None:
    write_days(data_dir, 5)
    write_days(data_dir, 2, name="Luca", start=DAY + dt.timedelta(days=30))
    listed = list_backups(data_dir)
    assert [b.taken_at for b in listed] == sorted((b.taken_at for b in listed), reverse=True)
    newest = listed[0]
    assert (newest.children, newest.days) == (2, 7)
    assert newest.last_entry == DAY + dt.timedelta(days=31)
    assert newest.size == newest.path.stat().st_size > 0
    assert listed[1].children == 1


def test_an_unreadable_backup_is_listed_as_such_and_never_restored(data_dir: Path) -> None:
    write_days(data_dir, 3)
    (good,) = backups(data_dir)
    bad = data_dir / "backups" / backup_name("close", dt.datetime.now() + dt.timedelta(hours=1))
    bad.write_bytes(b"not a database at all" * 100)
    listed = list_backups(data_dir)
    assert listed[0].path == bad and not listed[0].readable
    damage(data_dir / DIARY_FILENAME)  # a damaged diary gets the newest good backup back
    assert backup_to_restore(data_dir / DIARY_FILENAME).path == good


# --------------------------------------------------------------------------- backup_file


def test_a_damaged_source_gives_an_error_and_no_backup_file(data_dir: Path, tmp_path) -> None:
    write_days(data_dir, 80)
    damage(data_dir / DIARY_FILENAME)
    target = tmp_path / "copy.sqlite3"
    with pytest.raises(DiaryError, match="integrity check|could not be written"):
        backup_file(data_dir / DIARY_FILENAME, target)
    assert not target.exists()
    assert not list(tmp_path.glob(".copy.sqlite3*"))


def test_backup_while_another_connection_writes_is_a_consistent_snapshot(
    data_dir: Path, tmp_path
) -> None:
    write_days(data_dir, 3)
    writer = sqlite3.connect(data_dir / DIARY_FILENAME)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("DELETE FROM symptom_score")  # uncommitted: must not be in the copy
    copy = backup_file(data_dir / DIARY_FILENAME, tmp_path / "snapshot.sqlite3")
    writer.rollback()
    writer.close()
    connection = sqlite3.connect(copy)
    assert connection.execute("SELECT count(*) FROM symptom_score").fetchone()[0] == 3
    connection.close()


# --------------------------------------------------------------------------- restore


def test_restore_keeps_the_current_diary_then_swaps_the_backup_in(data_dir: Path) -> None:
    write_days(data_dir, 3)
    (three_days,) = backups(data_dir)
    write_days(data_dir, 5, start=DAY + dt.timedelta(days=10))
    path = data_dir / DIARY_FILENAME
    assert len(days_in(path)) == 8
    result = restore_backup(three_days, path)
    assert len(days_in(path)) == 3
    assert result.set_aside is None
    assert len(days_in(result.safety_backup)) == 8
    assert result.safety_backup.name.endswith("-before-restore.sqlite3")
    assert not Path(f"{path}-wal").exists()
    assert mode(path) == 0o600
    with open_diary(data_dir) as diary:  # opens normally, and is written to normally
        (kid,) = reads.list_children(diary)
        entries.save_entry(diary, kid.id, DAY + dt.timedelta(days=50), {"itching": 1})
    assert len(days_in(path)) == 4


def test_restore_renames_a_damaged_diary_aside_and_never_overwrites_it(data_dir: Path) -> None:
    write_days(data_dir, 80)
    (good,) = backups(data_dir)
    path = data_dir / DIARY_FILENAME
    damage(path)
    damaged_sha = sha(path)
    result = restore_backup(good, path)
    assert result.safety_backup is None
    assert result.set_aside.name.startswith(f"{DIARY_FILENAME}.damaged-")
    assert sha(result.set_aside) == damaged_sha
    assert mode(result.set_aside) == 0o600
    assert len(days_in(path)) == 80


def test_restore_of_a_newer_versions_file_keeps_it_aside(data_dir: Path) -> None:
    write_days(data_dir, 2)
    (good,) = backups(data_dir)
    path = data_dir / DIARY_FILENAME
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    with pytest.raises(DiaryOpenError, match="newer version"):
        open_diary(data_dir)
    result = restore_backup(good, path)
    aside = sqlite3.connect(f"file:{result.set_aside}?mode=ro", uri=True)
    assert aside.execute("SELECT version_num FROM alembic_version").fetchone() == ("9999",)
    aside.close()
    open_diary(data_dir).close()


def test_a_damaged_backup_is_refused_and_the_diary_left_alone(data_dir: Path) -> None:
    write_days(data_dir, 80)
    (backup,) = backups(data_dir)
    damage(backup)
    path = data_dir / DIARY_FILENAME
    before = sha(path)
    with pytest.raises(DiaryOpenError, match="damaged"):
        restore_backup(backup, path)
    assert sha(path) == before
    assert backups(data_dir, "before-restore") == []


def test_restore_is_refused_while_another_connection_reads_the_diary(data_dir: Path) -> None:
    write_days(data_dir, 3)
    (backup,) = backups(data_dir)
    write_days(data_dir, 2, start=DAY + dt.timedelta(days=20))
    path = data_dir / DIARY_FILENAME
    reader = sqlite3.connect(path)
    writer = sqlite3.connect(path)
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("UPDATE child SET clinic = 'x'")
    writer.commit()
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM child").fetchone()  # holds a snapshot of the WAL
    try:
        with pytest.raises(DiaryError, match="still open"):
            restore_backup(backup, path)
    finally:
        reader.rollback()
        reader.close()
        writer.close()
    assert len(days_in(path)) == 5


# --------------------------------------------------------------------------- command line


def test_cli_backup_to_a_file_is_private_and_verified(data_dir: Path, tmp_path, capsys) -> None:
    write_days(data_dir, 4)
    target = tmp_path / "exports" / "mine.sqlite3"
    target.parent.mkdir()
    assert main(["backup", "--data-dir", str(data_dir), "-o", str(target)]) == 0
    assert "verified" in capsys.readouterr().out
    assert mode(target) == 0o600
    assert len(days_in(target)) == 4
    assert main(["backup", "--data-dir", str(data_dir), "-o", str(target)]) == 1
    assert "already exists" in capsys.readouterr().err


def test_cli_backup_into_the_folder_and_list(data_dir: Path, capsys) -> None:
    write_days(data_dir, 4)
    assert main(["backup", "--data-dir", str(data_dir)]) == 0
    assert len(backups(data_dir, "manual")) == 1
    assert main(["backup", "--list", "--data-dir", str(data_dir)]) == 0
    out = capsys.readouterr().out
    assert "manual" in out and "1 children, 4 days, last entry 2024-03-04" in out


def test_cli_check_on_a_damaged_diary_names_the_newest_good_backup(data_dir: Path, capsys):
    write_days(data_dir, 80)
    (good,) = backups(data_dir)
    damage(data_dir / DIARY_FILENAME)
    assert main(["check", "--data-dir", str(data_dir)]) == 1
    out = capsys.readouterr().out
    assert "is damaged" in out
    assert "The newest good backup is from" in out and str(good) in out
    assert "80 days" in out and "masto-diary restore" in out
    assert main(["restore", "--data-dir", str(data_dir)]) == 0
    assert "renamed to" in capsys.readouterr().out
    assert main(["check", "--data-dir", str(data_dir)]) == 0


def test_cli_check_without_any_backup_says_so(data_dir: Path, capsys) -> None:
    data_dir.mkdir()
    (data_dir / DIARY_FILENAME).write_text("not a diary")
    assert main(["check", "--data-dir", str(data_dir)]) == 1
    assert "No good backup was found" in capsys.readouterr().out


def test_a_chosen_backups_folder_is_used_by_the_app_and_the_commands(
    data_dir: Path, tmp_path, capsys
):
    from masto_diary.storage.backups import set_backup_location

    data_dir.mkdir(mode=0o700)
    usb = tmp_path / "usb-stick"
    set_backup_location(data_dir, usb)
    write_days(data_dir, 2)  # closing backs up: into the chosen folder, not backups/
    assert [p.name for p in usb.glob("diary-*-close.sqlite3")]
    assert not (data_dir / "backups").exists()
    assert mode(usb) == 0o700
    assert main(["backup", "--list", "--data-dir", str(data_dir)]) == 0
    assert "-close.sqlite3" in capsys.readouterr().out
    set_backup_location(data_dir, None)
    assert not (data_dir / "backups-folder.txt").exists()


def test_a_plain_restore_after_an_import_undoes_the_import_and_says_so(
    data_dir: Path, tmp_path, capsys
):
    """The newest backup after ``import`` is the closing one, which holds the import itself;
    ``restore`` without a file passes over it and brings back the "before import" copy."""
    from masto_diary.exchange.json_format import dumps
    from tests.exchange_samples import valid_document

    write_days(data_dir, 5)
    source = tmp_path / "bea.json"
    source.write_bytes(dumps(valid_document()))
    assert main(["import", "--data-dir", str(data_dir), str(source)]) == 0
    capsys.readouterr()
    assert len(backups(data_dir)) >= 3  # close of write_days, before import, close of import
    assert main(["restore", "--data-dir", str(data_dir)]) == 0
    out = capsys.readouterr().out
    assert "made before the import of bea.json" in out, out
    assert "1 children, 5 days" in out, out
    assert "to go back to it, run: masto-diary restore" in out
    assert len(days_in(data_dir / DIARY_FILENAME)) == 5  # the imported days are gone again
    with open_diary(data_dir) as diary:
        assert [c.name for c in reads.list_children(diary)] == ["Anna"]


def test_a_plain_restore_with_nothing_older_changes_nothing(data_dir: Path, capsys):
    write_days(data_dir, 3)  # one backup, taken on close: the diary as it is now
    before = sha(data_dir / DIARY_FILENAME)
    assert main(["restore", "--data-dir", str(data_dir)]) == 1
    assert "nothing to go back to" in capsys.readouterr().err
    assert sha(data_dir / DIARY_FILENAME) == before


RECORD_SOURCE_LOOP = """
import sys
from pathlib import Path
from masto_diary.storage.backups import remember_source
diary, backup = Path(sys.argv[1]), Path(sys.argv[2])
for _ in range(300):
    remember_source(diary, backup)
"""


def test_backups_at_once_each_record_their_source(data_dir: Path):
    """Three `backup` commands at once (the fault corpus's race): each writes the note of what
    the newest backup holds through a temporary file of its own, so none finds its file
    renamed away by another (that was "could not be written: its folder does not exist")."""
    with open_diary(data_dir):
        pass
    diary = data_dir / DIARY_FILENAME
    backup = make_backup(diary, "manual")
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", RECORD_SOURCE_LOOP, str(diary), str(backup)],
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    errors = [run.communicate(timeout=120)[1] for run in runs]
    assert [run.returncode for run in runs] == [0, 0, 0, 0], errors
    assert not changed_since_last_backup(diary)
    assert not list(diary.parent.glob("backups/.*partial"))  # no temporary file left behind
