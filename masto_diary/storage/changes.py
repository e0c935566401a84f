"""The write seam: every insert, update and delete of a diary passes through this module.

Two roads reach the file and both are here: the ORM unit of work (a service adds, edits or
deletes model objects in a :class:`DiarySession`, which flushes them) and the multi-row INSERTs
of the bulk forms (import, demo, synthetic diaries) in :func:`insert_rows`.  Each change is
reported once as a :class:`Change` (table, row id, kind) to the observers registered with
:func:`observing`, just before the transaction commits and inside it, so a change journal, undo or
folder sync is added in one place (see docs/architecture.md, "How a write travels").

Rows that SQLite removes or blanks by itself (``ON DELETE CASCADE`` / ``SET NULL``) are reported
too: :func:`delete` finds them from the schema's foreign keys before the parent goes.  Changes are
only collected while somebody observes, so a bulk write pays nothing for the seam otherwise.
"""

import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal, TypeVar

from sqlalchemy import Table, event, func, inspect, select
from sqlmodel import Session, SQLModel

from masto_diary.errors import NotFoundError
from masto_diary.models import table_of

Kind = Literal["insert", "update", "delete"]
RowId = int | tuple[int, ...]
M = TypeVar("M", bound=SQLModel)


@dataclass(frozen=True, slots=True)
class Change:
    """One row written: ``row_id`` is the primary key (a tuple for the link tables)."""

    table: str
    row_id: RowId
    kind: Kind


Observer = Callable[[Session, Sequence[Change]], None]
_observers: list[Observer] = []
_PENDING = "masto_diary.changes"
# Bookkeeping of the observers themselves (folder sync's uids and journal): not reported.
BOOKKEEPING = frozenset({"sync_identity", "sync_change", "sync_setting"})


@contextmanager
def observing(observer: Observer) -> Iterator[None]:
    """Call ``observer(session, changes)`` before each commit while the block runs.

    The observer runs inside the transaction: a journal written with ``session`` commits or rolls
    back with the changes it describes.
    """
    _observers.append(observer)
    try:
        yield
    finally:
        _observers.remove(observer)


class DiarySession(Session):
    """The ORM unit of work of :meth:`Diary.transaction`; its flushes are reported as changes."""


def _pending(session: Session) -> list[Change] | None:
    """The changes of this transaction so far, or None when nobody is observing."""
    if not _observers:
        return None
    return session.info.setdefault(_PENDING, [])


def _record(session: Session, changes: Iterable[Change]) -> None:
    pending = _pending(session)
    if pending is not None:
        pending.extend(change for change in changes if change.table not in BOOKKEEPING)


def _row_id(obj: Any) -> RowId:
    key = _row_key(obj)
    return key[0] if len(key) == 1 else key


def _row_key(obj: Any) -> tuple[int, ...]:
    return tuple(inspect(obj).mapper.primary_key_from_instance(obj))


def _after_flush(session: Session, _context) -> None:
    """What the unit of work wrote: new, changed and deleted objects, and link-table rows."""
    if _pending(session) is None:
        return
    changes = [Change(o.__tablename__, _row_id(o), "insert") for o in session.new]
    changes += [
        Change(o.__tablename__, _row_id(o), "update")
        for o in session.dirty
        if session.is_modified(o, include_collections=False)
    ]
    changes += [Change(o.__tablename__, _row_id(o), "delete") for o in session.deleted]
    for obj in [*session.new, *session.dirty]:
        changes += _link_changes(obj)
    _record(session, changes)


def _link_changes(obj: Any) -> list[Change]:
    """Rows of many-to-many link tables (episode ↔ symptoms/triggers) the flush added or removed."""
    state = inspect(obj)
    changes = []
    for relation in state.mapper.relationships:
        if relation.secondary is None:
            continue
        history = state.attrs[relation.key].history
        kinds: tuple[tuple[Kind, Any], ...] = (
            ("insert", history.added),
            ("delete", history.deleted),
        )
        for kind, others in kinds:
            changes += [
                Change(relation.secondary.name, _row_key(obj) + _row_key(other), kind)
                for other in others or ()
            ]
    return changes


def _before_commit(session: Session) -> None:
    if _pending(session) is None:
        return
    session.flush()  # the commit's own flush comes after this event
    pending = session.info.pop(_PENDING, None)
    if not pending or not _observers:
        return
    changes = list(dict.fromkeys(pending))  # a row deleted by the ORM and by a cascade: once
    for observer in tuple(_observers):
        observer(session, changes)


def _after_rollback(session: Session) -> None:
    session.info.pop(_PENDING, None)


event.listen(DiarySession, "after_flush", _after_flush)
event.listen(DiarySession, "before_commit", _before_commit)
event.listen(DiarySession, "after_soft_rollback", lambda session, _tx: _after_rollback(session))


# --------------------------------------------------------------------------- the unit of work


def existing(session: Session, model: type[M], record_id: int, what: str) -> M:
    """The row ``record_id`` of ``model``, or a refusal naming ``what`` is gone: another window,
    an undo or a sync may have deleted it since a page showed it."""
    row = session.get(model, record_id)
    if row is None:
        raise NotFoundError(f"There is no {what} with id {record_id}")
    return row


def within(session: Session) -> sqlite3.Connection:
    """The write transaction's own sqlite3 connection, for the read model's queries: a read
    there sees what the transaction wrote and has not committed yet (an import reads the rows
    it has just added to give them their uids). Here, because only the seam holds it."""
    connection = session.connection().connection.dbapi_connection
    assert isinstance(connection, sqlite3.Connection)  # pysqlite hands out its own connection
    return connection


def add(session: Session, *objects: SQLModel) -> None:
    """New rows (or changed detached ones) for the next flush; ``check()`` runs before it."""
    session.add_all(objects)


def delete(session: Session, obj: SQLModel) -> None:
    """Delete ``obj``; the rows SQLite cascades to are reported as deleted or updated too."""
    if _pending(session) is not None:
        _record(session, _cascade(session, table_of(obj), [_row_id(obj)]))
    session.delete(obj)


@cache
def _referrers(parent: str) -> tuple[tuple[Table, Any], ...]:
    """The foreign keys that point at ``parent`` with ON DELETE CASCADE / SET NULL (sorting the
    tables each time was most of the time of deleting thousands of rows)."""
    return tuple(
        (table, key)
        for table in SQLModel.metadata.sorted_tables
        for key in table.foreign_keys
        if key.column.table.name == parent and key.ondelete in ("CASCADE", "SET NULL")
    )


def _cascade(session: Session, parent: Table, ids: list[RowId]) -> list[Change]:
    """Rows that reference ``parent``'s ``ids`` with ON DELETE CASCADE / SET NULL, recursively."""
    changes: list[Change] = []
    for table, key in _referrers(parent.name):
        primary = list(table.primary_key.columns)
        rows = session.execute(select(*primary).where(key.parent.in_(ids))).all()
        found = [row[0] if len(row) == 1 else tuple(row) for row in rows]
        if key.ondelete == "SET NULL":
            changes += [Change(table.name, row_id, "update") for row_id in found]
            continue
        changes += [Change(table.name, row_id, "delete") for row_id in found]
        if found and len(primary) == 1:
            changes += _cascade(session, table, found)
    return changes


# --------------------------------------------------------------------------- bulk inserts


def insert_rows(
    session: Session, model: type[SQLModel], rows: Sequence[Mapping[str, Any]], ids: bool = False
) -> list[int]:
    """Insert ``rows`` (all with the same keys) with one executemany; the new ids in order.

    The values pass the columns' own bind processors (moments to naive UTC, enums to their
    names …) once per column and row, then go to sqlite3's ``executemany`` on the session's own
    connection, so they commit or roll back with everything else: SQLAlchemy's per-row
    statement machinery was most of the time of a ten-year write and adds nothing here.
    """
    if not rows:
        return []
    table = table_of(model)
    names = list(rows[0])
    dialect = session.get_bind().dialect
    processors = [table.c[name].type._cached_bind_processor(dialect) for name in names]
    values = [
        tuple(
            row[name] if process is None else process(row[name])
            for name, process in zip(names, processors, strict=True)
        )
        for row in rows
    ]
    return _executemany(session, table, names, values, ids)


def insert_numbers(
    session: Session, model: type[SQLModel], columns: Sequence[str], rows: Iterable[tuple]
) -> None:
    """Rows of plain integers (scores, links): no bind processing at all.

    ``rows`` may be a generator: unless somebody observes, the rows stream into SQLite without
    ever being held as a list (50,000 scores held at once wake the garbage collector up).
    """
    _executemany(session, table_of(model), columns, rows, False)


def _executemany(
    session: Session, table: Table, names: Sequence[str], values: Iterable[tuple], ids: bool
) -> list[int]:
    """One executemany; the new ids when asked for or observed.

    ``INSERT … RETURNING`` would send one statement per row.  Instead: a table without
    AUTOINCREMENT gives each new row the largest rowid plus one, so the rows of one executemany
    get the ids after the previous maximum, in order (checked against the new maximum).
    """
    session.flush()  # rows the unit of work still holds go first (the new rows may refer to them)
    observed = _pending(session) is not None
    single_id = list(table.primary_key.columns) == [table.c.get("id")]
    counted = (ids or observed) and single_id
    if counted or observed:
        values = list(values)
    before = session.execute(select(func.max(table.c.id))).scalar() or 0 if counted else 0
    marks = ", ".join("?" for _ in names)
    statement = f'INSERT INTO "{table.name}" ({", ".join(names)}) VALUES ({marks})'
    cursor = within(session).executemany(statement, values)
    if not counted and not observed:
        return []
    new_ids = list(range(before + 1, before + 1 + cursor.rowcount)) if counted else []
    if counted and session.execute(select(func.max(table.c.id))).scalar() != before + len(new_ids):
        raise RuntimeError(f"the rows inserted into {table.name} did not get consecutive ids")
    if observed:
        if single_id:
            keys: list[RowId] = list(new_ids)
        else:
            where = [list(names).index(c.name) for c in table.primary_key.columns]
            keys = [tuple(row[i] for i in where) for row in values]
        _record(session, (Change(table.name, key, "insert") for key in keys))
    return new_ids


# --------------------------------------------------------------------------- stored values


def write_stored(
    session: Session, table_name: str, key: Mapping[str, Any], values: Mapping[str, Any] | None
) -> RowId:
    """Insert, update (``key`` found) or delete (``values`` None) one row in its stored form.

    Folder sync applies other laptops' versions as the file stores them (ISO text, enum names),
    so it needs no model objects; the change is reported like any other.  The new row's id
    is returned for an insert without ``id`` in ``key``.  Plain SQL text: a sync writes
    thousands of these and compiling a statement each time was most of its time.
    """
    table: Table = SQLModel.metadata.tables[table_name]
    connection = session.connection()
    primary = [c.name for c in table.primary_key.columns]
    where = " AND ".join(f"{name} = ?" for name in key)
    found = None
    if key:
        found = connection.exec_driver_sql(
            f'SELECT {", ".join(primary)} FROM "{table_name}" WHERE {where}', tuple(key.values())
        ).first()
    row_id: RowId = () if found is None else (found[0] if len(found) == 1 else tuple(found))
    if values is None:
        if found is None:
            return ()
        if _pending(session) is not None and len(primary) == 1:
            _record(session, _cascade(session, table, [row_id]))
        connection.exec_driver_sql(f'DELETE FROM "{table_name}" WHERE {where}', tuple(key.values()))
        _record(session, [Change(table_name, row_id, "delete")])
        return row_id
    if found is not None:
        if values:
            assignments = ", ".join(f"{name} = ?" for name in values)
            connection.exec_driver_sql(
                f'UPDATE "{table_name}" SET {assignments} WHERE {where}',
                (*values.values(), *key.values()),
            )
            _record(session, [Change(table_name, row_id, "update")])
        return row_id
    row = {**key, **values}
    cursor = connection.exec_driver_sql(
        f'INSERT INTO "{table_name}" ({", ".join(row)}) VALUES ({", ".join("?" for _ in row)})',
        tuple(row.values()),
    )
    row_id = tuple(row[name] for name in primary) if len(primary) > 1 else cursor.lastrowid
    _record(session, [Change(table_name, row_id, "insert")])
    return row_id


def delete_stored(session: Session, table_name: str, ids: Sequence[int]) -> None:
    """Delete many rows of one table by id at once (and report what SQLite cascades to)."""
    if not ids:
        return
    table: Table = SQLModel.metadata.tables[table_name]
    if _pending(session) is not None:
        _record(session, _cascade(session, table, list(ids)))
    session.connection().exec_driver_sql(
        f'DELETE FROM "{table_name}" WHERE id = ?', [(row_id,) for row_id in ids]
    )
    _record(session, [Change(table_name, row_id, "delete") for row_id in ids])


def insert_stored(
    session: Session, table_name: str, names: Sequence[str], values: Sequence[tuple]
) -> list[int]:
    """Many rows in their stored form with one executemany; the new ids (none for link rows)."""
    table: Table = SQLModel.metadata.tables[table_name]
    return _executemany(session, table, names, values, True)


def replace_bookkeeping(
    session: Session, table_name: str, names: Sequence[str], values: Sequence[tuple]
) -> None:
    """Insert or replace rows of the observers' own tables (never diary data) at once."""
    if table_name not in BOOKKEEPING:
        raise ValueError(f"{table_name} is diary data: write it with the other functions")
    if values:
        marks = ", ".join("?" for _ in names)
        session.connection().exec_driver_sql(
            f'INSERT OR REPLACE INTO "{table_name}" ({", ".join(names)}) VALUES ({marks})',
            list(values),
        )


def forget_bookkeeping(
    session: Session, table_name: str, names: Sequence[str], keys: Sequence[tuple]
) -> None:
    """Delete rows of the observers' own tables by key, at once."""
    if table_name not in BOOKKEEPING:
        raise ValueError(f"{table_name} is diary data: write it with the other functions")
    if keys:
        where = " AND ".join(f"{name} = ?" for name in names)
        session.connection().exec_driver_sql(
            f'DELETE FROM "{table_name}" WHERE {where}', list(keys)
        )


# --------------------------------------------------------------------------- undo
# storage/removals.py records what a delete removed (with these reads, on the transaction's own
# connection, just before the flush deletes the rows) and hands it back to restore_rows.


def _tables(connection) -> list[str]:
    query = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    return [name for (name,) in connection.exec_driver_sql(query).fetchall()]


def _references(connection, parent: str) -> list[tuple[str, str, str, str]]:
    """(child table, child column, parent column, on delete) of every foreign key to ``parent``."""
    found = []
    for table in _tables(connection):
        for fk in connection.exec_driver_sql(f'PRAGMA foreign_key_list("{table}")').fetchall():
            # id, seq, table, from, to, on_update, on_delete, match
            if fk[2] == parent:
                found.append((table, fk[3], fk[4] or "id", fk[6].upper()))
    return found


def _select(connection, table: str, where: dict[str, Any]) -> list[dict[str, Any]]:
    condition = " AND ".join(f'"{column}" = ?' for column in where)
    result = connection.exec_driver_sql(
        f'SELECT * FROM "{table}" WHERE {condition}', tuple(where.values())
    )
    columns = list(result.keys())
    return [dict(zip(columns, values, strict=True)) for values in result.fetchall()]


def primary_key_of(connection: Any, table: str) -> list[str]:
    info = connection.exec_driver_sql(f'PRAGMA table_info("{table}")').fetchall()
    return [row[1] for row in sorted(info, key=lambda r: r[5]) if row[5]]


def rows_going(connection, table: str, key: dict[str, Any], removal: dict, nulled: list) -> None:
    """Add the row of ``table`` with primary ``key`` and, depth first, what goes with it."""
    for row in _select(connection, table, key):
        identity = (table, tuple(row[c] for c in primary_key_of(connection, table)))
        if identity in removal:
            continue
        removal[identity] = row
        for child, column, parent_column, on_delete in _references(connection, table):
            value = row[parent_column]
            if on_delete == "CASCADE":
                for child_row in _select(connection, child, {column: value}):
                    pk = primary_key_of(connection, child)
                    rows_going(connection, child, {c: child_row[c] for c in pk}, removal, nulled)
            elif on_delete == "SET NULL":
                for child_row in _select(connection, child, {column: value}):
                    [pk_column] = primary_key_of(connection, child)
                    nulled.append((child, pk_column, child_row[pk_column], column, value))


def restore_rows(
    session: Session,
    rows: Sequence[tuple[str, RowId, Mapping[str, Any]]],
    nulled: Sequence[tuple[str, str, Any, str, Any]] = (),
) -> None:
    """Put back rows a delete removed, as they were stored (``storage/removals.py`` read them
    just before they went): ``rows`` are (table, key, stored values), parents first; ``nulled``
    the references SQLite set to NULL (table, key column, key, column, old value)."""
    session.flush()
    connection = session.connection()
    for table, _key, row in rows:
        columns = ", ".join(f'"{column}"' for column in row)
        marks = ", ".join("?" for _ in row)
        connection.exec_driver_sql(
            f'INSERT INTO "{table}" ({columns}) VALUES ({marks})', tuple(row.values())
        )
    for table, pk, key, column, value in nulled:
        connection.exec_driver_sql(
            f'UPDATE "{table}" SET "{column}" = ? WHERE "{pk}" = ? AND "{column}" IS NULL',
            (value, key),
        )
    restored = [Change(table, key, "insert") for table, key, _row in rows]
    _record(session, restored + [Change(t, key, "update") for t, _pk, key, _c, _v in nulled])
