"""Aggregates: a record and the rows that belong to it travel, win and lose as one version.

A parent saves an evening with its scores, an episode with the symptoms and triggers it names,
in one go; merging those rows one by one mixed two carers' evenings (the kept evening showed
the other carer's scores) and brought a deleted episode back without its symptoms.  So the
root's change record carries its parts in its data (docs/sync.md, "Aggregates and natural
keys"):

- ``daily_entry``: ``"scores": {symptom uid: score}``;
- ``episode``: ``"symptoms": [symptom uid, …]`` and ``"triggers": [trigger uid, …]``.

The part rows never travel on their own.  Whichever version of the root wins brings exactly
its parts; one that loses leaves none behind; a root that comes back comes back with them.
A part naming a symptom or trigger this diary does not hold (deleted here) is left out.

Records the previous version wrote (a score or a link as a record of its own) are still
read: such a record applies only while its root's winning version carries no parts
(:func:`legacy_applies`), so the outcome depends only on the set of records.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from masto_diary.storage import changes
from masto_diary.storage.changes import Change
from masto_diary.storage.read_model import sync_journal as queries
from masto_diary.sync import rows
from masto_diary.sync.record import ChangeRecord


@dataclass(frozen=True, slots=True)
class Part:
    """The rows of ``table`` that belong to one root row: ``root_column`` names the root,
    ``member_column`` the symptom or trigger; ``value_column`` the score (None: a link)."""

    field: str
    table: str
    root_column: str
    member_column: str
    value_column: str | None = None

    @property
    def columns(self) -> tuple[str, str, str | None]:
        return (self.root_column, self.member_column, self.value_column)

    @property
    def member_table(self) -> str:
        return rows.references(self.table)[self.member_column]


PARTS: dict[str, tuple[Part, ...]] = {
    "daily_entry": (Part("scores", "symptom_score", "entry_id", "symptom_id", "score"),),
    "episode": (
        Part("symptoms", "episode_symptom", "episode_id", "symptom_id"),
        Part("triggers", "episode_trigger", "episode_id", "trigger_id"),
    ),
}
# part table -> (its root table, the part)
PART_TABLES: dict[str, tuple[str, Part]] = {
    part.table: (root, part) for root, parts in PARTS.items() for part in parts
}


MEMBER_TABLES = frozenset(part.member_table for parts in PARTS.values() for part in parts)


def is_part(name: str) -> bool:
    return name in PART_TABLES


def carries_parts(record: ChangeRecord) -> bool:
    """Whether this version of a root names its parts (every version this app writes does)."""
    data = record.data
    return data is not None and any(part.field in data for part in PARTS.get(record.table, ()))


def empty_parts(name: str) -> dict[str, Any]:
    return {part.field: {} if part.value_column else [] for part in PARTS.get(name, ())}


# --------------------------------------------------------------------------- journalling


def parts_of(connection, ids: rows.Identities, name: str, row_ids: list[int]) -> dict[int, dict]:
    """root row id -> its part fields as a record carries them (references as uids)."""
    found = {row_id: empty_parts(name) for row_id in row_ids}
    for part in PARTS.get(name, ()):
        target = part.member_table
        for root_id, member_id, value, _rowid in queries.part_rows(
            connection, part.table, part.columns, row_ids
        ):
            uid = ids.uid_of(target, member_id)
            if uid is None:
                continue  # a member nobody journalled (cannot happen: members get uids first)
            slot = found[root_id][part.field]
            if part.value_column:
                slot[uid] = value
            else:
                slot.append(uid)
    for fields in found.values():
        for part in PARTS.get(name, ()):
            if not part.value_column:
                fields[part.field].sort()
    return found


def roots_of(connection, written: list[Change]) -> list[Change]:
    """This commit's changes with every part change replaced by its root's: an edited score
    journals its evening, a new link its episode.

    A part that went with its root (the evening deleted) or with its member (a symptom or
    trigger deleted) is a consequence, not an edit: the root's tombstone, or the member's,
    says it all.  A deleted score's row is gone, so its evening is not known here; every
    service that removes a score saves or deletes the evening in the same commit.
    """
    deleted = {(c.table, c.row_id) for c in written if c.kind == "delete"}
    kept: list[Change] = []
    roots: list[Change] = []
    for change in written:
        found = PART_TABLES.get(change.table)
        if found is None:
            kept.append(change)
            continue
        root, part = found
        key = _part_key(connection, part, change)
        if key is None:
            continue
        root_id, member_id = key
        if (root, root_id) in deleted or (part.member_table, member_id) in deleted:
            continue
        roots.append(Change(root, root_id, "update"))
    named = {(c.table, c.row_id) for c in kept}
    return kept + [c for c in dict.fromkeys(roots) if (c.table, c.row_id) not in named]


def _part_key(connection, part: Part, change: Change) -> tuple[int, int] | None:
    """(root id, member id) of a changed part row, or None when the row is gone."""
    if change.kind == "delete" and not isinstance(change.row_id, tuple):
        return None  # a score's row is gone: nothing names its evening any more
    if isinstance(change.row_id, tuple):  # a link: its key names both
        names = [c.name for c in rows.table(part.table).primary_key.columns]
        key = dict(zip(names, change.row_id, strict=True))
        return key[part.root_column], key[part.member_column]
    stored = rows.stored_row(connection, part.table, {"id": change.row_id})
    if stored is None:
        return None
    return stored[part.root_column], stored[part.member_column]


# --------------------------------------------------------------------------- applying


def member_uids(records: Iterable[ChangeRecord]) -> set[str]:
    """The symptoms and triggers the records' parts name (to look their rows up at once)."""
    found: set[str] = set()
    for record in records:
        for part in PARTS.get(record.table, ()):
            if record.data is not None and record.data.get(part.field):
                found.update(record.data[part.field])
    return found


def write_parts(session, ids: rows.Identities, name: str, roots: Mapping[int, dict]) -> int:
    """Make each root's part rows exactly those its version names (``roots``: root row id ->
    the version's data); members this diary does not hold are left out.  Parts are written
    through the write seam like any row; the number of rows written is returned."""
    connection = session.connection()
    written = 0
    for part in PARTS.get(name, ()):
        wanted = {
            root_id: _wanted(ids, part, data[part.field])
            for root_id, data in roots.items()
            if data.get(part.field) is not None
        }
        if not wanted:
            continue
        held: dict[int, dict[int, tuple[Any, int]]] = {}
        for root_id, member_id, value, rowid in queries.part_rows(
            connection, part.table, part.columns, list(wanted)
        ):
            held.setdefault(root_id, {})[member_id] = (value, rowid)
        new: list[tuple] = []
        gone: list[tuple[int, int, int]] = []
        for root_id, members in wanted.items():
            have = held.get(root_id, {})
            gone += [(root_id, m, have[m][1]) for m in sorted(have.keys() - members.keys())]
            for member_id, value in sorted(members.items()):
                if member_id not in have:
                    new.append((root_id, member_id, value)[: 3 if part.value_column else 2])
                elif part.value_column and have[member_id][0] != value:
                    key = {part.root_column: root_id, part.member_column: member_id}
                    changes.write_stored(session, part.table, key, {part.value_column: value})
                    written += 1
        written += _delete_parts(session, part, gone)
        if new:
            names = [c for c in part.columns if c]
            changes.insert_stored(session, part.table, names, new)
            written += len(new)
    return written


def _delete_parts(session, part: Part, gone: list[tuple[int, int, int]]) -> int:
    """Remove part rows: scores at once by id (an evening saved with fewer scores), links
    one by one by their key (they have no id; an episode names a few)."""
    if "id" in rows.table(part.table).c:
        changes.delete_stored(session, part.table, [rowid for _, _, rowid in gone])
    else:
        for root_id, member_id, _ in gone:
            key = {part.root_column: root_id, part.member_column: member_id}
            changes.write_stored(session, part.table, key, None)
    return len(gone)


def _wanted(ids: rows.Identities, part: Part, field: Any) -> dict[int, Any]:
    """member row id -> value (None for a link) of the members this diary holds."""
    pairs = field.items() if part.value_column else ((uid, None) for uid in field)
    wanted = {}
    for uid, value in pairs:
        found = ids.row_of(uid)
        if found is not None and found[0] == part.member_table:
            wanted[found[1]] = value
    return wanted


def legacy_root(connection, ids: rows.Identities, record: ChangeRecord) -> str | None:
    """The root uid of a part record written by the previous version (None: not known here)."""
    root, part = PART_TABLES[record.table]
    if record.data is not None:
        return record.data.get(part.root_column)
    if rows.is_link(record.table):
        key = link_by_uid(connection, ids, record.table, record.uid)
        root_id = None if key is None else key[part.root_column]
    else:
        found = ids.row_of(record.uid)
        stored = (
            None if found is None else rows.stored_row(connection, part.table, {"id": found[1]})
        )
        root_id = None if stored is None else stored[part.root_column]
    return None if root_id is None else ids.uid_of(root, root_id)


def legacy_applies(root_winner: ChangeRecord | None) -> bool:
    """A previous version's part record counts only under a root version without parts."""
    return root_winner is None or not carries_parts(root_winner)


def link_by_uid(connection, ids: rows.Identities, name: str, uid: str) -> dict[str, int] | None:
    """The local link row whose derived uid is ``uid`` (only old records name links: a scan
    is fine)."""
    keys = [c.name for c in rows.table(name).primary_key.columns]
    targets = [rows.references(name)[k] for k in keys]
    for row in queries.link_rows(connection, name, keys):
        parts = [ids.uid_of(t, value) for t, value in zip(targets, row, strict=True)]
        if None not in parts and rows.link_uid(name, parts) == uid:  # type: ignore[arg-type]
            return dict(zip(keys, row, strict=True))
    return None


# --------------------------------------------------------------------------- the model


def expected_rows(winners: Mapping[str, ChangeRecord]) -> dict[tuple[str, ...], Any]:
    """What a diary must hold once it has merged records with these winners (uid -> winning
    version, tombstones included), as the rules above say; the reference the property tests
    compare delivery orders (and a real diary's rows) with.

    ``(table, uid) -> data`` for each living record (without its parts), and
    ``(part table, root uid, member uid) -> score`` (``True`` for a link) for each part: the
    winning root version's parts whose member lives, or, under a root version without parts,
    the previous version's part records.  Rows a rule of the diary refuses (held back) and
    rows whose parent never arrived are not modelled.
    """
    alive = {uid: record for uid, record in winners.items() if record.data is not None}
    found: dict[tuple[str, ...], Any] = {}
    for uid, record in alive.items():
        data: dict[str, Any] = record.data  # type: ignore[assignment]
        if is_part(record.table):
            root, part = PART_TABLES[record.table]
            root_uid, member = data.get(part.root_column), data.get(part.member_column)
            if root_uid in alive and member in alive and legacy_applies(alive[root_uid]):
                value = data.get(part.value_column) if part.value_column else True
                found[(part.table, root_uid, member)] = value
            continue
        parts = PARTS.get(record.table, ())
        found[(record.table, uid)] = {
            k: v for k, v in data.items() if k not in {p.field for p in parts}
        }
        for part in parts:
            field = data.get(part.field)
            members = (
                (field or {}).items() if part.value_column else ((m, True) for m in field or ())
            )
            for member, value in members:
                if member in alive:
                    found[(part.table, uid, member)] = value
    return found
