"""Overview page: the table model without widgets, then the page and the add-child dialog."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from masto_diary.enums import Condition, Diagnosis, InjectionSite, Sex
from masto_diary.services import children, entries, injections, overview
from masto_diary.ui.dialogs.child_dialog import ChildDialog, ChildInput
from masto_diary.ui.pages.overview import OVERDUE_COLOUR, ChildOverviewModel, OverviewPage
from tests import reads

TODAY = dt.date(2026, 11, 26)


def _child_with_late_dose(diary):
    child = children.create_child(diary, "Luca", dt.date(2018, 5, 4), Diagnosis.INDOLENT_SYSTEMIC)
    injections.set_plan(diary, child.id, dt.date(2026, 9, 1), 150, 28)
    given = dt.datetime(2026, 10, 1, 9, 0, tzinfo=dt.UTC)
    injections.log_injection(diary, child.id, given, site=InjectionSite.LEFT_THIGH)
    entries.save_entry(diary, child.id, TODAY - dt.timedelta(days=1), {"itching": 1})
    return child


def test_model_shows_each_child_with_overdue_in_red(qapp, diary):
    _child_with_late_dose(diary)
    children.create_child(diary, "Giulia", dt.date(2021, 2, 3), Diagnosis.CUTANEOUS, Sex.FEMALE)
    model = ChildOverviewModel()
    model.set_rows(overview.child_summaries(diary, TODAY), TODAY)

    assert model.rowCount() == 2
    names = [model.data(model.index(r, 0)) for r in range(2)]
    assert names == ["Giulia", "Luca"]
    luca_due = model.index(1, model.COLUMNS.index("next_due"))
    # 1 Oct + 28 days = 29 Oct; 26 Nov is 28 days later
    assert "overdue by 28" in model.data(luca_due)
    assert model.data(luca_due, Qt.ItemDataRole.ForegroundRole).color() == OVERDUE_COLOUR
    assert model.data(model.index(1, model.COLUMNS.index("last_entry"))) == "yesterday"
    giulia_due = model.index(0, model.COLUMNS.index("next_due"))
    assert model.data(giulia_due) == "no treatment plan"
    assert model.data(giulia_due, Qt.ItemDataRole.ForegroundRole) is None
    assert model.data(model.index(1, model.COLUMNS.index("age"))) == "8 years"


def test_page_shows_sentence_when_diary_is_empty(qtbot, diary):
    page = OverviewPage(diary)
    qtbot.addWidget(page)
    page.show()
    assert page.empty_label.isVisible()
    assert not page.table.isVisible()


def test_add_child_from_the_page_writes_the_child(qtbot, diary, monkeypatch):
    page = OverviewPage(diary)
    qtbot.addWidget(page)
    page.show()
    answer = ChildInput("Marta", dt.date(2019, 1, 2), Diagnosis.CUTANEOUS, Sex.FEMALE, "", "")
    monkeypatch.setattr(ChildDialog, "ask", classmethod(lambda cls, *a, **k: answer))
    with qtbot.waitSignal(page.child_activated) as activated:
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)

    marta = reads.find_child(diary, "Marta")
    assert activated.args == [marta.id]
    assert marta.diagnosis == Diagnosis.CUTANEOUS
    assert len(children.symptoms(diary, marta.id)) == 14
    assert page.model.rowCount() == 1 and page.table.isVisible()


def test_dialog_checks_when_the_name_is_left_or_saved_not_before(qtbot):
    dialog = ChildDialog(existing_names=("Luca",))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert dialog.error_label.text() == "" and not dialog.error_label.isVisible()

    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)  # Save on an empty form: now it says why
    assert dialog.isVisible() and "Name" in dialog.error_label.text()
    assert dialog.error_label.isVisible() and dialog.name_edit.hasFocus()

    qtbot.keyClicks(dialog.name_edit, "luca")
    assert "already in this diary" in dialog.error_label.text()
    assert dialog.name_edit.accessibleDescription() == dialog.error_label.text()

    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, "Sofia")
    assert save.isEnabled() and dialog.error_label.text() == ""
    result = dialog.result_input()
    assert result.name == "Sofia" and result.diagnosis == Diagnosis.CUTANEOUS


def test_the_dialog_offers_the_condition_and_a_csu_child_gets_the_uas_items(
    qtbot, diary, monkeypatch
):
    dialog = ChildDialog()
    qtbot.addWidget(dialog)
    assert dialog.condition_combo.currentData() == Condition.MASTOCYTOSIS
    assert dialog.condition_combo.count() == len(Condition)
    qtbot.keyClicks(dialog.name_edit, "Teo")
    dialog.condition_combo.setCurrentIndex(
        dialog.condition_combo.findData(Condition.CHRONIC_SPONTANEOUS_URTICARIA)
    )
    answer = dialog.result_input()
    assert answer.condition == Condition.CHRONIC_SPONTANEOUS_URTICARIA

    page = OverviewPage(diary)
    qtbot.addWidget(page)
    monkeypatch.setattr(ChildDialog, "ask", classmethod(lambda cls, *a, **k: answer))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    teo = reads.find_child(diary, "Teo")
    assert teo.condition == Condition.CHRONIC_SPONTANEOUS_URTICARIA
    keys = [s.key for s in children.symptoms(diary, teo.id)]
    assert keys == ["uas_wheals", "uas_itch", "angioedema"]


def test_leaving_the_empty_name_field_shows_the_problem(qtbot):
    dialog = ChildDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    dialog.name_edit.setFocus()
    qtbot.waitUntil(dialog.name_edit.hasFocus, timeout=2000)
    assert dialog.error_label.text() == ""
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Tab)
    assert "Name" in dialog.error_label.text()


def test_the_birth_date_uses_the_apps_one_date_format(qtbot):
    from PySide6.QtCore import QLocale

    from masto_diary.ui.formatting import date_format, short_date

    saved = QLocale()
    try:
        for name, expected in (
            ("C", "2018-05-04"),
            ("it_IT", "04/05/2018"),
            ("en_GB", "04/05/2018"),
        ):
            QLocale.setDefault(QLocale(name))
            dialog = ChildDialog()
            qtbot.addWidget(dialog)
            dialog.birth_edit.setDate(dt.date(2018, 5, 4))
            assert dialog.birth_edit.displayFormat() == date_format()
            assert dialog.birth_edit.text() == short_date(dt.date(2018, 5, 4)) == expected
    finally:
        QLocale.setDefault(saved)


def test_each_child_says_whether_this_evenings_entry_is_written(qapp, diary):
    _child_with_late_dose(diary)  # Luca: an entry yesterday, a dose overdue
    giulia = children.create_child(diary, "Giulia", dt.date(2021, 2, 3))
    entries.save_entry(diary, giulia.id, TODAY, {"itching": 0})
    model = ChildOverviewModel()
    model.set_rows(overview.child_summaries(diary, TODAY), TODAY)
    tonight = model.COLUMNS.index("tonight")
    assert model.data(model.index(0, tonight)) == "✓ written"  # Giulia
    assert model.data(model.index(1, tonight)) == "not written yet"  # Luca
    assert model.data(model.index(1, tonight), Qt.ItemDataRole.ForegroundRole) is not None
    # after midnight the entry being written is still yesterday's
    model.set_rows(overview.child_summaries(diary, TODAY), TODAY, TODAY - dt.timedelta(days=1))
    assert model.data(model.index(1, tonight)) == "✓ written"
    assert model.COLUMNS[:3] == ("name", "tonight", "next_due")  # what to do comes first


def test_an_empty_diary_offers_one_first_action_at_the_top(qtbot, diary):
    page = OverviewPage(diary)
    qtbot.addWidget(page)
    page.resize(1000, 560)
    page.show()
    assert page.first_child_button.isVisible() and page.first_child_button.isDefault()
    assert not page.hint.isVisible()  # no "Double-click a child" when there is none
    assert not page.add_button.isVisible() and not page.edit_button.isVisible()
    title = page.findChild(type(page.empty_label), "overviewTitle")
    assert title.geometry().top() < 40  # the title stays at the top, not mid-screen
    assert page.first_child_button.geometry().bottom() < 200


def test_the_italian_overview_fits_1024_by_640_without_scrolling_or_cutting(
    qtbot, demo_diary, tmp_path
):
    """Issue 17: in Italian the last column hid behind a sideways scroll bar at 1024×640."""
    from PySide6.QtCore import QRect, QSettings
    from PySide6.QtWidgets import QStyle

    from masto_diary.ui.main_window import MainWindow
    from masto_diary.words import i18n

    assert i18n.install(choice="it") == "it"
    try:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(demo_diary, settings)
        qtbot.addWidget(window)
        window.resize(1024, 640)
        window.show()
        qtbot.waitExposed(window)
        window.show_page("overview")
        table = window.overview.table
        qtbot.waitUntil(lambda: table.horizontalHeader().length() > 0)
        assert table.model().headerData(6, Qt.Orientation.Horizontal) == "Ultima iniezione"
        assert table.horizontalScrollBar().maximum() == 0
        assert table.horizontalHeader().length() <= table.viewport().width()
        metrics = table.fontMetrics()
        margin = 2 * table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 2
        wrap = Qt.TextFlag.TextWordWrap
        for row in range(table.model().rowCount()):
            for column in range(table.model().columnCount()):
                text = str(table.model().index(row, column).data() or "")
                width = table.columnWidth(column) - margin
                needed = metrics.boundingRect(QRect(0, 0, width, 10_000), wrap, text)
                assert needed.width() <= width, (text, width)  # no word wider than its column
                assert needed.height() <= table.rowHeight(row), (text, table.rowHeight(row))
    finally:
        i18n.uninstall()
