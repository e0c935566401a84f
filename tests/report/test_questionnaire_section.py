"""The report's questionnaire section read back from the PDF: latest total, band, trend, source."""

import datetime as dt
import json
from pathlib import Path

from pypdf import PdfReader

from masto_diary.report.content import gather_report
from masto_diary.report.render import write_report
from masto_diary.services import children, entries, questionnaires

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "questionnaire-example.json"
TODAY = dt.date.today()


def text_of(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


def test_the_report_shows_the_latest_total_band_trend_and_source(qapp, diary, tmp_path) -> None:
    child = children.create_child(diary, "Anna", dt.date(2016, 5, 1))
    for back in (20, 0):  # the report's period is the diary's days
        entries.save_entry(diary, child.id, TODAY - dt.timedelta(days=back), {"fatigue": 1})
    content = json.loads(EXAMPLE.read_text("utf-8"))
    kept_id = questionnaires.keep_questionnaire(diary, child.id, content)
    (kept,) = questionnaires.questionnaires(diary, child.id)
    assert kept.id == kept_id
    first, last = TODAY - dt.timedelta(days=14), TODAY - dt.timedelta(days=7)
    questionnaires.save_answers(diary, kept, first, {i.id: 2 for i in kept.items})
    score, band = questionnaires.save_answers(diary, kept, last, {i.id: 1 for i in kept.items})
    questionnaires.save_answers(diary, kept, TODAY, {kept.items[0].id: 0})  # incomplete
    path = tmp_path / "anna.pdf"
    write_report(gather_report(diary, child.id, TODAY - dt.timedelta(days=30), TODAY), path)
    text = text_of(path)
    assert f"Questionnaire: {kept.title}" in text
    assert f"Latest total {score:g} (possible {kept.lowest}–{kept.highest}), {band}," in text
    assert f"Down {2 * len(kept.items) - score:g} since" in text
    assert " ".join(f"Source: {kept.source}".split())[:60] in text


def test_a_child_without_a_questionnaire_has_no_such_section(qapp, diary, tmp_path) -> None:
    child = children.create_child(diary, "Luca", dt.date(2016, 5, 1))
    entries.save_entry(diary, child.id, TODAY, {"fatigue": 1})
    path = tmp_path / "luca.pdf"
    write_report(gather_report(diary, child.id, TODAY - dt.timedelta(days=6), TODAY), path)
    assert "Questionnaire:" not in text_of(path)


def test_the_instrument_shaped_examples_print_their_totals_bands_and_subscales(
    qapp, diary, tmp_path
) -> None:
    from masto_diary.exchange.questionnaire import read_questionnaire

    child = children.create_child(diary, "Sara", dt.date(2011, 5, 1))
    for back in (20, 0):
        entries.save_entry(diary, child.id, TODAY - dt.timedelta(days=back), {"fatigue": 1})
    docs = EXAMPLE.parent
    for name in ("quality-of-life", "urticaria-control"):
        content = read_questionnaire(docs / f"questionnaire-example-{name}.json").content()
        questionnaires.keep_questionnaire(diary, child.id, content)
    qol, control = questionnaires.questionnaires(diary, child.id)
    early, late = TODAY - dt.timedelta(days=14), TODAY - dt.timedelta(days=1)
    questionnaires.save_answers(diary, qol, early, {i.id: 3 for i in qol.items})  # 81/108: 75
    questionnaires.save_answers(diary, qol, late, {i.id: 2 for i in qol.items})  # 54/108: 50
    given = {"bother": 1, "daily_life": 0, "treatment": 2, "control": 3}  # 3 + 4 + 2 + 3
    questionnaires.save_answers(diary, control, late, given)
    path = tmp_path / "sara.pdf"
    write_report(gather_report(diary, child.id, TODAY - dt.timedelta(days=30), TODAY), path)
    text = text_of(path)
    assert "Latest total 50 (possible 0–100), marked impairment, on" in text
    assert "Down 25 since" in text
    assert (
        "Subscales of the latest answers: Symptoms 50; Social life and daily activities 50; "
        "Feelings 50; Skin 50." in text
    )
    assert "Latest total 12 (possible 0–16), well controlled, on" in text
