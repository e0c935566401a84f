"""Page 1 for a child with chronic urticaria leads with the UAS7 (report/urticaria.py).

Six hand-worked weeks, read back from the real PDF:

    days  0-6   wheals 3 + itch 3 every day      UAS7 42  severe
    days  7-13  the same                         42  severe  <- the 7 days before the dose
    day  14     first dose, 300 mg
    days 14-20  0 + 0                            0   itch- and hive-free
    days 21-27  1 + 1 on 5 days                  10 x 7 / 5 = 14  mild, estimated
    days 28-34  2 days written                   no score
    days 35-41  1 + 0 every day                  7   mild    <- the last 7 days

Since the dose: 3 weeks scored, 1 of them well controlled (<= 6); response now: not
controlled (7 > 6).
"""

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader

from masto_diary.enums import Condition
from masto_diary.report.content import gather_report
from masto_diary.report.render import write_report
from masto_diary.services import children, entries, injections
from masto_diary.services.symptom_scale import ANGIOEDEMA, UAS_ITCH, UAS_WHEALS

FIRST = dt.date(2026, 3, 2)


def _day(offset: int) -> dt.date:
    return FIRST + dt.timedelta(days=offset)


def _page_one(path: Path) -> str:
    return " ".join(PdfReader(path).pages[0].extract_text().split())


@pytest.fixture
def teo(diary):
    child = children.create_child(
        diary, "Teo", dt.date(2012, 4, 4), condition=Condition.CHRONIC_SPONTANEOUS_URTICARIA
    )
    days: dict[int, tuple[int, int]] = {d: (3, 3) for d in range(14)}
    days |= {d: (0, 0) for d in range(14, 21)}
    days |= {d: (1, 1) for d in range(21, 26)}
    days |= {d: (2, 2) for d in (28, 29)}
    days |= {d: (1, 0) for d in range(35, 42)}
    for offset, (wheals, itch) in days.items():
        scores = {UAS_WHEALS: wheals, UAS_ITCH: itch, ANGIOEDEMA: int(offset in (3, 36))}
        entries.save_entry(diary, child.id, _day(offset), scores)
    given = dt.datetime.combine(_day(14), dt.time(10), tzinfo=dt.UTC)
    injections.log_injection(diary, child.id, given, 300)
    return child


def test_page_one_gives_uas7_now_at_baseline_and_the_response(qapp, diary, teo, tmp_path):
    content = gather_report(diary, teo.id, _day(0), _day(41), today=_day(60))
    path = tmp_path / "teo.pdf"
    write_report(content, path)
    text = _page_one(path)
    assert "Chronic spontaneous urticaria" in text  # not the mastocytosis "Not known yet"
    assert "UAS7, last 7 days of the period 7 · mild" in text
    assert "UAS7, 7 days before the first dose 42 · severe" in text
    assert "Response to omalizumab not controlled (UAS7 > 6)" in text
    assert "since the first dose 1 of 3" in text
    assert "Whole weeks in this period 6" in text
    assert "of them estimated (4–6 days written) 1" in text
    assert "of them without a score (3 days or fewer) 1" in text
    assert "Days with angioedema in this period 2" in text
    assert "Weekly urticaria activity (UAS7) and injections" in text
    assert "Mean daily symptom score" not in text  # the mastocytosis figures are not shown


def test_a_week_that_is_estimated_says_so(qapp, diary, teo, tmp_path):
    content = gather_report(diary, teo.id, _day(0), _day(27), today=_day(60))
    path = tmp_path / "teo.pdf"
    write_report(content, path)
    assert "UAS7, last 7 days of the period 14 · mild (estimated from 5 days)" in _page_one(path)


def test_a_mastocytosis_child_keeps_the_key_figures(qapp, diary, tmp_path):
    luca = children.create_child(diary, "Luca", dt.date(2017, 3, 2))
    entries.save_entry(diary, luca.id, _day(0), {"flushing": 2})
    content = gather_report(diary, luca.id, _day(0), _day(6), today=_day(10))
    assert content.urticaria is None
    path = tmp_path / "luca.pdf"
    write_report(content, path)
    assert "Mean daily symptom score" in _page_one(path)
