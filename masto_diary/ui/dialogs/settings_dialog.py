"""File ▸ Settings…: language, paper size, reminders, start at login, backups folder.

Everything is stored with QSettings (the window's, so tests use a private INI file):

========================  ====================================================================
``ui/language``           ``system`` (default), ``en`` or ``it``; read at start-up by
                          :mod:`masto_diary.words.i18n`, so a change applies at the next start
``report/paper``          ``a4`` or ``letter``; default from the locale (Letter in the US and
                          Canada), the Report page starts with it
``reminders/injections``  remind the day before and on the day a dose is due (default on)
``reminders/evening``     ``HH:MM`` to remind of a missing evening entry, ``""`` = off (default)
``startup/at_login``      start minimised at login (also writes/removes the autostart entry)
``backups/folder``        where backups should go; ``""`` = the diary's own ``backups`` folder
========================  ====================================================================

Saving applies what can be applied at once (reminders, autostart) and says what waits for a
restart (the language: every widget reads it when it is built).
"""

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSettings, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from masto_diary.storage.backups import BACKUP_DIRNAME, backup_location, set_backup_location
from masto_diary.ui import reminders
from masto_diary.ui.dialogs.saving import save_cancel_buttons
from masto_diary.ui.reminders import DEFAULT_EVENING_TIME, ReminderSettings
from masto_diary.words import i18n
from masto_diary.words.sentence import fill_in

PAPER_KEY = "report/paper"
BACKUPS_FOLDER_KEY = "backups/folder"
PAPERS = ("a4", "letter")


def default_paper() -> str:
    """The locale's paper: Letter in the United States and Canada, A4 elsewhere."""
    from masto_diary.report.render import default_paper as report_default  # numpy: lazily

    return report_default()


def paper_size(settings: QSettings) -> str:
    """``a4`` or ``letter``: the stored choice, else the locale's (the Report page's start)."""
    value = str(settings.value(PAPER_KEY, "") or "").lower()
    return value if value in PAPERS else default_paper()


def show_for(window) -> None:
    """Open the dialog for the main window (File ▸ Settings…) and apply what was saved."""
    dialog = SettingsDialog(window.settings, window.diary.data_dir, window)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        center = getattr(window, "reminders", None)
        if center is not None:
            center.apply_settings()
        if dialog.language_changed:
            window.statusBar().showMessage(dialog.restart_note(), 15_000)


class SettingsDialog(QDialog):
    """One form; Save writes every field, Cancel none."""

    def __init__(self, settings: QSettings, data_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.settings = settings
        self.data_dir = Path(data_dir)
        self.language_changed = False
        self._build()
        self._load()

    # ----------------------------------------------------------------- building

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self._general_box())
        layout.addWidget(self._reminders_box())
        layout.addWidget(self._backups_box())
        self.buttons = save_cancel_buttons(self, "settingsButtons")
        layout.addWidget(self.buttons)

    def _general_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Language and paper"), objectName="settingsGeneral")
        form = QFormLayout(box)
        self.language_combo = QComboBox(objectName="languageCombo")
        self.language_combo.setAccessibleName(self.tr("Language"))
        system = i18n.LANGUAGES[i18n.system_language()]
        self.language_combo.addItem(fill_in(self.tr("As the system (%1)"), system), i18n.SYSTEM)
        for code, name in i18n.LANGUAGES.items():
            self.language_combo.addItem(name, code)
        form.addRow(self.tr("&Language:"), self.language_combo)
        self.language_note = QLabel(self.restart_note(), objectName="languageNote", wordWrap=True)
        form.addRow("", self.language_note)
        self.paper_combo = QComboBox(objectName="paperCombo")
        self.paper_combo.setAccessibleName(self.tr("Paper size of the report"))
        self.paper_combo.addItem(self.tr("A4"), "a4")
        self.paper_combo.addItem(self.tr("Letter"), "letter")
        form.addRow(self.tr("Report &paper:"), self.paper_combo)
        self.autostart_check = QCheckBox(
            self.tr("Start masto-diary &minimised when I log in, so reminders can appear"),
            objectName="autostartCheck",
        )
        self.autostart_check.setAccessibleName(self.tr("Start minimised at login"))
        if not reminders.autostart_supported():
            self.autostart_check.setEnabled(False)
            self.autostart_check.setToolTip(
                self.tr("On a Mac, add masto-diary in System Settings ▸ General ▸ Login Items.")
            )
        form.addRow(self.autostart_check)
        return box

    def _reminders_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Reminders (while masto-diary is running)"))
        box.setObjectName("settingsReminders")
        form = QFormLayout(box)
        self.injection_check = QCheckBox(
            self.tr("Remind me of the next &injection the day before and on the day"),
            objectName="injectionReminderCheck",
        )
        self.injection_check.setAccessibleName(self.tr("Injection reminders"))
        form.addRow(self.injection_check)
        self.evening_check = QCheckBox(
            self.tr("Remind me when the &evening entry is not written by"),
            objectName="eveningReminderCheck",
        )
        self.evening_check.setAccessibleName(self.tr("Evening entry reminder"))
        self.evening_time = QTimeEdit(objectName="eveningReminderTime")
        self.evening_time.setAccessibleName(self.tr("Time of the evening reminder"))
        self.evening_time.setDisplayFormat("HH:mm")
        self.evening_check.toggled.connect(self.evening_time.setEnabled)
        row = QHBoxLayout()
        row.addWidget(self.evening_check)
        row.addWidget(self.evening_time)
        row.addStretch(1)
        form.addRow(row)
        return box

    def _backups_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Backups"), objectName="settingsBackups")
        layout = QVBoxLayout(box)
        row = QHBoxLayout()
        label = QLabel(self.tr("&Folder:"))
        self.backups_edit = QLineEdit(objectName="backupsFolderEdit")
        self.backups_edit.setAccessibleName(self.tr("Backups folder"))
        self.backups_edit.setPlaceholderText(str(self.default_backups_folder()))
        label.setBuddy(self.backups_edit)
        choose = QPushButton(self.tr("&Choose…"), objectName="chooseBackupsButton")
        choose.setAccessibleName(self.tr("Choose the backups folder"))
        choose.clicked.connect(self.choose_backups_folder)
        default = QPushButton(self.tr("&Default"), objectName="defaultBackupsButton")
        default.setAccessibleName(self.tr("Use the default backups folder"))
        default.clicked.connect(self.backups_edit.clear)
        row.addWidget(label)
        row.addWidget(self.backups_edit, 1)
        row.addWidget(choose)
        row.addWidget(default)
        layout.addLayout(row)
        hint = QLabel(
            fill_in(
                self.tr("Leave it empty for the backups folder next to the diary: %1"),
                self.default_backups_folder(),
            ),
            objectName="backupsHint",
            wordWrap=True,
        )
        layout.addWidget(hint)
        return box

    # ----------------------------------------------------------------- values

    def restart_note(self) -> str:
        return self.tr("A new language is used the next time masto-diary starts.")

    def default_backups_folder(self) -> Path:
        return self.data_dir / BACKUP_DIRNAME

    def _load(self) -> None:
        choice = i18n.chosen_language(self.settings)
        self.language_combo.setCurrentIndex(self.language_combo.findData(choice))
        self.paper_combo.setCurrentIndex(self.paper_combo.findData(paper_size(self.settings)))
        chosen = ReminderSettings.load(self.settings)
        self.injection_check.setChecked(chosen.injections)
        self.evening_check.setChecked(chosen.evening is not None)
        evening = chosen.evening or DEFAULT_EVENING_TIME
        self.evening_time.setTime(QTime(evening.hour, evening.minute))
        self.evening_time.setEnabled(chosen.evening is not None)
        self.autostart_check.setChecked(
            reminders.autostart_supported() and reminders.autostart_enabled()
        )
        location = backup_location(self.data_dir)
        default = location == self.default_backups_folder()
        self.backups_edit.setText("" if default else str(location))

    def choose_backups_folder(self) -> None:
        start = self.backups_edit.text() or str(self.default_backups_folder())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Backups folder"), start)
        if folder:
            self.backups_edit.setText(folder)

    def accept(self) -> None:
        """Write every field, then apply the autostart entry (the window applies reminders)."""
        s = self.settings
        language = self.language_combo.currentData()
        self.language_changed = language != i18n.chosen_language(s)
        s.setValue(i18n.LANGUAGE_KEY, language)
        s.setValue(PAPER_KEY, self.paper_combo.currentData())
        evening = None
        if self.evening_check.isChecked():
            time = self.evening_time.time()
            evening = dt.time(time.hour(), time.minute())
        ReminderSettings(self.injection_check.isChecked(), evening).save(s)
        folder = self.backups_edit.text().strip()
        default = str(self.default_backups_folder())
        s.setValue(BACKUPS_FOLDER_KEY, "" if folder == default else folder)
        set_backup_location(self.data_dir, Path(folder) if folder and folder != default else None)
        if reminders.autostart_supported():
            at_login = self.autostart_check.isChecked()
            s.setValue(reminders.AUTOSTART_KEY, at_login)
            reminders.set_autostart(at_login, self.data_dir)
        s.sync()
        super().accept()
