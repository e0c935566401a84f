"""``masto-diary --demo``: the app on a fresh demo diary in a temporary folder, gone afterwards.

Every run used to leave its folder (diary, backups, lock) in the temp directory.  The folder is
now removed when the window closes, and also when the app ends with an error.  A run that was
killed (kill -9, a crash, a power cut) cannot clean up after itself, so each start also removes
the demo folders of earlier runs that no running masto-diary holds any more.
"""

import os
import shutil
import tempfile
import time
from pathlib import Path

DEMO_PREFIX = "masto-diary-demo-"
# A folder younger than this may belong to a demo that is starting right now and has not taken
# its lock yet; it is left for a later start to sweep.
SWEEP_AFTER_SECONDS = 600


def run_demo_gui(smoke_test: bool = False, minimized: bool = False) -> int:
    """Write the demo diary into a new private temp folder, run the window, remove the folder."""
    from masto_diary.ui.app import run_gui

    remove_abandoned_demo_folders()
    folder = Path(tempfile.mkdtemp(prefix=DEMO_PREFIX))  # mode 0700
    try:
        write_demo(folder)
        return run_gui(data_dir=str(folder), smoke_test=smoke_test, minimized=minimized)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def write_demo(folder: Path) -> None:
    from masto_diary.demo import write_demo_diary
    from masto_diary.storage import open_diary

    with open_diary(folder, auto_backup=False) as diary:  # a backup of a throw-away diary: no
        write_demo_diary(diary)


def remove_abandoned_demo_folders(
    parent: Path | None = None, now: float | None = None
) -> list[Path]:
    """Remove the demo folders of runs that ended without cleaning up; returns them."""
    from masto_diary.ui.single_instance import lock_holder

    parent = Path(parent or tempfile.gettempdir())
    now = time.time() if now is None else now
    removed = []
    for folder in sorted(parent.glob(f"{DEMO_PREFIX}*")):
        try:
            info = folder.lstat()
        except OSError:
            continue
        if (
            not folder.is_dir()
            or folder.is_symlink()
            or not _ours(info)
            or now - info.st_mtime < SWEEP_AFTER_SECONDS
            or lock_holder(folder) is not None
        ):
            continue
        shutil.rmtree(folder, ignore_errors=True)
        removed.append(folder)
    return removed


def _ours(info: os.stat_result) -> bool:
    """Another user's folder is not ours to remove (Windows has a temp folder per user)."""
    return not hasattr(os, "getuid") or info.st_uid == os.getuid()
