"""Every example questionnaire survives export → import → export with its ids and uids, and a
file that names one questionnaire id twice for a child is refused."""

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest

from masto_diary.exchange.json_format import (
    ImportRefusedError,
    dumps,
    export_document,
    import_document,
    read_document,
)
from masto_diary.exchange.questionnaire import read_questionnaire
from masto_diary.services import children, questionnaires
from masto_diary.storage import open_diary
from masto_diary.sync import share

EXAMPLES = sorted(
    (Path(__file__).resolve().parents[2] / "docs").glob("questionnaire-example*.json")
)
TABLES = ("clinic_questionnaire", "questionnaire_answer")


def identities(path: Path) -> set[tuple[str, str]]:
    connection = sqlite3.connect(path)
    try:
        query = "SELECT table_name, uid FROM sync_identity WHERE table_name IN (?, ?)"
        return set(connection.execute(query, TABLES).fetchall())
    finally:
        connection.close()


@pytest.fixture
def shared(tmp_path: Path):
    """A shared diary (every record has a uid) holding every example with two days answered."""
    diary = open_diary(tmp_path / "kitchen", auto_backup=False)
    child = children.create_child(diary, "Anna", dt.date(2012, 5, 1))
    for number, path in enumerate(EXAMPLES):
        questionnaires.keep_questionnaire(diary, child.id, read_questionnaire(path).content())
        kept = questionnaires.questionnaires(diary, child.id)[number]
        highest = {item.id: item.answers[-1][0] for item in kept.items}
        questionnaires.save_answers(diary, kept, dt.date(2026, 11, 2), highest)
        first = kept.items[0]
        questionnaires.save_answers(
            diary, kept, dt.date(2026, 11, 30), {first.id: first.answers[0][0]}
        )
    (tmp_path / "Sync").mkdir()
    share.share(diary, tmp_path / "Sync", "a family passphrase", "kitchen")
    yield diary
    diary.close()


def test_every_example_is_in_the_diary_as_written(shared):
    (anna,) = export_document(shared)["children"]
    written = {path.name: json.loads(path.read_text("utf-8")) for path in EXAMPLES}
    kept = {q["questionnaire"]["id"]: q["questionnaire"] for q in anna["questionnaires"]}
    assert kept == {q["id"]: q for q in written.values()}


def test_export_import_export_keeps_ids_uids_answers_and_totals(shared, tmp_path: Path):
    first = export_document(shared)
    listed = first["children"][0]["questionnaires"]
    assert all(len(q["uid"]) == 32 for q in listed)
    assert all(len(a["uid"]) == 32 for q in listed for a in q["answers"])
    assert len(identities(shared.path)) == len(EXAMPLES) * 3
    with open_diary(tmp_path / "study", auto_backup=False) as copy:
        import_document(copy, read_document(dumps(first)))
        assert export_document(copy)["children"] == first["children"]
        assert identities(copy.path) == identities(shared.path)
        before = {
            q.record.key: [(a.date, a.total, a.band) for a in questionnaires.answers(shared, q.id)]
            for q in questionnaires.questionnaires(shared, 1)
        }
        after = {
            q.record.key: [(a.date, a.total, a.band) for a in questionnaires.answers(copy, q.id)]
            for q in questionnaires.questionnaires(copy, 1)
        }
    assert after == before
    # every item at its highest value: 0-100 → 100; the control test's three reversed items
    # score 0 there and the last 4; the weekly example 4 × 3
    firsts = {key: days[0][1:] for key, days in before.items()}
    assert firsts == {
        "quality-of-life-27": (100.0, "severe impairment"),
        "urticaria-control-4": (4.0, "not well controlled"),
        "weekly-skin-check": (12.0, "much trouble"),
    }


def test_two_questionnaires_with_one_id_for_a_child_are_refused(shared, tmp_path: Path):
    document = export_document(shared)
    listed = document["children"][0]["questionnaires"]
    twin = json.loads(json.dumps(listed[0]))
    twin.pop("uid")
    for answer in twin["answers"]:
        answer.pop("uid")
    listed.append(twin)
    with open_diary(tmp_path / "study", auto_backup=False) as copy:
        with pytest.raises(ImportRefusedError) as refused:
            import_document(copy, read_document(dumps(document)))
        assert questionnaires.questionnaires(copy, 1) == []
    (problem,) = refused.value.issues
    assert problem.path == f"$.children[0].questionnaires[{len(EXAMPLES)}].questionnaire.id"
    assert problem.reason.startswith(
        f"'{twin['questionnaire']['id']}' is also the id of questionnaires[0]"
    )


def test_one_day_answered_twice_in_a_file_is_refused(shared, tmp_path: Path):
    document = export_document(shared)
    answers = document["children"][0]["questionnaires"][0]["answers"]
    answers[1]["date"] = answers[0]["date"]
    with (
        open_diary(tmp_path / "study", auto_backup=False) as copy,
        pytest.raises(ImportRefusedError) as refused,
    ):
        import_document(copy, read_document(dumps(document)))
    (problem,) = refused.value.issues
    assert str(problem) == (
        "$.children[0].questionnaires[0].answers[1].date: 2026-11-02 is answered twice "
        "(also at answers[0])"
    )


def test_a_questionnaire_key_given_twice_in_an_export_is_refused(shared, tmp_path: Path):
    text = dumps(export_document(shared)).decode("utf-8")
    text = text.replace('"recall": "2-weekly",', '"recall": "2-weekly", "recall": "daily",', 1)
    with pytest.raises(ImportRefusedError) as refused:
        read_document(text.encode("utf-8"))
    (problem,) = refused.value.issues
    assert str(problem).endswith(".questionnaire.recall: is given more than once in this object")


def test_csv_and_fhir_carry_the_total_as_the_questionnaire_scores_it(tmp_path: Path):
    import csv
    import io

    from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse

    from masto_diary.exchange.csv_export import tables
    from masto_diary.exchange.fhir import bundle

    qol = read_questionnaire(EXAMPLES[0]).content()  # questionnaire-example-quality-of-life
    assert qol["id"] == "quality-of-life-27"
    qol["scoring"]["decimals"] = 1
    with open_diary(tmp_path / "d", auto_backup=False) as diary:
        child = children.create_child(diary, "Anna", dt.date(2012, 5, 1))
        questionnaires.keep_questionnaire(diary, child.id, qol)
        (kept,) = questionnaires.questionnaires(diary, child.id)
        given = {item.id: 0 for item in kept.items}
        given[kept.items[-1].id] = 1  # 1 of 108: 0.93 → 0.9
        for item in kept.items[:6]:
            given[item.id] = None  # 21 of 27 answered: prorated, mean 1/21 × 27 / 108 → 1.2
        questionnaires.save_answers(diary, kept, dt.date(2026, 11, 2), given)
        document = export_document(diary)
    rows = list(
        csv.DictReader(
            io.StringIO(tables(document)["questionnaire_answers.csv"].decode("utf-8-sig"))
        )
    )
    assert {row["total"] for row in rows} == {"1.2"}
    assert {row["band"] for row in rows} == {"little impairment"}
    (response,) = [
        e["resource"]
        for e in bundle(document, today=dt.date(2026, 12, 1))["entry"]
        if e["resource"]["resourceType"] == "QuestionnaireResponse"
    ]
    QuestionnaireResponse.model_validate(response)
    assert response["status"] == "in-progress"  # six items unanswered
    total = next(i for i in response["item"] if i["linkId"] == "total")
    assert total["answer"] == [{"valueDecimal": 1.2}]
