"""Today page for a child with chronic spontaneous urticaria: a week of UAS typed with the keys.

The UAS items are the child's symptoms, so the page asks them with its own keyboard rule; this
test counts the keys of a whole week and reads the UAS7 back through the services.
"""

import datetime as dt

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from masto_diary.enums import Condition
from masto_diary.services import children, entries, urticaria
from masto_diary.services.series import load_chart_data
from masto_diary.ui.pages.today import TodayPage

EVENING = dt.datetime(2026, 11, 26, 21, 0).astimezone()
TODAY = EVENING.date()
# a week, newest day first: (wheals, itch, angioedema)
WEEK = [(1, 1, 0), (2, 1, 0), (2, 2, 0), (3, 2, 1), (3, 3, 0), (2, 3, 0), (3, 3, 1)]


@pytest.fixture(autouse=True)
def no_modal_questions(monkeypatch):
    monkeypatch.setattr(TodayPage, "ask_unsaved", classmethod(lambda *a: "discard"))
    monkeypatch.setattr(TodayPage, "confirm_delete", classmethod(lambda *a: False))


def test_a_week_of_uas_in_under_20_keys_a_day(qtbot, diary):
    teo = children.create_child(
        diary, "Teo", dt.date(2012, 4, 4), condition=Condition.CHRONIC_SPONTANEOUS_URTICARIA
    )
    page = TodayPage(diary, clock=lambda: EVENING)
    qtbot.addWidget(page)
    page.set_child(teo.id)
    page.resize(1100, 800)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.rows[0])
    assert [row.key for row in page.rows] == ["uas_wheals", "uas_itch", "angioedema"]

    per_day = []
    for index, day_scores in enumerate(WEEK):
        count = 0
        if index:
            qtbot.keyClick(
                QApplication.focusWidget(), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier
            )
            count += 1
        assert QApplication.focusWidget() is page.rows[0]
        for digit in day_scores:  # each digit scores its row and moves on
            qtbot.keyClick(QApplication.focusWidget(), str(digit))
            count += 1
        qtbot.keyClick(
            QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
        )
        per_day.append(count + 1)
    assert max(per_day) == 5 < 20
    assert (
        page.rows[0].description_label.text() == "more than 50 hives, or large patches run together"
    )

    first = TODAY - dt.timedelta(days=6)
    assert entries.read_day(diary, teo.id, first).scores == {
        "uas_wheals": 3, "uas_itch": 3, "angioedema": 1
    }  # fmt: skip
    uas = urticaria.uas_days(load_chart_data(diary, teo.id, TODAY).data)
    (week,) = uas.weeks(anchor=first)
    # daily UAS 2, 3, 4, 5, 6, 5, 6 = 31: severe; angioedema on two days
    assert (week.score, week.band, week.complete) == (31, "severe", True)
    assert np.nansum(uas.angioedema) == 2
