"""What a sync with nothing to do reads: the sync settings and the count of unsent changes.

Plain ``sqlite3`` on a read connection, like the rest of the read model, so ``masto-diary
sync`` with nothing new and the window's timers never load the ORM (sync_journal.py holds the
queries a sync runs on its write transaction).
"""

import sqlite3


def settings(db: sqlite3.Connection, keys: tuple[str, ...]) -> dict[str, str | None]:
    """The values of the sync settings ``keys`` (None for one never set)."""
    marks = ", ".join("?" for _ in keys)
    found = dict(db.execute(f"SELECT key, value FROM sync_setting WHERE key IN ({marks})", keys))
    return {key: found.get(key) for key in keys}


def unsent_count(db: sqlite3.Connection, device: str) -> int:
    query = "SELECT count(*) FROM sync_change WHERE device = ? AND sent = 0"
    return db.execute(query, (device,)).fetchone()[0]
