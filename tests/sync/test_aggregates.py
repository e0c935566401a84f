"""Aggregates merge whole and natural keys make one record (issue 21, item 4; docs/sync.md).

Two real diaries exchange through a real sealed folder (tests/sync/conftest.py).  Each test is
a fault of the row-by-row merge: an episode brought back without its symptoms and triggers,
two "heat" triggers held back for good, the other carer's scores leaking into the kept evening,
a score re-saved unchanged losing to a deletion, and old folders still read.
"""

import datetime as dt
import sqlite3

from masto_diary.models import SymptomDefinition
from masto_diary.services import children, entries, episodes
from masto_diary.storage import changes, open_diary
from masto_diary.sync import conflicts, share
from masto_diary.sync.folder import SharedFolder
from masto_diary.sync.record import ChangeRecord
from tests import reads
from tests.sync.two_laptops import PASS, content, sync

DAY = dt.date(2026, 3, 1)
EVENING = dt.datetime(2026, 3, 1, 18, 30, tzinfo=dt.UTC)
EPISODES = """SELECT e.started_at, e.notes,
 (SELECT group_concat(s.key, ',') FROM (SELECT s.key FROM episode_symptom l
   JOIN symptom_definition s ON s.id = l.symptom_id WHERE l.episode_id = e.id ORDER BY 1) s),
 (SELECT group_concat(t.label, ',') FROM (SELECT t.label FROM episode_trigger l
   JOIN "trigger" t ON t.id = l.trigger_id WHERE l.episode_id = e.id ORDER BY 1) t)
 FROM episode e ORDER BY 1"""


def query(diary, sql: str) -> list[tuple]:
    connection = sqlite3.connect(diary.path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def exchange(*diaries) -> None:
    """Sync each laptop twice, in turns: after it, every laptop has read every file."""
    for diary in [*diaries, *diaries]:
        sync(diary)


def anna(diary) -> int:
    return reads.find_child(diary, "Anna").id


def test_an_edit_that_wins_over_a_delete_brings_the_episode_back_whole(laptops):
    kitchen, study, _ = laptops
    with share.attached(kitchen):
        episode = episodes.log_episode(
            kitchen, anna(kitchen), EVENING, "flush", symptom_keys=["flushing", "itching"],
            trigger_labels=["heat", "exercise"], notes="first",
        )  # fmt: skip
    exchange(kitchen, study)
    (study_episode,) = episodes.list_episodes(study, anna(study))
    with share.attached(kitchen):
        episodes.delete_episode(kitchen, episode.id)
    with share.attached(study):  # later, without having heard of the delete
        episodes.log_episode(
            study, anna(study), EVENING, "flush", symptom_keys=["flushing", "itching"],
            trigger_labels=["heat", "exercise"], notes="study's edit", episode_id=study_episode.id,
        )  # fmt: skip
    exchange(kitchen, study)
    expected = [("2026-03-01 18:30:00.000000", "study's edit", "flushing,itching",
                 "exercise,heat")]  # fmt: skip
    assert query(kitchen, EPISODES) == query(study, EPISODES) == expected


def test_two_carers_adding_the_same_trigger_make_one_trigger(laptops):
    kitchen, study, _ = laptops
    with share.attached(kitchen):
        children.add_trigger(kitchen, anna(kitchen), "Hay fever season")
        episodes.log_episode(
            kitchen, anna(kitchen), EVENING, "flush", trigger_labels=["Hay fever season"]
        )
    with share.attached(study):
        children.add_trigger(study, anna(study), "hay fever season ")
    results = [sync(kitchen), sync(study), sync(kitchen), sync(study)]
    assert [r.held_back for r in results] == [[], [], [], []]
    labels = "SELECT label FROM \"trigger\" WHERE label LIKE 'hay%' COLLATE NOCASE"
    assert len(query(kitchen, labels)) == len(query(study, labels)) == 1
    assert query(kitchen, EPISODES) == query(study, EPISODES)
    assert query(study, EPISODES)[0][3].casefold() == "hay fever season"


def test_the_kept_evening_shows_only_its_own_scores_and_keep_other_restores_the_other_whole(
    laptops,
):
    kitchen, study, _ = laptops
    with share.attached(kitchen):
        entries.save_entry(kitchen, anna(kitchen), DAY, {"itching": 2, "flushing": 1}, notes="k")
    with share.attached(study):  # the same new day, later
        entries.save_entry(study, anna(study), DAY, {"itching": 3}, notes="s")
    exchange(kitchen, study)
    assert (
        content(kitchen.path) == content(study.path) == [("Anna", "2026-03-01", "s", "itching", 3)]
    )
    (conflict,) = conflicts.open_conflicts(kitchen)
    with share.attached(kitchen):
        conflicts.keep_other(kitchen, conflict)
    exchange(kitchen, study)
    whole = [("Anna", "2026-03-01", "k", "flushing", 1), ("Anna", "2026-03-01", "k", "itching", 2)]
    assert content(kitchen.path) == content(study.path) == whole
    assert conflicts.open_conflicts(kitchen) == conflicts.open_conflicts(study) == []


def test_a_score_saved_again_unchanged_does_not_lose_to_the_other_carers_change(laptops):
    kitchen, study, _ = laptops
    with share.attached(kitchen):
        entries.save_entry(kitchen, anna(kitchen), DAY, {"itching": 2, "flushing": 1})
    exchange(kitchen, study)
    with share.attached(study):  # study takes flushing out of the evening
        entries.save_entry(study, anna(study), DAY, {"itching": 2})
    with share.attached(kitchen):  # kitchen, later, saves it again as it was, with a note
        entries.save_entry(kitchen, anna(kitchen), DAY, {"itching": 2, "flushing": 1}, notes="k")
    exchange(study, kitchen)
    whole = [("Anna", "2026-03-01", "k", "flushing", 1), ("Anna", "2026-03-01", "k", "itching", 2)]
    assert content(kitchen.path) == content(study.path) == whole


def test_an_evening_saved_again_after_the_other_deleted_it_comes_back_with_its_scores(laptops):
    kitchen, study, _ = laptops
    with share.attached(kitchen):
        entries.save_entry(kitchen, anna(kitchen), DAY, {"itching": 2, "flushing": 1})
    exchange(kitchen, study)
    with share.attached(study):
        entries.delete_entry(study, anna(study), DAY)
    with share.attached(kitchen):
        entries.save_entry(kitchen, anna(kitchen), DAY, {"itching": 2, "flushing": 1}, notes="k")
    exchange(study, kitchen)
    whole = [("Anna", "2026-03-01", "k", "flushing", 1), ("Anna", "2026-03-01", "k", "itching", 2)]
    assert content(kitchen.path) == content(study.path) == whole


def test_a_deleted_symptom_leaves_the_evening_without_it_on_both(laptops):
    kitchen, study, _ = laptops
    with share.attached(kitchen):
        hives = children.add_symptom(kitchen, anna(kitchen), "Hives")
        entries.save_entry(kitchen, anna(kitchen), DAY, {"itching": 2, hives.key: 1})
    exchange(kitchen, study)
    with share.attached(kitchen), kitchen.transaction() as session:
        changes.delete(session, session.get(SymptomDefinition, hives.id))
    exchange(kitchen, study)
    assert (
        content(kitchen.path) == content(study.path) == [("Anna", "2026-03-01", "", "itching", 2)]
    )


def _legacy(device: str, seq: int, uid: str, table: str, data: dict | None, millis: int):
    from masto_diary.sync.clock import Stamp

    return ChangeRecord(device, seq, Stamp(millis, 0, device), uid, table, data, None)


def test_records_written_by_the_previous_version_are_read(laptops, tmp_path):
    """Scores and links as records of their own (the previous version) still make the
    diary; a later evening that names its scores decides them whole."""
    kitchen, study, shared = laptops
    connection = sqlite3.connect(kitchen.path)
    ids = dict(connection.execute(
        "SELECT s.key, i.uid FROM symptom_definition s JOIN sync_identity i "
        "ON i.table_name = 'symptom_definition' AND i.row_id = s.id"
    ).fetchall())  # fmt: skip
    (child,) = connection.execute(
        "SELECT uid FROM sync_identity WHERE table_name = 'child'"
    ).fetchone()
    connection.close()
    old = "0" * 31 + "9"
    folder = SharedFolder.open(shared, PASS)
    entry = {"child_id": child, "date": "2026-03-01", "wellbeing": None, "school_missed": 0,
             "sleep_disturbed": 0, "reported_by": "parent", "notes": "old laptop",
             "created_at": "2026-03-01 20:00:00.000000",
             "updated_at": "2026-03-01 20:00:00.000000"}  # fmt: skip
    score = {"entry_id": "e" * 32, "symptom_id": ids["itching"], "score": 2}
    folder.append(old, [
        _legacy(old, 1, "e" * 32, "daily_entry", entry, 1_700_000_000_000),
        _legacy(old, 2, "f" * 32, "symptom_score", score, 1_700_000_000_001),
    ])  # fmt: skip
    exchange(kitchen, study)
    assert (
        content(kitchen.path)
        == content(study.path)
        == [("Anna", "2026-03-01", "old laptop", "itching", 2)]
    )
    hall = open_diary(tmp_path / "hall", auto_backup=False)
    try:
        share.join(hall, shared, PASS, "hall laptop")
        assert content(hall.path) == content(kitchen.path)
    finally:
        hall.close()
    # the evening saved again now names its scores: an old score record no longer adds one
    with share.attached(study):
        entries.save_entry(study, anna(study), DAY, {"flushing": 1}, notes="new")
    folder.append(old, [
        _legacy(old, 3, "f" * 32, "symptom_score", {**score, "score": 3}, 1_700_000_000_002)
    ])  # fmt: skip
    exchange(kitchen, study)
    assert (
        content(kitchen.path)
        == content(study.path)
        == [("Anna", "2026-03-01", "new", "flushing", 1)]
    )


def test_a_trigger_that_arrives_after_its_episode_fills_the_episode_in(laptops):
    """A change file cut between an episode and the new trigger it names (a copy in progress):
    the other laptop applies the episode without it, and must add it when the trigger comes.
    Before, the laptops parted for good (found by the three-laptop model)."""
    kitchen, study, shared = laptops
    with share.attached(kitchen):
        episodes.log_episode(
            kitchen, anna(kitchen), EVENING, "flush", symptom_keys=["flushing"],
            trigger_labels=["new soap"], notes="soap",
        )  # fmt: skip
    sync(kitchen)
    path = SharedFolder.base(shared) / "changes" / f"{share.device_of(kitchen)}.log"
    whole = path.read_bytes()
    lines = whole.splitlines(keepends=True)
    for keep in range(len(lines) - 1, 0, -1):  # the longest cut that holds the episode alone
        path.write_bytes(b"".join(lines[:keep]))
        sync(study)
        if query(study, EPISODES):
            break
    cut_view = query(study, EPISODES)
    path.write_bytes(whole)  # the copy completes
    exchange(study, kitchen)
    assert [row[1:] for row in query(study, EPISODES)] == [("soap", "flushing", "new soap")]
    assert query(study, EPISODES) == query(kitchen, EPISODES), cut_view
