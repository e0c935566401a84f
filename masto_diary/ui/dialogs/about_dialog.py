"""Help ▸ About: version, where the diary lives (with a button to open the folder), licence.

Parents are asked "where is the file?" by whoever helps them back up or move the diary, so the
folder is shown as selectable text, can be opened in the file manager and copied.  The privacy
sentence is here because this is where people look for it: the app never goes online.
"""

import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from masto_diary import __version__
from masto_diary.resources import icon_file
from masto_diary.storage.backups import BACKUP_DIRNAME
from masto_diary.storage.paths import DIARY_FILENAME
from masto_diary.words.sentence import fill_in

ICON_SIZE = 64
TEXT_WIDTH = 520


def show_for(window) -> None:
    """Open the dialog for the main window's diary (Help ▸ About)."""
    AboutDialog(window.diary.data_dir, window).exec()


class AboutDialog(QDialog):
    """What the app is, which version, where its data is, and under which licence."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Mastocytosis Diary"))
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self._header())
        layout.addWidget(self._data_box())
        layout.addWidget(self._licence_box())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        about_qt = buttons.addButton(self.tr("About &Qt"), QDialogButtonBox.ButtonRole.HelpRole)
        about_qt.setObjectName("aboutQtButton")
        about_qt.clicked.connect(lambda: QApplication.aboutQt())
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        layout.addWidget(buttons)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)  # as tall as the text

    def _header(self) -> QHBoxLayout:
        header = QHBoxLayout()
        icon = QLabel(objectName="aboutIcon")
        icon.setPixmap(QPixmap(str(icon_file(ICON_SIZE))))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        header.addWidget(icon)
        text = QVBoxLayout()
        title = QLabel(self.tr("Mastocytosis Diary"), objectName="aboutTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        text.addWidget(title)
        version = QLabel(fill_in(self.tr("Version %1"), __version__), objectName="aboutVersion")
        version.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.addWidget(version)
        text.addWidget(
            QLabel(
                self.tr(
                    "A diary of symptoms, episodes, injections, medicines and lab results for "
                    "children with mastocytosis treated with omalizumab or a similar medicine."
                ),
                objectName="aboutSummary",
                wordWrap=True,
            )
        )
        text.addStretch(1)
        header.addLayout(text, 1)
        return header

    def _data_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Your data"), objectName="aboutDataBox")
        box.setMinimumWidth(TEXT_WIDTH)  # the dialog is as tall as its text at this width
        layout = QVBoxLayout(box)
        layout.addWidget(
            QLabel(
                fill_in(
                    self.tr(
                        "Everything you write stays on this computer: the app never connects to "
                        "the internet and sends nothing to anyone. The diary is one file in this "
                        "folder, with its automatic backups in the “%1” folder inside it."
                    ),
                    BACKUP_DIRNAME,
                ),
                objectName="aboutPrivacy",
                wordWrap=True,
            )
        )
        self.folder_label = QLabel(str(self.data_dir), objectName="aboutDataFolder")
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setWordWrap(True)
        self.folder_label.setToolTip(str(self.data_dir / DIARY_FILENAME))
        self.folder_label.setAccessibleName(self.tr("Diary folder"))
        layout.addWidget(self.folder_label)
        row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open the folder"), objectName="openDataFolder")
        self.open_button.clicked.connect(self.open_folder)
        self.copy_button = QPushButton(self.tr("&Copy the path"), objectName="copyDataFolder")
        self.copy_button.clicked.connect(self.copy_path)
        row.addWidget(self.open_button)
        row.addWidget(self.copy_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.status = QLabel(objectName="aboutStatus", wordWrap=True, visible=False)
        layout.addWidget(self.status)
        return box

    def _licence_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Licence"), objectName="aboutLicenceBox")
        layout = QVBoxLayout(box)
        layout.addWidget(
            QLabel(
                self.tr(
                    "This program is free software: you may share and change it under the "
                    "terms of the GNU General Public License, version 3 or (at your option) "
                    "any later version. It comes with ABSOLUTELY NO WARRANTY."
                ),
                objectName="aboutLicence",
                wordWrap=True,
            )
        )
        layout.addWidget(
            QLabel(
                self.tr(
                    "It does not give medical advice: talk to your child's doctor before "
                    "changing any treatment."
                ),
                objectName="aboutMedical",
                wordWrap=True,
            )
        )
        layout.addWidget(
            QLabel(
                fill_in(
                    self.tr(
                        "Made with Python %1 and Qt for Python (PySide6) %2, which is available "
                        "under the GNU Lesser General Public License, version 3."
                    ),
                    platform.python_version(),
                    PySide6.__version__,
                ),
                objectName="aboutBuiltWith",
                wordWrap=True,
            )
        )
        return box

    def open_folder(self) -> bool:
        """Show the diary folder in the file manager; say what to do when none answers."""
        opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_dir)))
        if opened:
            self.say(self.tr("The folder was opened in your file manager."))
        else:
            QGuiApplication.clipboard().setText(str(self.data_dir))
            self.say(
                self.tr(
                    "No file manager could be opened. The folder's path was copied: paste it "
                    "into your file manager's address bar."
                )
            )
        return bool(opened)

    def copy_path(self) -> None:
        QGuiApplication.clipboard().setText(str(self.data_dir))
        self.say(self.tr("The folder's path was copied."))

    def say(self, sentence: str) -> None:
        self.status.setText(sentence)
        self.status.setVisible(True)
