"""What a delete removed, recorded at the write seam, so it can be put back (Undo).

Every ORM flush of a :class:`~masto_diary.storage.changes.DiarySession` that deletes rows
passes through :func:`_record_removals`, a ``before_flush`` hook beside the seam's own
(:mod:`masto_diary.storage.changes` reports *which* rows changed, after the flush; undo needs
*what* they held, so it reads them just before they go). It reads each row about to
go *and every row the database will remove with it* (``ON DELETE CASCADE``: an entry's scores,
an episode's symptom and trigger links) or change (``ON DELETE SET NULL``), so one mechanism
undoes any delete: :func:`restore` writes the same rows back, parents first, with their ids.
:class:`masto_diary.storage.Diary` hands the record of a committed transaction to its
observers; the undo service (:mod:`masto_diary.services.undo`) restores it. See
docs/architecture.md, "How a write travels".
"""

from dataclasses import dataclass, field

SESSION_KEY = "masto_diary.removed"

Row = dict[str, object]


@dataclass(frozen=True)
class Removal:
    """The rows one transaction deleted: ``rows`` parents first, ``nulled`` the references the
    database set to NULL (table, primary key column, key value, column, old value)."""

    rows: tuple[tuple[str, Row], ...]
    nulled: tuple[tuple[str, str, object, str, object], ...] = field(default=())

    @property
    def table(self) -> str:
        """The table of the first row removed: what the parent deleted (an episode, an entry)."""
        return self.rows[0][0] if self.rows else ""


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


def _select(connection, table: str, where: Row) -> list[Row]:
    condition = " AND ".join(f'"{column}" = ?' for column in where)
    result = connection.exec_driver_sql(
        f'SELECT * FROM "{table}" WHERE {condition}', tuple(where.values())
    )
    columns = list(result.keys())
    return [dict(zip(columns, values, strict=True)) for values in result.fetchall()]


def _primary_key(connection, table: str) -> list[str]:
    info = connection.exec_driver_sql(f'PRAGMA table_info("{table}")').fetchall()
    return [row[1] for row in sorted(info, key=lambda r: r[5]) if row[5]]


def collect(connection, table: str, key: Row, removal: dict, nulled: list) -> None:
    """Add the row of ``table`` with primary ``key`` and, depth first, what goes with it."""
    for row in _select(connection, table, key):
        identity = (table, tuple(row[c] for c in _primary_key(connection, table)))
        if identity in removal:
            continue
        removal[identity] = row
        for child, column, parent_column, on_delete in _references(connection, table):
            value = row[parent_column]
            if on_delete == "CASCADE":
                for child_row in _select(connection, child, {column: value}):
                    pk = _primary_key(connection, child)
                    collect(connection, child, {c: child_row[c] for c in pk}, removal, nulled)
            elif on_delete == "SET NULL":
                for child_row in _select(connection, child, {column: value}):
                    [pk] = _primary_key(connection, child)
                    nulled.append((child, pk, child_row[pk], column, value))


def _record_removals(session, _flush_context, _instances) -> None:
    if not session.deleted:
        return
    from sqlalchemy import inspect

    connection = session.connection()
    removal, nulled = session.info.setdefault(SESSION_KEY, ({}, []))
    for row in list(session.deleted):
        state = inspect(row)
        columns = [column.name for column in state.mapper.primary_key]
        key = dict(zip(columns, state.identity or (), strict=True))
        if key:
            collect(connection, state.mapper.local_table.name, key, removal, nulled)


def taken(session) -> Removal | None:
    """What the session's transaction removed, or None (and forget it)."""
    recorded = session.info.pop(SESSION_KEY, None)
    if not recorded or not recorded[0]:
        return None
    rows, nulled = recorded
    return Removal(tuple((table, row) for (table, _key), row in rows.items()), tuple(nulled))


def restore(session, removal: Removal) -> None:
    """Write the removed rows back with their ids, parents first, and the NULLed references,
    through the seam (its observers hear of them as inserts and updates)."""
    from masto_diary.storage import changes

    connection = session.connection()
    rows = [(table, _key(connection, table, row), row) for table, row in removal.rows]
    changes.restore_rows(session, rows, removal.nulled)


def _key(connection, table: str, row: Row):
    values = tuple(row[column] for column in _primary_key(connection, table))
    return values[0] if len(values) == 1 else values


def install() -> None:
    """Hook :func:`_record_removals` into every ORM session (idempotent)."""
    from sqlalchemy import event

    from masto_diary.storage.changes import DiarySession

    if not event.contains(DiarySession, "before_flush", _record_removals):
        event.listen(DiarySession, "before_flush", _record_removals)
