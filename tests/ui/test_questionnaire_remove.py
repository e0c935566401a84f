"""File ▸ Remove a questionnaire…: it goes with its answers after a question, the Charts view
disappears, and Undo brings both back, as after any other delete."""

import datetime as dt
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from masto_diary.services import children, entries, questionnaires
from masto_diary.ui.dialogs import questionnaire_dialog
from masto_diary.ui.main_window import MainWindow

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "questionnaire-example.json"
DAY = dt.date(2026, 11, 2)


@pytest.fixture
def asked(monkeypatch) -> list[str]:
    """The questions the window asks; each is answered Yes."""
    questions: list[str] = []

    def confirm(_parent, _title, question):
        questions.append(question)
        return True

    monkeypatch.setattr(questionnaire_dialog, "confirm_delete", confirm)
    return questions


@pytest.fixture
def window(qtbot, diary, tmp_path):
    child = children.create_child(diary, "Anna", dt.date(2016, 5, 1))
    entries.save_entry(diary, child.id, DAY, {"itching": 1})
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    shown = MainWindow(diary, settings)
    qtbot.addWidget(shown)
    shown.show()
    yield shown
    shown.close()


def keep_example(diary, child_id: int, title: str | None = None, days: int = 2):
    content = json.loads(EXAMPLE.read_text("utf-8"))
    if title is not None:
        content["id"], content["title"] = title.lower().replace(" ", "-"), title
    questionnaires.keep_questionnaire(diary, child_id, content)
    kept = next(
        q for q in questionnaires.questionnaires(diary, child_id) if q.title == content["title"]
    )
    for n in range(days):
        day = DAY + dt.timedelta(days=7 * n)
        questionnaires.save_answers(diary, kept, day, {i.id: 1 for i in kept.items})
    return kept


def remove(window) -> None:
    window.findChild(QAction, "actionRemoveQuestionnaire").trigger()


def charts_view_shown(window) -> bool:
    page = window.page("charts")
    return page.tabs.isTabVisible(page.tabs.indexOf(page.questionnaire))


def test_a_removed_questionnaire_comes_back_with_its_answers_on_undo(qtbot, window, diary, asked):
    child_id = window.current_child_id()
    kept = keep_example(diary, child_id)
    window.show_page("charts")
    assert charts_view_shown(window)
    remove(window)
    assert asked == ["Remove “Weekly skin check (example)”? Its answers go with it (days "
                     "answered: 2). Undo is offered for a short while."]  # fmt: skip
    assert questionnaires.questionnaires(diary, child_id) == []
    assert not charts_view_shown(window)
    assert window.undo_bar.label.text() == "The questionnaire and its answers were removed."

    qtbot.mouseClick(window.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    (back,) = questionnaires.questionnaires(diary, child_id)
    assert back.title == kept.title
    assert [a.total for a in questionnaires.answers(diary, back.id)] == [4, 4]
    assert charts_view_shown(window)


def test_with_several_the_parent_chooses_which(window, diary, asked, monkeypatch):
    child_id = window.current_child_id()
    keep_example(diary, child_id)
    other = keep_example(diary, child_id, title="Sleep check", days=1)
    offered = []

    def choose(_parent, _title, kept):
        offered.extend(q.title for q in kept)
        return other

    monkeypatch.setattr(questionnaire_dialog, "choose_questionnaire", choose)
    remove(window)
    assert sorted(offered) == ["Sleep check", "Weekly skin check (example)"]
    assert [q.title for q in questionnaires.questionnaires(diary, child_id)] == [
        "Weekly skin check (example)"
    ]


def test_without_one_the_window_says_so_and_removes_nothing(window, asked, monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    remove(window)
    assert said == ["There is no questionnaire to remove."] and asked == []


def test_two_with_the_same_title_are_told_apart_by_the_file_id(window, diary, monkeypatch):
    child_id = window.current_child_id()
    keep_example(diary, child_id, days=0)
    content = json.loads(EXAMPLE.read_text("utf-8"))
    content["id"] = "skin-check-2"  # another file, the same title
    questionnaires.keep_questionnaire(diary, child_id, content)
    kept = questionnaires.questionnaires(diary, child_id)
    offered = []

    def get_item(_parent, _title, _label, items, _current, _editable):
        offered.extend(items)
        return items[1], True

    monkeypatch.setattr(questionnaire_dialog.QInputDialog, "getItem", get_item)
    chosen = questionnaire_dialog.choose_questionnaire(window, "Remove", kept)
    assert len(set(offered)) == 2 and all("(" in text for text in offered)
    assert chosen is kept[1]
