"""Medications page: the two table models alone, then dose change / stop / restart / edit /
delete through real widgets, reading the database afterwards."""

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from masto_diary.enums import DrugClass
from masto_diary.services import children, medications
from masto_diary.ui.dialogs.medication_dialog import (
    DoseAction,
    DoseChangeDialog,
    MedicationDialog,
)
from masto_diary.ui.formatting import to_qdate
from masto_diary.ui.pages import medications as medications_page
from masto_diary.ui.pages.medications import (
    CurrentRegimenModel,
    MedicationHistoryModel,
    MedicationsPage,
)

TODAY = dt.date.today()


@pytest.fixture
def child(diary):
    return children.create_child(diary, "Luca", dt.date(2018, 5, 4))


def _cetirizine(diary, child_id, start=TODAY - dt.timedelta(days=60)):
    return medications.start_medication(
        diary,
        child_id,
        "Cetirizine",
        DrugClass.H1_ANTIHISTAMINE,
        10,
        "mg",
        start,
        "twice daily",
        "itch",
    )


@pytest.fixture
def page(qtbot, diary, child):
    widget = MedicationsPage(diary)
    qtbot.addWidget(widget)
    widget.set_child(child.id)
    widget.resize(1000, 700)
    widget.show()
    widget.activateWindow()  # shortcuts only fire in the active window
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def _save(dialog) -> None:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def _click_row(qtbot, table, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_models_show_today_and_the_grouped_history_without_widgets(qapp, diary, child):
    first = _cetirizine(diary, child.id)
    medications.change_dose(diary, first.id, 5, TODAY - dt.timedelta(days=10))
    medications.start_medication(
        diary, child.id, "Amoxicillin", DrugClass.OTHER, 250, "mg", TODAY - dt.timedelta(days=30),
        end_date=TODAY - dt.timedelta(days=20),
    )  # fmt: skip
    rows = medications.list_medications(diary, child.id)
    current = CurrentRegimenModel()
    current.set_rows(medications.list_medications(diary, child.id, current_only=True))
    history = MedicationHistoryModel()
    history.set_rows(rows)

    assert current.rowCount() == 1
    assert [current.data(current.index(0, c)) for c in range(3)] == [
        "Cetirizine",
        "H1 antihistamine",
        "5 mg",
    ]
    names = [history.data(history.index(r, 0)) for r in range(history.rowCount())]
    assert names == ["Amoxicillin", "Cetirizine", "Cetirizine"]
    end = history.COLUMNS.index("end")
    assert history.data(history.index(2, end)) == "still taken"
    assert history.data(history.index(1, end)) != "still taken"


def test_dose_change_through_the_dialog_yields_two_rows(qtbot, page, diary, child, monkeypatch):
    _cetirizine(diary, child.id)
    page.refresh()
    change_day = TODAY - dt.timedelta(days=3)

    def drive(cls, parent, action, medication):
        dialog = cls(action, medication, parent)
        qtbot.addWidget(dialog)
        dialog.dose_edit.clear()
        qtbot.keyClicks(dialog.dose_edit, "5")
        dialog.date_edit.setDate(to_qdate(change_day))
        qtbot.keyClicks(dialog.reason_edit, "taper")
        assert _save(dialog).isEnabled()
        return dialog.result_input()

    monkeypatch.setattr(DoseChangeDialog, "ask", classmethod(drive))
    _click_row(qtbot, page.current_table, 0)
    assert page.change_button.isEnabled()
    qtbot.mouseClick(page.change_button, Qt.MouseButton.LeftButton)

    rows = medications.list_medications(diary, child.id)
    assert [(m.dose, m.start_date, m.end_date) for m in rows] == [
        (10, TODAY - dt.timedelta(days=60), change_day - dt.timedelta(days=1)),
        (5, change_day, None),
    ]
    assert rows[1].reason == "taper" and rows[1].frequency == "twice daily"
    assert page.history_model.rowCount() == 2
    assert page.current_model.data(page.current_model.index(0, 2)) == "5 mg"


def test_dose_dialog_refuses_a_date_before_the_current_dose(qtbot, diary, child):
    row = _cetirizine(diary, child.id)
    from masto_diary.ui.pages.medications import as_input

    dialog = DoseChangeDialog(DoseAction.CHANGE, as_input(row))
    qtbot.addWidget(dialog)
    dialog.date_edit.setDate(to_qdate(row.start_date))
    assert not _save(dialog).isEnabled()
    assert "must start after" in dialog.date_error.text()
    dialog.date_edit.setDate(QDate.currentDate())
    dialog.dose_edit.clear()
    qtbot.keyClicks(dialog.dose_edit, "five")
    assert not _save(dialog).isEnabled()
    assert "number" in dialog.dose_error.text()


def test_stop_then_restart(qtbot, page, diary, child, monkeypatch):
    _cetirizine(diary, child.id)
    page.refresh()
    stop_day = TODAY - dt.timedelta(days=20)

    def stop(cls, parent, action, medication):
        dialog = cls(action, medication, parent)
        qtbot.addWidget(dialog)
        dialog.date_edit.setDate(to_qdate(stop_day))
        assert "last day taken" in dialog.last_day_label.text()
        return dialog.result_input()

    monkeypatch.setattr(DoseChangeDialog, "ask", classmethod(stop))
    _click_row(qtbot, page.current_table, 0)
    with qtbot.waitSignal(page.stop_button.clicked):  # a mnemonic clicks after a short flash
        qtbot.keyClick(page.current_table, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    stopped = medications.list_medications(diary, child.id)
    assert stopped[0].end_date == stop_day - dt.timedelta(days=1)
    assert page.current_model.rowCount() == 0 and page.empty_label.isVisible()

    def restart(cls, parent, action, medication):
        dialog = cls(action, medication, parent)
        qtbot.addWidget(dialog)
        dialog.date_edit.setDate(to_qdate(TODAY - dt.timedelta(days=5)))
        dialog.dose_edit.clear()
        qtbot.keyClicks(dialog.dose_edit, "2.5")
        return dialog.result_input()

    monkeypatch.setattr(DoseChangeDialog, "ask", classmethod(restart))
    _click_row(qtbot, page.history_table, 0)
    assert page.restart_button.isEnabled() and not page.stop_button.isEnabled()
    qtbot.mouseClick(page.restart_button, Qt.MouseButton.LeftButton)
    rows = medications.list_medications(diary, child.id)
    assert [(m.dose, m.start_date, m.end_date) for m in rows][1] == (
        2.5,
        TODAY - dt.timedelta(days=5),
        None,
    )


def test_add_medication_dialog_validates_at_the_field(qtbot, page, diary, child, monkeypatch):
    def drive(cls, parent, medication=None, known_names=()):
        dialog = cls(parent, medication, known_names)
        qtbot.addWidget(dialog)
        assert not _save(dialog).isEnabled()
        assert "Name" in dialog.name_error.text()
        qtbot.keyClicks(dialog.name_edit, "Famotidine")
        qtbot.keyClicks(dialog.dose_edit, "-20")
        assert "negative" in dialog.dose_error.text() and not _save(dialog).isEnabled()
        dialog.dose_edit.clear()
        qtbot.keyClicks(dialog.dose_edit, "20")
        dialog.class_combo.setCurrentIndex(1)
        qtbot.keyClicks(dialog.frequency_edit, "twice daily")
        dialog.ended_check.setChecked(True)
        dialog.end_edit.setDate(dialog.start_edit.date().addDays(-1))
        assert "cannot be before" in dialog.end_error.text() and not _save(dialog).isEnabled()
        dialog.ended_check.setChecked(False)
        assert _save(dialog).isEnabled() and not dialog.dose_error.isVisibleTo(dialog)
        return dialog.result_input()

    monkeypatch.setattr(MedicationDialog, "ask", classmethod(drive))
    with qtbot.waitSignal(page.add_button.clicked):
        qtbot.keyClick(page.current_table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    (row,) = medications.list_medications(diary, child.id)
    assert (row.name, row.drug_class, row.dose, row.unit, row.end_date) == (
        "Famotidine",
        DrugClass.H2_ANTIHISTAMINE,
        20,
        "mg",
        None,
    )
    assert page.current_model.rowCount() == 1


def test_edit_and_delete_a_row(qtbot, page, diary, child, monkeypatch):
    _cetirizine(diary, child.id)
    page.refresh()

    def drive(cls, parent, medication=None, known_names=()):
        dialog = cls(parent, medication, known_names)
        qtbot.addWidget(dialog)
        assert dialog.name_edit.currentText() == "Cetirizine"
        dialog.unit_edit.setCurrentText("mL")
        return dialog.result_input()

    monkeypatch.setattr(MedicationDialog, "ask", classmethod(drive))
    _click_row(qtbot, page.history_table, 0)
    qtbot.keyClick(page.history_table, Qt.Key.Key_Return)
    assert medications.list_medications(diary, child.id)[0].unit == "mL"

    asked = []
    monkeypatch.setattr(medications_page, "confirm_delete", lambda *a: asked.append(a[2]) or False)
    qtbot.keyClick(page.history_table, Qt.Key.Key_Delete)
    assert len(medications.list_medications(diary, child.id)) == 1
    assert "Cetirizine" in asked[0]
    monkeypatch.setattr(medications_page, "confirm_delete", lambda *a: True)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert medications.list_medications(diary, child.id) == []
    assert page.history_model.rowCount() == 0 and not page.edit_button.isEnabled()


def test_service_refusal_is_a_sentence_on_the_page(qtbot, page, diary, child, monkeypatch):
    row = _cetirizine(diary, child.id)
    page.refresh()
    page.select(row.id)
    medications.stop_medication(diary, row.id, TODAY)  # stopped elsewhere meanwhile
    monkeypatch.setattr(
        DoseChangeDialog,
        "ask",
        classmethod(lambda cls, p, a, m: cls(a, m, p).result_input()),
    )
    qtbot.mouseClick(page.stop_button, Qt.MouseButton.LeftButton)
    assert "already stopped" in page.message_label.text()
    assert page.message_label.isVisible()


def test_dose_change_to_the_same_dose_is_refused_at_the_field(qtbot, diary, child):
    from masto_diary.ui.pages.medications import as_input

    row = _cetirizine(diary, child.id)
    dialog = DoseChangeDialog(DoseAction.CHANGE, as_input(row))
    qtbot.addWidget(dialog)
    assert "current dose" in dialog.dose_error.text() and not _save(dialog).isEnabled()
    dialog.frequency_edit.setCurrentText("once daily")  # same dose, fewer times a day: a change
    assert _save(dialog).isEnabled() and dialog.dose_error.text() == ""
