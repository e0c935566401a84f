"""A file the parent names on the command line (``-o``): one rule for export, backup and report.

Writing a file where the parent says can surprise in two ways: replacing a file they wanted to
keep (an export once replaced a PDF report with JSON), and failing with the operating system's
words about a temporary file they never named (``[Errno 21] Is a directory: '.x.part'``).  So:

* an existing file is replaced only with ``--force``; a folder is never taken for a file name;
* the folder must exist and be writable, checked before any work is done;
* a failure while writing becomes one sentence about the file they chose (:func:`failure`).

The writers themselves stay atomic (temporary file beside the target, renamed at the end).
"""

import errno
import os
from pathlib import Path

from masto_diary.errors import DiaryError


def check_output_file(target: str | os.PathLike, example: str, force: bool = False) -> Path:
    """The target as a path, or a :class:`DiaryError` saying why it cannot be written.

    ``example`` is a file name to suggest when the parent gave a folder ("report.pdf").
    """
    target = Path(target).expanduser()
    if target.is_dir():
        raise DiaryError(
            f"{target} is a folder; give the name of a new file, e.g. -o {target / example}"
        )
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
    reason = _REASONS.get(error.errno) or (error.strerror or "the system refused").lower()
    return DiaryError(f"{target} could not be written: {reason}. Choose another place.")
