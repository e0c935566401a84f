"""Opening a diary file: inspect it untouched, back it up, upgrade it, hand out transactions.

A file that is not SQLite, is damaged, or was written by a newer version is refused with a
sentence and left exactly as it was (it is only ever opened read-only before it passes).  The
refusal is a :class:`DiaryFileError` whose ``kind`` lets the GUI and ``masto-diary check``
offer the same way out (restore the newest good backup, open another file, quit).

Automatic backups (see :mod:`masto_diary.storage.backups`) are taken on open, before any
migration, and on close; both are skipped when the file has not changed since the last one.
"""

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from masto_diary.errors import DiaryError, DiaryOpenError
from masto_diary.storage import migrate
from masto_diary.storage.backups import automatic_backup, backup_before_migration

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlmodel import Session

from masto_diary.storage.paths import (
    DIARY_FILENAME,
    create_private_file,
    ensure_private_dir,
    make_private,
    resolve_data_dir,
)

SQLITE_HEADER = b"SQLite format 3\x00"
log = logging.getLogger(__name__)


class DiaryFileError(DiaryOpenError):
    """Why a diary file was refused; ``kind`` is one of :data:`PROBLEM_KINDS`."""

    def __init__(self, message: str, kind: str):
        super().__init__(message)
        self.kind = kind


PROBLEM_KINDS = ("unreadable", "not_sqlite", "damaged", "foreign", "newer")


class Diary:
    """One open diary file.

    ``transaction()`` is the only way services write (through the seam in
    :mod:`masto_diary.storage.changes`, which sees every change): it commits when the block
    ends and rolls back on any error, so the file is never left half-written.  Nested calls join
    the outer transaction, which lets a bulk job (demo, import) run many service calls as one
    commit.

    SQLAlchemy is imported on the first transaction, not on open: it costs a third of a second,
    and the overview at start-up reads through :meth:`read_connection` instead.
    """

    def __init__(self, path: Path, auto_backup: bool = True):
        self.path = path
        self.data_dir = path.parent
        self.auto_backup = auto_backup
        self._engine: Engine | None = None
        self._active: Session | None = None

    @property
    def engine(self) -> "Engine":
        if self._engine is None:
            from masto_diary.storage.engine import make_engine

            self._engine = make_engine(self.path)
        return self._engine

    def read_connection(self) -> sqlite3.Connection:
        """A plain read-only sqlite3 connection for quick reads; close it after use."""
        connection = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
        connection.execute("PRAGMA query_only=ON")
        return connection

    @contextmanager
    def transaction(self) -> Iterator["Session"]:
        if self._active is not None:
            yield self._active
            return
        from masto_diary.storage.changes import DiarySession

        session = DiarySession(self.engine, expire_on_commit=False)
        self._active = session
        try:
            yield session
            session.commit()
        except BaseException as error:
            session.rollback()
            from sqlalchemy.exc import StatementError

            if isinstance(error, StatementError) and isinstance(error.orig, DiaryError):
                # e.g. a naive datetime refused by UTCDateTime while binding parameters
                raise error.orig from None
            raise
        finally:
            self._active = None
            session.close()

    def close(self) -> None:
        """Release the file, then back it up if it changed (a failed backup only warns)."""
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
        if self.auto_backup:
            try:
                automatic_backup(self.path, "close")
            except (DiaryError, OSError, sqlite3.Error) as error:
                log.warning("The backup on closing %s failed: %s", self.path.name, error)
        for suffix in ("", "-wal", "-shm"):
            make_private(Path(f"{self.path}{suffix}"))

    def reopen(self) -> None:
        """Open the file at :attr:`path` again after it was replaced (restore): same checks."""
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
        _prepare(self.path, self.auto_backup)

    def __enter__(self) -> "Diary":
        return self

    def __exit__(self, *_exc) -> None:
        self.close()


def open_diary(
    data_dir: str | Path | None = None, *, path: Path | None = None, auto_backup: bool = True
) -> Diary:
    """Open (or create) the diary in ``data_dir``, upgrading an older schema after a backup.

    ``auto_backup`` (default on) backs the file up on open and on close when it changed.
    """
    if path is None:
        folder = ensure_private_dir(resolve_data_dir(data_dir))
        path = folder / DIARY_FILENAME
    else:
        path = Path(path)
        ensure_private_dir(path.parent)
    _prepare(path, auto_backup)
    return Diary(path, auto_backup=auto_backup)


def _prepare(path: Path, auto_backup: bool) -> None:
    """Inspect, back up, upgrade and switch to WAL: everything opening a file needs."""
    is_new = not path.exists() or path.stat().st_size == 0
    if is_new:
        create_private_file(path)
        revision = None
    else:
        revision = inspect_diary_file(path)
        if revision is not None and revision != migrate.HEAD_REVISION:
            backup_before_migration(path, revision)
        elif auto_backup:
            automatic_backup(path, "open")
    if revision != migrate.HEAD_REVISION:
        try:
            migrate.upgrade(path)
        except Exception as error:  # the upgrade ran in one transaction and was rolled back
            raise DiaryOpenError(
                f"{path.name} could not be upgraded from schema {revision} ({error}). "
                "The file has been left as it is; a copy is in the backups folder."
                if revision is not None
                else f"A new diary could not be created in {path.parent} ({error})."
            ) from error
    _ensure_wal(path)
    for suffix in ("", "-wal", "-shm"):
        make_private(Path(f"{path}{suffix}"))


def _ensure_wal(path: Path) -> None:
    """WAL is stored in the file, so readers opened before the engine also see it."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA journal_mode=WAL")
    finally:
        connection.close()


def inspect_diary_file(path: Path) -> str:
    """Check ``path`` read-only and return its schema revision, or raise :class:`DiaryOpenError`.

    Checks, in order: readable, SQLite header, ``quick_check``, our tables, a revision we know.
    """
    name = path.name
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise DiaryFileError(
            f"The diary {path} cannot be read: {error.strerror}.", "unreadable"
        ) from None
    if header != SQLITE_HEADER:
        raise DiaryFileError(
            f"{name} is not a masto-diary diary: it is not an SQLite database. "
            "The file has been left as it is.",
            "not_sqlite",
        )
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            check = connection.execute("PRAGMA quick_check").fetchone()[0]
            revision = migrate.read_revision(connection) if check == "ok" else None
            has_children = connection.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='child'"
            ).fetchone()
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
    return revision
