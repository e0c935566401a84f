"""Record identities a file brings along: the uids of a shared diary's records (docs/sync.md).

An export of a shared diary names each record by its uid; importing it elsewhere keeps them,
so the records stay the same records for folder sync.  A uid this diary already uses stays
with its row: the imported row gets none now and a new one when the diary is next shared.
"""

from collections.abc import Sequence

from masto_diary.storage import Diary, changes
from masto_diary.storage.read_model import sync_journal


def keep_uids(diary: Diary, given: Sequence[tuple[str, int, str]]) -> int:
    """Give rows (table, row id) the uids a file carried; returns how many were kept."""
    if not given:
        return 0
    with diary.transaction() as session:
        connection = session.connection()
        used = {uid for _, _, uid in sync_journal.identities_of(connection, [g[2] for g in given])}
        kept: dict[str, tuple[str, int, str]] = {}
        for table, row_id, uid in given:
            if uid not in used:
                kept.setdefault(uid, (table, row_id, uid))  # a uid twice in one file: once
        changes.replace_bookkeeping(
            session, "sync_identity", ["table_name", "row_id", "uid"], list(kept.values())
        )
        return len(kept)
