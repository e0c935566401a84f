"""Restoring a backup on a laptop whose diary is shared: ordinary changes, not a rewind.

Swapping the diary file for an older one would rewind this laptop's journal too: its change
numbers would start again below the ones the other laptops already hold (and drop as repeats),
and what the backup lacks would simply come back at the next sync.  So a shared diary is
brought to the backup's content through the one write seam instead, with the journal
attached: a record the backup lacks is deleted (a tombstone travels), one it holds differently
is written back, one only it holds is added.  Each is a change of this laptop made now, so it
wins over the versions it replaces on every laptop (docs/sync.md).
"""

import shutil
import tempfile
from pathlib import Path

from masto_diary.errors import DiaryError
from masto_diary.storage import DIARY_FILENAME, changes, open_diary
from masto_diary.storage.backups import RestoreResult, make_backup, verify_backup
from masto_diary.storage.diary import Diary
from masto_diary.storage.read_model import sync_journal as queries
from masto_diary.sync import aggregates, journal, rows, share


class BackupBeforeSharingError(DiaryError):
    """The backup holds rows without a uid: it was made before the diary was shared."""


def restore_into(diary: Diary, backup: Path) -> RestoreResult | None:
    """For a shared diary: the current one backed up first, then brought to the backup's
    content as ordinary changes.  None when the diary is not shared (swap the file instead)."""
    if share.device_of(diary) is None:
        return None
    verify_backup(backup)
    safety = make_backup(diary.path, "before-restore")
    restore_shared(diary, backup)
    return RestoreResult(backup, safety, None)


def restore_shared(diary: Diary, backup: Path) -> int:
    """Make the shared ``diary`` hold what ``backup`` holds; returns how many records changed."""
    wanted = _records_of_backup(backup)
    device = share.device_of(diary)
    assert device is not None, "restore_shared is for a shared diary"
    with changes.observing(journal.Journal(device)), diary.transaction() as session:
        ids = rows.Identities(session.connection()).preload()
        session.info[journal.IDENTITIES] = ids
        current = _records(session.connection(), ids)
        changed = _delete_missing(session, ids, current, wanted)
        changed += _write_wanted(session, ids, current, wanted)
        ids.flush(session)
    return changed


def _records_of_backup(backup: Path) -> dict[str, dict[str, dict]]:
    """table -> uid -> record data of the backup (opened as a copy, brought up to date)."""
    with tempfile.TemporaryDirectory(prefix="masto-diary-restore-") as folder:
        shutil.copyfile(backup, Path(folder) / DIARY_FILENAME)
        with open_diary(Path(folder), auto_backup=False) as copy, copy.transaction() as session:
            connection = session.connection()
            for name in rows.synced_tables():
                if _keyed(name):
                    continue  # scores and links are named by the rows they join
                if queries.rows_without_identity(connection, name):
                    raise BackupBeforeSharingError(
                        "This backup was made before the diary was shared, so its records "
                        "cannot be matched with the other laptops'. Restore it on a laptop "
                        "that does not share the diary, or choose a later backup."
                    )
            return _records(connection, rows.Identities(connection).preload())


def _records(connection, ids: rows.Identities) -> dict[str, dict[str, dict]]:
    """table -> uid -> the record's data with references as uids (links: their key parts)."""
    found: dict[str, dict[str, dict]] = {name: {} for name in rows.synced_tables()}
    by_table: dict[str, list[int]] = {}
    for name, row_id, _uid in queries.identities(connection):
        by_table.setdefault(name, []).append(row_id)
    for name in rows.synced_tables():
        if _keyed(name):
            root, part = aggregates.PART_TABLES[name]
            columns = [c for c in part.columns if c]
            for row in queries.link_rows(connection, name, columns):
                pair = [ids.uid_of(root, row[0]), ids.uid_of(part.member_table, row[1])]
                if None not in pair:
                    uid = rows.link_uid(name, pair)  # type: ignore[arg-type]
                    found[name][uid] = dict(zip(columns, [*pair, *row[2:]], strict=True))
            continue
        stored = queries.stored_rows(connection, name, by_table.get(name, []))
        for row_id, values in stored.items():
            known, data = ids.uid_of(name, row_id), rows.to_record_data(ids, name, values)
            if known is not None and data is not None:
                found[name][known] = data
    return found


def _delete_missing(session, ids, current: dict, wanted: dict) -> int:
    """What the backup lacks goes, children before their parents."""
    changed = 0
    for name in reversed(rows.synced_tables()):
        for uid in set(current[name]) - set(wanted[name]):
            if _keyed(name):
                key = _key(ids, name, current[name][uid])
                if key is not None:
                    changes.write_stored(session, name, key, None)
                    changed += 1
                continue
            found = ids.row_of(uid)
            if found is not None:
                # the journal names the tombstone by this row's uid, then forgets it
                changes.write_stored(session, name, {"id": found[1]}, None)
                changed += 1
    return changed


def _write_wanted(session, ids, current: dict, wanted: dict) -> int:
    """What the backup holds differently is written back, what only it holds is added,
    parents before their children."""
    changed = 0
    for name in rows.synced_tables():
        for uid, data in wanted[name].items():
            if current[name].get(uid) == data:
                continue
            values = rows.to_stored(ids, name, data)
            if values is None:
                continue  # its parent is not in the backup either
            found = None if _keyed(name) else ids.row_of(uid)
            if _keyed(name):
                changes.write_stored(session, name, _key(ids, name, data) or {}, values)
            elif found is not None:
                changes.write_stored(session, name, {"id": found[1]}, values)
            else:
                row_id = changes.write_stored(session, name, {}, values)
                ids.give(name, row_id, uid)
            changed += 1
    return changed


def _keyed(name: str) -> bool:
    """Rows named by the two rows they join (an evening's score, an episode's link)."""
    return aggregates.is_part(name)


def _key(ids, name: str, data: dict) -> dict[str, int] | None:
    """The local key (root id, member id) of a score or link given as uids."""
    _root, part = aggregates.PART_TABLES[name]
    values = rows.to_stored(ids, name, {c: data[c] for c in (part.root_column, part.member_column)})
    return None if values is None or None in values.values() else values
