"""Undo after a delete: the write seam records what went (cascades included), the undo
service puts it back, and the file is byte for byte the same table content as before."""

import datetime as dt
import sqlite3

import pytest

from masto_diary.errors import DiaryError
from masto_diary.services import entries, episodes, injections, labs, medications, undo, visits
from masto_diary.storage.removals import Removal


def _dump(diary) -> dict[str, list[tuple]]:
    connection = sqlite3.connect(diary.path)
    try:
        names = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {n: sorted(connection.execute(f'SELECT * FROM "{n}"'), key=repr) for n in names}
    finally:
        connection.close()


def _first_id(diary, table: str, where: str = "1") -> int:
    connection = sqlite3.connect(diary.path)
    try:
        return connection.execute(f"SELECT min(id) FROM {table} WHERE {where}").fetchone()[0]
    finally:
        connection.close()


def _entry_with_scores(diary) -> tuple[int, dt.date]:
    connection = sqlite3.connect(diary.path)
    try:
        child_id, day = connection.execute(
            "SELECT child_id, date FROM daily_entry"
            " WHERE id IN (SELECT entry_id FROM symptom_score) ORDER BY id LIMIT 1"
        ).fetchone()
    finally:
        connection.close()
    return child_id, dt.date.fromisoformat(day)


DELETES = {
    "daily_entry": lambda d: entries.delete_entry(d, *_entry_with_scores(d)),
    "episode": lambda d: episodes.delete_episode(
        d, _first_id(d, "episode", "id IN (SELECT episode_id FROM episode_trigger)")
    ),
    "injection": lambda d: injections.delete_injection(d, _first_id(d, "injection")),
    "medication": lambda d: medications.delete_medication(d, _first_id(d, "medication")),
    "lab_result": lambda d: labs.delete_lab_result(d, _first_id(d, "lab_result")),
    "clinic_visit": lambda d: visits.delete_visit(d, _first_id(d, "clinic_visit")),
}


@pytest.mark.parametrize("table", sorted(DELETES))
def test_every_delete_of_a_list_page_can_be_undone(demo_diary, table):
    before = _dump(demo_diary)
    seen: list[Removal] = []
    demo_diary.removal_observers.append(seen.append)
    DELETES[table](demo_diary)
    [removal] = seen
    assert removal.table == table and undo.can_undo(removal)
    assert _dump(demo_diary) != before
    undo.undo_removal(demo_diary, removal)
    assert _dump(demo_diary) == before


def test_the_cascaded_rows_come_back_too(demo_diary):
    seen: list[Removal] = []
    demo_diary.removal_observers.append(seen.append)
    DELETES["episode"](demo_diary)
    tables = {table for table, _row in seen[0].rows}
    assert {"episode", "episode_trigger"} <= tables


def test_clearing_a_score_is_recorded_but_not_offered(diary):
    from masto_diary.services import children

    child = children.create_child(diary, "Luca", dt.date(2018, 5, 4))
    entries.save_entry(diary, child.id, dt.date(2026, 11, 1), {"itching": 2})
    seen: list[Removal] = []
    diary.removal_observers.append(seen.append)
    entries.save_entry(diary, child.id, dt.date(2026, 11, 1), {"itching": None})
    assert all(not undo.can_undo(removal) for removal in seen)


def test_undo_after_the_place_was_taken_says_so(diary):
    from masto_diary.enums import EpisodeKind
    from masto_diary.services import children

    child = children.create_child(diary, "Luca", dt.date(2018, 5, 4))
    moment = dt.datetime(2026, 11, 1, 15, 0, tzinfo=dt.UTC)
    episodes.log_episode(diary, child.id, moment, EpisodeKind.FLUSH)
    seen: list[Removal] = []
    diary.removal_observers.append(seen.append)
    episodes.delete_episode(diary, episodes.list_episodes(diary, child.id)[0].id)
    episodes.log_episode(diary, child.id, moment, EpisodeKind.ITCH)  # takes the same id
    with pytest.raises(DiaryError, match="no longer be undone"):
        undo.undo_removal(diary, seen[0])
    assert [e.kind for e in episodes.list_episodes(diary, child.id)] == [EpisodeKind.ITCH]


def test_the_seams_observers_hear_of_the_restored_rows(demo_diary):
    from masto_diary.storage import changes

    seen: list[Removal] = []
    demo_diary.removal_observers.append(seen.append)
    DELETES["episode"](demo_diary)
    heard: list = []
    with changes.observing(lambda _session, found: heard.extend(found)):
        undo.undo_removal(demo_diary, seen[0])
    kinds = {(change.table, change.kind) for change in heard}
    assert ("episode", "insert") in kinds and ("episode_trigger", "insert") in kinds
