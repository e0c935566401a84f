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
    assert f"Latest total {score} (possible {kept.lowest}–{kept.highest}), {band}," in text
    assert f"Down {2 * len(kept.items) - score} since" in text
    assert " ".join(f"Source: {kept.source}".split())[:60] in text


def test_a_child_without_a_questionnaire_has_no_such_section(qapp, diary, tmp_path) -> None:
    child = children.create_child(diary, "Luca", dt.date(2016, 5, 1))
    entries.save_entry(diary, child.id, TODAY, {"fatigue": 1})
    path = tmp_path / "luca.pdf"
    write_report(gather_report(diary, child.id, TODAY - dt.timedelta(days=6), TODAY), path)
    assert "Questionnaire:" not in text_of(path)
