"""Add the doses given before the diary was started, in one go.

Families often start the diary months into therapy; without the earlier doses the intervals,
the lateness and the "before / on therapy" comparison would be wrong.  The parent gives the
first date, the interval and the count; the table is filled by rotation and every row can be
corrected before all of them are saved together (all or nothing).
"""

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from masto_diary.enums import InjectionSite
from masto_diary.errors import DiaryError, ValidationError
from masto_diary.services import injections
from masto_diary.services.injections import InjectionInput
from masto_diary.storage import Diary
from masto_diary.ui.colours import readable
from masto_diary.ui.dialogs.saving import SavingDialog, save_cancel_buttons
from masto_diary.ui.focus_claims import current_index
from masto_diary.ui.formatting import fill_combo, from_qdate, short_date, to_qdate
from masto_diary.ui.table_model import RowTableModel
from masto_diary.ui.widgets.buddy import buddy_label
from masto_diary.ui.widgets.episode_form import FieldMessage, date_format
from masto_diary.ui.widgets.spoken_fields import DateField
from masto_diary.words.core_sentences import translate_core
from masto_diary.words.labels import SITE_LABELS, label
from masto_diary.words.sentence import fill_in

CONTEXT = "EarlierDosesModel"
translate = QCoreApplication.translate
ERROR_COLOUR = QColor("#b3261e")
NOON = dt.time(12, 0)  # the hour of an earlier dose is rarely known; noon keeps the local day
MAX_ROWS = 120
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


@dataclass(frozen=True)
class DoseRow:
    day: dt.date
    dose_mg: float
    site: InjectionSite | None
    lot: str = ""


def generate_rows(
    first: dt.date,
    interval_days: int,
    count: int,
    dose_mg: float,
    first_site: InjectionSite | None = None,
    lot: str = "",
) -> list[DoseRow]:
    """``count`` doses from ``first`` every ``interval_days``, sites following the rotation."""
    rows: list[DoseRow] = []
    site = first_site
    for number in range(count):
        if number > 0 and site is not None:
            site = injections.next_site(site)
        day = first + dt.timedelta(days=interval_days * number)
        rows.append(DoseRow(day, dose_mg, site, lot))
    return rows


def row_problems(rows: list[DoseRow], taken: set[dt.date], today: dt.date) -> list[str]:
    """One sentence per row ("" when the row is fine), so each can be shown at its row."""
    seen: dict[dt.date, int] = {}
    found = []
    for number, row in enumerate(rows, start=1):
        if row.day > today:
            found.append(translate(CONTEXT, "this day is in the future"))
        elif row.dose_mg <= 0:
            found.append(translate(CONTEXT, "the dose must be more than 0 mg"))
        elif row.day in taken:
            found.append(translate(CONTEXT, "a dose on this day is already in the diary"))
        elif row.day in seen:
            same = translate(CONTEXT, "same day as row %1")
            found.append(fill_in(same, seen[row.day]))
        else:
            found.append("")
        seen.setdefault(row.day, number)
    return found


class EarlierDosesModel(RowTableModel[DoseRow]):
    """The generated doses, each cell editable; the last column says what is wrong."""

    COLUMNS = ("day", "dose", "site", "lot", "problem")
    EDITABLE = frozenset({"day", "dose", "site", "lot"})

    def __init__(self, parent=None, taken: set[dt.date] | None = None):
        super().__init__(parent)
        self._taken = set(taken or ())
        self._today = dt.date.today()
        self._problems: list[str] = []
        self._headers = (
            self.tr("Date"),
            self.tr("Dose (mg)"),
            self.tr("Site"),
            self.tr("Lot"),
            self.tr("Check"),
        )

    def set_rows(self, rows: list[DoseRow], today: dt.date | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._today = today or self._today
        self._problems = row_problems(self._rows, self._taken, self._today)
        self.endResetModel()

    def rows(self) -> list[DoseRow]:
        return list(self._rows)

    def problems(self) -> list[str]:
        """ "Row N: …" for every row that cannot be saved."""
        return [
            fill_in(translate(CONTEXT, "Row %1: %2"), n, p)
            for n, p in enumerate(self._problems, start=1)
            if p
        ]

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.set_rows(self._rows[:row] + self._rows[row + 1 :])

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.COLUMNS[index.column()] in self.EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column, index.row())
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(row, column)
        bad = bool(self._problems[index.row()])
        if role == Qt.ItemDataRole.ForegroundRole and bad and column in ("day", "problem"):
            return QBrush(readable(ERROR_COLOUR))
        return None

    def _text(self, row: DoseRow, column: str, number: int) -> str:
        if column == "day":
            return short_date(row.day)
        if column == "dose":
            return f"{row.dose_mg:g}"
        if column == "site":
            return label(SITE_LABELS, row.site) if row.site else self.tr("not recorded")
        if column == "lot":
            return row.lot
        return self._problems[number] or self.tr("ok")

    @staticmethod
    def _edit_value(row: DoseRow, column: str) -> Any:
        if column == "day":
            return to_qdate(row.day)
        if column == "dose":
            return row.dose_mg
        if column == "site":
            return row.site
        return row.lot if column == "lot" else None

    def setData(self, index: Index, value: Any, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        column = self.COLUMNS[index.column()]
        old = self._rows[index.row()]
        changed = self._changed(old, column, value)
        if changed is None:
            return False
        self._rows[index.row()] = changed
        self._problems = row_problems(self._rows, self._taken, self._today)
        last = self.index(self.rowCount() - 1, self.columnCount() - 1)
        self.dataChanged.emit(self.index(0, 0), last)
        return True

    @staticmethod
    def _changed(old: DoseRow, column: str, value: Any) -> DoseRow | None:
        if column == "day":
            day = from_qdate(value) if isinstance(value, QDate) else value
            return replace(old, day=day) if isinstance(day, dt.date) else None
        if column == "dose":
            return replace(old, dose_mg=float(value))
        if column == "site":
            return replace(old, site=InjectionSite(value) if value else None)
        if column == "lot":
            return replace(old, lot=str(value).strip())
        return None


class SiteDelegate(QStyledItemDelegate):
    """The site column is edited with a list of sites, not free text."""

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("earlierSiteEditor")
        combo.setAccessibleName(self.tr("Injection site"))
        fill_combo(combo, SITE_LABELS)
        combo.addItem(self.tr("not recorded"), None)
        return combo

    def setEditorData(self, editor: QComboBox, index: QModelIndex) -> None:
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QComboBox, model, index: QModelIndex) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class DateDelegate(QStyledItemDelegate):
    """Dates are edited with a four-digit year, like everywhere else in the app."""

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        editor = DateField(parent)
        editor.setObjectName("earlierDateEditor")
        editor.setDisplayFormat(date_format())
        editor.setCalendarPopup(True)
        editor.setAccessibleName(self.tr("Date"))
        return editor


class DoseDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        editor = QDoubleSpinBox(parent)
        editor.setObjectName("earlierDoseEditor")
        editor.setRange(0, 10_000)
        editor.setDecimals(1)
        return editor


class EarlierDosesDialog(SavingDialog):
    def __init__(self, diary: Diary, child_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("earlierDosesDialog")
        self.setWindowTitle(self.tr("Add earlier doses"))
        self.diary, self.child_id = diary, child_id
        existing = injections.list_injections(diary, child_id)
        self._taken = {d.given_at.astimezone().date() for d in existing}
        self.model = EarlierDosesModel(self, self._taken)
        self.saved_count = 0
        self._build()
        self._defaults(existing)
        self.fill_table()

    # ----------------------------------------------------------------- building

    def _build(self) -> None:
        intro = QLabel(
            self.tr(
                "Enter the doses given before this diary was started. Give the first date, "
                "the interval and the number of doses, press “Fill the table”, then correct "
                "any row (double-click a cell). Nothing is saved until you press Save."
            ),
            objectName="earlierIntro",
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self._build_generator())
        layout.addWidget(self._build_table(), 1)
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(self.remove_button)
        row_buttons.addStretch(1)
        layout.addLayout(row_buttons)
        self.error_label = FieldMessage("earlierError")
        layout.addWidget(self.error_label)
        self.buttons = save_cancel_buttons(self, "earlierButtons")
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        layout.addWidget(self.buttons)
        self.resize(720, 560)

    def _build_generator(self) -> QHBoxLayout:
        self.first_edit = DateField(objectName="earlierFirstDate", calendarPopup=True)
        self.first_edit.setAccessibleName(self.tr("Date of the first dose"))
        self.first_edit.setDisplayFormat(date_format())
        self.first_edit.setMaximumDate(QDate.currentDate())
        self.interval_spin = self._spin("earlierInterval", self.tr("Interval in days"), 1, 365)
        self.interval_spin.setSuffix(self.tr(" days"))
        self.count_spin = self._spin("earlierCount", self.tr("Number of doses"), 1, MAX_ROWS)
        self.dose_spin = QDoubleSpinBox(objectName="earlierDose")
        self.dose_spin.setAccessibleName(self.tr("Dose in milligrams"))
        self.dose_spin.setRange(0, 10_000)
        self.dose_spin.setDecimals(1)
        self.dose_spin.setSuffix(" mg")
        self.site_combo = QComboBox(objectName="earlierFirstSite")
        self.site_combo.setAccessibleName(self.tr("Site of the first dose"))
        fill_combo(self.site_combo, SITE_LABELS)
        self.site_combo.addItem(self.tr("Not recorded"), None)
        self.lot_edit = QLineEdit(objectName="earlierLot")
        self.lot_edit.setAccessibleName(self.tr("Lot number"))
        self.fill_button = QPushButton(self.tr("&Fill the table"), objectName="earlierFill")
        self.fill_button.setAccessibleName(self.tr("Fill the table"))
        self.fill_button.setAutoDefault(False)
        self.fill_button.clicked.connect(self.fill_table)
        left, right = QFormLayout(), QFormLayout()
        left.addRow(buddy_label(self.tr("F&irst dose on:"), self.first_edit), self.first_edit)
        left.addRow(buddy_label(self.tr("&Every:"), self.interval_spin), self.interval_spin)
        left.addRow(buddy_label(self.tr("N&umber of doses:"), self.count_spin), self.count_spin)
        right.addRow(buddy_label(self.tr("&Dose:"), self.dose_spin), self.dose_spin)
        right.addRow(buddy_label(self.tr("First si&te:"), self.site_combo), self.site_combo)
        right.addRow(buddy_label(self.tr("&Lot:"), self.lot_edit), self.lot_edit)
        row = QHBoxLayout()
        row.addLayout(left)
        row.addLayout(right)
        row.addWidget(self.fill_button, 0, Qt.AlignmentFlag.AlignBottom)
        return row

    def _build_table(self) -> QTableView:
        self.table = QTableView(objectName="earlierTable")
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move, F2 edits
        self.table.setAccessibleName(self.tr("Doses to add"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setItemDelegateForColumn(self.model.COLUMNS.index("day"), DateDelegate(self))
        self.table.setItemDelegateForColumn(self.model.COLUMNS.index("dose"), DoseDelegate(self))
        self.table.setItemDelegateForColumn(self.model.COLUMNS.index("site"), SiteDelegate(self))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        lot_column = self.model.COLUMNS.index("lot")
        header.setSectionResizeMode(lot_column, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(lot_column, 130)
        header.setStretchLastSection(True)
        self.remove_button = QPushButton(self.tr("&Remove row"), objectName="earlierRemove")
        self.remove_button.setAccessibleName(self.tr("Remove the selected row"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_selected)
        self.model.modelReset.connect(self._validate)
        self.model.dataChanged.connect(self._validate)
        return self.table

    def _spin(self, name: str, accessible: str, low: int, high: int) -> QSpinBox:
        spin = QSpinBox(objectName=name)
        spin.setAccessibleName(accessible)
        spin.setRange(low, high)
        return spin

    def _defaults(self, existing) -> None:
        """Guess the generator's fields from the plan and the doses already in the diary."""
        plan = injections.current_plan(self.diary, self.child_id)
        interval = plan.interval_days if plan else 28
        count = 3
        self.interval_spin.setValue(interval)
        self.count_spin.setValue(count)
        self.dose_spin.setValue(plan.dose_mg if plan else 150)
        if existing:
            first = existing[0].given_at.astimezone().date() - dt.timedelta(interval * count)
        elif plan is not None and plan.start_date <= dt.date.today():
            first = plan.start_date
        else:
            first = dt.date.today() - dt.timedelta(interval * count)
        self.first_edit.setDate(to_qdate(first))

    # ----------------------------------------------------------------- table

    def fill_table(self) -> None:
        rows = generate_rows(
            from_qdate(self.first_edit.date()),
            self.interval_spin.value(),
            self.count_spin.value(),
            self.dose_spin.value(),
            self.site_combo.currentData(),
            self.lot_edit.text().strip(),
        )
        self.model.set_rows(rows)

    def remove_selected(self) -> None:
        index = current_index(self.table)
        if index.isValid():
            self.model.remove_row(index.row())

    def _validate(self) -> None:
        problems = self.problems()
        count = self.model.rowCount()
        self.error_label.show_error("\n".join(problems[:4]) + ("\n…" if len(problems) > 4 else ""))
        self.save_button.setEnabled(not problems)
        self.save_button.setToolTip(problems[0] if problems else "")
        self.save_button.setText(
            self.tr("&Save 1 dose") if count == 1 else fill_in(self.tr("&Save %1 doses"), count)
        )
        self.save_button.setAccessibleName(self.save_button.text().replace("&", ""))
        self.remove_button.setEnabled(count > 0)

    # ----------------------------------------------------------------- saving

    def input_rows(self) -> list[InjectionInput]:
        rows = []
        for row in self.model.rows():
            local = dt.datetime.combine(row.day, NOON).astimezone()
            rows.append(InjectionInput(local.astimezone(dt.UTC), row.dose_mg, row.site, row.lot))
        return rows

    def problems(self) -> list[str]:
        if self.model.rowCount() == 0:
            return [self.tr("There is no dose in the table: press “Fill the table”.")]
        return self.model.problems()

    def write(self) -> None:
        saved = injections.log_injections(self.diary, self.child_id, self.input_rows())
        self.saved_count = len(saved)

    def show_refusal(self, error: DiaryError) -> None:
        """Every row's problem the service found (the first four), none saved."""
        found = error.problems if isinstance(error, ValidationError) else [error]
        problems = [translate_core(problem) for problem in found]
        self.error_label.show_error(self.tr("Nothing was saved:") + "\n" + "\n".join(problems[:4]))

    @classmethod
    def ask(cls, parent: QWidget | None, diary: Diary, child_id: int) -> int:
        """Show the dialog; the number of doses saved (0 when cancelled)."""
        dialog = cls(diary, child_id, parent)
        return dialog.saved_count if dialog.saved() else 0
