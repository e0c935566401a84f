"""Opening a diary file: inspect it untouched, back it up, upgrade it, hand out transactions.

A file that is not SQLite, is damaged, or was written by a newer version is refused with a
sentence and left exactly as it was (it is only ever opened read-only before it passes).
"""

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from masto_diary.errors import DiaryError, DiaryOpenError
from masto_diary.storage import migrate
from masto_diary.storage.backups import backup_before_migration

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


class Diary:
    """One open diary file.

    ``transaction()`` is the only way services write: it commits when the block ends and rolls
    back on any error, so the file is never left half-written.  Nested calls join the outer
    transaction, which lets a bulk job (demo, import) run many service calls as one commit.

    SQLAlchemy is imported on the first transaction, not on open: it costs a third of a second,
    and the overview at start-up reads through :meth:`read_connection` instead.
    """

    def __init__(self, path: Path):
        self.path = path
        self.data_dir = path.parent
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
        from sqlmodel import Session

        session = Session(self.engine, expire_on_commit=False)
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
        if self._engine is not None:
            self._engine.dispose()
        for suffix in ("", "-wal", "-shm"):
            make_private(Path(f"{self.path}{suffix}"))

    def __enter__(self) -> "Diary":
        return self

    def __exit__(self, *_exc) -> None:
        self.close()


def open_diary(data_dir: str | Path | None = None, *, path: Path | None = None) -> Diary:
    """Open (or create) the diary in ``data_dir``, upgrading an older schema after a backup."""
    if path is None:
        folder = ensure_private_dir(resolve_data_dir(data_dir))
        path = folder / DIARY_FILENAME
    else:
        ensure_private_dir(path.parent)
    is_new = not path.exists() or path.stat().st_size == 0
    if is_new:
        create_private_file(path)
        revision = None
    else:
        revision = inspect_diary_file(path)
        if revision is not None and revision != migrate.HEAD_REVISION:
            backup_before_migration(path, revision)
    if revision != migrate.HEAD_REVISION:
        migrate.upgrade(path)
    _ensure_wal(path)
    for suffix in ("", "-wal", "-shm"):
        make_private(Path(f"{path}{suffix}"))
    return Diary(path)


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
        raise DiaryOpenError(f"The diary {path} cannot be read: {error.strerror}.") from None
    if header != SQLITE_HEADER:
        raise DiaryOpenError(
            f"{name} is not a masto-diary diary: it is not an SQLite database. "
            "The file has been left as it is."
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
        raise DiaryOpenError(
            f"{name} is damaged and cannot be read ({error}). "
            "The file has been left as it is; restore a backup or open another file."
        ) from None
    if check != "ok":
        raise DiaryOpenError(
            f"{name} is damaged: SQLite's integrity check reports “{check}”. "
            "The file has been left as it is; restore a backup or open another file."
        )
    if revision is None:
        raise DiaryOpenError(
            f"{name} is an SQLite database but not a masto-diary diary"
            + (" (it has a 'child' table but no schema version)." if has_children else ".")
            + " The file has been left as it is."
        )
    if revision != migrate.HEAD_REVISION and revision not in migrate.known_revisions():
        raise DiaryOpenError(
            f"{name} was written by a newer version of masto-diary (schema {revision}). "
            "Install the newer version to open it; the file has been left as it is."
        )
    return revision
