"""The change journal: every write of a shared diary becomes a change record, at the seam.

Registered with :func:`masto_diary.storage.changes.observing` while a shared diary is open,
the observer runs inside each commit (docs/architecture.md, "How a write travels"): a save
and its journal lines commit together or not at all.  It gives new rows their uid, stamps each
change with this laptop's hybrid logical clock, and leaves a tombstone for a delete.  Changes
that folder sync itself applies (another laptop's versions) are not journalled again.
"""

import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection
from sqlmodel import Session

from masto_diary.storage import changes
from masto_diary.storage.changes import Change
from masto_diary.storage.read_model import sync_journal as queries
from masto_diary.sync import aggregates, rows
from masto_diary.sync.clock import HybridClock, Stamp
from masto_diary.sync.record import ChangeRecord, newest_by_device

APPLYING = "masto_diary.sync.applying"
IDENTITIES = "masto_diary.sync.identities"  # the sync's own preloaded Identities, if any
JOURNALLED = "masto_diary.sync.journalled"  # the changes a journal has already written


def setting(connection: Connection, key: str) -> str | None:
    return queries.setting(connection, key)


def put_setting(session: Session, key: str, value: str) -> None:
    changes.write_stored(session, "sync_setting", {"key": key}, {"value": value})


def clock_of(connection: Connection, device: str) -> HybridClock:
    last = setting(connection, "clock")
    return HybridClock(device, Stamp.decode([*json.loads(last), device]) if last else None)


def next_seq(connection: Connection, device: str) -> int:
    return queries.last_seq(connection, device) + 1


def versions_known(connection: Connection, uid: str) -> tuple[Stamp, ...]:
    """Each device's newest version of ``uid`` this laptop knows: what a change made here
    now has seen (``ChangeRecord.saw``)."""
    return newest_by_device(
        ChangeRecord.from_json(text).stamp for text in queries.records_of(connection, uid)
    )


def store_many(
    session: Session, records: list[ChangeRecord], sent: bool, texts: list[str] | None = None
) -> None:
    """Keep records in the journal; ``texts`` are their JSON texts when already at hand."""
    texts = texts if texts is not None else [record.to_json() for record in records]
    changes.replace_bookkeeping(
        session,
        "sync_change",
        ["device", "seq", "uid", "record", "sent"],
        [(r.device, r.seq, r.uid, text, int(sent)) for r, text in zip(records, texts, strict=True)],
    )


def identify_rows(ids: rows.Identities, name: str, found: list[dict]) -> None:
    """Give rows nobody journalled yet their uids (before any record names them)."""
    for row in found:
        if ids.uid_of(name, row["id"]) is None:
            ids.give(name, row["id"], rows.new_uid(ids, name, row))


class Journal:
    """The observer: ``journal(session, changes)`` writes this commit's change records."""

    def __init__(self, device: str):
        self.device = device

    def __call__(self, session: Session, written: Sequence[Change]) -> None:
        # one commit is journalled once, however many journals observe it (the window's, and
        # the one a sync or a restore attaches for itself)
        if session.info.get(JOURNALLED) is written:
            return
        session.info[JOURNALLED] = written
        connection = session.connection()
        ids = session.info.get(IDENTITIES) or rows.Identities(connection)
        if session.info.get(APPLYING):
            for change in written:  # rows removed by another laptop's delete (or cascade)
                if change.kind != "delete" or not isinstance(change.row_id, int):
                    continue
                if aggregates.is_part(change.table):  # thousands when evenings lose scores
                    ids.forget_row(change.table, change.row_id)
                else:
                    ids.forget(change.table, change.row_id)
            ids.flush(session)
            return
        order = {name: i for i, name in enumerate(rows.synced_tables())}
        written = [change for change in written if change.table in order]
        written = aggregates.roots_of(connection, written)  # an edited score journals its evening
        if not written:
            return
        written.sort(key=lambda change: order[change.table])  # parents first
        for change in written:  # uids first: a new episode names the trigger made with it
            if change.kind != "delete" and not rows.is_link(change.table):
                self._identify(connection, ids, change)
        clock = clock_of(connection, self.device)
        seq = next_seq(connection, self.device)
        records = []
        for change in written:
            record = self._record(connection, ids, change, clock, seq)
            if record is not None:
                records.append(record)
                seq += 1
        ids.flush(session)
        store_many(session, records, sent=False)
        last = clock.now()
        put_setting(session, "clock", json.dumps([last.millis, last.counter]))

    def new_rows(self, session: Session, ids: rows.Identities, name: str, found: list[dict]):
        """Records for rows nobody journalled yet (sharing a diary: every row), in bulk."""
        connection = session.connection()
        clock = clock_of(connection, self.device)
        seq = next_seq(connection, self.device)
        records = []
        identify_rows(ids, name, found)
        parts = aggregates.parts_of(connection, ids, name, [row["id"] for row in found])
        for row in found:
            data = rows.to_record_data(ids, name, row)
            if data is None:
                continue
            data.update(parts.get(row["id"], {}))
            uid = ids.uid_of(name, row["id"])
            if uid is None:  # identify_rows gave every row one
                continue
            records.append(ChangeRecord(self.device, seq, clock.now(), uid, name, data, None))
            seq += 1
        ids.flush(session)
        store_many(session, records, sent=False)
        last = clock.now()
        put_setting(session, "clock", json.dumps([last.millis, last.counter]))

    def _identify(self, connection, ids: rows.Identities, change: Change) -> None:
        """Give a new row its uid (derived from its natural key, else random)."""
        if ids.uid_of(change.table, change.row_id) is not None:  # type: ignore[arg-type]
            return
        stored = rows.stored_row(connection, change.table, {"id": change.row_id})
        if stored is not None:
            ids.give(change.table, change.row_id, rows.new_uid(ids, change.table, stored))  # type: ignore[arg-type]

    def _record(self, connection, ids, change: Change, clock, seq) -> ChangeRecord | None:
        name = change.table
        if rows.is_link(name):
            keys = [c.name for c in rows.table(name).primary_key.columns]
            key: dict[str, Any] = dict(zip(keys, change.row_id, strict=True))  # type: ignore[arg-type]
            parts = [ids.uid_of(rows.references(name)[k], key[k]) for k in keys]
            if None in parts:
                return None
            uid = rows.link_uid(name, parts)
        else:
            key = {"id": change.row_id}
            uid = ids.uid_of(name, change.row_id)
        stored = None if change.kind == "delete" else rows.stored_row(connection, name, key)
        if uid is None:
            return None  # inserted and deleted in the same commit
        saw = versions_known(connection, uid)  # a derived uid may have had versions before
        seen = max(saw, default=None)
        data = None if stored is None else rows.to_record_data(ids, name, stored)
        if data is not None and name in aggregates.PARTS:  # the evening carries its scores
            data.update(aggregates.parts_of(connection, ids, name, [stored["id"]])[stored["id"]])  # type: ignore[index]
        if stored is None and not rows.is_link(name):
            ids.forget(name, change.row_id)
        if seen is not None:
            clock.witness(seen)
        return ChangeRecord(self.device, seq, clock.now(), uid, name, data, seen, saw=saw)
