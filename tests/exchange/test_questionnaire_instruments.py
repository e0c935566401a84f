"""Real instruments in a questionnaire file, and files an attacker would write.

The two examples are shaped like instruments clinics use (a 27-item quality-of-life
questionnaire scored 0-100 in four domains, a 4-item control test scored 0-16 with "well
controlled" from 12); their totals below are worked out by hand.  Each attack is refused with a
sentence that names its place in the file.
"""

import copy
import json
from pathlib import Path

import pytest

from masto_diary.exchange.problems import ImportRefusedError
from masto_diary.exchange.questionnaire import read_questionnaire

DOCS = Path(__file__).resolve().parents[2] / "docs"
QOL = DOCS / "questionnaire-example-quality-of-life.json"
CONTROL = DOCS / "questionnaire-example-urticaria-control.json"


def example(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def refused(document: dict | bytes) -> list[str]:
    data = document if isinstance(document, bytes) else json.dumps(document).encode()
    with pytest.raises(ImportRefusedError) as caught:
        read_questionnaire(data, "clinic.json")
    assert "clinic.json was not imported; nothing was changed." in str(caught.value)
    return [str(problem) for problem in caught.value.issues]


# --------------------------------------------------------------------------- quality of life


def test_the_quality_of_life_example_has_27_items_in_four_domains_scored_0_100():
    q = read_questionnaire(QOL)
    assert (len(q.items), q.lowest, q.highest, q.recall) == (27, 0, 100, "2-weekly")
    parts = q.instrument.subscales
    assert [(p.id, len(p.items)) for p in parts] == [
        ("symptoms", 6), ("social", 9), ("emotions", 8), ("skin", 4)
    ]  # fmt: skip
    assert sorted(i for p in parts for i in p.items) == sorted(q.item_ids)


def test_quality_of_life_totals_worked_by_hand():
    q = read_questionnaire(QOL)
    ids = q.item_ids
    assert q.score(dict.fromkeys(ids, 2)) == (50.0, "marked impairment")  # 54/108 × 100
    assert q.score(dict.fromkeys(ids, 0)) == (0.0, "little impairment")
    assert q.score(dict.fromkeys(ids, 4)) == (100.0, "severe impairment")
    one_two = {**dict.fromkeys(ids, 1), ids[-1]: 2}
    assert q.score(one_two) == (26.0, "some impairment")  # 28/108 × 100 = 25.93


def test_quality_of_life_prorates_from_three_quarters_of_the_items():
    q = read_questionnaire(QOL)
    ids = q.item_ids
    # 21 of 27 answered (0.78 ≥ 0.75): twenty 4s and one 0, mean 80/21, × 27 = 102.86 of 108
    given = {**dict.fromkeys(ids[:20], 4), ids[20]: 0}
    assert q.score(given) == (95.0, "severe impairment")  # 95.24
    # 20 of 27 (0.74): no total
    assert q.score(dict.fromkeys(ids[:20], 4)) == (None, None)
    # 22 answered, eleven 1s and eleven 0s: mean 1/2, × 27 = 13.5 of 108 → 12.5 → 13
    half = {**dict.fromkeys(ids[:11], 1), **dict.fromkeys(ids[11:22], 0)}
    assert q.score(half) == (13.0, "little impairment")


def test_quality_of_life_domains_worked_by_hand():
    q = read_questionnaire(QOL)
    given = {f"symptoms_{n}": 4 for n in range(1, 7)}
    given |= {"skin_1": 4, "skin_2": 4, "skin_3": 0}  # skin_4 unanswered: 3 of 4 is enough
    given |= {f"social_{n}": 1 for n in range(1, 10)}
    scores = {part.id: total for part, total, _band in q.instrument.subscale_scores(given)}
    assert scores == {
        "symptoms": 100.0,  # 24 of 24
        "social": 25.0,  # 9 of 36
        "emotions": None,  # none answered
        "skin": 67.0,  # mean 8/3 × 4 = 10.67 of 16 → 66.67
    }


# --------------------------------------------------------------------------- control test


def test_the_control_example_has_4_items_scored_0_16():
    q = read_questionnaire(CONTROL)
    assert (len(q.items), q.lowest, q.highest, q.recall) == (4, 0, 16, "4-weekly")
    assert [i.reversed for i in q.items] == [True, True, True, False]


def test_control_totals_worked_by_hand_with_reversed_items():
    q = read_questionnaire(CONTROL)
    # bother "a little" (1 → 3), daily life "not at all" (0 → 4), treatment "sometimes" (2 → 2),
    # control "well" (3): 3 + 4 + 2 + 3 = 12
    given = {"bother": 1, "daily_life": 0, "treatment": 2, "control": 3}
    assert q.score(given) == (12.0, "well controlled")
    # 2 + 3 + 3 + 3 = 11: one below the limit
    assert q.score({"bother": 2, "daily_life": 1, "treatment": 1, "control": 3}) == (
        11.0, "not well controlled"
    )  # fmt: skip
    assert q.score({"bother": 4, "daily_life": 4, "treatment": 4, "control": 0}) == (
        0.0, "not well controlled"
    )  # fmt: skip
    assert q.score({"bother": 0, "daily_life": 0, "treatment": 0, "control": 4}) == (
        16.0, "well controlled"
    )  # fmt: skip
    assert q.score({"bother": 0, "daily_life": 0, "treatment": 0}) == (None, None)


# --------------------------------------------------------------------------- attacks


def test_a_file_with_10000_items_is_refused_at_items():
    bad = example(CONTROL)
    item = {
        "id": "x",
        "text": "x",
        "answers": [{"value": 0, "text": "a"}, {"value": 1, "text": "b"}],
    }
    bad["items"] = [{**item, "id": f"i{n}"} for n in range(10_000)]
    data = json.dumps(bad, separators=(",", ":")).encode()
    assert len(data) < 1_000_000  # so the item count, not the size, is what refuses it
    assert refused(data) == ["$.items: must have at most 100 items, got 10000"]


def test_a_file_larger_than_a_megabyte_is_refused_unread():
    assert refused(b" " * 1_000_001) == ["$: is larger than 1,000,000 bytes: not a questionnaire"]


def test_bands_that_overlap_or_leave_a_gap_are_refused():
    bad = example(CONTROL)
    bad["scoring"]["bands"] = [
        {"low": 0, "high": 8, "label": "poor"},
        {"low": 8, "high": 11, "label": "fair"},
        {"low": 13, "high": 16, "label": "good"},
    ]
    assert refused(bad) == [
        "$.scoring.bands: band 'fair' overlaps the band before it (8–8)",
        "$.scoring.bands: no band holds the totals 12–12",
    ]


def test_bands_on_the_old_0_100_cap_are_refused_for_a_0_16_total():
    bad = example(CONTROL)
    bad["scoring"]["bands"][1]["high"] = 100
    assert refused(bad) == ["$.scoring.bands: the bands go beyond the possible totals 0–16"]


def test_bands_above_100_are_fine_when_the_total_reaches_them():
    wide = example(CONTROL)
    for item in wide["items"]:
        item["answers"] = [{"value": v * 100, "text": a["text"]} for v, a in
                           enumerate(item["answers"])]  # fmt: skip
    wide["scoring"]["bands"] = [
        {"low": 0, "high": 1199, "label": "not well controlled"},
        {"low": 1200, "high": 1600, "label": "well controlled"},
    ]
    q = read_questionnaire(json.dumps(wide).encode())
    assert q.score({"bother": 0, "daily_life": 0, "treatment": 0, "control": 400}) == (
        1600.0, "well controlled"
    )  # fmt: skip


def test_a_transform_dividing_by_zero_is_refused():
    bad = example(QOL)
    bad["scoring"]["transform"] = {"divide_by": 0, "multiply_by": 100}
    (problem,) = refused(bad)
    assert problem.startswith(
        "$.scoring.transform.divide_by: must not be 0: a total cannot be divided by zero"
    )


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_refused(constant: str):
    text = CONTROL.read_text("utf-8").replace('"high": 16', f'"high": {constant}')
    assert refused(text.encode()) == [
        f"$: the file holds a value JSON does not allow: {constant} is not a number JSON allows"
    ]


def test_a_number_too_large_for_a_float_is_refused_at_its_place():
    text = CONTROL.read_text("utf-8").replace('"high": 16', '"high": 1e400')
    assert refused(text.encode()) == [
        "$.scoring.bands[1].high: must be a number between -1,000,000 and 1,000,000, got inf"
    ]


def test_control_characters_in_texts_are_refused_where_they_are():
    bad = example(CONTROL)
    bad["title"] = "Urticaria\x1b[2J control"
    bad["items"][1]["answers"][2]["text"] = "some\u202ewhat"
    bad["instructions"] = "Two lines\nare fine here"
    assert refused(bad) == [
        "$.title: cannot hold line breaks, control characters or text-direction marks (found "
        "U+001B); the file must be written again without them",
        "$.items[1].answers[2].text: cannot hold line breaks, control characters or "
        "text-direction marks (found U+202E); the file must be written again without them",
    ]


def test_a_number_scale_with_min_above_max_is_refused():
    bad = example(CONTROL)
    bad["items"][3] = {
        "id": "itch_now", "text": "Itch right now",
        "scale": {"min": 10, "max": 0, "min_text": "none", "max_text": "worst"},
    }  # fmt: skip
    assert refused(bad) == ["$.items[3].scale: min 10 must be below max 0"]


def test_a_number_scale_is_scored_like_answers():
    nrs = example(CONTROL)
    nrs["items"] = [{
        "id": "itch", "text": "Itch today",
        "scale": {"min": 0, "max": 10, "min_text": "no itch", "max_text": "worst itch"},
    }]  # fmt: skip
    nrs["scoring"]["bands"] = [
        {"low": 0, "high": 3, "label": "mild"}, {"low": 4, "high": 10, "label": "strong"}
    ]  # fmt: skip
    q = read_questionnaire(json.dumps(nrs).encode())
    assert q.score({"itch": 7}) == (7.0, "strong")
    assert q.instrument.items[0].values == tuple(range(11))


def test_a_key_given_twice_is_refused_with_its_path():
    text = CONTROL.read_text("utf-8").replace(
        '"id": "control",', '"id": "control", "id": "control2",'
    )
    assert refused(text.encode()) == ["$.items[3].id: is given more than once in this object"]


def test_prorating_items_on_different_scales_is_refused():
    bad = example(CONTROL)
    bad["items"][3]["answers"] = bad["items"][3]["answers"][:3]  # 0-2 instead of 0-4
    bad["scoring"] |= {"prorate": True, "min_answered": 0.75}
    (problem,) = refused(bad)
    assert problem == (
        '$.items[3]: scores 0–2 while items[0] scores 0–4: "prorate" needs every item on the '
        "same scale"
    )


def test_a_minimum_share_without_prorating_is_refused():
    bad = example(CONTROL)
    bad["scoring"]["min_answered"] = 0.5
    (problem,) = refused(bad)
    assert problem.startswith("$.scoring.min_answered: a total from fewer than all items needs")


def test_subscales_naming_unknown_or_repeated_items_are_refused():
    bad = example(QOL)
    bad["scoring"]["subscales"][3]["items"] = ["skin_1", "skin_1", "skin_9"]
    bad["scoring"]["subscales"][2]["id"] = "symptoms"
    assert refused(bad) == [
        "$.scoring.subscales[2].id: 'symptoms' is the id of an earlier subscale",
        "$.scoring.subscales[3].items[1]: 'skin_1' is listed twice",
        "$.scoring.subscales[3].items[2]: 'skin_9' is not an item's id",
    ]


def test_subscale_bands_must_cover_the_subscale_range():
    bad = example(QOL)
    bad["scoring"]["subscales"][0]["bands"] = [{"low": 0, "high": 50, "label": "lower half"}]
    assert refused(bad) == ["$.scoring.subscales[0].bands: no band holds the totals 51–100"]


def test_recall_and_method_outside_the_lists_are_refused():
    bad = copy.deepcopy(example(CONTROL))
    bad["recall"] = "monthly"
    bad["scoring"]["method"] = "median"
    problems = refused(bad)
    assert problems[0].startswith("$.recall: must be 'daily', 'weekly', '2-weekly' or '4-weekly'")
    assert problems[1].startswith("$.scoring.method: must be 'sum' or 'mean'")
