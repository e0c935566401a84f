"""Visits page: the table model alone, the questions for the next visit (saved, never lost),
and adding / editing / deleting visits through real widgets."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from masto_diary.services import children, injections, visits
from masto_diary.ui.dialogs.visit_dialog import VisitDialog
from masto_diary.ui.formatting import to_qdate
from masto_diary.ui.pages import visits as visits_page
from masto_diary.ui.pages.visits import VisitsModel, VisitsPage
from tests import reads

TODAY = dt.date.today()


@pytest.fixture
def child(diary):
    return children.create_child(diary, "Luca", dt.date(2018, 5, 4))


@pytest.fixture
def page(qtbot, diary, child):
    widget = VisitsPage(diary)
    qtbot.addWidget(widget)
    widget.set_child(child.id)
    widget.resize(1000, 700)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def test_model_lists_newest_first_and_marks_the_coming_visit(qapp, diary, child):
    visits.add_visit(diary, child.id, TODAY - dt.timedelta(days=90), "Dr Bianchi", "Q1", "O1")
    visits.add_visit(diary, child.id, TODAY + dt.timedelta(days=10), "Dr Bianchi", "Sport?")
    model = VisitsModel()
    model.set_rows(visits.list_visits(diary, child.id), TODAY)
    assert model.rowCount() == 2
    assert "(coming)" in model.data(model.index(0, 0))
    assert model.data(model.index(0, 2)) == "Sport?"
    assert model.data(model.index(0, 3)) == "not yet"
    assert model.data(model.index(1, 3)) == "O1"
    assert "(coming)" not in model.data(model.index(1, 0))


def test_typed_questions_book_the_next_visit_and_are_saved(qtbot, page, diary, child):
    injections.set_plan(diary, child.id, TODAY + dt.timedelta(days=12), 150)
    page.refresh()
    assert page.next_date_edit.date() == to_qdate(TODAY + dt.timedelta(days=12))
    assert "No visit booked" in page.next_state.text()

    page._autosave.setInterval(100)  # the real pause is a second; the test need not wait
    page.questions_edit.setFocus()
    qtbot.keyClicks(page.questions_edit, "Can cromolyn stop?")
    assert "Not saved" in page.next_state.text()
    qtbot.waitUntil(lambda: visits.next_visit(diary, child.id) is not None, timeout=3000)
    booked = visits.next_visit(diary, child.id)
    assert (booked.date, booked.questions) == (TODAY + dt.timedelta(days=12), "Can cromolyn stop?")
    assert "Saved with the visit" in page.next_state.text()
    assert page.model.rowCount() == 1

    qtbot.keyClick(page.questions_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(page.questions_edit, "Sport?")
    qtbot.keyClick(page.questions_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert visits.next_visit(diary, child.id).questions == "Can cromolyn stop?\nSport?"
    assert len(visits.list_visits(diary, child.id)) == 1


def test_leaving_the_page_or_switching_child_saves_pending_questions(qtbot, page, diary, child):
    visits.add_visit(diary, child.id, TODAY + dt.timedelta(days=5), "Dr Bianchi")
    giulia = children.create_child(diary, "Giulia", dt.date(2020, 1, 1))
    page.refresh()
    qtbot.keyClicks(page.questions_edit, "Is the rash new?")
    assert page.can_leave()
    assert visits.next_visit(diary, child.id).questions == "Is the rash new?"

    qtbot.keyClicks(page.questions_edit, " Sunscreen?")
    page.set_child(giulia.id)
    assert visits.next_visit(diary, child.id).questions == "Is the rash new? Sunscreen?"
    assert visits.next_visit(diary, giulia.id) is None
    assert page.questions_edit.toPlainText() == ""


def test_untouched_page_books_nothing(qtbot, page, diary, child):
    page.next_date_edit.setDate(to_qdate(TODAY + dt.timedelta(days=3)))
    assert page.can_leave()
    assert visits.list_visits(diary, child.id) == []


def test_add_edit_delete_visits(qtbot, page, diary, child, monkeypatch):
    def add(cls, parent, visit=None, clinicians=()):
        dialog = cls(parent, visit, clinicians)
        qtbot.addWidget(dialog)
        dialog.date_edit.setDate(to_qdate(TODAY - dt.timedelta(days=7)))
        qtbot.keyClicks(dialog.clinician_edit, "Dr Bianchi")
        qtbot.keyClicks(dialog.questions_edit, "Can prednisone stop?")
        qtbot.keyClicks(dialog.outcome_edit, "Stop prednisone.")
        return dialog.result_input()

    monkeypatch.setattr(VisitDialog, "ask", classmethod(add))
    with qtbot.waitSignal(page.add_button.clicked):
        qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    (saved,) = visits.list_visits(diary, child.id)
    assert (saved.date, saved.clinician, saved.questions, saved.outcome) == (
        TODAY - dt.timedelta(days=7),
        "Dr Bianchi",
        "Can prednisone stop?",
        "Stop prednisone.",
    )

    def edit(cls, parent, visit=None, clinicians=()):
        dialog = cls(parent, visit, clinicians)
        qtbot.addWidget(dialog)
        assert clinicians == ("Dr Bianchi",)
        assert dialog.outcome_edit.toPlainText() == "Stop prednisone."
        qtbot.keyClicks(dialog.outcome_edit, " Labs in 3 months.")
        return dialog.result_input()

    monkeypatch.setattr(VisitDialog, "ask", classmethod(edit))
    assert page.edit_button.isEnabled()  # the new visit is selected
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert visits.list_visits(diary, child.id)[0].outcome == "Stop prednisone. Labs in 3 months."

    monkeypatch.setattr(visits_page, "confirm_delete", lambda *a: False)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert len(visits.list_visits(diary, child.id)) == 1
    monkeypatch.setattr(visits_page, "confirm_delete", lambda *a: True)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert visits.list_visits(diary, child.id) == []
    assert page.empty_label.isVisible()


def test_editing_the_coming_visit_updates_the_questions_area(
    qtbot, page, diary, child, monkeypatch
):
    visits.add_visit(diary, child.id, TODAY + dt.timedelta(days=5), "Dr Bianchi", "Old question")
    page.refresh()
    assert page.questions_edit.toPlainText() == "Old question"

    def edit(cls, parent, visit=None, clinicians=()):
        dialog = cls(parent, visit, clinicians)
        qtbot.addWidget(dialog)
        dialog.questions_edit.setPlainText("New question")
        return dialog.result_input()

    monkeypatch.setattr(VisitDialog, "ask", classmethod(edit))
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.questions_edit.toPlainText() == "New question"
    assert visits.next_visit(diary, child.id).questions == "New question"


def test_demo_diary_shows_the_questions_already_collected(qtbot, demo_diary):
    luca = reads.find_child(demo_diary, "Luca Rossi")
    widget = VisitsPage(demo_diary)
    qtbot.addWidget(widget)
    widget.set_child(luca.id)
    coming = visits.next_visit(demo_diary, luca.id)
    assert coming is not None and coming.questions
    assert widget.questions_edit.toPlainText() == coming.questions
    assert widget.next_date_edit.date() == to_qdate(coming.date)
    assert widget.model.rowCount() == len(visits.list_visits(demo_diary, luca.id))
    assert widget.can_leave()  # nothing typed: nothing rewritten
    assert visits.next_visit(demo_diary, luca.id).questions == coming.questions
