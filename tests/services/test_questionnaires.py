"""A child's clinic questionnaires: kept in the diary, answered, scored, replaced, removed."""

import datetime as dt
import json
from pathlib import Path

import pytest

from masto_diary.errors import ValidationError
from masto_diary.exchange.questionnaire import read_questionnaire
from masto_diary.services import questionnaires
from masto_diary.storage import Diary, changes

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "questionnaire-example.json"
DAY = dt.date(2026, 11, 2)


@pytest.fixture
def diary(anna_diary: Diary) -> Diary:
    return anna_diary


@pytest.fixture
def loaded(diary: Diary, anna) -> questionnaires.KeptQuestionnaire:
    content = read_questionnaire(EXAMPLE).model_dump(mode="json")
    questionnaires.keep_questionnaire(diary, anna.id, content)
    (kept,) = questionnaires.questionnaires(diary, anna.id)
    return kept


def all_answers(kept: questionnaires.KeptQuestionnaire, value: int) -> dict[str, int]:
    return {item.id: value for item in kept.items}


def test_the_file_content_is_kept_in_the_diary(loaded, tmp_path: Path) -> None:
    source = read_questionnaire(EXAMPLE)
    assert loaded.title == source.title
    assert loaded.recall == "weekly"
    assert loaded.source == source.source
    assert [item.id for item in loaded.items] == source.item_ids
    assert list(loaded.bands) == source.bands
    assert (loaded.lowest, loaded.highest) == (source.lowest, source.highest)


def test_answers_are_saved_with_total_and_band(diary, loaded) -> None:
    score, band = questionnaires.save_answers(diary, loaded, DAY, all_answers(loaded, 1))
    assert score == len(loaded.items)
    assert band == read_questionnaire(EXAMPLE).score(all_answers(loaded, 1))[1]
    (saved,) = questionnaires.answers(diary, loaded.id)
    assert (saved.date, saved.total, saved.band) == (DAY, score, band)
    assert json.loads(saved.answers) == all_answers(loaded, 1)


def test_an_unanswered_item_leaves_the_total_unknown_never_zero(diary, loaded) -> None:
    given = all_answers(loaded, 0)
    given[loaded.items[0].id] = None
    assert questionnaires.save_answers(diary, loaded, DAY, given) == (None, None)
    (saved,) = questionnaires.answers(diary, loaded.id)
    assert saved.total is None and saved.band is None


def test_saving_the_same_day_again_replaces_its_answers(diary, loaded) -> None:
    questionnaires.save_answers(diary, loaded, DAY, all_answers(loaded, 0))
    questionnaires.save_answers(diary, loaded, DAY, all_answers(loaded, 2))
    (saved,) = questionnaires.answers(diary, loaded.id)
    assert saved.total == 2 * len(loaded.items)


def test_answers_the_questionnaire_does_not_offer_are_refused(diary, loaded) -> None:
    with pytest.raises(ValidationError, match="not an item"):
        questionnaires.save_answers(diary, loaded, DAY, {"no_such_item": 1})
    with pytest.raises(ValidationError, match="not an answer"):
        questionnaires.save_answers(diary, loaded, DAY, {loaded.items[0].id: 99})
    assert questionnaires.answers(diary, loaded.id) == []


def test_loading_the_same_questionnaire_again_replaces_it_and_keeps_the_answers(
    diary, anna, loaded
) -> None:
    questionnaires.save_answers(diary, loaded, DAY, all_answers(loaded, 1))
    content = read_questionnaire(EXAMPLE).model_dump(mode="json")
    content["title"] = "Corrected title"
    assert questionnaires.keep_questionnaire(diary, anna.id, content) == loaded.id
    (again,) = questionnaires.questionnaires(diary, anna.id)
    assert again.title == "Corrected title"
    assert len(questionnaires.answers(diary, loaded.id)) == 1


def test_writes_pass_through_the_write_seam(diary, loaded) -> None:
    seen: list[changes.Change] = []
    with changes.observing(lambda _session, batch: seen.extend(batch)):
        questionnaires.save_answers(diary, loaded, DAY, all_answers(loaded, 1))
        questionnaires.remove_questionnaire(diary, loaded.id)
    assert sorted((c.table, c.kind) for c in seen) == [
        ("clinic_questionnaire", "delete"),
        ("questionnaire_answer", "delete"),
        ("questionnaire_answer", "insert"),
    ]


def test_removing_a_questionnaire_removes_its_answers(diary, anna, loaded) -> None:
    questionnaires.save_answers(diary, loaded, DAY, all_answers(loaded, 1))
    questionnaires.remove_questionnaire(diary, loaded.id)
    assert questionnaires.questionnaires(diary, anna.id) == []
    assert questionnaires.answers(diary, loaded.id) == []


@pytest.mark.parametrize(
    ("recall", "last", "today", "expected"),
    [
        ("weekly", None, DAY, True),
        ("weekly", DAY, DAY + dt.timedelta(days=6), False),
        ("weekly", DAY, DAY + dt.timedelta(days=7), True),
        ("daily", DAY, DAY, False),
        ("daily", DAY, DAY + dt.timedelta(days=1), True),
    ],
)
def test_a_questionnaire_is_due_after_its_recall_period(recall, last, today, expected) -> None:
    assert questionnaires.due(recall, last, today) is expected


def test_is_due_reads_the_newest_answers(diary, loaded) -> None:
    assert questionnaires.is_due(diary, loaded, DAY)
    questionnaires.save_answers(diary, loaded, DAY, all_answers(loaded, 1))
    assert not questionnaires.is_due(diary, loaded, DAY + dt.timedelta(days=3))


def test_a_questionnaire_is_due_again_after_its_recall_period() -> None:
    day = dt.date(2026, 11, 30)
    assert [questionnaires.due(recall, day, day + dt.timedelta(days=n))
            for recall, n in (("2-weekly", 13), ("2-weekly", 14), ("4-weekly", 27),
                              ("4-weekly", 28))] == [False, True, False, True]  # fmt: skip
