"""What a sync with nothing new compares, and which names in the folder are ours.

Kept apart from the rest of folder sync so ``masto-diary sync`` can tell "nothing new" from
the diary's settings and these marks alone, without SQLAlchemy or a key (docs/sync.md,
"A sync with nothing new stays cheap"): per file in ``changes``, its size, time and a hash of
its last bytes (an older copy of the same size and time still differs there).
"""

import hashlib
import os
import re
import stat
import sys
from pathlib import Path

from masto_diary.sync.problems import shown_name

SUBDIR = "masto-diary-sync"
OURS = {
    "changes": re.compile(r"^([0-9a-f]{32})\.log$"),
    "snapshots": re.compile(r"^([0-9a-f]{32})\.snap$"),
}
TAIL_BYTES = 32  # the end of the last sealed line: its authentication tag, unique per sealing


def file_marks(root: Path, device: str) -> dict[str, list]:
    """Size, time and tail of every file in ``changes`` (ours and odd ones) and the odd
    names of ``snapshots``: what a sync with nothing new compares with the last sync's."""
    marks: dict[str, list] = {}
    for _device, path in sorted(ours_in(root / "changes", "changes").items()):
        mark = mark_of(path)
        if mark is not None:
            marks[path.name] = mark
    for name in odd_in(root):
        marks[name] = odd_mark(root / name) if name.isprintable() else [0, 0]
    return marks


def mark_of(path: Path) -> list | None:
    """[size, time, tail hash] of a regular file; None when it is not there."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    try:
        status = os.fstat(fd)
        if not stat.S_ISREG(status.st_mode):
            return [status.st_mode, 0, ""]
        os.lseek(fd, max(0, status.st_size - TAIL_BYTES), os.SEEK_SET)
        tail = os.read(fd, TAIL_BYTES)
    finally:
        os.close(fd)
    return [status.st_size, status.st_mtime_ns, hashlib.sha256(tail).hexdigest()[:16]]


def odd_mark(path: Path) -> list:
    try:
        status = os.lstat(path)
    except OSError:
        return [0, 0]
    return [status.st_size, status.st_mtime_ns]


def ours_in(directory: Path, sub: str) -> dict[str, Path]:
    """device -> ``<device>.log`` (or ``.snap``) in ``directory``: exact names, regular files
    (a folder, a link or a pipe with our name is not read: it is listed as odd)."""
    pattern = OURS[sub]
    found = {}
    for entry in entries(directory):
        match = pattern.match(entry.name)
        if match and _regular_entry(entry):
            found[match.group(1)] = Path(entry.path)
    return found


def odd_in(root: Path) -> list[str]:
    """Every name in ``changes`` and ``snapshots`` that is not one of ours, as shown."""
    odd = []
    for sub in ("changes", "snapshots"):
        pattern = OURS[sub]
        for entry in entries(root / sub):
            if not (pattern.match(entry.name) and _regular_entry(entry)):
                odd.append(f"{sub}/{shown_name(entry.name)}")
    return sorted(odd)


def entries(directory: Path) -> list[os.DirEntry]:
    try:
        with os.scandir(directory) as found:
            return list(found)
    except (FileNotFoundError, NotADirectoryError):
        return []


def _regular_entry(entry: os.DirEntry) -> bool:
    try:
        return entry.is_file(follow_symlinks=False)
    except OSError:
        return False


def home_mark(data_dir: Path) -> str:
    """Where this diary lives: its folder and (where the system has one) the computer's id.

    A data folder copied to another place or laptop has another mark; the diary remembers the
    mark it was shared or joined with (docs/sync.md, "A copied data folder").
    """
    parts = [str(data_dir.resolve()), _machine_id()]
    return hashlib.sha256("\n".join(parts).encode("utf-8", "surrogateescape")).hexdigest()[:32]


def _machine_id() -> str:
    if sys.platform == "win32":
        return os.environ.get("COMPUTERNAME", "")
    for candidate in ("/etc/machine-id", "/var/lib/dbus/machine-id"):
        try:
            return Path(candidate).read_text(encoding="ascii", errors="replace").strip()
        except OSError:
            continue
    return ""
