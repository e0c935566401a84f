"""Medications: what the child takes today, and the full history that shows every taper.

A dose change ends one row and starts the next (the medications service does both in one
transaction), so the history reads as a timeline: "Cetirizine 10 mg until 3 May, 5 mg since
4 May".  Editing a row corrects a mistake; it does not start a new row.
"""

import datetime as dt

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from masto_diary.errors import DiaryError, ValidationError
from masto_diary.models import Medication
from masto_diary.services import medications
from masto_diary.storage import Diary
from masto_diary.storage.read_model import MedicationRecord
from masto_diary.ui.dialogs.medication_dialog import (
    DoseAction,
    DoseChangeDialog,
    MedicationDialog,
    MedicationInput,
    confirm_delete,
    error_label,
    format_number,
    show_error,
)
from masto_diary.ui.formatting import short_date
from masto_diary.ui.pages.base import ListPage, page_title
from masto_diary.ui.table_model import RowTableModel
from masto_diary.words.core_sentences import translate_core
from masto_diary.words.labels import DRUG_CLASS_LABELS, frequency_text, label
from masto_diary.words.sentence import fill_in

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


def dose_text(medication: MedicationRecord) -> str:
    return f"{format_number(medication.dose)} {medication.unit}".strip()


def as_input(medication: MedicationRecord) -> MedicationInput:
    return MedicationInput(
        name=medication.name,
        drug_class=medication.drug_class,
        dose=medication.dose,
        unit=medication.unit,
        frequency=medication.frequency,
        start_date=medication.start_date,
        end_date=medication.end_date,
        reason=medication.reason,
    )


class MedicationTableModel(RowTableModel[MedicationRecord]):
    """Rows of :class:`Medication`; subclasses choose the columns.  No widget needed."""

    COLUMNS: tuple[str, ...] = ()
    BOLD_NAMES = False

    def __init__(self, parent=None):
        super().__init__(parent)

    def headers(self) -> dict[str, str]:
        return {
            "name": self.tr("Medicine"),
            "class": self.tr("Kind"),
            "dose": self.tr("Dose"),
            "frequency": self.tr("How often"),
            "since": self.tr("Since"),
            "start": self.tr("From"),
            "end": self.tr("Until"),
            "reason": self.tr("Reason"),
        }

    def header(self, section: int) -> str:
        return self.headers()[self.COLUMNS[section]]

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        medication = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(medication, column)
        if role == Qt.ItemDataRole.UserRole:
            return medication.id
        if role == Qt.ItemDataRole.FontRole and column == "name" and self.BOLD_NAMES:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def text(self, medication: MedicationRecord, column: str) -> str:
        if column == "name":
            return medication.name
        if column == "class":
            return label(DRUG_CLASS_LABELS, medication.drug_class)
        if column == "dose":
            return dose_text(medication)
        if column == "frequency":
            return frequency_text(medication.frequency)
        if column in ("since", "start"):
            return short_date(medication.start_date)
        if column == "end":
            return (
                short_date(medication.end_date) if medication.end_date else self.tr("still taken")
            )
        return medication.reason


class CurrentRegimenModel(MedicationTableModel):
    """What is taken today."""

    COLUMNS = ("name", "class", "dose", "frequency", "since")
    BOLD_NAMES = True


class MedicationHistoryModel(MedicationTableModel):
    """Every row, grouped by medicine so each taper reads top to bottom."""

    COLUMNS = ("name", "dose", "frequency", "start", "end", "reason")

    def set_rows(self, rows: list[MedicationRecord]) -> None:
        super().set_rows(sorted(rows, key=lambda m: (m.name.casefold(), m.start_date, m.id)))


class MedicationsPage(ListPage):
    def __init__(self, diary: Diary, parent: QWidget | None = None):
        super().__init__(diary, parent)
        self.setObjectName("medicationsPage")
        self.today = dt.date.today()
        self.current_model = CurrentRegimenModel(self)
        self.history_model = MedicationHistoryModel(self)
        self._selected_id: int | None = None
        self._all: list[MedicationRecord] = []
        self._build()
        self._update_buttons()

    # ----------------------------------------------------------------- building

    def _build(self) -> None:
        title = page_title(self.tr("Medications"), "medicationsTitle")
        self.current_table = self._table("currentTable", self.tr("Taken now"), self.current_model)
        self.history_table = self._table(
            "historyTable", self.tr("Medication history"), self.history_model
        )
        self.empty_label = QLabel(
            self.tr("No medication is taken at the moment."), objectName="currentEmpty"
        )
        self.message_label = error_label("medicationsMessage")
        current_box = QGroupBox(self.tr("Taken now"), objectName="currentBox")
        current_layout = QVBoxLayout(current_box)
        current_layout.addWidget(self.empty_label)
        current_layout.addWidget(self.current_table)
        history_box = QGroupBox(self.tr("Full history (every dose, with start and end)"))
        history_layout = QVBoxLayout(history_box)
        history_layout.addWidget(self.history_table)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(current_box)
        layout.addLayout(self._buttons())
        layout.addWidget(self.message_label)
        layout.addWidget(history_box, 1)
        chain = (
            self.current_table,
            self.add_button,
            self.change_button,
            self.stop_button,
            self.restart_button,
            self.edit_button,
            self.delete_button,
            self.history_table,
        )
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)  # the order they are seen in, top to bottom

    def _table(self, name: str, accessible: str, model: MedicationTableModel) -> QTableView:
        return self.list_table(name, accessible, model, stretch=[len(model.COLUMNS) - 1])

    def _buttons(self) -> QHBoxLayout:
        button = self.list_button
        self.add_button = button(
            self.tr("&Add medication…"), "addMedicationButton", self.add_medication
        )
        self.add_button.setShortcut(QKeySequence.StandardKey.New)
        self.add_button.setToolTip(self.tr("Add a medicine (Ctrl+N)"))
        self.change_button = button(
            self.tr("Change &dose…"),
            "changeDoseButton",
            lambda: self.dose_action(DoseAction.CHANGE),
        )
        self.stop_button = button(
            self.tr("&Stop…"), "stopMedicationButton", lambda: self.dose_action(DoseAction.STOP)
        )
        self.restart_button = button(
            self.tr("&Restart…"),
            "restartMedicationButton",
            lambda: self.dose_action(DoseAction.RESTART),
        )
        self.edit_button = button(self.tr("&Edit row…"), "editMedicationButton", self.edit_selected)
        self.delete_button = button(
            self.tr("De&lete row…"), "deleteMedicationButton", self.delete_selected
        )
        row = QHBoxLayout()
        for button in (
            self.add_button,
            self.change_button,
            self.stop_button,
            self.restart_button,
            self.edit_button,
            self.delete_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        return row

    # ----------------------------------------------------------------- data

    def refresh(self) -> None:
        self.today = dt.date.today()
        rows = (
            [] if self.child_id is None else medications.list_medications(self.diary, self.child_id)
        )
        self._all = rows
        current = [
            m
            for m in rows
            if m.start_date <= self.today and (m.end_date is None or m.end_date >= self.today)
        ]
        self.current_model.set_rows(current)
        self.history_model.set_rows(rows)
        self.show_empty(self.empty_label, not current, self.current_table)
        self._fit_current_table()
        show_error(self.message_label, "")
        self._reselect()

    def _fit_current_table(self) -> None:
        """The regimen is short: its table takes the height of its rows, history the rest."""
        table = self.current_table
        rows = table.verticalHeader().defaultSectionSize() * self.current_model.rowCount()
        frame = 2 * table.frameWidth()
        table.setMaximumHeight(table.horizontalHeader().sizeHint().height() + rows + frame + 2)

    def _reselect(self) -> None:
        """Keep the chosen row selected after a reload (or forget it if it is gone)."""
        chosen = self._selected_id
        self._selected_id = None
        for table, model in (
            (self.current_table, self.current_model),
            (self.history_table, self.history_model),
        ):
            row = model.row_of(chosen) if chosen is not None else -1
            if row >= 0:
                table.selectRow(row)
                self._selected_id = chosen
                break
        self._update_buttons()

    def _selection_changed(self, table: QTableView) -> None:
        """One row is chosen across both tables: picking in one clears the other."""
        rows = table.selectionModel().selectedRows()
        if not rows:
            return
        other = self.history_table if table is self.current_table else self.current_table
        other.selectionModel().blockSignals(True)
        other.selectionModel().clear()
        other.selectionModel().blockSignals(False)
        other.viewport().update()
        self._selected_id = rows[0].data(Qt.ItemDataRole.UserRole)
        self._update_buttons()

    def selected(self) -> MedicationRecord | None:
        return next((m for m in self._all if m.id == self._selected_id), None)

    def select(self, medication_id: int) -> None:
        self._selected_id = medication_id
        self._reselect()

    def _update_buttons(self) -> None:
        medication = self.selected()
        has_child = self.child_id is not None
        self.add_button.setEnabled(has_child)
        is_open = medication is not None and medication.end_date is None
        self.change_button.setEnabled(is_open)
        self.stop_button.setEnabled(is_open)
        restart_reason = self._restart_problem(medication)
        self.restart_button.setEnabled(not restart_reason)
        self.restart_button.setToolTip(restart_reason)
        self.edit_button.setEnabled(medication is not None)
        self.delete_button.setEnabled(medication is not None)
        hint = "" if is_open else self.tr("Choose a medicine that is still taken.")
        self.change_button.setToolTip(hint)
        self.stop_button.setToolTip(hint)

    def _restart_problem(self, medication: MedicationRecord | None) -> str:
        if medication is None or medication.end_date is None:
            return self.tr("Choose a medicine that was stopped.")
        name = medication.name.casefold()
        if any(m.name.casefold() == name and m.end_date is None for m in self._all):
            return fill_in(self.tr("%1 is still taken: change its dose instead."), medication.name)
        later = [
            m
            for m in self._all
            if m.name.casefold() == name and m.start_date > medication.start_date
        ]
        if later:
            return fill_in(self.tr("Choose the last row of %1 to restart it."), medication.name)
        return ""

    # ----------------------------------------------------------------- actions

    def add_medication(self) -> None:
        if self.child_id is None:
            return
        names = tuple({m.name for m in self._all})
        answer = MedicationDialog.ask(self, None, names)
        if answer is None:
            return
        self._run(
            lambda: medications.start_medication(
                self.diary,
                self.child_id,
                answer.name,
                answer.drug_class,
                answer.dose,
                answer.unit,
                answer.start_date,
                answer.frequency,
                answer.reason,
                answer.end_date,
            )
        )

    def dose_action(self, action: DoseAction) -> None:
        medication = self.selected()
        if medication is None:
            return
        answer = DoseChangeDialog.ask(self, action, as_input(medication))
        if answer is None:
            return
        if action is DoseAction.CHANGE:
            self._run(
                lambda: medications.change_dose(
                    self.diary,
                    medication.id,
                    answer.dose,
                    answer.on_date,
                    answer.frequency,
                    answer.reason,
                )[1]
            )
        elif action is DoseAction.STOP:
            self._run(
                lambda: medications.stop_medication(self.diary, medication.id, answer.on_date)
            )
        else:
            self._run(
                lambda: medications.restart_medication(
                    self.diary, medication.id, answer.on_date, answer.dose, answer.frequency
                )
            )

    def edit_selected(self) -> None:
        medication = self.selected()
        if medication is None:
            return
        answer = MedicationDialog.ask(self, as_input(medication), ())
        if answer is None:
            return
        self._run(
            lambda: medications.update_medication(
                self.diary,
                medication.id,
                name=answer.name,
                drug_class=answer.drug_class,
                dose=answer.dose,
                unit=answer.unit,
                frequency=answer.frequency,
                start_date=answer.start_date,
                end_date=answer.end_date,
                reason=answer.reason,
            )
        )

    def delete_selected(self) -> None:
        medication = self.selected()
        if medication is None:
            return
        question = fill_in(
            self.tr("Delete the row “%1 %2 from %3”? The rest of the history stays."),
            medication.name,
            dose_text(medication),
            short_date(medication.start_date),
        )
        if not confirm_delete(self, self.tr("Delete medication row"), question):
            return
        self._selected_id = None
        self._run(lambda: medications.delete_medication(self.diary, medication.id))

    def _run(self, save) -> None:
        """Run one service call; a refusal is shown as a sentence and nothing is written."""
        try:
            saved = save()
        except ValidationError as error:
            show_error(self.message_label, fill_in(self.tr("Not saved: %1"), translate_core(error)))
            return
        except DiaryError as error:
            show_error(self.message_label, translate_core(error))
            self.refresh()
            return
        if isinstance(saved, Medication):
            self._selected_id = saved.id
        self.after_change(True)
