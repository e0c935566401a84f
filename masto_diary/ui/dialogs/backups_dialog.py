"""File ▸ Backups…: every backup with its date, size and contents; back up now; restore.

Restoring closes the diary, keeps the current file as a ``before-restore`` backup, swaps the
chosen backup in atomically and opens it again; the window then reloads every page.
"""

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from masto_diary.errors import DiaryError
from masto_diary.storage import Diary
from masto_diary.storage.backups import (
    IMPORT_REASON_PREFIX,
    BackupInfo,
    RestoreResult,
    list_backups,
    make_backup,
    restore_backup,
)
from masto_diary.ui.formatting import short_date
from masto_diary.words.core_sentences import translate_core
from masto_diary.words.sentence import fill_in


def refresh_window(window, message: str = "") -> None:
    """After a restore or an import: every page reloads, the switcher lists the children anew."""
    window.reload_children()
    window.show_changes()  # every page built so far reloads (the Overview too)
    if message:
        window.statusBar().showMessage(message, 10_000)


def restore_in_place(diary: Diary, backup: Path) -> RestoreResult:
    """Close the diary, swap ``backup`` in (the current file kept first), open it again.

    The diary is open again afterwards whether the restore worked or raised its
    :class:`~masto_diary.errors.DiaryError`: the window goes on with one or the other file.
    """
    from masto_diary.sync.restore import restore_into

    shared = restore_into(diary, backup)  # a shared diary: ordinary changes that travel
    if shared is not None:
        return shared
    diary.close(keep_lock=True)
    try:
        return restore_backup(backup, diary.path)
    finally:
        diary.reopen()


def show_for(window) -> None:
    """Open the dialog for the main window's diary (File ▸ Backups…)."""
    dialog = BackupsDialog(window.diary, window)
    dialog.restored.connect(lambda message: refresh_window(window, message))
    dialog.exec()


class BackupsDialog(QDialog):
    restored = Signal(str)  # a sentence for the status bar

    COLUMNS = ("taken", "kind", "size", "children", "days", "last entry")

    def __init__(self, diary: Diary, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Backups"))
        self.resize(760, 420)
        self.diary = diary
        self.backups: list[BackupInfo] = []
        self._build()
        self.reload()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A backup is made each time the diary is opened or closed after a change. The "
                "last 10 are kept, and one for each month of the last two years."
            ),
            objectName="backupsIntro",
            wordWrap=True,
        )
        layout.addWidget(intro)
        self.table = QTableWidget(0, len(self.COLUMNS), objectName="backupsTable")
        self.table.setTabKeyNavigation(False)  # Tab goes on to the next control
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Taken"),
                self.tr("Made"),
                self.tr("Size"),
                self.tr("Children"),
                self.tr("Days"),
                self.tr("Last entry"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)
        self.status = QLabel("", objectName="backupsStatus", wordWrap=True)
        self.status.setAccessibleName(self.tr("Status"))
        layout.addWidget(self.status)
        layout.addLayout(self._buttons())

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("&Back up now"), objectName="backupNowButton")
        self.backup_button.setAccessibleName(self.tr("Back up now"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("&Restore…"), objectName="restoreButton")
        self.restore_button.setAccessibleName(self.tr("Restore the selected backup"))
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_clicked)
        close = QPushButton(self.tr("&Close"), objectName="closeButton")
        close.setAccessibleName(self.tr("Close"))
        close.clicked.connect(self.accept)
        row.addWidget(self.backup_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        row.addWidget(close)
        return row

    # ----------------------------------------------------------------- contents

    def reload(self) -> None:
        self.backups = list_backups(self.diary.data_dir)
        self.table.setRowCount(len(self.backups))
        for row, backup in enumerate(self.backups):
            for column, text in enumerate(self._cells(backup)):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        if not self.backups:
            self.status.setText(self.tr("There are no backups yet."))
        self._selection_changed()

    def _cells(self, backup: BackupInfo) -> list[str]:
        taken = f"{short_date(backup.taken_at.date())} {backup.taken_at:%H:%M:%S}"
        size = fill_in(self.tr("%1 KB"), f"{max(1, round(backup.size / 1024))}")
        if not backup.readable:
            return [taken, self.reason_text(backup.reason), size, "?", "?", self.tr("unreadable")]
        last = short_date(backup.last_entry) if backup.last_entry else "—"
        return [
            taken,
            self.reason_text(backup.reason),
            size,
            str(backup.children),
            str(backup.days),
            last,
        ]

    def reason_text(self, reason: str) -> str:
        if reason.startswith(IMPORT_REASON_PREFIX):
            imported = BackupInfo(Path(), dt.datetime.now(), reason, 0).imported_file
            return fill_in(self.tr("before the import of %1"), imported)
        if reason.startswith("before-upgrade"):
            return self.tr("before an upgrade")
        texts = {
            "open": self.tr("when opened"),
            "close": self.tr("when closed"),
            "manual": self.tr("by you"),
            "demo": self.tr("of the demo diary"),  # masto-diary demo (storage.backups)
            "before-restore": self.tr("before a restore"),
        }
        return texts.get(re.sub(r"-\d+$", "", reason), reason)  # "close-2": same microsecond

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    # ----------------------------------------------------------------- actions

    def back_up_now(self) -> None:
        try:
            made = make_backup(self.diary.path, "manual")
        except DiaryError as error:
            self.status.setText(translate_core(error))
            return
        self.reload()
        self.status.setText(fill_in(self.tr("Backup made and checked: %1"), made.name))

    def confirm(self, backup: BackupInfo) -> bool:
        """Ask before replacing the diary (tests replace this method)."""
        answer = QMessageBox.question(
            self,
            self.tr("Restore this backup?"),
            fill_in(
                self.tr(
                    "The diary will be replaced by the backup taken %1. The diary as it is now is "
                    "kept as a backup first, so you can go back."
                ),
                f"{short_date(backup.taken_at.date())} {backup.taken_at:%H:%M}",
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def restore_clicked(self) -> None:
        backup = self.selected()
        if backup is not None and self.confirm(backup):
            self.restore(backup)

    def restore(self, backup: BackupInfo) -> bool:
        """Close the diary, swap the backup in, open it again; True when it worked."""
        try:
            result = restore_in_place(self.diary, backup.path)
        except DiaryError as error:
            self.status.setText(
                fill_in(self.tr("The backup was not restored: %1"), translate_core(error))
            )
            return False
        self.reload()
        message = fill_in(
            self.tr("The backup taken %1 was restored."),
            f"{short_date(backup.taken_at.date())} {backup.taken_at:%H:%M}",
        )
        if result.safety_backup is not None:
            message += " " + self.tr("The diary as it was is in the list as “before a restore”.")
        self.status.setText(message)
        self.restored.emit(message)
        return True
