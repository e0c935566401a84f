"""Data directory resolution and private file permissions.

The diary holds a child's health data, so the folder is 0700 and every file in it 0600,
whatever the user's umask says.  Permissions are only ever narrowed, never widened: a file or
folder the user made read-only on purpose stays read-only.
"""

import os
import stat
from pathlib import Path

import platformdirs

from masto_diary import APP_NAME

DIARY_FILENAME = "diary.sqlite3"
HOME_VARIABLE = "MASTO_DIARY_HOME"
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def resolve_data_dir(explicit: str | os.PathLike | None = None) -> Path:
    """The data dir: ``--data-dir`` wins, then ``$MASTO_DIARY_HOME``, then the platform default."""
    if explicit:
        return Path(explicit).expanduser().absolute()
    from_env = os.environ.get(HOME_VARIABLE)
    if from_env:
        return Path(from_env).expanduser().absolute()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` and every missing parent 0700, and narrow ``path`` itself to its owner.

    ``mkdir(parents=True)`` would create the parents with the umask's mode (often 0755 or 0777),
    so each missing folder is made one at a time.
    """
    missing = [folder for folder in (path, *path.parents) if not folder.exists()]
    for folder in reversed(missing):
        folder.mkdir(mode=PRIVATE_DIR_MODE, exist_ok=True)
        os.chmod(folder, PRIVATE_DIR_MODE)
    _narrow(path, PRIVATE_DIR_MODE)
    return path


def create_private_file(path: Path) -> None:
    """Create an empty file with mode 0600 (before SQLite opens it, so it never exists wider)."""
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, PRIVATE_FILE_MODE)
    os.close(fd)
    os.chmod(path, PRIVATE_FILE_MODE)


def make_private(path: Path) -> None:
    """Take group and others' rights off an existing file (SQLite's -wal and -shm copy the main
    file's mode); the owner's own rights are left as they are."""
    if path.exists():
        _narrow(path, PRIVATE_FILE_MODE)


def _narrow(path: Path, allowed: int) -> None:
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & ~allowed:
        os.chmod(path, mode & allowed)
