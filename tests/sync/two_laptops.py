"""Helpers for tests with two real laptops' diaries sharing one folder (tests/sync/conftest.py)."""

import sqlite3
from pathlib import Path

from masto_diary.sync import share

PASS = "our family passphrase"
CONTENT = """SELECT c.name, e.date, e.notes, s.key, sc.score FROM child c
LEFT JOIN daily_entry e ON e.child_id = c.id LEFT JOIN symptom_score sc ON sc.entry_id = e.id
LEFT JOIN symptom_definition s ON s.id = sc.symptom_id ORDER BY 1, 2, 4"""


def content(path: Path) -> list[tuple]:
    """Children, days, notes and scores: what two diaries that agree hold alike."""
    connection = sqlite3.connect(path)
    try:
        return connection.execute(CONTENT).fetchall()
    finally:
        connection.close()


def sync(diary):
    """One sync of ``diary`` with its journal attached, as the window runs it."""
    folder = share.open_folder(diary, PASS)
    with share.attached(diary):
        return share.sync(diary, folder)
