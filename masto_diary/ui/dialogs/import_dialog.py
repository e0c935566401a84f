"""File ▸ Import…: read a masto-diary JSON file, show what is in it or every problem, import.

Nothing is written until the parent presses Import, and then all or nothing.  A child whose name
the diary already has is asked about: merge into that child, import under another name, or skip.
The import can also go into a new diary in another folder, leaving this one untouched.
"""

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QEventLoop, QMetaObject, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from masto_diary.errors import DiaryError
from masto_diary.exchange.json_format import (
    ImportRefusedError,
    ImportSummary,
    OnConflict,
    check_document,
    conflicting_names,
    import_document,
    import_into_new_diary,
    read_document,
)
from masto_diary.exchange.models import DocumentIn
from masto_diary.storage import Diary
from masto_diary.ui.folders import documents_folder
from masto_diary.words.core_sentences import translate_core
from masto_diary.words.sentence import fill_in

T = TypeVar("T")


def show_for(window) -> None:
    from masto_diary.ui.dialogs.backups_dialog import refresh_window

    dialog = ImportDialog(window.diary, window)
    dialog.imported.connect(lambda message: refresh_window(window, message))
    dialog.exec()


class ImportDialog(QDialog):
    imported = Signal(str)  # a sentence for the status bar, after an import into this diary

    def __init__(self, diary: Diary, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import a masto-diary file"))
        self.resize(640, 420)
        self.diary = diary
        self.document: DocumentIn | None = None
        self.source: Path | None = None
        self.result_lines: list[str] = []
        self.undo_backup: Path | None = None  # the "before import" copy of the last import
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.path_edit = QLineEdit(objectName="importPath", readOnly=True)
        self.path_edit.setAccessibleName(self.tr("File to import"))
        choose = QPushButton(self.tr("&Choose a file…"), objectName="chooseFileButton")
        choose.setAccessibleName(self.tr("Choose a file"))
        choose.clicked.connect(self.choose_file)
        row.addWidget(self.path_edit, 1)
        row.addWidget(choose)
        layout.addLayout(row)
        self.report = QPlainTextEdit(objectName="importReport", readOnly=True)
        self.report.setAccessibleName(self.tr("What the file holds, or its problems"))
        layout.addWidget(self.report, 1)
        self.into_this = QRadioButton(self.tr("Add to &this diary"), objectName="intoThisDiary")
        self.into_new = QRadioButton(
            self.tr("Make a &new diary in another folder"), objectName="intoNewDiary"
        )
        self.into_this.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.into_this)
        group.addButton(self.into_new)
        layout.addWidget(self.into_this)
        layout.addWidget(self.into_new)
        self.status = QLabel("", objectName="importStatus", wordWrap=True)
        self.status.setAccessibleName(self.tr("Status"))
        layout.addWidget(self.status)
        self.progress = QProgressBar(objectName="importProgress", textVisible=False)
        self.progress.setRange(0, 0)  # busy: checking and writing have no count to show
        self.progress.setAccessibleName(self.tr("Importing"))
        self.progress.hide()
        layout.addWidget(self.progress)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, objectName="buttons")
        self.import_button = buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.import_button.setObjectName("importButton")
        self.import_button.setAccessibleName(self.tr("Import"))
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.run_import)
        self.undo_button = buttons.addButton(
            self.tr("&Undo this import"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.undo_button.setObjectName("undoImportButton")
        self.undo_button.setAccessibleName(self.tr("Undo this import"))
        self.undo_button.hide()
        self.undo_button.clicked.connect(self.undo_import)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    # ----------------------------------------------------------------- choosing

    def ask_open_path(self) -> Path | None:
        """The file to import (tests replace this method)."""
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import a file"), str(documents_folder()), self.tr("JSON files (*.json)")
        )
        return Path(chosen) if chosen else None

    def ask_folder(self) -> Path | None:
        """An empty folder for the new diary (tests replace this method)."""
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the new diary"))
        return Path(chosen) if chosen else None

    def ask_conflict(self, name: str) -> OnConflict | None:
        """Merge, rename or skip a child whose name is taken; None cancels (tests replace it)."""
        box = QMessageBox(self)
        box.setObjectName("conflictQuestion")
        box.setWindowTitle(self.tr("A child with this name is already in the diary"))
        box.setText(
            fill_in(
                self.tr(
                    "The diary already has a child called %1. Add the file's records to that "
                    "child, import them as a separate child, or leave them out?"
                ),
                name,
            )
        )
        merge = box.addButton(self.tr("&Merge"), QMessageBox.ButtonRole.AcceptRole)
        rename = box.addButton(self.tr("Import &separately"), QMessageBox.ButtonRole.AcceptRole)
        skip = box.addButton(self.tr("&Leave out"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return {merge: OnConflict.MERGE, rename: OnConflict.RENAME, skip: OnConflict.SKIP}.get(
            box.clickedButton()
        )

    def choose_file(self) -> None:
        path = self.ask_open_path()
        if path is not None:
            self.load(path)

    def load(self, path: Path) -> bool:
        """Read and check the file's shape; show its contents or its problems."""
        self.source, self.document = path, None
        self.path_edit.setText(str(path))
        self.import_button.setEnabled(False)
        self.status.setText("")
        try:
            self.document = read_document(path)
        except ImportRefusedError as error:
            self.report.setPlainText(self.problems_text(error))
            return False
        self.report.setPlainText(self.contents_text(self.document))
        self.import_button.setEnabled(True)
        return True

    def problems_text(self, error: ImportRefusedError) -> str:
        header = self.tr("This file cannot be imported. Nothing was changed. Problems found:")
        lines = [str(problem) for problem in error.issues]
        if error.truncated:
            lines.append(self.tr("… and more."))
        return "\n".join([header, *lines])

    def contents_text(self, document: DocumentIn) -> str:
        lines = [self.tr("The file holds:")]
        for child in document.children:
            lines.append(
                fill_in(
                    self.tr("%1: %2 days, %3 episodes, %4 injections, %5 lab results"),
                    child.name,
                    len(child.daily_entries),
                    len(child.episodes),
                    len(child.injections),
                    len(child.labs),
                )
            )
        return "\n".join(lines)

    # ----------------------------------------------------------------- importing

    def run_import(self) -> bool:
        if self.document is None:
            return False
        label = self.source.name if self.source else "The file"
        try:
            if self.into_new.isChecked():
                return self._into_new_diary(label)
            return self._into_this_diary(label)
        except ImportRefusedError as error:
            self.report.setPlainText(self.problems_text(error))
        except DiaryError as error:
            self.status.setText(translate_core(error))
        return False

    def _into_this_diary(self, label: str) -> bool:
        choices: dict[str, OnConflict] = {}
        names = conflicting_names(self.diary, self.document)
        if names:  # every problem first: only a valid file asks about a name
            self.off_the_ui_thread(lambda: check_document(self.diary, self.document, label))
        for name in names:
            choice = self.ask_conflict(name)
            if choice is None:
                self.status.setText(self.tr("Import cancelled; nothing was changed."))
                return False
            choices[name] = choice
        summary = self.off_the_ui_thread(
            lambda: import_document(self.diary, self.document, choices, label=label)
        )
        self._done(self.outcome_lines(summary))
        self.undo_backup = summary.backup
        self.undo_button.setVisible(summary.backup is not None)
        self.imported.emit(fill_in(self.tr("The file %1 was imported."), label))
        return True

    def undo_import(self) -> bool:
        """Put back the diary as it was just before this import (its labelled backup).

        The imported state is kept as a "before a restore" backup, so even the undo can be
        undone from File ▸ Backups….
        """
        if self.undo_backup is None:
            return False
        from masto_diary.ui.dialogs.backups_dialog import restore_in_place

        label = self.source.name if self.source else ""
        try:
            restore_in_place(self.diary, self.undo_backup)
        except DiaryError as error:
            self.status.setText(
                fill_in(self.tr("The import was not undone: %1"), translate_core(error))
            )
            return False
        self.undo_backup = None
        self.undo_button.hide()
        message = fill_in(
            self.tr("The import of %1 was undone: the diary is as it was before it."), label
        )
        self.status.setText(message)
        self.imported.emit(message)
        return True

    def _into_new_diary(self, label: str) -> bool:
        folder = self.ask_folder()
        if folder is None:
            return False
        target, summary = self.off_the_ui_thread(
            lambda: import_into_new_diary(folder, self.document, label=label)
        )
        self._done(
            [fill_in(self.tr("A new diary was written to %1."), target)]
            + self.outcome_lines(summary)
        )
        return True

    def outcome_lines(self, summary: ImportSummary) -> list[str]:
        """What happened to each child of the file, in the window's language (the command
        prints the exchange's English ``ChildOutcome.sentence`` instead)."""
        lines = []
        for outcome in summary.children:
            added = sum(outcome.added.values())
            kept = sum(outcome.already_there.values())
            if outcome.action == "skipped":
                text = self.tr("%1: skipped (a child of that name is already in the diary).")
            elif outcome.action == "renamed":
                text = self.tr("%1: added as '%3' (%2 records).")
            elif outcome.action == "merged":
                text = self.tr(
                    "%1: merged into the existing child: %2 records added, %4 already in the "
                    "diary were kept as they are."
                )
            else:
                text = self.tr("%1: added as a new child (%2 records).")
            lines.append(fill_in(text, outcome.name, added, outcome.stored_as or "", kept))
        return lines

    def off_the_ui_thread(self, work: Callable[[], T]) -> T:
        """Run ``work`` in a worker thread while the dialog keeps painting its busy bar.

        A large import checks and writes for seconds; the window must not freeze meanwhile.
        The dialog waits in its own event loop, so the caller still gets the result in order.
        """
        outcome: dict[str, object] = {}
        loop = QEventLoop(self)

        def run() -> None:
            try:
                outcome["value"] = work()
            except BaseException as error:  # handed back to the UI thread and raised there
                outcome["error"] = error
            finally:
                QMetaObject.invokeMethod(loop, "quit", Qt.ConnectionType.QueuedConnection)

        self.import_button.setEnabled(False)
        self.progress.show()
        self.status.setText(self.tr("Checking and importing…"))
        worker = threading.Thread(target=run, name="import", daemon=True)
        worker.start()
        loop.exec()
        worker.join()
        self.progress.hide()
        self.status.setText("")
        if "error" in outcome:
            raise outcome["error"]  # type: ignore[misc]
        return outcome["value"]  # type: ignore[return-value]

    def _done(self, lines: list[str]) -> None:
        self.result_lines = lines
        self.report.setPlainText("\n".join(lines))
        self.status.setText(self.tr("Import finished."))
        self.import_button.setEnabled(False)
