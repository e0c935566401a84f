"""Nothing on the rendered report collides (issue 22, item 6).

Six reports an allergist reads — the last 90 and 365 days of the demo child, a period holding
his first dose, the 90 days in Italian, the urticaria teenager's first 180 days and the last
year of the 10-year diary — are written as real PDFs and read back word by word with their
bounding boxes (:mod:`tests.report.pdf_layout`).  Any two overlapping texts, a text over a
chart marker or outside the printable page, a heading as a page's last line or a page holding
only the method box fails the test with the words and the page.
"""

import datetime as dt
from pathlib import Path

import pdfplumber
import pytest
from PySide6.QtCore import QLocale

from masto_diary.demo import write_demo_diary, write_synthetic_diary
from masto_diary.report import charts
from masto_diary.report.content import cycle_scale, gather_report
from masto_diary.report.render import write_report
from masto_diary.services import records
from masto_diary.services.series import load_chart_data
from masto_diary.storage import open_diary
from masto_diary.words import i18n
from masto_diary.words.report_texts import tr
from tests.report.pdf_layout import layout_problems

TODAY = dt.date(2026, 3, 2)
LUCA, SARA, TEN = "luca rossi", "sara bianchi", "synthetic child (10 years, seed 0)"
CASES = {  # name: (diary, child, period, language)
    "90": ("demo", LUCA, 90, "en"),
    "365": ("demo", LUCA, 365, "en"),
    "first-dose": ("demo", LUCA, "first-dose", "en"),
    "it": ("demo", LUCA, 90, "it"),
    "urticaria": ("demo", SARA, "first-180", "en"),
    "ten": ("ten", TEN, 365, "en"),
}


@pytest.fixture(scope="module")
def folders(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    found = {}
    for name in ("demo", "ten"):
        folder = tmp_path_factory.mktemp(name)
        with open_diary(folder, auto_backup=False) as diary:
            if name == "demo":
                write_demo_diary(diary, today=TODAY)
            else:
                write_synthetic_diary(diary, 10, today=TODAY)
        found[name] = folder
    return found


def period_of(data, days) -> tuple[dt.date, dt.date]:
    if days == "first-dose":
        first = data.first_injection
        return first - dt.timedelta(days=103), first + dt.timedelta(days=111)
    if days == "first-180":
        return data.start, data.start + dt.timedelta(days=179)
    return TODAY - dt.timedelta(days=days - 1), TODAY


def render(folders, case: str, out: Path) -> Path:
    which, name, days, language = CASES[case]
    i18n.install(choice=language)
    with open_diary(folders[which], auto_backup=False) as diary:
        child = records.find_child_id(diary, name)
        start, end = period_of(load_chart_data(diary, child, TODAY).data, days)
        pdf = out / f"{case}.pdf"
        write_report(gather_report(diary, child, start, end, today=TODAY), pdf)
    return pdf


@pytest.fixture
def language_back(qapp):
    yield
    i18n.uninstall()
    QLocale.setDefault(QLocale.system())


@pytest.mark.parametrize("case", sorted(CASES))
def test_nothing_on_the_report_collides(folders, case, tmp_path, language_back):
    pdf = render(folders, case, tmp_path)
    problems = layout_problems(pdf, tr("How these figures are computed"))
    assert problems == [], "\n".join(problems)


def test_the_header_names_the_child_in_full(folders, tmp_path, language_back):
    """The 10-year child's long name and age stay whole (they were cut to '… · …')."""
    pdf = render(folders, "ten", tmp_path)
    with pdfplumber.open(pdf) as document:
        first = document.pages[0].extract_text()
    assert "Synthetic child (10 years, seed 0) · 12 years on 2 Mar 2026" in first
    assert "…" not in first.splitlines()[1]


def test_the_dashed_line_prints_as_its_legend(folders, tmp_path, language_back):
    """The 'all cycles' median is drawn with the dash pattern of its legend swatch."""
    pdf = render(folders, "ten", tmp_path)
    grey = charts.GREY.getRgbF()[:3]
    with pdfplumber.open(pdf) as document:
        page = document.pages[0]
        strokes = [
            c for c in [*page.curves, *page.lines]
            if c["linewidth"] > 1.5 and c.get("stroking_color")
            and all(abs(a - b) < 0.01 for a, b in zip(c["stroking_color"], grey, strict=True))
        ]  # fmt: skip
    swatch = min(strokes, key=lambda c: c["x1"] - c["x0"])
    line = max(strokes, key=lambda c: c["x1"] - c["x0"])
    assert line["x1"] - line["x0"] > 100 and swatch["x1"] - swatch["x0"] < 15
    assert line["dash"] == swatch["dash"] and line["dash"][0]


def test_the_dose_cycle_scale_is_the_childs(folders, language_back):
    """One drawn y-top for every period of a child, above every point of every profile."""
    with open_diary(folders["demo"], auto_backup=False) as diary:
        luca = records.find_child_id(diary, LUCA)
        data = load_chart_data(diary, luca, TODAY).data
        tops = set()
        for days in (30, 90, 365, "first-dose"):
            content = gather_report(diary, luca, *period_of(data, days), today=TODAY)
            cycle = content.cycle
            top = charts.cycle_axis_top(cycle, content.cycle_reference, content.cycle_scale)
            tops.add(top)
            assert top >= float(max(cycle.p75[cycle.n > 0])) and top >= cycle_scale(data)
    assert len(tops) == 1, tops
