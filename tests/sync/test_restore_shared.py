"""A restore on a shared laptop travels to the others as ordinary changes (sync/restore.py)."""

import datetime as dt
import os
import subprocess
import sys

import pytest

from masto_diary.services import entries
from masto_diary.storage import open_diary
from masto_diary.storage.backups import make_backup
from masto_diary.sync import share
from masto_diary.sync.restore import BackupBeforeSharingError, restore_into
from tests import reads
from tests.sync.two_laptops import PASS, content, sync

DAY = dt.date(2026, 3, 1)


def _save(diary, day: dt.date, itching: int) -> None:
    anna = reads.find_child(diary, "Anna")
    with share.attached(diary):
        entries.save_entry(diary, anna.id, day, {"itching": itching})


def test_a_restore_reaches_the_other_laptop_and_later_saves_still_travel(laptops):
    kitchen, study, _ = laptops
    _save(kitchen, DAY, 1)
    sync(kitchen), sync(study)
    backup = make_backup(kitchen.path, "manual")
    _save(kitchen, DAY, 3)  # changed after the backup
    _save(study, DAY + dt.timedelta(days=1), 2)  # added on the other laptop after it
    for diary in (kitchen, study, kitchen):
        sync(diary)
    result = restore_into(kitchen, backup)
    assert result is not None and result.safety_backup is not None
    anna = reads.find_child(kitchen, "Anna")
    assert entries.read_day(kitchen, anna.id, DAY).scores["itching"] == 1
    assert entries.read_day(kitchen, anna.id, DAY + dt.timedelta(days=1)) is None
    sync(kitchen), sync(study)
    assert content(study.path) == content(kitchen.path)  # the restore travelled, no rewind
    _save(kitchen, DAY + dt.timedelta(days=2), 2)  # the journal goes on where it was
    sync(kitchen), sync(study)
    assert content(study.path) == content(kitchen.path)
    assert len(content(study.path)) == 2


def test_a_backup_from_before_sharing_is_refused_with_a_sentence(tmp_path):
    diary = open_diary(tmp_path / "solo", auto_backup=False)
    try:
        from masto_diary.services import children

        children.create_child(diary, "Ben", dt.date(2019, 2, 11))
        before = make_backup(diary.path, "manual")
        shared = tmp_path / "Sync"
        shared.mkdir()
        share.share(diary, shared, PASS, "kitchen laptop")
        with pytest.raises(BackupBeforeSharingError, match="made before the diary was shared"):
            restore_into(diary, before)
        assert reads.find_child(diary, "Ben") is not None  # nothing changed
    finally:
        diary.close()


def test_the_restore_command_on_a_shared_diary_says_it_travels(laptops):
    kitchen, _study, _ = laptops
    _save(kitchen, DAY, 1)
    backup = make_backup(kitchen.path, "manual")
    _save(kitchen, DAY, 3)
    data_dir = kitchen.path.parent
    kitchen.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "masto_diary", "restore", str(backup), "--data-dir", str(data_dir)],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "The diary is shared" in done.stdout
    with open_diary(data_dir, auto_backup=False) as diary:
        anna = reads.find_child(diary, "Anna")
        assert entries.read_day(diary, anna.id, DAY).scores["itching"] == 1
        assert share.has_news(diary)  # the restore waits to be sent
