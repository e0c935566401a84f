"""Today: the evening entry of one child for one diary day, made with the keyboard alone.

Keyboard (the page opens with the first symptom focused):

* ``0``–``3`` score the focused symptom and move to the next one; after the last symptom the
  focus goes to wellbeing.  So a whole evening is 14 digits and ``Ctrl+S``.
* ``↑``/``↓`` move between symptoms, ``←``/``→`` lower/raise a score, ``Delete`` clears it
  ("not recorded", never 0).
* ``Ctrl+S`` saves, ``Ctrl+D`` copies the previous entry's scores (not saved until Ctrl+S),
  ``Ctrl+E`` records an episode now, ``Alt+←``/``Alt+→`` change the day.

Start-up opens this page, so everything shown is read with plain SQL (the ``read_*`` services);
only saving and deleting import the ORM.  Before 04:00 the page opens on the previous day: an
entry written after midnight describes the evening before.  Any past day can be opened; no
future day.  Unsaved changes are never dropped silently: leaving the day, the child, the page
or the app asks Save / Discard / Cancel.
"""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from masto_diary.enums import Reporter
from masto_diary.services import calendar, entries
from masto_diary.services.entries import EntryRecord, SymptomRecord
from masto_diary.services.schedule import InjectionStatus
from masto_diary.services.symptom_scale import level_descriptions
from masto_diary.storage import Diary
from masto_diary.ui.colours import readable
from masto_diary.ui.formatting import (
    date_format,
    fill_combo,
    from_qdate,
    long_date,
    short_date,
    to_qdate,
)
from masto_diary.ui.pages.base import Page, page_shortcut
from masto_diary.ui.questionnaire_offer import QuestionnaireOffer
from masto_diary.ui.widgets.announce import announce
from masto_diary.ui.widgets.buddy import buddy_label
from masto_diary.ui.widgets.score_row import ScoreRow
from masto_diary.ui.widgets.spoken_fields import DateField
from masto_diary.words.core_sentences import translate_core
from masto_diary.words.labels import REPORTER_LABELS, SITE_LABELS, label
from masto_diary.words.sentence import fill_in
from masto_diary.words.symptom_texts import symptom_label

ERROR_COLOUR = "#b3261e"
NOTES_MAX = 10_000
SLEEP_SYMPTOM = "sleep"  # "Poor sleep" asks what the "Sleep disturbed" box would ask again
NOTES_LINES = 3
NO_WELLBEING = -1  # the spin box's "not recorded" value
SHORT = QLocale.FormatType.ShortFormat


def local_now() -> dt.datetime:
    """The moment in local time (aware); tests give the page a clock of their own."""
    return dt.datetime.now().astimezone()


@dataclass(frozen=True)
class FormState:
    """Everything the form shows, to tell unsaved changes from a form that was edited back."""

    scores: tuple[tuple[str, int | None], ...]
    wellbeing: int | None
    school_missed: bool
    sleep_disturbed: bool
    reported_by: Reporter
    notes: str


class TodayPage(Page):
    def __init__(
        self,
        diary: Diary,
        parent: QWidget | None = None,
        clock: Callable[[], dt.datetime] | None = None,
    ):
        super().__init__(diary, parent)
        self.setObjectName("todayPage")
        self.clock = clock or local_now
        self.day = entries.diary_day(self.clock())
        self.rows: list[ScoreRow] = []
        self._symptoms: list[SymptomRecord] = []
        self._loaded: EntryRecord | None = None
        self._baseline: FormState | None = None
        self._hidden_scores: dict[str, int] = {}
        self._loading = False
        self._saved_at: dt.datetime | None = None
        self._build()
        self._add_shortcuts()
        self._load()

    # ----------------------------------------------------------------- building

    def _build(self) -> None:
        self.no_child_label = QLabel(
            self.tr("No child in this diary yet. Add a child on the Overview page to start."),
            objectName="todayNoChild",
        )
        self.no_child_label.setWordWrap(True)
        self.body = QWidget(objectName="todayBody")
        layout = QVBoxLayout(self)
        layout.addWidget(self.no_child_label)
        layout.addWidget(self.body, 1)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(self._build_header())
        body.addWidget(self._build_banner())
        self.questionnaire_offer = QuestionnaireOffer(self.body)
        body.addWidget(self.questionnaire_offer)
        body.addWidget(self._build_scroll(), 1)
        body.addWidget(self._build_day_fields())  # under the symptoms, never below the fold
        body.addLayout(self._build_actions())

    def _build_header(self) -> QVBoxLayout:
        self.date_label = QLabel(objectName="todayDate")
        font = self.date_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.date_label.setFont(font)
        # the date itself is what a screen reader says; the description says what it is
        self.date_label.setAccessibleDescription(self.tr("Day of this entry"))
        self.relative_label = QLabel(objectName="todayRelative")
        font = self.relative_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.relative_label.setFont(font)
        self.prev_button = self._push(self.tr("◀ &Previous day"), "todayPrevious")
        self.prev_button.setToolTip(self.tr("Open the day before (Alt+Left)"))
        self.next_button = self._push(self.tr("&Next day ▶"), "todayNext")
        self.next_button.setToolTip(self.tr("Open the day after (Alt+Right)"))
        self.today_button = self._push(self.tr("T&oday"), "todayLatest")
        self.today_button.setToolTip(self.tr("Open this evening's entry"))
        self.date_edit = DateField(objectName="todayDatePicker", calendarPopup=True)
        self.date_edit.setAccessibleName(self.tr("Go to day"))
        self.date_edit.setMinimumDate(QDate(1990, 1, 1))
        self.date_edit.setDisplayFormat(date_format())
        picker_label = buddy_label(self.tr("Go to &day:"), self.date_edit)
        self.prev_button.clicked.connect(lambda: self.step_day(-1))
        self.next_button.clicked.connect(lambda: self.step_day(1))
        self.today_button.clicked.connect(lambda: self.go_to_day(entries.diary_day(self.clock())))
        # Typed dates count when typing ends; a date picked in the popup counts at once.
        self.date_edit.editingFinished.connect(self._date_picked)
        self.date_edit.dateChanged.connect(self._date_changed)
        title = QHBoxLayout()
        title.addWidget(self.date_label)
        title.addSpacing(12)
        title.addWidget(self.relative_label, 0, Qt.AlignmentFlag.AlignBaseline)
        title.addStretch(1)
        moves = QHBoxLayout()
        for widget in (self.prev_button, self.next_button, self.today_button):
            moves.addWidget(widget)
        moves.addSpacing(16)
        moves.addWidget(picker_label)
        moves.addWidget(self.date_edit)
        moves.addStretch(1)
        self.night_hint = QLabel(objectName="todayNightHint")
        self.night_hint.setWordWrap(True)
        header = QVBoxLayout()
        header.addLayout(title)
        header.addLayout(moves)
        header.addWidget(self.night_hint)
        return header

    def _build_banner(self) -> QLabel:
        self.banner = QLabel(objectName="injectionBanner")
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setContentsMargins(8, 6, 8, 6)
        font = self.banner.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.banner.setFont(font)
        self.banner.setWordWrap(True)
        self.banner.setAccessibleDescription(self.tr("Injection status"))
        return self.banner

    def _build_scroll(self) -> QScrollArea:
        # no buddy: a buddy would label the first row "Symptoms this day" instead of "Itching"
        self.symptoms_title = QLabel(self.tr("Symptoms this day"), objectName="symptomsTitle")
        font = self.symptoms_title.font()
        font.setBold(True)
        self.symptoms_title.setFont(font)
        keys_hint = QLabel(
            self.tr(
                "Alt+M: the symptoms · ↑/↓ choose one · 0–3 score it and go on · ←/→ change · "
                "Delete: not recorded · Ctrl+S save"
            ),
            objectName="symptomsKeys",
        )
        keys_hint.setWordWrap(True)
        keys_hint.setEnabled(False)  # drawn in the palette's muted text colour
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setSpacing(0)
        symptoms = QVBoxLayout()
        symptoms.addWidget(self.symptoms_title)
        symptoms.addWidget(keys_hint)
        symptoms.addLayout(self.rows_layout)
        symptoms.addStretch(1)
        content = QWidget(objectName="todayContent")
        content.setLayout(symptoms)
        self.scroll = QScrollArea(objectName="todayScroll")
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a silent Tab stop after Save
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(content)
        return self.scroll

    def _build_day_fields(self) -> QGroupBox:
        """Wellbeing, school, sleep, who reported and notes: a compact box that stays on screen
        under the scrolling symptoms at every window size (1024×640 and 150 % scaling too)."""
        box = QGroupBox(self.tr("The day"), objectName="dayFields")
        self.wellbeing_spin = QSpinBox(objectName="wellbeing")
        self.wellbeing_spin.setAccessibleName(self.tr("Wellbeing"))
        self.wellbeing_spin.setAccessibleDescription(self.tr("0 is the worst day, 10 the best."))
        self.wellbeing_spin.setToolTip(self.tr("Wellbeing: 0 is the worst day, 10 the best."))
        self.wellbeing_spin.setRange(NO_WELLBEING, 10)
        self.wellbeing_spin.setSpecialValueText(self.tr("not recorded"))
        self.wellbeing_spin.setSuffix(self.tr(" of 10"))
        self.school_check = QCheckBox(self.tr("&School or nursery missed"), objectName="school")
        self.school_check.setAccessibleName(self.tr("School or nursery missed"))
        self.sleep_check = QCheckBox(self.tr("Sleep dist&urbed"), objectName="sleepDisturbed")
        self.sleep_check.setAccessibleName(self.tr("Sleep disturbed"))
        self.reporter_combo = QComboBox(objectName="reportedBy")
        self.reporter_combo.setAccessibleName(self.tr("Reported by"))
        fill_combo(self.reporter_combo, REPORTER_LABELS)
        self.notes_edit = QPlainTextEdit(objectName="notes")
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setPlaceholderText(self.tr("What happened, triggers, extra doses…"))
        self.notes_edit.setFixedHeight(
            self.notes_edit.fontMetrics().lineSpacing() * NOTES_LINES + 12
        )
        self.notes_error = self._error_label("notesError")
        grid = QGridLayout(box)
        grid.setContentsMargins(8, 4, 8, 4)
        grid.setVerticalSpacing(2)
        grid.addWidget(buddy_label(self.tr("&Wellbeing:"), self.wellbeing_spin), 0, 0)
        anchors = QLabel(self.tr("0 worst day, 10 best"), objectName="wellbeingAnchors")
        anchors.setBuddy(self.wellbeing_spin)
        spin_row = QHBoxLayout()
        spin_row.addWidget(self.wellbeing_spin)
        spin_row.addSpacing(6)
        spin_row.addWidget(anchors)
        spin_row.addStretch(1)
        grid.addLayout(spin_row, 0, 1)
        checks = QHBoxLayout()
        checks.addWidget(self.school_check)
        checks.addWidget(self.sleep_check)
        checks.addStretch(1)
        grid.addLayout(checks, 1, 0, 1, 2)
        grid.addWidget(buddy_label(self.tr("&Reported by:"), self.reporter_combo), 2, 0)
        grid.addWidget(self.reporter_combo, 2, 1)
        grid.addWidget(buddy_label(self.tr("No&tes:"), self.notes_edit), 0, 2)
        grid.addWidget(self.notes_edit, 0, 3, 3, 1)
        grid.addWidget(self.notes_error, 3, 0, 1, 4)
        grid.setColumnStretch(3, 1)
        self.wellbeing_spin.valueChanged.connect(self._changed)
        self.school_check.toggled.connect(self._changed)
        self.sleep_check.toggled.connect(self._changed)
        self.reporter_combo.currentIndexChanged.connect(self._changed)
        self.notes_edit.textChanged.connect(self._changed)
        return box

    def _build_actions(self) -> QHBoxLayout:
        self.same_button = self._push(self.tr("Same as &yesterday"), "sameAsYesterday")
        self.same_button.setToolTip(
            self.tr("Copy the scores of the last entry before this day (Ctrl+D); save to keep them")
        )
        self.episode_button = self._push(self.tr("&Episode now…"), "episodeNow")
        self.episode_button.setToolTip(self.tr("Record a flush, itch or other episode (Ctrl+E)"))
        self.delete_button = self._push(self.tr("De&lete entry…"), "deleteEntry")
        self.delete_button.setToolTip(self.tr("Delete this day's entry"))
        self.save_button = self._push(self.tr("Sa&ve"), "saveEntry")
        self.status_label = QLabel(objectName="saveStatus")
        self.status_label.setAccessibleDescription(self.tr("Save status"))
        self.error_label = self._error_label("todayError")
        self.same_button.clicked.connect(self.copy_previous)
        self.episode_button.clicked.connect(self.episode_now)
        self.delete_button.clicked.connect(self.delete_entry)
        self.save_button.clicked.connect(self.save)
        actions = QHBoxLayout()
        for button in (self.same_button, self.episode_button, self.delete_button):
            actions.addWidget(button)
        actions.addSpacing(12)
        actions.addWidget(self.error_label, 1)
        actions.addWidget(self.status_label)
        actions.addWidget(self.save_button)
        return actions

    def _push(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, objectName=name)
        button.setAccessibleName(text.replace("&", "").strip("◀▶ "))
        return button

    def _error_label(self, name: str) -> QLabel:
        error = QLabel(objectName=name)
        error.setStyleSheet(f"color: {readable(ERROR_COLOUR).name()};")
        error.setWordWrap(True)
        return error

    def _add_shortcuts(self) -> None:
        bindings: tuple[tuple[Any, Callable[[], Any]], ...] = (
            (QKeySequence.StandardKey.Save, self.save),
            ("Alt+Left", lambda: self.step_day(-1)),
            ("Alt+Right", lambda: self.step_day(1)),
            ("Ctrl+D", self.copy_previous),
            ("Ctrl+E", self.episode_now),
            ("Alt+M", lambda: self.focus_row(0)),  # the symptoms, as the keys hint says
        )
        for keys, slot in bindings:
            page_shortcut(self, keys, slot)

    def showEvent(self, event: QShowEvent) -> None:
        """Coming to the page puts the keyboard on the first symptom, ready for digits.

        Whether the keyboard came from outside is decided now: a moment later the page stack
        has moved it from the page that was left onto this page's first button (◀)."""
        super().showEvent(event)
        focus = QApplication.focusWidget()
        if focus is None or not self.isAncestorOf(focus):
            QTimer.singleShot(0, self._focus_first_row)

    def _focus_first_row(self) -> None:
        if self.isVisible():
            self.focus_row(0)

    # ----------------------------------------------------------------- rows

    def _build_rows(self, symptoms: list[SymptomRecord]) -> None:
        """One :class:`ScoreRow` per active symptom; kept when the symptom list is the same."""
        if [(s.key, s.label, s.scale_max) for s in symptoms] == [
            (s.key, s.label, s.scale_max) for s in self._symptoms
        ]:
            return
        for row in self.rows:
            self.rows_layout.removeWidget(row)
            row.deleteLater()
        self._symptoms = symptoms
        self.rows = []
        for index, symptom in enumerate(symptoms):
            row = ScoreRow(
                symptom.key,
                symptom_label(symptom.key, symptom.label),
                symptom.scale_max,
                level_descriptions(symptom.key),
            )
            row.score_changed.connect(self._changed)
            row.advance_requested.connect(lambda delta, i=index: self.focus_row(i + delta))
            self.rows_layout.addWidget(row)
            self.rows.append(row)
        # the "Poor sleep" score asks it already; the box stays for a set without it
        self.sleep_check.setVisible(SLEEP_SYMPTOM not in {s.key for s in symptoms})
        self._chain_tab_order()

    def _chain_tab_order(self) -> None:
        chain = [self.prev_button, self.date_edit, self.next_button, self.today_button]
        chain += self.rows
        chain += [self.wellbeing_spin, self.school_check, self.sleep_check, self.reporter_combo]
        chain += [self.notes_edit, self.same_button, self.episode_button, self.delete_button]
        chain += [self.save_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def focus_row(self, index: int) -> None:
        """Focus symptom ``index``; past the last one the keyboard goes on to wellbeing."""
        if index >= len(self.rows):
            self.wellbeing_spin.setFocus(Qt.FocusReason.TabFocusReason)  # selects its text
            self.scroll.ensureWidgetVisible(self.wellbeing_spin)
            return
        row = self.rows[max(0, index)]
        row.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scroll.ensureWidgetVisible(row, 0, 8)

    # ----------------------------------------------------------------- form state

    def _state(self) -> FormState:
        wellbeing = self.wellbeing_spin.value()
        return FormState(
            scores=tuple((row.key, row.score()) for row in self.rows),
            wellbeing=None if wellbeing == NO_WELLBEING else wellbeing,
            school_missed=self.school_check.isChecked(),
            sleep_disturbed=self.sleep_check.isChecked(),
            reported_by=self.reporter_combo.currentData(),
            notes=self.notes_edit.toPlainText().strip(),
        )

    def _apply(self, state: FormState) -> None:
        """Show ``state`` in the widgets without counting it as an edit."""
        self._loading = True
        try:
            scores = dict(state.scores)
            for row in self.rows:
                row.set_score(scores.get(row.key))
            self.wellbeing_spin.setValue(
                NO_WELLBEING if state.wellbeing is None else state.wellbeing
            )
            self.school_check.setChecked(state.school_missed)
            self.sleep_check.setChecked(state.sleep_disturbed)
            self.reporter_combo.setCurrentIndex(self.reporter_combo.findData(state.reported_by))
            if self.notes_edit.toPlainText().strip() != state.notes:
                self.notes_edit.setPlainText(state.notes)
        finally:
            self._loading = False
        self._changed()

    def _state_of(self, record: EntryRecord | None) -> FormState:
        scores = record.scores if record is not None else {}
        record = record or EntryRecord(child_id=self.child_id or 0, date=self.day)
        return FormState(
            scores=tuple((row.key, scores.get(row.key)) for row in self.rows),
            wellbeing=record.wellbeing,
            school_missed=record.school_missed,
            sleep_disturbed=record.sleep_disturbed,
            reported_by=record.reported_by,
            notes=record.notes.strip(),
        )

    def is_dirty(self) -> bool:
        return self.child_id is not None and self._state() != self._baseline

    def problem(self) -> str:
        """The reason the form cannot be saved, as a sentence; empty when it can."""
        length = len(self.notes_edit.toPlainText().strip())
        if length > NOTES_MAX:
            return fill_in(
                self.tr("Notes: at most %1 characters, now %2."), f"{NOTES_MAX:,}", f"{length:,}"
            )
        return ""

    def _changed(self, *_args) -> None:
        if self._loading:
            return
        if self.is_dirty():
            self._saved_at = None
        problem = self.problem()
        self.notes_error.setText(problem)
        self.error_label.setText(problem)
        self.save_button.setEnabled(self.child_id is not None and not problem)
        self.save_button.setToolTip(problem or self.tr("Save this day (Ctrl+S)"))
        self._update_status()

    def _update_status(self) -> None:
        if self.child_id is None:
            text = ""
        elif self.is_dirty():
            text = self.tr("● Not saved yet")
        elif self._saved_at is not None:
            text = fill_in(self.tr("✓ Saved at %1"), self._saved_at.strftime("%H:%M"))
        elif self._loaded is not None:
            text = self.tr("Saved")
        else:
            text = self.tr("No entry for this day yet")
        self.status_label.setText(text)

    # ----------------------------------------------------------------- loading

    def set_child(self, child_id: int | None) -> None:
        """The window asked :meth:`can_leave` before switching; the day stays the same.

        The same child again (the window puts the switcher back after Cancel) keeps the edits.
        """
        if child_id == self.child_id:
            self.refresh()
            return
        self.child_id = child_id
        self._saved_at = None
        self._load()

    def refresh(self) -> None:
        """Reload after another page changed data; unsaved edits in the form are kept."""
        pending = self._state() if self.is_dirty() else None
        self._load()
        if pending is not None:
            self._apply(pending)

    def open_with(self, argument: Any) -> None:
        """History (or anything else) opens a day here."""
        if isinstance(argument, dt.datetime):
            argument = argument.astimezone().date()
        if isinstance(argument, dt.date):
            self.go_to_day(argument)

    def _load(self) -> None:
        """Read the symptoms, the day's entry and the injection status, and show them."""
        has_child = self.child_id is not None
        self.no_child_label.setVisible(not has_child)
        self.body.setVisible(has_child)
        self._update_header()
        if not has_child:
            self._build_rows([])
            self._loaded, self._baseline = None, None
            return
        self._build_rows(entries.read_symptoms(self.diary, self.child_id))
        self._loaded = entries.read_day(self.diary, self.child_id, self.day)
        keys = {row.key for row in self.rows}
        scores = self._loaded.scores if self._loaded else {}
        self._hidden_scores = {k: v for k, v in scores.items() if k not in keys}
        self._baseline = self._state_of(self._loaded)
        self._apply(self._baseline)
        self.delete_button.setEnabled(self._loaded is not None)
        self._update_banner()
        self.questionnaire_offer.show_for(self.diary, self.child_id, self._latest_day())

    def _latest_day(self) -> dt.date:
        """No future days: the latest day is the local calendar date (after midnight too)."""
        return self.clock().date()

    def _update_header(self) -> None:
        latest = self._latest_day()
        self.date_label.setText(long_date(self.day))
        self.relative_label.setText(self.relative_words(self.day, latest))
        self.next_button.setEnabled(self.day < latest)
        self.date_edit.blockSignals(True)
        self.date_edit.setMaximumDate(to_qdate(latest))
        self.date_edit.setDate(to_qdate(self.day))
        self.date_edit.blockSignals(False)
        now = self.clock()
        after_midnight = now.date() != entries.diary_day(now) and self.day == entries.diary_day(now)
        self.night_hint.setText(
            self.tr(
                "It is after midnight: until 04:00 the diary is still on yesterday evening. "
                "Use Next day to write for the new day instead."
            )
            if after_midnight
            else ""
        )
        self.night_hint.setVisible(after_midnight)

    def relative_words(self, day: dt.date, today: dt.date) -> str:
        days = (today - day).days
        if days == 0:
            return self.tr("today")
        if days == 1:
            return self.tr("yesterday")
        return QCoreApplication.translate("TodayPage", "%n days ago", None, days)  # days ≥ 2 here

    def _update_banner(self) -> None:
        status = calendar.injection_status(self.diary, self.child_id, self._latest_day())
        text, overdue = self.banner_text(status, self._latest_day())
        self.banner.setText(text)
        # an overdue dose is the page's first Tab stop, read by its own words
        self.banner.setFocusPolicy(
            Qt.FocusPolicy.StrongFocus if overdue else Qt.FocusPolicy.NoFocus
        )
        if overdue:  # Qt leaves a widget that takes no focus out of setTabOrder
            QWidget.setTabOrder(self.banner, self.prev_button)
        style = f"color: {readable(ERROR_COLOUR).name()}; font-weight: bold;" if overdue else ""
        self.banner.setStyleSheet(f"QLabel#injectionBanner {{ {style} }}" if style else "")

    def banner_text(self, status: InjectionStatus, today: dt.date) -> tuple[str, bool]:
        """The banner's sentence and whether the dose is overdue (said in words, not colour)."""
        if status.next_due is None and status.last_given_on is None:
            return self.tr("No treatment plan or injection recorded yet."), False
        parts = []
        if status.last_given_on is None:
            parts.append(self.tr("No injection recorded yet"))
        else:
            last = {
                0: self.tr("Last injection today"),
                1: self.tr("Last injection yesterday"),
            }.get(status.days_since_last) or QCoreApplication.translate(
                "TodayPage", "Last injection %n days ago", None, status.days_since_last
            )
            if status.last_site is not None:
                last += f" ({label(SITE_LABELS, status.last_site)})"
            parts.append(last)
        if status.next_due is None:
            parts.append(self.tr("no current treatment plan"))
        elif status.overdue:
            overdue = (
                self.tr("⚠ OVERDUE by 1 day: it was due on %1")
                if status.overdue_days == 1
                else QCoreApplication.translate(
                    "TodayPage", "⚠ OVERDUE by %n days: it was due on %1", None, status.overdue_days
                )
            )
            parts.append(fill_in(overdue, short_date(status.next_due)))
        elif status.next_due == today:
            parts.append(self.tr("next dose due today"))
        else:
            days = (status.next_due - today).days
            due = (
                self.tr("next due %1 (tomorrow)")
                if days == 1
                else QCoreApplication.translate("TodayPage", "next due %1 (in %n days)", None, days)
            )
            parts.append(fill_in(due, short_date(status.next_due)))
        return " · ".join(parts), status.overdue

    # ----------------------------------------------------------------- days

    def step_day(self, delta: int) -> bool:
        return self.go_to_day(self.day + dt.timedelta(days=delta))

    def go_to_day(self, day: dt.date) -> bool:
        """Open ``day`` (never after today); False when the parent kept the current day."""
        day = min(day, self._latest_day())
        if day != self.day:
            if not self.can_leave():
                self._update_header()
                return False
            self.day = day
            self._saved_at = None
            self._load()
            if self.isVisible():
                announce(self, self.where())
        if self.isVisible():
            self.focus_row(0)
        return True

    def where(self) -> str:
        """The day shown, as a screen reader says it when the day changes."""
        return f"{long_date(self.day)}, {self.relative_words(self.day, self._latest_day())}"

    def _date_changed(self) -> None:
        if not self.date_edit.hasFocus():  # the calendar popup (or code), not typing
            self._date_picked()

    def _date_picked(self, *_args) -> None:
        picked = from_qdate(self.date_edit.date())
        if picked != self.day:
            self.go_to_day(picked)

    # ----------------------------------------------------------------- actions

    def save(self) -> bool:
        """Write the form as the day's entry (Ctrl+S); True when the day is saved."""
        if self.child_id is None:
            return False
        problem = self.problem()
        if problem:
            self._say_error(problem)
            return False
        if not self.is_dirty():
            self._say(self.tr("Nothing to save: no changes"))
            return True
        state = self._state()
        scores: dict[str, int | None] = {**self._hidden_scores, **dict(state.scores)}
        sleep_score = scores.get(SLEEP_SYMPTOM) if self.sleep_check.isHidden() else None
        sleep_disturbed = state.sleep_disturbed if sleep_score is None else sleep_score >= 1
        try:
            self._loaded = entries.save_entry(
                self.diary,
                self.child_id,
                self.day,
                scores,
                wellbeing=state.wellbeing,
                school_missed=state.school_missed,
                sleep_disturbed=sleep_disturbed,
                reported_by=state.reported_by,
                notes=state.notes,
            )
        except Exception as error:  # a sentence on screen, the form keeps every value
            self._say_error(fill_in(self.tr("Not saved: %1"), translate_core(error)))
            return False
        self._baseline = state
        self._saved_at = self.clock()
        self.delete_button.setEnabled(True)
        self.error_label.clear()
        self._update_status()
        announce(self, self.status_label.text())
        self.data_changed.emit()
        return True

    def copy_previous(self) -> bool:
        """Fill the scores and wellbeing from the nearest earlier entry (Ctrl+D); nothing is
        saved yet. School, sleep and notes belong to their own day and are not copied."""
        if self.child_id is None:
            return False
        previous = entries.read_previous(self.diary, self.child_id, self.day)
        if previous is None:
            self._say_error(self.tr("There is no earlier entry to copy."))
            return False
        current = self._state()
        scores = tuple((row.key, previous.scores.get(row.key)) for row in self.rows)
        self._apply(
            FormState(
                scores,
                previous.wellbeing if previous.wellbeing is not None else current.wellbeing,
                current.school_missed,
                current.sleep_disturbed,
                current.reported_by,
                current.notes,
            )
        )
        self.focus_row(0)
        self._say(
            fill_in(self.tr("Copied from %1: check, then save (Ctrl+S)"), short_date(previous.date))
        )
        return True

    def episode_now(self) -> bool:
        """Open the episode dialog starting now (Ctrl+E); True when an episode was saved."""
        if self.child_id is None:
            return False
        from masto_diary.ui.dialogs.episode_dialog import EpisodeDialog

        saved = EpisodeDialog.ask(self, self.diary, self.child_id, self.clock())
        if saved:
            self._say(self.tr("Episode saved"))
            self.data_changed.emit()
        return bool(saved)

    def delete_entry(self) -> bool:
        """Delete the day's entry after the parent confirmed; True when it was deleted."""
        if self.child_id is None or self._loaded is None:
            return False
        if not self.confirm_delete(self, long_date(self.day)):
            return False
        try:
            entries.delete_entry(self.diary, self.child_id, self.day)
        except Exception as error:
            self._say_error(fill_in(self.tr("Not deleted: %1"), translate_core(error)))
            return False
        self._saved_at = None
        self._load()
        self._say(self.tr("Entry deleted"))
        self.data_changed.emit()
        return True

    def _say(self, text: str) -> None:
        """A result on the status line, and said to a screen reader."""
        self.status_label.setText(text)
        announce(self, text)

    def _say_error(self, text: str) -> None:
        self.error_label.setText(text)
        announce(self, text)

    # ----------------------------------------------------------------- leaving

    def can_leave(self) -> bool:
        """Unsaved changes: ask Save / Discard / Cancel (Cancel keeps the parent here)."""
        if not self.is_dirty():
            return True
        answer = self.ask_unsaved(self, long_date(self.day))
        if answer == "save":
            return self.save()
        if answer == "discard":
            self._apply(self._baseline)
            return True
        return False

    @classmethod
    def ask_unsaved(cls, parent: QWidget | None, day_text: str) -> str:
        """ "save", "discard" or "cancel"; tests patch this one call."""
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            parent,
            _tr("Unsaved entry"),
            fill_in(_tr("The entry of %1 has changes that are not saved yet."), day_text),
            buttons.Save | buttons.Discard | buttons.Cancel,
            buttons.Save,
        )
        return {buttons.Save: "save", buttons.Discard: "discard"}.get(answer, "cancel")

    @classmethod
    def confirm_delete(cls, parent: QWidget | None, day_text: str) -> bool:
        """True when the parent confirmed deleting the day's entry; tests patch this call."""
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            parent,
            _tr("Delete entry"),
            fill_in(_tr("Delete every score and note of %1?"), day_text),
            buttons.Yes | buttons.Cancel,
            buttons.Cancel,
        )
        return answer == buttons.Yes


def _tr(text: str) -> str:
    return QCoreApplication.translate("TodayPage", text)
