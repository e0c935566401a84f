"""History: a month calendar of one child, each day shaded by its daily symptom score.

Episodes and injections are marked on their local day; a click or Enter on a day opens it in
Today.  The month comes from :func:`masto_diary.services.calendar.month_summary` (plain SQL),
so paging through years of diary stays instant.
"""

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from masto_diary.services import calendar
from masto_diary.services.calendar import MonthSummary
from masto_diary.storage import Diary
from masto_diary.ui.focus_claims import current_index
from masto_diary.ui.pages.base import Page, page_shortcut
from masto_diary.ui.widgets.history_calendar import (
    HistoryLegend,
    MonthModel,
    MonthView,
    days_in_month,
    month_title,
)
from masto_diary.words.sentence import fill_in


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


class HistoryPage(Page):
    def __init__(
        self,
        diary: Diary,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] | None = None,
    ):
        super().__init__(diary, parent)
        self.setObjectName("historyPage")
        self.today = today or dt.date.today
        current = self.today()
        self.year, self.month = current.year, current.month
        self._selected: dt.date | None = current
        self.model = MonthModel(self)
        self._build()
        self._add_shortcuts()

    def _build(self) -> None:
        self.title = QLabel(objectName="historyTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.title.setFont(font)
        self.prev_button = self._push(self.tr("◀ &Previous month"), "historyPrevious")
        self.prev_button.setToolTip(self.tr("Page Up (Ctrl+Page Up: a year back)"))
        self.next_button = self._push(self.tr("&Next month ▶"), "historyNext")
        self.next_button.setToolTip(self.tr("Page Down (Ctrl+Page Down: a year on)"))
        self.this_month_button = self._push(self.tr("&This month"), "historyThisMonth")
        self.prev_button.clicked.connect(lambda: self.step_month(-1))
        self.next_button.clicked.connect(lambda: self.step_month(1))
        self.this_month_button.clicked.connect(self.show_this_month)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        for button in (self.prev_button, self.next_button, self.this_month_button):
            header.addWidget(button)
        self.summary_label = QLabel(objectName="historySummary")
        self.summary_label.setWordWrap(True)
        self.no_child_label = QLabel(
            self.tr("No child in this diary yet. Add a child on the Overview page to start."),
            objectName="historyNoChild",
        )
        self.view = MonthView()
        self.view.setModel(self.model)
        self.view.day_chosen.connect(self.open_day)
        self.view.month_step.connect(self.step_month)
        self.legend = HistoryLegend()
        hint = QLabel(
            self.tr(
                "Click a day, or choose it with the arrow keys and press Enter, to open it in "
                "Today. Page Up / Page Down: previous / next month."
            ),
            objectName="historyHint",
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.no_child_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.legend)
        layout.addWidget(hint)
        QWidget.setTabOrder(self.view, self.prev_button)
        QWidget.setTabOrder(self.prev_button, self.next_button)
        QWidget.setTabOrder(self.next_button, self.this_month_button)

    def _push(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, objectName=name)
        button.setAccessibleName(text.replace("&", "").strip("◀▶ "))
        return button

    def _add_shortcuts(self) -> None:
        """Page Up/Down also work when the focus is on the buttons, not only in the grid."""
        for keys, delta in (("PgUp", -1), ("PgDown", 1), ("Ctrl+PgUp", -12), ("Ctrl+PgDown", 12)):
            page_shortcut(self, keys, lambda delta=delta: self.step_month(delta))

    # ----------------------------------------------------------------- loading

    def set_child(self, child_id: int | None) -> None:
        self.child_id = child_id
        self.refresh()

    def refresh(self) -> None:
        has_child = self.child_id is not None
        self.no_child_label.setVisible(not has_child)
        self.view.setVisible(has_child)
        self.title.setText(month_title(self.year, self.month))
        if not has_child:
            self.summary_label.clear()
            return
        month = calendar.month_summary(self.diary, self.child_id, self.year, self.month)
        self.model.set_month(month, self.today())
        self.summary_label.setText(self.summary_text(month))
        self.next_button.setEnabled((self.year, self.month) < self._this_month())
        self._select(self._selected)

    def _this_month(self) -> tuple[int, int]:
        today = self.today()
        return today.year, today.month

    def summary_text(self, month: MonthSummary) -> str:
        """The month in one line: how much was recorded and what happened."""
        days = len(month.days)
        if (month.year, month.month) == self._this_month():
            days = self.today().day
        parts = [fill_in(self.tr("%1 of %2 days recorded"), month.recorded_days, days)]
        if month.mean_dss is not None:
            mean = QLocale().toString(float(month.mean_dss), "f", 1)  # 1,5 in Italian
            parts.append(fill_in(self.tr("mean daily score %1"), mean))
        episodes = month.episode_count
        text = (
            self.tr("1 episode")
            if episodes == 1
            else QCoreApplication.translate("HistoryPage", "%n episodes", None, episodes)
        )
        if month.anaphylaxis_count:
            text += QCoreApplication.translate(
                "HistoryPage", " (%n anaphylaxis)", None, month.anaphylaxis_count
            )
        parts.append(text)
        doses = month.injection_days
        parts.append(
            self.tr("1 injection")
            if doses == 1
            else QCoreApplication.translate("HistoryPage", "%n injections", None, doses)
        )
        return " · ".join(parts)

    def _select(self, day: dt.date | None) -> None:
        index = self.model.index_of(day) if day is not None else None
        if index is None or not index.isValid():
            today = self.today()
            fallback = today if (today.year, today.month) == (self.year, self.month) else None
            index = self.model.index_of(fallback or dt.date(self.year, self.month, 1))
        self.view.setCurrentIndex(index)

    # ----------------------------------------------------------------- navigation

    def show_month(self, year: int, month: int) -> None:
        """Open ``year``-``month`` (never after the current month)."""
        if (year, month) > self._this_month():
            year, month = self._this_month()
        self.year, self.month = year, month
        self.refresh()

    def step_month(self, delta: int) -> None:
        current = self.model.day_at(current_index(self.view))
        year, month = add_months(self.year, self.month, delta)
        if current is not None:  # keep the same day of the month where it exists
            self._selected = _same_day_in(current, year, month)
        self.show_month(year, month)

    def show_this_month(self) -> None:
        self._selected = self.today()
        self.show_month(*self._this_month())

    def open_with(self, argument: Any) -> None:
        """Show the month of a day (e.g. from Today) with that day selected."""
        if isinstance(argument, dt.datetime):
            argument = argument.astimezone().date()
        if isinstance(argument, dt.date):
            self._selected = argument
            self.show_month(argument.year, argument.month)

    def open_day(self, day: dt.date) -> None:
        """A day was clicked or chosen with Enter: open it in Today."""
        self._selected = day
        self.navigate.emit("today", day)


def _same_day_in(day: dt.date, year: int, month: int) -> dt.date:
    """The same day of the month in another month (31 January → 28 or 29 February)."""
    return dt.date(year, month, min(day.day, days_in_month(year, month)))
