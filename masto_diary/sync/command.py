"""The headless commands: ``share --folder DIR``, ``join --folder DIR``, ``sync``.

The passphrase comes from MASTO_DIARY_PASSPHRASE or is asked on the terminal (never echoed,
asked twice when a folder is shared for the first time).  Every failure is one sentence.
"""

import getpass
import platform
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from masto_diary.errors import DiaryError
from masto_diary.storage import DIARY_FILENAME, resolve_data_dir
from masto_diary.sync.marks import SUBDIR
from masto_diary.sync.problems import Problem, sentences

if TYPE_CHECKING:  # the engine is imported when a command needs it: see run_sync
    from masto_diary.sync import share
    from masto_diary.sync.folder import FolderError

# The exit status of a sync, share or join that worked but found a laptop's history in the
# folder changed (cut, older, lines missing, deleted, a copied data folder): its sentences
# are on stderr, and nothing of it was applied.
EXIT_TAMPERED = 3
JOIN_WAIT_S = 30  # how long join waits for a folder still being copied (--wait)


def folder_sentence(error: "FolderError") -> str:
    """The sentence for a folder that cannot be used (also shown by the window)."""
    from masto_diary.sync.crypto import N_BOUNDS, P_BOUNDS, R_BOUNDS

    if error.kind == "missing":
        return (
            f"The shared folder {error.path} is not there. Is the USB stick plugged in, or the "
            "sync app's folder moved?"
        )
    if error.kind == "not-shared":
        return (
            f"{error.path} holds no shared diary. Share the diary into it from the other "
            "laptop first (masto-diary share --folder DIR)."
        )
    if error.kind == "passphrase":
        return "That passphrase does not open this shared diary. Check it with the other carer."
    if error.kind == "settings":
        return (
            f"{error.path} asks for key settings masto-diary does not accept ({error.detail}; "
            f"n from {N_BOUNDS[0]} to {N_BOUNDS[1]}, r {R_BOUNDS[0]}, p from {P_BOUNDS[0]} to "
            f"{P_BOUNDS[1]}); it was not used. Share the diary into a new folder from a laptop "
            "that has it."
        )
    if error.kind == "copying":
        return (
            f"The shared folder is still being copied here ({error.path} is not complete "
            "yet). Wait until the sync app has finished, then join again; no diary was made."
        )
    return (
        f"{error.path} is damaged or was changed by someone without the passphrase; it was "
        "not used. Nothing in your diary changed."
    )


WEAK = (
    "A family passphrase needs at least 8 characters, with at least 4 different ones "
    "(a few words are best)."
)


def _passphrase(confirm: bool) -> str:
    """From MASTO_DIARY_PASSPHRASE or the terminal, under the same rule."""
    from masto_diary.sync import share
    from masto_diary.sync.crypto import weak_passphrase

    given = share.passphrase_from_environment()
    if not given:
        if not sys.stdin.isatty():
            raise DiaryError(f"Give the family passphrase in {share.PASSPHRASE_VARIABLE}.")
        given = getpass.getpass("Family passphrase: ")
        if confirm and getpass.getpass("The same passphrase again: ") != given:
            raise DiaryError("The two passphrases differ; nothing was shared.")
    if weak_passphrase(given):
        raise DiaryError(WEAK)
    return given


def _device_name(name: str | None) -> str:
    return (name or platform.node() or "laptop").strip()[:60]


def _report(result: "share.SyncResult | None", standing: list[Problem] | None = None) -> int:
    """Print what a sync did; the problems it found go to stderr.  The exit status."""
    found = result.problems if result is not None and not result.skipped else standing or []
    for sentence in sentences(found):
        print(sentence, file=sys.stderr)
    tampered = EXIT_TAMPERED if any(p.tampering for p in found) else 0
    if result is None or result.skipped:
        print("Nothing new from the other laptops.")
        return tampered
    print(f"Received {result.received} changes, applied {result.applied}, sent {result.sent}.")
    if result.held_back:
        print(
            f"{len(result.held_back)} changes from other laptops clash with a rule of this "
            "diary (for example a second entry for the same day) and wait in the folder."
        )
    if result.conflicts:
        print(
            f"{len(result.conflicts)} records were changed on two laptops at once: the later "
            "version is in the diary, the other one is under Conflicts in the window."
        )
    return tampered


def run_share(data_dir: str | None, folder: str, name: str | None) -> int:
    from masto_diary.storage import open_diary
    from masto_diary.sync import share
    from masto_diary.sync.folder import FolderError, SharedFolder

    target = Path(folder).expanduser()
    _refuse_inside_data_dir(data_dir, target)
    first = not (SharedFolder.base(target) / "share.json").exists()
    passphrase = _passphrase(confirm=first)
    try:
        with open_diary(data_dir, holder="masto-diary share") as diary:
            result = share.share(diary, target, passphrase, _device_name(name))
    except FolderError as error:
        raise DiaryError(folder_sentence(error)) from None
    print(f"This diary is shared through {SharedFolder.base(target)}.")
    return _report(result)


def run_join(data_dir: str | None, folder: str, name: str | None, wait: float = JOIN_WAIT_S) -> int:
    from masto_diary.storage import open_diary
    from masto_diary.sync import share
    from masto_diary.sync.folder import FolderError

    target = Path(folder).expanduser()
    _refuse_inside_data_dir(data_dir, target)
    home = resolve_data_dir(data_dir)
    if (home / DIARY_FILENAME).exists():
        raise DiaryError(
            f"{home} already holds a diary; join into an empty folder (choose one with "
            "--data-dir), so nothing here is mixed in by accident."
        )
    passphrase = _passphrase(confirm=False)
    try:
        _wait_until_complete(target, passphrase, wait)  # no empty diary for a wrong passphrase
        with open_diary(data_dir, holder="masto-diary join") as diary:
            result = share.join(diary, target, passphrase, _device_name(name))
    except FolderError as error:
        raise DiaryError(folder_sentence(error)) from None
    print(f"The shared diary is now in {home / DIARY_FILENAME}.")
    return _report(result)


def _wait_until_complete(target: Path, passphrase: str, wait: float) -> None:
    """Open the folder; while the sync app is still copying it, say so and wait up to
    ``wait`` seconds, then stop with the sentence (before any diary is made)."""
    from masto_diary.sync import share
    from masto_diary.sync.folder import FolderError, SharedFolder

    opened = SharedFolder.open(target, passphrase)
    deadline = time.monotonic() + wait
    said = False
    while True:
        try:
            share.check_complete(opened)
            return
        except FolderError as error:
            if error.kind != "copying" or time.monotonic() >= deadline:
                raise
            if not said:
                print(
                    f"The shared folder is still being copied ({error.path}); waiting up to "
                    f"{wait:.0f} s for the sync app to finish…",
                    file=sys.stderr,
                )
                said = True
        time.sleep(1)


def run_sync(data_dir: str | None, moved: bool = False) -> int:
    """A sync (cli.py answers "nothing new" before this: sync/news.py)."""
    from masto_diary.storage import open_diary
    from masto_diary.sync import share
    from masto_diary.sync.folder import FolderError

    with open_diary(data_dir, holder="masto-diary sync") as diary:
        if share.device_of(diary) is None:
            raise DiaryError("This diary is not shared yet (masto-diary share --folder DIR).")
        if moved:
            share.accept_move(diary)
        if not share.has_news(diary):
            return _report(share.SyncResult(skipped=True), share.problems(diary))
        passphrase = _passphrase(confirm=False)
        try:
            folder = share.open_folder(diary, passphrase)
            result = share.sync(diary, folder)
        except FolderError as error:
            raise DiaryError(folder_sentence(error)) from None
    return _report(result)


def _refuse_inside_data_dir(data_dir: str | None, target: Path) -> None:
    """The diary file must never be in the shared folder (a sync tool would copy it live)."""
    home = resolve_data_dir(data_dir).resolve()
    shared = target.resolve()
    if home == shared or home in shared.parents or shared in home.parents:
        raise DiaryError(
            f"{target} holds (or is inside) the diary's own folder; choose a folder apart "
            f"from {home}: only the sealed {SUBDIR} folder may travel."
        )
