"""History page: the month model without widgets, then the calendar driven with mouse and keys."""

import datetime as dt
from itertools import pairwise

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QPalette

from masto_diary.enums import EpisodeKind
from masto_diary.services import calendar, children, entries, episodes, injections
from masto_diary.services.calendar import DaySummary, MonthSummary
from masto_diary.ui.focus_claims import current_index
from masto_diary.ui.main_window import MainWindow
from masto_diary.ui.pages import today as today_module
from masto_diary.ui.pages.history import HistoryPage, add_months
from masto_diary.ui.pages.today import TodayPage
from masto_diary.ui.widgets.history_calendar import (
    DARK_SCALE,
    DAY_ROLE,
    FUTURE_ROLE,
    LIGHT_SCALE,
    SHADE_ROLE,
    TODAY_ROLE,
    MonthModel,
    shade_colour,
    shade_level,
    shade_ranges,
    text_colour_on,
)

TODAY = dt.date(2026, 11, 26)
MONDAY, SUNDAY = 1, 7


@pytest.fixture(autouse=True)
def no_modal_questions(monkeypatch):
    """A failing test must not hang on a real message box (tests that ask patch again)."""
    monkeypatch.setattr(TodayPage, "ask_unsaved", classmethod(lambda *a: "discard"))
    monkeypatch.setattr(TodayPage, "confirm_delete", classmethod(lambda *a: False))


def _november(**special: DaySummary) -> MonthSummary:
    """November 2026 with no entries except the given days (keyed "d3" for the 3rd)."""
    days = []
    for number in range(1, 31):
        day = dt.date(2026, 11, number)
        days.append(special.get(f"d{number}", DaySummary(day, False, None, 0)))
    return MonthSummary(2026, 11, tuple(days))


# --------------------------------------------------------------------------- model, no widgets


def test_month_model_lays_out_weeks_from_the_locales_first_day(qapp):
    model = MonthModel()
    model.set_month(_november(), TODAY, first_weekday=MONDAY)
    # 1 November 2026 is a Sunday: the last column of the first week
    assert (model.rowCount(), model.columnCount()) == (6, 7)
    assert model.index_of(dt.date(2026, 11, 1)) == model.index(0, 6)
    assert model.day_at(model.index(0, 5)) is None
    assert model.data(model.index(0, 5)) is None and not model.flags(model.index(0, 5))
    assert model.day_at(model.index(5, 0)) == dt.date(2026, 11, 30)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Mon"

    model.set_month(_november(), TODAY, first_weekday=SUNDAY)
    assert model.rowCount() == 5 and model.index_of(dt.date(2026, 11, 1)) == model.index(0, 0)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Sun"
    for number in range(1, 31):
        day = dt.date(2026, 11, number)
        assert model.day_at(model.index_of(day)) == day


def test_month_model_shades_scores_and_keeps_gaps_apart_from_zero(qapp):
    model = MonthModel()
    month = _november(
        d3=DaySummary(dt.date(2026, 11, 3), True, 5, 14),
        d4=DaySummary(dt.date(2026, 11, 4), True, 0, 14),
        d5=DaySummary(dt.date(2026, 11, 5), True, None, 0),
    )
    model.set_month(month, TODAY, first_weekday=MONDAY)

    def cell(number, role=Qt.ItemDataRole.DisplayRole):
        return model.data(model.index_of(dt.date(2026, 11, number)), role)

    assert cell(3) == "3" and cell(3, DAY_ROLE) == dt.date(2026, 11, 3)
    assert cell(3, SHADE_ROLE) == 2 and cell(4, SHADE_ROLE) == 0
    assert cell(5, SHADE_ROLE) is None and cell(6, SHADE_ROLE) is None  # never shaded as 0
    assert "daily symptom score 5" in cell(3, Qt.ItemDataRole.ToolTipRole)
    assert "entry without symptom scores" in cell(5, Qt.ItemDataRole.ToolTipRole)
    assert "no entry" in cell(6, Qt.ItemDataRole.AccessibleTextRole)
    assert cell(26, TODAY_ROLE) and not cell(25, TODAY_ROLE)
    assert cell(27, FUTURE_ROLE) and "in the future" in cell(27, Qt.ItemDataRole.ToolTipRole)
    future = model.index_of(dt.date(2026, 11, 27))
    assert not model.flags(future) & Qt.ItemFlag.ItemIsEnabled  # cannot be opened
    assert model.flags(model.index_of(TODAY)) & Qt.ItemFlag.ItemIsEnabled


def test_month_model_tells_episodes_and_injections_in_words(qapp):
    model = MonthModel()
    busy = DaySummary(
        dt.date(2026, 11, 8), True, 9, 14, (EpisodeKind.FLUSH, EpisodeKind.ANAPHYLAXIS), True
    )
    model.set_month(_november(d8=busy), TODAY, first_weekday=MONDAY)
    text = model.data(model.index_of(busy.day), Qt.ItemDataRole.ToolTipRole)
    assert "2 episodes (Flushing, Anaphylaxis)" in text and "injection given" in text


def test_shades_are_one_hue_from_light_to_dark_and_follow_the_palette(qapp):
    assert [shade_level(v) for v in (None, 0, 1, 2, 3, 5, 6, 9, 10, 14, 15, 42)] == [
        None, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5,
    ]  # fmt: skip
    assert shade_ranges() == ["0", "1–2", "3–5", "6–9", "10–14", "15+"]
    light, dark = QPalette(QColor("#ffffff")), QPalette(QColor("#202020"))
    light.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    light_scale = [shade_colour(level, light) for level in range(6)]
    dark_scale = [shade_colour(level, dark) for level in range(6)]
    assert [c.name() for c in light_scale] == list(LIGHT_SCALE)
    assert [c.name() for c in dark_scale] == list(DARK_SCALE)
    # more symptoms = further from the background, one step at a time
    assert all(a.lightness() > b.lightness() for a, b in pairwise(light_scale))
    assert all(a.lightness() < b.lightness() for a, b in pairwise(dark_scale))
    hues = {c.hslHue() for c in light_scale + dark_scale}
    assert all(195 <= hue <= 230 for hue in hues)  # all blue: never a red/green pair
    assert text_colour_on(QColor(LIGHT_SCALE[0])).name() == "#000000"
    assert text_colour_on(QColor(LIGHT_SCALE[5])).name() == "#ffffff"


def test_add_months_crosses_years():
    assert add_months(2026, 1, -1) == (2025, 12)
    assert add_months(2026, 12, 1) == (2027, 1)
    assert add_months(2026, 11, -24) == (2024, 11)


# --------------------------------------------------------------------------- the page


@pytest.fixture
def luca(diary):
    child = children.create_child(diary, "Luca", dt.date(2018, 5, 4))
    entries.save_entry(diary, child.id, dt.date(2026, 11, 3), {"itching": 2, "flushing": 3})
    entries.save_entry(diary, child.id, dt.date(2026, 11, 4), {"itching": 0})
    moment = dt.datetime(2026, 11, 8, 18, 0).astimezone()
    episodes.log_episode(diary, child.id, moment, EpisodeKind.ANAPHYLAXIS)
    injections.log_injection(diary, child.id, moment, 150)
    return child


def _page(qtbot, diary, child_id) -> HistoryPage:
    page = HistoryPage(diary, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.set_child(child_id)
    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def _click(qtbot, page: HistoryPage, day: dt.date) -> None:
    rect = page.view.visualRect(page.model.index_of(day))
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_page_shows_the_current_month_from_the_service(qtbot, diary, luca):
    page = _page(qtbot, diary, luca.id)
    assert page.title.text() == "November 2026"
    month = page.model.month
    assert month == calendar.month_summary(diary, luca.id, 2026, 11)
    assert page.model.data(page.model.index_of(dt.date(2026, 11, 3)), SHADE_ROLE) == 2
    summary = page.summary_label.text()
    assert summary.startswith("2 of 26 days recorded · mean daily score 2.5")
    assert "1 episode (1 anaphylaxis)" in summary and "1 injection" in summary
    assert page.model.day_at(current_index(page.view)) == TODAY


def test_clicking_a_day_opens_it_in_today(qtbot, diary, luca):
    page = _page(qtbot, diary, luca.id)
    with qtbot.waitSignal(page.navigate) as opened:
        _click(qtbot, page, dt.date(2026, 11, 3))
    assert opened.args == ["today", dt.date(2026, 11, 3)]


def test_enter_opens_the_chosen_day_and_future_days_stay_closed(qtbot, diary, luca):
    page = _page(qtbot, diary, luca.id)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Left)
    with qtbot.waitSignal(page.navigate) as opened:
        qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert opened.args == ["today", TODAY - dt.timedelta(days=1)]
    with qtbot.assertNotEmitted(page.navigate):
        _click(qtbot, page, dt.date(2026, 11, 28))


def test_page_up_and_down_change_month(qtbot, diary, luca):
    page = _page(qtbot, diary, luca.id)
    assert not page.next_button.isEnabled()  # no future months
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_PageUp)
    assert page.title.text() == "October 2026" and page.model.month.month == 10
    assert page.model.day_at(current_index(page.view)) == dt.date(2026, 10, 26)
    assert page.next_button.isEnabled()
    qtbot.keyClick(page.view, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert page.title.text() == "October 2025"
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.title.text() == "November 2025"
    qtbot.keyClick(page.view, Qt.Key.Key_PageDown)
    assert page.title.text() == "December 2025"
    qtbot.mouseClick(page.this_month_button, Qt.MouseButton.LeftButton)
    assert page.title.text() == "November 2026"
    qtbot.keyClick(page.view, Qt.Key.Key_PageDown)
    assert page.title.text() == "November 2026"  # not past the current month


def test_open_with_shows_that_days_month(qtbot, diary, luca):
    page = _page(qtbot, diary, luca.id)
    page.open_with(dt.date(2025, 2, 14))
    assert page.title.text() == "February 2025"
    assert page.model.day_at(current_index(page.view)) == dt.date(2025, 2, 14)


def test_a_new_entry_elsewhere_shows_after_refresh(qtbot, diary, luca):
    page = _page(qtbot, diary, luca.id)
    entries.save_entry(diary, luca.id, dt.date(2026, 11, 20), {"itching": 3, "fatigue": 3})
    page.refresh()
    assert page.model.data(page.model.index_of(dt.date(2026, 11, 20)), SHADE_ROLE) == 3


def test_controls_have_names(qtbot, diary, luca):
    page = _page(qtbot, diary, luca.id)
    for widget in (page.view, page.prev_button, page.next_button, page.this_month_button):
        assert widget.objectName() and widget.accessibleName()


def test_history_to_today_in_the_main_window(qtbot, diary, luca, tmp_path, monkeypatch):
    """Through the real window: History shows the real month, so use a past day there."""
    evening = dt.datetime.now().astimezone().replace(hour=21)
    monkeypatch.setattr(today_module, "local_now", lambda: evening)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(diary, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("history")
    history = window.page("history")
    history.open_with(dt.date(2026, 11, 3))
    _click(qtbot, history, dt.date(2026, 11, 3))
    assert window.current_page_key() == "today"
    today = window.page("today")
    assert today.day == dt.date(2026, 11, 3)
    assert [row.score() for row in today.rows[:2]] == [2, 3]
