"""Data directory resolution and private file permissions.

The diary holds a child's health data, so the folder is 0700 and every file in it 0600,
whatever the user's umask says.
"""

import os
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
    """Create ``path`` (and parents) and make it readable by its owner only."""
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    os.chmod(path, PRIVATE_DIR_MODE)
    return path


def create_private_file(path: Path) -> None:
    """Create an empty file with mode 0600 (before SQLite opens it, so it never exists wider)."""
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, PRIVATE_FILE_MODE)
    os.close(fd)
    os.chmod(path, PRIVATE_FILE_MODE)


def make_private(path: Path) -> None:
    """Tighten an existing file to 0600; SQLite's -wal and -shm files copy the main file's mode."""
    if path.exists():
        os.chmod(path, PRIVATE_FILE_MODE)
