"""The Charts page's questionnaire tab: only for a child with one; its totals over the bands."""

import datetime as dt
import json
from pathlib import Path

import pyqtgraph as pg

from masto_diary.services import children, entries, questionnaires
from masto_diary.ui.charts.common import day_x, period_x
from masto_diary.ui.colours import dark_palette
from masto_diary.ui.formatting import short_date
from masto_diary.ui.pages.charts import ChartsPage

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "questionnaire-example.json"
DAY = dt.date(2026, 11, 2)


def page_for(qtbot, diary, child_id: int, tmp_path) -> ChartsPage:
    from PySide6.QtCore import QSettings

    settings = QSettings(str(tmp_path / "charts.ini"), QSettings.Format.IniFormat)
    page = ChartsPage(diary, settings=settings)
    qtbot.addWidget(page)
    page.resize(1024, 640)
    page.set_child(child_id)
    page.show()
    return page


def tab_visible(page: ChartsPage) -> bool:
    return page.tabs.isTabVisible(page.tabs.indexOf(page.questionnaire))


def test_the_tab_is_hidden_for_a_child_without_a_questionnaire(qtbot, diary, tmp_path) -> None:
    child = children.create_child(diary, "Luca", dt.date(2018, 5, 4))
    assert not tab_visible(page_for(qtbot, diary, child.id, tmp_path))


def test_the_tab_draws_each_complete_total_over_the_bands(qtbot, diary, tmp_path) -> None:
    child = children.create_child(diary, "Anna", dt.date(2016, 5, 1))
    questionnaires.keep_questionnaire(diary, child.id, json.loads(EXAMPLE.read_text("utf-8")))
    (kept,) = questionnaires.questionnaires(diary, child.id)
    questionnaires.save_answers(diary, kept, DAY, {i.id: 2 for i in kept.items})
    questionnaires.save_answers(diary, kept, DAY + dt.timedelta(days=7), {kept.items[0].id: 1})
    questionnaires.save_answers(
        diary, kept, DAY + dt.timedelta(days=14), {i.id: 1 for i in kept.items}
    )
    page = page_for(qtbot, diary, child.id, tmp_path)
    assert tab_visible(page)
    n = len(kept.items)
    assert page.questionnaire.points[kept.title] == [(DAY, 2 * n), (DAY + dt.timedelta(days=14), n)]
    (plot,) = page.questionnaire.plots
    (curve,) = plot.getPlotItem().listDataItems()
    assert list(curve.yData) == [2 * n, n]  # the incomplete week is not drawn as a 0
    regions = [i for i in plot.getPlotItem().items if type(i).__name__ == "LinearRegionItem"]
    assert len(regions) == len(kept.bands)


def answered_page(qtbot, diary, tmp_path, days: list[dt.date]):
    child = children.create_child(diary, "Anna", dt.date(2016, 5, 1))
    entries.save_entry(diary, child.id, DAY - dt.timedelta(days=30), {"itching": 1})  # the range
    questionnaires.keep_questionnaire(diary, child.id, json.loads(EXAMPLE.read_text("utf-8")))
    (kept,) = questionnaires.questionnaires(diary, child.id)
    for day in days:
        questionnaires.save_answers(diary, kept, day, {i.id: 1 for i in kept.items})
    return page_for(qtbot, diary, child.id, tmp_path), kept


def test_the_plot_follows_the_range_and_says_when_no_answer_is_in_it(qtbot, diary, tmp_path):
    page, _kept = answered_page(qtbot, diary, tmp_path, [DAY, DAY + dt.timedelta(days=7)])
    (plot,) = page.questionnaire.plots
    (note,) = page.questionnaire.notes
    page.open_with((DAY + dt.timedelta(days=1), DAY + dt.timedelta(days=7)))
    (x0, x1), _y = plot.getPlotItem().getViewBox().viewRange()
    assert (x0, x1) == period_x(DAY + dt.timedelta(days=1), DAY + dt.timedelta(days=7))
    assert note.isHidden()
    page.open_with((DAY + dt.timedelta(days=8), DAY + dt.timedelta(days=20)))
    assert not note.isHidden() and "No complete answers in this range" in note.text()
    assert short_date(DAY + dt.timedelta(days=7)) in note.text()
    page.set_range_choice("all")  # every answer, whatever days the diary's entries cover
    (x0, x1), _y = plot.getPlotItem().getViewBox().viewRange()
    assert x0 < day_x(DAY) and x1 > day_x(DAY + dt.timedelta(days=7)) and note.isHidden()


def test_band_names_stand_beside_the_plot_never_over_a_point(qtbot, diary, tmp_path):
    page, kept = answered_page(qtbot, diary, tmp_path, [DAY])
    (plot,) = page.questionnaire.plots
    item = plot.getPlotItem()
    assert not [i for i in item.items if isinstance(i, pg.TextItem)]
    ticks = item.getAxis("right")._tickLevels[0]
    assert [label for _y, label in ticks] == [label for _low, _high, label in kept.bands]


def test_the_plot_follows_a_dark_palette(qtbot, diary, tmp_path):
    page, _kept = answered_page(qtbot, diary, tmp_path, [DAY])
    page.setPalette(dark_palette())
    (plot,) = page.questionnaire.plots
    assert plot.backgroundBrush().color().lightness() < 128
