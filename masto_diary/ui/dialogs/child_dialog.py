"""Add or edit a child: name, birth date, condition, diagnosis, sex, clinic, notes.

The dialog only collects and checks input; the caller saves it through the children service.
A problem is shown once the parent leaves the name field or presses Save, never before anything
was typed: a red sentence on a fresh form reads as a mistake already made.
``ChildDialog.ask`` returns the result, so tests of the pages patch one call.
"""

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDate, QEvent, QObject
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from masto_diary.enums import Condition, Diagnosis, Sex
from masto_diary.ui.dialogs.saving import save_cancel_buttons
from masto_diary.ui.formatting import date_format, from_qdate, to_qdate
from masto_diary.ui.widgets.spoken_fields import DateField
from masto_diary.words.labels import CONDITION_LABELS, DIAGNOSIS_LABELS, SEX_LABELS, label


@dataclass(frozen=True)
class ChildInput:
    name: str
    birth_date: dt.date
    diagnosis: Diagnosis
    sex: Sex | None
    clinic: str
    notes: str
    condition: Condition = Condition.MASTOCYTOSIS


class ChildDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None = None,
        existing_names: tuple[str, ...] = (),
        child: ChildInput | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("childDialog")
        self.setWindowTitle(self.tr("Edit child") if child else self.tr("Add a child"))
        self._existing = {n.casefold() for n in existing_names}
        if child is not None:
            self._existing.discard(child.name.casefold())
        self._checked = child is not None  # show problems only after leaving a field or Save
        self._build()
        if child is not None:
            self._fill(child)
        self._validate()

    def _build(self) -> None:
        self.name_edit = QLineEdit(objectName="childName")
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.name_edit.setMaxLength(100)
        self.birth_edit = DateField(objectName="childBirthDate", calendarPopup=True)
        self.birth_edit.setAccessibleName(self.tr("Birth date"))
        self.birth_edit.setDisplayFormat(date_format())
        self.birth_edit.setMaximumDate(QDate.currentDate())
        self.birth_edit.setDate(QDate.currentDate().addYears(-8))
        self.condition_combo = QComboBox(objectName="childCondition")
        self.condition_combo.setAccessibleName(self.tr("Condition"))
        self.condition_combo.setToolTip(
            self.tr(
                "What the diary follows. It picks the symptoms asked each evening; changing it "
                "later adds the new condition's symptoms and deletes no score."
            )
        )
        for condition in Condition:
            self.condition_combo.addItem(label(CONDITION_LABELS, condition), condition)
        self.diagnosis_combo = QComboBox(objectName="childDiagnosis")
        self.diagnosis_combo.setAccessibleName(self.tr("Diagnosis"))
        for diagnosis in Diagnosis:
            self.diagnosis_combo.addItem(label(DIAGNOSIS_LABELS, diagnosis), diagnosis)
        self.sex_combo = QComboBox(objectName="childSex")
        self.sex_combo.setAccessibleName(self.tr("Sex"))
        for sex in SEX_LABELS:
            self.sex_combo.addItem(label(SEX_LABELS, sex), sex)
        self.clinic_edit = QLineEdit(objectName="childClinic")
        self.clinic_edit.setAccessibleName(self.tr("Clinic"))
        self.notes_edit = QPlainTextEdit(objectName="childNotes")
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(70)
        self.error_label = QLabel(objectName="childError")
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("&Birth date"), self.birth_edit)
        form.addRow(self.tr("Condi&tion"), self.condition_combo)
        form.addRow(self.tr("&Diagnosis"), self.diagnosis_combo)
        form.addRow(self.tr("&Sex"), self.sex_combo)
        form.addRow(self.tr("&Clinic"), self.clinic_edit)
        form.addRow(self.tr("N&otes"), self.notes_edit)
        self.buttons = save_cancel_buttons(self, "childButtons")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.name_edit.textChanged.connect(self._validate)
        self.name_edit.installEventFilter(self)
        self.birth_edit.dateChanged.connect(self._validate)

    def _fill(self, child: ChildInput) -> None:
        self.name_edit.setText(child.name)
        self.birth_edit.setDate(to_qdate(child.birth_date))
        self.condition_combo.setCurrentIndex(self.condition_combo.findData(child.condition))
        self.diagnosis_combo.setCurrentIndex(self.diagnosis_combo.findData(child.diagnosis))
        self.sex_combo.setCurrentIndex(max(0, self.sex_combo.findData(child.sex)))
        self.clinic_edit.setText(child.clinic)
        self.notes_edit.setPlainText(child.notes)

    def problem(self) -> str:
        """The first reason the input cannot be saved, or an empty string."""
        name = self.name_edit.text().strip()
        if not name:
            return self.tr("Name: please type the child's name.")
        if name.casefold() in self._existing:
            return self.tr("Name: a child called '%s' is already in this diary.") % name
        return ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Leaving the name field checks it (Qt 6 says nothing when an empty field is left)."""
        if watched is self.name_edit and event.type() == QEvent.Type.FocusOut:
            self._checked = True
            self._validate()
        return super().eventFilter(watched, event)

    def _validate(self) -> None:
        problem = self.problem() if self._checked else ""
        self.error_label.setText(problem)
        self.error_label.setVisible(bool(problem))
        self.name_edit.setAccessibleDescription(problem)

    def accept(self) -> None:
        """Save checks first; a problem is shown under the form and the name gets the focus."""
        self._checked = True
        self._validate()
        if self.problem():
            self.name_edit.setFocus()
            return
        super().accept()

    def result_input(self) -> ChildInput:
        return ChildInput(
            name=self.name_edit.text().strip(),
            birth_date=from_qdate(self.birth_edit.date()),
            diagnosis=self.diagnosis_combo.currentData(),
            sex=self.sex_combo.currentData(),
            clinic=self.clinic_edit.text().strip(),
            notes=self.notes_edit.toPlainText().strip(),
            condition=self.condition_combo.currentData(),
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        existing_names: tuple[str, ...] = (),
        child: ChildInput | None = None,
    ) -> ChildInput | None:
        """Show the dialog; the input when the parent pressed Save, else None."""
        dialog = cls(parent, existing_names, child)
        return dialog.result_input() if dialog.exec() == QDialog.DialogCode.Accepted else None
