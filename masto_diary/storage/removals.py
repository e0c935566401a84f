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


def _record_removals(session, _flush_context, _instances) -> None:
    if not session.deleted:
        return
    from sqlalchemy import inspect

    from masto_diary.storage import changes

    connection = session.connection()
    removal, nulled = session.info.setdefault(SESSION_KEY, ({}, []))
    for row in list(session.deleted):
        state = inspect(row)
        columns = [column.name for column in state.mapper.primary_key]
        key = dict(zip(columns, state.identity or (), strict=True))
        if key:
            changes.rows_going(connection, state.mapper.local_table.name, key, removal, nulled)


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
    from masto_diary.storage import changes

    values = tuple(row[column] for column in changes.primary_key_of(connection, table))
    return values[0] if len(values) == 1 else values


def install() -> None:
    """Hook :func:`_record_removals` into every ORM session (idempotent)."""
    from sqlalchemy import event

    from masto_diary.storage.changes import DiarySession

    if not event.contains(DiarySession, "before_flush", _record_removals):
        event.listen(DiarySession, "before_flush", _record_removals)
