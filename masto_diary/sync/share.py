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
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.exc import IntegrityError

from masto_diary.storage import changes
from masto_diary.storage.diary import Diary
from masto_diary.storage.read_model import sync_journal as queries
from masto_diary.sync import aggregates, history, journal, rows
from masto_diary.sync.folder import FolderError, SharedFolder, read_names, write_name
from masto_diary.sync.merge import Conflict, Merged
from masto_diary.sync.news import device_of, has_news  # noqa: F401  (part of this module's API)
from masto_diary.sync.problems import Problem, dumps, loads
from masto_diary.sync.record import ChangeRecord

PASSPHRASE_VARIABLE = "MASTO_DIARY_PASSPHRASE"
# A laptop writes a new snapshot when its journal grew by this many records since its last
# one (about two years of evenings): joining then reads few change lines beyond it.
SNAPSHOT_AFTER = 10_000
# Above this many touched records a sync reads every identity at once instead of by uid.
PRELOAD_OVER = 20_000
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
    # what this sync found wrong in the folder (sync/problems.py): named, never applied
    problems: list[Problem] = field(default_factory=list)


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
    write_name(opened, _become_device(diary, folder, name), name)
    return _exchange(diary, opened, everything=True, snapshot=True)


def join(diary: Diary, folder: Path, passphrase: str, name: str) -> SyncResult:
    """Fill a new, empty diary from a shared folder (refused while it is still being copied:
    :func:`check_complete`)."""
    opened = SharedFolder.open(folder, passphrase)
    check_complete(opened)
    write_name(opened, _become_device(diary, folder, name), name)
    return _exchange(diary, opened, everything=True, from_snapshot=True)


def open_folder(diary: Diary, passphrase: str) -> SharedFolder:
    folder = shared_folder_of(diary)
    if folder is None:
        raise LookupError("not shared")
    return SharedFolder.open(folder, passphrase)


def _become_device(diary: Diary, folder: Path, name: str) -> str:
    """This laptop's device id (made the first time), with its name and the folder kept."""
    with diary.transaction() as session:
        device = journal.setting(session.connection(), "device")
        if device is None:
            device = uuid.uuid4().hex
            journal.put_setting(session, "device", device)
        journal.put_setting(session, "device_name", name)
        journal.put_setting(session, "folder", str(folder.resolve()))
        journal.put_setting(session, "home", history.home_mark(diary.path.parent))
    return device


def check_complete(folder: SharedFolder) -> None:
    """Refuse to join a folder the sync app is still copying, so a join never reports an
    empty diary as success: it needs a whole snapshot (sharing always writes one; its header
    says how long it is), and every change file the snapshot stands for, at least as long as
    the snapshot says.  Reads one header line and the files' sizes."""
    header = folder.newest_header()
    if header is None:
        raise FolderError("copying", folder.root / "snapshots")
    present = folder.ours("changes")
    wanted = dict(header.offsets)
    for device in header.heads or {}:
        wanted.setdefault(f"{device}.log", 1)
    for name, size in sorted(wanted.items()):
        device, _, suffix = name.partition(".")
        if suffix != "log" or not size:
            continue  # a sync app's copy named by the first version, or nothing to read
        path = present.get(device)
        if path is None or path.stat().st_size < size:
            raise FolderError("copying", folder.root / "changes" / name)


def problems(diary: Diary) -> list[Problem]:
    """What the last sync that read the folder found wrong (and still stands)."""
    with diary.transaction() as session:
        return loads(journal.setting(session.connection(), "problems"))


def accept_move(diary: Diary) -> None:
    """This data folder was moved here, not copied: remember its new place (sync --moved)."""
    with diary.transaction() as session:
        journal.put_setting(session, "home", history.home_mark(diary.path.parent))


def sync(diary: Diary, folder: SharedFolder, everything: bool = False) -> SyncResult:
    """Exchange changes with the folder; see the module's docstring."""
    return _exchange(diary, folder, everything)


def _exchange(
    diary: Diary,
    folder: SharedFolder,
    everything: bool = False,
    snapshot: bool = False,
    from_snapshot: bool = False,
) -> SyncResult:
    """A sync; ``snapshot``: write this laptop's snapshot afterwards (sharing does, and so
    does a sync whose journal grew by :data:`SNAPSHOT_AFTER` records since the last one);
    ``from_snapshot``: start from the folder's newest snapshot (joining)."""
    result = SyncResult()
    device = device_of(diary)
    assert device is not None
    if not everything and not has_news(diary):
        result.skipped = True
        return result
    with changes.observing(journal.Journal(device)), diary.transaction() as session:
        connection = session.connection()
        if not _at_home(session, diary):
            result.problems = [Problem("copied", device, str(diary.path.parent))]
            journal.put_setting(session, "problems", dumps(result.problems))
            return result  # a copied data folder: nothing read, applied or sent
        folder.still_there()
        folder.remove_leftovers(device)
        _catch_up(session, device)
        session.info[journal.APPLYING] = True  # what follows is other laptops' work
        names = read_names(folder)  # the laptops' own names, for sentences
        journal.put_setting(session, "names", json.dumps(names, sort_keys=True))
        marks = json.loads(journal.setting(connection, "files") or "{}")
        now = history.file_marks(folder.root, device)
        own_name = folder.change_file(device).name
        changed = [
            path
            for path in folder.files()
            if path.name != own_name and (everything or marks.get(path.name) != now.get(path.name))
        ]
        offsets = json.loads(journal.setting(connection, "offsets") or "{}")
        chains = {
            d: tuple(h)
            for d, h in json.loads(journal.setting(connection, "chains") or "{}").items()
        }
        start: list[tuple[ChangeRecord, bytes]] = []
        newest = folder.newest_snapshot() if from_snapshot else None
        if newest is not None:  # its records stand for the files' first lines
            header, start = newest
            for name, offset in header.offsets.items():
                offsets.setdefault(name, offset)
            for other, head in (header.heads or {}).items():
                chains.setdefault(other, head)
        found = history.odd_problems(folder)
        fresh = _receive(session, folder, changed, offsets, chains, start, names, found)
        found += history.missing_peers(folder, device, chains, names)
        journal.put_setting(session, "offsets", json.dumps(offsets, sort_keys=True))
        journal.put_setting(session, "chains", history.dumps(chains))
        result.received = len(fresh)
        _apply(session, fresh, result)
        result.sent = _send(session, folder, device, marks, found)
        own_mark = history.mark_of(folder.change_file(device))
        if own_mark is not None:
            now[own_name] = own_mark
        journal.put_setting(session, "files", json.dumps(now, sort_keys=True))
        result.problems = found
        journal.put_setting(session, "problems", dumps(p for p in found if p.kind != "republished"))
        heard = json.loads(journal.setting(connection, "heard") or "{}")
        for record in fresh:
            heard[record.device] = max(heard.get(record.device, 0), record.stamp.millis / 1000)
        journal.put_setting(session, "heard", json.dumps(heard, sort_keys=True))
        size = queries.record_count(connection)
        last = journal.setting(connection, "snapshot_size")
        grown = last is not None and size - int(last) >= SNAPSHOT_AFTER
        # no whole snapshot left in the folder (deleted, or cut): nobody could join
        lost = last is not None and not from_snapshot and folder.newest_header() is None
        if snapshot or grown or lost:
            _write_snapshot(session, folder, device, offsets, chains, fresh)
        if snapshot or last is None:  # a laptop that joined counts from there
            journal.put_setting(session, "snapshot_size", str(size))
        result.conflicts = _conflicts_after(session, fresh)
    return result


def _at_home(session, diary: Diary) -> bool:
    """False when this data folder was copied (or moved) since it was shared or joined: two
    laptops with one device id would never see each other's changes.  A diary of the first
    version learns its place at its first sync."""
    connection = session.connection()
    mark = history.home_mark(diary.path.parent)
    stored = journal.setting(connection, "home")
    if stored is None:
        journal.put_setting(session, "home", mark)
        return True
    return stored == mark


def _send(session, folder: SharedFolder, device: str, marks: dict, found: list) -> int:
    """Write this laptop's unsent records to its file, each linked to the one before, and
    mark them sent; the file first, so a kill before the commit only writes them again.

    A file of its own that is cut, older or gone is written again whole from the diary; one
    that holds changes this laptop never made (a copied data folder writes as this laptop)
    is left alone and nothing is sent (the records stay unsent).
    """
    connection = session.connection()
    verdict = ""
    if history.needs_rechain(connection, device):  # records of the first version
        sent, unsent = history.rechain(connection, device)
        journal.store_many(session, sent, sent=True)
        journal.store_many(session, unsent, sent=False)
        verdict = "rechain"
    unsent = history.chained(connection, device, _unsent(connection, device))
    if verdict != "rechain":
        verdict, first = history.own_verdict(connection, folder, device, marks, unsent)
        if verdict == "twin":
            found.append(Problem("twin", device, f"{device}.log", None, (first,)))
            return 0
    if verdict == "ok":
        folder.append(device, unsent)
    else:
        texts = history.own_texts(connection, device)
        folder.rewrite(device, [*texts, *(r.to_json().encode("utf-8") for r in unsent)])
        if verdict == "republish":
            found.append(Problem("republished", device, f"{device}.log"))
    journal.store_many(session, unsent, sent=True)
    return len(unsent)


def _write_snapshot(
    session,
    folder: SharedFolder,
    device: str,
    offsets: dict,
    chains: dict,
    parsed: list[ChangeRecord],
) -> None:
    """This laptop's compacted copy of every record it knows, for the next laptop to join.

    It stands for the lines of the change files this laptop has read (``offsets``) and its
    own whole file; a joining laptop reads those files only from there on.  ``parsed``:
    records at hand, not read from the journal again.
    """
    connection = session.connection()
    merged = Merged()
    merged.add_all(parsed)
    given = {(record.device, record.seq) for record in parsed}
    for record_device, seq, _uid, text in queries.all_records(connection):
        if (record_device, seq) not in given:
            merged.add(ChangeRecord.from_json(text))
    covered = {name: offset for name, offset in offsets.items() if name.endswith(".log")}
    heads = {d: head for d, head in chains.items() if d != device}
    own = folder.change_file(device)
    if own.exists():
        covered[own.name] = own.stat().st_size
        own_head = history.head_of(connection, device)
        if own_head is not None:
            heads[device] = own_head
    made = journal.clock_of(connection, device).now().millis
    folder.write_snapshot(device, merged.compacted(), covered, made, heads)


def _unsent(connection, device: str) -> list[ChangeRecord]:
    return [ChangeRecord.from_json(text) for text in queries.unsent(connection, device)]


def _receive(
    session,
    folder: SharedFolder,
    paths: list[Path],
    offsets: dict[str, int],
    chains: dict,
    start: Sequence[tuple[ChangeRecord, bytes]],
    names: dict[str, str],
    found_problems: list[Problem],
) -> list[ChangeRecord]:
    """The records in ``start`` (a snapshot's) and the links of ``paths`` beyond the last
    one applied from each laptop (``chains``, brought up to date with ``offsets``), that this
    diary did not have yet, stored (not yet applied).  What a file's chain shows wrong is
    added to ``found_problems``; its links from the fault on are not taken.
    """
    connection = session.connection()
    own = journal.setting(connection, "device")
    found: dict[tuple[str, int], tuple[ChangeRecord, bytes]] = {}

    def consider(record: ChangeRecord, text: bytes) -> None:
        key = (record.device, record.seq)
        if record.device == own:
            return
        known = found.get(key)
        if known is None or (known[0] != record and record.to_json() < known[0].to_json()):
            found[key] = (record, text)

    for record, text in start:
        consider(record, text)
    for path in paths:
        device = path.name.split(".", 1)[0]
        head = chains.get(device)
        read = history.read_peer(
            folder,
            path,
            head,
            offsets.get(path.name, 0),
            names.get(device),
        )
        offsets[path.name] = read.offset
        if read.head is not None:
            chains[device] = read.head
        found_problems.extend(read.problems)
        for record, text in read.fresh:
            consider(record, text)
    known = _known(connection, found)
    fresh = [found[key] for key in sorted(found) if key not in known]
    journal.store_many(
        session, [r for r, _ in fresh], sent=True, texts=[t.decode("utf-8") for _, t in fresh]
    )
    if fresh:
        clock = journal.clock_of(connection, own)  # type: ignore[arg-type]
        for record, _ in fresh:
            clock.witness(record.stamp)
        last = clock.now()
        journal.put_setting(session, "clock", json.dumps([last.millis, last.counter]))
    return [record for record, _ in fresh]


def _known(connection, keys: Iterable[tuple[str, int]]) -> set[tuple[str, int]]:
    """Which of these (device, line) keys the journal holds already: per device, only the
    lines from the first one asked for (a sync's new lines are at the end of each file)."""
    first: dict[str, int] = {}
    for device, seq in keys:
        first[device] = min(seq, first.get(device, seq))
    return {
        (device, seq)
        for device, low in first.items()
        for seq in queries.seqs_from(connection, device, low)
    }


def _merged(connection, uids: set[str], fresh: Sequence[ChangeRecord] = ()) -> Merged:
    """The records of ``uids`` this diary holds (``fresh`` ones are not parsed again)."""
    merged = Merged()
    merged.add_all(fresh)
    given = {(r.device, r.seq) for r in fresh}
    if given and queries.record_count(connection) == len(given):
        return merged  # the journal holds nothing else (joining): nothing more to read
    for device, seq, text in queries.records_of_many(connection, uids):
        if (device, seq) not in given:
            merged.add(ChangeRecord.from_json(text))
    return merged


def _apply(session, fresh: list[ChangeRecord], result: SyncResult) -> None:
    """Make the touched records' rows equal to their winners: parents first, deletes last.

    An evening or an episode is applied with its parts (sync/aggregates.py): the winning
    version's scores, symptoms and triggers, exactly.
    """
    connection = session.connection()
    uids = {record.uid for record in fresh}
    ids = rows.Identities(connection)
    session.info[journal.IDENTITIES] = ids
    winners = _merged(connection, uids, fresh).winners()
    if len(uids) > PRELOAD_OVER:  # joining: every identity, in one pass
        ids.preload()
    else:  # the touched records and the rows they refer to, by the uid index
        ids.prefetch(uids | _referenced(winners.values()))
    _drop_overruled_parts(connection, ids, winners)
    alive: dict[str, list[ChangeRecord]] = {}
    for record in winners.values():
        if record.data is not None:
            alive.setdefault(record.table, []).append(record)
    order = {name: i for i, name in enumerate(rows.synced_tables())}
    for name in rows.synced_tables():
        if name in alive:
            _apply_table(session, ids, name, alive[name], result)
    for record in _roots_of_late_members(connection, ids, fresh, winners):
        alive.setdefault(record.table, []).append(record)
    for name in aggregates.PARTS:
        roots: dict[int, dict[str, Any]] = {}
        for record in alive.get(name, ()):
            found = ids.row_of(record.uid)
            if found is not None and record.data is not None and aggregates.carries_parts(record):
                roots[found[1]] = record.data
        result.applied += aggregates.write_parts(session, ids, name, roots)
    dead: dict[str, list[ChangeRecord]] = {}
    for record in winners.values():
        if record.data is None and record.table in order:
            dead.setdefault(record.table, []).append(record)
    for name in sorted(dead, key=lambda name: -order[name]):
        if rows.is_link(name):
            result.applied += sum(_apply_tombstone(session, ids, r) for r in dead[name])
            continue
        located = [ids.row_of(record.uid) for record in dead[name]]
        row_ids = sorted({row[1] for row in located if row is not None})
        changes.delete_stored(session, name, row_ids)
        for row_id in row_ids:
            ids.forget(name, row_id)
        result.applied += len(row_ids)
    ids.flush(session)


def _roots_of_late_members(
    connection, ids, fresh: list[ChangeRecord], winners: dict[str, ChangeRecord]
) -> list[ChangeRecord]:
    """Evenings and episodes already here whose version names a symptom or trigger that
    arrives only now: a change file cut between an episode and its new trigger delivers the
    episode first, and its parts must be filled in when the trigger comes, or the laptops
    part for good (found by the three-laptop model).  Members arrive rarely: a scan each."""
    arrived = {r.uid for r in fresh if r.data is not None and r.table in aggregates.MEMBER_TABLES}
    roots: set[str] = set()
    for uid in arrived:
        roots |= queries.uids_naming(connection, uid)
    roots -= winners.keys()
    if not roots:
        return []
    found = [
        record
        for record in _merged(connection, roots).winners().values()
        if record.table in aggregates.PARTS and aggregates.carries_parts(record)
    ]
    ids.prefetch({record.uid for record in found} | aggregates.member_uids(found))
    return found


def _drop_overruled_parts(connection, ids, winners: dict[str, ChangeRecord]) -> None:
    """Leave out the previous version's part records (a score or a link on its own) whose
    root's winning version names its parts: that version decides them (aggregates.py)."""
    legacy = {
        uid: aggregates.legacy_root(connection, ids, record)
        for uid, record in winners.items()
        if aggregates.is_part(record.table)
    }
    if not legacy:
        return
    roots = {root for root in legacy.values() if root is not None}
    known = _merged(connection, roots - winners.keys()).winners()
    for uid, root in legacy.items():
        if root is not None and not aggregates.legacy_applies(winners.get(root) or known.get(root)):
            del winners[uid]


def _referenced(records: Iterable[ChangeRecord]) -> set[str]:
    """The uids the records' data refer to (their parents, and the members of their parts)."""
    found: set[str] = set()
    for record in records:
        if record.data is not None and record.table in rows.synced_tables():
            found.update(
                record.data[c] for c in rows.references(record.table) if record.data.get(c)
            )
    return found | aggregates.member_uids(records)


def _apply_table(session, ids, name: str, group: list[ChangeRecord], result: SyncResult) -> None:
    """Insert the new rows of one table at once, update the changed ones together."""
    connection = session.connection()
    link = rows.is_link(name)
    new: list[tuple[ChangeRecord, dict]] = []
    updates: list[tuple[ChangeRecord, int, dict]] = []
    keys = [c.name for c in rows.table(name).primary_key.columns]
    linked = {tuple(row) for row in queries.link_rows(connection, name, keys)} if link else set()
    for record in group:
        values = rows.to_stored(ids, name, record.data)  # type: ignore[arg-type]
        if values is None:
            continue  # its parent is gone on this laptop: nothing to hang it on
        if link:
            if tuple(values[k] for k in keys) not in linked:
                new.append((record, values))
            continue
        found = ids.row_of(record.uid)
        if found is None:
            new.append((record, values))
        else:
            updates.append((record, found[1], values))
    current = queries.stored_rows(connection, name, [row_id for _, row_id, _ in updates])
    _update(session, name, [u for u in updates if not _holds(current.get(u[1]), u[2])], result)
    if new:
        _insert_new(session, ids, name, new, result)


def _holds(row: dict | None, values: dict) -> bool:
    return row is not None and all(row.get(k) == v for k, v in values.items())


def _update(session, name: str, changed: list[tuple[ChangeRecord, int, dict]], result) -> None:
    """Rows that hold another version: all in one savepoint, or one by one if one clashes."""
    if not changed:
        return
    try:
        with session.begin_nested():
            for _, row_id, values in changed:
                changes.write_stored(session, name, {"id": row_id}, values)
        result.applied += len(changed)
        return
    except CLASH:
        pass  # one of them clashes with a rule here: row by row, to hold back only it
    for record, row_id, values in changed:
        try:
            with session.begin_nested():
                changes.write_stored(session, name, {"id": row_id}, values)
            result.applied += 1
        except CLASH:
            result.held_back.append(record.uid)


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
                written = changes.write_stored(session, name, {}, values)
            if not rows.is_link(name):
                assert isinstance(written, int)  # a record's row has one id
                ids.give(name, written, record.uid)
            result.applied += 1
        except CLASH:
            result.held_back.append(record.uid)


def _apply_tombstone(session, ids, record: ChangeRecord) -> int:
    connection = session.connection()
    name = record.table
    if rows.is_link(name):
        key = aggregates.link_by_uid(connection, ids, name, record.uid)
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


def _catch_up(session, device: str) -> None:
    """Rows written while nobody journalled (sharing a diary: all of them): journal them new."""
    connection = session.connection()
    ids = session.info.get(journal.IDENTITIES) or rows.Identities(connection)
    session.info[journal.IDENTITIES] = ids
    found = {}
    for name in rows.synced_tables():
        if rows.is_link(name) or aggregates.is_part(name):
            continue  # an evening's scores and an episode's links travel in its record
        found[name] = queries.rows_without_identity(connection, name)
        if len(found[name]) > 200:
            ids.preload()
        journal.identify_rows(ids, name, found[name])  # every uid before a record names it
    for name, new in found.items():
        if new:
            journal.Journal(device).new_rows(session, ids, name, new)
    for name in rows.synced_tables():
        if rows.is_link(name) and not aggregates.is_part(name):
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
        uid = rows.link_uid(name, parts)
        records.append(ChangeRecord(device, seq, clock.now(), uid, name, data, None))
        seq += 1
    journal.store_many(session, records, sent=False)
    last = clock.now()
    journal.put_setting(session, "clock", json.dumps([last.millis, last.counter]))
    journal.put_setting(session, flag, "1")


def laptop_names(diary: Diary) -> dict[str, str]:
    """Device id -> the name its carers gave it ("kitchen laptop"), as last read."""
    with diary.transaction() as session:
        connection = session.connection()
        names = json.loads(journal.setting(connection, "names") or "{}")
        own, own_name = (
            journal.setting(connection, "device"),
            journal.setting(connection, "device_name"),
        )
    if own and own_name:
        names[own] = own_name
    return names


def conflicts(diary: Diary) -> list[Conflict]:
    """The versions that lost to a later one made without seeing them (the Conflicts view)."""
    with diary.transaction() as session:
        connection = session.connection()
        uids = queries.uids_from_several_devices(connection)
        return _merged(connection, uids).conflicts()


def _conflicts_after(session, fresh: list[ChangeRecord]) -> list[Conflict]:
    """The conflicts after a sync, without reading the whole journal.

    Only a record received from another laptop can start a conflict (a change made here has
    seen every version this laptop knows), so the records that may be in conflict are those
    that were before (kept in ``sync_setting``) and those just received.
    """
    connection = session.connection()
    before = journal.setting(connection, "conflicted")
    if before is None:
        uids = queries.uids_from_several_devices(connection)
    else:
        uids = set(json.loads(before)) | {record.uid for record in fresh}
    found = _merged(connection, uids).conflicts()
    journal.put_setting(session, "conflicted", json.dumps(sorted({c.uid for c in found})))
    return found


def passphrase_from_environment() -> str | None:
    return os.environ.get(PASSPHRASE_VARIABLE) or None
