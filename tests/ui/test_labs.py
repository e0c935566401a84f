"""Labs page: the table model alone, the dialog's units and checks, saving and deleting."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from masto_diary.enums import Analyte
from masto_diary.services import children, injections, labs
from masto_diary.ui.dialogs.lab_dialog import LabDialog, ReferenceRange
from masto_diary.ui.formatting import to_qdate
from masto_diary.ui.pages import labs as labs_page
from masto_diary.ui.pages.labs import (
    EXPECTED_COLOUR,
    OUTSIDE_COLOUR,
    LabResultsModel,
    LabsPage,
)

TODAY = dt.date.today()


@pytest.fixture
def child(diary):
    return children.create_child(diary, "Luca", dt.date(2018, 5, 4))


@pytest.fixture
def page(qtbot, diary, child):
    widget = LabsPage(diary)
    qtbot.addWidget(widget)
    widget.set_child(child.id)
    widget.resize(1000, 700)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def _save(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def _choose(dialog, analyte: Analyte) -> None:
    dialog.analyte_combo.setCurrentIndex(dialog.analyte_combo.findData(analyte))


def test_model_flags_values_outside_the_range_without_widgets(qapp, diary, child):
    first_dose = TODAY - dt.timedelta(days=100)
    add = labs.add_lab_result
    add(diary, child.id, first_dose - dt.timedelta(days=5), Analyte.TOTAL_IGE, 150, ref_high=200)
    add(diary, child.id, first_dose + dt.timedelta(days=28), Analyte.TOTAL_IGE, 480, ref_high=200)
    add(diary, child.id, first_dose, Analyte.TRYPTASE, 24.1, ref_high=11.4)
    add(diary, child.id, first_dose, Analyte.KIT_D816V, 0.31)
    model = LabResultsModel()
    model.set_rows(labs.list_lab_results(diary, child.id), first_dose)

    def row_texts(row):
        return [model.data(model.index(row, c)) for c in range(model.columnCount())]

    assert model.rowCount() == 4
    newest = row_texts(0)
    assert newest[1:5] == ["Total IgE", "480 kU/L", "up to 200 kU/L", newest[4]]
    assert "expected on omalizumab" in newest[4]
    flag = model.index(0, model.COLUMNS.index("flag"))
    assert model.data(flag, Qt.ItemDataRole.ForegroundRole).color() == EXPECTED_COLOUR
    assert "bound to the drug" in model.data(flag, Qt.ItemDataRole.ToolTipRole)
    texts = {model.data(model.index(r, 1)): row_texts(r) for r in range(1, 4)}
    assert texts["Serum tryptase"][2:5] == ["24.1 ng/mL", "up to 11.4 ng/mL", "above range"]
    tryptase_row = next(r for r in range(4) if model.data(model.index(r, 1)) == "Serum tryptase")
    tryptase_flag = model.index(tryptase_row, model.COLUMNS.index("flag"))
    assert model.data(tryptase_flag, Qt.ItemDataRole.ForegroundRole).color() == OUTSIDE_COLOUR
    assert texts["KIT D816V allele burden"][2:5] == ["0.31 %", "", ""]
    before = next(r for r in range(4) if model.data(model.index(r, 2)) == "150 kU/L")
    assert model.data(model.index(before, model.COLUMNS.index("flag"))) == ""


def test_page_shows_the_bound_ige_note(page):
    assert page.note_label.text() == labs.BOUND_IGE_NOTE
    assert page.note_label.isVisible()


def test_dialog_shows_the_unit_of_each_test(qtbot):
    dialog = LabDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    units = {}
    for analyte in (Analyte.TRYPTASE, Analyte.TOTAL_IGE, Analyte.KIT_D816V):
        _choose(dialog, analyte)
        units[analyte] = dialog.unit_label.text()
        assert not dialog.custom_name_edit.isVisible()
    assert units == {Analyte.TRYPTASE: "ng/mL", Analyte.TOTAL_IGE: "kU/L", Analyte.KIT_D816V: "%"}
    _choose(dialog, Analyte.TOTAL_IGE)
    assert dialog.ige_hint.isVisible()
    _choose(dialog, Analyte.CUSTOM)
    assert dialog.custom_name_edit.isVisible() and not dialog.ige_hint.isVisible()
    qtbot.keyClicks(dialog.value_edit, "3")
    assert "Test name" in dialog.name_error.text() and not _save(dialog).isEnabled()
    qtbot.keyClicks(dialog.custom_name_edit, "Vitamin D")
    assert "Unit" in dialog.unit_error.text() and not _save(dialog).isEnabled()
    qtbot.keyClicks(dialog.custom_unit_edit, "nmol/L")
    assert dialog.unit_label.text() == "nmol/L" and _save(dialog).isEnabled()


def test_invalid_value_shows_its_message_and_saves_nothing(qtbot, page, diary, child, monkeypatch):
    seen = {}

    def drive(cls, parent, result=None, last_ranges=None):
        dialog = cls(parent, result, last_ranges)
        qtbot.addWidget(dialog)
        dialog.show()
        _choose(dialog, Analyte.KIT_D816V)
        qtbot.keyClicks(dialog.value_edit, "120")
        seen["kit"] = dialog.value_error.text()
        seen["kit_save"] = _save(dialog).isEnabled()
        seen["visible"] = dialog.value_error.isVisible()
        _choose(dialog, Analyte.TRYPTASE)
        dialog.value_edit.clear()
        qtbot.keyClicks(dialog.value_edit, "-3")
        seen["negative"] = dialog.value_error.text()
        dialog.value_edit.clear()
        qtbot.keyClicks(dialog.value_edit, "abc")
        seen["text"] = dialog.value_error.text()
        seen["save_tooltip"] = _save(dialog).toolTip()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # the parent gives up: Cancel
        return None

    monkeypatch.setattr(LabDialog, "ask", classmethod(drive))
    with qtbot.waitSignal(page.add_button.clicked):
        qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)

    assert seen["kit"] == "Value: the allele burden is a percentage, at most 100 %."
    assert seen["kit_save"] is False and seen["visible"]
    assert seen["negative"] == "Value: a lab value cannot be negative."
    assert seen["text"] == "Value: “abc” is not a number." == seen["save_tooltip"]
    assert labs.list_lab_results(diary, child.id) == []


def test_add_edit_and_delete_a_result(qtbot, page, diary, child, monkeypatch):
    def add(cls, parent, result=None, last_ranges=None):
        dialog = cls(parent, result, last_ranges)
        qtbot.addWidget(dialog)
        _choose(dialog, Analyte.TRYPTASE)
        dialog.date_edit.setDate(to_qdate(TODAY - dt.timedelta(days=2)))
        qtbot.keyClicks(dialog.value_edit, "24.5")
        qtbot.keyClicks(dialog.ref_high_edit, "11.4")
        assert _save(dialog).isEnabled()
        return dialog.result_input()

    monkeypatch.setattr(LabDialog, "ask", classmethod(add))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    (saved,) = labs.list_lab_results(diary, child.id)
    assert (saved.analyte, saved.value, saved.unit, saved.ref_high, saved.taken_on) == (
        Analyte.TRYPTASE,
        24.5,
        "ng/mL",
        11.4,
        TODAY - dt.timedelta(days=2),
    )
    assert page.model.rowCount() == 1 and page.edit_button.isEnabled()

    def edit(cls, parent, result=None, last_ranges=None):
        dialog = cls(parent, result, last_ranges)
        qtbot.addWidget(dialog)
        assert dialog.value_edit.text() == "24.5"
        assert last_ranges[(Analyte.TRYPTASE, "")] == ReferenceRange(None, 11.4)
        dialog.value_edit.clear()
        qtbot.keyClicks(dialog.value_edit, "22,5")  # a decimal comma is understood too
        return dialog.result_input()

    monkeypatch.setattr(LabDialog, "ask", classmethod(edit))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    (edited,) = labs.list_lab_results(diary, child.id)
    assert edited.id == saved.id and edited.value == 22.5

    rect = page.table.visualRect(page.model.index(0, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    asked = []
    monkeypatch.setattr(labs_page, "confirm_delete", lambda *a: asked.append(a[2]) or False)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert "Serum tryptase: 22.5 ng/mL" in asked[0]
    assert len(labs.list_lab_results(diary, child.id)) == 1
    monkeypatch.setattr(labs_page, "confirm_delete", lambda *a: True)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert labs.list_lab_results(diary, child.id) == []
    assert page.empty_label.isVisible()


def test_new_result_is_offered_the_last_reference_range(qtbot, page, diary, child):
    labs.add_lab_result(diary, child.id, TODAY, Analyte.TOTAL_IGE, 300, ref_high=200)
    page.refresh()
    dialog = LabDialog(page, None, page.last_ranges())
    qtbot.addWidget(dialog)
    _choose(dialog, Analyte.TOTAL_IGE)
    assert dialog.ref_high_edit.text() == "200" and dialog.ref_low_edit.text() == ""
    dialog.ref_low_edit.setText("300")
    assert "below the lower" in dialog.range_error.text() and not _save(dialog).isEnabled()


def test_filter_and_first_injection_from_the_diary(qtbot, page, diary, child):
    injections.set_plan(diary, child.id, TODAY - dt.timedelta(days=60), 150)
    given = dt.datetime.combine(TODAY - dt.timedelta(days=60), dt.time(10), dt.UTC)
    injections.log_injection(diary, child.id, given)
    labs.add_lab_result(diary, child.id, TODAY, Analyte.TOTAL_IGE, 500, ref_high=200)
    labs.add_lab_result(diary, child.id, TODAY, Analyte.TRYPTASE, 20, ref_high=11.4)
    page.refresh()
    flags = {page.model.data(page.model.index(r, 4)) for r in range(2)}
    assert flags == {"above range", "above range — expected on omalizumab"}
    page.filter_combo.setCurrentIndex(page.filter_combo.findData(Analyte.TRYPTASE))
    assert page.model.rowCount() == 1
    assert page.model.data(page.model.index(0, 1)) == "Serum tryptase"
