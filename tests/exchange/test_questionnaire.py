"""A clinic's questionnaire file: the example loads and scores; a bad file lists every problem."""

import copy
import json
from pathlib import Path

import pytest

from masto_diary.exchange import questionnaire
from masto_diary.exchange.problems import ImportRefusedError

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "questionnaire-example.json"


def example() -> dict:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


def refused(document: dict) -> list[str]:
    with pytest.raises(ImportRefusedError) as caught:
        questionnaire.read_questionnaire(json.dumps(document).encode(), "clinic.json")
    assert "clinic.json was not imported" in str(caught.value)
    return [str(problem) for problem in caught.value.issues]


def test_the_example_loads_and_scores_a_full_week():
    q = questionnaire.read_questionnaire(EXAMPLE)
    assert (q.id, q.recall, len(q.items), q.lowest, q.highest) == (
        "weekly-skin-check",
        "weekly",
        4,
        0,
        12,
    )
    assert q.score({"itch_bother": 2, "night_waking": 1, "missed_plans": 0, "control": 1}) == (
        4, "some trouble"
    )  # fmt: skip
    assert q.score(dict.fromkeys(q.item_ids, 3)) == (12, "much trouble")
    assert q.score(dict.fromkeys(q.item_ids, 0)) == (0, "little trouble")


def test_an_unanswered_item_leaves_the_score_unknown_not_zero():
    q = questionnaire.read_questionnaire(EXAMPLE)
    assert q.score({"itch_bother": 0, "night_waking": 0, "missed_plans": 0}) == (None, None)
    assert q.score({"itch_bother": 0, "night_waking": 0, "missed_plans": 0, "control": None}) == (
        None, None
    )  # fmt: skip


def test_a_badly_shaped_file_gets_every_problem_with_its_path():
    bad = example()
    del bad["recall"]
    bad["title"] = ""
    bad["items"][0]["answers"] = [{"value": 0, "text": "none"}]
    bad["items"][1]["answers"][2]["value"] = "2"
    bad["items"][2]["colour"] = "red"
    problems = refused(bad)
    assert problems == [
        "$.title: must not be empty",
        "$.recall: is required",
        "$.items[0].answers: " + problems[2].split(": ", 1)[1],
        '$.items[1].answers[2].value: must be a whole number, got "2"',
        "$.items[2].colour: " + problems[4].split(": ", 1)[1],
    ]
    assert "at least 2" in problems[2] and "not a key" in problems[4]


def test_ids_values_and_bands_that_do_not_add_up_are_all_listed():
    bad = example()
    bad["items"][1]["id"] = "itch_bother"
    bad["items"][2]["answers"][1]["value"] = 0
    bad["scoring"]["bands"] = [
        {"low": 0, "high": 2, "label": "little trouble"},
        {"low": 2, "high": 5, "label": "some trouble"},
        {"low": 8, "high": 13, "label": "much trouble"},
    ]
    assert refused(bad) == [
        "$.items[1].id: 'itch_bother' is the id of an earlier item",
        "$.items[2].answers: two answers have the same value",
        "$.scoring.bands: band 'some trouble' overlaps the band before it (2–2)",
        "$.scoring.bands: no band holds the totals 6–7",
        "$.scoring.bands: the bands go beyond the possible totals 0–12",
    ]


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"{not json", "not valid JSON"), (b"\xff\xfe", "not UTF-8"), (b"[]", "must be an object")],
)
def test_a_file_that_is_not_a_questionnaire_says_so(data, reason):
    with pytest.raises(ImportRefusedError, match=reason):
        questionnaire.read_questionnaire(data)


def test_the_schema_in_docs_is_what_the_models_say():
    schema_file = questionnaire.SCHEMA_PATH
    assert schema_file.read_text(encoding="utf-8") == questionnaire.schema_text(), (
        "run: python -m masto_diary.exchange.questionnaire"
    )
    assert copy.deepcopy(questionnaire.questionnaire_schema())["required"] == [
        "format", "version", "id", "title", "source", "recall", "items"
    ]  # fmt: skip
