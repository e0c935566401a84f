"""Copies of the diary made with SQLite's online backup API.

The backup API copies a consistent snapshot even while the app holds the file open, which a
plain file copy of a WAL database does not.
"""

import datetime as dt
import sqlite3
from pathlib import Path

from masto_diary.errors import DiaryError
from masto_diary.storage.paths import PRIVATE_FILE_MODE, create_private_file, ensure_private_dir

BACKUP_DIRNAME = "backups"


def backups_dir(data_dir: Path) -> Path:
    return ensure_private_dir(data_dir / BACKUP_DIRNAME)


def backup_file(source: Path, target: Path) -> Path:
    """Copy ``source`` to ``target`` (mode 0600) and verify the copy with ``integrity_check``."""
    create_private_file(target)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
        result = dst.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        dst.close()
        src.close()
    if result != "ok":
        target.unlink(missing_ok=True)
        raise DiaryError(f"The backup {target.name} failed its integrity check: {result}")
    target.chmod(PRIVATE_FILE_MODE)
    return target


def backup_before_migration(diary_path: Path, revision: str | None) -> Path:
    """Keep the diary as it was before a schema upgrade, next to the other backups."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    name = f"diary-{stamp}-before-upgrade-from-{revision or 'none'}.sqlite3"
    return backup_file(diary_path, backups_dir(diary_path.parent) / name)
