"""Charts page on the demo diary: what is drawn is what the measures say.

Every chart is built on the demo diary (the case story) and its plotted data is compared with
the analysis functions run on the same loaded data: injection lines, bars, the 7-day mean,
episodes, overdue shading, medication lanes, profile points, lab points and the bound-IgE
note.  Then the range, symptom toggles, hover, palette, saving and refresh after a save
elsewhere are driven as a user would.
"""

import datetime as dt
import subprocess
import sys
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PySide6.QtCore import QLocale, QPointF, QSettings, Qt
from PySide6.QtGui import QColor, QContextMenuEvent, QImage, QPalette
from PySide6.QtWidgets import QApplication

from masto_diary import analysis
from masto_diary.analysis import BOUND_IGE_NOTE
from masto_diary.demo import Timeline
from masto_diary.enums import Diagnosis
from masto_diary.services import children, entries
from masto_diary.ui.charts import export
from masto_diary.ui.charts.common import ChartView, day_x, days_x, period_x
from masto_diary.ui.charts.inputs import Period
from masto_diary.ui.main_window import MainWindow
from masto_diary.ui.pages.charts import ChartsPage
from tests import reads


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


@pytest.fixture
def luca(demo_diary) -> int:
    return reads.find_child(demo_diary, "Luca Rossi").id


@pytest.fixture
def page(qtbot, demo_diary, luca, tmp_path) -> ChartsPage:
    settings = QSettings(str(tmp_path / "charts.ini"), QSettings.Format.IniFormat)
    page = ChartsPage(demo_diary, settings=settings)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.set_child(luca)
    page.show()
    settle()
    return page


@pytest.fixture
def data(demo_diary, luca) -> analysis.DiaryData:
    return reads.diary_data(demo_diary, luca)


def show_tab(page: ChartsPage, chart) -> None:
    page.tabs.setCurrentWidget(chart)
    settle()


def test_trend_draws_what_the_measures_say(page, data):
    trend = page.trend
    assert page.range_choice() == "all" and trend.showing_chart
    assert page.period == Period(data.start, data.end)
    series = analysis.score_series(data)
    scored = ~np.isnan(series.dss)
    np.testing.assert_array_equal(trend.bars.x, days_x(data.days[scored]))
    np.testing.assert_array_equal(trend.bars.heights, series.dss[scored])
    x, mean = trend.mean_curve.getOriginalDataset()
    np.testing.assert_array_equal(x, days_x(data.days))
    np.testing.assert_array_equal(mean, series.mean_7d)  # NaN where fewer than 4 days
    # one line per injection; the dose is written over the first and where it changes only
    assert len(trend.injection_lines.xs) == len(data.injections) == 15
    assert trend.injection_lines.labels == ("150 mg",) + ("",) * 14
    np.testing.assert_array_equal(trend.injection_lines.xs, [day_x(i.day) for i in data.injections])


def test_episodes_by_severity_and_anaphylaxis_unmistakable(page, data):
    trend = page.trend
    kinds = [e for e in data.episodes if e.kind != "anaphylaxis"]
    for severity, scatter in trend.episode_scatters.items():
        expected = sorted(day_x(e.day) for e in kinds if e.severity == severity)
        assert sorted(scatter.data["x"]) == expected
    anaphylaxis = [e for e in data.episodes if e.kind == "anaphylaxis"]
    assert len(anaphylaxis) == 1
    assert trend.anaphylaxis_scatter.data["x"].tolist() == [day_x(anaphylaxis[0].day)]
    assert trend.anaphylaxis_scatter.opts["symbol"] == "star"  # not colour alone
    assert trend.anaphylaxis_labels.texts == ("Anaphylaxis",)  # …and a word


def test_overdue_period_of_the_late_dose_is_shaded(page, data):
    overdue = analysis.overdue_periods(data, today=dt.date.today())
    assert len(overdue) == 1 and overdue[0].days == 7  # due + 1 .. given - 1 (8 days late)
    assert page.trend.overdue_spans.spans == (period_x(overdue[0].start, overdue[0].end),)


def test_medication_lanes_equal_the_analysis(page, data):
    lanes = analysis.medication_lanes(data)
    shown = page.trend.lanes.shown
    assert [lane.name for lane, _ in shown] == [lane.name for lane in lanes]
    assert [periods for _, periods in shown] == [lane.periods for lane in lanes]
    prednisone = next(periods for lane, periods in shown if lane.name == "Prednisone")
    second_dose = data.injections[1].day
    assert prednisone[-1].end == second_dose - dt.timedelta(days=1)  # stopped at dose 2
    assert len(page.trend.lanes.bars.opts["x0"]) == sum(len(p) for _, p in shown)
    texts = page.trend.lanes.labels.texts
    assert "10 mg, twice daily" in texts and "5 mg, once daily" in texts


def test_range_change_updates_the_plots(page, data, qtbot):
    page.set_range_choice(90)
    settle()
    period = Period(data.end - dt.timedelta(days=89), data.end)
    assert page.period == period
    in_range = [i for i in data.injections if period.contains(i.day)]
    assert len(page.trend.injection_lines.xs) == len(in_range) == 3  # 82, 46, 18 days ago
    series = analysis.score_series(data)
    window = data.period_slice(period.start, period.end)
    assert len(page.trend.bars.heights) == int(series.scored[window].sum())
    assert page.trend.plot.viewRange()[0] == pytest.approx(period_x(period.start, period.end))
    lanes_now = {lane.name for lane, _ in page.trend.lanes.shown}
    assert "Prednisone" not in lanes_now  # stopped long before the last 90 days
    assert page.summary.comparison.on_therapy.start == period.start
    # custom range: the date fields become active and are obeyed
    page.set_range_choice("custom")
    assert page.from_edit.isEnabled() and page.to_edit.isEnabled()
    first = data.injections[0].day
    page.open_with((first - dt.timedelta(days=10), first + dt.timedelta(days=40)))
    settle()
    assert len(page.trend.injection_lines.xs) == 2
    assert page.period == Period(first - dt.timedelta(days=10), first + dt.timedelta(days=40))


def test_cycle_profile_points_equal_the_analysis(page, data):
    chart = page.cycle
    show_tab(page, chart)
    assert chart.showing_chart and page.compare_check.isVisible()
    profile = analysis.cycle_profile(data, data.start, data.end)
    (line,) = chart.lines
    x, median = line.median.getOriginalDataset()
    np.testing.assert_array_equal(x, profile.day)
    np.testing.assert_array_equal(median, np.where(profile.joined, profile.median, np.nan))
    np.testing.assert_array_equal(line.counts.opts["height"], profile.n)
    assert profile.days_used == int(line.counts.opts["height"].sum())
    # wear-off of the late dose: the days after the due day rise, from one cycle only, so
    # they stand apart from the line, hollow, each with its cycle count
    assert np.nanmax(profile.median[29:36]) >= 5 and profile.n[29:36].max() == 1
    assert not profile.joined[29:36].any() and np.isnan(median[29:36]).all()
    apart_x, _ = line.apart.getData()
    assert set(range(29, 36)) <= set(apart_x.astype(int).tolist())
    assert {label.textItem.toPlainText() for label in line.cycle_labels} >= {"1"}
    assert "n = " in chart.describe_day(10)


def test_cycle_profile_compares_two_periods(page, data):
    show_tab(page, page.cycle)
    page.compare_check.setChecked(True)
    settle()
    early, late = (line.period for line in page.cycle.lines)
    first = data.injections[0].day
    assert early == Period(first, first + dt.timedelta(days=89))
    assert late == Period(data.end - dt.timedelta(days=89), data.end)
    for line in page.cycle.lines:
        expected = analysis.cycle_profile(data, line.period.start, line.period.end)
        drawn = np.where(expected.joined, expected.median, np.nan)
        np.testing.assert_array_equal(line.median.getOriginalDataset()[1], drawn)


def test_labs_each_on_its_own_axis_with_the_bound_ige_note(page, data):
    show_tab(page, page.labs)
    labs = page.labs
    series = analysis.lab_series(data)
    assert list(labs.panels) == ["tryptase", "total_ige", "kit_d816v"]
    for analyte, panel in labs.panels.items():
        x, values = panel.curve.getOriginalDataset()
        np.testing.assert_array_equal(values, series[analyte].values)
        assert len(panel.injections.xs) == len(data.injections)  # injection markers
    ige = labs.panels["total_ige"]
    first = data.injections[0].day
    after = [d.astype(dt.date) > first for d in series["total_ige"].days]
    assert sum(after) == 5
    assert ige.bound.data["data"].tolist() == [BOUND_IGE_NOTE] * 5
    assert ige.bound.data["x"].tolist() == [
        x for x, late in zip(days_x(series["total_ige"].days), after, strict=True) if late
    ]
    assert ige.notes.texts == (BOUND_IGE_NOTE,)
    assert len(labs.panels["tryptase"].bound.data) == 0
    assert BOUND_IGE_NOTE in labs.describe_near("total_ige", ige.bound.data["x"][0], 1.0)


def test_summary_shows_before_and_on_therapy(page, data):
    # before: the fixed 90-day baseline every report prints; on: the range's days on therapy
    first = data.first_injection
    before = analysis.summarize_period(data, first - dt.timedelta(days=90),
                                       first - dt.timedelta(days=1))  # fmt: skip
    on = analysis.summarize_period(data, first, data.end)
    summary = page.summary
    assert summary.comparison.baseline == before
    assert summary.comparison.on_therapy == on
    assert before.mean_dss > 5 * on.mean_dss  # the story: much better on therapy
    assert summary.value_text("mean_score", "before") == QLocale().toString(before.mean_dss, "f", 1)
    assert summary.value_text("anaphylaxis", "before") == str(before.anaphylaxis)
    assert summary.value_text("symptom_free", "on") == f"{on.symptom_free_pct:.0f} %"
    assert "13 of 14" in summary.adherence.text()
    assert "Baseline before therapy" in summary.before_header.text()


def set_symptom_checked(page, key: str, checked: bool) -> None:
    """Tick or untick a symptom in the list, as a click on its box does."""
    for row in range(page.symptom_list.count()):
        item = page.symptom_list.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == key:
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


def test_symptom_toggles_show_single_symptoms(page, data, demo_diary, luca):
    assert page.symptom_list.count() == 14 and page.symptom_box.isVisible()
    assert not page.trend.symptom_plot.isVisible()
    set_symptom_checked(page, "itching", True)
    settle()
    assert page.trend.symptom_plot.isVisible()
    curve = page.trend.symptom_curves["itching"]
    expected = analysis.per_symptom_series(data, ["itching"])["itching"]
    np.testing.assert_array_equal(curve.getOriginalDataset()[1], expected)
    set_symptom_checked(page, "itching", False)
    settle()
    assert not page.trend.symptom_curves and not page.trend.symptom_plot.isVisible()
    # a hidden symptom stays in the list, marked, and can still be shown
    mood = next(s for s in children.symptoms(demo_diary, luca) if s.key == "mood")
    children.update_symptom(demo_diary, mood.id, active=False)
    page.refresh()
    texts = [page.symptom_list.item(i).text() for i in range(page.symptom_list.count())]
    assert texts[-1] == "Mood / irritability (hidden)"


def test_hover_shows_date_and_values(page, data):
    trend = page.trend
    day = data.episodes[[e.kind for e in data.episodes].index("anaphylaxis")].day
    scene = trend.plot.vb.mapViewToScene(QPointF(day_x(day), 5))
    trend.view.scene().sigMouseMoved.emit(scene)
    text = trend.readout.text()
    assert "daily score" in text and "Anaphylaxis (severe)" in text
    assert f"{day.year}" in text and "Prednisone" not in text.split("·")[0]
    assert trend.crosshair.isVisible()


def test_empty_diary_shows_sentences(qtbot, diary):
    child = children.create_child(diary, "Marta", dt.date(2019, 1, 2), Diagnosis.CUTANEOUS)
    page = ChartsPage(diary)
    qtbot.addWidget(page)
    page.set_child(child.id)
    page.show()
    for chart in (page.trend, page.cycle, page.labs):
        show_tab(page, chart)
        assert not chart.showing_chart and chart.sentence.isVisible()
        assert len(chart.sentence.text().split()) > 8  # a sentence, not a word
        assert not chart.save_button.isEnabled()
    assert "No injection recorded yet" in page.summary.sentence.text()
    assert not page.summary.table.isVisible()
    # one entry is still too sparse for a trend
    entries.save_entry(diary, child.id, dt.date.today(), {"itching": 1})
    page.refresh()
    show_tab(page, page.trend)
    assert "Only one day" in page.trend.sentence.text()
    entries.save_entry(diary, child.id, dt.date.today() - dt.timedelta(days=1), {"itching": 2})
    page.refresh()
    assert page.trend.showing_chart


def test_no_child_shows_a_sentence(qtbot, diary):
    page = ChartsPage(diary)
    qtbot.addWidget(page)
    page.set_child(None)
    page.show()
    assert page.trend.sentence.text() == "Choose a child to see the charts."


@pytest.mark.parametrize("fmt", ["png", "svg"])
def test_each_chart_saves_png_and_svg(page, tmp_path, monkeypatch, fmt):
    asked = []

    def fake_dialog(parent, title, suggested, wanted):
        asked.append((title, suggested, wanted))
        return tmp_path / f"{suggested}"

    monkeypatch.setattr(export, "ask_save_path", fake_dialog)
    for chart in (page.trend, page.cycle, page.labs):
        show_tab(page, chart)
        action = next(a for a in chart.view.save_actions if fmt.upper() in a.text())
        action.trigger()
        path = tmp_path / f"{chart.name}.{fmt}"
        assert path.stat().st_size > 1000
        if fmt == "png":
            image = QImage(str(path))
            assert image.width() == 2 * chart.view.viewport().width()
        else:
            root = ET.parse(path).getroot()
            assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert [a[2] for a in asked] == [fmt] * 3
    assert asked[0][1] == f"trend.{fmt}"


def test_right_click_offers_saving(page, monkeypatch):
    shown = []
    monkeypatch.setattr(ChartView, "popup", lambda view, menu, pos: shown.append(menu.actions()))
    view = page.trend.view
    centre = view.viewport().rect().center()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, centre, view.viewport().mapToGlobal(centre)
    )
    QApplication.sendEvent(view.viewport(), event)
    assert [a.objectName() for a in shown[0]] == ["trendSavePng", "trendSaveSvg"]


def test_cancelled_dialog_writes_nothing(page, tmp_path, monkeypatch):
    monkeypatch.setattr(export, "ask_save_path", lambda *args: None)
    page.trend.save_with_dialog("png")
    assert list(tmp_path.glob("*.png")) == []
    with pytest.raises(ValueError):
        page.trend.save(tmp_path / "chart.jpg")


def test_charts_follow_the_palette(page):
    trend = page.trend
    assert not trend.theme.dark
    dark = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.Text, "#f0f0f0"),
        (QPalette.ColorRole.WindowText, "#f0f0f0"),
    ):
        dark.setColor(role, QColor(colour))
    page.setPalette(dark)
    settle()
    assert trend.theme.dark and page.cycle.theme.dark and page.labs.theme.dark
    assert trend.view.backgroundBrush().color() == QColor("#1e1e1e")
    assert trend.mean_curve.opts["pen"].color() == QColor("#56B4E9")  # sky blue on dark
    assert trend.showing_chart  # still drawn


def test_refresh_after_a_save_elsewhere(qtbot, demo_diary, luca, tmp_path):
    window = MainWindow(demo_diary, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    window.select_child(luca)
    window.show_page("charts")
    settle()
    page = window.page("charts")
    today = dt.date.today()
    assert page.trend.bars.x[-1] < day_x(today)  # the demo has no entry for today
    keys = [s.key for s in children.symptoms(demo_diary, luca)]
    entries.save_entry(demo_diary, luca, today, dict.fromkeys(keys, 3))
    window.overview.data_changed.emit()  # what a page does after saving
    assert page.trend.bars.x[-1] == day_x(today)
    assert page.trend.bars.heights[-1] == 42
    # while another page is shown, the charts reload when they are shown again
    window.show_page("overview")
    entries.save_entry(demo_diary, luca, today, dict.fromkeys(keys, 1))
    window.overview.data_changed.emit()
    assert page.trend.bars.heights[-1] == 42
    window.show_page("charts")
    settle()
    assert page.trend.bars.heights[-1] == 14


def test_demo_story_is_in_the_data(data):
    """What the screenshots must show, checked on the numbers behind them."""
    timeline = Timeline.ending(dt.date.today())
    series = analysis.score_series(data)
    second = data.index_of(timeline.second_dose)
    first = data.index_of(timeline.first_dose)
    before = np.nanmean(series.dss[:first])
    after_second = np.nanmean(series.dss[second + 7 :])
    assert before > 8 and after_second < 1.5
    late = data.index_of(timeline.late_dose)
    assert np.nanmax(series.mean_7d[late - 8 : late + 1]) > 4 * after_second
    ige = analysis.lab_series(data)["total_ige"]
    assert ige.values[ige.includes_bound_ige].min() > 3 * ige.values[~ige.includes_bound_ige].max()


def test_pyqtgraph_is_not_imported_at_start_up():
    code = (
        "import sys\n"
        "import masto_diary.ui.main_window, masto_diary.ui.app\n"
        "print('pyqtgraph' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "False"


def test_widgets_have_names_for_tests_and_screen_readers(page):
    for widget in (page.range_combo, page.from_edit, page.to_edit, page.symptom_list, page.tabs):
        assert widget.objectName() and widget.accessibleName()
    for chart in (page.trend, page.cycle, page.labs):
        assert chart.objectName() and chart.view.accessibleName()
        assert chart.save_button.accessibleName()
    value = page.summary.values[("mean_score", "on")]
    assert value.objectName() == "summary_mean_score_on"
    # the value itself is read ("0.8"); which figure it is comes as the description
    assert value.accessibleName() == "" and value.text() != "—"
    assert value.accessibleDescription() == "Mean daily score, on therapy"
    described = page.trend.accessibleDescription()  # the text alternative of the pictures
    assert "Symptom-free days" in described and value.text() in described
    assert page.findChild(type(page.range_combo), "rangeCombo") is page.range_combo
    assert page.trend.readout.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse


def test_at_1024x640_the_plot_shrinks_and_the_figures_become_a_tab(
    qtbot, demo_diary, luca, tmp_path
):
    settings = QSettings(str(tmp_path / "charts.ini"), QSettings.Format.IniFormat)
    page = ChartsPage(demo_diary, settings=settings)
    qtbot.addWidget(page)
    page.set_child(luca)
    page.resize(830, 560)  # the page's share of a 1024×640 window
    page.show()
    settle()
    assert not page.side_beside and page.tabs.indexOf(page.side_widget) == 4
    assert not page.side_widget.isVisible()  # only when its tab is chosen
    right = page.tabs.mapTo(page, page.tabs.rect().topRight()).x()
    assert right <= page.width()  # nothing cut at the right edge
    page.tabs.setCurrentWidget(page.side_widget)
    settle()
    assert page.summary.isVisible() and page.symptom_list.isVisible()
    for label in page.summary.findChildren(type(page.summary.sentence)):
        if label.isVisible() and not label.wordWrap():
            assert label.width() >= label.sizeHint().width(), label.text()  # no clipped figure
    page.resize(1200, 760)
    settle()
    assert page.side_beside and page.tabs.indexOf(page.side_widget) == -1
    assert page.side_widget.isVisible()


def test_the_chosen_range_is_remembered(qtbot, demo_diary, luca, tmp_path):
    settings = QSettings(str(tmp_path / "charts.ini"), QSettings.Format.IniFormat)
    first = ChartsPage(demo_diary, settings=settings)
    qtbot.addWidget(first)
    first.set_child(luca)
    first.set_range_choice(90)
    second = ChartsPage(demo_diary, settings=settings)
    qtbot.addWidget(second)
    second.set_child(luca)
    assert second.range_choice() == 90

    start, end = dt.date(2026, 1, 10), dt.date(2026, 3, 1)
    second.open_with((start, end))
    third = ChartsPage(demo_diary, settings=settings)
    qtbot.addWidget(third)
    third.set_child(luca)
    assert third.range_choice() == "custom" and third.period == Period(start, end)


def test_long_ranges_are_ticked_by_months(qapp):
    from masto_diary.ui.charts.common import date_axis, day_x

    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    axis = date_axis()
    low, high = day_x(dt.date(2025, 4, 12)), day_x(dt.date(2026, 12, 4))
    ((_, ticks),) = axis.tickValues(low, high, 900)
    days = [dt.datetime.fromtimestamp(t, tz=dt.UTC).date() for t in ticks]
    assert all(d.day == 1 for d in days) and len(days) <= 900 // 64
    assert days[0] == dt.date(2025, 5, 1) or days[0].month in (6, 7)
    labels = axis.tickStrings(ticks, 1.0, 0)
    assert labels[0].endswith("2025") and any(label == "Jan 2026" for label in labels)
    QLocale.setDefault(QLocale.system())
