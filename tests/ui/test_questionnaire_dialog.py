"""Loading a clinic questionnaire (every problem listed) and answering it from the keyboard."""

import datetime as dt
import json
from pathlib import Path

from PySide6.QtCore import Qt

from masto_diary.services import questionnaires
from masto_diary.ui.dialogs.questionnaire_dialog import AnswerDialog, LoadQuestionnaireDialog
from tests import reads

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "questionnaire-example.json"
DAY = dt.date(2026, 11, 2)


def load(qtbot, diary, child_id: int, path: Path) -> LoadQuestionnaireDialog:
    dialog = LoadQuestionnaireDialog(diary, child_id)
    qtbot.addWidget(dialog)
    dialog.ask_open_path = lambda: path
    dialog.show()
    qtbot.mouseClick(
        dialog.findChild(type(dialog.load_button), "chooseFileButton"), Qt.MouseButton.LeftButton
    )
    return dialog


def test_a_bad_file_shows_every_problem_and_keeps_nothing(qtbot, demo_diary, tmp_path) -> None:
    child = reads.find_child(demo_diary, "Luca Rossi")
    content = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    content["recall"] = "monthly"
    content["items"][1]["id"] = content["items"][0]["id"]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(content), encoding="utf-8")
    dialog = load(qtbot, demo_diary, child.id, bad)
    report = dialog.report.toPlainText()
    assert report.startswith("This questionnaire cannot be loaded")
    assert "$.recall" in report
    assert not dialog.load_button.isEnabled()
    assert questionnaires.questionnaires(demo_diary, child.id) == []


def test_loading_the_same_file_twice_keeps_one_questionnaire(qtbot, demo_diary) -> None:
    child = reads.find_child(demo_diary, "Luca Rossi")
    for _ in range(2):
        dialog = load(qtbot, demo_diary, child.id, EXAMPLE)
        assert dialog.load_button.isEnabled()
        qtbot.mouseClick(dialog.load_button, Qt.MouseButton.LeftButton)
        assert dialog.result() == dialog.DialogCode.Accepted
    (kept,) = questionnaires.questionnaires(demo_diary, child.id)
    assert kept.title == json.loads(EXAMPLE.read_text(encoding="utf-8"))["title"]


def test_answers_are_typed_one_digit_per_item_and_saved_with_enter(qtbot, demo_diary) -> None:
    child = reads.find_child(demo_diary, "Luca Rossi")
    content = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    questionnaires.keep_questionnaire(demo_diary, child.id, content)
    (kept,) = questionnaires.questionnaires(demo_diary, child.id)
    dialog = AnswerDialog(demo_diary, kept, DAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    first = dialog.choices[kept.items[0].id]
    first.setFocus()
    digits = "2" * len(kept.items)
    for digit in digits:
        qtbot.keyClick(dialog.focusWidget(), digit)
    assert all(choice.value() == 2 for choice in dialog.choices.values())
    assert dialog.total_label.text().startswith(f"Total: {2 * len(kept.items)}")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    (saved,) = questionnaires.answers(demo_diary, kept.id)
    assert (saved.date, saved.total) == (DAY, 2 * len(kept.items))
    assert saved.band == kept.score(json.loads(saved.answers))[1]


def test_ctrl_s_saves_an_incomplete_set_with_no_total(qtbot, demo_diary) -> None:
    child = reads.find_child(demo_diary, "Luca Rossi")
    questionnaires.keep_questionnaire(
        demo_diary, child.id, json.loads(EXAMPLE.read_text(encoding="utf-8"))
    )
    (kept,) = questionnaires.questionnaires(demo_diary, child.id)
    dialog = AnswerDialog(demo_diary, kept, DAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    first = dialog.choices[kept.items[0].id]
    first.setFocus()
    qtbot.keyClick(first, "1")
    assert "not known" in dialog.total_label.text()
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    (saved,) = questionnaires.answers(demo_diary, kept.id)
    assert saved.total is None
    assert json.loads(saved.answers)[kept.items[0].id] == 1
