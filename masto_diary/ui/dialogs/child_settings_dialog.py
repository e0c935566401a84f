"""One child's settings: details, symptom set, trigger list, archive and delete.

Unlike the record dialogs, every action here is saved at once, each through one service call
(one transaction), because a parent tidies a symptom list in many small steps and must never
lose the first nine when the tenth is refused.  The dialog therefore has Close, not Save.

Symptoms are renamed, reordered and hidden, never deleted: a hidden symptom is no longer asked
in the daily entry but its past scores stay in the diary, the charts and the report.

A trigger named by episodes cannot be removed, only renamed: removing it would strip it from
those episodes and change the trigger counts the clinic sees.  Unused triggers can be removed.

Deleting the child asks the parent to type the child's name; the service checks it again.
"""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from masto_diary.enums import Condition, Diagnosis, Sex
from masto_diary.errors import DiaryError
from masto_diary.models import Child, SymptomDefinition, Trigger
from masto_diary.services import children, overview
from masto_diary.storage import Diary
from masto_diary.ui.dialogs.child_dialog import ChildDialog, ChildInput
from masto_diary.ui.dialogs.medication_dialog import confirm_delete, error_label, show_error
from masto_diary.ui.formatting import long_date
from masto_diary.ui.table_model import RowTableModel
from masto_diary.ui.widgets.buddy import buddy_label
from masto_diary.ui.widgets.view_switcher import ViewSwitcher
from masto_diary.words.core_sentences import translate_core
from masto_diary.words.labels import CONDITION_LABELS, DIAGNOSIS_LABELS, SEX_LABELS, label
from masto_diary.words.sentence import fill_in
from masto_diary.words.symptom_texts import symptom_label, trigger_label

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
NOTE_STYLE = "color: palette(dark);"

# --------------------------------------------------------------------------- table models


class SymptomSetModel(RowTableModel[SymptomDefinition]):
    """The child's symptoms in their order, hidden ones greyed.  Testable without widgets."""

    COLUMNS = ("label", "shown", "scale")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._headers = (self.tr("Symptom"), self.tr("In the daily entry"), self.tr("Scale"))

    def set_rows(self, rows: list[SymptomDefinition]) -> None:
        self.beginResetModel()
        self._rows = sorted(rows, key=lambda s: (s.position, s.id or 0))
        self.endResetModel()

    def symptoms(self) -> list[SymptomDefinition]:
        return list(self._rows)

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        symptom = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "label":
                return symptom_label(symptom.key, symptom.label)
            if column == "shown":
                return self.tr("shown") if symptom.active else self.tr("hidden (history kept)")
            return f"0–{symptom.scale_max}"
        if role == Qt.ItemDataRole.UserRole:
            return symptom.id
        if role == Qt.ItemDataRole.ForegroundRole and not symptom.active:
            return QBrush(QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        if role == Qt.ItemDataRole.FontRole and not symptom.active:
            font = QFont()
            font.setItalic(True)
            return font
        return None


class TriggerListModel(RowTableModel[Trigger]):
    """The child's triggers with how many episodes name each.  Testable without widgets."""

    COLUMNS = ("label", "episodes")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._usage: dict[int, int] = {}
        self._headers = (self.tr("Trigger"), self.tr("Episodes"))

    def set_rows(self, rows: list[Trigger], usage: dict[int, int]) -> None:
        self.beginResetModel()
        self._rows = sorted(rows, key=lambda t: t.label.casefold())
        self._usage = dict(usage)
        self.endResetModel()

    def usage(self, trigger_id: int) -> int:
        return self._usage.get(trigger_id, 0)

    def labels(self) -> list[str]:
        return [t.label for t in self._rows]

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        trigger = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if self.COLUMNS[index.column()] == "label":
                return trigger_label(trigger.label)
            count = self.usage(trigger.id)
            return str(count) if count else self.tr("none")
        if role == Qt.ItemDataRole.UserRole:
            return trigger.id
        return None


# --------------------------------------------------------------------------- delete


class DeleteChildDialog(QDialog):
    """Delete a child only after their name is typed: Delete stays disabled until it matches."""

    def __init__(self, name: str, counts: dict[str, int], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("deleteChildDialog")
        self.setWindowTitle(fill_in(self.tr("Delete %1's diary"), name))
        self.child_name = name
        warning = QLabel(
            fill_in(
                self.tr(
                    "<b>This deletes %1 and everything written about them:</b> %2.<br>"
                    "It cannot be undone (backups taken earlier still hold the data). "
                    "To keep the diary but hide it, archive instead."
                ),
                name,
                self._counts_text(counts),
            ),
            objectName="deleteChildWarning",
        )
        warning.setWordWrap(True)
        self.name_edit = QLineEdit(objectName="deleteChildName")
        self.name_edit.setAccessibleName(self.tr("Type the child's name to confirm"))
        prompt = buddy_label(fill_in(self.tr("&Type %1 to confirm:"), f"“{name}”"), self.name_edit)
        self.reason_label = error_label("deleteChildReason")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName("deleteChildButtons")
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("deleteChildCancel")
        cancel.setAccessibleName(self.tr("Cancel"))
        self.delete_button = self.buttons.addButton(
            self.tr("&Delete for ever"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.delete_button.setObjectName("deleteChildConfirm")
        self.delete_button.setAccessibleName(self.tr("Delete for ever"))
        self.delete_button.setAutoDefault(False)
        self.delete_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addWidget(prompt)
        layout.addWidget(self.name_edit)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.name_edit.textChanged.connect(self._validate)
        self._validate()

    def _counts_text(self, counts: dict[str, int]) -> str:
        words = {
            "daily_entries": self.tr("%1 daily entries"),
            "episodes": self.tr("%1 episodes"),
            "injections": self.tr("%1 injections"),
            "medications": self.tr("%1 medication rows"),
            "labs": self.tr("%1 lab results"),
            "visits": self.tr("%1 clinic visits"),
        }
        return ", ".join(fill_in(words[key], counts.get(key, 0)) for key in words)

    def matches(self) -> bool:
        return self.name_edit.text().strip() == self.child_name

    def _validate(self) -> None:
        typed = self.name_edit.text().strip()
        reason = ""
        if not self.matches():
            reason = (
                self.tr("Type the name to enable Delete.")
                if not typed
                else fill_in(self.tr("“%1” is not “%2” (capitals count)."), typed, self.child_name)
            )
        show_error(self.reason_label, reason)
        self.delete_button.setEnabled(not reason)
        self.delete_button.setToolTip(reason)

    @classmethod
    def ask(cls, parent: QWidget | None, name: str, counts: dict[str, int]) -> str | None:
        """The typed name when the parent confirmed, else None."""
        dialog = cls(name, counts, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.name_edit.text().strip() if accepted else None


# --------------------------------------------------------------------------- settings


@dataclass(frozen=True)
class SettingsOutcome:
    changed: bool
    deleted: bool


class ChildSettingsDialog(QDialog):
    def __init__(self, diary: Diary, child_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("childSettingsDialog")
        self.diary = diary
        self.child_id = child_id
        self.changed = False
        self.deleted = False
        self.child: Child = children.get_child(diary, child_id)
        self.symptom_model = SymptomSetModel(self)
        self.trigger_model = TriggerListModel(self)
        self._build()
        self._load_child()
        self._load_symptoms()
        self._load_triggers()

    # ----------------------------------------------------------------- building

    def _build(self) -> None:
        self.title = QLabel(objectName="childSettingsTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.tabs = ViewSwitcher(objectName="childSettingsTabs")
        self.tabs.addTab(self._details_tab(), self.tr("&Details"))
        self.tabs.addTab(self._symptoms_tab(), self.tr("&Symptoms"))
        self.tabs.addTab(self._triggers_tab(), self.tr("&Triggers"))
        self.archive_button = QPushButton(objectName="archiveChildButton")
        self.archive_button.clicked.connect(self.toggle_archived)
        self.archive_note = QLabel(objectName="archiveNote")
        self.archive_note.setWordWrap(True)
        self.archive_note.setStyleSheet(NOTE_STYLE)
        self.delete_button = QPushButton(self.tr("De&lete child…"), objectName="deleteChildButton")
        self.delete_button.setAccessibleName(self.tr("Delete child"))
        self.delete_button.clicked.connect(self.delete_child)
        self.message_label = error_label("childSettingsMessage")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("childSettingsClose")
        close_button = close.button(QDialogButtonBox.StandardButton.Close)
        close_button.setObjectName("childSettingsCloseButton")
        close_button.setAccessibleName(self.tr("Close"))
        close.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.archive_button)
        bottom.addWidget(self.archive_note, 1)
        bottom.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message_label)
        layout.addLayout(bottom)
        layout.addWidget(close)
        self.resize(640, 580)

    def _details_tab(self) -> QWidget:
        tab = QWidget()
        self.detail_labels: dict[str, QLabel] = {}
        form = QFormLayout()
        captions = {
            "name": self.tr("Name"),
            "birth_date": self.tr("Birth date"),
            "condition": self.tr("Condition"),
            "diagnosis": self.tr("Diagnosis"),
            "sex": self.tr("Sex"),
            "clinic": self.tr("Clinic"),
            "notes": self.tr("Notes"),
        }
        for key, caption in captions.items():
            value = QLabel(objectName=f"detail_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.detail_labels[key] = value
            form.addRow(caption + ":", value)
        self.edit_details_button = QPushButton(
            self.tr("&Edit details…"), objectName="editDetailsButton"
        )
        self.edit_details_button.setAccessibleName(self.tr("Edit details"))
        self.edit_details_button.clicked.connect(self.edit_details)
        row = QHBoxLayout()
        row.addWidget(self.edit_details_button)
        row.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addStretch(1)
        return tab

    def _table(self, name: str, accessible: str, model: QAbstractTableModel) -> QTableView:
        table = QTableView(objectName=name)
        table.setTabKeyNavigation(False)  # Tab goes on to the next control
        table.setAccessibleName(accessible)
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return table

    def _button(self, name: str, text: str, accessible: str) -> QPushButton:
        button = QPushButton(text, objectName=name)
        button.setAccessibleName(accessible)
        return button

    def _line(self, name: str, accessible: str) -> QLineEdit:
        edit = QLineEdit(objectName=name)
        edit.setAccessibleName(accessible)
        edit.setMaxLength(100)
        return edit

    def _symptoms_tab(self) -> QWidget:
        tab = QWidget()
        note = QLabel(
            self.tr(
                "The daily entry asks these symptoms in this order. Hiding a symptom stops "
                "asking it; its past scores stay in the diary, the charts and the report."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet(NOTE_STYLE)
        self.symptom_table = self._table(
            "symptomTable", self.tr("Symptoms of this child"), self.symptom_model
        )
        self.symptom_table.selectionModel().selectionChanged.connect(self._symptom_chosen)
        self.up_button = self._button("symptomUpButton", self.tr("Move &up"), self.tr("Move up"))
        self.up_button.setToolTip(self.tr("Move up (Ctrl+Up)"))
        self.down_button = self._button(
            "symptomDownButton", self.tr("Move do&wn"), self.tr("Move down")
        )
        self.down_button.setToolTip(self.tr("Move down (Ctrl+Down)"))
        self.hide_button = self._button("symptomHideButton", self.tr("&Hide"), self.tr("Hide"))
        self.up_button.clicked.connect(lambda: self.move_symptom(-1))
        self.down_button.clicked.connect(lambda: self.move_symptom(1))
        self.hide_button.clicked.connect(self.toggle_symptom)
        for key, step in ((Qt.Key.Key_Up, -1), (Qt.Key.Key_Down, 1)):
            shortcut = QShortcut(QKeySequence(Qt.KeyboardModifier.ControlModifier | key), tab)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self.move_symptom(step))

        form = QFormLayout()
        self.symptom_name_edit, self.rename_symptom_button, self.symptom_name_error = (
            self._name_field(form, self.tr("Change &name to:"), "symptomName",
                             self.tr("New name of the symptom"),
                             ("renameSymptomButton", self.tr("&Rename"), self.tr("Rename symptom")),
                             self.rename_symptom, self._check_symptom_name)
        )  # fmt: skip
        self.new_symptom_edit, self.add_symptom_button, self.new_symptom_error = self._name_field(
            form, self.tr("Add a s&ymptom:"), "newSymptom", self.tr("New symptom"),
            ("addSymptomButton", self.tr("&Add"), self.tr("Add symptom")),
            self.add_symptom, self._check_new_symptom,
        )  # fmt: skip
        self.new_symptom_edit.setPlaceholderText(self.tr("e.g. Leg cramps"))
        moves = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.hide_button):
            moves.addWidget(button)
        moves.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addWidget(note)
        layout.addWidget(self.symptom_table, 1)
        layout.addLayout(moves)
        layout.addLayout(form)
        return tab

    def _triggers_tab(self) -> QWidget:
        tab = QWidget()
        note = QLabel(
            self.tr(
                "Triggers are offered when an episode is recorded. A trigger already named in "
                "episodes can be renamed but not removed, so those episodes keep it."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet(NOTE_STYLE)
        self.trigger_table = self._table(
            "triggerTable", self.tr("Triggers of this child"), self.trigger_model
        )
        self.trigger_table.selectionModel().selectionChanged.connect(self._trigger_chosen)
        self.remove_trigger_button = self._button(
            "removeTriggerButton", self.tr("Re&move"), self.tr("Remove trigger")
        )
        self.remove_trigger_button.clicked.connect(self.remove_trigger)
        self.remove_note = QLabel(objectName="removeTriggerNote")
        self.remove_note.setWordWrap(True)
        self.remove_note.setStyleSheet(NOTE_STYLE)
        form = QFormLayout()
        self.trigger_name_edit, self.rename_trigger_button, self.trigger_name_error = (
            self._name_field(form, self.tr("Change &name to:"), "triggerName",
                             self.tr("New name of the trigger"),
                             ("renameTriggerButton", self.tr("&Rename"), self.tr("Rename trigger")),
                             self.rename_trigger, self._check_trigger_name)
        )  # fmt: skip
        self.new_trigger_edit, self.add_trigger_button, self.new_trigger_error = self._name_field(
            form, self.tr("Add a tri&gger:"), "newTrigger", self.tr("New trigger"),
            ("addTriggerButton", self.tr("&Add"), self.tr("Add trigger")),
            self.add_trigger, self._check_new_trigger,
        )  # fmt: skip
        self.new_trigger_edit.setPlaceholderText(self.tr("e.g. sunscreen"))
        remove_row = QHBoxLayout()
        remove_row.addWidget(self.remove_trigger_button)
        remove_row.addWidget(self.remove_note, 1)
        layout = QVBoxLayout(tab)
        layout.addWidget(note)
        layout.addWidget(self.trigger_table, 1)
        layout.addLayout(remove_row)
        layout.addLayout(form)
        return tab

    def _name_field(
        self,
        form: QFormLayout,
        label_text: str,
        name: str,
        accessible: str,
        button: tuple[str, str, str],
        act: Callable[[], None],
        check: Callable[[str], None],
    ) -> tuple[QLineEdit, QPushButton, QLabel]:
        """A name typed beside its button (Return presses it), checked while typing, with
        the sentence under it: the rename and add rows of the symptoms and triggers tabs."""
        edit = self._line(f"{name}Edit", accessible)
        push = self._button(*button)
        push.clicked.connect(act)
        edit.textChanged.connect(check)
        edit.returnPressed.connect(act)
        message = error_label(f"{name}Error")
        cell = QWidget()
        row = QHBoxLayout(cell)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit, 1)
        row.addWidget(push)
        buddy = buddy_label(label_text, edit)
        form.addRow(buddy, cell)
        form.addRow("", message)
        return edit, push, message

    # ----------------------------------------------------------------- loading

    def _load_child(self) -> None:
        child = self.child
        self.setWindowTitle(fill_in(self.tr("Settings of %1"), child.name))
        title = child.name + (self.tr(" (archived)") if child.archived else "")
        self.title.setText(title)
        age = overview.age_in_years(child.birth_date, dt.date.today())
        values = {
            "name": child.name,
            "birth_date": fill_in(self.tr("%1 (%2 years old)"), long_date(child.birth_date), age),
            "condition": label(CONDITION_LABELS, Condition(child.condition)),
            "diagnosis": label(DIAGNOSIS_LABELS, Diagnosis(child.diagnosis)),
            "sex": label(SEX_LABELS, Sex(child.sex) if child.sex else None),
            "clinic": child.clinic or "—",
            "notes": child.notes or "—",
        }
        for key, value in values.items():
            self.detail_labels[key].setText(value)
        if child.archived:
            self.archive_button.setText(self.tr("Unarchi&ve"))
            self.archive_button.setAccessibleName(self.tr("Unarchive"))
            self.archive_note.setText(
                self.tr("Archived: not in the child switcher. Unarchive to write again.")
            )
        else:
            self.archive_button.setText(self.tr("Archi&ve"))
            self.archive_button.setAccessibleName(self.tr("Archive"))
            self.archive_note.setText(
                self.tr("Archiving hides the child from the switcher and keeps the diary.")
            )

    def _load_symptoms(self, keep: int | None = None) -> None:
        keep = keep if keep is not None else self._chosen_symptom_id()
        rows = children.symptoms(self.diary, self.child_id, active_only=False)
        self.symptom_model.set_rows(rows)
        row = self.symptom_model.row_of(keep) if keep is not None else -1
        if rows:
            self.symptom_table.selectRow(max(row, 0))
        self._symptom_chosen()
        self._check_new_symptom()

    def _load_triggers(self, keep: int | None = None) -> None:
        keep = keep if keep is not None else self._chosen_trigger_id()
        usage = children.trigger_usage(self.diary, self.child_id)
        rows = children.triggers(self.diary, self.child_id)
        self.trigger_model.set_rows(rows, usage)
        row = self.trigger_model.row_of(keep) if keep is not None else -1
        if rows:
            self.trigger_table.selectRow(max(row, 0))
        self._trigger_chosen()
        self._check_new_trigger()

    def _run(self, action) -> bool:
        """One service call; a refusal is shown as a sentence and nothing is written."""
        try:
            action()
        except DiaryError as error:
            show_error(self.message_label, fill_in(self.tr("Not saved: %1"), translate_core(error)))
            return False
        show_error(self.message_label, "")
        self.changed = True
        return True

    # ----------------------------------------------------------------- details & archive

    def edit_details(self) -> None:
        child = self.child
        names = tuple(
            s.name
            for s in overview.child_summaries(self.diary, include_archived=True)
            if s.child_id != self.child_id
        )
        current = ChildInput(
            child.name,
            child.birth_date,
            Diagnosis(child.diagnosis),
            Sex(child.sex) if child.sex else None,
            child.clinic,
            child.notes,
            Condition(child.condition),
        )
        answer = ChildDialog.ask(self, names, current)
        if answer is None:
            return

        def save() -> None:
            self.child = children.update_child(
                self.diary,
                self.child_id,
                name=answer.name,
                birth_date=answer.birth_date,
                diagnosis=answer.diagnosis,
                sex=answer.sex,
                clinic=answer.clinic,
                notes=answer.notes,
                condition=answer.condition,
            )

        if self._run(save):
            self._load_child()
            self._load_symptoms()  # a new condition may have added its symptoms

    def toggle_archived(self) -> None:
        archived = not self.child.archived

        def save() -> None:
            self.child = children.set_archived(self.diary, self.child_id, archived)

        if self._run(save):
            self._load_child()

    def delete_child(self) -> None:
        counts = children.record_counts(self.diary, self.child_id)
        typed = DeleteChildDialog.ask(self, self.child.name, counts)
        if typed is None:
            return
        if self._run(lambda: children.delete_child(self.diary, self.child_id, typed)):
            self.deleted = True
            self.accept()

    # ----------------------------------------------------------------- symptoms

    def _chosen_symptom_id(self) -> int | None:
        rows = self.symptom_table.selectionModel().selectedRows()
        return self.symptom_model.record(rows[0].row()).id if rows else None

    def chosen_symptom(self) -> SymptomDefinition | None:
        rows = self.symptom_table.selectionModel().selectedRows()
        return self.symptom_model.record(rows[0].row()) if rows else None

    def _symptom_chosen(self) -> None:
        symptom = self.chosen_symptom()
        row = self.symptom_model.row_of(symptom.id) if symptom else -1
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.symptom_model.rowCount() - 1)
        self.hide_button.setEnabled(symptom is not None)
        hidden = symptom is not None and not symptom.active
        self.hide_button.setText(self.tr("S&how") if hidden else self.tr("&Hide"))
        self.hide_button.setAccessibleName(self.tr("Show") if hidden else self.tr("Hide"))
        self.symptom_name_edit.setText(symptom_label(symptom.key, symptom.label) if symptom else "")
        self.symptom_name_edit.setEnabled(symptom is not None)
        self._check_symptom_name()

    def _name_problem(self, text: str, others: list[str], what: str) -> str:
        if not text.strip():
            return self.tr("Name: please type a name.")
        if len(text.strip()) > 100:
            return self.tr("Name: at most 100 characters.")
        if text.strip().casefold() in {o.casefold() for o in others}:
            return fill_in(self.tr("Name: “%1” is already in the list of %2."), text.strip(), what)
        return ""

    def _check_symptom_name(self) -> None:
        symptom = self.chosen_symptom()
        text = self.symptom_name_edit.text()
        if symptom is None or text.strip() in (
            symptom.label,
            symptom_label(symptom.key, symptom.label),  # unchanged, as shown in this language
        ):
            show_error(self.symptom_name_error, "")
            self.rename_symptom_button.setEnabled(False)
            return
        others = [s.label for s in self.symptom_model.symptoms() if s.id != symptom.id]
        problem = self._name_problem(text, others, self.tr("symptoms"))
        show_error(self.symptom_name_error, problem)
        self.rename_symptom_button.setEnabled(not problem)
        self.rename_symptom_button.setToolTip(problem)

    def _check_new_symptom(self) -> None:
        text = self.new_symptom_edit.text()
        others = [s.label for s in self.symptom_model.symptoms()]
        problem = self._name_problem(text, others, self.tr("symptoms")) if text else ""
        show_error(self.new_symptom_error, problem)
        self.add_symptom_button.setEnabled(bool(text.strip()) and not problem)
        self.add_symptom_button.setToolTip(problem)

    def move_symptom(self, step: int) -> None:
        symptom = self.chosen_symptom()
        if symptom is None:
            return
        order = [s.id for s in self.symptom_model.symptoms()]
        index = order.index(symptom.id)
        target = index + step
        if not 0 <= target < len(order):
            return
        order[index], order[target] = order[target], order[index]
        if self._run(lambda: children.reorder_symptoms(self.diary, self.child_id, order)):
            self._load_symptoms(symptom.id)

    def toggle_symptom(self) -> None:
        symptom = self.chosen_symptom()
        if symptom is None:
            return
        active = not symptom.active
        if self._run(lambda: children.update_symptom(self.diary, symptom.id, active=active)):
            self._load_symptoms(symptom.id)

    def rename_symptom(self) -> None:
        symptom = self.chosen_symptom()
        if symptom is None or not self.rename_symptom_button.isEnabled():
            return
        text = self.symptom_name_edit.text()
        if self._run(lambda: children.rename_symptom(self.diary, symptom.id, text)):
            self._load_symptoms(symptom.id)

    def add_symptom(self) -> None:
        if not self.add_symptom_button.isEnabled():
            return
        added: list[SymptomDefinition] = []
        text = self.new_symptom_edit.text()
        if self._run(lambda: added.append(children.add_symptom(self.diary, self.child_id, text))):
            self.new_symptom_edit.clear()
            self._load_symptoms(added[0].id)

    # ----------------------------------------------------------------- triggers

    def _chosen_trigger_id(self) -> int | None:
        trigger = self.chosen_trigger()
        return trigger.id if trigger else None

    def chosen_trigger(self) -> Trigger | None:
        rows = self.trigger_table.selectionModel().selectedRows()
        return self.trigger_model.record(rows[0].row()) if rows else None

    def _trigger_chosen(self) -> None:
        trigger = self.chosen_trigger()
        used = self.trigger_model.usage(trigger.id) if trigger else 0
        self.remove_trigger_button.setEnabled(trigger is not None and not used)
        note = ""
        if used:
            note = fill_in(
                self.tr(
                    "“%1” is named in %n episode(s): it can be renamed, not removed.", None, used
                ),
                trigger.label,
            )
        self.remove_note.setText(note)
        self.remove_trigger_button.setToolTip(note)
        self.trigger_name_edit.setText(trigger_label(trigger.label) if trigger else "")
        self.trigger_name_edit.setEnabled(trigger is not None)
        self._check_trigger_name()

    def _check_trigger_name(self) -> None:
        trigger = self.chosen_trigger()
        text = self.trigger_name_edit.text()
        if trigger is None or text.strip() in (trigger.label, trigger_label(trigger.label)):
            show_error(self.trigger_name_error, "")
            self.rename_trigger_button.setEnabled(False)
            return
        others = [t for t in self.trigger_model.labels() if t != trigger.label]
        problem = self._name_problem(text, others, self.tr("triggers"))
        show_error(self.trigger_name_error, problem)
        self.rename_trigger_button.setEnabled(not problem)
        self.rename_trigger_button.setToolTip(problem)

    def _check_new_trigger(self) -> None:
        text = self.new_trigger_edit.text()
        problem = self._name_problem(text, self.trigger_model.labels(), self.tr("triggers"))
        problem = problem if text else ""
        show_error(self.new_trigger_error, problem)
        self.add_trigger_button.setEnabled(bool(text.strip()) and not problem)
        self.add_trigger_button.setToolTip(problem)

    def rename_trigger(self) -> None:
        trigger = self.chosen_trigger()
        if trigger is None or not self.rename_trigger_button.isEnabled():
            return
        text = self.trigger_name_edit.text()
        if self._run(lambda: children.rename_trigger(self.diary, trigger.id, text)):
            self._load_triggers(trigger.id)

    def remove_trigger(self) -> None:
        trigger = self.chosen_trigger()
        if trigger is None:
            return
        question = fill_in(self.tr("Remove the trigger “%1”? No episode names it."), trigger.label)
        if not confirm_delete(self, self.tr("Remove trigger"), question):
            return
        if self._run(lambda: children.remove_trigger(self.diary, trigger.id)):
            self._load_triggers()

    def add_trigger(self) -> None:
        if not self.add_trigger_button.isEnabled():
            return
        added: list[Trigger] = []
        text = self.new_trigger_edit.text()
        if self._run(lambda: added.append(children.add_trigger(self.diary, self.child_id, text))):
            self.new_trigger_edit.clear()
            self._load_triggers(added[0].id)

    # ----------------------------------------------------------------- entry point

    @classmethod
    def open_for(cls, parent: QWidget | None, diary: Diary, child_id: int) -> SettingsOutcome:
        """Show the settings of one child; what changed, so the caller reloads what it shows."""
        dialog = cls(diary, child_id, parent)
        dialog.exec()
        return SettingsOutcome(changed=dialog.changed, deleted=dialog.deleted)
