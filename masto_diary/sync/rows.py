"""The diary's rows as change records see them: stored values, references written as uids.

Row ids differ between laptops, so a record names its row by uid (``sync_identity``) and its
references (``child_id``, ``entry_id`` …) by the uids of the rows they point at.  The link
tables (episode ↔ symptoms/triggers) have no id: their uid is derived from the two rows they
join, so every laptop computes the same one.  Values stay in the file's stored form (ISO text,
enum names, 0/1), which is exact and needs no model objects.
"""

import uuid
from functools import cache
from typing import Any

from sqlalchemy import Connection, Table
from sqlmodel import SQLModel

from masto_diary import models

LINK_NAMESPACE = uuid.UUID("6d6173746f2d6469617279206c696e6b")


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


def uid_of(connection: Connection, name: str, row_id: int) -> str | None:
    row = connection.exec_driver_sql(
        "SELECT uid FROM sync_identity WHERE table_name = ? AND row_id = ?", (name, row_id)
    ).first()
    return row[0] if row else None


def local_id(connection: Connection, uid: str) -> tuple[str, int] | None:
    row = connection.exec_driver_sql(
        "SELECT table_name, row_id FROM sync_identity WHERE uid = ?", (uid,)
    ).first()
    return (row[0], row[1]) if row else None


def stored_row(connection: Connection, name: str, key: dict[str, int]) -> dict[str, Any] | None:
    """The row as stored, or None when it is gone."""
    where = " AND ".join(f"{column} = ?" for column in key)
    result = connection.exec_driver_sql(
        f'SELECT * FROM "{name}" WHERE {where}', tuple(key.values())
    )
    row = result.first()
    return dict(zip(result.keys(), row, strict=True)) if row else None


def to_record_data(connection: Connection, name: str, row: dict[str, Any]) -> dict[str, Any] | None:
    """The stored row with its references as uids, without its own id; None if one is unknown."""
    data = {column: value for column, value in row.items() if column != "id"}
    for column in references(name):
        if data.get(column) is not None:
            data[column] = uid_of(connection, references(name)[column], data[column])
            if data[column] is None:
                return None
    return data


def to_stored(connection: Connection, name: str, data: dict[str, Any]) -> dict[str, Any] | None:
    """A record's data with its references as this laptop's row ids; None if one is missing."""
    columns = set(table(name).c.keys())
    values = {column: value for column, value in data.items() if column in columns}
    for column in references(name):
        uid = values.get(column)
        if uid is None:
            continue
        found = local_id(connection, uid)
        if found is None:
            return None
        values[column] = found[1]
    return values


def link_key(name: str, row: dict[str, Any]) -> dict[str, Any]:
    return {column.name: row[column.name] for column in table(name).primary_key.columns}
