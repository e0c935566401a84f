"""The Charts page's questionnaire tab: only for a child with one; its totals over the bands."""

import datetime as dt
import json
from pathlib import Path

from masto_diary.services import children, questionnaires
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
