"""Rotation never deletes the newest verified backup that holds more than the diary now."""

import datetime as dt
import sqlite3
from pathlib import Path

from masto_diary.storage import DIARY_FILENAME
from masto_diary.storage.backups import (
    KEEP_LAST,
    backup_file,
    backup_name,
    list_backups,
    newest_holding_more,
    rotate,
)


def test_the_newest_fuller_backup_survives_a_run_of_emptier_ones(demo_template, tmp_path):
    data_dir = tmp_path / "data"
    folder = data_dir / "backups"
    folder.mkdir(parents=True, mode=0o700)
    diary = data_dir / DIARY_FILENAME
    now = dt.datetime(2026, 6, 15, 12, 0)
    full = [  # the family's 615 days, last backed up long ago (other months than the rest)
        backup_file(demo_template, folder / backup_name("close", now - dt.timedelta(days=d)))
        for d in (800, 900)
    ]
    backup_file(demo_template, diary)
    connection = sqlite3.connect(diary)
    connection.execute("PRAGMA foreign_keys=ON")
    connection.execute("DELETE FROM child")  # an accident: the diary now holds nothing
    connection.commit()
    connection.close()
    emptier = [
        backup_file(diary, folder / backup_name("close", now - dt.timedelta(minutes=n)))
        for n in range(KEEP_LAST + 2)
    ]
    assert newest_holding_more(data_dir) == full[0]
    removed = rotate(data_dir, now=now)
    kept = {b.path for b in list_backups(data_dir)}
    assert full[0] in kept  # the newest that holds the days
    assert full[1] in removed  # an older full one is not needed for that
    assert set(emptier[:KEEP_LAST]) <= kept


def test_nothing_is_spared_when_the_diary_holds_as_much(demo_template, tmp_path):
    data_dir = tmp_path / "data"
    folder = data_dir / "backups"
    folder.mkdir(parents=True, mode=0o700)
    backup_file(demo_template, data_dir / DIARY_FILENAME)
    old = backup_file(demo_template, folder / backup_name("close", dt.datetime(2020, 1, 1)))
    for n in range(KEEP_LAST):
        backup_file(demo_template, folder / backup_name("open", dt.datetime(2026, 6, 1, 0, n)))
    assert newest_holding_more(data_dir) is None
    assert old in rotate(data_dir, now=dt.datetime(2026, 6, 15))
    assert not Path(old).exists()
