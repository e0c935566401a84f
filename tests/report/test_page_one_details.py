"""Page 1 as an allergist reads it (issue 22, items 2, 4, 5 and 7).

Medication changes by the dose a day with the change in words, "Now taking" holding only what
is taken at the period's end and "Stopped in this period" beside it; every anaphylaxis dated in
whichever column it falls; a lab value outside its range said in words; the questions of the
next visit only; the urticaria response said only when it can be, and the urticaria method
box; questionnaire answers kept over the period asked for, before the first evening entry.
"""

import datetime as dt
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from masto_diary.analysis import MedicationRecord, taper_summary
from masto_diary.demo import write_demo_diary
from masto_diary.report.content import gather_report
from masto_diary.report.render import (
    _medication_cells,
    figures_table,
    growth_lines,
    method_paragraphs,
    now_taking_lines,
    page_one_text,
    stopped_lines,
)
from masto_diary.report.urticaria import urticaria_table
from masto_diary.services import children, entries, growth, questionnaires, records, visits
from masto_diary.services.series import load_chart_data
from masto_diary.storage import open_diary
from masto_diary.words import i18n
from tests.analysis.diary_data import from_rows

TODAY = dt.date(2026, 3, 2)
EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "questionnaire-example.json"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory):
    with open_diary(tmp_path_factory.mktemp("demo"), auto_backup=False) as diary:
        write_demo_diary(diary, today=TODAY)
        yield diary


@pytest.fixture
def english(qapp):
    i18n.uninstall()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(QLocale.system())


def luca_report(demo, start: dt.date, end: dt.date):
    luca = records.find_child_id(demo, "luca rossi")
    return gather_report(demo, luca, start, end, today=TODAY)


def test_a_halved_frequency_is_a_halved_dose():
    d = dt.date
    data = from_rows(
        ["a"],
        {},
        medications=(
            MedicationRecord(
                "Cetirizine",
                "h1_antihistamine",
                5,
                "mg",
                d(2025, 1, 1),
                d(2025, 1, 31),
                "twice daily",
            ),
            MedicationRecord(
                "Cetirizine", "h1_antihistamine", 5, "mg", d(2025, 2, 1), None, "once daily"
            ),
        ),  # fmt: skip
        first=d(2025, 1, 1),
        last=d(2025, 3, 1),
    )
    (cetirizine,) = taper_summary(data, d(2025, 1, 10), d(2025, 2, 20))
    assert cetirizine.direction == "reduced"
    assert cetirizine.changes[0].kind == "decreased"
    assert (cetirizine.at_start.daily, cetirizine.at_end.daily) == (10.0, 5.0)


def test_medication_changes_read_as_a_clinician_reads_them(demo, english):
    content = luca_report(demo, TODAY - dt.timedelta(days=364), TODAY)
    taking = now_taking_lines(content)
    cetirizine = next(line for line in taking if line.startswith("Cetirizine"))
    assert cetirizine.startswith("Cetirizine 5 mg once daily — ")
    assert "halved 15 Oct 2025: 10 → 5 mg a day, twice daily → once daily" in cetirizine
    cells = [_medication_cells(row) for row in content.medications]
    row = next(c for c in cells if c[0] == "Cetirizine")
    assert row[2] == "10 mg twice daily (20 mg a day)" and row[3] == "5 mg once daily"


def test_a_stopped_drug_is_not_now_taken(demo, english):
    first = dt.date(2025, 1, 8)
    content = luca_report(demo, first - dt.timedelta(days=103), first + dt.timedelta(days=111))
    assert not any(line.startswith("Prednisone") for line in now_taking_lines(content))
    assert stopped_lines(content) == ["Prednisone: stopped 5 Feb 2025 (last 5 mg once daily)"]
    assert "## Stopped in this period" in page_one_text(content)


def test_every_anaphylaxis_is_dated_in_its_column(demo, english):
    content = luca_report(demo, TODAY - dt.timedelta(days=364), TODAY)
    table = figures_table(content)
    kinds = [c.column.kind for c in content.columns]
    (row,) = [r for r in table.rows if r[0] == "Anaphylaxis"]
    assert row[1 + kinds.index("baseline")] == "1 (4 Nov 2024)"
    assert row[1 + kinds.index("period")] == "0"


def test_a_value_outside_its_range_is_said_in_words(demo, english):
    text = page_one_text(luca_report(demo, TODAY - dt.timedelta(days=89), TODAY))
    assert "Serum tryptase 23.4 ng/mL (12 Feb 2026) above the reference limit (11.4)" in text


def test_only_the_next_visits_questions(diary, english):
    child = children.create_child(diary, "Anna", dt.date(2016, 5, 1))
    for day in (dt.date(2020, 3, 1), dt.date(2020, 3, 20)):
        entries.save_entry(diary, child.id, day, {"fatigue": 1})
    visits.add_visit(diary, child.id, dt.date(2020, 6, 1))  # the next visit: no questions
    visits.add_visit(diary, child.id, dt.date(2022, 6, 1), questions="Is she growing well?")
    content = gather_report(diary, child.id, dt.date(2020, 3, 1), dt.date(2020, 3, 31))
    assert content.questions is None
    later = gather_report(diary, child.id, dt.date(2020, 3, 1), dt.date(2020, 3, 31),
                          today=dt.date(2022, 6, 1))  # fmt: skip
    assert later.questions is None  # still the June 2020 visit's (none), never 2022's


def test_no_response_before_the_first_dose(demo, english):
    sara = records.find_child_id(demo, "sara bianchi")
    data = load_chart_data(demo, sara, TODAY).data
    first = data.first_injection
    before = gather_report(demo, sara, data.start, first - dt.timedelta(days=1), today=TODAY)
    rows = dict(urticaria_table(before).rows)
    assert rows["Response to omalizumab"] == "none: the period's last week is before the first dose"
    after = gather_report(demo, sara, first, first + dt.timedelta(days=120), today=TODAY)
    assert dict(urticaria_table(after).rows)["Response to omalizumab"].startswith(
        ("complete response", "well controlled", "not controlled")
    )


def test_no_response_without_a_dose(diary, english):
    child = children.create_child(
        diary, "Giulia", dt.date(2012, 5, 1), condition="chronic_spontaneous_urticaria"
    )
    for back in range(14):
        entries.save_entry(diary, child.id, TODAY - dt.timedelta(days=back),
                           {"uas_wheals": 0, "uas_itch": 0})  # fmt: skip
    content = gather_report(diary, child.id, TODAY - dt.timedelta(days=13), TODAY, today=TODAY)
    assert dict(urticaria_table(content).rows)["Response to omalizumab"] == (
        "none: no dose recorded"
    )
    box = " ".join(method_paragraphs(content))
    assert "UAS7" in box and "28–42 severe" in box
    assert "Total IgE" not in box and "Daily symptom score" not in box


def test_questionnaire_answers_before_the_first_entry_are_kept(diary, english):
    child = children.create_child(diary, "Marco", dt.date(2015, 2, 1))
    kept_id = questionnaires.keep_questionnaire(diary, child.id, json.loads(EXAMPLE.read_text()))
    (kept,) = questionnaires.questionnaires(diary, child.id)
    assert kept.id == kept_id
    start = dt.date(2026, 1, 1)
    for week in range(9):  # answers from 1 Jan, the first evening entry on 1 Mar
        given = {i.id: week % 3 for i in kept.items}
        questionnaires.save_answers(diary, kept, start + dt.timedelta(days=7 * week), given)
    entries.save_entry(diary, child.id, dt.date(2026, 3, 1), {"fatigue": 1})
    content = gather_report(diary, child.id, start, dt.date(2026, 3, 2), today=TODAY)
    (summary,) = content.questionnaires
    assert len(summary.days) == 9


def test_a_weight_after_ten_years_says_why_it_has_no_centile(diary, english):
    child = children.create_child(diary, "Rita", dt.date(2012, 1, 10), sex="female")
    entries.save_entry(diary, child.id, dt.date(2026, 2, 1), {"fatigue": 1})
    growth.save_measurement(diary, child.id, dt.date(2026, 2, 1), 48.0, None, today=TODAY)
    content = gather_report(diary, child.id, dt.date(2026, 1, 1), TODAY, today=TODAY)
    lines = growth_lines(content)
    assert lines[0] == "Weight 48 kg (1 Feb 2026), no WHO weight centile after 10 years"
    growth.save_measurement(diary, child.id, dt.date(2026, 2, 1), None, 160.0, today=TODAY)
    content = gather_report(diary, child.id, dt.date(2026, 1, 1), TODAY, today=TODAY)
    lines = growth_lines(content)
    assert lines[0].endswith("no WHO weight centile after 10 years (see BMI)")
    assert lines[2].startswith("BMI 18.7 kg/m² (1 Feb 2026), centile ")  # 48 / 1.6²
