"""Injections page and its dialogs: models alone, then real widgets, then the database."""

import datetime as dt
import time
from collections.abc import Callable

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from masto_diary.enums import InjectionSite, LocalReaction
from masto_diary.services import children, injections
from masto_diary.ui.dialogs.earlier_doses_dialog import (
    DoseRow,
    EarlierDosesDialog,
    EarlierDosesModel,
    generate_rows,
)
from masto_diary.ui.dialogs.injection_dialog import InjectionDialog
from masto_diary.ui.dialogs.plan_dialog import PlanDialog, PlanMode
from masto_diary.ui.formatting import short_date, to_qdate
from masto_diary.ui.pages import injections as injections_page
from masto_diary.ui.pages.injections import (
    LATE_COLOUR,
    InjectionsPage,
    InjectionTableModel,
    lateness_text,
)
from tests import reads

TODAY = dt.date.today()


def _local(day: dt.date, hour: int = 10) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, 0)).astimezone()


def _days_ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


@pytest.fixture
def luca(diary) -> int:
    return children.create_child(diary, "Luca", dt.date(2017, 3, 1)).id


@pytest.fixture
def on_therapy(diary, luca) -> int:
    """Plan since 60 days ago; one dose 30 days ago, so the next is 2 days overdue."""
    injections.set_plan(diary, luca, _days_ago(60), 150, 28)
    injections.log_injection(
        diary,
        luca,
        _local(_days_ago(30)),
        site=InjectionSite.LEFT_THIGH,
        lot="SR2411",
        expiry=TODAY + dt.timedelta(days=200),
        given_by="Nurse Marta",
    )
    return luca


def drive_modal(open_dialog: Callable[[], object], drive: Callable[[QDialog], None]):
    """Run ``open_dialog`` (which shows a modal dialog) and ``drive`` the dialog meanwhile.

    A failure inside ``drive`` closes the dialog and is raised here, so a test never hangs.
    """
    outcome: dict[str, BaseException] = {}
    deadline = time.monotonic() + 5

    def handle() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            if time.monotonic() < deadline:
                QTimer.singleShot(10, handle)
            return
        try:
            drive(dialog)
        except BaseException as error:  # noqa: BLE001  (re-raised below)
            outcome["error"] = error
            dialog.reject()

    QTimer.singleShot(0, handle)
    result = open_dialog()
    if "error" in outcome:
        raise outcome["error"]
    return result


def _page(qtbot, diary, child_id) -> InjectionsPage:
    page = InjectionsPage(diary)
    qtbot.addWidget(page)
    page.set_child(child_id)
    page.resize(1000, 600)
    page.show()
    page.activateWindow()  # shortcuts only reach an active window
    qtbot.waitUntil(page.isActiveWindow, timeout=2000)
    return page


# --------------------------------------------------------------------------- models


def test_lateness_words_with_three_days_either_way_on_time(qapp):
    assert [lateness_text(d, False) for d in (-3, 0, 3)] == ["on time"] * 3
    assert lateness_text(4, False) == "4 days late"
    assert lateness_text(-5, False) == "5 days early"
    assert lateness_text(None, True) == "first dose"
    assert lateness_text(None, False) == "—"


def test_table_model_shows_interval_lateness_and_marks_late_doses(qapp, diary, luca):
    start = _days_ago(200)
    injections.set_plan(diary, luca, start, 150, 28)
    for offset, site in ((0, "left_upper_arm"), (30, "right_upper_arm"), (66, None)):
        day = start + dt.timedelta(days=offset)
        injections.log_injection(diary, luca, _local(day), site=site, lot="L7")
    model = InjectionTableModel()
    model.set_rows(injections.injection_history(diary, luca))
    column = model.COLUMNS.index

    def cell(row: int, name: str, role=Qt.ItemDataRole.DisplayRole):
        return model.data(model.index(row, column(name)), role)

    assert [cell(r, "since_previous") for r in range(3)] == ["36", "30", "—"]
    assert [cell(r, "timing") for r in range(3)] == ["8 days late", "on time", "first dose"]
    assert cell(0, "timing", Qt.ItemDataRole.ForegroundRole).color() == LATE_COLOUR
    assert cell(1, "timing", Qt.ItemDataRole.ForegroundRole) is None
    assert cell(0, "timing", Qt.ItemDataRole.ToolTipRole).startswith("Due on ")
    assert [cell(r, "site") for r in range(3)] == ["—", "Right upper arm", "Left upper arm"]
    assert cell(2, "dose") == "150 mg" and cell(2, "lot") == "L7"
    assert cell(2, "reaction") == "None"


def test_generated_earlier_doses_follow_the_rotation(qapp):
    rows = generate_rows(dt.date(2025, 1, 1), 28, 7, 150, InjectionSite.LEFT_ABDOMEN, "X")
    assert [r.site for r in rows] == [
        InjectionSite.LEFT_ABDOMEN,
        InjectionSite.RIGHT_ABDOMEN,
        InjectionSite.LEFT_UPPER_ARM,  # the rotation wraps round
        InjectionSite.RIGHT_UPPER_ARM,
        InjectionSite.LEFT_THIGH,
        InjectionSite.RIGHT_THIGH,
        InjectionSite.LEFT_ABDOMEN,
    ]
    assert rows[-1].day == dt.date(2025, 1, 1) + dt.timedelta(days=28 * 6)
    assert injections.next_site(InjectionSite.RIGHT_ABDOMEN) is InjectionSite.LEFT_UPPER_ARM


def test_earlier_doses_model_edits_cells_and_names_bad_rows(qapp):
    taken = {dt.date(2025, 2, 15)}
    model = EarlierDosesModel(taken=taken)
    model.set_rows(generate_rows(dt.date(2025, 1, 4), 28, 3, 150, InjectionSite.LEFT_THIGH))
    assert model.problems() == []
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable

    assert model.setData(model.index(1, 0), QDate(2025, 2, 15))  # a day already in the diary
    assert model.setData(model.index(2, 1), 0.0)
    assert model.setData(model.index(0, 2), InjectionSite.RIGHT_ABDOMEN)
    assert model.problems() == [
        "Row 2: a dose on this day is already in the diary",
        "Row 3: the dose must be more than 0 mg",
    ]
    assert model.data(model.index(1, 4)) == "a dose on this day is already in the diary"
    assert model.data(model.index(1, 4), Qt.ItemDataRole.ForegroundRole).color() == LATE_COLOUR
    assert model.rows()[0] == DoseRow(dt.date(2025, 1, 4), 150, InjectionSite.RIGHT_ABDOMEN, "")
    model.remove_row(1)
    assert model.rowCount() == 2 and model.problems() == ["Row 2: the dose must be more than 0 mg"]


# --------------------------------------------------------------------------- page and dialogs


def test_logging_a_dose_moves_the_due_date_and_rotates_the_site(qtbot, diary, on_therapy):
    page = _page(qtbot, diary, on_therapy)
    before = page.status_label.text()
    assert "Last injection 30 days ago" in before
    assert "OVERDUE by 2 days" in before
    assert short_date(_days_ago(2)) in before
    assert "Right thigh" in page.site_label.text()

    def drive(dialog: InjectionDialog) -> None:
        assert dialog.site_combo.currentData() == InjectionSite.RIGHT_THIGH
        assert "Left thigh" in dialog.site_hint.text()
        assert dialog.lot_edit.text() == "SR2411"
        assert dialog.expiry_check.isChecked()
        assert dialog.given_by_edit.text() == "Nurse Marta"
        assert dialog.dose_spin.value() == 150
        dialog.reaction_combo.setFocus()
        qtbot.keyClick(dialog.reaction_combo, Qt.Key.Key_Down)  # none → mild
        qtbot.keyClicks(dialog.notes_edit, "Brave today.")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    with qtbot.waitSignal(page.data_changed, timeout=2000):
        drive_modal(lambda: qtbot.mouseClick(page.log_button, Qt.MouseButton.LeftButton), drive)

    last = injections.last_injection(diary, on_therapy)
    assert last.given_at.astimezone().date() == TODAY
    assert last.site is InjectionSite.RIGHT_THIGH and last.lot == "SR2411"
    assert last.expiry == TODAY + dt.timedelta(days=200)
    assert last.local_reaction is LocalReaction.MILD and last.notes == "Brave today."
    after = page.status_label.text()
    assert after.startswith("Last injection today")
    assert short_date(TODAY + dt.timedelta(days=28)) in after and "OVERDUE" not in after
    assert injections.injection_status(diary, on_therapy).next_due == TODAY + dt.timedelta(28)
    assert "Abdomen, left" in page.site_label.text()
    assert page.model.rowCount() == 2


def test_dose_in_the_future_keeps_save_disabled(qtbot, diary, on_therapy):
    dialog = InjectionDialog(diary, on_therapy)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.given_edit.set_moment(_local(TODAY + dt.timedelta(days=2)))
    assert not dialog.save_button.isEnabled()
    assert "future" in dialog.given_message.text()
    dialog.given_edit.set_moment(_local(_days_ago(30), 15))
    assert dialog.save_button.isEnabled()
    assert "Another injection" in dialog.given_message.text()  # a warning only
    dialog.accept()
    assert len(injections.list_injections(diary, on_therapy)) == 2


def test_edit_a_dose_from_the_list(qtbot, diary, on_therapy):
    page = _page(qtbot, diary, on_therapy)
    page.table.setFocus()
    page.table.selectRow(0)

    def drive(dialog: InjectionDialog) -> None:
        assert dialog.site_combo.currentData() == InjectionSite.LEFT_THIGH
        dialog.lot_edit.selectAll()
        qtbot.keyClicks(dialog.lot_edit, "SR2417")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    drive_modal(lambda: qtbot.keyClick(page.table, Qt.Key.Key_Return), drive)
    [dose] = injections.list_injections(diary, on_therapy)
    assert dose.lot == "SR2417" and dose.site is InjectionSite.LEFT_THIGH
    assert page.model.data(page.model.index(0, page.model.COLUMNS.index("lot"))) == "SR2417"


def test_earlier_doses_are_saved_together(qtbot, diary, on_therapy):
    page = _page(qtbot, diary, on_therapy)
    first = _days_ago(30 + 28 * 4)

    def drive(dialog: EarlierDosesDialog) -> None:
        dialog.first_edit.setDate(to_qdate(first))
        dialog.count_spin.selectAll()
        qtbot.keyClicks(dialog.count_spin, "4")
        dialog.lot_edit.setFocus()
        qtbot.keyClicks(dialog.lot_edit, "SR2399")
        qtbot.mouseClick(dialog.fill_button, Qt.MouseButton.LeftButton)
        assert dialog.model.rowCount() == 4
        assert dialog.save_button.text() == "&Save 4 doses"
        site_column = dialog.model.COLUMNS.index("site")
        dialog.model.setData(dialog.model.index(3, site_column), InjectionSite.LEFT_ABDOMEN)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    with qtbot.waitSignal(page.data_changed, timeout=2000):
        drive_modal(lambda: qtbot.mouseClick(page.earlier_button, Qt.MouseButton.LeftButton), drive)
    doses = injections.list_injections(diary, on_therapy)
    assert len(doses) == 5
    earlier = doses[:4]
    assert [d.given_at.astimezone().date() for d in earlier] == [
        first + dt.timedelta(days=28 * n) for n in range(4)
    ]
    assert [d.site for d in earlier] == [
        InjectionSite.LEFT_UPPER_ARM,
        InjectionSite.RIGHT_UPPER_ARM,
        InjectionSite.LEFT_THIGH,
        InjectionSite.LEFT_ABDOMEN,
    ]
    assert {d.lot for d in earlier} == {"SR2399"} and {d.dose_mg for d in earlier} == {150}
    assert page.model.rowCount() == 5 and page.count_label.text() == "5 doses"


def test_earlier_doses_clashing_with_the_diary_keep_save_disabled(qtbot, diary, on_therapy):
    dialog = EarlierDosesDialog(diary, on_therapy)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.first_edit.setDate(to_qdate(_days_ago(30 + 28)))
    dialog.count_spin.setValue(2)  # the second row falls on the dose already logged
    qtbot.mouseClick(dialog.fill_button, Qt.MouseButton.LeftButton)

    assert not dialog.save_button.isEnabled()
    assert "Row 2: a dose on this day is already in the diary" in dialog.error_label.text()
    dialog.accept()
    assert len(injections.list_injections(diary, on_therapy)) == 1


def test_delete_asks_and_deletes_only_after_confirmation(qtbot, diary, on_therapy, monkeypatch):
    page = _page(qtbot, diary, on_therapy)
    answers = iter((False, True))
    questions = []

    def confirm(parent, title, text):
        questions.append(text)
        return next(answers)

    monkeypatch.setattr(injections_page, "confirm_delete", confirm)
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert len(questions) == 1 and "150 mg" in questions[0]
    assert len(injections.list_injections(diary, on_therapy)) == 1

    with qtbot.waitSignal(page.data_changed, timeout=2000):
        qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert injections.list_injections(diary, on_therapy) == []
    assert page.model.rowCount() == 0 and page.empty_label.isVisible()
    assert page.status_label.text().startswith("No injection recorded yet")


def test_set_up_a_plan_with_the_reason_shown_while_invalid(qtbot, diary, luca):
    page = _page(qtbot, diary, luca)
    assert "No treatment plan yet" in page.plan_label.text()
    assert page.change_plan_button.text() == "&Set up plan…"
    assert not page.correct_plan_button.isEnabled()

    def drive(dialog: PlanDialog) -> None:
        dialog.dose_spin.selectAll()
        qtbot.keyClicks(dialog.dose_spin, "0")
        assert not dialog.save_button.isEnabled()
        assert dialog.dose_message.text() == "The dose must be more than 0 mg."
        dialog.dose_spin.selectAll()
        qtbot.keyClicks(dialog.dose_spin, "300")
        dialog.interval_spin.selectAll()
        qtbot.keyClicks(dialog.interval_spin, "14")
        dialog.start_edit.setDate(to_qdate(_days_ago(10)))
        assert dialog.save_button.isEnabled() and dialog.dose_message.text() == ""
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    with qtbot.waitSignal(page.data_changed, timeout=2000):
        drive_modal(
            lambda: qtbot.mouseClick(page.change_plan_button, Qt.MouseButton.LeftButton), drive
        )
    plan = injections.current_plan(diary, luca)
    assert (plan.dose_mg, plan.interval_days, plan.start_date) == (300, 14, _days_ago(10))
    assert "300 mg every 14 days" in page.plan_label.text()
    assert "OVERDUE by 10 days" in page.status_label.text()  # due on the plan's first day
    assert page.correct_plan_button.isEnabled()


def test_a_new_plan_must_start_after_the_current_one(qtbot, diary, on_therapy):
    dialog = PlanDialog(diary, on_therapy, PlanMode.NEW)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start_edit.setDate(to_qdate(_days_ago(61)))
    assert not dialog.save_button.isEnabled()
    assert "must start after" in dialog.start_message.text()
    dialog.start_edit.setDate(to_qdate(TODAY))
    dialog.dose_spin.setValue(300)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    plans = reads.plans(diary, on_therapy)
    assert [p.dose_mg for p in plans] == [150, 300]
    assert plans[0].end_date == _days_ago(1)


def test_correcting_the_plan_can_record_a_stop(qtbot, diary, on_therapy):
    dialog = PlanDialog(diary, on_therapy, PlanMode.CORRECT)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.ended_check, Qt.MouseButton.LeftButton)
    dialog.end_edit.setDate(to_qdate(_days_ago(70)))
    assert not dialog.save_button.isEnabled()
    assert dialog.end_message.text() == "The plan cannot stop before its first day."
    dialog.end_edit.setDate(to_qdate(_days_ago(5)))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    plan = injections.current_plan(diary, on_therapy)
    assert plan.end_date == _days_ago(5)
    assert injections.injection_status(diary, on_therapy).next_due is None
