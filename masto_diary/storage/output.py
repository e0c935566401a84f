"""A file the parent names on the command line (``-o``): one rule for export, backup and report.

Writing a file where the parent says can surprise in two ways: replacing a file they wanted to
keep (an export once replaced a PDF report with JSON), and failing with the operating system's
words about a temporary file they never named (``[Errno 21] Is a directory: '.x.part'``).  So:

* an existing file is replaced only with ``--force``; a folder is never taken for a file name;
* the folder must exist and be writable, checked before any work is done;
* a failure while writing becomes one sentence about the file they chose (:func:`failure`);
* never, even with ``--force``: the diary or anything else in its data folder (``-o`` onto the
  live diary once replaced it with a report), nor anything that is not a regular file (as root
  ``-o /dev/full --force`` once replaced the device with a file; a pipe or a socket likewise).

The writers themselves stay atomic (temporary file beside the target, renamed at the end).
"""

import errno
import os
import stat
from pathlib import Path

from masto_diary.errors import DiaryError


def check_output_file(
    target: str | os.PathLike,
    example: str,
    force: bool = False,
    data_folder: Path | None = None,
) -> Path:
    """The target as a path, or a :class:`DiaryError` saying why it cannot be written.

    ``example`` is a file name to suggest when the parent gave a folder ("report.pdf");
    ``data_folder`` is the diary's folder, which no output may land in.
    """
    target = Path(target).expanduser()
    if target.is_dir():
        raise DiaryError(
            f"{target} is a folder; give the name of a new file, e.g. -o {target / example}"
        )
    _refuse_special_file(target)
    if data_folder is not None:
        _refuse_inside(target, data_folder, example)
    folder = target.parent
    if not folder.is_dir():
        raise DiaryError(f"The folder {folder} does not exist; create it or choose another place.")
    if (target.exists() or target.is_symlink()) and not force:
        raise DiaryError(
            f"{target} already exists; choose another file name, or add --force to replace it."
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise DiaryError(f"masto-diary may not write in the folder {folder}; choose another one.")
    return target


def _refuse_special_file(target: Path) -> None:
    """A device, a pipe or a socket is never replaced by a file, --force or not."""
    try:
        mode = target.stat().st_mode  # through a link: what it points at
    except OSError:
        return  # nothing there (or a dangling link): a new file
    if not stat.S_ISREG(mode):
        raise DiaryError(
            f"{target} is not an ordinary file (a device, a pipe or a socket); masto-diary "
            "writes only new or ordinary files, even with --force. Choose another name."
        )


def _refuse_inside(target: Path, data_folder: Path, example: str) -> None:
    """The diary's own folder (the diary, its backups, its lock) is never written to."""
    folder = data_folder.expanduser().resolve()
    where = target.resolve()
    if where == folder or folder in where.parents:
        raise DiaryError(
            f"{target} is inside the diary's data folder ({folder}), where an export or a "
            f"report could replace the diary or its backups, even with --force; write it "
            f"somewhere else, e.g. -o {Path.home() / example}"
        )


_REASONS = {
    errno.EACCES: "masto-diary may not write there",
    errno.EPERM: "masto-diary may not write there",
    errno.EROFS: "that disk can only be read",
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "your disk quota is used up",
    errno.EISDIR: "a folder has that name",
    errno.ENOENT: "its folder does not exist (any more)",
    errno.ENOTDIR: "part of the path is a file, not a folder",
    errno.ENAMETOOLONG: "the name is too long",
}


def failure(error: OSError, target: Path) -> DiaryError:
    """``error`` (raised while writing ``target``) as a sentence naming ``target`` only."""
    reason = _REASONS.get(error.errno or 0) or (error.strerror or "the system refused").lower()
    return DiaryError(f"{target} could not be written: {reason}. Choose another place.")
