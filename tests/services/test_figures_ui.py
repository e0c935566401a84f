"""One truth per figure (issue 22, item 1): the window's path and the report's path agree.

The window shows a child's figures in Charts ▸ Figures (``SummaryPanel``) and the UAS7 chart;
the report prints them on page 1.  Both ask :func:`masto_diary.services.figures.key_figures`;
these tests drive the real widgets and the real report builder on the demo diary and the
10-year diary and require the same numbers: the fixed baseline before therapy, the figures on
therapy (means, symptom-free days, rescue counts), adherence, the UAS7 weeks and the response.
"""

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from masto_diary.demo import write_demo_diary, write_synthetic_diary
from masto_diary.report.content import gather_report
from masto_diary.services import records
from masto_diary.services.series import load_chart_data
from masto_diary.storage import open_diary
from masto_diary.ui.charts.inputs import ChartInputs, Period
from masto_diary.ui.charts.summary import SummaryPanel
from masto_diary.ui.charts.uas7 import Uas7Chart

TODAY = dt.date(2026, 3, 2)
TEN = "synthetic child (10 years, seed 0)"


@pytest.fixture(scope="module")
def diaries(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folders = {}
    for name, write in (("demo", write_demo_diary), ("ten", write_synthetic_diary)):
        folder = tmp_path_factory.mktemp(name)
        with open_diary(folder, auto_backup=False) as diary:
            write(diary, today=TODAY) if name == "demo" else write(diary, 10, today=TODAY)
        folders[name] = folder
    return folders


def _window_and_report(folder: Path, name: str, days: int | str, qtbot):
    """The Figures panel for a Charts range and the report of the same days."""
    with open_diary(folder, auto_backup=False) as diary:
        child = records.find_child_id(diary, name)
        inputs = ChartInputs.compute(load_chart_data(diary, child, TODAY))
        period = inputs.period_for(days)
        panel = SummaryPanel()
        qtbot.addWidget(panel)
        panel.set_inputs(inputs, period)
        content = gather_report(diary, child, period.start, period.end, today=TODAY)
    return inputs, period, panel, content


@pytest.mark.parametrize("which", ["demo", "ten"])
@pytest.mark.parametrize("days", [30, 90, 365])
def test_window_and_report_show_the_same_figures(diaries, which, days, qtbot):
    name = "luca rossi" if which == "demo" else TEN
    _, _, panel, content = _window_and_report(diaries[which], name, days, qtbot)
    shown = panel.comparison
    printed = {c.column.kind: c.summary for c in content.columns}
    assert shown.on_therapy == printed["period"]  # means, symptom-free, rescue counts, rates
    assert shown.baseline == printed["baseline"]
    assert shown.adherence == content.therapy.adherence
    on, base = printed["period"], printed["baseline"]
    assert panel.value_text("antihistamine", "on") == str(on.antihistamine_rescues)
    assert panel.value_text("antihistamine", "before") == str(base.antihistamine_rescues)
    assert panel.value_text("symptom_free", "on") == f"{on.symptom_free_pct:.0f} %"
    assert panel.value_text("steroid", "before") == str(base.steroid_rescues)


@pytest.mark.parametrize("which", ["demo", "ten"])
def test_the_baseline_is_one_figure_whatever_the_range(diaries, which, qtbot):
    """The 'before therapy' of the whole history on screen is the one every report prints
    (the window used every day before the first dose, the report 90 of them)."""
    name = "luca rossi" if which == "demo" else TEN
    _, _, panel, content = _window_and_report(diaries[which], name, 90, qtbot)
    baseline = {c.column.kind: c.summary for c in content.columns}["baseline"]
    with open_diary(diaries[which], auto_backup=False) as diary:
        child = records.find_child_id(diary, name)
        inputs = ChartInputs.compute(load_chart_data(diary, child, TODAY))
    printed = panel.value_text("mean_score", "before")
    for choice in (30, 365, "all"):
        panel.set_inputs(inputs, inputs.period_for(choice))
        assert panel.comparison.baseline == baseline, choice
        assert panel.value_text("mean_score", "before") == printed, choice


def test_the_uas7_weeks_and_response_agree(diaries, qtbot):
    """Sara's first 180 days (a period ending mid-week): the same weeks on screen and paper."""
    with open_diary(diaries["demo"], auto_backup=False) as diary:
        child = records.find_child_id(diary, "sara bianchi")
        inputs = ChartInputs.compute(load_chart_data(diary, child, TODAY))
        start = inputs.data.start
        period = Period(start, start + dt.timedelta(days=179))
        content = gather_report(diary, child, period.start, period.end, today=TODAY)
    chart = Uas7Chart()
    qtbot.addWidget(chart)
    chart.set_inputs(inputs, period)
    chart.ensure_drawn()
    printed = content.urticaria
    assert [dataclasses.astuple(w) for w in chart.weeks] == [
        dataclasses.astuple(w) for w in printed.weeks
    ]
    assert all(period.start <= w.end <= period.end for w in chart.weeks)
    panel = SummaryPanel()
    qtbot.addWidget(panel)
    panel.set_inputs(inputs, period)
    assert panel.comparison.urticaria.uas == printed.uas
    assert panel.comparison.urticaria.response == printed.response
