"""Overview: every child with tonight's entry, age, diagnosis, last injection and what is due.

An empty diary shows one thing to do, "Add the first child…", at the top of the page.
"""

import datetime as dt

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from masto_diary.errors import DiaryError, ValidationError
from masto_diary.services import overview
from masto_diary.services.entries import diary_day
from masto_diary.services.overview import ChildSummary
from masto_diary.storage import Diary
from masto_diary.ui.colours import readable
from masto_diary.ui.dialogs.child_dialog import ChildDialog
from masto_diary.ui.formatting import short_date
from masto_diary.ui.pages.base import Page
from masto_diary.ui.table_model import RowTableModel
from masto_diary.ui.widgets.fitted_columns import FittedColumns
from masto_diary.words.core_sentences import translate_core
from masto_diary.words.labels import diagnosis_label
from masto_diary.words.sentence import fill_in

OVERDUE_COLOUR = QColor("#c62828")
TO_DO_COLOUR = QColor("#8a5300")
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


class ChildOverviewModel(RowTableModel[ChildSummary]):
    """One row per child; testable without any widget."""

    COLUMNS = ("name", "tonight", "next_due", "age", "diagnosis", "last_entry", "last_injection")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._today = dt.date.today()
        self._tonight = self._today
        self._headers = (
            self.tr("Child"),
            self.tr("This evening's entry"),
            self.tr("Next injection due"),
            self.tr("Age"),
            self.tr("Diagnosis"),
            self.tr("Last entry"),
            self.tr("Last injection"),
        )

    def set_rows(
        self, rows: list[ChildSummary], today: dt.date, tonight: dt.date | None = None
    ) -> None:
        """``tonight`` is the diary day an entry written now belongs to (before 04:00, the
        previous day); it defaults to ``today``."""
        self.beginResetModel()
        self._rows, self._today = rows, today
        self._tonight = tonight or today
        self.endResetModel()

    def written_tonight(self, row: int) -> bool:
        return self._rows[row].last_entry == self._tonight

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        summary = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(summary, column)
        overdue = column == "next_due" and summary.injection.overdue
        if role == Qt.ItemDataRole.ForegroundRole and overdue:
            return QBrush(readable(OVERDUE_COLOUR))
        to_do = column == "tonight" and not summary.archived
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and to_do
            and not self.written_tonight(index.row())
        ):
            return QBrush(readable(TO_DO_COLOUR))
        if role == Qt.ItemDataRole.FontRole and (overdue or column == "name"):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return summary.child_id
        return None

    def _text(self, summary: ChildSummary, column: str) -> str:
        status = summary.injection
        if column == "name":
            return summary.name + (self.tr(" (archived)") if summary.archived else "")
        if column == "tonight":
            if summary.archived:
                return "—"
            if summary.last_entry == self._tonight:
                return self.tr("✓ written")
            return self.tr("not written yet")
        if column == "age":
            return (
                self.tr("1 year")
                if summary.age_years == 1
                else fill_in(self.tr("%1 years"), summary.age_years)
            )
        if column == "diagnosis":
            return diagnosis_label(summary.condition, summary.diagnosis)
        if column == "last_entry":
            return self._relative(summary.last_entry)
        if column == "last_injection":
            return self._relative(status.last_given_on)
        return self._due_text(summary)

    def _relative(self, day: dt.date | None) -> str:
        if day is None:
            return self.tr("none yet")
        days = (self._today - day).days
        if days == 0:
            return self.tr("today")
        if days == 1:
            return self.tr("yesterday")
        return fill_in(self.tr("%1 (%2 days ago)"), short_date(day), days)

    def _due_text(self, summary: ChildSummary) -> str:
        status = summary.injection
        if status.next_due is None:
            return self.tr("no treatment plan")
        if status.overdue:
            overdue = self.tr("%1 — overdue by %n day(s)", None, status.overdue_days)
            return fill_in(overdue, short_date(status.next_due))
        days = (status.next_due - self._today).days
        if days == 0:
            return self.tr("today")
        if days == 1:
            return self.tr("tomorrow")
        due = self.tr("%1 (in %2 days)")
        return fill_in(due, short_date(status.next_due), days)


class OverviewPage(Page):
    """The first page: the whole diary at a glance, and where a child is added."""

    child_activated = Signal(int)
    children_changed = Signal()

    def __init__(self, diary: Diary, parent: QWidget | None = None):
        super().__init__(diary, parent)
        self.setObjectName("overviewPage")
        self.model = ChildOverviewModel(self)
        self._build()
        self.refresh()

    def _build(self) -> None:
        title = QLabel(self.tr("Diary overview"), objectName="overviewTitle")
        title_font = title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.6)
        title_font.setBold(True)
        title.setFont(title_font)
        self.empty_label = QLabel(
            self.tr("No child in this diary yet. Add the first child to start writing."),
            objectName="overviewEmpty",
        )
        self.empty_label.setWordWrap(True)
        self.first_child_button = QPushButton(
            self.tr("Add the &first child…"), objectName="addFirstChildButton"
        )
        self.first_child_button.setAccessibleName(self.tr("Add the first child"))
        self.first_child_button.setDefault(True)
        self.first_child_button.clicked.connect(self.add_child)
        self.filler = QWidget(objectName="overviewFiller")  # keeps the empty page at the top
        self.table = QTableView(objectName="overviewTable")
        self.table.setTabKeyNavigation(False)  # Tab goes on to the next control
        self.table.setAccessibleName(self.tr("Children in this diary"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        wrapping = ("next_due", "diagnosis", "last_entry", "last_injection")
        self.columns = FittedColumns(  # no sideways scrolling at 1024×640, in Italian too
            self.table, tuple(ChildOverviewModel.COLUMNS.index(key) for key in wrapping)
        )
        self.table.activated.connect(self._activate)
        self.table.doubleClicked.connect(self._activate)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.add_button = QPushButton(self.tr("&Add a child…"), objectName="addChildButton")
        self.add_button.setAccessibleName(self.tr("Add a child"))
        self.add_button.clicked.connect(self.add_child)
        self.edit_button = QPushButton(self.tr("&Edit child…"), objectName="editChildButton")
        self.edit_button.setAccessibleName(self.tr("Edit child"))
        self.edit_button.setToolTip(
            self.tr("Details, symptom set, triggers, archive or delete the chosen child")
        )
        self.edit_button.clicked.connect(lambda: self.edit_child())
        self.show_archived = QCheckBox(
            self.tr("Show a&rchived children"), objectName="showArchivedCheck"
        )
        self.show_archived.setAccessibleName(self.tr("Show archived children"))
        self.show_archived.toggled.connect(lambda _checked: self.refresh())
        self.hint = QLabel(
            self.tr("Double-click a child (or press Enter) to open their diary."),
            objectName="overviewHint",
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.show_archived)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.first_child_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.filler, 1)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)

    def set_child(self, child_id: int | None) -> None:
        self.child_id = child_id  # the overview shows every child; nothing to reload

    def showEvent(self, event: QShowEvent) -> None:
        """Coming to the page puts the keyboard on the children, where Enter opens one (as the
        hint says), not on the Child box above, where Enter does nothing."""
        super().showEvent(event)
        focus = QApplication.focusWidget()  # decided now: the page stack moves it in a moment
        if focus is None or not self.isAncestorOf(focus):
            QTimer.singleShot(0, self._focus_children)

    def _focus_children(self) -> None:
        if not self.isVisible() or not self.table.isVisible():
            return
        if not self.table.selectionModel().selectedRows():
            self._select_row_of(self.child_id)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _select_row_of(self, child_id: int | None) -> None:
        for row in range(self.model.rowCount()):
            if self.model.record(row).child_id == child_id or child_id is None:
                self.table.selectRow(row)
                return

    def refresh(self, today: dt.date | None = None) -> None:
        tonight = today or diary_day()
        today = today or dt.date.today()
        chosen = self.selected_child_id()
        archived = self.show_archived.isChecked()
        rows = overview.child_summaries(self.diary, today, archived)
        self.model.set_rows(rows, today, tonight)
        has_children = self.model.rowCount() > 0
        for widget in (self.empty_label, self.first_child_button, self.filler):
            widget.setVisible(not has_children)
        for widget in (self.table, self.hint, self.add_button, self.edit_button):
            widget.setVisible(has_children)
        for row in range(self.model.rowCount()):
            if self.model.record(row).child_id == chosen:
                self.table.selectRow(row)
        self._update_buttons()

    def _activate(self, index: QModelIndex) -> None:
        summary = self.model.record(index.row())
        if summary.archived:  # not in the switcher: its settings are where it can come back
            self.edit_child(summary.child_id)
            return
        self.child_activated.emit(summary.child_id)

    def selected_child_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()).child_id if rows else None

    def _update_buttons(self) -> None:
        self.edit_button.setEnabled(self.selected_child_id() is not None)

    def _context_menu(self, position) -> None:
        index = self.table.indexAt(position)
        if not index.isValid():
            return
        summary = self.model.record(index.row())
        menu = QMenu(self)
        menu.addAction(self.tr("&Edit child…"), lambda: self.edit_child(summary.child_id))
        archive_text = self.tr("&Unarchive") if summary.archived else self.tr("A&rchive")
        menu.addAction(
            archive_text, lambda: self.set_archived(summary.child_id, not summary.archived)
        )
        menu.exec(self.table.viewport().mapToGlobal(position))

    def edit_child(self, child_id: int | None = None) -> bool:
        """Open the child's settings (details, symptoms, triggers, archive, delete)."""
        from masto_diary.ui.dialogs.child_settings_dialog import ChildSettingsDialog

        child_id = child_id if child_id is not None else self.selected_child_id()
        if child_id is None:
            return False
        outcome = ChildSettingsDialog.open_for(self, self.diary, child_id)
        if outcome.changed:
            self._children_edited()
        return outcome.changed

    def set_archived(self, child_id: int, archived: bool) -> None:
        from masto_diary.services import children

        try:
            children.set_archived(self.diary, child_id, archived)
        except DiaryError as error:
            QMessageBox.warning(self, self.tr("Child not changed"), translate_core(error))
            return
        self._children_edited()

    def _children_edited(self) -> None:
        """The switcher and the other pages reload (symptom sets, names, archived children)."""
        self.refresh()
        self.children_changed.emit()
        self.data_changed.emit()

    def add_child(self) -> int | None:
        from masto_diary.services import children

        summaries = overview.child_summaries(self.diary, include_archived=True)
        names = tuple(s.name for s in summaries)
        child_input = ChildDialog.ask(self, names)
        if child_input is None:
            return None
        try:
            child = children.create_child(
                self.diary,
                child_input.name,
                child_input.birth_date,
                child_input.diagnosis,
                child_input.sex,
                child_input.clinic,
                child_input.notes,
                child_input.condition,
            )
        except ValidationError as error:
            QMessageBox.warning(self, self.tr("Child not added"), translate_core(error))
            return None
        self.refresh()
        self.children_changed.emit()
        self.child_activated.emit(child.id)
        return child.id
