"""Injections: the treatment plan, when the next dose is due, and every dose given.

The case this app is built around showed that the benefit depends on giving each dose on
time, so the page leads with "last injection N days ago · next due DATE" (overdue in red and
in words) and the list shows the days between doses and how late each one was.
"""

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from masto_diary.enums import InjectionSite, LocalReaction
from masto_diary.errors import DiaryError
from masto_diary.models import TreatmentPlan
from masto_diary.services import injections
from masto_diary.services.injections import InjectionHistoryRow, InjectionStatus
from masto_diary.storage import Diary
from masto_diary.ui.colours import readable
from masto_diary.ui.dialogs.earlier_doses_dialog import EarlierDosesDialog
from masto_diary.ui.dialogs.injection_dialog import InjectionDialog
from masto_diary.ui.dialogs.medication_dialog import confirm_delete
from masto_diary.ui.dialogs.plan_dialog import PlanDialog, PlanMode
from masto_diary.ui.formatting import short_date
from masto_diary.ui.pages.base import ListPage, page_title, set_button_text, show_refusal
from masto_diary.ui.table_model import RowTableModel
from masto_diary.ui.widgets.episode_form import moment_text
from masto_diary.words.labels import REACTION_LABELS, SITE_LABELS, label
from masto_diary.words.sentence import fill_in

LATE_COLOUR = QColor("#b3261e")
CONTEXT = "InjectionsPage"
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def days_text(days: int) -> str:
    return _tr("1 day") if abs(days) == 1 else fill_in(_tr("%1 days"), abs(days))


def lateness_text(days_late: int | None, first: bool) -> str:
    """ "on time" within ±3 days of the due date, else "N days late" / "N days early"."""
    if days_late is None:
        return _tr("first dose") if first else "—"
    if abs(days_late) <= injections.ON_TIME_TOLERANCE_DAYS:
        return _tr("on time")
    if days_late > 0:
        return fill_in(_tr("%1 late"), days_text(days_late))
    return fill_in(_tr("%1 early"), days_text(days_late))


def plan_text(plan: TreatmentPlan | None) -> str:
    if plan is None:
        return _tr("No treatment plan yet: set one up to see when each dose is due.")
    text = fill_in(
        _tr("%1 %2 mg every %3 days, since %4"),
        plan.drug.capitalize(),
        f"{plan.dose_mg:g}",
        plan.interval_days,
        short_date(plan.start_date),
    )
    if plan.end_date is not None:
        text += fill_in(_tr(" — stopped on %1"), short_date(plan.end_date))
    return text


def status_text(status: InjectionStatus, today: dt.date) -> str:
    """The banner line: "last injection N days ago · next due DATE" (overdue in words)."""
    if status.last_given_on is None and status.next_due is None:
        return _tr("No injection recorded yet.")
    if status.last_given_on is None:
        last = _tr("No injection recorded yet")
    elif status.days_since_last == 0:
        last = _tr("Last injection today")
    elif status.days_since_last == 1:
        last = _tr("Last injection yesterday")
    else:
        last = fill_in(_tr("Last injection %1 days ago"), status.days_since_last)
    return f"{last} · {_due_text(status, today)}"


def _due_text(status: InjectionStatus, today: dt.date) -> str:
    if status.next_due is None:
        return _tr("no next dose planned")
    if status.overdue:
        return fill_in(
            _tr("OVERDUE by %1: the next dose was due on %2"),
            days_text(status.overdue_days),
            short_date(status.next_due),
        )
    days = (status.next_due - today).days
    if days == 0:
        return _tr("next due today")
    if days == 1:
        return fill_in(_tr("next due tomorrow (%1)"), short_date(status.next_due))
    return fill_in(_tr("next due %1 (in %2 days)"), short_date(status.next_due), days)


class InjectionTableModel(RowTableModel[InjectionHistoryRow]):
    """One row per dose, newest first, with the interval and lateness; no widget needed."""

    COLUMNS = ("when", "dose", "site", "lot", "since_previous", "timing", "reaction")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._headers = (
            self.tr("Given"),
            self.tr("Dose"),
            self.tr("Site"),
            self.tr("Lot"),
            self.tr("Days since previous"),
            self.tr("Timing"),
            self.tr("Local reaction"),
        )

    def record_id(self, record: InjectionHistoryRow) -> int | None:
        return record.injection.id

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(row, column, index.row())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("dose", "since_previous"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        marked = self._marked(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and marked:
            return QBrush(readable(LATE_COLOUR))
        if role == Qt.ItemDataRole.FontRole and marked:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return row.injection.id
        return None

    @staticmethod
    def _marked(row: InjectionHistoryRow, column: str) -> bool:
        """A late dose and a strong local reaction stand out (their text says so as well)."""
        if column == "timing":
            late = row.timing.days_late
            return late is not None and late > injections.ON_TIME_TOLERANCE_DAYS
        if column == "reaction":
            reaction = LocalReaction(row.injection.local_reaction)
            return reaction in (LocalReaction.MODERATE, LocalReaction.SEVERE)
        return False

    def text(self, row: InjectionHistoryRow, column: str, position: int = 0) -> str:
        injection, timing = row.injection, row.timing
        if column == "when":
            return moment_text(injection.given_at)
        if column == "dose":
            return f"{injection.dose_mg:g} mg"
        if column == "site":
            return label(SITE_LABELS, InjectionSite(injection.site)) if injection.site else "—"
        if column == "lot":
            return injection.lot or "—"
        if column == "since_previous":
            since = timing.days_since_previous
            return "—" if since is None else str(since)
        if column == "timing":
            first = position == len(self._rows) - 1
            return lateness_text(timing.days_late, first)
        return label(REACTION_LABELS, LocalReaction(injection.local_reaction))

    def _tooltip(self, row: InjectionHistoryRow, column: str) -> str | None:
        injection = row.injection
        if column == "lot" and injection.expiry is not None:
            return fill_in(self.tr("Expiry: %1"), short_date(injection.expiry))
        if column == "timing" and row.timing.due is not None:
            return fill_in(self.tr("Due on %1"), short_date(row.timing.due))
        if column == "when":
            parts = [injection.given_by, injection.notes]
            return "\n".join(p for p in parts if p) or None
        return None


class InjectionsPage(ListPage):
    """Plan, due date and the list of doses; log, add earlier doses, edit, delete."""

    def __init__(self, diary: Diary, parent: QWidget | None = None):
        super().__init__(diary, parent)
        self.setObjectName("injectionsPage")
        self.model = InjectionTableModel(self)
        self.plan: TreatmentPlan | None = None
        self._build()
        self._update_buttons()

    # ----------------------------------------------------------------- building

    def _build(self) -> None:
        title = page_title(self.tr("Injections"), "injectionsTitle")
        self.status_label = QLabel(objectName="injectionsStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleDescription(self.tr("Injection status"))
        status_font = self.status_label.font()
        status_font.setPointSizeF(status_font.pointSizeF() * 1.25)
        self.status_label.setFont(status_font)
        self.site_label = QLabel(objectName="injectionsNextSite")
        self.table = self.list_table(
            "injectionsTable", self.tr("Injections, newest first"), self.model
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.empty_label = QLabel(objectName="injectionsEmpty")
        self.empty_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self._build_plan_box())
        layout.addWidget(self.status_label)
        layout.addWidget(self.site_label)
        layout.addLayout(self._build_buttons())
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(
            QLabel(
                self.tr("Double-click a dose (or press Enter) to edit it; Delete removes it."),
                objectName="injectionsHint",
            )
        )
        self.new_key(self.log_injection)
        chain = (
            self.correct_plan_button,
            self.change_plan_button,
            self.log_button,
            self.earlier_button,
            self.edit_button,
            self.delete_button,
            self.table,
        )
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _build_plan_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Treatment plan"), objectName="injectionsPlanBox")
        self.plan_label = QLabel(objectName="injectionsPlan")
        self.plan_label.setWordWrap(True)
        self.correct_plan_button = self.list_button(
            self.tr("C&orrect plan…"), "injectionsCorrectPlan", self.correct_plan
        )
        self.correct_plan_button.setToolTip(self.tr("Fix a mistake in the current plan"))
        self.change_plan_button = self.list_button(
            self.tr("&Change plan…"), "injectionsChangePlan", self.change_plan
        )
        self.change_plan_button.setToolTip(
            self.tr("Start a new plan from a date, e.g. when the dose changes")
        )
        row = QHBoxLayout(box)
        row.addWidget(self.plan_label, 1)
        row.addWidget(self.correct_plan_button)
        row.addWidget(self.change_plan_button)
        return box

    def _build_buttons(self) -> QHBoxLayout:
        self.log_button = self.list_button(
            self.tr("&Log injection…"), "injectionsLog", self.log_injection
        )
        self.log_button.setToolTip(self.tr("Record a dose (Ctrl+N)"))
        self.earlier_button = self.list_button(
            self.tr("Add ea&rlier doses…"), "injectionsEarlier", self.add_earlier_doses
        )
        self.earlier_button.setToolTip(
            self.tr("Enter the doses given before you started this diary, in one go")
        )
        self.edit_button = self.list_button(self.tr("&Edit…"), "injectionsEdit", self.edit_selected)
        self.delete_button = self.list_button(
            self.tr("&Delete…"), "injectionsDelete", self.delete_selected
        )
        self.count_label = QLabel(objectName="injectionsCount")
        row = QHBoxLayout()
        for button in (self.log_button, self.earlier_button, self.edit_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.count_label)
        return row

    # ----------------------------------------------------------------- data

    def refresh(self, today: dt.date | None = None) -> None:
        today = today or dt.date.today()
        selected = self.selected_injection_id()
        if self.child_id is None:
            self.plan, rows = None, []
        else:
            self.plan = injections.current_plan(self.diary, self.child_id)
            rows = injections.injection_history(self.diary, self.child_id)
        self.model.set_rows(rows)
        self._show_plan_and_status(today)
        if selected is not None:
            self.select_injection(selected)
        self._update_buttons()

    def _show_plan_and_status(self, today: dt.date) -> None:
        self.plan_label.setText(plan_text(self.plan) if self.child_id is not None else "")
        set_button_text(
            self.change_plan_button,
            self.tr("&Change plan…") if self.plan else self.tr("&Set up plan…"),
        )
        count = self.model.rowCount()
        self.count_label.setText(
            self.tr("1 dose") if count == 1 else fill_in(self.tr("%1 doses"), count)
        )
        self.show_empty(self.empty_label, count == 0)
        if self.child_id is None:
            self.empty_label.setText(self.tr("Add a child on the Overview page first."))
            self.status_label.clear()
            self.site_label.clear()
            return
        self.empty_label.setText(
            self.tr(
                "No dose recorded yet. Press “Log injection” after each dose, or "
                "“Add earlier doses” if the treatment started before this diary."
            )
        )
        status = injections.injection_status(self.diary, self.child_id, today)
        self.status_label.setText(status_text(status, today))
        colour = readable(LATE_COLOUR).name() if status.overdue else "palette(window-text)"
        weight = "bold" if status.overdue else "normal"
        self.status_label.setStyleSheet(f"color: {colour}; font-weight: {weight};")
        # an overdue dose is the page's first Tab stop (the label comes first), in its own words
        focus = Qt.FocusPolicy.StrongFocus if status.overdue else Qt.FocusPolicy.NoFocus
        self.status_label.setFocusPolicy(focus)
        self.site_label.setText(self._site_text(status))

    def _site_text(self, status: InjectionStatus) -> str:
        suggested = label(SITE_LABELS, injections.next_site(status.last_site))
        if status.last_site is None:
            return fill_in(self.tr("Next site: %1"), suggested)
        last = label(SITE_LABELS, status.last_site)
        return fill_in(self.tr("Last site: %1 · next site by rotation: %2"), last, suggested)

    def _update_buttons(self) -> None:
        has_child = self.child_id is not None
        selected = self.selected_injection_id() is not None
        for button in (self.log_button, self.earlier_button, self.change_plan_button):
            button.setEnabled(has_child)
        self.correct_plan_button.setEnabled(has_child and self.plan is not None)
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

    def selected_injection_id(self) -> int | None:
        row = self.chosen_row(self.table)
        return None if row is None else self.model.record(row).injection.id

    def select_injection(self, injection_id: int) -> bool:
        return self.show_row(self.table, self.model.row_of(injection_id))

    def open_with(self, argument: Any) -> None:
        """``argument`` is an injection id (e.g. from History): select it."""
        if isinstance(argument, int):
            self.select_injection(argument)

    # ----------------------------------------------------------------- actions

    def log_injection(self) -> bool:
        if self.child_id is None:
            return False
        return self.after_change(InjectionDialog.ask(self, self.diary, self.child_id))

    def add_earlier_doses(self) -> int:
        if self.child_id is None:
            return 0
        count = EarlierDosesDialog.ask(self, self.diary, self.child_id)
        self.after_change(count > 0)
        return count

    def correct_plan(self) -> bool:
        if self.child_id is None:
            return False
        return self.after_change(PlanDialog.ask(self, self.diary, self.child_id, PlanMode.CORRECT))

    def change_plan(self) -> bool:
        if self.child_id is None:
            return False
        return self.after_change(PlanDialog.ask(self, self.diary, self.child_id, PlanMode.NEW))

    def edit_selected(self) -> bool:
        injection_id = self.selected_injection_id()
        if injection_id is None or self.child_id is None:
            return False
        saved = InjectionDialog.ask(self, self.diary, self.child_id, injection_id)
        return self.after_change(saved, lambda: self.select_injection(injection_id))

    def delete_selected(self) -> bool:
        injection_id = self.selected_injection_id()
        if injection_id is None:
            return False
        injection = self.model.record(self.model.row_of(injection_id)).injection
        question = self.tr(
            "Delete the injection of %1 (%2 mg)? The next due date is worked out again from "
            "the doses left."
        )
        question = fill_in(question, moment_text(injection.given_at), f"{injection.dose_mg:g}")
        if not confirm_delete(self, self.tr("Delete injection"), question):
            return False
        try:
            injections.delete_injection(self.diary, injection_id)
        except DiaryError as error:
            show_refusal(self, self.tr("Injection not deleted"), error)
            return False
        return self.after_change(True)
