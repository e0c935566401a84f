"""``masto-diary check``: is the diary file sound?  Read-only; never changes the file.

It refuses a file with the very sentence the window's "cannot be opened" dialog shows, because
both come from :func:`~masto_diary.storage.diary_file.inspect_diary_file` (header, quick check,
schema, dangling rows).  ``check`` then also runs the full ``integrity_check`` (indexes against
their tables, about 45 ms on the 10-year diary), which the window leaves to this command.
"""

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from masto_diary.errors import DiaryOpenError
from masto_diary.storage import read_model
from masto_diary.storage.diary_file import inspect_diary_file
from masto_diary.storage.paths import access_problem, read_only_uri


@dataclass
class CheckReport:
    ok: bool
    lines: list[str] = field(default_factory=list)


def check_diary(path: Path) -> CheckReport:
    """What opening the diary checks (:func:`inspect_diary_file`), then the full integrity check."""
    cannot_read = access_problem(path)
    if cannot_read is not None:  # the same sentence the window and every command say
        return CheckReport(False, [f"{cannot_read}. Nothing was changed."])
    if not path.exists():
        return CheckReport(False, [f"There is no diary at {path}."])
    try:
        revision = inspect_diary_file(path)
    except DiaryOpenError as error:
        return CheckReport(False, [str(error)])
    connection = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        integrity = connection.execute("PRAGMA integrity_check").fetchall()
        held = read_model.contents(connection)
    finally:
        connection.close()
    if integrity != [("ok",)]:
        found = "; ".join(r[0] for r in integrity[:5])
        return CheckReport(
            False, [f"{path} has problems:", f"The integrity check found problems: {found}"]
        )
    counts = f"{held.children} children, {held.days} days recorded"
    return CheckReport(True, [f"{path} is sound (schema {revision}; {counts})."])
