"""Charts ▸ Patterns on the demo diary: what the view says is what the analysis says.

The findings are the words module's sentences on ``analysis.patterns`` of the same data; the
forest plot draws exactly the tested triggers with a finite interval, filled when stated;
an empty diary and no child give sentences.
"""

import datetime as dt
import math

import numpy as np
import pytest
from PySide6.QtCore import QPointF, QSettings
from PySide6.QtWidgets import QApplication

from masto_diary.analysis.patterns import patterns
from masto_diary.enums import Diagnosis
from masto_diary.services import children
from masto_diary.ui.charts import patterns as view_module
from masto_diary.ui.pages.charts import ChartsPage
from masto_diary.words import pattern_texts
from masto_diary.words.symptom_texts import trigger_label
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


def test_patterns_view_says_what_the_analysis_says(page, demo_diary, luca, qtbot):
    page.tabs.setCurrentWidget(page.patterns)
    settle()
    chart = page.patterns
    assert page.tabs.currentWidget() is chart and chart.isVisible()
    found = patterns(reads.diary_data(demo_diary, luca))
    text = chart.findings.text()
    assert pattern_texts.wear_off_sentence(found.wear_off) in text
    assert "late" in pattern_texts.late_sentence(found.wear_off)
    for finding in found.stated_triggers:
        assert pattern_texts.trigger_sentence(finding).replace("&", "&amp;") in text
    unclear = [f for f in found.triggers if not f.stated]
    assert pattern_texts.unclear_line(unclear).replace("&", "&amp;") in text
    assert "caused" not in text.lower()
    drawn = [f for f in found.triggers if view_module.drawable(f)]
    assert [f.label for f in chart.rows] == [f.label for f in drawn]
    x, _ = chart.points.getData()
    assert np.allclose(x, [math.log2(f.ratio) for f in drawn])
    whiskers_x, _ = chart.whiskers.getData()
    assert np.allclose(whiskers_x[::2], [math.log2(f.low) for f in drawn])


def test_stated_findings_are_filled_and_unclear_ones_hollow(page):
    page.tabs.setCurrentWidget(page.patterns)
    settle()
    chart = page.patterns
    brushes = [s.brush().color() for s in chart.points.points()]
    for finding, brush in zip(chart.rows, brushes, strict=True):
        assert (brush == chart.theme.foreground) == finding.stated


def test_range_change_recomputes_for_the_period(page):
    page.tabs.setCurrentWidget(page.patterns)
    settle()
    before = page.patterns.found
    page.set_range_choice(90)
    settle()
    after = page.patterns.found
    assert after is not before and (after.start, after.end) == (page.period.start, page.period.end)


def test_no_child_and_an_empty_diary_give_sentences(qtbot, diary, tmp_path):
    settings = QSettings(str(tmp_path / "charts.ini"), QSettings.Format.IniFormat)
    page = ChartsPage(diary, settings=settings)
    qtbot.addWidget(page)
    page.set_child(None)
    page.show()
    page.tabs.setCurrentWidget(page.patterns)
    settle()
    assert not page.patterns.showing_chart
    assert page.patterns.sentence.text() == "Choose a child to see the patterns of the diary."
    child = children.create_child(diary, "Empty", dt.date(2019, 1, 2), Diagnosis.CUTANEOUS)
    page.set_child(child.id)
    settle()
    assert not page.patterns.showing_chart
    assert "Too few on-time dose cycles" in page.patterns.findings.text()


def test_names_for_tests_and_screen_readers(page):
    chart = page.patterns
    assert chart.objectName() == "patterns" and chart.view.accessibleName()
    assert chart.findings.accessibleName() == "Findings"


def test_a_label_with_markup_is_shown_as_written(qapp):
    from masto_diary.analysis.series import EpisodeRecord
    from tests.analysis.diary_data import from_rows

    start = dt.date(2022, 1, 3)
    label = "<b>pollen</b> & co"
    episodes = [EpisodeRecord(start + dt.timedelta(days=d), "itch", triggers=(label,))
                for d in range(0, 60, 6)]  # fmt: skip
    data = from_rows(["itching"], {}, episodes=episodes, first=start, last=start + dt.timedelta(70))
    html = view_module.findings_html(patterns(data))
    assert "&lt;b&gt;pollen&lt;/b&gt; &amp; co" in html and "<b>pollen" not in html


def test_the_forest_plot_saves_as_png_and_svg_even_if_never_shown(page, tmp_path):
    for suffix in ("png", "svg"):
        path = tmp_path / f"patterns.{suffix}"
        page.patterns.save(path)  # hidden view: drawn first, then written
        assert path.stat().st_size > 1000
    assert page.patterns.found is not None


def test_the_urticaria_teenager_is_told_in_uas7_points(qtbot, demo_diary, tmp_path):
    sara = reads.find_child(demo_diary, "Sara Bianchi").id
    settings = QSettings(str(tmp_path / "charts.ini"), QSettings.Format.IniFormat)
    page = ChartsPage(demo_diary, settings=settings)
    qtbot.addWidget(page)
    page.resize(830, 560)
    page.set_child(sara)
    page.show()
    page.tabs.setCurrentWidget(page.patterns)
    settle()
    found = page.patterns.found
    assert found.wear_off.units == "uas7" and found.wear_off.verdict == "too_few"
    (late,) = found.wear_off.late
    assert late.days_late == 6 and late.rise > 7  # the hives came back: UAS7 points
    text = page.patterns.findings.text()
    assert "the UAS7 was" in text and "No episode in this range names a trigger." in text
    assert "over 0 tests" not in text
    assert page.patterns.stack.height() == 0  # no empty plot, no sentence: the words have room


def test_hovering_a_row_reads_its_sentence(page):
    page.tabs.setCurrentWidget(page.patterns)
    settle()
    chart = page.patterns
    assert chart.rows
    first = chart.rows[0]
    y = float(len(chart.rows) - 1)  # the first row is drawn on top
    scene = chart.plot.vb.mapViewToScene(QPointF(0.0, y))
    text = chart.readout_at_scene(scene)
    assert text.startswith(trigger_label(first.label))
    outside = chart.plot.vb.mapViewToScene(QPointF(0.0, y + 5))
    assert chart.readout_at_scene(outside) == ""
