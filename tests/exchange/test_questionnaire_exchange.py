"""A child's clinic questionnaires and answers travel in the JSON export and come back."""

import datetime as dt
import json
from pathlib import Path

import pytest

from masto_diary.exchange.json_format import (
    ImportRefusedError,
    OnConflict,
    dumps,
    export_document,
    import_document,
    read_document,
)
from masto_diary.services import children, questionnaires
from masto_diary.storage import open_diary

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "questionnaire-example.json"


@pytest.fixture
def exported(diary) -> dict:
    child = children.create_child(diary, "Anna", dt.date(2016, 5, 1))
    child_id = getattr(child, "id", child)
    questionnaires.keep_questionnaire(diary, child_id, json.loads(EXAMPLE.read_text("utf-8")))
    (kept,) = questionnaires.questionnaires(diary, child_id)
    full = {item.id: 1 for item in kept.items}
    questionnaires.save_answers(diary, kept, dt.date(2026, 11, 2), full)
    questionnaires.save_answers(diary, kept, dt.date(2026, 11, 9), {kept.items[0].id: 2})
    return export_document(diary)


def test_the_export_carries_the_questionnaire_and_its_answers(exported) -> None:
    (child,) = exported["children"]
    (listed,) = child["questionnaires"]
    assert listed["questionnaire"] == json.loads(EXAMPLE.read_text("utf-8"))
    assert [a["date"] for a in listed["answers"]] == ["2026-11-02", "2026-11-09"]
    assert (
        list(listed["answers"][1]["answers"].values()).count(None)
        == len(listed["questionnaire"]["items"]) - 1
    )


def test_an_export_imports_into_another_diary_with_the_same_totals(exported, tmp_path) -> None:
    with open_diary(tmp_path / "other", auto_backup=False) as other:
        import_document(other, read_document(dumps(exported)))
        (anna,) = export_document(other)["children"]
        assert anna["questionnaires"] == exported["children"][0]["questionnaires"]
        kept = questionnaires.questionnaires(other, 1)
        totals = [a.total for a in questionnaires.answers(other, kept[0].id)]
    assert totals == [len(kept[0].items), None]


def test_importing_twice_into_the_same_child_keeps_one_set_of_answers(exported, tmp_path) -> None:
    with open_diary(tmp_path / "other", auto_backup=False) as other:
        import_document(other, read_document(dumps(exported)))
        summary = import_document(
            other, read_document(dumps(exported)), on_conflict=OnConflict.MERGE
        )
        (kept,) = questionnaires.questionnaires(other, 1)
        assert len(questionnaires.answers(other, kept.id)) == 2
    assert summary is not None


def test_a_file_without_questionnaires_exports_and_imports_as_before(diary, tmp_path) -> None:
    children.create_child(diary, "Luca", dt.date(2018, 1, 1))
    document = export_document(diary)
    assert "questionnaires" not in document["children"][0]
    with open_diary(tmp_path / "other", auto_backup=False) as other:
        import_document(other, read_document(dumps(document)))
        assert questionnaires.questionnaires(other, 1) == []


def test_a_bad_questionnaire_or_answer_in_a_file_is_listed_with_its_path(
    exported, tmp_path
) -> None:
    listed = exported["children"][0]["questionnaires"][0]
    listed["questionnaire"]["recall"] = "monthly"
    exported["children"][0]["questionnaires"].append(
        {
            "questionnaire": json.loads(EXAMPLE.read_text("utf-8")) | {"id": "second"},
            "answers": [{"date": "2026-11-02", "answers": {"itch_bother": 9, "nope": 1}}],
        }
    )
    with (
        open_diary(tmp_path / "other", auto_backup=False) as other,
        pytest.raises(ImportRefusedError) as refused,
    ):
        import_document(other, read_document(dumps(exported)))
    paths = [problem.path for problem in refused.value.issues]
    assert "$.children[0].questionnaires[0].questionnaire.recall" in paths
    assert "$.children[0].questionnaires[1].answers[0].answers.itch_bother" in paths
    assert "$.children[0].questionnaires[1].answers[0].answers" in paths


def test_the_csv_export_has_a_row_per_item_answered_with_the_days_total(exported) -> None:
    import csv
    import io

    from masto_diary.exchange.csv_export import tables

    text = tables(exported)["questionnaire_answers.csv"].decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    items = exported["children"][0]["questionnaires"][0]["questionnaire"]["items"]
    assert len(rows) == 2 * len(items)
    first_day = [r for r in rows if r["date"] == "2026-11-02"]
    assert {r["total"] for r in first_day} == {str(len(items))}
    assert {r["total"] for r in rows if r["date"] == "2026-11-09"} == {""}
    assert first_day[0]["answer"] == items[0]["answers"][1]["text"]


def test_the_csv_export_of_a_diary_without_questionnaires_has_no_such_file(diary) -> None:
    from masto_diary.exchange.csv_export import tables

    children.create_child(diary, "Luca", dt.date(2018, 1, 1))
    assert "questionnaire_answers.csv" not in tables(export_document(diary))


def test_fhir_has_a_valid_questionnaire_response_per_day_answered(exported) -> None:
    from fhir.resources.R4B.bundle import Bundle
    from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse

    from masto_diary.exchange.fhir import bundle

    fhir_bundle = bundle(exported, today=dt.date(2026, 12, 1))
    Bundle.model_validate(fhir_bundle)
    found = [
        e["resource"]
        for e in fhir_bundle["entry"]
        if e["resource"]["resourceType"] == "QuestionnaireResponse"
    ]
    for resource in found:
        QuestionnaireResponse.model_validate(resource)
    assert [r["authored"] for r in found] == ["2026-11-02", "2026-11-09"]
    assert [r["status"] for r in found] == ["completed", "in-progress"]
    items = exported["children"][0]["questionnaires"][0]["questionnaire"]["items"]
    total = next(i for i in found[0]["item"] if i["linkId"] == "total")
    assert total["answer"] == [{"valueInteger": len(items)}]
    assert all(i["linkId"] != "total" for i in found[1]["item"])
    patient = next(e for e in fhir_bundle["entry"] if e["resource"]["resourceType"] == "Patient")
    assert found[0]["subject"]["reference"] == patient["fullUrl"]
