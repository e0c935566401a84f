"""File ▸ Export…: choose the format and the child, be told the file holds health data, save.

The file is written 0600 under its final name only when complete
(:func:`masto_diary.exchange.write_private_file`).
"""

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from masto_diary.errors import DiaryError
from masto_diary.exchange import SUFFIXES
from masto_diary.services import overview
from masto_diary.storage import Diary
from masto_diary.ui.folders import documents_folder
from masto_diary.words.core_sentences import translate_core
from masto_diary.words.sentence import fill_in


def show_for(window) -> None:
    dialog = ExportDialog(window.diary, window)
    if dialog.exec() and dialog.written is not None:
        window.statusBar().showMessage(
            fill_in(QCoreApplication.translate("ExportDialog", "Exported to %1"), dialog.written),
            10_000,
        )


class ExportDialog(QDialog):
    def __init__(self, diary: Diary, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export the diary"))
        self.diary = diary
        self.written: Path | None = None
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.format_box = QComboBox(objectName="exportFormat")
        self.format_box.setAccessibleName(self.tr("Format"))
        self.format_box.addItem(self.tr("Complete backup for masto-diary (JSON)"), "json")
        self.format_box.addItem(self.tr("Spreadsheet tables (CSV files in a ZIP)"), "csv")
        self.format_box.addItem(self.tr("For clinic systems (FHIR R4, JSON)"), "fhir")
        form.addRow(self.tr("&Format:"), self.format_box)
        self.child_box = QComboBox(objectName="exportChild")
        self.child_box.setAccessibleName(self.tr("Child"))
        self.child_box.addItem(self.tr("All children"), None)
        for summary in overview.child_summaries(self.diary):
            self.child_box.addItem(summary.name, summary.name)
        form.addRow(self.tr("&Child:"), self.child_box)
        layout.addLayout(form)
        self.warning = QLabel(
            self.tr(
                "<b>The exported file holds your child's health data.</b> Save it somewhere "
                "private, and think twice before e-mailing it or putting it on a shared drive "
                "or cloud folder."
            ),
            objectName="healthDataWarning",
            wordWrap=True,
        )
        self.warning.setAccessibleName(self.tr("Warning: health data"))
        layout.addWidget(self.warning)
        self.status = QLabel("", objectName="exportStatus", wordWrap=True)
        self.status.setAccessibleName(self.tr("Status"))
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, objectName="buttons")
        self.export_button = buttons.addButton(
            self.tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setObjectName("exportButton")
        self.export_button.setAccessibleName(self.tr("Export"))
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def fmt(self) -> str:
        return self.format_box.currentData()

    def child_names(self) -> list[str] | None:
        name = self.child_box.currentData()
        return None if name is None else [name]

    def suggested_name(self) -> str:
        name = re.sub(r"[^\w.]+", "-", self.child_box.currentData() or "diary").strip("-.")
        return f"masto-diary-{name or 'child'}{SUFFIXES[self.fmt()]}"

    def ask_save_path(self) -> Path | None:
        """Where to save (tests replace this method)."""
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the export"),
            str(documents_folder() / self.suggested_name()),
        )
        return Path(chosen) if chosen else None

    def export(self) -> None:
        from masto_diary.exchange import export_to_file

        target = self.ask_save_path()
        if target is None:
            return
        try:
            self.written = export_to_file(self.diary, self.fmt(), target, self.child_names())
        except (DiaryError, OSError) as error:
            self.status.setText(
                fill_in(self.tr("The export was not saved: %1"), translate_core(error))
            )
            return
        self.accept()
