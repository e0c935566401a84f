"""Whether a sync has anything to do, read without the ORM.

``masto-diary sync`` with nothing new, the window's timers and every save ask it; it reads the
sync settings through a plain read connection (the read model) and the shared folder's file
sizes and times, so the answer takes milliseconds and the command needs neither SQLAlchemy nor
the key (docs/sync.md, Budgets).  Inside a transaction (a sync, a share) the transaction's own
connection is read instead, so a setting written earlier in it is seen.  ``sync/share.py``
re-exports :func:`device_of` and :func:`has_news`.
"""

import json
from pathlib import Path

from masto_diary.storage import read_model
from masto_diary.storage.diary import Diary
from masto_diary.storage.read_model import sync_news
from masto_diary.sync.marks import SUBDIR, file_marks, home_mark
from masto_diary.sync.problems import loads


def sync_settings(diary: Diary, *keys: str) -> dict[str, str | None]:
    """The values of the sync settings ``keys`` (None for one never set)."""
    if diary.in_transaction:
        from masto_diary.sync import journal

        with diary.transaction() as session:
            connection = session.connection()
            return {key: journal.setting(connection, key) for key in keys}
    with read_model.reading(diary) as db:
        return sync_news.settings(db, keys)


def unsent_count(diary: Diary, device: str) -> int:
    """How many of this laptop's changes wait to be written to its change file."""
    if diary.in_transaction:
        from masto_diary.storage.read_model import sync_journal

        with diary.transaction() as session:
            return sync_journal.unsent_count(session.connection(), device)
    with read_model.reading(diary) as db:
        return sync_news.unsent_count(db, device)


def device_of(diary: Diary) -> str | None:
    """This laptop's device id in the shared folder, or None when the diary is not shared."""
    return sync_settings(diary, "device")["device"]


def has_news(diary: Diary) -> bool:
    """Whether a sync has anything to do: a changed file in the folder or an unsent change.

    Needs no passphrase and reads no change file (sizes, times and the last bytes of each),
    so the window can ask on start-up and after every save for almost nothing.  A data folder
    copied since it was shared has news too: the sync says so.
    """
    found = sync_settings(diary, "device", "folder", "home", "files")
    device, folder, home = found["device"], found["folder"], found["home"]
    if device is None or folder is None:
        return False
    if unsent_count(diary, device):
        return True
    if home is not None and home != home_mark(diary.path.parent):
        return True
    marks = json.loads(found["files"] or "{}")
    return file_marks(Path(folder) / SUBDIR, device) != marks


def nothing_to_do(data_dir: str | None) -> bool:
    """``masto-diary sync``'s quick answer: the diary is shared, nothing is new and no problem
    found by an earlier sync stands (the whole command says those again).

    Opens the diary as the command does (the writer lock, the backups' check) and closes it;
    False sends the command down its whole way.
    """
    from masto_diary.storage import open_diary

    with open_diary(data_dir, holder="masto-diary sync") as diary:
        if device_of(diary) is None or has_news(diary):
            return False
        return not loads(sync_settings(diary, "problems")["problems"])
