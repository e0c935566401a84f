"""What a screen reader is told, checked on the widgets (tests/ui/test_orca.py hears it).

Orca 43 speaks an object of role *notification* when it is shown, and a changed description
of the focused field; these tests check that every result, refusal, urgent reminder and change
of place reaches such an object, on real pages of a real diary.
"""

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QComboBox, QPushButton, QTableView, QWidget

from masto_diary.ui import focus_claims
from masto_diary.ui.main_window import WHERE_DELAY_MS, MainWindow
from masto_diary.ui.reminders import ReminderCenter
from masto_diary.ui.widgets.announce import Notice, announce, spoken
from tests.ui.test_reminders import DUE, Clock, at, english, luca  # noqa: F401  (fixtures)


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, demo_diary, settings) -> MainWindow:
    shown = MainWindow(demo_diary, settings)
    qtbot.addWidget(shown)
    shown.resize(1100, 720)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def notice(root: QWidget) -> Notice:
    found = root.window().findChild(Notice)
    assert found is not None, "nothing was said"
    return found


def heard(root: QWidget) -> str:
    """What the window's notification says now (its accessible name, as Orca reads it)."""
    line = notice(root)
    interface = QAccessible.queryAccessibleInterface(line)
    assert interface.role() == QAccessible.Role.Notification
    assert line.isVisible()
    return interface.text(QAccessible.Text.Name)


def test_a_notice_is_a_notification_shown_again_for_each_sentence(qtbot, window):
    shown: list[bool] = []
    announce(window, "✓ Saved at 19:04")
    line = notice(window)

    class Count(QObject):
        def eventFilter(self, _watched, event):  # noqa: N802
            if event.type() == QEvent.Type.Show:
                shown.append(True)
            return False

    counter = Count(line)
    line.installEventFilter(counter)
    announce(window, "✓ Saved at 19:04")  # the same words again: said again
    assert heard(window) == "Saved at 19:04"  # the check mark is for the eye only
    assert shown == [True]
    assert spoken("● Not saved yet") == "Not saved yet"


def test_saving_the_evening_is_said(qtbot, window):
    window.show_page("today")
    today = window.page("today")
    today.rows[0].set_score(2)
    today._changed()
    assert today.save()
    assert heard(window).startswith("Saved at ")


def at_nine_pm(window: MainWindow):
    """The Today page as at 21:00 of the calendar day: between midnight and 04:00 the diary
    is still on the evening before (the page says "yesterday"), so the tests pin the hour."""
    today = window.page("today")
    evening = dt.datetime.combine(dt.date.today(), dt.time(21)).astimezone()
    today.clock = lambda: evening
    today.go_to_day(evening.date())
    return today


def test_page_shortcuts_work_wherever_the_focus_is_in_the_window(qtbot, window):
    """Ctrl+S with the focus in the page list saves the Today page (it did nothing)."""
    window.show_page("today")
    today = at_nine_pm(window)
    today.rows[0].set_score((today.rows[0].score() or 0) % 3 + 1)  # a change, whatever was there
    today._changed()
    window.activateWindow()
    window.navigation.setFocus()
    qtbot.waitUntil(lambda: window.navigation.hasFocus())
    qtbot.keyClick(window.navigation, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not today.is_dirty()
    assert heard(window).startswith("Saved at ")


def test_changing_page_child_and_day_says_where_the_parent_is(qtbot, window):
    window.show_page("labs")
    qtbot.waitUntil(lambda: window.findChild(Notice) is not None, timeout=WHERE_DELAY_MS * 5)
    qtbot.waitUntil(lambda: heard(window) == f"Labs, {window.child_switcher.currentText()}")
    window.show_page("today")
    today = at_nine_pm(window)
    qtbot.waitUntil(lambda: heard(window).startswith("Today, "), timeout=WHERE_DELAY_MS * 5)
    assert today.where().split(",")[-1].strip() == "today"
    assert heard(window).endswith(today.where())
    other = (window.child_switcher.currentIndex() + 1) % window.child_switcher.count()
    window.child_switcher.setCurrentIndex(other)
    name = window.child_switcher.itemText(other)
    qtbot.waitUntil(lambda: name in heard(window), timeout=WHERE_DELAY_MS * 5)
    today.step_day(-1)
    assert heard(window) == today.where()
    assert "yesterday" in heard(window)


@pytest.fixture
def quiet_focus(qapp):
    """The application filter as the app installs it, for one test only."""
    quiet = focus_claims.QuietFocus(qapp)
    qapp.installEventFilter(quiet)
    yield
    qapp.removeEventFilter(quiet)


def test_an_arrow_key_in_a_closed_combo_box_says_the_new_choice(qtbot, window, quiet_focus):
    window.show_page("labs")
    combo = window.page("labs").filter_combo
    window.activateWindow()
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: window.findChild(Notice) is not None and notice(window).isVisible())
    assert heard(window) == combo.currentText()


def test_a_refused_lab_value_is_the_description_of_its_field(qtbot, window):
    from masto_diary.ui.dialogs.lab_dialog import LabDialog

    dialog = LabDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.value_edit.setFocus()
    qtbot.keyClicks(dialog.value_edit, "abc")
    edit = dialog.value_edit
    qtbot.waitUntil(lambda: edit.accessibleDescription() == "Value: “abc” is not a number.")
    edit.setText("12")
    qtbot.waitUntil(lambda: edit.accessibleDescription() == "")  # no problem, nothing said


def test_the_written_report_is_said_with_its_folder(qtbot, window, tmp_path, monkeypatch):
    from masto_diary.ui.pages import report

    target = tmp_path / "out" / "report.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(report, "choose_pdf_path", lambda _parent, _suggested: str(target))
    window.show_page("report")
    page = window.page("report")
    with qtbot.waitSignal(page.finished, timeout=60_000):
        page.save_pdf()
    assert heard(window).startswith("Report saved: ")
    assert heard(window).endswith(f"file report.pdf in the folder {target.parent}")


def _next_stop(widget: QWidget) -> QWidget:
    """The next widget Tab goes to (Qt's focus chain holds labels too)."""
    after = widget.nextInFocusChain()
    while not (after.focusPolicy() & Qt.FocusPolicy.TabFocus and after.isVisible()):
        after = after.nextInFocusChain()
    return after


def test_an_overdue_dose_is_said_when_found_and_is_the_first_tab_stop(
    qtbot,
    diary,
    luca,  # noqa: F811
    settings,
    english,  # noqa: F811
):
    window = MainWindow(diary, settings)
    qtbot.addWidget(window)
    window.show()
    center = ReminderCenter(window, diary, settings, clock=Clock(at(DUE, 9) + dt.timedelta(3)))
    center.tray_available = False
    window.reminders = center
    center.check()
    assert "OVERDUE by 3 days" in heard(window)
    record = center.banner.findChildren(QPushButton)[0]
    window.show_page("today")
    today = window.page("today")
    assert today.banner.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert _next_stop(today.banner) is today.prev_button  # the page's first stop is the banner
    assert _next_stop(window.child_switcher) is record  # the window's: the reminder
    assert "OVERDUE" in today.banner.text()


def test_status_lines_are_named_by_their_own_text(qtbot, window):
    problems = []
    for key in window.page_keys():
        window.show_page(key)
        QApplication.processEvents()
        for label in window.page(key).findChildren(QWidget):
            name = label.objectName().lower()
            if not ("status" in name or "banner" in name) or not hasattr(label, "text"):
                continue
            interface = QAccessible.queryAccessibleInterface(label)
            said = interface.text(QAccessible.Text.Name) if interface else ""
            if label.text() and said != label.text():
                problems.append((key, label.objectName(), said, label.text()))
    assert problems == []


def _label_of(widget: QWidget) -> str:
    """The text of the label that names ``widget`` (its buddy: AT-SPI's "labelled by")."""
    interface = QAccessible.queryAccessibleInterface(widget)
    for other, _relation in interface.relations(QAccessible.RelationFlag.Label):
        return other.text(QAccessible.Text.Name)
    return ""


def test_no_combo_box_is_named_by_its_value_alone(qtbot, window):
    """Qt names a combo box by its current text whatever its accessible name, so Orca says
    the value twice ("Since the last clinic visit combo box. Since the last clinic visit"):
    every combo box needs a label (Report ▸ Period had none)."""
    problems = []
    for key in window.page_keys():
        window.show_page(key)
        QApplication.processEvents()
        for combo in window.page(key).findChildren(QComboBox):
            internal = combo.objectName().startswith("qt_")  # a calendar's month list
            if combo.isVisible() and not internal and not _label_of(combo):
                problems.append((key, combo.objectName()))
    assert problems == []


def test_today_puts_the_keyboard_on_the_first_symptom_coming_from_a_focused_page(qtbot, window):
    """The Overview's table had the focus; Qt moved it onto Today's date field as the table
    hid, and Orca read "07 selected" instead of "Itching"."""
    window.show_page("overview")
    window.activateWindow()
    table = window.page("overview").findChild(QTableView)
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    window.show_page("today")
    today = window.page("today")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is today.rows[0])


def test_the_charts_have_a_text_alternative_reached_with_tab(qtbot, window):
    """The summary sentence and the figures behind the charts take the focus, and the
    figures are one text a screen reader reads (they were labels on a panel without focus)."""
    window.resize(1600, 900)  # the figures beside the charts (a narrower window: a tab)
    window.child_switcher.setCurrentIndex(window.child_switcher.findText("Luca Rossi"))
    window.show_page("charts")
    page = window.page("charts")
    page.place_side(True)
    panel = page.summary
    qtbot.waitUntil(lambda: panel.table.isVisible() or panel.sentence.isVisible())
    shown = panel.table if panel.table.isVisible() else panel.sentence
    assert shown.focusPolicy() & Qt.FocusPolicy.TabFocus
    stops, widget = [], page.tabs
    for _ in range(60):  # Tab from the views' buttons reaches it
        widget = _next_stop(widget)
        stops.append(widget)
        if widget is shown:
            break
    assert shown in stops
    assert shown is panel.table  # Luca has doses: the figures, not a sentence
    said = QAccessible.queryAccessibleInterface(panel.table).text(QAccessible.Text.Name)
    assert "Baseline before therapy (" in said and "On therapy (" in said
    for figure in panel.figures():
        if not panel.names[figure.key].isHidden():
            on = panel.values[(figure.key, "on")].text()
            assert f"{panel.names[figure.key].text()} {on}" in said
