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
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.exc import IntegrityError

from masto_diary.storage import changes
from masto_diary.storage.diary import Diary
from masto_diary.sync import journal, rows
from masto_diary.sync.folder import SharedFolder
from masto_diary.sync.merge import Conflict, Merged
from masto_diary.sync.record import ChangeRecord

PASSPHRASE_VARIABLE = "MASTO_DIARY_PASSPHRASE"


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
    return sync(diary, opened)


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


def sync(diary: Diary, folder: SharedFolder, everything: bool = False) -> SyncResult:
    """Exchange changes with the folder; see the module's docstring."""
    result = SyncResult()
    device = device_of(diary)
    assert device is not None
    with changes.observing(journal.Journal(device)), diary.transaction() as session:
        connection = session.connection()
        _catch_up(session, device)
        marks = json.loads(journal.setting(connection, "files") or "{}")
        now = {p.name: _mark(p) for p in folder.files() if not p.name.startswith(device)}
        changed = [
            p for p in folder.files() if now.get(p.name) and marks.get(p.name) != now[p.name]
        ]
        unsent = _unsent(connection, device)
        if not changed and not unsent and not everything:
            result.skipped = True
            return result
        fresh = _receive(session, folder, changed)
        result.received = len(fresh)
        _apply(session, {record.uid for record in fresh}, result)
        journal.put_setting(session, "files", json.dumps(now, sort_keys=True))
        unsent = _unsent(connection, device)
        folder.append(device, unsent)  # the file first: a kill before the commit only repeats
        for record in unsent:
            journal.store(session, record, sent=True)
        result.sent = len(unsent)
        journal.put_setting(session, "heard", json.dumps(_heard(connection, device)))
    result.conflicts = conflicts(diary)
    return result


def _mark(path: Path) -> list[int]:
    stat = path.stat()
    return [stat.st_size, stat.st_mtime_ns]


def _unsent(connection, device: str) -> list[ChangeRecord]:
    return [
        ChangeRecord.from_json(text)
        for (text,) in connection.exec_driver_sql(
            "SELECT record FROM sync_change WHERE device = ? AND sent = 0 ORDER BY seq", (device,)
        )
    ]


def _receive(session, folder: SharedFolder, paths: list[Path]) -> list[ChangeRecord]:
    """The records in ``paths`` this diary did not have yet, stored (not yet applied)."""
    connection = session.connection()
    known = {
        (device, seq)
        for device, seq in connection.exec_driver_sql("SELECT device, seq FROM sync_change")
    }
    clock_device = journal.setting(connection, "device")
    fresh: dict[tuple[str, int], ChangeRecord] = {}
    for path in paths:
        for record in folder.read_file(path):
            key = (record.device, record.seq)
            if key in known or record.device == clock_device:
                continue
            if key not in fresh or record.to_json() < fresh[key].to_json():
                fresh[key] = record
    for record in fresh.values():
        journal.store(session, record, sent=True)
    if fresh:
        clock = journal.clock_of(connection, clock_device)  # type: ignore[arg-type]
        for record in fresh.values():
            clock.witness(record.stamp)
        last = clock.now()
        journal.put_setting(session, "clock", json.dumps([last.millis, last.counter]))
    return list(fresh.values())


def _merged(connection, uids: set[str]) -> Merged:
    merged = Merged()
    for uid in sorted(uids):
        merged.add_all(
            ChangeRecord.from_json(text)
            for (text,) in connection.exec_driver_sql(
                "SELECT record FROM sync_change WHERE uid = ?", (uid,)
            )
        )
    return merged


def _apply(session, uids: set[str], result: SyncResult) -> None:
    """Make the touched records' rows equal to their winners: parents first, deletes last."""
    connection = session.connection()
    winners = _merged(connection, uids).winners()
    order = {name: i for i, name in enumerate(rows.synced_tables())}
    alive = sorted(
        (r for r in winners.values() if r.data is not None), key=lambda r: order[r.table]
    )
    dead = sorted((r for r in winners.values() if r.data is None), key=lambda r: -order[r.table])
    session.info[journal.APPLYING] = True
    try:
        for record in [*alive, *dead]:
            try:
                with session.begin_nested():
                    result.applied += _apply_one(session, record)
            except IntegrityError:
                result.held_back.append(record.uid)
    finally:
        session.info.pop(journal.APPLYING, None)


def _apply_one(session, record: ChangeRecord) -> int:
    connection = session.connection()
    name = record.table
    link = rows.is_link(name)
    found = None if link else rows.local_id(connection, record.uid)
    if record.data is None:
        if link:
            key = _link_by_uid(connection, name, record.uid)
            if key is None:
                return 0
            changes.write_stored(session, name, key, None)
            return 1
        if found is None:
            return 0
        changes.write_stored(session, name, {"id": found[1]}, None)
        journal.forget_identity(session, name, found[1])
        return 1
    values = rows.to_stored(connection, name, record.data)
    if values is None:
        return 0  # its parent is gone on this laptop: nothing to hang it on
    if link:
        key = rows.link_key(name, values)
        if rows.stored_row(connection, name, key) is None:
            changes.write_stored(session, name, {}, values)
            return 1
        return 0
    if found is None:
        row_id = changes.write_stored(session, name, {}, values)
        journal.give_identity(session, name, row_id, record.uid)  # type: ignore[arg-type]
        return 1
    current = rows.stored_row(connection, name, {"id": found[1]})
    if current is not None and all(current.get(k) == v for k, v in values.items()):
        return 0
    changes.write_stored(session, name, {"id": found[1]}, values)
    return 1


def _link_by_uid(connection, name: str, uid: str) -> dict[str, int] | None:
    """The local link row whose derived uid is ``uid`` (link deletes are rare: a scan is fine)."""
    keys = [c.name for c in rows.table(name).primary_key.columns]
    targets = [rows.references(name)[k] for k in keys]
    for row in connection.exec_driver_sql(f'SELECT {", ".join(keys)} FROM "{name}"'):
        parts = [rows.uid_of(connection, t, value) for t, value in zip(targets, row, strict=True)]
        if None not in parts and rows.link_uid(name, parts) == uid:  # type: ignore[arg-type]
            return dict(zip(keys, row, strict=True))
    return None


def _catch_up(session, device: str) -> None:
    """Rows written while nobody journalled (an older version, a tool): journal them as new."""
    connection = session.connection()
    for name in rows.synced_tables():
        if rows.is_link(name):
            continue
        missing = [
            row_id
            for (row_id,) in connection.exec_driver_sql(
                f'SELECT id FROM "{name}" WHERE id NOT IN '
                "(SELECT row_id FROM sync_identity WHERE table_name = ?) ORDER BY id",
                (name,),
            )
        ]
        if missing:
            journal.Journal(device)(
                session, [changes.Change(name, row_id, "insert") for row_id in missing]
            )


def _heard(connection, device: str) -> dict[str, float]:
    """When each other laptop last wrote a change we have (its clock, in seconds)."""
    heard: dict[str, float] = {}
    for (text,) in connection.exec_driver_sql(
        "SELECT record FROM sync_change WHERE device != ?", (device,)
    ):
        record = ChangeRecord.from_json(text)
        heard[record.device] = max(heard.get(record.device, 0.0), record.stamp.millis / 1000)
    return heard


def conflicts(diary: Diary) -> list[Conflict]:
    """The versions that lost to a later one made without seeing them (the Conflicts view)."""
    with diary.transaction() as session:
        connection = session.connection()
        uids = {
            uid
            for (uid,) in connection.exec_driver_sql(
                "SELECT uid FROM sync_change GROUP BY uid HAVING count(DISTINCT device) > 1"
            )
        }
        return _merged(connection, uids).conflicts()


def passphrase_from_environment() -> str | None:
    return os.environ.get(PASSPHRASE_VARIABLE) or None


def seconds_since(moment: float) -> float:
    return time.time() - moment
