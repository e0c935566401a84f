"""The Today page offers a clinic questionnaire when it is due, and answering it from there."""

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from masto_diary.services import children, questionnaires
from masto_diary.ui.dialogs.questionnaire_dialog import AnswerDialog
from masto_diary.ui.pages.today import TodayPage

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "questionnaire-example.json"
NOW = dt.datetime(2026, 11, 10, 20, 0).astimezone()


def page_for(qtbot, diary, child_id: int) -> TodayPage:
    page = TodayPage(diary, clock=lambda: NOW)
    qtbot.addWidget(page)
    page.set_child(child_id)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_no_offer_without_a_questionnaire(qtbot, diary) -> None:
    child = children.create_child(diary, "Luca", dt.date(2018, 5, 4))
    assert not page_for(qtbot, diary, child.id).questionnaire_offer.isVisible()


def test_a_weekly_questionnaire_is_offered_until_answered_then_again_a_week_later(
    qtbot, diary, monkeypatch
) -> None:
    child = children.create_child(diary, "Luca", dt.date(2018, 5, 4))
    questionnaires.keep_questionnaire(diary, child.id, json.loads(EXAMPLE.read_text("utf-8")))
    (kept,) = questionnaires.questionnaires(diary, child.id)
    page = page_for(qtbot, diary, child.id)
    offer = page.questionnaire_offer
    assert offer.isVisible() and kept.title in offer.text()

    def answer_all(dialog: AnswerDialog) -> int:  # the dialog's own widgets, typed into
        for choice in dialog.choices.values():
            qtbot.keyClick(choice, "1")
        qtbot.keyClick(dialog.save_button, Qt.Key.Key_Return)
        return dialog.result()

    monkeypatch.setattr(AnswerDialog, "exec", answer_all)
    qtbot.mouseClick(offer, Qt.MouseButton.LeftButton)
    (saved,) = questionnaires.answers(diary, kept.id)
    assert (saved.date, saved.total) == (NOW.date(), len(kept.items))
    assert not offer.isVisible()
    offer.show_for(diary, child.id, NOW.date() + dt.timedelta(days=7))
    assert offer.isVisible()


PROBE = """
import datetime as dt, sys, tempfile
from pathlib import Path
from PySide6.QtWidgets import QApplication
from masto_diary.services import children
from masto_diary.storage import open_diary

assert "masto_diary.services.questionnaires" not in sys.modules, "imported before the page"
from masto_diary.ui.pages.today import TodayPage

app = QApplication([])
diary = open_diary(Path(tempfile.mkdtemp()), auto_backup=False)
child = children.create_child(diary, "Luca", dt.date(2018, 5, 4))
page = TodayPage(diary)
page.set_child(child.id)
page.show()
app.processEvents()
assert page.questionnaire_offer.isHidden()
print("loaded:", sorted(m for m in sys.modules if m.endswith(".questionnaires")))
"""


def test_a_child_without_questionnaires_does_not_load_their_services(tmp_path) -> None:
    """Start-up: the Today page of a child without a clinic questionnaire asks one query and
    loads neither the questionnaire services nor the instruments' scoring (about 40 ms of the
    page's first frame, measured with -X importtime)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MASTO_DIARY_HOME": str(tmp_path)}
    run = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=180
    )
    assert run.returncode == 0, run.stderr
    assert "loaded: []" in run.stdout, run.stdout
