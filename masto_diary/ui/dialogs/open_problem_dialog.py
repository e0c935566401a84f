"""At start-up, when the diary cannot be opened: say what happened, offer three ways out.

The diary file is damaged, not a diary, or from a newer version.  The parent chooses: restore the
newest good backup (the unreadable file is renamed aside, never overwritten), open another file,
or quit.  ``masto-diary check`` prints the same facts and the same advice.
"""

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from masto_diary.errors import DiaryError
from masto_diary.storage.backups import BackupInfo, backup_to_restore, restore_backup
from masto_diary.ui.formatting import short_date
from masto_diary.words.core_sentences import translate_core
from masto_diary.words.sentence import fill_in


def explanation(kind: str | None) -> str:
    """The plain-words paragraph for each kind of problem (see ``DiaryFileError.kind``)."""
    texts = {
        "damaged": QCoreApplication.translate(
            "OpenProblemDialog",
            "The diary file is damaged: part of it can no longer be read. This can happen after a "
            "power cut or a disk problem. The file has not been changed.",
        ),
        "dangling": QCoreApplication.translate(
            "OpenProblemDialog",
            "The diary file is damaged: some records refer to records that are missing, for "
            "example a score whose day was deleted by another program. The file has not been "
            "changed.",
        ),
        "not_sqlite": QCoreApplication.translate(
            "OpenProblemDialog",
            "The file in the diary folder is not a diary at all. Perhaps another file was saved "
            "under the diary's name. The file has not been changed.",
        ),
        "foreign": QCoreApplication.translate(
            "OpenProblemDialog",
            "The file in the diary folder is a database of another program, not a diary. "
            "The file has not been changed.",
        ),
        "newer": QCoreApplication.translate(
            "OpenProblemDialog",
            "The diary was saved by a newer version of masto-diary. Install the newer version "
            "to open it; this version will not change it.",
        ),
        "unreadable": QCoreApplication.translate(
            "OpenProblemDialog",
            "The diary file cannot be read: the computer does not allow it. Check the file's "
            "permissions. The file has not been changed.",
        ),
    }
    return texts.get(
        kind or "",
        QCoreApplication.translate(
            "OpenProblemDialog", "The diary could not be opened. The file has not been changed."
        ),
    )


def backup_summary(backup: BackupInfo) -> str:
    when = f"{short_date(backup.taken_at.date())} {backup.taken_at:%H:%M}"
    if not backup.readable:
        return fill_in(QCoreApplication.translate("OpenProblemDialog", "from %1"), when)
    last = (
        short_date(backup.last_entry)
        if backup.last_entry
        else QCoreApplication.translate("OpenProblemDialog", "none")
    )
    return fill_in(
        QCoreApplication.translate(
            "OpenProblemDialog", "from %1: %2 children, %3 days, last entry %4"
        ),
        when,
        backup.children,
        backup.days,
        last,
    )


class OpenProblemDialog(QDialog):
    """``choice`` after ``exec()``: "restored", "other" (see ``chosen_path``) or "quit"."""

    def __init__(self, diary_path: Path, error: Exception, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("openProblemDialog")
        self.setWindowTitle(self.tr("The diary cannot be opened"))
        self.diary_path = Path(diary_path)
        self.kind = getattr(error, "kind", None)
        self.choice = "quit"
        self.chosen_path: Path | None = None
        self.message = ""
        self.backup = backup_to_restore(self.diary_path)
        self._build(translate_core(error))

    def _build(self, detail: str) -> None:
        layout = QVBoxLayout(self)
        headline = QLabel(self.tr("<b>Your diary could not be opened.</b>"), objectName="headline")
        layout.addWidget(headline)
        self.explanation = QLabel(explanation(self.kind), objectName="explanation")
        self.explanation.setWordWrap(True)
        self.explanation.setAccessibleName(self.tr("What happened"))
        layout.addWidget(self.explanation)
        self.detail = QLabel(detail, objectName="detail")
        self.detail.setWordWrap(True)
        self.detail.setAccessibleName(self.tr("Details"))
        layout.addWidget(self.detail)
        layout.addWidget(QLabel(self._backup_text(), objectName="backupText", wordWrap=True))
        layout.addLayout(self._buttons())

    def _backup_text(self) -> str:
        if self.backup is None:
            return self.tr("No good backup was found in the backups folder.")
        return fill_in(
            self.tr("The newest good backup is %1. Restoring it keeps the current file, renamed."),
            backup_summary(self.backup),
        )

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.restore_button = QPushButton(
            self.tr("&Restore the newest good backup"), objectName="restoreButton"
        )
        self.restore_button.setAccessibleName(self.tr("Restore the newest good backup"))
        self.restore_button.setEnabled(self.backup is not None)
        self.restore_button.clicked.connect(self.restore)
        self.open_button = QPushButton(self.tr("&Open another file…"), objectName="openButton")
        self.open_button.setAccessibleName(self.tr("Open another file"))
        self.open_button.clicked.connect(self.open_other)
        self.quit_button = QPushButton(self.tr("&Quit"), objectName="quitButton")
        self.quit_button.setAccessibleName(self.tr("Quit"))
        self.quit_button.clicked.connect(self.reject)
        for button in (self.restore_button, self.open_button, self.quit_button):
            row.addWidget(button)
        (self.restore_button if self.backup else self.open_button).setDefault(True)
        return row

    def restore(self) -> None:
        """Put the newest good backup in place; the unreadable file is renamed, never lost."""
        if self.backup is None:
            return
        try:
            result = restore_backup(self.backup.path, self.diary_path)
        except DiaryError as error:
            QMessageBox.warning(
                self, self.tr("The backup could not be restored"), translate_core(error)
            )
            return
        self.choice = "restored"
        aside = result.set_aside.name if result.set_aside else ""
        self.message = fill_in(
            self.tr("The backup %1 was restored. The unreadable file was kept as %2."),
            backup_summary(self.backup),
            aside or self.tr("a backup"),
        )
        self.accept()

    def open_other(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a diary file"),
            str(self.diary_path.parent),
            self.tr("Diary files (*.sqlite3);;All files (*)"),
        )
        if not chosen:
            return
        self.choice = "other"
        self.chosen_path = Path(chosen)
        self.accept()

    def reject(self) -> None:
        self.choice = "quit"
        super().reject()
