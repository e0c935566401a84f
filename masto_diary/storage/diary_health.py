"""Whether the rows of a diary hold together: the one verdict the window and ``check`` share.

SQLite's ``quick_check`` only looks at the file's pages; a row whose parent is gone (a score of
a day another program deleted with foreign keys off) passes it.  ``masto-diary check`` used to
find such rows while the window opened the same file without a word.  Both now ask
:func:`dangling_sentence` through :func:`~masto_diary.storage.diary_file.inspect_diary_file`,
so they say the same sentence (docs/architecture.md, "A diary file is never replaced").

``PRAGMA foreign_key_check`` reads every child table once: about 5 ms on the 10-year diary
(3.5 MB), so it runs on every open.  Plain ``sqlite3``, no SQLAlchemy: it is on the start-up path.
"""

import sqlite3
from collections import defaultdict

# How many row numbers a sentence names per table: enough to find them, never a wall of text.
SHOWN_ROWS = 3


def dangling_rows(connection: sqlite3.Connection) -> dict[tuple[str, str], list[int]]:
    """(table, missing parent table) → the row ids that refer to a row that is not there."""
    found: dict[tuple[str, str], list[int]] = defaultdict(list)
    for table, rowid, parent, _ in connection.execute("PRAGMA foreign_key_check"):
        found[(table, parent)].append(rowid)
    return dict(found)


def dangling_sentence(name: str, connection: sqlite3.Connection) -> str | None:
    """The sentence that refuses the diary ``name`` for its dangling rows, or None if none."""
    found = dangling_rows(connection)
    if not found:
        return None
    parts = [_part(table, parent, rows) for (table, parent), rows in sorted(found.items())]
    return (
        f"{name} is damaged: some of its records refer to records that are missing ("
        + "; ".join(parts)
        + "). The file has been left as it is; restore a backup or open another file."
    )


def _part(table: str, parent: str, rows: list[int]) -> str:
    shown = ", ".join(str(row) for row in sorted(rows)[:SHOWN_ROWS])
    more = "…" if len(rows) > SHOWN_ROWS else ""
    if len(rows) == 1:
        return f"row {shown} of '{table}' refers to a missing row of '{parent}'"
    return f"{len(rows)} rows of '{table}' ({shown}{more}) refer to missing rows of '{parent}'"
