"""Growth page: typed in with the keyboard alone, centiles in the table, the falling flag."""

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt

from masto_diary.services import children, growth
from masto_diary.ui.pages.growth import GrowthPage


@pytest.fixture
def boy(diary):
    return children.create_child(diary, "Leo", dt.date(2016, 1, 1), sex="male").id


@pytest.fixture
def page(qtbot, diary, boy):
    widget = GrowthPage(diary)
    qtbot.addWidget(widget)
    widget.set_child(boy)
    widget.resize(1000, 640)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def test_a_measurement_is_typed_and_saved_with_enter(page, qtbot, diary, boy):
    page.day.setDate(QDate(2025, 7, 1))
    page.kg.setFocus(Qt.FocusReason.TabFocusReason)  # the date edit tabs through its sections
    assert page.kg.hasFocus()
    qtbot.keyClicks(page.kg.lineEdit(), "31.5")
    qtbot.keyClick(page.kg, Qt.Key.Key_Tab)
    assert page.cm.hasFocus()
    qtbot.keyClicks(page.cm.lineEdit(), "137.8")
    qtbot.keyClick(page.cm, Qt.Key.Key_Return)
    (point,) = growth.growth(diary, boy).points
    assert (point.day, point.kg, point.cm) == (dt.date(2025, 7, 1), 31.5, 137.8)
    texts = [page.table.item(0, c).text() for c in range(page.table.columnCount())]
    assert texts[0] == "2025-07-01" and texts[1] == "31.5 kg" and texts[3] == "137.8 cm"
    assert texts[2] == str(round(point.weight_centile))
    assert texts[4] == str(round(point.height_centile)) and 60 <= int(texts[4]) <= 90
    assert page.kg.value() == 0 and page.cm.value() == 0  # ready for the next one


def test_the_chart_has_the_who_lines_and_the_child(page, diary, boy):
    growth.save_measurement(diary, boy, dt.date(2025, 1, 1), 28.0, 132.0)
    page.refresh()
    curves = page.plot.getPlotItem().listDataItems()
    assert len(curves) == 6  # five centile lines and the child's heights
    assert page.indicator.currentData() == "lhfa"
    assert "WHO centiles" in page.note.text()


def test_a_falling_height_is_said(page, diary, boy):
    for year, cm in ((2022, 122.0), (2023, 128.0), (2024, 131.0), (2025, 133.0)):
        growth.save_measurement(diary, boy, dt.date(year, 1, 1), None, cm)
    page.refresh()
    assert page.warning.isVisible()
    assert "2025-01-01" in page.warning.text()


def test_delete_removes_the_day(page, diary, boy, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    growth.save_measurement(diary, boy, dt.date(2025, 1, 1), 28.0, None)
    page.refresh()
    page.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    page.delete_selected()
    assert growth.growth(diary, boy).points == ()
    assert page.table.rowCount() == 0


def _answer_box(qtbot, keep: bool) -> list[str]:
    """Click the confirmation box when it opens; returns the text it showed."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    shown: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        shown.append(box.text())
        assert box.objectName() == "implausibleMeasurementBox"
        chosen = next(
            b
            for b in box.buttons()
            if box.buttonRole(b)
            == (QMessageBox.ButtonRole.AcceptRole if keep else QMessageBox.ButtonRole.RejectRole)
        )
        chosen.click()

    QTimer.singleShot(20, answer)
    return shown


@pytest.mark.parametrize("keep", [False, True])
def test_an_implausible_weight_is_kept_only_when_confirmed(page, qtbot, diary, boy, keep):
    page.day.setDate(QDate(2024, 7, 1))  # Leo is 8
    page.kg.setValue(290.0)
    shown = _answer_box(qtbot, keep)
    assert page.save() is keep
    assert shown and "far outside WHO's growth charts" in shown[0]
    points = growth.growth(diary, boy).points
    assert [p.kg for p in points] == ([290.0] if keep else [])


def test_bmi_from_five_years_and_a_weight_after_ten_says_why(page, diary, boy):
    growth.save_measurement(diary, boy, dt.date(2026, 7, 1), 40.0, 150.0)  # Leo is 10½
    page.refresh()
    texts = [page.table.item(0, c).text() for c in range(page.table.columnCount())]
    assert texts[2] == "—" and "after 10 years" in page.table.item(0, 2).toolTip()
    assert texts[5] == "17.8" and texts[6] == str(
        round(growth.growth(diary, boy).points[0].bmi_centile)
    )
