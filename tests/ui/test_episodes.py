"""Episodes page and dialog: the table model alone, then real widgets, then the database."""

import datetime as dt
import time
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from masto_diary.enums import EpisodeKind, Severity
from masto_diary.errors import ValidationError
from masto_diary.services import children, episodes
from masto_diary.ui.dialogs.episode_dialog import EpisodeDialog
from masto_diary.ui.pages import episodes as episodes_page
from masto_diary.ui.pages.episodes import ALARM_COLOUR, EpisodesPage, EpisodeTableModel

UTC = dt.UTC


def _ago(**delta) -> dt.datetime:
    return (dt.datetime.now(UTC) - dt.timedelta(**delta)).replace(second=0, microsecond=0)


@pytest.fixture
def luca(diary) -> int:
    return children.create_child(diary, "Luca", dt.date(2017, 3, 1)).id


def _two_episodes(diary, child_id: int) -> None:
    episodes.log_episode(
        diary,
        child_id,
        _ago(days=10),
        EpisodeKind.FLUSH,
        ended_at=_ago(days=10) + dt.timedelta(minutes=25),
        trigger_labels=["heat", "exercise"],
        antihistamine=True,
    )
    episodes.log_episode(
        diary,
        child_id,
        _ago(days=2),
        EpisodeKind.ANAPHYLAXIS,
        Severity.SEVERE,
        ended_at=_ago(days=2) + dt.timedelta(minutes=150),
        trigger_labels=["unknown"],
        epinephrine=True,
        emergency_visit=True,
        rescue_notes="0.15 mg into the thigh",
    )


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


# --------------------------------------------------------------------------- model


def test_model_lists_newest_first_and_marks_anaphylaxis_and_epinephrine_in_words(qapp, diary, luca):
    _two_episodes(diary, luca)
    model = EpisodeTableModel()
    model.set_rows(episodes.list_episodes(diary, luca))
    column = model.COLUMNS.index

    assert model.rowCount() == 2 and model.columnCount() == 6
    kind = model.index(0, column("kind"))
    assert model.data(kind) == "⚠ Anaphylaxis"
    assert model.data(kind, Qt.ItemDataRole.ForegroundRole).color() == ALARM_COLOUR
    assert model.data(kind, Qt.ItemDataRole.FontRole).bold()
    rescue = model.data(model.index(0, column("rescue")))
    assert rescue.startswith("⚠ EPINEPHRINE") and "emergency visit" in rescue
    assert model.data(model.index(0, column("lasted"))) == "2 h 30 min"
    assert model.data(model.index(0, column("rescue")), Qt.ItemDataRole.ToolTipRole) == (
        "0.15 mg into the thigh"
    )

    assert model.data(model.index(1, column("kind"))) == "Flushing"
    assert model.data(model.index(1, column("kind")), Qt.ItemDataRole.ForegroundRole) is None
    assert model.data(model.index(1, column("triggers"))) in ("heat, exercise", "exercise, heat")
    assert model.data(model.index(1, column("rescue"))) == "extra antihistamine"
    assert model.data(model.index(1, column("lasted"))) == "25 min"


# --------------------------------------------------------------------------- dialog


def _check(qtbot, list_widget, text: str) -> None:
    """Tick an item the way a parent does: make it current and press Space."""
    item = list_widget.findItems(text, Qt.MatchFlag.MatchExactly)[0]
    list_widget.setFocus()
    list_widget.setCurrentItem(item)
    qtbot.keyClick(list_widget, Qt.Key.Key_Space)
    assert item.checkState() == Qt.CheckState.Checked


def test_episode_with_two_triggers_and_epinephrine_is_saved(qtbot, diary, luca):
    started = _ago(hours=3)
    dialog = EpisodeDialog(diary, luca, started_at=started)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(EpisodeKind.ANAPHYLAXIS))
    assert "epinephrine" in dialog.kind_message.text()  # a reminder, not a block
    dialog.severity_combo.setCurrentIndex(dialog.severity_combo.findData(Severity.SEVERE))
    _check(qtbot, dialog.symptom_list, "Breathing trouble")
    _check(qtbot, dialog.trigger_list, "insect sting")
    qtbot.keyClicks(dialog.new_trigger_edit, "Sun cream")
    qtbot.keyClick(dialog.new_trigger_edit, Qt.Key.Key_Return)  # adds, does not save
    assert dialog.isVisible() and dialog.new_trigger_edit.text() == ""
    qtbot.mouseClick(dialog.epinephrine_check, Qt.MouseButton.LeftButton)
    assert not dialog.kind_message.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.rescue_edit, "0.15 mg")
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    [saved] = episodes.list_episodes(diary, luca)
    assert saved.kind == EpisodeKind.ANAPHYLAXIS and saved.severity == Severity.SEVERE
    assert saved.rescue_epinephrine and not saved.rescue_steroid
    assert saved.rescue_notes == "0.15 mg"
    assert saved.started_at == started and saved.ended_at is None
    assert sorted(saved.triggers) == ["Sun cream", "insect sting"]
    assert [s.key for s in saved.symptoms] == ["breathing"]
    assert "Sun cream" in [t.label for t in children.triggers(diary, luca)]


def test_end_before_start_keeps_save_disabled_with_the_reason(qtbot, diary, luca):
    dialog = EpisodeDialog(diary, luca, started_at=_ago(hours=2))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.end_edit.isEnabled()
    qtbot.mouseClick(dialog.ended_check, Qt.MouseButton.LeftButton)
    assert dialog.end_edit.isEnabled()
    dialog.end_edit.setFocus()
    dialog.end_edit.set_moment(_ago(hours=3))

    assert not dialog.save_button.isEnabled()
    assert dialog.end_message.isVisibleTo(dialog)
    assert "end is before the start" in dialog.end_message.text()
    assert dialog.save_button.toolTip() == dialog.end_message.text()
    dialog.accept()  # even forced, nothing is written
    assert episodes.list_episodes(diary, luca) == []

    dialog.end_edit.set_moment(_ago(hours=1))
    assert dialog.save_button.isEnabled() and dialog.end_message.text() == ""


def test_a_refusal_from_the_service_is_shown_at_the_field(qtbot, diary, luca, monkeypatch):
    def refuse(*_args, **_kwargs):
        raise ValidationError("The end must not be before the start", "ended_at")

    monkeypatch.setattr(episodes, "log_episode", refuse)
    dialog = EpisodeDialog(diary, luca)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.end_message.text() == "Not saved: The end must not be before the start"


def test_editing_keeps_links_and_changes_fields(qtbot, diary, luca):
    _two_episodes(diary, luca)
    anaphylaxis = episodes.list_episodes(diary, luca)[0]
    dialog = EpisodeDialog(diary, luca, episode_id=anaphylaxis.id)
    qtbot.addWidget(dialog)
    assert dialog.ended_check.isChecked() and dialog.epinephrine_check.isChecked()
    assert dialog.episode_input().trigger_labels == ("unknown",)
    qtbot.keyClicks(dialog.notes_edit, "Kept overnight.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    edited = episodes.get_episode(diary, anaphylaxis.id)
    assert edited.notes == "Kept overnight." and edited.rescue_epinephrine
    assert list(edited.triggers) == ["unknown"]
    assert len(episodes.list_episodes(diary, luca)) == 2


# --------------------------------------------------------------------------- page


def _page(qtbot, diary, child_id) -> EpisodesPage:
    page = EpisodesPage(diary)
    qtbot.addWidget(page)
    page.set_child(child_id)
    page.show()
    page.activateWindow()  # shortcuts only reach an active window
    qtbot.waitUntil(page.isActiveWindow, timeout=2000)
    return page


def test_new_episode_from_the_page_with_ctrl_n(qtbot, diary, luca):
    page = _page(qtbot, diary, luca)
    assert page.empty_label.isVisible()

    def drive(dialog: EpisodeDialog) -> None:
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(EpisodeKind.ITCH))
        _check(qtbot, dialog.trigger_list, "friction/rubbing")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    page.table.setFocus()
    ctrl_n = Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier
    with qtbot.waitSignal(page.data_changed, timeout=2000):
        drive_modal(lambda: qtbot.keyClick(page.table, *ctrl_n), drive)

    [saved] = episodes.list_episodes(diary, luca)
    assert saved.kind == EpisodeKind.ITCH
    assert page.model.rowCount() == 1 and not page.empty_label.isVisible()


def test_filter_by_kind(qtbot, diary, luca):
    _two_episodes(diary, luca)
    page = _page(qtbot, diary, luca)
    assert page.model.rowCount() == 2 and page.count_label.text() == "2 episodes"
    page.kind_filter.setFocus()
    page.kind_filter.setCurrentIndex(page.kind_filter.findData(EpisodeKind.FLUSH))
    assert page.model.rowCount() == 1
    assert page.model.record(0).kind == EpisodeKind.FLUSH
    page.kind_filter.setCurrentIndex(page.kind_filter.findData(EpisodeKind.ITCH))
    assert page.model.rowCount() == 0 and "No episode of this kind" in page.empty_label.text()


def test_enter_opens_the_selected_episode_for_editing(qtbot, diary, luca, monkeypatch):
    _two_episodes(diary, luca)
    page = _page(qtbot, diary, luca)
    calls = []

    def fake_ask(cls, parent, diary_, child_id, started_at=None, episode_id=None):
        calls.append((child_id, episode_id))
        return False

    monkeypatch.setattr(EpisodeDialog, "ask", classmethod(fake_ask))
    page.table.setFocus()
    page.table.selectRow(1)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert calls == [(luca, page.model.record(1).id)]


def test_delete_asks_and_deletes_only_after_confirmation(qtbot, diary, luca, monkeypatch):
    _two_episodes(diary, luca)
    page = _page(qtbot, diary, luca)
    questions = []
    answer = {"value": False}

    def confirm(parent, title, text):
        questions.append(text)
        return answer["value"]

    monkeypatch.setattr(episodes_page, "confirm_delete", confirm)
    page.table.setFocus()
    page.table.selectRow(0)
    target = page.model.record(0).id
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert "anaphylaxis" in questions[0]
    assert len(episodes.list_episodes(diary, luca)) == 2

    answer["value"] = True
    with qtbot.waitSignal(page.data_changed):
        qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    left = episodes.list_episodes(diary, luca)
    assert len(questions) == 2 and [e.id for e in left] == [page.model.record(0).id]
    assert target not in [e.id for e in left]
    assert page.model.rowCount() == 1
