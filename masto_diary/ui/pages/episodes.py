"""Episodes: every flush, itch, GI or anaphylaxis episode of the child, newest first.

The doctor asks which triggers remain and how often rescue treatment was needed, so the list
shows triggers and rescue at a glance; anaphylaxis and epinephrine are marked with a sign and
words, not only with colour.
"""

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from masto_diary.enums import EpisodeKind, Severity
from masto_diary.errors import DiaryError
from masto_diary.services import episodes
from masto_diary.storage import Diary
from masto_diary.storage.read_model import EpisodeRecord
from masto_diary.ui.colours import readable
from masto_diary.ui.dialogs.episode_dialog import EpisodeDialog
from masto_diary.ui.dialogs.medication_dialog import confirm_delete
from masto_diary.ui.pages.base import ListPage, page_title, show_refusal
from masto_diary.ui.table_model import RowTableModel
from masto_diary.ui.widgets.buddy import buddy_label
from masto_diary.ui.widgets.episode_form import moment_text
from masto_diary.words.labels import EPISODE_KIND_LABELS, SEVERITY_LABELS, label
from masto_diary.words.sentence import fill_in
from masto_diary.words.symptom_texts import symptom_label, trigger_label

ALARM_COLOUR = QColor("#b3261e")
WARNING_SIGN = "⚠"
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


def duration_text(model: QAbstractTableModel, episode: EpisodeRecord) -> str:
    """ "25 min", "2 h 30 min", or "—" when the end was not recorded."""
    if episode.ended_at is None:
        return "—"
    minutes = int((episode.ended_at - episode.started_at).total_seconds() // 60)
    hours, rest = divmod(minutes, 60)
    if hours == 0:
        return fill_in(_model_tr("%1 min"), rest)
    if rest == 0:
        return fill_in(_model_tr("%1 h"), hours)
    return fill_in(_model_tr("%1 h %2 min"), hours, rest)


def _model_tr(text: str) -> str:
    return QCoreApplication.translate("EpisodeTableModel", text)


class EpisodeTableModel(RowTableModel[EpisodeRecord]):
    """One row per episode, newest first (as the service gives them); no widget needed."""

    COLUMNS = ("when", "lasted", "kind", "severity", "triggers", "rescue")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._headers = (
            self.tr("Started"),
            self.tr("Lasted"),
            self.tr("Kind"),
            self.tr("Severity"),
            self.tr("Triggers"),
            self.tr("Rescue treatment"),
        )

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        episode = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(episode, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(episode, column)
        alarming = self.is_alarming(episode, column)
        if role == Qt.ItemDataRole.ForegroundRole and alarming:
            return QBrush(readable(ALARM_COLOUR))
        if role == Qt.ItemDataRole.FontRole and (alarming or self._severe(episode, column)):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return episode.id
        return None

    @staticmethod
    def is_alarming(episode: EpisodeRecord, column: str) -> bool:
        """Anaphylaxis (kind column) and epinephrine (rescue column) stand out."""
        if column == "kind":
            return EpisodeKind(episode.kind) is EpisodeKind.ANAPHYLAXIS
        if column == "rescue":
            return episode.rescue_epinephrine
        return False

    @staticmethod
    def _severe(episode: EpisodeRecord, column: str) -> bool:
        return column == "severity" and Severity(episode.severity) is Severity.SEVERE

    def text(self, episode: EpisodeRecord, column: str) -> str:
        if column == "when":
            return moment_text(episode.started_at)
        if column == "lasted":
            return duration_text(self, episode)
        if column == "kind":
            name = label(EPISODE_KIND_LABELS, EpisodeKind(episode.kind))
            return f"{WARNING_SIGN} {name}" if self.is_alarming(episode, column) else name
        if column == "severity":
            return label(SEVERITY_LABELS, Severity(episode.severity))
        if column == "triggers":
            return ", ".join(trigger_label(t) for t in episode.triggers) or "—"
        return self.rescue_text(episode)

    def rescue_text(self, episode: EpisodeRecord) -> str:
        parts = []
        if episode.rescue_epinephrine:
            parts.append(f"{WARNING_SIGN} " + self.tr("EPINEPHRINE"))
        if episode.rescue_emergency_visit:
            parts.append(self.tr("emergency visit"))
        if episode.rescue_antihistamine:
            parts.append(self.tr("extra antihistamine"))
        if episode.rescue_steroid:
            parts.append(self.tr("steroid"))
        if episode.rescue_notes and not parts:
            parts.append(episode.rescue_notes)
        return ", ".join(parts) or self.tr("none")

    def _tooltip(self, episode: EpisodeRecord, column: str) -> str | None:
        if column == "rescue" and episode.rescue_notes:
            return episode.rescue_notes
        if column == "when" and episode.notes:
            return episode.notes
        if column == "kind" and episode.symptoms:
            return fill_in(
                self.tr("Symptoms: %1"),
                ", ".join(symptom_label(s.key, s.label) for s in episode.symptoms),
            )
        return None


class EpisodesPage(ListPage):
    """The list of episodes with a kind filter; new, edit and delete."""

    def __init__(self, diary: Diary, parent: QWidget | None = None):
        super().__init__(diary, parent)
        self.setObjectName("episodesPage")
        self.model = EpisodeTableModel(self)
        self._build()
        self._update_buttons()

    def _build(self) -> None:
        title = page_title(self.tr("Episodes"), "episodesTitle")
        self.kind_filter = QComboBox(objectName="episodesKindFilter")
        self.kind_filter.setAccessibleName(self.tr("Show episodes of kind"))
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind in EpisodeKind:
            self.kind_filter.addItem(label(EPISODE_KIND_LABELS, kind), kind)
        filter_label = buddy_label(self.tr("&Show:"), self.kind_filter)
        self.count_label = QLabel(objectName="episodesCount")
        self.empty_label = QLabel(objectName="episodesEmpty")
        self.empty_label.setWordWrap(True)
        self.table = self.list_table(
            "episodesTable",
            self.tr("Episodes, newest first"),
            self.model,
            stretch=[self.model.COLUMNS.index(c) for c in ("triggers", "rescue")],
        )
        self.new_button = self.list_button(
            self.tr("&New episode…"), "episodesNew", self.new_episode
        )
        self.new_button.setToolTip(self.tr("Record an episode (Ctrl+N)"))
        self.edit_button = self.list_button(self.tr("&Edit…"), "episodesEdit", self.edit_selected)
        self.delete_button = self.list_button(
            self.tr("&Delete…"), "episodesDelete", self.delete_selected
        )
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(filter_label)
        top.addWidget(self.kind_filter)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        hint = QLabel(
            self.tr("Double-click an episode (or press Enter) to edit it; Delete removes it."),
            objectName="episodesHint",
        )
        layout.addWidget(hint)
        self.kind_filter.currentIndexChanged.connect(lambda _index: self.refresh())
        self.new_key(self.new_episode)
        QWidget.setTabOrder(self.kind_filter, self.new_button)
        QWidget.setTabOrder(self.delete_button, self.table)

    # ----------------------------------------------------------------- data

    def refresh(self) -> None:
        selected = self.selected_episode_id()
        rows = []
        if self.child_id is not None:
            rows = episodes.list_episodes(self.diary, self.child_id, self.kind_filter.currentData())
        self.model.set_rows(rows)
        self._show_counts()
        if selected is not None:
            self.select_episode(selected)
        self._update_buttons()

    def _show_counts(self) -> None:
        count = self.model.rowCount()
        self.count_label.setText(
            self.tr("1 episode") if count == 1 else fill_in(self.tr("%1 episodes"), count)
        )
        if self.child_id is None:
            empty = self.tr("Add a child on the Overview page to record episodes.")
        elif self.kind_filter.currentData() is not None:
            empty = self.tr("No episode of this kind recorded.")
        else:
            empty = self.tr("No episode recorded yet. Press “New episode” when one happens.")
        self.empty_label.setText(empty)
        self.show_empty(self.empty_label, count == 0)

    def _update_buttons(self) -> None:
        has_child = self.child_id is not None
        selected = self.selected_episode_id() is not None
        self.new_button.setEnabled(has_child)
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

    def selected_episode_id(self) -> int | None:
        row = self.chosen_row(self.table)
        return None if row is None else self.model.record(row).id

    def select_episode(self, episode_id: int) -> bool:
        return self.show_row(self.table, self.model.row_of(episode_id))

    def open_with(self, argument: Any) -> None:
        """``argument`` is an episode id (e.g. from History): show and select it."""
        if isinstance(argument, int) and not self.select_episode(argument):
            self.kind_filter.setCurrentIndex(0)
            self.select_episode(argument)

    # ----------------------------------------------------------------- actions

    def new_episode(self, started_at: dt.datetime | None = None) -> bool:
        if self.child_id is None:
            return False
        return self.after_change(EpisodeDialog.ask(self, self.diary, self.child_id, started_at))

    def edit_selected(self) -> bool:
        episode_id = self.selected_episode_id()
        if episode_id is None or self.child_id is None:
            return False
        saved = EpisodeDialog.ask(self, self.diary, self.child_id, episode_id=episode_id)
        return self.after_change(saved, lambda: self.select_episode(episode_id))

    def delete_selected(self) -> bool:
        episode_id = self.selected_episode_id()
        if episode_id is None:
            return False
        episode = self.model.record(self.model.row_of(episode_id))
        question = self.tr("Delete the %1 episode of %2?")
        question = fill_in(
            question,
            label(EPISODE_KIND_LABELS, EpisodeKind(episode.kind)).lower(),
            moment_text(episode.started_at),
        )
        if not confirm_delete(self, self.tr("Delete episode"), question):
            return False
        try:
            episodes.delete_episode(self.diary, episode_id)
        except DiaryError as error:
            show_refusal(self, self.tr("Episode not deleted"), error)
            return False
        return self.after_change(True)
