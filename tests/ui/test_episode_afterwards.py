"""Logging an episode afterwards, counted in keys: a flush of this afternoon, 45 minutes,
moderate, trigger heat, typed into the real dialog the way a parent at 9 pm would."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from masto_diary.enums import EpisodeKind, Severity
from masto_diary.services import children, episodes
from masto_diary.ui.dialogs.episode_dialog import EpisodeDialog

KEY_BUDGET = 12


@pytest.fixture
def luca(diary) -> int:
    return children.create_child(diary, "Luca", dt.date(2017, 3, 1)).id


def _yesterday_at_nine_pm() -> dt.datetime:
    """The evening the parent writes: yesterday's, so every choice lies in the past."""
    day = dt.date.today() - dt.timedelta(days=1)
    return dt.datetime.combine(day, dt.time(21, 0)).astimezone()


def _type(qtbot, keys: list) -> None:
    """Each key goes to the widget that has focus, as it would from a keyboard."""
    for key in keys:
        key, modifier = key if isinstance(key, tuple) else (key, Qt.KeyboardModifier.NoModifier)
        target = QApplication.focusWidget()
        assert target is not None, "nothing has the keyboard focus"
        qtbot.keyClick(target, key, modifier)


def test_an_afternoon_flush_takes_at_most_twelve_keys(qtbot, diary, luca):
    now = _yesterday_at_nine_pm()
    dialog = EpisodeDialog(diary, luca, now=now)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.kind_combo, timeout=2000)

    assert dialog.kind_combo.currentData() == EpisodeKind.FLUSH  # the first kind: no key
    keys = [
        Qt.Key.Key_Tab,
        Qt.Key.Key_A,  # when: Afternoon, 15:00
        Qt.Key.Key_Tab,
        Qt.Key.Key_4,  # how long: 45 minutes
        Qt.Key.Key_Tab,
        Qt.Key.Key_M,  # severity: Moderate (Mild is the default, so M moves on)
        (Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier),  # T&riggers
        Qt.Key.Key_H,  # "he" finds heat whichever trigger is current
        Qt.Key.Key_E,
        Qt.Key.Key_Space,  # tick it
        Qt.Key.Key_Return,  # save
    ]
    _type(qtbot, keys)
    print(f"\nepisode afterwards: {len(keys)} keys")

    assert len(keys) <= KEY_BUDGET
    assert dialog.result() == QDialog.DialogCode.Accepted
    [saved] = episodes.list_episodes(diary, luca)
    started = dt.datetime.combine(now.date(), dt.time(15, 0)).astimezone()
    assert saved.kind == EpisodeKind.FLUSH and saved.severity == Severity.MODERATE
    assert saved.started_at == started
    assert saved.ended_at == started + dt.timedelta(minutes=45)
    assert list(saved.triggers) == ["heat"]
    assert [s.key for s in saved.symptoms] == ["flushing"]  # ticked by the kind


def test_the_kind_ticks_its_symptom_and_a_changed_kind_moves_the_tick(qtbot, diary, luca):
    dialog = EpisodeDialog(diary, luca)
    qtbot.addWidget(dialog)
    assert dialog.episode_input().symptom_keys == ("flushing",)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(EpisodeKind.ITCH))
    assert dialog.episode_input().symptom_keys == ("itching",)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(EpisodeKind.GASTROINTESTINAL))
    assert dialog.episode_input().symptom_keys == ()


def test_only_parts_of_the_day_that_have_passed_are_offered(qtbot, diary, luca):
    morning = dt.datetime.combine(dt.date.today(), dt.time(10, 30)).astimezone()
    dialog = EpisodeDialog(diary, luca, now=morning)
    qtbot.addWidget(dialog)
    texts = [dialog.when_combo.itemText(i) for i in range(dialog.when_combo.count())]
    assert texts[0] == "Just now" and texts[1].startswith("Morning")
    assert not any(t.startswith(("Afternoon", "Evening")) for t in texts)
    assert texts[-2].startswith("Last night") and texts[-1].startswith("Other time")


def test_a_start_typed_by_hand_keeps_the_chosen_length(qtbot, diary, luca):
    dialog = EpisodeDialog(diary, luca, now=_yesterday_at_nine_pm())
    qtbot.addWidget(dialog)
    dialog.duration_combo.setCurrentIndex(dialog.duration_combo.findData(30))
    start = dialog.start_edit.moment() - dt.timedelta(hours=2)
    dialog.start_edit.set_moment(start)
    assert dialog.when_combo.currentText().startswith("Other time")
    assert dialog.episode_input().ended_at == start + dt.timedelta(minutes=30)
    dialog.ended_check.setChecked(False)
    assert dialog.duration_combo.currentText().startswith("Other end")
