"""The urticaria teenager of the demo diary measured the urticaria way, in the window and the
report alike: the Figures panel names the daily UAS and shows the UAS7 weeks, the dose-cycle
chart is the daily UAS, the report's methods box says so, and its questionnaire section can be
switched off (issue 27, item 3)."""

import dataclasses
import datetime as dt

import pytest
from pypdf import PdfReader

from masto_diary.demo import write_demo_diary
from masto_diary.exchange.questionnaire import read_questionnaire
from masto_diary.report.content import SECTIONS, gather_report
from masto_diary.report.render import write_report
from masto_diary.services import figures, questionnaires, records
from masto_diary.services.series import load_chart_data
from masto_diary.storage import open_diary
from masto_diary.ui.charts.cycle_profile import CycleProfileChart
from masto_diary.ui.charts.inputs import ChartInputs
from masto_diary.ui.charts.summary import SummaryPanel
from masto_diary.ui.pages.report import ReportPage
from tests.exchange.test_questionnaire_instruments import CONTROL

TODAY = dt.date(2026, 3, 2)


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    with open_diary(folder, auto_backup=False) as diary:
        write_demo_diary(diary, today=TODAY)
    return folder


def text_of(path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


def test_the_figures_panel_of_the_teenager_is_in_daily_uas_as_the_report(folder, qtbot):
    with open_diary(folder, auto_backup=False) as diary:
        child = records.find_child_id(diary, "sara bianchi")
        inputs = ChartInputs.compute(load_chart_data(diary, child, TODAY))
        period = inputs.period_for(90)
        panel = SummaryPanel()
        qtbot.addWidget(panel)
        panel.set_inputs(inputs, period)
        content = gather_report(diary, child, period.start, period.end, today=TODAY)
    assert panel.comparison.measure == figures.DAILY_UAS
    assert panel.names["mean_score"].text() == "Mean daily UAS (0–6)"
    assert panel.names["symptom_free"].text() == "Itch- and hive-free days"
    assert not panel.names["uas7"].isHidden()
    uas = content.urticaria.uas
    assert panel.value_text("uas7", "before").startswith(str(uas.baseline.score))
    assert panel.value_text("uas7", "on").startswith(str(uas.now.score))
    printed = {c.column.kind: c.summary for c in content.columns}
    assert panel.comparison.on_therapy == printed["period"]
    assert content.summary.mean_dss == printed["period"].mean_dss  # page 1 agrees
    assert "Daily UAS" in panel.note.text()


def test_the_cycle_chart_of_the_teenager_is_the_daily_uas(folder, qtbot):
    with open_diary(folder, auto_backup=False) as diary:
        child = records.find_child_id(diary, "sara bianchi")
        data = load_chart_data(diary, child, TODAY)
        inputs = ChartInputs.compute(data)
        period = inputs.period_for(90)
        content = gather_report(diary, child, period.start, period.end, today=TODAY)
    chart = CycleProfileChart()
    qtbot.addWidget(chart)
    chart.set_inputs(inputs, period)
    chart.ensure_drawn()
    assert chart.plot.getAxis("left").labelText == "Daily UAS (0–6)"
    drawn = chart.lines[0].profile
    assert (drawn.n == content.cycle.n).all()
    assert (drawn.median[drawn.n > 0] == content.cycle.median[content.cycle.n > 0]).all()
    assert float(drawn.median[drawn.n > 0].max()) <= 6


def test_the_report_of_the_teenager_says_the_daily_uas_and_the_section_can_go(
    folder, qtbot, tmp_path
):
    with open_diary(folder, auto_backup=False) as diary:
        child = records.find_child_id(diary, "sara bianchi")
        content = read_questionnaire(CONTROL).content()
        questionnaires.keep_questionnaire(diary, child, content)
        (kept,) = questionnaires.questionnaires(diary, child)
        given = {"bother": 1, "daily_life": 0, "treatment": 2, "control": 3}
        questionnaires.save_answers(diary, kept, TODAY - dt.timedelta(days=3), given)
        report = gather_report(diary, child, TODAY - dt.timedelta(days=89), TODAY, today=TODAY)
        questionnaires.remove_questionnaire(diary, kept.id)
    with_all = tmp_path / "all.pdf"
    write_report(report, with_all)
    text = text_of(with_all)
    assert "Dose cycle: daily UAS by days since the last injection" in text
    assert "The daily UAS everywhere: for this child with urticaria the dose-cycle chart" in text
    assert "Latest total 12 (possible 0–16), well controlled" in text
    without = tmp_path / "without.pdf"
    write_report(
        dataclasses.replace(report, sections=frozenset(SECTIONS) - {"questionnaires"}), without
    )
    assert "Questionnaire:" not in text_of(without)


def test_the_report_page_has_a_questionnaire_section_tick(qtbot, demo_diary):
    page = ReportPage(demo_diary)
    qtbot.addWidget(page)
    check = page.section_checks["questionnaires"]
    assert check.objectName() == "reportSection_questionnaires"
    assert check.text() == "Clinic questionnaires" and check.isChecked()
    check.setChecked(False)
    assert "questionnaires" not in page.sections()


def test_the_trend_of_the_teenager_is_the_daily_uas(folder, qtbot):
    import numpy as np

    from masto_diary.ui.charts.trend import TrendChart

    with open_diary(folder, auto_backup=False) as diary:
        child = records.find_child_id(diary, "sara bianchi")
        inputs = ChartInputs.compute(load_chart_data(diary, child, TODAY))
    daily = figures.daily_measure(inputs.data)[1]
    assert np.array_equal(inputs.scores.dss, daily, equal_nan=True)
    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.set_inputs(inputs, inputs.period_for(90))
    chart.ensure_drawn()
    assert chart.plot.getAxis("left").labelText == "Daily UAS (0–6)"
