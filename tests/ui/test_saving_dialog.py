"""The dialogs that write through a service share one save/ask flow (ui/dialogs/saving.py):
when the diary changed while a dialog was open and the service refuses, the refusal is shown
under the field it names (or under the dialog), nothing is written, and the dialog stays open
with what was typed."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from masto_diary.services import children, injections
from masto_diary.ui.dialogs.earlier_doses_dialog import EarlierDosesDialog
from masto_diary.ui.dialogs.episode_dialog import EpisodeDialog
from masto_diary.ui.dialogs.injection_dialog import InjectionDialog
from masto_diary.ui.dialogs.plan_dialog import PlanDialog, PlanMode
from masto_diary.ui.dialogs.saving import SavingDialog
from masto_diary.ui.formatting import to_qdate
from tests import reads

TODAY = dt.date.today()


def _days_ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


@pytest.fixture
def on_therapy(diary) -> int:
    luca = children.create_child(diary, "Luca", dt.date(2017, 3, 1)).id
    injections.set_plan(diary, luca, _days_ago(60), 150, 28)
    return luca


def test_the_four_writing_dialogs_share_the_flow():
    for dialog in (EpisodeDialog, InjectionDialog, PlanDialog, EarlierDosesDialog):
        assert issubclass(dialog, SavingDialog)


def test_a_plan_refused_by_the_diary_is_explained_under_its_start(qtbot, diary, on_therapy):
    dialog = PlanDialog(diary, on_therapy, PlanMode.NEW)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start_edit.setDate(to_qdate(_days_ago(20)))
    assert dialog.save_button.isEnabled()
    injections.set_plan(diary, on_therapy, _days_ago(10), 300, 28)  # meanwhile, elsewhere

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.start_message.text().startswith("Not saved: A new plan must start after")
    assert dialog.start_message.isVisibleTo(dialog) and not dialog.error_label.text()
    assert [p.dose_mg for p in reads.plans(diary, on_therapy)] == [150, 300]


def test_earlier_doses_refused_by_the_diary_are_listed_and_none_is_written(
    qtbot, diary, on_therapy
):
    dialog = EarlierDosesDialog(diary, on_therapy)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.first_edit.setDate(to_qdate(_days_ago(56)))
    dialog.count_spin.setValue(2)
    qtbot.mouseClick(dialog.fill_button, Qt.MouseButton.LeftButton)
    assert dialog.save_button.isEnabled()
    moment = dt.datetime.combine(_days_ago(28), dt.time(12)).astimezone()
    injections.log_injection(diary, on_therapy, moment)  # the second row's day, meanwhile

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.saved_count == 0
    assert dialog.error_label.text().startswith("Nothing was saved:\n")
    assert len(injections.list_injections(diary, on_therapy)) == 1
