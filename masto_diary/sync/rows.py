"""The diary's rows as change records see them: stored values, references written as uids.

Row ids differ between laptops, so a record names its row by uid (``sync_identity``) and its
references (``child_id``, ``entry_id`` …) by the uids of the rows they point at.  The link
tables (episode ↔ symptoms/triggers) have no id: their uid is derived from the two rows they
join, so every laptop computes the same one.  Rows that are one per child and day (an evening
entry, a weight, a height) and a score (one per entry and symptom) derive theirs the same way
from their natural key (:data:`NATURAL_KEYS`): two carers who both save the same evening make
two versions of one record, which the merge resolves (the later kept, the other a conflict),
instead of two rows that clash on the diary's "one per day" rule.  Values stay in the file's
stored form (ISO text, enum names, 0/1), which is exact and needs no model objects.
"""

import uuid
from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any

from sqlalchemy import Connection, Table
from sqlmodel import SQLModel

from masto_diary import models
from masto_diary.storage.read_model import sync_journal as queries

LINK_NAMESPACE = uuid.UUID("6d6173746f2d6469617279206c696e6b")
# Tables whose rows are one per these columns (the services find or refuse rows by them:
# entries.save_entry, growth.save_measurement, children._ensure_trigger …).  The uid is derived
# once, when the row is made; a later rename keeps it.  docs/sync.md, "Aggregates and natural
# keys".
NATURAL_KEYS: dict[str, tuple[str, ...]] = {
    "child": ("name",),  # unique, case-insensitively (children._name_taken)
    "symptom_definition": ("child_id", "key"),
    "trigger": ("child_id", "label"),  # unique, case-insensitively (children._ensure_trigger)
    "daily_entry": ("child_id", "date"),
    "symptom_score": ("entry_id", "symptom_id"),
    "weight_record": ("child_id", "date"),
    "height_record": ("child_id", "date"),
    "clinic_questionnaire": ("child_id", "key"),  # services/questionnaires.py
    "questionnaire_answer": ("questionnaire_id", "date"),
}
# Natural-key columns the diary compares without case: "Heat" and "heat" are one trigger.
FOLDED = frozenset({("child", "name"), ("trigger", "label")})


@cache
def synced_tables() -> tuple[str, ...]:
    """The diary's tables, parents before the rows that refer to them."""
    names = {model.__tablename__ for model in models.TABLES}
    return tuple(t.name for t in SQLModel.metadata.sorted_tables if t.name in names)


def table(name: str) -> Table:
    return SQLModel.metadata.tables[name]


@cache
def references(name: str) -> dict[str, str]:
    """column -> the table it refers to."""
    return {key.parent.name: key.column.table.name for key in table(name).foreign_keys}


def is_link(name: str) -> bool:
    return "id" not in table(name).c


def link_uid(name: str, parts: list[str]) -> str:
    return uuid.uuid5(LINK_NAMESPACE, ":".join([name, *parts])).hex


def natural_uid(ids: "Identities", name: str, row: dict[str, Any]) -> str | None:
    """The uid every laptop derives for this row from its natural key, or None (no such key,
    or a row it refers to has no uid yet)."""
    columns = NATURAL_KEYS.get(name)
    if columns is None:
        return None
    parts = []
    for column in columns:
        value = row.get(column)
        target = references(name).get(column)
        if target is not None and value is not None:
            value = ids.uid_of(target, value)
        if value is None:
            return None
        if (name, column) in FOLDED:
            value = str(value).strip().casefold()
        parts.append(str(value))
    return link_uid(name, parts)


def new_uid(ids: "Identities", name: str, row: dict[str, Any]) -> str:
    """The uid of a row that has none yet: derived from its natural key, else random.

    A derived uid that still names another row here (a trigger renamed from "heat", then a
    new "heat") is not taken again: the new row gets a random one.
    """
    uid = natural_uid(ids, name, row)
    if uid is not None:
        holder = ids.row_of(uid)
        if holder is None or holder == (name, row.get("id")):
            return uid
    return uuid.uuid4().hex


class Identities:
    """uid <-> (table, row id), read from ``sync_identity`` as needed (or all at once) and
    written back in one go by :meth:`flush`: a sync touches thousands of rows."""

    def __init__(self, connection: Connection):
        self._connection = connection
        self._uid: dict[tuple[str, int], str | None] = {}
        self._row: dict[str, tuple[str, int] | None] = {}
        self._given: dict[tuple[str, int], str] = {}
        self._forgotten: set[tuple[str, int]] = set()

    def preload(self) -> "Identities":
        for name, row_id, uid in queries.identities(self._connection):
            self._uid[(name, row_id)] = uid
            self._row[uid] = (name, row_id)
        self._complete = True
        return self

    def prefetch(self, uids: Iterable[str]) -> "Identities":
        """Look the rows of many uids up at once (a sync touches thousands; one query each
        was a third of merging a year of another laptop's changes)."""
        wanted = {uid for uid in uids if uid not in self._row}
        for name, row_id, uid in queries.identities_of(self._connection, wanted):
            self._uid[(name, row_id)] = uid
            self._row[uid] = (name, row_id)
            wanted.discard(uid)
        for uid in wanted:
            self._row[uid] = None
        return self

    def uid_of(self, name: str, row_id: int) -> str | None:
        key = (name, row_id)
        if key not in self._uid and not getattr(self, "_complete", False):
            self._uid[key] = queries.uid_of(self._connection, name, row_id)
        return self._uid.get(key)

    def row_of(self, uid: str) -> tuple[str, int] | None:
        if uid not in self._row and not getattr(self, "_complete", False):
            self._row[uid] = queries.row_of(self._connection, uid)
        return self._row.get(uid)

    def give(self, name: str, row_id: int, uid: str) -> None:
        self._uid[(name, row_id)] = uid
        self._row[uid] = (name, row_id)
        self._given[(name, row_id)] = uid
        self._forgotten.discard((name, row_id))

    def forget(self, name: str, row_id: int) -> None:
        uid = self.uid_of(name, row_id)
        self._uid[(name, row_id)] = None
        if uid is not None and self._row.get(uid) == (name, row_id):
            self._row[uid] = None  # (a derived uid may already name the row that replaced it)
        self._given.pop((name, row_id), None)
        self._forgotten.add((name, row_id))

    def forget_row(self, name: str, row_id: int) -> None:
        """Forget a deleted row's uid, if it had one, without looking it up (an evening's
        score: only those the previous version journalled have one)."""
        self._uid[(name, row_id)] = None
        self._given.pop((name, row_id), None)
        self._forgotten.add((name, row_id))

    def flush(self, session) -> None:
        from masto_diary.storage import changes

        changes.forget_bookkeeping(
            session, "sync_identity", ["table_name", "row_id"], sorted(self._forgotten)
        )
        changes.replace_bookkeeping(
            session,
            "sync_identity",
            ["table_name", "row_id", "uid"],
            [(name, row_id, uid) for (name, row_id), uid in self._given.items()],
        )
        self._given.clear()
        self._forgotten.clear()


def stored_row(connection: Connection, name: str, key: Mapping[str, Any]) -> dict[str, Any] | None:
    """The row as stored, or None when it is gone."""
    return queries.stored_row(connection, name, key)


def to_record_data(ids: Identities, name: str, row: dict[str, Any]) -> dict[str, Any] | None:
    """The stored row with its references as uids, without its own id; None if one is unknown."""
    data = {column: value for column, value in row.items() if column != "id"}
    for column, target in references(name).items():
        if data.get(column) is not None:
            data[column] = ids.uid_of(target, data[column])
            if data[column] is None:
                return None
    return data


def to_stored(ids: Identities, name: str, data: dict[str, Any]) -> dict[str, Any] | None:
    """A record's data with its references as this laptop's row ids; None if one is missing."""
    columns = table(name).c
    values = {column: value for column, value in data.items() if column in columns}
    for column in references(name):
        uid = values.get(column)
        if uid is None:
            continue
        found = ids.row_of(uid)
        if found is None:
            return None
        values[column] = found[1]
    return values
