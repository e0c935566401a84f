"""The instrument-shaped examples loaded from their files and answered through the real dialog,
one digit per item as a parent types them; the totals are the hand-worked ones."""

import datetime as dt
import json
from pathlib import Path

from PySide6.QtCore import Qt

from masto_diary.services import questionnaires
from masto_diary.ui.dialogs.questionnaire_dialog import AnswerDialog, LoadQuestionnaireDialog
from tests import reads

DOCS = Path(__file__).resolve().parents[2] / "docs"
QOL = DOCS / "questionnaire-example-quality-of-life.json"
CONTROL = DOCS / "questionnaire-example-urticaria-control.json"
DAY = dt.date(2026, 11, 2)


def load(qtbot, diary, child_id: int, path: Path) -> questionnaires.KeptQuestionnaire:
    dialog = LoadQuestionnaireDialog(diary, child_id)
    qtbot.addWidget(dialog)
    dialog.ask_open_path = lambda: path
    dialog.show()
    qtbot.mouseClick(
        dialog.findChild(type(dialog.load_button), "chooseFileButton"), Qt.MouseButton.LeftButton
    )
    assert dialog.load_button.isEnabled(), dialog.report.toPlainText()
    qtbot.mouseClick(dialog.load_button, Qt.MouseButton.LeftButton)
    key = json.loads(path.read_text("utf-8"))["id"]
    return next(q for q in questionnaires.questionnaires(diary, child_id) if q.record.key == key)


def answer(qtbot, diary, kept, digits: str) -> AnswerDialog:
    dialog = AnswerDialog(diary, kept, DAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.choices[kept.items[0].id].setFocus()
    for digit in digits:
        qtbot.keyClick(dialog.focusWidget(), digit)
    return dialog


def test_the_control_test_typed_in_four_digits(qtbot, demo_diary) -> None:
    child = reads.find_child(demo_diary, "Sara Bianchi")
    kept = load(qtbot, demo_diary, child.id, CONTROL)
    assert kept.recall == "4-weekly"
    # "a little" (1 → 3), "not at all" (0 → 4), "sometimes" (2 → 2), "well" (3): 12
    dialog = answer(qtbot, demo_diary, kept, "1023")
    assert dialog.total_label.text() == "Total: 12 (well controlled)"
    assert dialog.focusWidget() is dialog.save_button
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    (saved,) = questionnaires.answers(demo_diary, kept.id)
    assert (saved.date, saved.total, saved.band) == (DAY, 12.0, "well controlled")


def test_the_quality_of_life_questionnaire_scrolls_and_scores_0_100(qtbot, demo_diary) -> None:
    child = reads.find_child(demo_diary, "Luca Rossi")
    kept = load(qtbot, demo_diary, child.id, QOL)
    dialog = answer(qtbot, demo_diary, kept, "2" * 26)
    assert dialog.total_label.text().startswith("Total: 50 (marked impairment)")  # 26 of 27
    last = dialog.choices[kept.items[-1].id]
    assert dialog.focusWidget() is last
    assert not last.visibleRegion().isEmpty()  # scrolled into view
    qtbot.keyClick(last, "4")  # 52 + 4 = 56 of 108 → 51.85 → 52
    lines = dialog.total_label.text().split("\n")
    assert lines == [
        "Total: 52 (marked impairment)",
        "Symptoms: 50",
        "Social life and daily activities: 50",
        "Feelings: 50",
        "Skin: 63",  # 6 + 4 = 10 of 16 → 62.5 → 63
    ]
    assert dialog.height() < 800
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    (saved,) = questionnaires.answers(demo_diary, kept.id)
    assert (saved.total, saved.band) == (52.0, "marked impairment")


def test_the_quality_of_life_total_is_prorated_from_three_quarters(qtbot, demo_diary) -> None:
    child = reads.find_child(demo_diary, "Luca Rossi")
    kept = load(qtbot, demo_diary, child.id, QOL)
    dialog = answer(qtbot, demo_diary, kept, "4" * 20 + "0")  # 21 of 27: 95.24 → 95
    assert dialog.total_label.text().startswith("Total: 95 (severe impairment)")
    dialog.choices[kept.items[20].id].setCurrentIndex(0)  # back to "not answered": 20 of 27
    assert dialog.total_label.text().startswith("Total: not known until enough items")


def test_loading_shows_how_the_file_scores(qtbot, demo_diary) -> None:
    child = reads.find_child(demo_diary, "Luca Rossi")
    dialog = LoadQuestionnaireDialog(demo_diary, child.id)
    qtbot.addWidget(dialog)
    assert dialog.read(QOL)
    lines = dialog.report.toPlainText().split("\n")
    assert lines[2] == (
        "Total 0–100; 0–24 little impairment, 25–49 some impairment, 50–74 marked impairment, "
        "75–100 severe impairment; subscales: Symptoms, Social life and daily activities, "
        "Feelings, Skin"
    )
    assert dialog.read(CONTROL)
    assert dialog.report.toPlainText().split("\n")[2] == (
        "Total 0–16; 0–11 not well controlled, 12–16 well controlled"
    )
