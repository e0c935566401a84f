"""The write seam sees every change: page saves, deletes with their cascades, an import, the demo.

Each test counts what the observer was told and compares it with the rows in the file, read
with plain sqlite3 beside the app.
"""

import datetime as dt
import sqlite3
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from masto_diary.demo import write_demo_diary
from masto_diary.errors import ValidationError
from masto_diary.exchange.json_format import dumps, export_document
from masto_diary.models import TABLES
from masto_diary.services import children, entries, episodes
from masto_diary.storage import Diary, changes, open_diary
from tests import reads
from tests.exchange_samples import import_file

DAY = dt.date(2025, 3, 4)


def file_rows(diary: Diary) -> Counter:
    """Rows per table, as SQLite holds them (empty tables left out)."""
    connection = sqlite3.connect(diary.path)
    try:
        names = [model.__tablename__ for model in TABLES]
        counts = {n: connection.execute(f'SELECT COUNT(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        connection.close()
    return Counter({name: count for name, count in counts.items() if count})


class Seen:
    """Every change the seam reported, and how many commits reported them."""

    def __init__(self) -> None:
        self.changes: list[changes.Change] = []
        self.commits = 0

    def __call__(self, _session, reported) -> None:
        self.changes += reported
        self.commits += 1

    def count(self, kind: str) -> Counter:
        return Counter(c.table for c in self.changes if c.kind == kind)


@contextmanager
def watching() -> Iterator[Seen]:
    seen = Seen()
    with changes.observing(seen):
        yield seen


@pytest.fixture
def anna(diary: Diary):
    return children.create_child(diary, "Anna", dt.date(2016, 5, 1))


def test_creating_a_child_is_seen_row_by_row(diary: Diary) -> None:
    with watching() as seen:
        children.create_child(diary, "Anna", dt.date(2016, 5, 1))
    assert seen.commits == 1
    assert seen.count("insert") == file_rows(diary)
    assert not seen.count("update") and not seen.count("delete")


def test_a_page_save_is_seen_as_inserts_then_updates_and_deletes(diary: Diary, anna) -> None:
    with watching() as seen:
        entries.save_entry(diary, anna.id, DAY, {"itching": 1, "flushing": 2, "abdominal_pain": 0})
    assert seen.count("insert") == {"daily_entry": 1, "symptom_score": 3}
    entry_id = next(c.row_id for c in seen.changes if c.table == "daily_entry")
    with watching() as seen:
        entries.save_entry(diary, anna.id, DAY, {"itching": 3, "flushing": 2})
    assert seen.count("update") == {"daily_entry": 1, "symptom_score": 1}
    assert seen.count("delete") == {"symptom_score": 1}
    assert changes.Change("daily_entry", entry_id, "update") in seen.changes


def test_an_episode_with_links_and_its_delete(diary: Diary, anna) -> None:
    moment = dt.datetime(2025, 3, 4, 18, 0, tzinfo=dt.UTC)
    with watching() as seen:
        episode = episodes.log_episode(
            diary, anna.id, moment, "flush", symptom_keys=["flushing"], trigger_labels=["heat"]
        )
    assert seen.count("insert") == {"episode": 1, "episode_symptom": 1, "episode_trigger": 1}
    assert changes.Change("episode_trigger", (episode.id, 1), "insert") in seen.changes
    with watching() as seen:
        episodes.delete_episode(diary, episode.id)
    assert seen.count("delete") == {"episode": 1, "episode_symptom": 1, "episode_trigger": 1}


def test_deleting_a_child_reports_every_cascaded_row(demo_diary: Diary) -> None:
    before = file_rows(demo_diary)
    luca = reads.find_child(demo_diary, "Luca Rossi")
    with watching() as seen:
        children.delete_child(demo_diary, luca.id, "Luca Rossi")
    removed = before - file_rows(demo_diary)
    assert seen.count("delete") == removed and removed["symptom_score"] > 1000
    assert len(seen.changes) == len(set(seen.changes))  # each row once


def test_the_demo_is_seen_row_by_row(diary: Diary) -> None:
    with watching() as seen:
        write_demo_diary(diary, dt.date(2025, 6, 1))
    inserted = seen.count("insert")
    assert seen.commits == 1 and inserted == file_rows(diary)
    assert sum(inserted.values()) > 9000
    ids = [c.row_id for c in seen.changes if c.table == "daily_entry"]
    assert len(set(ids)) == len(ids) == inserted["daily_entry"]


def test_an_import_is_seen_row_by_row(demo_diary: Diary, tmp_path) -> None:
    data = dumps(export_document(demo_diary))
    with open_diary(tmp_path / "target", auto_backup=False) as target, watching() as seen:
        import_file(target, data)
        assert seen.count("insert") == file_rows(target) == file_rows(demo_diary)
    assert seen.commits == 1
    assert not seen.count("update") and not seen.count("delete")


def test_a_refused_write_reports_nothing(diary: Diary, anna) -> None:
    with watching() as seen, pytest.raises(ValidationError), diary.transaction():
        entries.save_entry(diary, anna.id, DAY, {"itching": 1})
        entries.save_entry(diary, anna.id, DAY + dt.timedelta(days=1), {"itching": 9})
    assert seen.commits == 0 and seen.changes == []
    with watching() as seen:
        entries.save_entry(diary, anna.id, DAY, {"itching": 1})
    assert seen.count("insert") == {"daily_entry": 1, "symptom_score": 1}


def test_nested_service_calls_are_one_commit(diary: Diary, anna) -> None:
    with watching() as seen, diary.transaction():
        for n in range(3):
            entries.save_entry(diary, anna.id, DAY + dt.timedelta(days=n), {"itching": n})
    assert seen.commits == 1 and seen.count("insert") == {"daily_entry": 3, "symptom_score": 3}


def test_nothing_is_collected_while_nobody_observes(diary: Diary, anna) -> None:
    with diary.transaction() as session:
        entries.save_entry(diary, anna.id, DAY, {"itching": 1})
        assert "masto_diary.changes" not in session.info
