"""Opening a diary file: inspect it untouched, back it up, upgrade it, hand out transactions.

A file that is not SQLite, is damaged, or was written by a newer version is refused with a
sentence and left exactly as it was (it is only ever opened read-only before it passes).  The
refusal is a :class:`DiaryFileError` whose ``kind`` lets the GUI and ``masto-diary check``
offer the same way out (restore the newest good backup, open another file, quit).

Automatic backups (see :mod:`masto_diary.storage.backups`) are taken on open, before any
migration, and on close; both are skipped when the file has not changed since the last one.
"""

import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from masto_diary.errors import DiaryError, DiaryOpenError
from masto_diary.storage import migrate
from masto_diary.storage.backups import automatic_backup, backup_before_migration
from masto_diary.storage.diary_file import DiaryFileError, inspect_diary_file
from masto_diary.storage.writer_lock import WriterLock

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlmodel import Session

    from masto_diary.storage.removals import Removal

from masto_diary.storage.paths import (
    DIARY_FILENAME,
    access_problem,
    create_private_file,
    ensure_private_dir,
    make_private,
    read_only_reason,
    read_only_uri,
    resolve_data_dir,
)


class DiaryReadOnlyError(DiaryOpenError):
    """The diary may only be read (a read-only file, folder or disk); nothing was changed."""


log = logging.getLogger(__name__)


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

    def __init__(
        self,
        path: Path,
        auto_backup: bool = True,
        lock: WriterLock | None = None,
        read_only: str | None = None,
    ):
        self.path = path
        # Why this diary may only be read (the sentence the window shows), or None.
        self.read_only = read_only
        self.data_dir = path.parent
        self.auto_backup = auto_backup
        self._lock = lock
        self._engine: Engine | None = None
        self._active: Session | None = None
        # told what each committed transaction deleted (Undo; see storage/removals.py)
        self.removal_observers: list[Callable[[Removal], None]] = []

    @property
    def engine(self) -> "Engine":
        if self._engine is None:
            from masto_diary.storage.engine import make_engine

            self._engine = make_engine(self.path, read_only=self.read_only is not None)
        return self._engine

    @property
    def in_transaction(self) -> bool:
        """Whether a transaction is open (a read on another connection would not see it)."""
        return self._active is not None

    def read_connection(self) -> sqlite3.Connection:
        """A plain read-only sqlite3 connection for quick reads; close it after use."""
        connection = sqlite3.connect(read_only_uri(self.path), uri=True)
        connection.execute("PRAGMA query_only=ON")
        return connection

    @contextmanager
    def transaction(self) -> Iterator["Session"]:
        if self._active is not None:
            yield self._active
            return
        from masto_diary.storage import removals
        from masto_diary.storage.changes import DiarySession

        removals.install()
        session = DiarySession(self.engine, expire_on_commit=False)
        self._active = session
        try:
            yield session
            session.commit()
            removal = removals.taken(session)
        except BaseException as error:
            session.rollback()
            from sqlalchemy.exc import OperationalError, StatementError

            if isinstance(error, OperationalError | sqlite3.OperationalError):
                said = self._file_system_sentence(str(getattr(error, "orig", error)))
                if said is not None:
                    raise said from None
            if isinstance(error, StatementError) and isinstance(error.orig, DiaryError):
                # e.g. a naive datetime refused by UTCDateTime while binding parameters
                raise error.orig from None
            raise
        finally:
            self._active = None
            session.close()
        if removal is not None:
            for observer in list(self.removal_observers):
                observer(removal)

    def _file_system_sentence(self, sqlite_says: str) -> DiaryError | None:
        """SQLite's words for a disk that refuses a write, as a sentence naming what to do."""
        if self.read_only:
            return DiaryReadOnlyError(f"{self.read_only}. Nothing was changed.")
        said = sqlite_says.lower()
        if "full" in said:
            return DiaryError(
                f"The diary could not be saved: the disk of the folder {self.data_dir} is full. "
                "Nothing was changed; free some space on that disk and try again."
            )
        if "readonly" in said or "read-only" in said:
            return DiaryReadOnlyError(
                f"The diary in {self.data_dir} can no longer be written (the file or its disk "
                "became read-only). Nothing was changed; make it writable and try again."
            )
        if "disk i/o" in said:
            return DiaryError(
                f"The disk of the folder {self.data_dir} reported an error while saving. "
                "Nothing was changed; check the disk and try again."
            )
        return None

    def close(self, keep_lock: bool = False) -> None:
        """Release the file, then back it up if it changed (a failed backup only warns).

        ``keep_lock`` keeps the writer lock for a :meth:`reopen` (a restore in the window), so
        no command can start writing while the file is swapped.
        """
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
        if self._lock is not None and not keep_lock:
            self._lock.release()
            self._lock = None

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
    data_dir: str | Path | None = None,
    *,
    path: Path | None = None,
    auto_backup: bool = True,
    holder: str = "masto-diary",
    reading_only: bool = False,
) -> Diary:
    """Open (or create) the diary in ``data_dir``, upgrading an older schema after a backup.

    ``auto_backup`` (default on) backs the file up on open and on close when it changed.
    The diary is held for writing (:mod:`~masto_diary.storage.writer_lock`) until it is closed;
    ``holder`` names who holds it in the sentence a second writer reads.  ``reading_only`` (a
    report, an export) takes neither the lock nor backups, so it works while the window is open.
    """
    if path is None:
        folder = ensure_private_dir(resolve_data_dir(data_dir))
        path = folder / DIARY_FILENAME
    else:
        path = Path(path)
        ensure_private_dir(path.parent)
    cannot_read = access_problem(path)
    if cannot_read is not None:
        raise DiaryFileError(f"{cannot_read}. Nothing was changed.", "unreadable")
    read_only = read_only_reason(path)
    if reading_only and read_only:  # export, report, the window's read-only mode
        inspect_diary_file(path)
        return Diary(path, auto_backup=False, read_only=read_only)
    if reading_only:
        _prepare(path, auto_backup=False)
        return Diary(path, auto_backup=False)
    if read_only:
        raise DiaryReadOnlyError(
            f"{read_only}. masto-diary only reads this diary (open the window to look at it, "
            "export it or make a report); nothing was changed."
        )
    lock = WriterLock(path, holder)
    try:
        _prepare(path, auto_backup)
    except BaseException:
        lock.release()
        raise
    return Diary(path, auto_backup=auto_backup, lock=lock)


def _prepare(path: Path, auto_backup: bool) -> None:
    """Inspect, back up, upgrade and switch to WAL: everything opening a file needs.

    Only a missing file makes a new diary.  An existing one, even empty, is inspected and
    refused if it is not a diary: an empty file is what is left of a damaged disk or a copy that
    failed, and replacing it would let the backup rotation drop the family's last good copy.
    """
    if not path.exists():
        _create(path)
        revision = migrate.HEAD_REVISION
    else:
        revision = inspect_diary_file(path)
        if revision != migrate.HEAD_REVISION:
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
            ) from error
    _ensure_wal(path)
    for suffix in ("", "-wal", "-shm"):
        make_private(Path(f"{path}{suffix}"))


def _create(path: Path) -> None:
    """A new, empty diary at ``path``, built beside it and renamed into place.

    A crash half-way leaves at most ``*.new`` beside the folder's files, never a diary file
    that is empty or half-made (which the next start would have to refuse).
    """
    partial = path.with_name(f"{path.name}.new")
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{partial}{suffix}").unlink(missing_ok=True)
    create_private_file(partial)
    try:
        migrate.upgrade(partial)
        os.replace(partial, path)
    except Exception as error:
        partial.unlink(missing_ok=True)
        raise DiaryOpenError(
            f"A new diary could not be created in {path.parent} ({error})."
        ) from error


def _ensure_wal(path: Path) -> None:
    """WAL is stored in the file, so readers opened before the engine also see it."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA journal_mode=WAL")
    finally:
        connection.close()
