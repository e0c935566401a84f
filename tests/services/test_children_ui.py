"""Service functions behind the child settings dialog: symptom names, triggers, record counts."""

import datetime as dt

import pytest

from masto_diary.enums import EpisodeKind
from masto_diary.errors import ValidationError
from masto_diary.services import children, entries, episodes


@pytest.fixture
def luca(diary):
    return children.create_child(diary, "Luca", dt.date(2018, 5, 4))


def _symptom(diary, child_id, key):
    return next(s for s in children.symptoms(diary, child_id, False) if s.key == key)


def test_rename_symptom_keeps_key_and_past_scores(diary, luca):
    entries.save_entry(diary, luca.id, dt.date(2026, 1, 5), {"itching": 2})
    itching = _symptom(diary, luca.id, "itching")
    children.rename_symptom(diary, itching.id, "  Itchy skin ")
    renamed = _symptom(diary, luca.id, "itching")
    assert renamed.label == "Itchy skin"
    assert entries.read_day(diary, luca.id, dt.date(2026, 1, 5)).scores == {"itching": 2}


def test_rename_symptom_refuses_a_name_already_in_the_list(diary, luca):
    itching = _symptom(diary, luca.id, "itching")
    with pytest.raises(ValidationError, match="already in the list") as error:
        children.rename_symptom(diary, itching.id, "flushing")
    assert error.value.field == "label"
    with pytest.raises(ValidationError, match="required"):
        children.rename_symptom(diary, itching.id, "  ")
    assert _symptom(diary, luca.id, "itching").label == "Itching"


def test_used_trigger_is_kept_and_can_be_renamed(diary, luca):
    start = dt.datetime(2026, 1, 5, 18, 0, tzinfo=dt.UTC)
    episodes.log_episode(diary, luca.id, start, EpisodeKind.FLUSH, trigger_labels=["heat"])
    episodes.log_episode(diary, luca.id, start, EpisodeKind.ITCH, trigger_labels=["heat", "cold"])
    by_label = {t.label: t for t in children.triggers(diary, luca.id)}
    usage = children.trigger_usage(diary, luca.id)
    assert usage == {by_label["heat"].id: 2, by_label["cold"].id: 1}

    with pytest.raises(ValidationError, match="named in 2 episode"):
        children.remove_trigger(diary, by_label["heat"].id)
    children.rename_trigger(diary, by_label["heat"].id, "Heat (sun)")
    labels = {t for ep in episodes.list_episodes(diary, luca.id) for t in ep.triggers}
    assert labels == {"Heat (sun)", "cold"}

    children.remove_trigger(diary, by_label["food"].id)
    assert "food" not in {t.label for t in children.triggers(diary, luca.id)}


def test_rename_trigger_refuses_duplicates(diary, luca):
    heat = next(t for t in children.triggers(diary, luca.id) if t.label == "heat")
    with pytest.raises(ValidationError, match="already in the list"):
        children.rename_trigger(diary, heat.id, "COLD")


def test_record_counts_for_the_delete_warning(diary, luca):
    entries.save_entry(diary, luca.id, dt.date(2026, 1, 5), {"itching": 1})
    entries.save_entry(diary, luca.id, dt.date(2026, 1, 6), {"itching": 0})
    counts = children.record_counts(diary, luca.id)
    assert counts["daily_entries"] == 2
    assert counts["episodes"] == 0 and set(counts) >= {"labs", "visits", "medications"}
