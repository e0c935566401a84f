"""One writer per diary file at a time, across processes: the window and every command.

SQLite serialises single statements, but an import reads the diary, checks the file against it
and then writes; two imports at once each decide on what the other is about to change, and two
backups at once race for the same marker file.  So whoever may write (the window, ``import``,
``demo``, ``restore``) first takes an exclusive lock on ``<diary>.lock`` beside the file and keeps
it until the diary is closed; a second writer waits a moment, then is told who holds the diary.

The lock is the operating system's (``flock`` on Linux and macOS, ``LockFileEx`` through
``msvcrt`` on Windows), so a process that is killed releases it at once: no stale lock survives
a crash.  The file itself only says who holds it, for the sentence the second writer reads.
Within one process the lock is counted, so opening the same diary twice never waits for itself.
"""

import json
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from masto_diary.errors import DiaryOpenError
from masto_diary.storage.paths import PRIVATE_FILE_MODE

WAIT_SECONDS = 10.0
POLL_SECONDS = 0.1
# Windows locks byte ranges, and a locked range cannot be read by others: lock a byte far past
# the holder text so that the second writer can still read who holds the diary.
_WINDOWS_LOCK_OFFSET = 1 << 20


class DiaryBusyError(DiaryOpenError):
    """Another program holds the diary for writing; nothing was changed."""


@dataclass
class _Held:
    fd: int
    count: int


_held: dict[Path, _Held] = {}


def lock_path(diary_path: Path) -> Path:
    return diary_path.with_name(f"{diary_path.name}.lock")


class WriterLock:
    """The right to write one diary file; :meth:`release` (or closing the diary) gives it back."""

    def __init__(self, diary_path: Path, holder: str, wait_seconds: float = WAIT_SECONDS):
        self.path = lock_path(Path(diary_path)).absolute()
        self._released = False
        held = _held.get(self.path)
        if held is not None:
            held.count += 1
            return
        fd = _open(self.path)
        try:
            _wait_for(fd, self.path, wait_seconds)
            _write_holder(fd, holder)
        except BaseException:
            os.close(fd)
            raise
        _held[self.path] = _Held(fd, 1)

    def release(self) -> None:
        if self._released:
            return
        self._released = True
        held = _held[self.path]
        held.count -= 1
        if held.count == 0:
            del _held[self.path]
            _unlock(held.fd)
            os.close(held.fd)


def _open(path: Path) -> int:
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE_MODE)
    except OSError as error:
        raise DiaryOpenError(
            f"The diary in {path.parent} cannot be opened for writing: {error.strerror}. "
            "Check that the folder is yours and writable, or open a copy of the diary elsewhere."
        ) from None
    return fd


def _wait_for(fd: int, path: Path, wait_seconds: float) -> None:
    deadline = time.monotonic() + wait_seconds
    while not _try_lock(fd):
        if time.monotonic() >= deadline:
            raise DiaryBusyError(_busy_sentence(path))
        time.sleep(POLL_SECONDS)


def _busy_sentence(path: Path) -> str:
    holder = read_holder(path)
    who = "another masto-diary"
    if holder:
        who = f"{holder.get('program', 'masto-diary')} (process {holder.get('pid', '?')}"
        if holder.get("host") and holder["host"] != host_name():
            who += f" on {holder['host']}"
        who += f", since {holder.get('since', '?')})"
    return (
        f"The diary {path.with_suffix('').name} is in use by {who}. Wait for it to finish, or "
        "close the masto-diary window, then try again. Nothing was changed."
    )


def read_holder(path: Path) -> dict | None:
    """Who holds (or last held) the lock, as its holder wrote it; None when unreadable."""
    try:
        text = Path(path).read_text(encoding="utf-8")
        holder = json.loads(text.split("\n", 1)[0])
    except (OSError, ValueError):
        return None
    return holder if isinstance(holder, dict) else None


def host_name() -> str:
    """This computer's name.  Not ``platform.node()``: on Windows that runs ``cmd /c ver`` in a
    child process, about a tenth of a second at every start (more under Wine)."""
    if sys.platform == "win32":
        return os.environ.get("COMPUTERNAME", "")
    return os.uname().nodename


def _write_holder(fd: int, program: str) -> None:
    holder = {
        "program": program,
        "pid": os.getpid(),
        "host": host_name(),
        "since": time.strftime("%H:%M"),
    }
    data = (json.dumps(holder) + "\n").encode("utf-8")
    os.lseek(fd, 0, os.SEEK_SET)
    os.ftruncate(fd, 0)
    os.write(fd, data)


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
