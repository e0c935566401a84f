"""Share, join and sync: what the commands and the window call (docs/sync.md).

``sync`` is one transaction on the diary: it reads the other laptops' new change records,
folds them in, applies each touched record's winner (through the write seam, marked as
applied so the journal does not echo it), and writes this laptop's unsent records to its own
change file.  The change file is written before the records are marked sent, so a laptop
killed in between only writes them again (the merge drops repeats); a laptop killed during
the transaction loses nothing it had saved and applies nothing half-way.
"""

import json
import os
import sqlite3
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.exc import IntegrityError

from masto_diary.storage import changes
from masto_diary.storage.diary import Diary
from masto_diary.storage.read_model import sync_journal as queries
from masto_diary.sync import journal, rows
from masto_diary.sync.folder import SharedFolder
from masto_diary.sync.merge import Conflict, Merged
from masto_diary.sync.record import ChangeRecord

PASSPHRASE_VARIABLE = "MASTO_DIARY_PASSPHRASE"
# A row that breaks a rule of this diary: SQLAlchemy's error for single statements, the
# driver's own for the bulk executemany of changes.insert_stored.
CLASH = (IntegrityError, sqlite3.IntegrityError)


@dataclass
class SyncResult:
    received: int = 0
    applied: int = 0
    sent: int = 0
    held_back: list[str] = field(default_factory=list)  # uids a rule of this diary refused
    conflicts: list[Conflict] = field(default_factory=list)
    skipped: bool = False  # nothing new anywhere: nothing was read


def device_of(diary: Diary) -> str | None:
    with diary.transaction() as session:
        return journal.setting(session.connection(), "device")


def shared_folder_of(diary: Diary) -> Path | None:
    with diary.transaction() as session:
        folder = journal.setting(session.connection(), "folder")
    return Path(folder) if folder else None


@contextmanager
def attached(diary: Diary) -> Iterator[str | None]:
    """Journal every write while the block runs, if this diary is shared; yields the device."""
    device = device_of(diary)
    if device is None:
        yield None
        return
    with changes.observing(journal.Journal(device)):
        yield device


def share(diary: Diary, folder: Path, passphrase: str, name: str) -> SyncResult:
    """Make this diary the first of a shared folder (or add this laptop to it)."""
    opened = SharedFolder.create(folder, passphrase)
    _become_device(diary, folder, name)
    return sync(diary, opened, everything=True)


def join(diary: Diary, folder: Path, passphrase: str, name: str) -> SyncResult:
    """Fill a new, empty diary from a shared folder."""
    opened = SharedFolder.open(folder, passphrase)
    _become_device(diary, folder, name)
    return sync(diary, opened, everything=True)


def open_folder(diary: Diary, passphrase: str) -> SharedFolder:
    folder = shared_folder_of(diary)
    if folder is None:
        raise LookupError("not shared")
    return SharedFolder.open(folder, passphrase)


def _become_device(diary: Diary, folder: Path, name: str) -> None:
    with diary.transaction() as session:
        connection = session.connection()
        if journal.setting(connection, "device") is None:
            journal.put_setting(session, "device", uuid.uuid4().hex)
        journal.put_setting(session, "device_name", name)
        journal.put_setting(session, "folder", str(folder.resolve()))


def has_news(diary: Diary) -> bool:
    """Whether a sync has anything to do: a changed file in the folder or an unsent change.

    Needs no passphrase and reads no change file (sizes and times only), so the window can ask
    on start-up and after every save for almost nothing.
    """
    with diary.transaction() as session:
        connection = session.connection()
        device = journal.setting(connection, "device")
        folder = journal.setting(connection, "folder")
        if device is None or folder is None:
            return False
        if _unsent_count(connection, device):
            return True
        marks = json.loads(journal.setting(connection, "files") or "{}")
    return _file_marks(SharedFolder.base(Path(folder)) / "changes", device) != marks


def _file_marks(changes_dir: Path, device: str) -> dict[str, list[int]]:
    """Size and time of every other device's change file (and sync-tool copies)."""
    if not changes_dir.is_dir():
        return {}
    return {
        path.name: _mark(path)
        for path in sorted(changes_dir.iterdir())
        if ".log" in path.name and not path.name.startswith((device, "."))
    }


def sync(diary: Diary, folder: SharedFolder, everything: bool = False) -> SyncResult:
    """Exchange changes with the folder; see the module's docstring."""
    result = SyncResult()
    device = device_of(diary)
    assert device is not None
    if not everything and not has_news(diary):
        result.skipped = True
        return result
    with changes.observing(journal.Journal(device)), diary.transaction() as session:
        connection = session.connection()
        _catch_up(session, device)
        session.info[journal.APPLYING] = True  # what follows is other laptops' work
        marks = json.loads(journal.setting(connection, "files") or "{}")
        now = _file_marks(folder.root / "changes", device)
        changed = [p for p in folder.files() if p.name in now and marks.get(p.name) != now[p.name]]
        offsets = json.loads(journal.setting(connection, "offsets") or "{}")
        fresh = _receive(session, folder, changed, offsets)
        journal.put_setting(session, "offsets", json.dumps(offsets, sort_keys=True))
        result.received = len(fresh)
        _apply(session, fresh, result)
        journal.put_setting(session, "files", json.dumps(now, sort_keys=True))
        unsent = _unsent(connection, device)
        folder.append(device, unsent)  # the file first: a kill before the commit only repeats
        journal.store_many(session, unsent, sent=True)
        result.sent = len(unsent)
        heard = json.loads(journal.setting(connection, "heard") or "{}")
        for record in fresh:
            heard[record.device] = max(heard.get(record.device, 0), record.stamp.millis / 1000)
        journal.put_setting(session, "heard", json.dumps(heard, sort_keys=True))
    result.conflicts = conflicts(diary)
    return result


def _unsent_count(connection, device: str) -> int:
    return queries.unsent_count(connection, device)


def _mark(path: Path) -> list[int]:
    stat = path.stat()
    return [stat.st_size, stat.st_mtime_ns]


def _unsent(connection, device: str) -> list[ChangeRecord]:
    return [ChangeRecord.from_json(text) for text in queries.unsent(connection, device)]


def _receive(
    session, folder: SharedFolder, paths: list[Path], offsets: dict[str, int]
) -> list[ChangeRecord]:
    """The records in ``paths`` this diary did not have yet, stored (not yet applied).

    ``offsets`` (file name -> bytes already read) is brought up to date.
    """
    connection = session.connection()
    known = queries.record_keys(connection)
    clock_device = journal.setting(connection, "device")
    fresh: dict[tuple[str, int], ChangeRecord] = {}
    for path in paths:
        found, offsets[path.name] = folder.read_from(path, offsets.get(path.name, 0))
        for record in found:
            key = (record.device, record.seq)
            if key in known or record.device == clock_device:
                continue
            if key not in fresh or record.to_json() < fresh[key].to_json():
                fresh[key] = record
    journal.store_many(session, list(fresh.values()), sent=True)
    if fresh:
        clock = journal.clock_of(connection, clock_device)  # type: ignore[arg-type]
        for record in fresh.values():
            clock.witness(record.stamp)
        last = clock.now()
        journal.put_setting(session, "clock", json.dumps([last.millis, last.counter]))
    return list(fresh.values())


def _merged(connection, uids: set[str], fresh: Sequence[ChangeRecord] = ()) -> Merged:
    """The records of ``uids`` this diary holds (``fresh`` ones are not parsed again)."""
    merged = Merged()
    merged.add_all(fresh)
    if len(uids) > 200:  # one pass over the journal beats thousands of look-ups
        known = {(r.device, r.seq) for r in fresh}
        for device, seq, uid, text in queries.all_records(connection):
            if uid in uids and (device, seq) not in known:
                merged.add(ChangeRecord.from_json(text))
        return merged
    for uid in sorted(uids):
        merged.add_all(ChangeRecord.from_json(text) for text in queries.records_of(connection, uid))
    return merged


def _apply(session, fresh: list[ChangeRecord], result: SyncResult) -> None:
    """Make the touched records' rows equal to their winners: parents first, deletes last."""
    connection = session.connection()
    uids = {record.uid for record in fresh}
    ids = rows.Identities(connection)
    if len(uids) > 200:
        ids.preload()
    session.info[journal.IDENTITIES] = ids
    winners = _merged(connection, uids, fresh).winners()
    alive: dict[str, list[ChangeRecord]] = {}
    for record in winners.values():
        if record.data is not None:
            alive.setdefault(record.table, []).append(record)
    order = {name: i for i, name in enumerate(rows.synced_tables())}
    for name in rows.synced_tables():
        if name in alive:
            _apply_table(session, ids, name, alive[name], result)
    dead: dict[str, list[ChangeRecord]] = {}
    for record in winners.values():
        if record.data is None:
            dead.setdefault(record.table, []).append(record)
    for name in sorted(dead, key=lambda name: -order[name]):
        if rows.is_link(name):
            result.applied += sum(_apply_tombstone(session, ids, r) for r in dead[name])
            continue
        found = [ids.row_of(record.uid) for record in dead[name]]
        row_ids = sorted({row[1] for row in found if row is not None})
        changes.delete_stored(session, name, row_ids)
        for row_id in row_ids:
            ids.forget(name, row_id)
        result.applied += len(row_ids)
    ids.flush(session)


def _apply_table(session, ids, name: str, group: list[ChangeRecord], result: SyncResult) -> None:
    """Insert the new rows of one table at once, update the changed ones one by one."""
    connection = session.connection()
    link = rows.is_link(name)
    new: list[tuple[ChangeRecord, dict]] = []
    for record in group:
        values = rows.to_stored(ids, name, record.data)  # type: ignore[arg-type]
        if values is None:
            continue  # its parent is gone on this laptop: nothing to hang it on
        if link:
            if rows.stored_row(connection, name, rows.link_key(name, values)) is None:
                new.append((record, values))
            continue
        found = ids.row_of(record.uid)
        if found is None:
            new.append((record, values))
            continue
        current = rows.stored_row(connection, name, {"id": found[1]})
        if current is not None and all(current.get(k) == v for k, v in values.items()):
            continue
        try:
            with session.begin_nested():
                changes.write_stored(session, name, {"id": found[1]}, values)
            result.applied += 1
        except CLASH:
            result.held_back.append(record.uid)
    if new:
        _insert_new(session, ids, name, new, result)


def _insert_new(session, ids, name: str, new: list[tuple[ChangeRecord, dict]], result) -> None:
    names = list(new[0][1])
    if all(list(values) == names for _, values in new):
        try:
            with session.begin_nested():
                made = changes.insert_stored(
                    session, name, names, [tuple(values.values()) for _, values in new]
                )
            for (record, _), row_id in zip(new, made, strict=False):
                ids.give(name, row_id, record.uid)
            result.applied += len(new)
            return
        except CLASH:
            pass  # one of them clashes with a rule here: row by row, to hold back only it
    for record, values in new:
        try:
            with session.begin_nested():
                row_id = changes.write_stored(session, name, {}, values)
            if not rows.is_link(name):
                ids.give(name, row_id, record.uid)  # type: ignore[arg-type]
            result.applied += 1
        except CLASH:
            result.held_back.append(record.uid)


def _apply_tombstone(session, ids, record: ChangeRecord) -> int:
    connection = session.connection()
    name = record.table
    if rows.is_link(name):
        key = _link_by_uid(connection, ids, name, record.uid)
        if key is None:
            return 0
        changes.write_stored(session, name, key, None)
        return 1
    found = ids.row_of(record.uid)
    if found is None:
        return 0
    changes.write_stored(session, name, {"id": found[1]}, None)
    ids.forget(name, found[1])
    return 1


def _link_by_uid(connection, ids, name: str, uid: str) -> dict[str, int] | None:
    """The local link row whose derived uid is ``uid`` (link deletes are rare: a scan is fine)."""
    keys = [c.name for c in rows.table(name).primary_key.columns]
    targets = [rows.references(name)[k] for k in keys]
    for row in queries.link_rows(connection, name, keys):
        parts = [ids.uid_of(t, value) for t, value in zip(targets, row, strict=True)]
        if None not in parts and rows.link_uid(name, parts) == uid:  # type: ignore[arg-type]
            return dict(zip(keys, row, strict=True))
    return None


def _catch_up(session, device: str) -> None:
    """Rows written while nobody journalled (sharing a diary: all of them): journal them new."""
    connection = session.connection()
    ids = session.info.get(journal.IDENTITIES) or rows.Identities(connection)
    session.info[journal.IDENTITIES] = ids
    for name in rows.synced_tables():
        if rows.is_link(name):
            continue
        found = queries.rows_without_identity(connection, name)
        if found:
            if len(found) > 200:
                ids.preload()
            journal.Journal(device).new_rows(session, ids, name, found)
    for name in rows.synced_tables():
        if rows.is_link(name):
            _catch_up_links(session, ids, device, name)


def _catch_up_links(session, ids, device: str, name: str) -> None:
    """The link rows there were when the diary was first shared (later ones are journalled)."""
    connection = session.connection()
    flag = f"shared_{name}"
    if journal.setting(connection, flag) == "1":
        return
    keys = [c.name for c in rows.table(name).primary_key.columns]
    targets = [rows.references(name)[k] for k in keys]
    clock = journal.clock_of(connection, device)
    seq = journal.next_seq(connection, device)
    records = []
    for row in queries.link_rows(connection, name, keys):
        parts = [ids.uid_of(t, value) for t, value in zip(targets, row, strict=True)]
        if None in parts:
            continue
        data = dict(zip(keys, parts, strict=True))
        uid = rows.link_uid(name, parts)  # type: ignore[arg-type]
        records.append(ChangeRecord(device, seq, clock.now(), uid, name, data, None))
        seq += 1
    journal.store_many(session, records, sent=False)
    last = clock.now()
    journal.put_setting(session, "clock", json.dumps([last.millis, last.counter]))
    journal.put_setting(session, flag, "1")


def conflicts(diary: Diary) -> list[Conflict]:
    """The versions that lost to a later one made without seeing them (the Conflicts view)."""
    with diary.transaction() as session:
        connection = session.connection()
        uids = queries.uids_from_several_devices(connection)
        return _merged(connection, uids).conflicts()


def passphrase_from_environment() -> str | None:
    return os.environ.get(PASSPHRASE_VARIABLE) or None


def seconds_since(moment: float) -> float:
    return time.time() - moment
