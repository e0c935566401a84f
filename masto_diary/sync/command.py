"""The headless commands: ``share --folder DIR``, ``join --folder DIR``, ``sync``.

The passphrase comes from MASTO_DIARY_PASSPHRASE or is asked on the terminal (never echoed,
asked twice when a folder is shared for the first time).  Every failure is one sentence.
"""

import getpass
import platform
import sys
from pathlib import Path

from masto_diary.errors import DiaryError
from masto_diary.storage import DIARY_FILENAME, open_diary, resolve_data_dir
from masto_diary.sync import share
from masto_diary.sync.folder import SUBDIR, FolderError, SharedFolder


def folder_sentence(error: FolderError) -> str:
    """The sentence for a folder that cannot be used (also shown by the window)."""
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
    return (
        f"{error.path} is damaged or was changed by someone without the passphrase; it was "
        "not used. Nothing in your diary changed."
    )


def _passphrase(confirm: bool) -> str:
    given = share.passphrase_from_environment()
    if given:
        return given
    if not sys.stdin.isatty():
        raise DiaryError(f"Give the family passphrase in {share.PASSPHRASE_VARIABLE}.")
    first = getpass.getpass("Family passphrase: ")
    if confirm and getpass.getpass("The same passphrase again: ") != first:
        raise DiaryError("The two passphrases differ; nothing was shared.")
    if len(first) < 8:
        raise DiaryError("A family passphrase needs at least 8 characters.")
    return first


def _device_name(name: str | None) -> str:
    return (name or platform.node() or "laptop").strip()[:60]


def _report(result: share.SyncResult) -> None:
    if result.skipped:
        print("Nothing new from the other laptops.")
        return
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


def run_share(data_dir: str | None, folder: str, name: str | None) -> int:
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
    _report(result)
    return 0


def run_join(data_dir: str | None, folder: str, name: str | None) -> int:
    target = Path(folder).expanduser()
    home = resolve_data_dir(data_dir)
    if (home / DIARY_FILENAME).exists():
        raise DiaryError(
            f"{home} already holds a diary; join into an empty folder (choose one with "
            "--data-dir), so nothing here is mixed in by accident."
        )
    passphrase = _passphrase(confirm=False)
    try:
        SharedFolder.open(target, passphrase)  # a wrong passphrase makes no empty diary
        with open_diary(data_dir, holder="masto-diary join") as diary:
            result = share.join(diary, target, passphrase, _device_name(name))
    except FolderError as error:
        raise DiaryError(folder_sentence(error)) from None
    print(f"The shared diary is now in {home / DIARY_FILENAME}.")
    _report(result)
    return 0


def run_sync(data_dir: str | None) -> int:
    with open_diary(data_dir, holder="masto-diary sync") as diary:
        if share.device_of(diary) is None:
            raise DiaryError("This diary is not shared yet (masto-diary share --folder DIR).")
        if not share.has_news(diary):
            print("Nothing new from the other laptops.")
            return 0
        passphrase = _passphrase(confirm=False)
        try:
            folder = share.open_folder(diary, passphrase)
            result = share.sync(diary, folder)
        except FolderError as error:
            raise DiaryError(folder_sentence(error)) from None
    _report(result)
    return 0


def _refuse_inside_data_dir(data_dir: str | None, target: Path) -> None:
    """The diary file must never be in the shared folder (a sync tool would copy it live)."""
    home = resolve_data_dir(data_dir).resolve()
    shared = target.resolve()
    if home == shared or home in shared.parents or shared in home.parents:
        raise DiaryError(
            f"{target} holds (or is inside) the diary's own folder; choose a folder apart "
            f"from {home}: only the sealed {SUBDIR} folder may travel."
        )
