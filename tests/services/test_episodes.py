"""Episodes: kind, severity, symptoms, triggers and rescue treatment, all or nothing."""

import datetime as dt
import sqlite3

import pytest

from masto_diary.errors import NotFoundError, ValidationError
from masto_diary.models import Child, EpisodeKind, Severity
from masto_diary.services import children, episodes
from masto_diary.storage import Diary

START = dt.datetime(2024, 3, 1, 14, 0, tzinfo=dt.UTC)


@pytest.fixture
def diary(anna_diary: Diary) -> Diary:
    """Anna's diary (tests/services/conftest.py) in place of the empty one."""
    return anna_diary


def count(diary: Diary, table: str) -> int:
    connection = sqlite3.connect(diary.path)
    try:
        return connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
    finally:
        connection.close()


def test_episode_with_symptoms_triggers_and_rescue_reads_back(diary: Diary, anna: Child) -> None:
    episodes.log_episode(
        diary,
        anna.id,
        START,
        "anaphylaxis",
        "severe",
        ended_at=START + dt.timedelta(hours=2),
        symptom_keys=["flushing", "breathing"],
        trigger_labels=["exercise", "food"],
        antihistamine=True,
        epinephrine=True,
        emergency_visit=True,
        rescue_notes="auto-injector at 14:05",
        notes="after football",
    )
    (episode,) = episodes.list_episodes(diary, anna.id)
    assert episode.kind is EpisodeKind.ANAPHYLAXIS
    assert episode.severity is Severity.SEVERE
    assert episode.started_at == START
    assert episode.ended_at == START + dt.timedelta(hours=2)
    assert sorted(s.key for s in episode.symptoms) == ["breathing", "flushing"]
    assert sorted(episode.triggers) == ["exercise", "food"]
    assert (episode.rescue_antihistamine, episode.rescue_steroid) == (True, False)
    assert (episode.rescue_epinephrine, episode.rescue_emergency_visit) == (True, True)
    assert episode.rescue_notes == "auto-injector at 14:05"


def test_ongoing_episode_has_no_end(diary: Diary, anna: Child) -> None:
    episode = episodes.log_episode(diary, anna.id, START, EpisodeKind.ITCH)
    assert episode.ended_at is None
    assert episode.severity is Severity.MILD


def test_moment_in_another_zone_is_kept_as_the_same_instant(diary: Diary, anna: Child) -> None:
    local = dt.datetime(2024, 3, 1, 16, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    episodes.log_episode(diary, anna.id, local, "flush")
    (episode,) = episodes.list_episodes(diary, anna.id)
    assert episode.started_at == local
    assert episode.started_at.tzinfo == dt.UTC


def test_new_trigger_label_joins_the_childs_list_and_known_ones_are_reused(
    diary: Diary, anna: Child
) -> None:
    episodes.log_episode(diary, anna.id, START, "flush", trigger_labels=["HEAT", "Sauna", ""])
    labels = [t.label for t in children.triggers(diary, anna.id)]
    assert labels.count("heat") == 1 and "HEAT" not in labels
    assert labels[-1] == "Sauna"
    (episode,) = episodes.list_episodes(diary, anna.id)
    assert sorted(episode.triggers) == ["Sauna", "heat"]


def test_unknown_symptom_key_is_refused_and_nothing_is_written(diary: Diary, anna: Child) -> None:
    with pytest.raises(ValidationError, match="unknown symptom.*: sneezing"):
        episodes.log_episode(diary, anna.id, START, "flush", symptom_keys=["flushing", "sneezing"])
    assert count(diary, "episode") == 0


def test_failure_half_way_leaves_neither_episode_nor_new_trigger(diary: Diary, anna: Child) -> None:
    """The first new trigger and the episode are flushed before the second label fails."""
    triggers_before = count(diary, "trigger")
    with pytest.raises(ValidationError, match="The trigger name must be at most 100 characters"):
        episodes.log_episode(
            diary, anna.id, START, "flush", trigger_labels=["swimming pool", "x" * 101]
        )
    assert count(diary, "episode") == 0
    assert count(diary, "episode_trigger") == 0
    assert count(diary, "trigger") == triggers_before


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"started_at": dt.datetime(2024, 3, 1, 14, 0)}, "The start time must carry its time zone"),
        ({"ended_at": dt.datetime(2024, 3, 1, 15, 0)}, "The end time must carry its time zone"),
        ({"ended_at": START - dt.timedelta(seconds=1)}, "The end must not be before the start"),
        ({"kind": "sneeze"}, "The kind of episode must be one of flush, itch, hives_blisters"),
        ({"severity": "fatal"}, "The severity must be one of mild, moderate, severe, got 'fatal'"),
    ],
)
def test_invalid_episode_is_refused(diary: Diary, anna: Child, kwargs: dict, message: str) -> None:
    fields = {"started_at": START, "kind": "flush"} | kwargs
    with pytest.raises(ValidationError, match=message):
        episodes.log_episode(diary, anna.id, **fields)
    assert count(diary, "episode") == 0


def test_episode_ending_when_it_starts_is_accepted(diary: Diary, anna: Child) -> None:
    episodes.log_episode(diary, anna.id, START, "flush", ended_at=START)
    assert count(diary, "episode") == 1


def test_editing_an_episode_replaces_its_fields_and_links(diary: Diary, anna: Child) -> None:
    first = episodes.log_episode(
        diary, anna.id, START, "flush", symptom_keys=["flushing"], trigger_labels=["heat"]
    )
    episodes.log_episode(
        diary,
        anna.id,
        START + dt.timedelta(minutes=30),
        "itch",
        "moderate",
        symptom_keys=["itching"],
        trigger_labels=["friction/rubbing"],
        episode_id=first.id,
    )
    (episode,) = episodes.list_episodes(diary, anna.id)
    assert episode.id == first.id
    assert (episode.kind, episode.severity) == (EpisodeKind.ITCH, Severity.MODERATE)
    assert [s.key for s in episode.symptoms] == ["itching"]
    assert list(episode.triggers) == ["friction/rubbing"]
    assert count(diary, "episode_symptom") == count(diary, "episode_trigger") == 1


def test_editing_a_missing_episode_is_not_found(diary: Diary, anna: Child) -> None:
    with pytest.raises(NotFoundError):
        episodes.log_episode(diary, anna.id, START, "flush", episode_id=999)


def test_episodes_are_listed_newest_first_and_filtered(diary: Diary, anna: Child) -> None:
    for days, kind in [(0, "flush"), (2, "itch"), (5, "flush"), (9, "gastrointestinal")]:
        episodes.log_episode(diary, anna.id, START + dt.timedelta(days=days), kind)
    listed = episodes.list_episodes(diary, anna.id)
    assert [e.kind for e in listed] == ["gastrointestinal", "flush", "itch", "flush"]
    assert len(episodes.list_episodes(diary, anna.id, kind="flush")) == 2


def test_episodes_belong_to_their_child(diary: Diary, anna: Child) -> None:
    ben = children.create_child(diary, "Ben", dt.date(2019, 1, 1))
    episodes.log_episode(diary, ben.id, START, "flush")
    assert episodes.list_episodes(diary, anna.id) == []


def test_delete_episode_removes_its_links_but_keeps_the_trigger(diary: Diary, anna: Child) -> None:
    episode = episodes.log_episode(
        diary, anna.id, START, "flush", symptom_keys=["flushing"], trigger_labels=["Sauna"]
    )
    episodes.delete_episode(diary, episode.id)
    assert episodes.list_episodes(diary, anna.id) == []
    assert count(diary, "episode_symptom") == count(diary, "episode_trigger") == 0
    assert "Sauna" in [t.label for t in children.triggers(diary, anna.id)]
    with pytest.raises(NotFoundError):
        episodes.delete_episode(diary, episode.id)


def test_listing_by_an_unknown_kind_is_a_sentence(diary):
    import datetime as dt

    import pytest

    from masto_diary.errors import ValidationError
    from masto_diary.services import children, episodes

    child = children.create_child(diary, "Zoe", dt.date(2018, 1, 1))
    with pytest.raises(ValidationError, match="must be one of flush"):
        episodes.list_episodes(diary, child.id, kind="bogus")


def test_a_trigger_named_twice_in_two_cases_is_linked_once(diary: Diary, anna: Child) -> None:
    moment = dt.datetime(2026, 3, 1, 18, 0, tzinfo=dt.UTC)
    episode = episodes.log_episode(
        diary, anna.id, moment, EpisodeKind.FLUSH, trigger_labels=["Heat", "heat", "dust"]
    )
    assert sorted(episodes.get_episode(diary, episode.id).triggers) == ["dust", "heat"]
