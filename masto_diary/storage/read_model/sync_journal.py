"""The queries of folder sync (masto_diary/sync, docs/sync.md): identities, journal, settings.

Unlike the rest of the read model these run on the *write* transaction's connection
(SQLAlchemy's, through ``exec_driver_sql``): a sync reads what it has just written in the same
transaction, before the commit.  They return plain tuples and values; the sync decodes its
own records.
"""

from collections.abc import Iterable, Iterator, Mapping
from typing import Any


def identities(connection) -> Iterator[tuple[str, int, str]]:
    yield from connection.exec_driver_sql("SELECT table_name, row_id, uid FROM sync_identity")


def uid_of(connection, table_name: str, row_id: int) -> str | None:
    row = connection.exec_driver_sql(
        "SELECT uid FROM sync_identity WHERE table_name = ? AND row_id = ?", (table_name, row_id)
    ).first()
    return row[0] if row else None


def row_of(connection, uid: str) -> tuple[str, int] | None:
    row = connection.exec_driver_sql(
        "SELECT table_name, row_id FROM sync_identity WHERE uid = ?", (uid,)
    ).first()
    return (row[0], row[1]) if row else None


def stored_row(connection, table_name: str, key: Mapping[str, Any]) -> dict[str, Any] | None:
    """One diary row as stored, or None."""
    where = " AND ".join(f"{column} = ?" for column in key)
    result = connection.exec_driver_sql(
        f'SELECT * FROM "{table_name}" WHERE {where}', tuple(key.values())
    )
    row = result.first()
    return dict(zip(result.keys(), row, strict=True)) if row else None


def rows_without_identity(connection, table_name: str) -> list[dict[str, Any]]:
    result = connection.exec_driver_sql(
        f'SELECT * FROM "{table_name}" WHERE id NOT IN '
        "(SELECT row_id FROM sync_identity WHERE table_name = ?) ORDER BY id",
        (table_name,),
    )
    return [dict(zip(result.keys(), row, strict=True)) for row in result]


def link_rows(connection, table_name: str, keys: list[str]) -> Iterator[tuple]:
    yield from connection.exec_driver_sql(f'SELECT {", ".join(keys)} FROM "{table_name}"')


def setting(connection, key: str) -> str | None:
    row = connection.exec_driver_sql("SELECT value FROM sync_setting WHERE key = ?", (key,)).first()
    return row[0] if row else None


def last_seq(connection, device: str) -> int:
    row = connection.exec_driver_sql(
        "SELECT max(seq) FROM sync_change WHERE device = ?", (device,)
    ).first()
    return row[0] or 0


def records_of(connection, uid: str) -> list[str]:
    return [
        text
        for (text,) in connection.exec_driver_sql(
            "SELECT record FROM sync_change WHERE uid = ?", (uid,)
        )
    ]


def uids_naming(connection, uid: str) -> set[str]:
    """The records whose text names ``uid`` (a hex id: no LIKE wildcards), itself excepted."""
    return {
        found
        for (found,) in connection.exec_driver_sql(
            "SELECT DISTINCT uid FROM sync_change WHERE record LIKE ? AND uid != ?",
            (f'%"{uid}"%', uid),
        )
    }


def all_records(connection) -> Iterator[tuple[str, int, str, str]]:
    """(device, seq, uid, record) of every record."""
    yield from connection.exec_driver_sql("SELECT device, seq, uid, record FROM sync_change")


def unsent_count(connection, device: str) -> int:
    return connection.exec_driver_sql(
        "SELECT count(*) FROM sync_change WHERE device = ? AND sent = 0", (device,)
    ).scalar()


def unsent(connection, device: str) -> list[str]:
    return [
        text
        for (text,) in connection.exec_driver_sql(
            "SELECT record FROM sync_change WHERE device = ? AND sent = 0 ORDER BY seq", (device,)
        )
    ]


def uids_from_several_devices(connection) -> set[str]:
    return {
        uid
        for (uid,) in connection.exec_driver_sql(
            "SELECT uid FROM sync_change GROUP BY uid HAVING count(DISTINCT device) > 1"
        )
    }


# A statement takes at most 999 parameters in older SQLite builds: look-ups go in chunks.
CHUNK = 900


def _chunks(values: list) -> Iterator[list]:
    for start in range(0, len(values), CHUNK):
        yield values[start : start + CHUNK]


def identities_of(connection, uids: Iterable[str]) -> Iterator[tuple[str, int, str]]:
    """(table name, row id, uid) of the given uids that name a row here."""
    for chunk in _chunks(sorted(set(uids))):
        marks = ", ".join("?" for _ in chunk)
        yield from connection.exec_driver_sql(
            f"SELECT table_name, row_id, uid FROM sync_identity WHERE uid IN ({marks})",
            tuple(chunk),
        )


def records_of_many(connection, uids: Iterable[str]) -> Iterator[tuple[str, int, str]]:
    """(device, seq, record) of every record of the given uids (by the uid index)."""
    for chunk in _chunks(sorted(set(uids))):
        marks = ", ".join("?" for _ in chunk)
        yield from connection.exec_driver_sql(
            f"SELECT device, seq, record FROM sync_change WHERE uid IN ({marks})", tuple(chunk)
        )


def stored_rows(connection, table_name: str, row_ids: Iterable[int]) -> dict[int, dict[str, Any]]:
    """Rows of one table by id, as stored."""
    found: dict[int, dict[str, Any]] = {}
    for chunk in _chunks(sorted(set(row_ids))):
        marks = ", ".join("?" for _ in chunk)
        result = connection.exec_driver_sql(
            f'SELECT * FROM "{table_name}" WHERE id IN ({marks})', tuple(chunk)
        )
        names = list(result.keys())
        for values in result:
            row = dict(zip(names, values, strict=True))
            found[row["id"]] = row
    return found


def seqs_from(connection, device: str, first: int) -> set[int]:
    """The line numbers of ``device`` from ``first`` on that this diary holds."""
    return {
        seq
        for (seq,) in connection.exec_driver_sql(
            "SELECT seq FROM sync_change WHERE device = ? AND seq >= ?", (device, first)
        )
    }


def record_count(connection) -> int:
    return connection.exec_driver_sql("SELECT count(*) FROM sync_change").scalar() or 0


def last_sent(connection, device: str) -> tuple[int, str] | None:
    """(seq, record) of the newest record of ``device`` this diary has sent."""
    row = connection.exec_driver_sql(
        "SELECT seq, record FROM sync_change WHERE device = ? AND sent = 1 "
        "ORDER BY seq DESC LIMIT 1",
        (device,),
    ).first()
    return (row[0], row[1]) if row else None


def record_at(connection, device: str, seq: int) -> str | None:
    row = connection.exec_driver_sql(
        "SELECT record FROM sync_change WHERE device = ? AND seq = ?", (device, seq)
    ).first()
    return row[0] if row else None


def own_records(connection, device: str) -> list[tuple[int, str, int]]:
    """(seq, record, sent) of every record of ``device``, in order (to write its file again)."""
    return [
        (seq, text, sent)
        for seq, text, sent in connection.exec_driver_sql(
            "SELECT seq, record, sent FROM sync_change WHERE device = ? ORDER BY seq", (device,)
        )
    ]


def part_rows(
    connection, table_name: str, columns: tuple[str, str, str | None], root_ids: Iterable[int]
) -> Iterator[tuple[int, int, Any, int]]:
    """(root id, member id, value or None, rowid) of the part rows of the given roots (an
    entry's scores, an episode's symptoms or triggers: masto_diary/sync/aggregates.py)."""
    root, member, value = columns
    picked = f"{root}, {member}, {value or 'NULL'}, rowid"
    for chunk in _chunks(sorted(set(root_ids))):
        marks = ", ".join("?" for _ in chunk)
        yield from connection.exec_driver_sql(
            f'SELECT {picked} FROM "{table_name}" WHERE {root} IN ({marks})', tuple(chunk)
        )


def injections(connection) -> list[tuple[int, int, str, float]]:
    """(id, child id, given at as stored, dose) of every injection: likely duplicates."""
    return list(
        connection.exec_driver_sql(
            "SELECT id, child_id, given_at, dose_mg FROM injection ORDER BY child_id, given_at"
        )
    )
