"""``masto-diary check``: is the diary file sound?  Read-only; never changes the file."""

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from masto_diary.errors import DiaryOpenError
from masto_diary.storage import read_model
from masto_diary.storage.diary_file import inspect_diary_file
from masto_diary.storage.paths import read_only_uri


@dataclass
class CheckReport:
    ok: bool
    lines: list[str] = field(default_factory=list)


def check_diary(path: Path) -> CheckReport:
    """Header, integrity, schema revision (via :func:`inspect_diary_file`) and foreign keys."""
    if not path.exists():
        return CheckReport(False, [f"There is no diary at {path}."])
    try:
        revision = inspect_diary_file(path)
    except DiaryOpenError as error:
        return CheckReport(False, [str(error)])
    connection = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        integrity = connection.execute("PRAGMA integrity_check").fetchall()
        dangling = connection.execute("PRAGMA foreign_key_check").fetchall()
        held = read_model.contents(connection)
    finally:
        connection.close()
    lines = []
    if integrity != [("ok",)]:
        lines.append("The integrity check found problems: " + "; ".join(r[0] for r in integrity))
    for table, rowid, parent, _ in dangling:
        lines.append(f"Row {rowid} of '{table}' refers to a missing row of '{parent}'.")
    if lines:
        return CheckReport(False, [f"{path} has problems:", *lines])
    counts = f"{held.children} children, {held.days} days recorded"
    return CheckReport(True, [f"{path} is sound (schema {revision}; {counts})."])
