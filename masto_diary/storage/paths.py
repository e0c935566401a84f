"""Data directory resolution and private file permissions.

The diary holds a child's health data, so the folder is 0700 and every file in it 0600,
whatever the user's umask says.  Permissions are only ever narrowed, never widened: a file or
folder the user made read-only on purpose stays read-only.
"""

import errno
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
        try:
            os.chmod(path, mode & allowed)
        except OSError as error:  # a read-only disk, another user's file: nothing to narrow
            if error.errno not in (errno.EROFS, errno.EPERM):
                raise


def on_read_only_disk(path: Path) -> bool:
    """True when the folder of ``path`` is on a file system mounted read-only."""
    try:
        return bool(os.statvfs(Path(path).parent).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # Windows has no statvfs
        return False


def read_only_uri(path: Path) -> str:
    """The SQLite URI that reads ``path`` without writing anything beside it.

    On a read-only disk SQLite cannot create the WAL index (``-shm``) a WAL file needs even for
    reading, so there the file is opened ``immutable``: nobody can change it meanwhile anyway.
    The same holds in a folder of another user that we may read but not write: without
    ``immutable`` SQLite reports "attempt to write a readonly database", which read as damage.
    """
    uri = f"file:{path}?mode=ro"
    folder = Path(path).parent
    cannot_write = folder.exists() and not os.access(folder, os.W_OK | os.X_OK)
    return f"{uri}&immutable=1" if cannot_write or on_read_only_disk(path) else uri


def read_only_reason(path: Path) -> str | None:
    """Why the diary at ``path`` may not be written, in words naming what to do, or None.

    Decided from the permissions the user set, not from ``os.access``, which says yes to the
    administrator: a file someone made read-only on purpose is read, never made writable again.
    """
    folder = Path(path).parent
    if on_read_only_disk(path):
        return (
            f"The folder {folder} is on a disk that can only be read. Copy the folder to a disk "
            "you can write on and open that copy (--data-dir) to write in the diary"
        )
    if path.exists() and not path.stat().st_mode & stat.S_IWUSR:
        return (
            f"{path.name} in {folder} was made read-only. To write in it again, allow writing "
            f"in the file's properties (or run: chmod u+w {path})"
        )
    if folder.exists() and not folder.stat().st_mode & stat.S_IWUSR:
        return (
            f"The folder {folder} was made read-only. To write in the diary again, allow "
            f"writing in the folder's properties (or run: chmod u+w {folder})"
        )
    if folder.exists() and not os.access(folder, os.W_OK | os.X_OK):
        return (
            f"masto-diary may not write in the folder {folder} (it belongs to another user). "
            "Open a diary in your own folder, or ask that user to copy it for you"
        )
    return None


def access_problem(path: Path) -> str | None:
    """Why this user may not even read the diary at ``path``, in words naming what to do.

    A data folder or diary of another user (a diary copied as the administrator, a folder of
    the other parent's account) used to end in "Permission denied", or in the window's "already
    open" because its lock could not be made.  Decided by trying, not by ``os.access``: the
    administrator reads anything, and then nothing is wrong.
    """
    folder = Path(path).parent
    try:
        there = folder.exists() and path.exists()  # raises when the folder cannot be entered
    except PermissionError:
        return _not_allowed(folder, folder)
    if not there:
        return None
    try:
        with open(path, "rb"):
            pass
    except PermissionError:
        return _not_allowed(path, folder)
    return None


def _not_allowed(where: Path, folder: Path) -> str:
    owner, me = owner_name(where) or owner_name(folder), _my_name()
    if owner is not None and owner == me:
        return (
            f"You took away your own right to read {where}. Allow reading and writing in its "
            f"properties (or run: chmod u+rwX {where}), then start masto-diary again"
        )
    who = f"the user {owner}" if owner else "another user"
    return (
        f"masto-diary may not read {where}: it belongs to {who}. Start masto-diary as that "
        f"user, or ask them to copy the diary into a folder of yours (or, as the administrator, "
        f"run: chown -R {me} {folder})"
    )


def owner_name(path: Path) -> str | None:
    """The login name of the owner of ``path``, when it can be seen (None on Windows)."""
    try:
        import pwd

        return pwd.getpwuid(Path(path).stat().st_uid).pw_name
    except (ImportError, OSError, KeyError):
        return None


def _my_name() -> str:
    try:
        import pwd

        return pwd.getpwuid(os.getuid()).pw_name
    except (ImportError, KeyError, AttributeError):
        return os.environ.get("USERNAME", "you")
