"""Set up, correct or change the treatment plan: drug, dose, interval, start (and stop).

Two ways to save, because they mean different things to the doctor:

* **correct** (``update_plan``) fixes a typo in the current plan;
* **change** (``set_plan``) starts a new plan from a date, e.g. after a dose change: the
  current plan ends the day before, and the doses already given keep their plan.
"""

import datetime as dt
import enum

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from masto_diary.models import TreatmentPlan
from masto_diary.services import injections
from masto_diary.storage import Diary
from masto_diary.ui.dialogs.saving import SavingDialog, save_cancel_buttons
from masto_diary.ui.formatting import from_qdate, short_date, to_qdate
from masto_diary.ui.widgets.buddy import buddy_label
from masto_diary.ui.widgets.episode_form import FieldMessage, date_format
from masto_diary.ui.widgets.spoken_fields import DateField
from masto_diary.words.sentence import fill_in


class PlanMode(enum.StrEnum):
    NEW = "new"  # no plan yet, or a new plan from a date (set_plan)
    CORRECT = "correct"  # fix the current plan (update_plan)


class PlanDialog(SavingDialog):
    def __init__(
        self,
        diary: Diary,
        child_id: int,
        mode: PlanMode = PlanMode.NEW,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("planDialog")
        self.diary, self.child_id, self.mode = diary, child_id, PlanMode(mode)
        self.current: TreatmentPlan | None = injections.current_plan(diary, child_id)
        if self.mode is PlanMode.CORRECT and self.current is None:
            self.mode = PlanMode.NEW
        self.setWindowTitle(self._title())
        self._build()
        self._fill()
        self._validate()

    def _title(self) -> str:
        if self.mode is PlanMode.CORRECT:
            return self.tr("Correct the treatment plan")
        if self.current is None:
            return self.tr("Set up the treatment plan")
        return self.tr("Change the treatment plan")

    def _build(self) -> None:
        self.intro = QLabel(self._intro_text(), objectName="planIntro")
        self.intro.setWordWrap(True)
        self.drug_edit = QLineEdit(objectName="planDrug")
        self.drug_edit.setAccessibleName(self.tr("Drug"))
        self.drug_edit.setMaxLength(100)
        self.drug_message = FieldMessage("planDrugError")
        self.dose_spin = QDoubleSpinBox(objectName="planDose")
        self.dose_spin.setAccessibleName(self.tr("Dose in milligrams"))
        self.dose_spin.setRange(0, 10_000)
        self.dose_spin.setDecimals(1)
        self.dose_spin.setSingleStep(75)
        self.dose_spin.setSuffix(" mg")
        self.dose_message = FieldMessage("planDoseError")
        self.interval_spin = QSpinBox(objectName="planInterval")
        self.interval_spin.setAccessibleName(self.tr("Interval in days"))
        self.interval_spin.setRange(1, 365)
        self.interval_spin.setSuffix(self.tr(" days"))
        self.start_edit = DateField(objectName="planStart", calendarPopup=True)
        self.start_edit.setAccessibleName(self.tr("First day of the plan"))
        self.start_edit.setDisplayFormat(date_format())
        self.start_message = FieldMessage("planStartError")
        self.ended_check = QCheckBox(self.tr("Treatment s&topped on:"), objectName="planEnded")
        self.ended_check.setAccessibleName(self.tr("Treatment stopped"))
        self.end_edit = DateField(objectName="planEnd", calendarPopup=True)
        self.end_edit.setAccessibleName(self.tr("Last day of the plan"))
        self.end_edit.setDisplayFormat(date_format())
        self.end_message = FieldMessage("planEndError")
        self._layout()
        for signal in (
            self.drug_edit.textChanged,
            self.dose_spin.valueChanged,
            self.start_edit.dateChanged,
            self.end_edit.dateChanged,
            self.ended_check.toggled,
        ):
            signal.connect(self._validate)

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(buddy_label(self.tr("&Drug:"), self.drug_edit), self.drug_edit)
        form.addRow("", self.drug_message)
        form.addRow(buddy_label(self.tr("D&ose:"), self.dose_spin), self.dose_spin)
        form.addRow("", self.dose_message)
        form.addRow(buddy_label(self.tr("&Every:"), self.interval_spin), self.interval_spin)
        form.addRow(buddy_label(self.tr("Starting o&n:"), self.start_edit), self.start_edit)
        form.addRow("", self.start_message)
        if self.mode is PlanMode.CORRECT:
            form.addRow(self.ended_check, self.end_edit)
            form.addRow("", self.end_message)
        else:
            self.ended_check.hide()
            self.end_edit.hide()
        self.error_label = FieldMessage("planError")
        self.buttons = save_cancel_buttons(self, "planButtons", self.tr("Save the plan"))
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def _intro_text(self) -> str:
        if self.mode is PlanMode.CORRECT:
            return self.tr(
                "Correct a mistake in the current plan. When the dose or the interval really "
                "changed, use “Change plan” instead, so the earlier doses keep their plan."
            )
        if self.current is None:
            return self.tr("The plan gives the date each next injection is due.")
        return self.tr(
            "The new plan replaces the current one from its first day; the current plan ends "
            "the day before. Use this when the dose or the interval changes."
        )

    def _fill(self) -> None:
        plan = self.current
        self.drug_edit.setText(plan.drug if plan else "omalizumab")
        self.dose_spin.setValue(plan.dose_mg if plan else 150)
        self.interval_spin.setValue(plan.interval_days if plan else 28)
        if self.mode is PlanMode.CORRECT and plan is not None:
            self.start_edit.setDate(to_qdate(plan.start_date))
            self.ended_check.setChecked(plan.end_date is not None)
            self.end_edit.setDate(to_qdate(plan.end_date or dt.date.today()))
        else:
            self.start_edit.setDate(QDate.currentDate())
            self.end_edit.setDate(QDate.currentDate())

    # ----------------------------------------------------------------- checking and saving

    def problems(self) -> dict[str, str]:
        found: dict[str, str] = {}
        if not self.drug_edit.text().strip():
            found["drug"] = self.tr("Type the name of the drug, e.g. omalizumab.")
        if self.dose_spin.value() <= 0:
            found["dose_mg"] = self.tr("The dose must be more than 0 mg.")
        start = from_qdate(self.start_edit.date())
        current = self.current
        if self.mode is PlanMode.NEW and current is not None and start <= current.start_date:
            found["start_date"] = fill_in(
                self.tr("A new plan must start after the current plan's first day (%1)."),
                short_date(current.start_date),
            )
        stopped = self.mode is PlanMode.CORRECT and self.ended_check.isChecked()
        if stopped and from_qdate(self.end_edit.date()) < start:
            found["end_date"] = self.tr("The plan cannot stop before its first day.")
        return found

    def field_messages(self) -> dict[str, FieldMessage]:
        return {
            "drug": self.drug_message,
            "dose_mg": self.dose_message,
            "start_date": self.start_message,
            "end_date": self.end_message,
        }

    def _validate(self) -> None:
        self.end_edit.setEnabled(self.ended_check.isChecked())
        self.show_state(self.problems())

    def write(self) -> None:
        drug = self.drug_edit.text().strip()
        dose = self.dose_spin.value()
        interval = self.interval_spin.value()
        start = from_qdate(self.start_edit.date())
        if self.mode is PlanMode.CORRECT and self.current is not None:
            end = from_qdate(self.end_edit.date()) if self.ended_check.isChecked() else None
            injections.update_plan(
                self.diary,
                self.current.id,
                drug=drug,
                dose_mg=dose,
                interval_days=interval,
                start_date=start,
                end_date=end,
            )
        else:
            injections.set_plan(self.diary, self.child_id, start, dose, interval, drug)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        diary: Diary,
        child_id: int,
        mode: PlanMode = PlanMode.NEW,
    ) -> bool:
        """Show the dialog; True when the plan was saved."""
        return cls(diary, child_id, mode, parent).saved()
