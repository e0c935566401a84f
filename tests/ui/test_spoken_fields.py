"""Date fields say their whole date in words and wellbeing is named by its label: what Orca
reads (tests/ui/test_orca.py hears it), checked here on every page and dialog."""

import datetime as dt

from PySide6.QtCore import QDate, QSignalBlocker
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QDateEdit, QWidget

from masto_diary.ui.formatting import long_date
from masto_diary.ui.widgets.spoken_fields import DateField
from tests.ui.walk import accessible_name, every_dialog, every_page, open_window


def _description(widget: QWidget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Description)


def _unspoken_dates(root: QWidget) -> list[str]:
    """Date fields (calendars' inner widgets aside) whose description is not their date."""
    problems = []
    for edit in root.findChildren(QDateEdit):
        if edit.objectName().startswith("qt_"):
            continue
        if _description(edit) != long_date(edit.date().toPython()):
            problems.append(f"{edit.objectName()}: {_description(edit)!r}")
        if not accessible_name(edit):
            problems.append(f"{edit.objectName()}: no name")
    return problems


def test_every_date_field_of_every_page_and_dialog_says_its_date_in_words(
    qtbot, demo_diary, tmp_path
):
    window = open_window(qtbot, demo_diary, tmp_path)
    problems = {}
    for key, page in every_page(window):
        if found := _unspoken_dates(page):
            problems[key] = found
    for name, dialog in every_dialog(qtbot, window, demo_diary):
        if found := _unspoken_dates(dialog):
            problems[name] = found
    assert problems == {}


def test_a_changed_date_changes_the_words_even_with_signals_blocked(qtbot):
    edit = DateField(objectName="probe", calendarPopup=True)
    qtbot.addWidget(edit)
    edit.setDate(QDate(2020, 2, 29))
    assert _description(edit) == "Saturday, 29 February 2020"
    with QSignalBlocker(edit):  # as the pages set a day they show
        edit.setDate(QDate(9999, 12, 31))
    assert _description(edit) == long_date(dt.date(9999, 12, 31))


def test_a_new_day_on_today_changes_the_words_of_go_to_day(qtbot, demo_diary, tmp_path):
    window = open_window(qtbot, demo_diary, tmp_path)
    window.show_page("today")
    today = window.page("today")
    shown = today.day
    today.step_day(-1)
    assert today.day == shown - dt.timedelta(days=1)
    assert _description(today.date_edit) == long_date(today.day)


def test_wellbeing_is_named_by_its_label_and_reads_as_so_many_of_10(qtbot, demo_diary, tmp_path):
    window = open_window(qtbot, demo_diary, tmp_path)
    window.show_page("today")
    spin = window.page("today").wellbeing_spin
    labels = [w for w in spin.window().findChildren(QWidget) if getattr(w, "buddy", None)]
    label = next(w for w in labels if w.buddy() is spin and "&" in w.text())
    assert label.text().replace("&", "").rstrip(":") == accessible_name(spin) == "Wellbeing"
    before = spin.value()
    spin.setValue(7)
    value = QAccessible.queryAccessibleInterface(spin).text(QAccessible.Text.Value)
    spin.setValue(before)  # unchanged: closing the window asks nothing
    assert value == "7 of 10"
