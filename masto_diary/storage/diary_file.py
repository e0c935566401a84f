"""Whether a file is a diary this version can open: checked read-only, never changed.

Kept apart from :mod:`masto_diary.storage.diary` because the backups check every copy the same
way before they trust it, and the diary takes backups: both use this module, neither the other.
"""

import sqlite3
from pathlib import Path

from masto_diary.errors import DiaryOpenError
from masto_diary.storage import migrate
from masto_diary.storage.diary_health import dangling_sentence
from masto_diary.storage.paths import access_problem, read_only_uri

SQLITE_HEADER = b"SQLite format 3\x00"


class DiaryFileError(DiaryOpenError):
    """Why a diary file was refused; ``kind`` is one of :data:`PROBLEM_KINDS`."""

    def __init__(self, message: str, kind: str):
        super().__init__(message)
        self.kind = kind


PROBLEM_KINDS = ("unreadable", "not_sqlite", "damaged", "dangling", "foreign", "newer")


def inspect_diary_file(path: Path) -> str:
    """Check ``path`` read-only and return its schema revision, or raise :class:`DiaryOpenError`.

    Checks, in order: readable, SQLite header, ``quick_check``, our tables, a revision we know,
    and rows whose parent row is missing (:mod:`~masto_diary.storage.diary_health`).
    """
    name = path.name
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except PermissionError:
        said = access_problem(path) or f"masto-diary may not read {path}"
        raise DiaryFileError(f"{said}. Nothing was changed.", "unreadable") from None
    except OSError as error:
        raise DiaryFileError(
            f"The diary {path} cannot be read: {error.strerror}.", "unreadable"
        ) from None
    if not header:
        raise DiaryFileError(
            f"{name} is empty (0 bytes), so it holds no diary. The file has been left as it "
            "is; restore the newest backup (File ▸ Backups…, or masto-diary restore) or open "
            "another file.",
            "damaged",
        )
    if header != SQLITE_HEADER:
        raise DiaryFileError(
            f"{name} is not a masto-diary diary: it is not an SQLite database. "
            "The file has been left as it is.",
            "not_sqlite",
        )
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            check = connection.execute("PRAGMA quick_check").fetchone()[0]
            revision = migrate.read_revision(connection) if check == "ok" else None
            has_children = migrate.has_table(connection, "child")
            dangling = dangling_sentence(name, connection) if revision is not None else None
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise DiaryFileError(
            f"{name} is damaged and cannot be read ({error}). "
            "The file has been left as it is; restore a backup or open another file.",
            "damaged",
        ) from None
    if check != "ok":
        raise DiaryFileError(
            f"{name} is damaged: SQLite's integrity check reports “{check}”. "
            "The file has been left as it is; restore a backup or open another file.",
            "damaged",
        )
    if revision is None:
        raise DiaryFileError(
            f"{name} is an SQLite database but not a masto-diary diary"
            + (" (it has a 'child' table but no schema version)." if has_children else ".")
            + " The file has been left as it is.",
            "foreign",
        )
    if revision != migrate.HEAD_REVISION and revision not in migrate.known_revisions():
        raise DiaryFileError(
            f"{name} was written by a newer version of masto-diary (schema {revision}). "
            "Install the newer version to open it; the file has been left as it is.",
            "newer",
        )
    if dangling is not None:
        raise DiaryFileError(dangling, "dangling")
    return revision
