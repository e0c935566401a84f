"""Record or edit an episode: when, what kind, how bad, which symptoms and triggers, rescue.

The dialog saves through :func:`masto_diary.services.episodes.log_episode` itself, so a
problem the service finds is shown at its field and the parent's input stays on screen.
``EpisodeDialog.ask`` is the one call pages use (the Today page's "Episode now" button too).

Most episodes are logged afterwards, in the evening: "When" offers the parts of the day that
have passed and "How long" the usual durations, and the kind ticks its own symptom, so an
afternoon flush is a handful of keys (tests/ui/test_episode_afterwards.py counts them).
"""

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from masto_diary.enums import EpisodeKind, Severity
from masto_diary.services import children, episodes
from masto_diary.storage import Diary
from masto_diary.ui.dialogs.saving import SavingDialog, save_cancel_buttons
from masto_diary.ui.formatting import fill_combo
from masto_diary.ui.widgets.buddy import buddy_label
from masto_diary.ui.widgets.episode_form import FieldMessage, MomentEdit, local_now, moment_text
from masto_diary.ui.widgets.episode_times import DURATIONS, KIND_SYMPTOM, OTHER, when_choices
from masto_diary.words.labels import EPISODE_KIND_LABELS, SEVERITY_LABELS
from masto_diary.words.sentence import fill_in
from masto_diary.words.symptom_texts import symptom_label, trigger_label

FUTURE_TOLERANCE = dt.timedelta(minutes=10)
LIST_WIDTH = 220


@dataclass(frozen=True)
class EpisodeInput:
    """What the form holds, as plain data (the arguments of ``log_episode``)."""

    started_at: dt.datetime
    ended_at: dt.datetime | None
    kind: EpisodeKind
    severity: Severity
    symptom_keys: tuple[str, ...]
    trigger_labels: tuple[str, ...]
    antihistamine: bool
    steroid: bool
    epinephrine: bool
    emergency_visit: bool
    rescue_notes: str
    notes: str


def _checkable(text: str, data: str, checked: bool) -> QListWidgetItem:
    item = QListWidgetItem(text)
    item.setData(Qt.ItemDataRole.UserRole, data)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    return item


def _checked(widget: QListWidget) -> tuple[str, ...]:
    items = (widget.item(row) for row in range(widget.count()))
    return tuple(
        item.data(Qt.ItemDataRole.UserRole)
        for item in items
        if item.checkState() == Qt.CheckState.Checked
    )


class EpisodeDialog(SavingDialog):
    def __init__(
        self,
        diary: Diary,
        child_id: int,
        started_at: dt.datetime | None = None,
        episode_id: int | None = None,
        parent: QWidget | None = None,
        now: dt.datetime | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("episodeDialog")
        self.diary, self.child_id, self.episode_id = diary, child_id, episode_id
        self.now = now or local_now()
        self._auto_symptom: str | None = None
        self.setWindowTitle(self.tr("Edit episode") if episode_id else self.tr("New episode"))
        self._build()
        self._load(started_at)
        self._connect()
        self._validate()

    # ----------------------------------------------------------------- building

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addLayout(self._build_times())
        left.addWidget(self._build_rescue())
        left.addLayout(self._build_notes())
        left.addStretch(1)
        columns.addLayout(left, 3)
        columns.addLayout(self._build_symptoms(), 2)
        columns.addLayout(self._build_triggers(), 2)
        layout.addLayout(columns, 1)
        self.error_label = FieldMessage("episodeError")
        layout.addWidget(self.error_label)
        self.buttons = save_cancel_buttons(self, "episodeButtons", self.tr("Save the episode"))
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        layout.addWidget(self.buttons)
        self._set_tab_order()
        self.resize(940, 560)

    def _build_times(self) -> QFormLayout:
        self.when_combo = QComboBox(objectName="episodeWhen")
        self.when_combo.setAccessibleName(self.tr("When it started"))
        for text, moment in when_choices(self.now):
            self.when_combo.addItem(text, moment)
        self.when_combo.addItem(self.tr("Other time (set below)"), OTHER)
        self.duration_combo = QComboBox(objectName="episodeDuration")
        self.duration_combo.setAccessibleName(self.tr("How long it lasted"))
        for text, minutes in DURATIONS:
            self.duration_combo.addItem(QCoreApplication.translate("episode_times", text), minutes)
        self.duration_combo.addItem(self.tr("Other end (set below)"), OTHER)
        self.start_edit = MomentEdit(object_name="episodeStart")
        self.start_edit.setAccessibleName(self.tr("Started"))
        self.start_message = FieldMessage("episodeStartError")
        self.ended_check = QCheckBox(self.tr("It has &ended:"), objectName="episodeEnded")
        self.ended_check.setAccessibleName(self.tr("The episode has ended"))
        self.end_edit = MomentEdit(object_name="episodeEnd")
        self.end_edit.setAccessibleName(self.tr("Ended"))
        self.end_message = FieldMessage("episodeEndError")
        self.kind_combo = QComboBox(objectName="episodeKind")
        self.kind_combo.setAccessibleName(self.tr("Kind of episode"))
        fill_combo(self.kind_combo, EPISODE_KIND_LABELS)
        self.kind_message = FieldMessage("episodeKindHint")
        self.severity_combo = QComboBox(objectName="episodeSeverity")
        self.severity_combo.setAccessibleName(self.tr("Severity"))
        fill_combo(self.severity_combo, SEVERITY_LABELS)
        form = QFormLayout()
        form.addRow(buddy_label(self.tr("&Kind:"), self.kind_combo), self.kind_combo)
        form.addRow("", self.kind_message)
        form.addRow(buddy_label(self.tr("&When:"), self.when_combo), self.when_combo)
        form.addRow(buddy_label(self.tr("How &long:"), self.duration_combo), self.duration_combo)
        form.addRow(buddy_label(self.tr("Se&verity:"), self.severity_combo), self.severity_combo)
        start_label = buddy_label(self.tr("S&tarted:"), self.start_edit)
        form.addRow(start_label, self.start_edit)
        form.addRow("", self.start_message)
        form.addRow(self.ended_check, self.end_edit)
        form.addRow("", self.end_message)
        return form

    def _build_rescue(self) -> QGroupBox:
        box = QGroupBox(self.tr("Rescue treatment given"), objectName="episodeRescueBox")
        self.antihistamine_check = QCheckBox(
            self.tr("Extra anti&histamine"), objectName="episodeAntihistamine"
        )
        self.steroid_check = QCheckBox(self.tr("Ster&oid"), objectName="episodeSteroid")
        self.epinephrine_check = QCheckBox(
            self.tr("E&pinephrine auto-injector"), objectName="episodeEpinephrine"
        )
        self.emergency_check = QCheckBox(self.tr("E&mergency visit"), objectName="episodeEmergency")
        self.rescue_edit = QPlainTextEdit(objectName="episodeRescueNotes")
        self.rescue_edit.setPlaceholderText(self.tr("what, how much, when"))
        self.rescue_edit.setTabChangesFocus(True)
        self.rescue_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        for check in self._rescue_checks():
            check.setAccessibleName(check.text().replace("&", ""))
        self.rescue_edit.setAccessibleName(self.tr("Rescue details"))
        grid = QGridLayout(box)
        grid.addWidget(self.antihistamine_check, 0, 0)
        grid.addWidget(self.steroid_check, 0, 1)
        grid.addWidget(self.epinephrine_check, 1, 0)
        grid.addWidget(self.emergency_check, 1, 1)
        grid.addWidget(buddy_label(self.tr("Deta&ils:"), self.rescue_edit), 2, 0, 1, 2)
        grid.addWidget(self.rescue_edit, 3, 0, 1, 2)
        return box

    def _build_notes(self) -> QVBoxLayout:
        self.notes_edit = QPlainTextEdit(objectName="episodeNotes")
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMinimumHeight(60)
        self.notes_edit.setMaximumHeight(110)
        column = QVBoxLayout()
        column.addWidget(buddy_label(self.tr("&Notes:"), self.notes_edit))
        column.addWidget(self.notes_edit)
        return column

    def _build_symptoms(self) -> QVBoxLayout:
        self.symptom_list = QListWidget(objectName="episodeSymptoms")
        self.symptom_list.setMinimumWidth(LIST_WIDTH)
        self.symptom_list.setAccessibleName(self.tr("Symptoms during the episode"))
        column = QVBoxLayout()
        column.addWidget(buddy_label(self.tr("S&ymptoms:"), self.symptom_list))
        column.addWidget(self.symptom_list, 1)
        return column

    def _build_triggers(self) -> QVBoxLayout:
        self.trigger_list = QListWidget(objectName="episodeTriggers")
        self.trigger_list.setMinimumWidth(LIST_WIDTH)
        self.trigger_list.setAccessibleName(self.tr("Possible triggers"))
        self.new_trigger_edit = QLineEdit(objectName="episodeNewTrigger")
        self.new_trigger_edit.setAccessibleName(self.tr("New trigger"))
        self.new_trigger_edit.setPlaceholderText(self.tr("e.g. sun cream"))
        self.new_trigger_edit.setMaxLength(100)
        self.add_trigger_button = QPushButton(
            self.tr("A&dd new trigger"), objectName="episodeAddTrigger"
        )
        self.add_trigger_button.setAccessibleName(self.tr("Add new trigger"))
        self.add_trigger_button.setAutoDefault(False)
        column = QVBoxLayout()
        column.addWidget(buddy_label(self.tr("T&riggers:"), self.trigger_list))
        column.addWidget(self.trigger_list, 1)
        column.addWidget(buddy_label(self.tr("New tri&gger:"), self.new_trigger_edit))
        column.addWidget(self.new_trigger_edit)
        column.addWidget(self.add_trigger_button)
        return column

    def _rescue_checks(self) -> tuple[QCheckBox, ...]:
        return (
            self.antihistamine_check,
            self.steroid_check,
            self.epinephrine_check,
            self.emergency_check,
        )

    def _set_tab_order(self) -> None:
        chain = (
            self.kind_combo,
            self.when_combo,
            self.duration_combo,
            self.severity_combo,
            self.start_edit,
            self.ended_check,
            self.end_edit,
            *self._rescue_checks(),
            self.rescue_edit,
            self.notes_edit,
            self.symptom_list,
            self.trigger_list,
            self.new_trigger_edit,
            self.add_trigger_button,
            self.buttons,
        )
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        self.when_combo.currentIndexChanged.connect(self._when_chosen)
        self.duration_combo.currentIndexChanged.connect(self._duration_chosen)
        self.start_edit.dateTimeChanged.connect(self._start_edited)
        self.end_edit.dateTimeChanged.connect(self._end_edited)
        self.start_edit.dateTimeChanged.connect(self._validate)
        self.end_edit.dateTimeChanged.connect(self._validate)
        self.ended_check.toggled.connect(self._validate)
        self.kind_combo.currentIndexChanged.connect(self._tick_kind_symptom)
        self.kind_combo.currentIndexChanged.connect(self._validate)
        self.epinephrine_check.toggled.connect(self._validate)
        self.new_trigger_edit.textChanged.connect(self._new_trigger_changed)
        self.add_trigger_button.clicked.connect(self.add_new_trigger)
        self.new_trigger_edit.installEventFilter(self)
        self._new_trigger_changed()

    # ----------------------------------------------------------------- loading

    def _load(self, started_at: dt.datetime | None) -> None:
        episode = episodes.get_episode(self.diary, self.episode_id) if self.episode_id else None
        linked_symptoms = {s.key for s in episode.symptoms} if episode else set()
        linked_triggers = set(episode.triggers) if episode else set()
        for symptom in children.symptoms(self.diary, self.child_id, active_only=False):
            if symptom.active or symptom.key in linked_symptoms:
                text = symptom_label(symptom.key, symptom.label)
                item = _checkable(text, symptom.key, symptom.key in linked_symptoms)
                self.symptom_list.addItem(item)
        for trigger in children.triggers(self.diary, self.child_id):
            text = trigger_label(trigger.label)
            item = _checkable(text, trigger.label, trigger.label in linked_triggers)
            self.trigger_list.addItem(item)
        if episode is None:
            self.start_edit.set_moment(started_at or self.now)
            if started_at is not None and started_at != self.now:
                self._show_other(self.when_combo)
            self.end_edit.set_moment(self.start_edit.moment())
            self.end_edit.setEnabled(False)
            self._tick_kind_symptom()
            self.kind_combo.setFocus()
            return
        self._fill(episode)
        self._show_other(self.when_combo)
        self._show_other(self.duration_combo)

    def _fill(self, episode) -> None:
        self.start_edit.set_moment(episode.started_at)
        self.ended_check.setChecked(episode.ended_at is not None)
        self.end_edit.set_moment(episode.ended_at or episode.started_at)
        self.end_edit.setEnabled(episode.ended_at is not None)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(EpisodeKind(episode.kind)))
        self.severity_combo.setCurrentIndex(
            self.severity_combo.findData(Severity(episode.severity))
        )
        self.antihistamine_check.setChecked(episode.rescue_antihistamine)
        self.steroid_check.setChecked(episode.rescue_steroid)
        self.epinephrine_check.setChecked(episode.rescue_epinephrine)
        self.emergency_check.setChecked(episode.rescue_emergency_visit)
        self.rescue_edit.setPlainText(episode.rescue_notes)
        self.notes_edit.setPlainText(episode.notes)

    # ----------------------------------------------------------------- when and how long

    def _when_chosen(self) -> None:
        moment = self.when_combo.currentData()
        if isinstance(moment, dt.datetime):
            self._quietly(self.start_edit, moment)
            self._duration_chosen()
            self._validate()

    def _duration_chosen(self) -> None:
        minutes = self.duration_combo.currentData()
        if minutes == OTHER:
            return
        self.ended_check.setChecked(minutes is not None)
        if minutes is not None:
            self._quietly(self.end_edit, self.start_edit.moment() + dt.timedelta(minutes=minutes))
        self._validate()

    def _start_edited(self) -> None:
        """A start typed by hand is "another time"; a chosen duration keeps its length."""
        self._show_other(self.when_combo)
        if isinstance(self.duration_combo.currentData(), int):
            self._duration_chosen()

    def _end_edited(self) -> None:
        self._show_other(self.duration_combo)

    def _show_other(self, combo: QComboBox) -> None:
        combo.blockSignals(True)
        combo.setCurrentIndex(combo.findData(OTHER))
        combo.blockSignals(False)

    def _quietly(self, edit: MomentEdit, moment: dt.datetime) -> None:
        edit.blockSignals(True)
        edit.set_moment(moment)
        edit.blockSignals(False)

    def _tick_kind_symptom(self) -> None:
        """Tick the symptom the kind names (a flush is flushing), once: the parent may untick it."""
        if self.episode_id is not None:
            return
        wanted = KIND_SYMPTOM.get(self.kind_combo.currentData())
        for row in range(self.symptom_list.count()):
            item = self.symptom_list.item(row)
            key = item.data(Qt.ItemDataRole.UserRole)
            if key == self._auto_symptom and key != wanted:
                item.setCheckState(Qt.CheckState.Unchecked)
            if key == wanted:
                item.setCheckState(Qt.CheckState.Checked)
        self._auto_symptom = wanted

    # ----------------------------------------------------------------- triggers

    def _new_trigger_changed(self) -> None:
        self.add_trigger_button.setEnabled(bool(self.new_trigger_edit.text().strip()))

    def add_new_trigger(self) -> None:
        """Tick the typed trigger, adding it to the list when the child does not have it yet.

        It is written to the diary with the episode, so Cancel leaves the trigger list as it was.
        """
        text = self.new_trigger_edit.text().strip()
        if not text:
            return
        for row in range(self.trigger_list.count()):
            item = self.trigger_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole).casefold() == text.casefold():
                break
        else:
            item = _checkable(text, text, True)
            self.trigger_list.addItem(item)
        item.setCheckState(Qt.CheckState.Checked)
        self.trigger_list.scrollToItem(item)
        self.new_trigger_edit.clear()
        self.new_trigger_edit.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the new-trigger field adds the trigger instead of saving the dialog."""
        is_key = watched is self.new_trigger_edit and event.type() == QEvent.Type.KeyPress
        if is_key and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.add_new_trigger()
            return True
        return super().eventFilter(watched, event)

    # ----------------------------------------------------------------- checking and saving

    def problems(self, now: dt.datetime | None = None) -> dict[str, str]:
        """Why the input cannot be saved, by field (empty when it can)."""
        now = now or dt.datetime.now(dt.UTC)
        found: dict[str, str] = {}
        start = self.start_edit.moment()
        if start > now + FUTURE_TOLERANCE:
            found["started_at"] = self.tr("The start is in the future: check the date and time.")
        if self.ended_check.isChecked():
            end = self.end_edit.moment()
            if end < start:
                found["ended_at"] = fill_in(
                    self.tr("The end is before the start (%1): choose a later end."),
                    moment_text(start),
                )
            elif end > now + FUTURE_TOLERANCE:
                found["ended_at"] = self.tr(
                    "The end is in the future: untick “It has ended” if it is still going on."
                )
        return found

    def field_messages(self) -> dict[str, FieldMessage]:
        return {"started_at": self.start_message, "ended_at": self.end_message}

    def _validate(self) -> None:
        ended = self.ended_check.isChecked()
        self.end_edit.setEnabled(ended)
        minutes = self.duration_combo.currentData()
        if minutes != OTHER and (minutes is None) == ended:  # the tick says otherwise
            self._show_other(self.duration_combo)
        if not ended:  # an end ticked later starts from the start time, not from a stale value
            self.end_edit.blockSignals(True)
            self.end_edit.set_moment(self.start_edit.moment())
            self.end_edit.blockSignals(False)
        self.show_state(self.problems())
        self._show_kind_hint()

    def _show_kind_hint(self) -> None:
        anaphylaxis = self.kind_combo.currentData() == EpisodeKind.ANAPHYLAXIS
        if anaphylaxis and not self.epinephrine_check.isChecked():
            self.kind_message.show_warning(
                self.tr("Anaphylaxis: tick the epinephrine auto-injector below if it was used.")
            )
        else:
            self.kind_message.clear_message()

    def episode_input(self) -> EpisodeInput:
        return EpisodeInput(
            started_at=self.start_edit.moment(),
            ended_at=self.end_edit.moment() if self.ended_check.isChecked() else None,
            kind=self.kind_combo.currentData(),
            severity=self.severity_combo.currentData(),
            symptom_keys=_checked(self.symptom_list),
            trigger_labels=_checked(self.trigger_list),
            antihistamine=self.antihistamine_check.isChecked(),
            steroid=self.steroid_check.isChecked(),
            epinephrine=self.epinephrine_check.isChecked(),
            emergency_visit=self.emergency_check.isChecked(),
            rescue_notes=self.rescue_edit.toPlainText().strip(),
            notes=self.notes_edit.toPlainText().strip(),
        )

    def write(self) -> None:
        data = self.episode_input()
        episodes.log_episode(
            self.diary,
            self.child_id,
            data.started_at,
            data.kind,
            data.severity,
            ended_at=data.ended_at,
            symptom_keys=data.symptom_keys,
            trigger_labels=data.trigger_labels,
            antihistamine=data.antihistamine,
            steroid=data.steroid,
            epinephrine=data.epinephrine,
            emergency_visit=data.emergency_visit,
            rescue_notes=data.rescue_notes,
            notes=data.notes,
            episode_id=self.episode_id,
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        diary: Diary,
        child_id: int,
        started_at: dt.datetime | None = None,
        episode_id: int | None = None,
    ) -> bool:
        """Show the dialog; True when the episode was saved."""
        return cls(diary, child_id, started_at, episode_id, parent).saved()
