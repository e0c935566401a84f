"""The Conflicts view's engine side: which conflicts are still open, and keeping the other version.

A conflict is a version that lost to a later one made without seeing it (merge.py).  Keeping
it writes its data again as an ordinary change of this laptop, through the one write seam, so
the journal (attached by the window while the diary is shared) stamps it after the version it
replaces and it travels to the other laptops like any save.  The conflict then closes: the
version in the diary holds the same data as the one that had lost.
"""

from masto_diary.storage import changes
from masto_diary.storage.diary import Diary
from masto_diary.sync import journal, rows, share
from masto_diary.sync.merge import Conflict


def open_conflicts(diary: Diary) -> list[Conflict]:
    """The conflicts whose other version is not what the diary holds now."""
    return [c for c in share.conflicts(diary) if c.other.data != c.kept.data]


def keep_other(diary: Diary, conflict: Conflict) -> None:
    """Put the version that lost back in the diary (the journal must be attached: see above)."""
    if rows.is_link(conflict.table):
        raise ValueError("a link row has no versions to choose between")
    with diary.transaction() as session:
        ids = rows.Identities(session.connection())
        session.info[journal.IDENTITIES] = ids
        found = ids.row_of(conflict.uid)
        data = conflict.other.data
        if data is None:  # the other laptop deleted it
            if found is not None:
                # the journal names the tombstone by this row's uid, then forgets it
                changes.write_stored(session, conflict.table, {"id": found[1]}, None)
        else:
            values = rows.to_stored(ids, conflict.table, data)
            if values is None:
                raise LookupError("the record it belongs to is no longer in this diary")
            if found is not None:
                changes.write_stored(session, conflict.table, {"id": found[1]}, values)
            else:
                row_id = changes.write_stored(session, conflict.table, {}, values)
                ids.give(conflict.table, row_id, conflict.uid)
        ids.flush(session)
