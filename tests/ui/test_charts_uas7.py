"""The Charts page's weekly UAS7 for a child with urticaria (ui/charts/uas7.py).

Five hand-made weeks: a full severe week (42), a mild week estimated from 5 days (10 × 7 / 5 =
14), a week with 2 days (no score, never a bar of 0), an itch- and hive-free week (0), and an
empty week.  The bars' heights and colours, the hatch over the estimate and the "no score"
marks are read back from the chart.
"""

import datetime as dt

import pytest
from PySide6.QtCore import QSettings

from masto_diary.analysis import uas7
from masto_diary.enums import Condition
from masto_diary.services import children, entries, injections
from masto_diary.services.symptom_scale import UAS_ITCH, UAS_WHEALS
from masto_diary.ui.charts.common import day_x
from masto_diary.ui.charts.uas7 import BAND_HUES
from masto_diary.ui.pages.charts import ChartsPage

TODAY = dt.date.today()
FIRST = TODAY - dt.timedelta(days=35)
MIDDLE = 3.5 * 86_400  # a week's bar stands in the middle of its seven days


def _day(offset: int) -> dt.date:
    return FIRST + dt.timedelta(days=offset)


@pytest.fixture
def teo(diary):
    child = children.create_child(
        diary, "Teo", dt.date(2012, 4, 4), condition=Condition.CHRONIC_SPONTANEOUS_URTICARIA
    )
    days = {offset: 3 for offset in range(7)}  # 6 a day: 42
    days |= {offset: 1 for offset in range(7, 12)}  # 2 a day on 5 days: 14, estimated
    days |= {offset: 2 for offset in (14, 15)}  # 2 days: no score
    days |= {offset: 0 for offset in range(21, 28)}  # 0
    for offset, item in days.items():
        entries.save_entry(diary, child.id, _day(offset), {UAS_WHEALS: item, UAS_ITCH: item})
    given = dt.datetime.combine(_day(8), dt.time(10), tzinfo=dt.UTC)
    injections.log_injection(diary, child.id, given, 300)
    return child


def _page(qtbot, diary, tmp_path, child_id) -> ChartsPage:
    settings = QSettings(str(tmp_path / "charts.ini"), QSettings.Format.IniFormat)
    page = ChartsPage(diary, settings=settings)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.set_child(child_id)
    page.show()
    qtbot.waitExposed(page)
    return page


def _bars(page: ChartsPage) -> dict[tuple[str, bool], list[tuple[float, float]]]:
    return {
        key: list(zip(item.opts["x"], item.opts["height"], strict=True))
        for key, item in page.uas7.bars.items()
        if len(item.opts["x"])
    }


def test_weekly_bars_by_band_with_the_estimate_hatched_and_gaps_marked(qtbot, diary, teo, tmp_path):
    page = _page(qtbot, diary, tmp_path, teo.id)
    assert page.tabs.widget(0) is page.uas7 and page.tabs.currentWidget() is page.uas7
    assert page.uas7.showing_chart
    x = [day_x(_day(7 * week)) + MIDDLE for week in range(5)]
    assert _bars(page) == {
        (uas7.SEVERE, False): [(x[0], 42)],
        (uas7.MILD, True): [(x[1], 14)],
        (uas7.ITCH_AND_HIVE_FREE, False): [(x[3], 0)],
    }
    hatch = page.uas7.hatch.opts
    assert list(zip(hatch["x"], hatch["height"], strict=True)) == [(x[1], 14)]
    no_score_x = sorted(page.uas7.no_score.getData()[0])
    assert no_score_x == [x[2], x[4]]  # the 2-day week and the empty one: marks, not bars
    severe = page.uas7.bars[(uas7.SEVERE, False)].opts["brush"].color().name()
    assert severe == BAND_HUES[uas7.SEVERE].lower()
    assert list(page.uas7.injection_lines.xs) == [day_x(_day(8))]


def test_a_mastocytosis_child_has_no_uas7_tab(qtbot, diary, teo, tmp_path):
    luca = children.create_child(diary, "Luca", dt.date(2017, 3, 2))
    page = _page(qtbot, diary, tmp_path, teo.id)
    assert page.tabs.indexOf(page.uas7) == 0
    page.set_child(luca.id)
    assert page.tabs.indexOf(page.uas7) == -1


def test_too_few_days_is_a_sentence_not_an_empty_chart(qtbot, diary, tmp_path):
    child = children.create_child(
        diary, "Ada", dt.date(2011, 1, 1), condition=Condition.CHRONIC_SPONTANEOUS_URTICARIA
    )
    for offset in range(3):
        entries.save_entry(diary, child.id, _day(offset), {UAS_WHEALS: 2, UAS_ITCH: 2})
    page = _page(qtbot, diary, tmp_path, child.id)
    assert not page.uas7.showing_chart
    assert "at least 4 of its 7 days" in page.uas7.sentence.text()
