"""Log or edit an injection, prefilled so that a routine dose needs only a glance and Save.

A new dose proposes: now (local time), the plan's dose, the next site in the rotation after
the last one (shown, so the parent can see why), and the lot, expiry, place and nurse of the
previous dose, which are usually the same box and the same clinic.
"""

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from masto_diary.enums import InjectionSite, LocalReaction, Place
from masto_diary.models import Injection
from masto_diary.services import injections
from masto_diary.storage import Diary
from masto_diary.ui.dialogs.saving import SavingDialog, save_cancel_buttons
from masto_diary.ui.formatting import fill_combo, from_qdate, short_date, to_qdate
from masto_diary.ui.widgets.buddy import buddy_label
from masto_diary.ui.widgets.episode_form import (
    FieldMessage,
    MomentEdit,
    date_format,
    local_now,
)
from masto_diary.ui.widgets.spoken_fields import DateField
from masto_diary.words.labels import PLACE_LABELS, REACTION_LABELS, SITE_LABELS, label
from masto_diary.words.sentence import fill_in

FUTURE_TOLERANCE = dt.timedelta(minutes=10)
DEFAULT_DOSE_MG = 150.0


class InjectionDialog(SavingDialog):
    def __init__(
        self,
        diary: Diary,
        child_id: int,
        injection_id: int | None = None,
        given_at: dt.datetime | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("injectionDialog")
        self.diary, self.child_id, self.injection_id = diary, child_id, injection_id
        self.setWindowTitle(self.tr("Edit injection") if injection_id else self.tr("Log injection"))
        self._other_days = self._days_of_other_doses()
        self._build()
        if injection_id is None:
            self._prefill(given_at or local_now())
        else:
            self._fill(injections.get_injection(diary, injection_id))
        self._connect()
        self._validate()

    def _days_of_other_doses(self) -> set[dt.date]:
        doses = injections.list_injections(self.diary, self.child_id)
        return {d.given_at.astimezone().date() for d in doses if d.id != self.injection_id}

    # ----------------------------------------------------------------- building

    def _build(self) -> None:
        self.given_edit = MomentEdit(object_name="injectionGivenAt")
        self.given_edit.setAccessibleName(self.tr("Given at"))
        self.given_message = FieldMessage("injectionGivenAtError")
        self.dose_spin = QDoubleSpinBox(objectName="injectionDose")
        self.dose_spin.setAccessibleName(self.tr("Dose in milligrams"))
        self.dose_spin.setRange(0, 10_000)
        self.dose_spin.setDecimals(1)
        self.dose_spin.setSingleStep(75)
        self.dose_spin.setSuffix(" mg")
        self.dose_message = FieldMessage("injectionDoseError")
        self.site_combo = QComboBox(objectName="injectionSite")
        self.site_combo.setAccessibleName(self.tr("Injection site"))
        fill_combo(self.site_combo, SITE_LABELS)
        self.site_combo.addItem(self.tr("Not recorded"), None)
        self.site_hint = QLabel(objectName="injectionSiteHint")
        self.site_hint.setWordWrap(True)
        self.lot_edit = QLineEdit(objectName="injectionLot")
        self.lot_edit.setAccessibleName(self.tr("Lot number"))
        self.lot_edit.setMaxLength(100)
        self.expiry_check = QCheckBox(self.tr("E&xpiry:"), objectName="injectionExpiryKnown")
        self.expiry_check.setAccessibleName(self.tr("The expiry date is known"))
        self.expiry_edit = DateField(objectName="injectionExpiry", calendarPopup=True)
        self.expiry_edit.setAccessibleName(self.tr("Expiry date of the lot"))
        self.expiry_edit.setDisplayFormat(date_format())
        self.expiry_message = FieldMessage("injectionExpiryWarning")
        self._build_rest()

    def _build_rest(self) -> None:
        self.place_combo = QComboBox(objectName="injectionPlace")
        self.place_combo.setAccessibleName(self.tr("Place"))
        fill_combo(self.place_combo, PLACE_LABELS)
        self.given_by_edit = QLineEdit(objectName="injectionGivenBy")
        self.given_by_edit.setAccessibleName(self.tr("Given by"))
        self.given_by_edit.setMaxLength(200)
        self.reaction_combo = QComboBox(objectName="injectionReaction")
        self.reaction_combo.setAccessibleName(self.tr("Local reaction at the site"))
        fill_combo(self.reaction_combo, REACTION_LABELS)
        self.notes_edit = QPlainTextEdit(objectName="injectionNotes")
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(70)
        self.error_label = FieldMessage("injectionError")
        self.buttons = save_cancel_buttons(self, "injectionButtons", self.tr("Save the injection"))
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self._layout()

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(buddy_label(self.tr("&When:"), self.given_edit), self.given_edit)
        form.addRow("", self.given_message)
        form.addRow(buddy_label(self.tr("&Dose:"), self.dose_spin), self.dose_spin)
        form.addRow("", self.dose_message)
        form.addRow(buddy_label(self.tr("S&ite:"), self.site_combo), self.site_combo)
        form.addRow("", self.site_hint)
        form.addRow(buddy_label(self.tr("&Lot:"), self.lot_edit), self.lot_edit)
        form.addRow(self.expiry_check, self.expiry_edit)
        form.addRow("", self.expiry_message)
        form.addRow(buddy_label(self.tr("&Place:"), self.place_combo), self.place_combo)
        form.addRow(buddy_label(self.tr("Given &by:"), self.given_by_edit), self.given_by_edit)
        form.addRow(
            buddy_label(self.tr("Local &reaction:"), self.reaction_combo), self.reaction_combo
        )
        form.addRow(buddy_label(self.tr("&Notes:"), self.notes_edit), self.notes_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def _connect(self) -> None:
        for signal in (
            self.given_edit.dateTimeChanged,
            self.dose_spin.valueChanged,
            self.expiry_check.toggled,
            self.expiry_edit.dateChanged,
        ):
            signal.connect(self._validate)

    # ----------------------------------------------------------------- filling

    def _prefill(self, given_at: dt.datetime) -> None:
        """A new dose: the plan's dose, the next site, and what the previous dose used."""
        plan = injections.current_plan(self.diary, self.child_id)
        last = injections.last_injection(self.diary, self.child_id)
        self.given_edit.set_moment(given_at)
        if plan is not None:
            dose = plan.dose_mg
        else:
            dose = last.dose_mg if last is not None else DEFAULT_DOSE_MG
        self.dose_spin.setValue(dose)
        suggested = injections.next_site(last.site if last is not None else None)
        self._select(self.site_combo, suggested)
        self.site_hint.setText(self._site_hint(last, suggested))
        if last is not None:
            self.lot_edit.setText(last.lot)
            self._set_expiry(last.expiry)
            self._select(self.place_combo, Place(last.place))
            self.given_by_edit.setText(last.given_by)
        else:
            self._set_expiry(None)

    def _site_hint(self, last: Injection | None, suggested: InjectionSite) -> str:
        if last is None or last.site is None:
            return fill_in(
                self.tr("Suggested: %1 (sites rotate from dose to dose)."),
                label(SITE_LABELS, suggested),
            )
        text = self.tr("Last dose: %1 on %2. Suggested now: %3.")
        return fill_in(
            text,
            label(SITE_LABELS, InjectionSite(last.site)),
            short_date(last.given_at.astimezone().date()),
            label(SITE_LABELS, suggested),
        )

    def _fill(self, injection: Injection) -> None:
        self.given_edit.set_moment(injection.given_at)
        self.dose_spin.setValue(injection.dose_mg)
        site = InjectionSite(injection.site) if injection.site else None
        self._select(self.site_combo, site)
        self.site_hint.hide()
        self.lot_edit.setText(injection.lot)
        self._set_expiry(injection.expiry)
        self._select(self.place_combo, Place(injection.place))
        self.given_by_edit.setText(injection.given_by)
        self._select(self.reaction_combo, LocalReaction(injection.local_reaction))
        self.notes_edit.setPlainText(injection.notes)

    def _set_expiry(self, expiry: dt.date | None) -> None:
        self.expiry_check.setChecked(expiry is not None)
        self.expiry_edit.setDate(to_qdate(expiry) if expiry else QDate.currentDate())
        self.expiry_edit.setEnabled(expiry is not None)

    @staticmethod
    def _select(combo: QComboBox, value) -> None:
        combo.setCurrentIndex(max(0, combo.findData(value)))

    # ----------------------------------------------------------------- checking and saving

    def problems(self, now: dt.datetime | None = None) -> dict[str, str]:
        """Why the input cannot be saved, by field (empty when it can)."""
        now = now or dt.datetime.now(dt.UTC)
        found: dict[str, str] = {}
        if self.given_edit.moment() > now + FUTURE_TOLERANCE:
            found["given_at"] = self.tr("This is in the future: log a dose once it is given.")
        if self.dose_spin.value() <= 0:
            found["dose_mg"] = self.tr("The dose must be more than 0 mg.")
        return found

    def warnings(self) -> dict[str, str]:
        """Worth a second look, but may be right: these do not block Save."""
        found: dict[str, str] = {}
        day = self.given_edit.moment().astimezone().date()
        expiry = self.expiry()
        if expiry is not None and expiry < day:
            found["expiry"] = fill_in(
                self.tr("This lot expired on %1, before the dose: check the lot and expiry date."),
                short_date(expiry),
            )
        if day in self._other_days:
            found["given_at"] = self.tr("Another injection is already recorded on this day.")
        return found

    def field_messages(self) -> dict[str, FieldMessage]:
        return {
            "given_at": self.given_message,
            "dose_mg": self.dose_message,
            "expiry": self.expiry_message,
        }

    def _validate(self) -> None:
        self.expiry_edit.setEnabled(self.expiry_check.isChecked())
        self.show_state(self.problems(), self.warnings())

    def expiry(self) -> dt.date | None:
        return from_qdate(self.expiry_edit.date()) if self.expiry_check.isChecked() else None

    def write(self) -> None:
        injections.log_injection(
            self.diary,
            self.child_id,
            self.given_edit.moment(),
            self.dose_spin.value(),
            site=self.site_combo.currentData(),
            lot=self.lot_edit.text().strip(),
            expiry=self.expiry(),
            place=self.place_combo.currentData(),
            given_by=self.given_by_edit.text().strip(),
            local_reaction=self.reaction_combo.currentData(),
            notes=self.notes_edit.toPlainText().strip(),
            injection_id=self.injection_id,
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        diary: Diary,
        child_id: int,
        injection_id: int | None = None,
        given_at: dt.datetime | None = None,
    ) -> bool:
        """Show the dialog; True when the dose was saved."""
        return cls(diary, child_id, injection_id, given_at, parent).saved()
