"""Page 1's text pinned for three demo periods (issue 13, item 6; issue 22).

The demo diary is written for a fixed "today", so its dates never move; one period is the
last 90 days, one straddles the first dose (split columns), and the third is the urticaria
teenager's last 90 days (the UAS7 page).  A change to any figure,
rule or wording of page 1 is a visible diff against ``tests/report/golden/``.  To accept a
deliberate change: ``MASTO_UPDATE_GOLDEN=1 pytest tests/report/test_page_one_golden.py`` and
read the diff before committing.
"""

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from masto_diary.demo import write_demo_diary
from masto_diary.report.content import gather_report
from masto_diary.report.render import page_one_text
from masto_diary.services import records
from masto_diary.storage import open_diary
from masto_diary.words import i18n

TODAY = dt.date(2026, 3, 2)
GOLDEN = Path(__file__).parent / "golden"
FIRST_DOSE = dt.date(2025, 1, 8)  # the demo's first dose for TODAY (asserted below)
PERIODS = {
    "last-90-days": ("luca rossi", TODAY - dt.timedelta(days=89), TODAY),
    "straddling-first-dose": ("luca rossi", dt.date(2024, 10, 1), dt.date(2025, 4, 30)),
    "urticaria-last-90-days": ("sara bianchi", TODAY - dt.timedelta(days=89), TODAY),
}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("golden-demo")
    with open_diary(folder, auto_backup=False) as diary:
        write_demo_diary(diary, today=TODAY)
        yield diary


@pytest.fixture
def in_english(qapp):
    i18n.uninstall()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(QLocale.system())


@pytest.mark.parametrize("name", sorted(PERIODS))
def test_page_one_text_is_the_golden_text(demo, in_english, name):
    child, start, end = PERIODS[name]
    content = gather_report(demo, records.find_child_id(demo, child), start, end, today=TODAY)
    if child == "luca rossi":
        assert content.first_injection == FIRST_DOSE
    text = page_one_text(content)
    golden = GOLDEN / f"page1-{name}.txt"
    if os.environ.get("MASTO_UPDATE_GOLDEN"):
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")
