"""Conflicts a parent can act on (issue 21, item 5): what each conflict says, keeping the other
version whole, and the same dose logged on two laptops shown as a likely duplicate.

Real diaries exchange through a real sealed folder (tests/sync/conftest.py); the words are
the ones File ▸ Conflicts… shows (words/conflict_texts.py, English source strings).
"""

import datetime as dt
import sqlite3

from masto_diary.services import entries, episodes, injections
from masto_diary.sync import conflicts, share
from masto_diary.words import conflict_texts
from tests import reads
from tests.sync.test_aggregates import EPISODES, anna, exchange, query

DAY = dt.date(2026, 3, 1)
EVENING = dt.datetime(2026, 3, 1, 18, 30, tzinfo=dt.UTC)


def _only(diary):
    (described,) = conflicts.describe(diary, conflicts.open_conflicts(diary))
    return described


def test_an_evening_conflict_names_the_child_the_day_the_scores_and_both_laptops(laptops):
    kitchen, study, _ = laptops
    with share.attached(kitchen):
        entries.save_entry(kitchen, anna(kitchen), DAY, {"itching": 2, "flushing": 1}, notes="k")
    with share.attached(study):
        entries.save_entry(study, anna(study), DAY, {"itching": 3}, notes="s")
    exchange(kitchen, study)
    described = _only(kitchen)
    assert (described.child, described.day, described.table) == ("Anna", DAY, "daily_entry")
    assert (described.kept.laptop, described.other.laptop) == ("study laptop", "kitchen laptop")
    assert not described.kept.deleted and described.kept.saved >= described.other.saved
    differs = {(d.field, d.name): (d.kept, d.other) for d in described.differences}
    assert differs == {
        ("score", "Itching"): (3, 2),
        ("score", "Flushing"): (None, 1),
        ("notes", None): ("s", "k"),
    }
    text = conflict_texts.sentence(described)
    assert text.startswith("Anna — The evening of 1 March 2026\n"), text
    assert "saved" in text and "“study laptop”" in text and "“kitchen laptop”" in text
    assert (
        "Flushing — → 1 · Itching 3 → 2 · notes “s” → “k”" in text
        and "2026" in text.splitlines()[1]
    )


def test_a_deletion_that_won_says_deleted_and_keeping_the_other_brings_the_episode_back_whole(
    laptops,
):
    kitchen, study, _ = laptops
    with share.attached(kitchen):
        episode = episodes.log_episode(
            kitchen, anna(kitchen), EVENING, "flush", symptom_keys=["flushing"],
            trigger_labels=["heat"],
        )  # fmt: skip
    exchange(kitchen, study)
    (theirs,) = episodes.list_episodes(study, anna(study))
    with share.attached(study):  # an edit first: a new end time, another symptom
        episodes.log_episode(
            study, anna(study), EVENING, "flush", symptom_keys=["flushing", "itching"],
            trigger_labels=["heat", "exercise"], ended_at=EVENING + dt.timedelta(hours=1),
            episode_id=theirs.id,
        )  # fmt: skip
    with share.attached(kitchen):  # then, later, a delete that had not heard of it
        episodes.delete_episode(kitchen, episode.id)
    exchange(kitchen, study)
    assert query(kitchen, EPISODES) == query(study, EPISODES) == []
    described = _only(study)
    assert described.kept.deleted and not described.other.deleted
    assert (described.child, described.day) == ("Anna", DAY)
    text = conflict_texts.sentence(described)
    assert "In the diary: deleted" in text and "“kitchen laptop”" in text, text
    assert "The saved version holds: symptoms Flushing, Itching · triggers exercise, heat" in text
    with share.attached(study):
        conflicts.keep_other(study, described.conflict)
    exchange(study, kitchen)
    whole = [("2026-03-01 18:30:00.000000", "", "flushing,itching", "exercise,heat")]
    assert query(kitchen, EPISODES) == query(study, EPISODES) == whole
    assert conflicts.open_conflicts(kitchen) == conflicts.open_conflicts(study) == []


def test_an_episode_conflict_says_which_times_and_symptoms_differ(laptops):
    kitchen, study, _ = laptops
    with share.attached(kitchen):
        episode = episodes.log_episode(kitchen, anna(kitchen), EVENING, "flush")
    exchange(kitchen, study)
    (theirs,) = episodes.list_episodes(study, anna(study))
    with share.attached(kitchen):
        episodes.log_episode(
            kitchen, anna(kitchen), EVENING, "flush", symptom_keys=["itching"],
            episode_id=episode.id,
        )  # fmt: skip
    with share.attached(study):
        later = EVENING + dt.timedelta(minutes=45)
        episodes.log_episode(
            study, anna(study), later, "flush", symptom_keys=["flushing"], episode_id=theirs.id
        )
    exchange(kitchen, study)
    differs = {d.field: (d.kept, d.other) for d in _only(kitchen).differences}
    assert differs["symptoms"] == (["Flushing"], ["Itching"])
    kept, other = differs["started_at"]
    assert (kept - other) == dt.timedelta(minutes=45)
    assert "start " in conflict_texts.sentence(_only(kitchen))


def _injections(diary) -> list[tuple]:
    connection = sqlite3.connect(diary.path)
    try:
        return connection.execute("SELECT given_at, dose_mg FROM injection ORDER BY 1").fetchall()
    finally:
        connection.close()


def _log_the_same_dose_on_both(kitchen, study) -> None:
    with share.attached(kitchen):
        injections.log_injection(kitchen, anna(kitchen), EVENING.replace(hour=9), 150)
    with share.attached(study):
        injections.log_injection(study, anna(study), EVENING.replace(hour=9, minute=20), 150)
    exchange(kitchen, study)


def test_the_same_dose_logged_on_two_laptops_is_a_likely_duplicate_kept_once(laptops):
    kitchen, study, _ = laptops
    _log_the_same_dose_on_both(kitchen, study)
    (duplicate,) = conflicts.likely_duplicates(kitchen)
    assert [d.key for d in conflicts.likely_duplicates(study)] == [duplicate.key]  # the same pair
    assert duplicate.child == "Anna" and duplicate.day == EVENING.astimezone().date()
    assert {duplicate.first.side.laptop, duplicate.second.side.laptop} == {
        "kitchen laptop",
        "study laptop",
    }
    text = conflict_texts.duplicate_sentence(duplicate)
    assert "two injections on" in text and "150 mg at" in text, text
    with share.attached(study):
        conflicts.keep_one(study, duplicate)
    exchange(study, kitchen)
    assert len(_injections(kitchen)) == len(_injections(study)) == 1
    assert conflicts.likely_duplicates(kitchen) == conflicts.likely_duplicates(study) == []


def test_two_real_injections_can_both_be_kept(laptops):
    kitchen, study, _ = laptops
    _log_the_same_dose_on_both(kitchen, study)
    (duplicate,) = conflicts.likely_duplicates(kitchen)
    conflicts.keep_both(kitchen, duplicate)
    assert conflicts.likely_duplicates(kitchen) == []
    assert len(_injections(kitchen)) == len(_injections(study)) == 2


def test_two_injections_logged_on_one_laptop_are_no_duplicate(laptops):
    kitchen, study, _ = laptops
    with share.attached(kitchen):  # a dose split over two sites, both logged by one carer
        injections.log_injection(kitchen, anna(kitchen), EVENING.replace(hour=9), 150)
        injections.log_injection(kitchen, anna(kitchen), EVENING.replace(hour=9, minute=5), 150)
    exchange(kitchen, study)
    assert conflicts.likely_duplicates(kitchen) == conflicts.likely_duplicates(study) == []
    assert reads.find_child(study, "Anna")
