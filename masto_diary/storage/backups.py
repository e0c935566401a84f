"""Copies of the diary made with SQLite's online backup API: automatic, rotated, restorable.

The backup API copies a consistent snapshot even while the app holds the file open, which a
plain file copy of a WAL database does not.  Every copy is verified with ``integrity_check``
before it counts as a backup, and a copy that fails is deleted at once.

Automatic backups are taken when a diary is opened (before any migration) and when it is closed,
but only when the file changed since the last backup: a cheap ``stat`` comparison against a small
record in the backups folder, so the usual start-up (clean close last time) costs nothing.
Rotation keeps the last :data:`KEEP_LAST` automatic backups plus the newest one of each month for
:data:`KEEP_MONTHS` months.  Manual backups and the safety copies taken before an upgrade or a
restore are never rotated away.

Nothing here imports SQLAlchemy or Qt: it runs on the start-up path.
"""

import datetime as dt
import json
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from masto_diary.errors import DiaryError, DiaryOpenError
from masto_diary.storage import read_model
from masto_diary.storage.diary_file import inspect_diary_file
from masto_diary.storage.paths import (
    PRIVATE_FILE_MODE,
    create_private_file,
    ensure_private_dir,
    read_only_uri,
)

BACKUP_DIRNAME = "backups"
STATE_FILENAME = "last-backup.json"
KEEP_LAST = 10
KEEP_MONTHS = 24
AUTOMATIC_REASONS = frozenset({"open", "close"})
# The backup ``masto-diary demo`` makes of the diary it wrote: kept, like a manual one.
DEMO_REASON = "demo"
NAME_PATTERN = re.compile(r"^diary-(\d{8}-\d{6})(?:-(\d{6}))?-(.+)\.sqlite3$")
SIDE_FILES = ("-wal", "-shm")


@dataclass(frozen=True)
class BackupInfo:
    """One backup file and what is inside it (``None`` counts when it could not be read)."""

    path: Path
    taken_at: dt.datetime  # local wall-clock time
    reason: str  # open, close, manual, demo, before-restore, before-upgrade-from-…
    size: int
    children: int | None = None
    days: int | None = None
    last_entry: dt.date | None = None
    readable: bool = True

    @property
    def automatic(self) -> bool:
        return self.reason in AUTOMATIC_REASONS

    @property
    def imported_file(self) -> str | None:
        """The file whose import this backup was taken before, or None."""
        if self.reason.startswith(IMPORT_REASON_PREFIX):
            return re.sub(r"-\d+$", "", self.reason[len(IMPORT_REASON_PREFIX) :])
        return None

    @property
    def label(self) -> str:
        """The reason in words for the terminal (the window translates its own)."""
        if self.imported_file is not None:
            return f"before import of {self.imported_file}"
        return re.sub(r"-\d+$", "", self.reason).replace("-", " ")

    def holds_more_than(self, other: "BackupInfo | None") -> bool:
        """More children or more recorded days than ``other`` (None counts as nothing known)."""
        if not self.readable or self.children is None or other is None:
            return False
        return self.children > (other.children or 0) or (self.days or 0) > (other.days or 0)


# Before an import: "diary-…-before-import-of-<file>.sqlite3", so undoing it is one restore.
IMPORT_REASON_PREFIX = "before-import-of-"


def import_reason(file_name: str) -> str:
    """The backup reason for an import of ``file_name``, safe inside a file name."""
    safe = re.sub(r"[^\w.]+", "_", file_name, flags=re.UNICODE).strip("_.")[:60] or "file"
    return IMPORT_REASON_PREFIX + safe


LOCATION_FILENAME = "backups-folder.txt"


def backup_location(data_dir: Path) -> Path:
    """Where backups go: the folder named in ``backups-folder.txt``, else ``backups/``.

    The choice lives beside the diary (not in the GUI's settings) so that the window and the
    ``backup`` / ``restore`` / ``check`` commands always look in the same place.
    """
    pointer = data_dir / LOCATION_FILENAME
    try:
        chosen = pointer.read_text(encoding="utf-8").strip()
    except OSError:
        chosen = ""
    return Path(chosen).expanduser() if chosen else data_dir / BACKUP_DIRNAME


def set_backup_location(data_dir: Path, folder: Path | None) -> Path:
    """Choose another backups folder (None: the default); it is created private (0700)."""
    pointer = data_dir / LOCATION_FILENAME
    if folder is None or Path(folder).expanduser() == data_dir / BACKUP_DIRNAME:
        pointer.unlink(missing_ok=True)
    else:
        ensure_private_dir(Path(folder).expanduser())
        create_private_file(pointer)
        pointer.write_text(str(Path(folder).expanduser().absolute()) + "\n", encoding="utf-8")
    return backups_dir(data_dir)


def backups_dir(data_dir: Path) -> Path:
    return ensure_private_dir(backup_location(data_dir))


# --------------------------------------------------------------------------- copying


def backup_file(source: Path, target: Path) -> Path:
    """Copy ``source`` to ``target`` (mode 0600) and verify the copy with ``integrity_check``.

    The copy is written beside ``target`` under a temporary name and renamed into place only
    after it passed, so a half-written or failed copy never looks like a backup.
    """
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    partial.unlink(missing_ok=True)
    create_private_file(partial)
    try:
        src = sqlite3.connect(read_only_uri(source), uri=True)
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
            result = dst.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            dst.close()
            src.close()
    except sqlite3.Error as error:
        partial.unlink(missing_ok=True)
        raise DiaryError(
            f"The backup {target.name} could not be written in the folder {target.parent} "
            f"({error}); the diary was not changed. Free some space on that disk, or choose "
            "another backups folder, and try again."
        ) from None
    if result != "ok":
        partial.unlink(missing_ok=True)
        raise DiaryError(f"The backup {target.name} failed its integrity check: {result}.")
    _fsync(partial)
    os.replace(partial, target)
    os.chmod(target, PRIVATE_FILE_MODE)
    _fsync_dir(target.parent)
    return target


def backup_name(reason: str, when: dt.datetime | None = None) -> str:
    """``diary-YYYYmmdd-HHMMSS-ffffff-<reason>.sqlite3`` in local time (sorts by age)."""
    when = when or dt.datetime.now()
    return f"diary-{when:%Y%m%d-%H%M%S-%f}-{reason}.sqlite3"


def make_backup(diary_path: Path, reason: str, when: dt.datetime | None = None) -> Path:
    """A verified backup of ``diary_path`` in its ``backups/`` folder; remembers the source."""
    folder = backups_dir(diary_path.parent)
    target = folder / backup_name(reason, when)
    suffix = 2
    while target.exists():  # two backups in the same microsecond (tests, fast clocks)
        target = folder / backup_name(f"{reason}-{suffix}", when)
        suffix += 1
    backup_file(diary_path, target)
    remember_source(diary_path, target)
    return target


def backup_before_migration(diary_path: Path, revision: str | None) -> Path:
    """Keep the diary as it was before a schema upgrade, next to the other backups."""
    return make_backup(diary_path, f"before-upgrade-from-{revision or 'none'}")


# --------------------------------------------------------------------------- automatic


def source_fingerprint(diary_path: Path) -> dict | None:
    """What identifies the file's content cheaply, or None while a WAL holds unmerged changes.

    With WAL, committed changes may live only in ``-wal`` until a checkpoint; its size and mtime
    say nothing reliable, so a non-empty WAL always counts as "changed".
    """
    wal = Path(f"{diary_path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return None
    info = diary_path.stat()
    return {"size": info.st_size, "mtime_ns": info.st_mtime_ns, "inode": info.st_ino}


def remember_source(diary_path: Path, backup: Path) -> None:
    """Record which file state the newest backup holds, so an unchanged file is not copied again."""
    fingerprint = source_fingerprint(diary_path)
    state = backups_dir(diary_path.parent) / STATE_FILENAME
    if fingerprint is None:
        state.unlink(missing_ok=True)
        return
    record = {"file": diary_path.name, "backup": backup.name, **fingerprint}
    # A temporary file of this process: with one shared name, a second `backup` at the same
    # moment renamed the first one's file away and that one failed with ENOENT.
    temporary = state.with_name(f".{state.name}.{os.getpid()}.partial")
    fd = os.open(temporary, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, PRIVATE_FILE_MODE)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(record, handle)
    os.replace(temporary, state)


def changed_since_last_backup(diary_path: Path) -> bool:
    """True unless the file is exactly as it was when the newest backup was taken."""
    fingerprint = source_fingerprint(diary_path)
    if fingerprint is None:
        return True
    state = backup_location(diary_path.parent) / STATE_FILENAME
    try:
        record = json.loads(state.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return True
    if not (backup_location(diary_path.parent) / str(record.get("backup", ""))).is_file():
        return True  # the backup it points to was deleted or rotated away
    return record.get("file") != diary_path.name or any(
        record.get(key) != value for key, value in fingerprint.items()
    )


def automatic_backup(diary_path: Path, reason: str) -> Path | None:
    """Back up on open/close when the file changed since the last backup, then rotate."""
    if not diary_path.exists() or diary_path.stat().st_size == 0:
        return None
    if not changed_since_last_backup(diary_path):
        return None
    made = make_backup(diary_path, reason)
    rotate(diary_path.parent)
    return made


def rotate(data_dir: Path, now: dt.datetime | None = None) -> list[Path]:
    """Delete automatic backups beyond the last 10 and one a month for two years; return them."""
    automatic = [b for b in list_backups(data_dir, with_contents=False) if b.automatic]
    keep = {b.path for b in automatic[:KEEP_LAST]}
    now = now or dt.datetime.now()
    oldest_month = _month_index(now) - (KEEP_MONTHS - 1)
    newest_of_month: dict[int, Path] = {}
    for backup in automatic:  # newest first, so the first seen of a month is its newest
        month = _month_index(backup.taken_at)
        if month >= oldest_month:
            newest_of_month.setdefault(month, backup.path)
    keep |= set(newest_of_month.values())
    removed = [b.path for b in automatic if b.path not in keep]
    spared = newest_holding_more(data_dir) if removed else None
    removed = [path for path in removed if path != spared]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def newest_holding_more(data_dir: Path) -> Path | None:
    """The newest verified backup that holds more than the diary now, which rotation keeps.

    After a bad day (a wrong restore, a file emptied by another program) the current file may
    hold less than the backups; rotating them all away would lose the family's days for good.
    """
    current = _contents_of(data_dir / "diary.sqlite3")
    for backup in list_backups(data_dir):  # newest first
        if backup.holds_more_than(current):
            return backup.path
    return None


def _contents_of(path: Path) -> BackupInfo:
    info = BackupInfo(path, dt.datetime.now(), "current", 0)
    return _with_contents(info) if path.is_file() else BackupInfo(path, info.taken_at, "", 0, 0, 0)


def _month_index(moment: dt.datetime) -> int:
    return moment.year * 12 + moment.month - 1


# --------------------------------------------------------------------------- listing


def list_backups(data_dir: Path, with_contents: bool = True) -> list[BackupInfo]:
    """Every backup in the backups folder, newest first, with what is inside when asked."""
    folder = backup_location(data_dir)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob("diary-*.sqlite3"):
        match = NAME_PATTERN.match(path.name)
        if match is None:
            continue
        stamp, micro, reason = match.groups()
        taken = dt.datetime.strptime(stamp, "%Y%m%d-%H%M%S").replace(microsecond=int(micro or 0))
        info = BackupInfo(path=path, taken_at=taken, reason=reason, size=path.stat().st_size)
        found.append(_with_contents(info) if with_contents else info)
    found.sort(key=lambda b: (b.taken_at, b.path.name), reverse=True)
    return found


def _with_contents(info: BackupInfo) -> BackupInfo:
    try:
        connection = sqlite3.connect(read_only_uri(info.path), uri=True)
        try:
            held = read_model.contents(connection)
        finally:
            connection.close()
    except sqlite3.Error:
        return BackupInfo(info.path, info.taken_at, info.reason, info.size, readable=False)
    return BackupInfo(
        info.path, info.taken_at, info.reason, info.size, held.children, held.days, held.last_entry
    )


def verify_backup(path: Path) -> str:
    """Full check of a backup before it is restored: header, revision, ``integrity_check``.

    Returns the schema revision; raises :class:`DiaryOpenError` with a sentence otherwise.
    """
    revision = inspect_diary_file(path)
    connection = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        result = connection.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        connection.close()
    if result != "ok":
        raise DiaryOpenError(f"The backup {path.name} is damaged: {result}.")
    return revision


def backup_to_restore(diary_path: Path) -> BackupInfo | None:
    """The backup a plain ``restore`` brings back: the newest good one that is not the diary now.

    After ``import`` the newest backup is the one taken when the command closed the diary: the
    imported state itself, so restoring it would undo nothing.  While the diary is sound and
    unchanged since a backup (``last-backup.json``), that backup is passed over and the one
    before it (the "before import of FILE" copy) is chosen.  A damaged diary gets the newest good
    backup, whatever it is: its stat may match a backup although its pages rotted.
    """
    same = None
    try:
        inspect_diary_file(diary_path)
        if not changed_since_last_backup(diary_path):
            state = backup_location(diary_path.parent) / STATE_FILENAME
            same = json.loads(state.read_text(encoding="utf-8")).get("backup")
    except (DiaryOpenError, OSError, ValueError):
        same = None
    for backup in list_backups(diary_path.parent):
        if not backup.readable or backup.path.name == same:
            continue
        try:
            inspect_diary_file(backup.path)
        except DiaryOpenError:
            continue
        return backup
    return None


def reason_words(reason: str) -> str:
    """Why a backup was made, in words for the terminal (the window translates its own)."""
    info = BackupInfo(Path(), dt.datetime.now(), reason, 0)
    if info.imported_file is not None:
        return f"made before the import of {info.imported_file}"
    if reason.startswith("before-upgrade"):
        return "made before an upgrade of the diary"
    words = {
        "open": "made when the diary was opened",
        "close": "made when the diary was closed",
        "manual": "made by you (masto-diary backup or Back up now)",
        DEMO_REASON: "of the demo diary",
        "before-restore": "made before a restore",
    }
    return words.get(re.sub(r"-\d+$", "", reason), reason)


# --------------------------------------------------------------------------- restoring


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    safety_backup: Path | None  # the current diary as it was, when it was sound
    set_aside: Path | None  # the current diary renamed, when it was damaged or not a diary


def restore_backup(backup: Path, diary_path: Path) -> RestoreResult:
    """Replace the diary with ``backup``: keep the current file first, then swap atomically.

    A sound current diary is backed up (``before-restore``); a damaged, foreign or newer one is
    renamed aside with its ``-wal``/``-shm``, never overwritten.  The diary must be closed.
    """
    backup = Path(backup)
    verify_backup(backup)
    staged = diary_path.with_name(f".{diary_path.name}.restoring")
    staged.unlink(missing_ok=True)
    backup_file(backup, staged)
    safety = aside = None
    try:
        if diary_path.exists() and diary_path.stat().st_size > 0:
            safety, aside = _keep_current(diary_path)
        os.replace(staged, diary_path)
    finally:
        staged.unlink(missing_ok=True)
    os.chmod(diary_path, PRIVATE_FILE_MODE)
    _fsync_dir(diary_path.parent)
    remember_source(diary_path, backup)
    return RestoreResult(backup, safety, aside)


def _keep_current(diary_path: Path) -> tuple[Path | None, Path | None]:
    """Back up a sound current diary and fold its WAL in, or rename an unsound one aside."""
    try:
        inspect_diary_file(diary_path)
    except DiaryOpenError:
        return None, set_aside(diary_path, "damaged")
    _merge_wal(diary_path)  # refuses while another connection still uses the file
    safety = make_backup(diary_path, "before-restore")
    _merge_wal(diary_path, drop=True)
    return safety, None


def _merge_wal(diary_path: Path, drop: bool = False) -> None:
    """Checkpoint the WAL into the file; with ``drop`` also leave WAL mode and delete it.

    A stale WAL beside the restored file would be replayed into it, so it must be empty and
    gone before the swap.  A connection still reading or writing makes the checkpoint busy.
    """
    busy_message = (
        f"{diary_path.name} is still open in another window or program; close it and try again."
    )
    try:
        connection = sqlite3.connect(diary_path, timeout=1)
        try:
            busy = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            if busy:
                raise DiaryError(busy_message)
            if drop:
                connection.execute("PRAGMA journal_mode=DELETE")
        finally:
            connection.close()
    except sqlite3.OperationalError:
        raise DiaryError(busy_message) from None
    if drop:
        for suffix in SIDE_FILES:
            Path(f"{diary_path}{suffix}").unlink(missing_ok=True)


def set_aside(diary_path: Path, label: str = "damaged") -> Path:
    """Rename the diary (and its ``-wal``/``-shm``) to ``<name>.<label>-<stamp>``; never delete."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = diary_path.with_name(f"{diary_path.name}.{label}-{stamp}")
    n = 2
    while target.exists():
        target = diary_path.with_name(f"{diary_path.name}.{label}-{stamp}-{n}")
        n += 1
    for suffix in SIDE_FILES:  # side files first: a stale WAL must never pair with a new file
        side = Path(f"{diary_path}{suffix}")
        if side.exists():
            os.replace(side, Path(f"{target}{suffix}"))
            os.chmod(Path(f"{target}{suffix}"), PRIVATE_FILE_MODE)
    os.replace(diary_path, target)
    os.chmod(target, PRIVATE_FILE_MODE)  # still a child's health data, whatever it was before
    _fsync_dir(diary_path.parent)
    return target


# --------------------------------------------------------------------------- helpers


def _fsync(path: Path) -> None:
    # Windows flushes only a handle opened for writing (FlushFileBuffers); POSIX any handle.
    fd = os.open(path, os.O_RDWR if os.name == "nt" else os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    """Make a rename durable (a power cut right after must not undo it); no-op where unsupported."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
