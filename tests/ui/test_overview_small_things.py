"""Small things a parent meets on the Overview and Today (issue 25): the diagnosis said for
every condition, the keyboard on the children when the Overview opens (Enter opens one, as
the hint says), and what wellbeing 0 and 10 mean written beside the field."""

import datetime as dt

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel, QTableView

from masto_diary.enums import Condition, Diagnosis
from masto_diary.services import children, overview
from masto_diary.ui.main_window import MainWindow
from masto_diary.ui.pages.overview import ChildOverviewModel
from masto_diary.ui.pages.today import TodayPage

TODAY = dt.date(2026, 11, 26)


def test_a_child_followed_for_urticaria_shows_that_condition_not_an_unknown_diagnosis(qapp, diary):
    children.create_child(
        diary, "Sara", dt.date(2011, 4, 2), condition=Condition.CHRONIC_SPONTANEOUS_URTICARIA
    )
    children.create_child(diary, "Luca", dt.date(2018, 5, 4), Diagnosis.INDOLENT_SYSTEMIC)
    children.create_child(diary, "Piero", dt.date(2019, 5, 4), condition=Condition.OTHER)
    children.create_child(diary, "Anna", dt.date(2020, 5, 4))  # mastocytosis, type not known
    model = ChildOverviewModel()
    model.set_rows(overview.child_summaries(diary, TODAY), TODAY)
    column = model.COLUMNS.index("diagnosis")
    said = {model.data(model.index(r, 0)): model.data(model.index(r, column)) for r in range(4)}
    assert said == {
        "Anna": "Not known yet",
        "Luca": "Indolent systemic mastocytosis",
        "Piero": "Other condition",
        "Sara": "Chronic spontaneous urticaria",
    }


def test_the_overview_opens_with_the_keyboard_on_the_children_and_enter_opens_one(
    qtbot, diary, tmp_path
):
    children.create_child(diary, "Giulia", dt.date(2020, 1, 1))
    luca = children.create_child(diary, "Luca", dt.date(2018, 1, 1))
    window = MainWindow(diary, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    table = window.findChild(QTableView, "overviewTable")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table, timeout=3000)
    assert table.selectionModel().selectedRows(), "a row is chosen, so Enter has one to open"
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_child_id() == luca.id, timeout=3000)


def test_what_wellbeing_0_and_10_mean_is_written_beside_the_field(qtbot, diary):
    child = children.create_child(diary, "Luca", dt.date(2018, 1, 1))
    page = TodayPage(diary)
    qtbot.addWidget(page)
    page.set_child(child.id)
    page.show()
    anchors = page.findChild(QLabel, "wellbeingAnchors")
    assert anchors is not None and anchors.isVisible()
    assert "0" in anchors.text() and "10" in anchors.text() and "worst" in anchors.text()
    spin = page.wellbeing_spin
    assert abs(anchors.geometry().center().y() - spin.geometry().center().y()) < spin.height()


def test_from_the_overview_ctrl_2_puts_the_keyboard_on_the_first_symptom(qtbot, diary, tmp_path):
    """The page stack moves the keyboard from the children list onto Today's first button (◀);
    Today still takes it to the first symptom, ready for digits."""
    children.create_child(diary, "Luca", dt.date(2018, 1, 1))
    window = MainWindow(diary, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    table = window.findChild(QTableView, "overviewTable")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table, timeout=3000)
    qtbot.keyClick(table, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    today = window.page("today")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is today.rows[0], timeout=3000)
