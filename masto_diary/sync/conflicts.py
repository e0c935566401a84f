"""The Conflicts view's engine side: which conflicts are still open, and keeping the other version.

A conflict is a version that lost to a later one made without seeing it (merge.py).  Keeping
it writes its data again as an ordinary change of this laptop, through the one write seam, so
the journal (attached by the window while the diary is shared) stamps it after the version it
replaces and it travels to the other laptops like any save.  The conflict then closes: the
version in the diary holds the same data as the one that had lost.
"""

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from masto_diary.storage import changes
from masto_diary.storage.diary import Diary
from masto_diary.storage.read_model import sync_journal as queries
from masto_diary.sync import aggregates, journal, rows, share
from masto_diary.sync.merge import Conflict
from masto_diary.sync.record import ChangeRecord


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
                row_id = found[1]
                changes.write_stored(session, conflict.table, {"id": row_id}, values)
            else:
                written = changes.write_stored(session, conflict.table, {}, values)
                assert isinstance(written, int)  # a record's row has one id
                row_id = written
                ids.give(conflict.table, row_id, conflict.uid)
            # an evening comes back with its scores, an episode with its symptoms and triggers
            ids.prefetch(aggregates.member_uids([conflict.other]))
            aggregates.write_parts(session, ids, conflict.table, {row_id: data})
        ids.flush(session)


# --------------------------------------------------------------------------- in words
# What the Conflicts view says about each conflict: the child, the day (with its year), what
# differs between the two versions (scores by symptom name, times, notes …), and on which
# laptop and when each was saved.  The words themselves are the dialog's (translated).

# Columns that say when a row was written, not what it says: never "what differs".
BOOKKEEPING = frozenset({"created_at", "updated_at", "loaded_at", "child_id", "content"})
DAY_COLUMNS = ("date", "taken_on", "start_date")
MOMENT_COLUMNS = frozenset({"started_at", "ended_at", "given_at"})


@dataclass(frozen=True, slots=True)
class Side:
    """One version: the laptop it was saved on (its name when known) and when."""

    device: str
    laptop: str | None
    saved: dt.datetime  # local, aware
    deleted: bool


@dataclass(frozen=True, slots=True)
class Difference:
    """One field that differs: ``field`` is the column, or "score" with ``name`` the symptom,
    or "symptoms"/"triggers" with the names as values; values as shown (None: none)."""

    field: str
    kept: Any
    other: Any
    name: str | None = None


@dataclass(frozen=True, slots=True)
class Described:
    conflict: Conflict
    table: str
    child: str | None
    day: dt.date | None
    kept: Side
    other: Side
    differences: tuple[Difference, ...]


def describe(diary: Diary, found: list[Conflict]) -> list[Described]:
    """Each conflict with the names and values a parent needs to decide."""
    names = share.laptop_names(diary)
    with diary.transaction() as session:
        connection = session.connection()
        ids = rows.Identities(connection)
        return [_described(connection, ids, names, conflict) for conflict in found]


def _described(connection, ids, names: dict[str, str], conflict: Conflict) -> Described:
    data = conflict.kept.data or conflict.other.data or {}
    return Described(
        conflict,
        conflict.table,
        _child_name(connection, ids, conflict.table, data),
        _day(data),
        _side(conflict.kept, names),
        _side(conflict.other, names),
        tuple(_differences(connection, ids, conflict)),
    )


def _side(record: ChangeRecord, names: dict[str, str]) -> Side:
    saved = dt.datetime.fromtimestamp(record.stamp.millis / 1000, dt.UTC).astimezone()
    return Side(record.device, names.get(record.device), saved, record.deleted)


def _label(connection, ids, uid: str | None, column: str) -> str | None:
    """A column (name, label) of the row ``uid`` names here, or None."""
    found = ids.row_of(uid) if uid else None
    if found is None:
        return None
    row = rows.stored_row(connection, found[0], {"id": found[1]})
    return None if row is None else row.get(column)


def _child_name(connection, ids, table: str, data: dict) -> str | None:
    if table == "child":
        return data.get("name")
    return _label(connection, ids, data.get("child_id"), "name")


def moment(value: str) -> dt.datetime:
    """A stored moment (naive UTC text) as local time."""
    return dt.datetime.fromisoformat(value).replace(tzinfo=dt.UTC).astimezone()


def _day(data: dict) -> dt.date | None:
    for column in DAY_COLUMNS:
        if data.get(column):
            return dt.date.fromisoformat(str(data[column])[:10])
    for column in ("started_at", "given_at"):
        if data.get(column):
            return moment(data[column]).date()
    return None


def _differences(connection, ids, conflict: Conflict) -> list[Difference]:
    kept, other = conflict.kept.data, conflict.other.data
    if kept is None or other is None:  # a deletion: what the other one holds, all of it
        alive = kept or other or {}
        held = {k: v for k, v in alive.items() if v not in (None, "", 0, False, [], {})}
        kept, other = (held, {}) if kept is not None else ({}, held)
    found: list[Difference] = []
    parts = ("scores", "symptoms", "triggers")  # what a parent looks at first
    for field in sorted(kept.keys() | other.keys(), key=lambda f: (f not in parts, f)):
        a, b = kept.get(field), other.get(field)
        if a == b or field in BOOKKEEPING or field in rows.references(conflict.table):
            continue
        if field == "scores":
            scores = [
                Difference("score", (a or {}).get(uid), (b or {}).get(uid), name)
                for uid in (a or {}).keys() | (b or {}).keys()
                if (a or {}).get(uid) != (b or {}).get(uid)
                for name in [_label(connection, ids, uid, "label") or "?"]
            ]
            found += sorted(scores, key=lambda d: d.name or "")
        elif field in ("symptoms", "triggers"):
            found.append(Difference(field, _names(connection, ids, a), _names(connection, ids, b)))
        elif field in MOMENT_COLUMNS:
            found.append(Difference(field, a and moment(a), b and moment(b)))
        else:
            found.append(Difference(field, a, b))
    return found


def _names(connection, ids, uids: list[str] | None) -> list[str]:
    return sorted(_label(connection, ids, uid, "label") or "?" for uid in uids or ())


# --------------------------------------------------------------------------- likely duplicates
# Two carers who both log the day's injection make two records (each with its own uid, as
# two injections on one day can be real: a dose split over two sites).  Two injections of one
# child on one day logged on two laptops are shown to the parent, never silently kept twice.

KEPT_BOTH = "kept_both"  # sync_setting: the pairs a parent said are both real (this laptop)


@dataclass(frozen=True, slots=True)
class Dose:
    uid: str
    row_id: int
    given: dt.datetime  # local
    dose_mg: float
    side: Side  # the laptop that logged it and when


@dataclass(frozen=True, slots=True)
class Duplicate:
    """Two injections of ``child`` on ``day`` logged on two laptops; ``first`` was logged first."""

    child: str | None
    day: dt.date
    first: Dose
    second: Dose

    @property
    def key(self) -> list[str]:
        return sorted([self.first.uid, self.second.uid])


def likely_duplicates(diary: Diary) -> list[Duplicate]:
    """Injections of one child on one (local) day logged on different laptops, not yet
    resolved; each pair once."""
    names = share.laptop_names(diary)
    with diary.transaction() as session:
        connection = session.connection()
        kept_both = json.loads(journal.setting(connection, KEPT_BOTH) or "[]")
        days: dict[tuple[int, dt.date], list[tuple[int, dt.datetime, float]]] = {}
        for row_id, child_id, given, dose in queries.injections(connection):
            local = moment(str(given))
            days.setdefault((child_id, local.date()), []).append((row_id, local, dose))
        ids = rows.Identities(connection)
        found = []
        for (child_id, day), doses in sorted(days.items()):
            if len(doses) < 2:
                continue
            logged = [_dose(connection, ids, names, *dose) for dose in doses]
            child = _label(connection, ids, ids.uid_of("child", child_id), "name")
            for i, first in enumerate(logged):
                for second in logged[i + 1 :]:
                    if first is None or second is None or first.side.device == second.side.device:
                        continue
                    pair = sorted([first, second], key=lambda d: (d.side.saved, d.uid))
                    duplicate = Duplicate(child, day, pair[0], pair[1])
                    if duplicate.key not in kept_both:
                        found.append(duplicate)
        return found


def _dose(connection, ids, names, row_id: int, given: dt.datetime, dose: float) -> Dose | None:
    """The injection with the laptop that first logged it (its oldest version)."""
    uid = ids.uid_of("injection", row_id)
    if uid is None:
        return None  # not shared yet: made on this laptop
    versions = [ChangeRecord.from_json(text) for text in queries.records_of(connection, uid)]
    if not versions:
        return None
    first = min(versions, key=lambda record: record.stamp)
    return Dose(uid, row_id, given, dose, _side(first, names))


def keep_one(diary: Diary, duplicate: Duplicate) -> None:
    """Delete the injection logged second (the journal must be attached: it travels)."""
    with diary.transaction() as session:
        changes.write_stored(session, "injection", {"id": duplicate.second.row_id}, None)


def keep_both(diary: Diary, duplicate: Duplicate) -> None:
    """Both injections were real: do not ask about this pair again on this laptop."""
    with diary.transaction() as session:
        kept = json.loads(journal.setting(session.connection(), KEPT_BOTH) or "[]")
        kept.append(duplicate.key)
        journal.put_setting(session, KEPT_BOTH, json.dumps(kept))
