"""Today page: real widgets driven with the keyboard and mouse, then the database is read back."""

import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget

from masto_diary.enums import InjectionSite, Reporter
from masto_diary.errors import ValidationError
from masto_diary.services import children, entries, injections
from masto_diary.storage import DIARY_FILENAME, open_diary
from masto_diary.ui.formatting import long_date
from masto_diary.ui.main_window import MainWindow
from masto_diary.ui.pages import today as today_module
from masto_diary.ui.pages.today import ERROR_COLOUR, TodayPage
from masto_diary.ui.widgets.score_row import ScoreRow
from tests import reads

EVENING = dt.datetime(2026, 11, 26, 21, 0).astimezone()  # Thursday evening, local time
TODAY = EVENING.date()
YESTERDAY = TODAY - dt.timedelta(days=1)
KEYS = [symptom.key for symptom in children.DEFAULT_SYMPTOMS]


@pytest.fixture(autouse=True)
def no_modal_questions(monkeypatch):
    """A failing test must not hang on a real message box (tests that ask patch again)."""
    monkeypatch.setattr(TodayPage, "ask_unsaved", classmethod(lambda *a: "discard"))
    monkeypatch.setattr(TodayPage, "confirm_delete", classmethod(lambda *a: False))


@pytest.fixture(scope="module")
def luca_template(tmp_path_factory) -> Path:
    """A diary with Luca, made once: copying it is much quicker than creating a diary."""
    folder = tmp_path_factory.mktemp("luca")
    with open_diary(folder) as template:
        children.create_child(template, "Luca", dt.date(2018, 5, 4))
    return folder / DIARY_FILENAME


@pytest.fixture
def diary(luca_template, tmp_path):
    folder = tmp_path / "diary"
    folder.mkdir(mode=0o700)
    shutil.copyfile(luca_template, folder / DIARY_FILENAME)
    opened = open_diary(folder)
    yield opened
    opened.close()


@pytest.fixture
def luca(diary):
    return reads.find_child(diary, "Luca")


def _page(qtbot, diary, child_id, moment=EVENING) -> TodayPage:
    page = TodayPage(diary, clock=lambda: moment)
    qtbot.addWidget(page)
    page.set_child(child_id)
    page.resize(1100, 800)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    if page.rows:  # showing the page puts the keyboard on the first symptom
        qtbot.waitUntil(lambda: QApplication.focusWidget() is page.rows[0])
    return page


def _window(qtbot, diary, tmp_path, monkeypatch, moment=EVENING) -> MainWindow:
    monkeypatch.setattr(today_module, "local_now", lambda: moment)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(diary, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.show_page("today")
    return window


class Keyboard:
    """Types into whatever widget has the focus, and counts every key pressed."""

    def __init__(self, qtbot):
        self.qtbot, self.count = qtbot, 0

    def press(self, key, modifier=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
        for _ in range(times):
            focus = QApplication.focusWidget()
            assert focus is not None, "nothing has the keyboard focus"
            self.qtbot.keyClick(focus, key, modifier)
            self.count += 1

    def type(self, text: str) -> None:
        for character in text:
            self.press(character)


def _focus(qtbot) -> QWidget:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return QApplication.focusWidget()


# --------------------------------------------------------------------------- the evening entry


def test_keyboard_only_evening_entry_in_under_30_keys(qtbot, diary, luca, tmp_path, monkeypatch):
    window = _window(qtbot, diary, tmp_path, monkeypatch)
    page = window.page("today")
    assert isinstance(_focus(qtbot), ScoreRow) and _focus(qtbot).key == KEYS[0]
    keys = Keyboard(qtbot)
    scores = [2, 1, 0, 0, 1, 0, 0, 1, 3, 0, 0, 2, 1, 0]
    keys.type("".join(str(s) for s in scores))  # each digit moves on to the next symptom
    assert QApplication.focusWidget() is page.wellbeing_spin
    keys.type("6")  # wellbeing
    keys.press(Qt.Key.Key_Tab)
    keys.press(Qt.Key.Key_Space)  # school missed
    keys.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert keys.count == 18 < 30
    saved = entries.read_day(diary, luca.id, TODAY)
    assert saved.scores == dict(zip(KEYS, scores, strict=True))
    assert (saved.wellbeing, saved.school_missed, saved.sleep_disturbed) == (6, True, False)
    assert "Saved" in page.status_label.text() and not page.is_dirty()


def test_fourteen_digits_and_ctrl_s_are_a_whole_evening(qtbot, diary, luca):
    page = _page(qtbot, diary, luca.id)
    page.focus_row(0)
    keys = Keyboard(qtbot)
    keys.type("3" * 14)
    keys.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert keys.count == 15
    assert entries.read_day(diary, luca.id, TODAY).scores == dict.fromkeys(KEYS, 3)


def test_arrows_move_and_change_delete_means_not_recorded(qtbot, diary, luca):
    page = _page(qtbot, diary, luca.id)
    page.focus_row(0)
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_Down, times=2)  # third symptom
    assert _focus(qtbot) is page.rows[2]
    keys.press(Qt.Key.Key_Right, times=3)  # not recorded → 0 → 1 → 2
    keys.press(Qt.Key.Key_Up)
    keys.type("1")  # second symptom, then on to the third again
    keys.press(Qt.Key.Key_Delete)  # clears the third
    keys.press(Qt.Key.Key_Up, times=2)
    keys.press(Qt.Key.Key_Right)  # first symptom: 0
    keys.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert entries.read_day(diary, luca.id, TODAY).scores == {KEYS[0]: 0, KEYS[1]: 1}


def test_mouse_click_on_a_level_scores_and_shows_what_it_means(qtbot, diary, luca):
    page = _page(qtbot, diary, luca.id)
    row = page.rows[0]
    qtbot.mouseClick(row.group.button(2), Qt.MouseButton.LeftButton)
    assert row.score() == 2 and row.description_label.text() == "often, distracting"
    assert page.status_label.text() == "● Not saved yet" and page.is_dirty()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert entries.read_day(diary, luca.id, TODAY).scores == {"itching": 2}


def test_custom_scale_rows_take_their_own_digits(qtbot, diary, luca):
    children.add_symptom(diary, luca.id, "Leg cramps", scale_max=5)
    page = _page(qtbot, diary, luca.id)
    row = page.rows[-1]
    assert row.key == "leg_cramps" and row.group.button(5).text() == "5"
    row.setFocus()
    qtbot.keyClick(row, "7")  # above the scale: ignored
    assert row.score() is None
    qtbot.keyClick(row, "4")
    assert row.score() == 4 and page.wellbeing_spin.hasFocus()


# --------------------------------------------------------------------------- days


def test_before_4am_the_page_opens_on_the_previous_day(qtbot, diary, luca):
    night = dt.datetime(2026, 11, 27, 1, 30).astimezone()
    page = _page(qtbot, diary, luca.id, night)
    assert page.day == TODAY
    assert page.date_label.text() == long_date(TODAY)
    assert page.relative_label.text() == "yesterday"
    assert page.night_hint.isVisible() and "04:00" in page.night_hint.text()
    assert page.next_button.isEnabled()  # the parent may still pick the new day


def test_alt_arrows_change_day_but_never_into_the_future(qtbot, diary, luca):
    entries.save_entry(diary, luca.id, YESTERDAY, {"itching": 3}, notes="hot bath")
    page = _page(qtbot, diary, luca.id)
    assert page.relative_label.text() == "today" and not page.next_button.isEnabled()
    qtbot.keyClick(_focus(qtbot), Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert page.day == TODAY
    qtbot.keyClick(_focus(qtbot), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page.day == YESTERDAY and page.relative_label.text() == "yesterday"
    assert page.rows[0].score() == 3 and page.notes_edit.toPlainText() == "hot bath"
    qtbot.mouseClick(page.prev_button, Qt.MouseButton.LeftButton)
    assert page.relative_label.text() == "2 days ago" and page.rows[0].score() is None
    page.go_to_day(TODAY + dt.timedelta(days=3))
    assert page.day == TODAY


def test_date_picker_opens_any_past_day(qtbot, diary, luca):
    old = dt.date(2024, 2, 29)
    entries.save_entry(diary, luca.id, old, {"flushing": 2})
    page = _page(qtbot, diary, luca.id)
    page.date_edit.setDate(old)  # as the calendar popup does (the field has no focus)
    assert page.day == old and page.rows[1].score() == 2
    assert page.date_edit.maximumDate().toPython() == TODAY


def test_open_with_a_day_from_another_page(qtbot, diary, luca):
    page = _page(qtbot, diary, luca.id)
    page.open_with(dt.date(2026, 10, 3))
    assert page.day == dt.date(2026, 10, 3)


# --------------------------------------------------------------------------- same as yesterday


def test_same_as_yesterday_copies_the_last_entry_without_saving(qtbot, diary, luca):
    two_days_ago = TODAY - dt.timedelta(days=2)  # yesterday was skipped
    entries.save_entry(diary, luca.id, two_days_ago, {"itching": 2, "fatigue": 1}, wellbeing=4)
    page = _page(qtbot, diary, luca.id)
    qtbot.keyClick(_focus(qtbot), Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert [row.score() for row in page.rows[:2]] == [2, None]
    assert page.rows[KEYS.index("fatigue")].score() == 1
    assert page.wellbeing_spin.value() == 4  # wellbeing too
    assert entries.read_day(diary, luca.id, TODAY) is None  # nothing saved yet
    assert page.is_dirty() and "Copied from" in page.status_label.text()
    qtbot.keyClick(_focus(qtbot), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert entries.read_day(diary, luca.id, TODAY).scores == {"itching": 2, "fatigue": 1}
    assert entries.read_day(diary, luca.id, TODAY).wellbeing == 4


def test_same_as_yesterday_without_an_earlier_entry_says_so(qtbot, diary, luca):
    page = _page(qtbot, diary, luca.id)
    qtbot.mouseClick(page.same_button, Qt.MouseButton.LeftButton)
    assert page.error_label.text() == "There is no earlier entry to copy."
    assert not page.is_dirty()


# --------------------------------------------------------------------------- unsaved changes


@pytest.mark.parametrize("answer", ["cancel", "discard", "save"])
def test_leaving_a_day_with_changes_asks(qtbot, diary, luca, monkeypatch, answer):
    asked = []
    monkeypatch.setattr(
        TodayPage, "ask_unsaved", classmethod(lambda cls, p, day: asked.append(day) or answer)
    )
    page = _page(qtbot, diary, luca.id)
    page.focus_row(0)
    qtbot.keyClick(_focus(qtbot), "2")
    qtbot.keyClick(_focus(qtbot), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)

    assert asked == [long_date(TODAY)]
    saved = entries.read_day(diary, luca.id, TODAY)
    if answer == "cancel":
        assert page.day == TODAY and page.is_dirty() and page.rows[0].score() == 2
        assert saved is None
    else:
        assert page.day == YESTERDAY and not page.is_dirty()
        assert (saved is not None) == (answer == "save")


def test_an_edit_undone_by_hand_is_not_a_change(qtbot, diary, luca, monkeypatch):
    monkeypatch.setattr(TodayPage, "ask_unsaved", classmethod(lambda *a: pytest.fail("asked")))
    page = _page(qtbot, diary, luca.id)
    page.rows[0].set_score(1)
    page.rows[0].set_score(None)
    assert page.can_leave()


def test_switching_child_or_page_or_closing_asks(qtbot, diary, luca, tmp_path, monkeypatch):
    giulia = children.create_child(diary, "Giulia", dt.date(2021, 1, 1))
    answers = iter(["cancel", "cancel", "cancel", "discard"])
    monkeypatch.setattr(TodayPage, "ask_unsaved", classmethod(lambda *a: next(answers)))
    window = _window(qtbot, diary, tmp_path, monkeypatch)
    window.select_child(luca.id)
    page = window.page("today")
    page.rows[0].set_score(3)

    window.select_child(giulia.id)  # cancel: Luca stays
    assert window.current_child_id() == luca.id and page.child_id == luca.id
    window.show_page("history")  # cancel: Today stays
    assert window.current_page_key() == "today"
    assert not window.close()  # cancel: the window stays open
    window.select_child(giulia.id)  # discard
    assert page.child_id == giulia.id and page.day == TODAY and not page.is_dirty()
    assert entries.read_day(diary, luca.id, TODAY) is None


def test_switching_child_keeps_the_day_and_shows_that_childs_entry(qtbot, diary, luca):
    giulia = children.create_child(diary, "Giulia", dt.date(2021, 1, 1))
    entries.save_entry(diary, giulia.id, YESTERDAY, {"itching": 1})
    page = _page(qtbot, diary, luca.id)
    page.go_to_day(YESTERDAY)
    page.set_child(giulia.id)
    assert page.day == YESTERDAY and page.rows[0].score() == 1


# --------------------------------------------------------------------------- saving safely


def test_scores_of_hidden_symptoms_survive_a_save(qtbot, diary, luca):
    entries.save_entry(diary, luca.id, TODAY, {"itching": 1, "headache": 3})
    headache = next(s for s in children.symptoms(diary, luca.id) if s.key == "headache")
    children.update_symptom(diary, headache.id, active=False)
    page = _page(qtbot, diary, luca.id)
    assert "headache" not in [row.key for row in page.rows]
    page.rows[0].set_score(2)
    assert page.save()
    assert entries.read_day(diary, luca.id, TODAY).scores == {"itching": 2, "headache": 3}


def test_too_long_notes_keep_save_disabled_with_the_reason(qtbot, diary, luca):
    page = _page(qtbot, diary, luca.id)
    page.notes_edit.setPlainText("x" * 10_001)
    assert not page.save_button.isEnabled()
    assert page.notes_error.text() == "Notes: at most 10,000 characters, now 10,001."
    assert ERROR_COLOUR in page.notes_error.styleSheet()
    qtbot.keyClick(page.notes_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert entries.read_day(diary, luca.id, TODAY) is None


def test_a_refused_save_is_a_sentence_and_keeps_the_form(qtbot, diary, luca, monkeypatch):
    def refuse(*args, **kwargs):
        raise ValidationError("Wellbeing must be between 0 and 10, got 11", "wellbeing")

    page = _page(qtbot, diary, luca.id)
    page.rows[0].set_score(2)
    monkeypatch.setattr(entries, "save_entry", refuse)
    assert not page.save()
    assert page.error_label.text() == "Not saved: Wellbeing must be between 0 and 10, got 11"
    assert page.is_dirty() and page.rows[0].score() == 2
    assert entries.read_day(diary, luca.id, TODAY) is None


def test_saving_emits_data_changed_and_keeps_every_field(qtbot, diary, luca):
    page = _page(qtbot, diary, luca.id)
    page.rows[0].set_score(1)
    page.wellbeing_spin.setValue(8)
    page.sleep_check.setChecked(True)
    page.reporter_combo.setCurrentIndex(page.reporter_combo.findData(Reporter.CHILD))
    qtbot.keyClicks(page.notes_edit, "Itchy after the swimming pool.")
    with qtbot.waitSignal(page.data_changed):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    saved = entries.read_day(diary, luca.id, TODAY)
    assert (saved.wellbeing, saved.sleep_disturbed, saved.reported_by) == (8, True, Reporter.CHILD)
    assert saved.notes == "Itchy after the swimming pool." and saved.scores == {"itching": 1}


def test_delete_asks_first(qtbot, diary, luca, monkeypatch):
    entries.save_entry(diary, luca.id, TODAY, {"itching": 1})
    answers = iter([False, True])
    monkeypatch.setattr(TodayPage, "confirm_delete", classmethod(lambda *a: next(answers)))
    page = _page(qtbot, diary, luca.id)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert entries.read_day(diary, luca.id, TODAY) is not None
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert entries.read_day(diary, luca.id, TODAY) is None
    assert page.rows[0].score() is None and not page.delete_button.isEnabled()


# --------------------------------------------------------------------------- banner, episode


def test_banner_says_when_the_last_and_next_doses_are(qtbot, diary, luca):
    injections.set_plan(diary, luca.id, dt.date(2026, 9, 1), 150, 28)
    given = dt.datetime(2026, 11, 16, 10, 0).astimezone()
    injections.log_injection(diary, luca.id, given, site=InjectionSite.LEFT_THIGH)
    page = _page(qtbot, diary, luca.id)
    text = page.banner.text()
    assert text.startswith("Last injection 10 days ago (Left thigh)")
    assert "next due" in text and "(in 18 days)" in text
    assert "OVERDUE" not in text and ERROR_COLOUR not in page.banner.styleSheet()


def test_banner_says_overdue_in_words_and_in_red(qtbot, diary, luca):
    injections.set_plan(diary, luca.id, dt.date(2026, 9, 1), 150, 28)
    injections.log_injection(diary, luca.id, dt.datetime(2026, 10, 1, 9, 0).astimezone())
    page = _page(qtbot, diary, luca.id)
    assert "OVERDUE by 28 days" in page.banner.text()
    assert ERROR_COLOUR in page.banner.styleSheet()


def test_episode_now_opens_the_dialog_at_this_moment(qtbot, diary, luca, monkeypatch):
    from masto_diary.ui.dialogs.episode_dialog import EpisodeDialog

    calls = []
    monkeypatch.setattr(
        EpisodeDialog, "ask", classmethod(lambda cls, *a, **k: calls.append(a) or True)
    )
    page = _page(qtbot, diary, luca.id)
    with qtbot.waitSignal(page.data_changed):
        qtbot.keyClick(_focus(qtbot), Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert calls == [(page, diary, luca.id, EVENING)]
    assert page.status_label.text() == "Episode saved"


def test_every_control_has_a_name_for_tests_and_screen_readers(qtbot, diary, luca):
    page = _page(qtbot, diary, luca.id)
    interactive = [page.prev_button, page.next_button, page.today_button, page.date_edit]
    interactive += [page.wellbeing_spin, page.school_check, page.sleep_check]
    interactive += [page.reporter_combo, page.notes_edit, page.same_button]
    interactive += [page.episode_button, page.delete_button, page.save_button, *page.rows]
    for widget in interactive:
        assert widget.objectName() and widget.accessibleName(), widget


def test_no_child_shows_a_sentence(qtbot, diary):
    page = _page(qtbot, diary, None)
    assert page.no_child_label.isVisible() and not page.body.isVisible()
    assert not page.save() and page.can_leave()


def test_the_page_reads_without_the_orm(diary, luca):
    """Start-up shows this page: building it must not import SQLAlchemy (0.7 s)."""
    diary.close()  # the other process is the diary's one writer now
    code = f"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
from masto_diary.storage import open_diary
from masto_diary.ui.pages.today import TodayPage
from tests import reads
app = QApplication([])
page = TodayPage(open_diary({str(diary.data_dir)!r}))
page.set_child({luca.id})
assert len(page.rows) == 14
print(sorted(m for m in sys.modules if m.startswith(("sqlalchemy", "sqlmodel"))))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_days_fields_are_on_screen_in_a_small_window(qtbot, diary, luca):
    page = _page(qtbot, diary, luca.id)
    page.resize(830, 560)  # the page's share of a 1024×640 window
    qtbot.wait(10)
    for widget in (page.wellbeing_spin, page.school_check, page.reporter_combo, page.notes_edit):
        corner = widget.mapTo(page, widget.rect().bottomRight())
        assert page.rect().contains(corner), widget.objectName()
        assert not page.scroll.widget().isAncestorOf(widget)  # never scrolled away


def test_poor_sleep_is_asked_once_and_fills_sleep_disturbed(qtbot, diary, luca):
    page = _page(qtbot, diary, luca.id)
    assert "sleep" in [row.key for row in page.rows]
    assert page.sleep_check.isHidden()  # "Poor sleep" asks it
    page.rows[[row.key for row in page.rows].index("sleep")].set_score(2)
    assert page.save()
    assert entries.read_day(diary, luca.id, TODAY).sleep_disturbed


def test_what_a_screen_reader_reads_is_what_is_on_screen(qtbot, diary, luca):
    page = _page(qtbot, diary, luca.id)
    assert page.symptoms_title.buddy() is None  # the first row is "Itching", not the heading
    assert page.rows[0].accessibleName() == "Itching"
    for label in (page.date_label, page.banner, page.status_label):
        assert label.accessibleName() == "" and label.accessibleDescription()  # text is read
    assert page.scroll.focusPolicy() == Qt.FocusPolicy.NoFocus  # no silent Tab stop
    assert page.wellbeing_spin.accessibleName() == "Wellbeing"  # said once, the scale apart
    qtbot.keyClick(_focus(qtbot), Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    assert page.rows[0].hasFocus()
