"""File ▸ Share this diary… and File ▸ Join a shared diary…: the folder, the laptop's name and
the family passphrase.  ``ShareDialog.ask`` returns what was chosen, or None (cancelled)."""

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from masto_diary.storage.writer_lock import host_name
from masto_diary.sync.crypto import weak_passphrase
from masto_diary.ui.widgets.buddy import buddy_label


@dataclass(frozen=True)
class ShareChoice:
    folder: Path
    name: str
    passphrase: str


class ShareDialog(QDialog):
    def __init__(self, parent: QWidget | None, joining: bool):
        super().__init__(parent)
        self.joining = joining
        self.setObjectName("joinDialog" if joining else "shareDialog")
        self.setWindowTitle(
            self.tr("Join a shared diary") if joining else self.tr("Share this diary")
        )
        intro = QLabel(self._intro(), objectName="shareIntro")
        intro.setWordWrap(True)
        self.folder = QLineEdit(objectName="shareFolder")
        self.folder.setAccessibleName(self.tr("Shared folder"))
        browse = QPushButton(self.tr("&Browse…"), objectName="shareBrowse")
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.name = QLineEdit(host_name(), objectName="shareName")
        self.name.setAccessibleName(self.tr("This laptop's name"))
        self.name.setPlaceholderText(self.tr("e.g. kitchen laptop"))
        self.passphrase = self._secret("sharePassphrase", self.tr("Family passphrase"))
        self.again = self._secret("sharePassphraseAgain", self.tr("The same passphrase again"))
        self.problem = QLabel(objectName="shareProblem")
        self.problem.setWordWrap(True)
        form = QFormLayout()
        # a row holding a layout gets no buddy by itself
        form.addRow(buddy_label(self.tr("Shared &folder:"), self.folder), folder_row)
        form.addRow(self.tr("This laptop's &name:"), self.name)
        form.addRow(self.tr("Family &passphrase:"), self.passphrase)
        if not joining:
            form.addRow(self.tr("The same passphrase &again:"), self.again)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Join") if joining else self.tr("&Share")
        )
        buttons.accepted.connect(self._accept_if_complete)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.folder.setFocus()

    @classmethod
    def ask(cls, parent: QWidget | None, joining: bool) -> ShareChoice | None:
        dialog = cls(parent, joining)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def choice(self) -> ShareChoice:
        return ShareChoice(
            Path(self.folder.text().strip()).expanduser(),
            self.name.text().strip()[:60],
            self.passphrase.text(),
        )

    def _intro(self) -> str:
        if self.joining:
            return self.tr(
                "Choose the folder the other laptop shared the diary into (a Syncthing, "
                "Nextcloud or Dropbox folder, or a USB stick) and type the family passphrase. "
                "This laptop gets the whole diary from it."
            )
        return self.tr(
            "Choose a folder your sync app already keeps on both laptops (Syncthing, "
            "Nextcloud, Dropbox, OneDrive) or a USB stick. Only sealed change files go there, "
            "locked with the family passphrase; never put the diary file itself in it."
        )

    def _secret(self, name: str, accessible: str) -> QLineEdit:
        field = QLineEdit(objectName=name)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(accessible)
        return field

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Shared folder"))
        if chosen:
            self.folder.setText(chosen)

    def missing(self) -> str | None:
        """What is still wrong with the form, as a sentence; None when it can go."""
        if not self.folder.text().strip():
            return self.tr("Choose the shared folder.")
        if not self.name.text().strip():
            return self.tr("Give this laptop a name the other carer will recognise.")
        if weak_passphrase(self.passphrase.text()):  # the command line's rule too
            return self.tr(
                "A family passphrase needs at least 8 characters, with at least 4 different "
                "ones (a few words are best)."
            )
        if not self.joining and self.again.text() != self.passphrase.text():
            return self.tr("The two passphrases differ.")
        return None

    def _accept_if_complete(self) -> None:
        problem = self.missing()
        if problem:
            self.problem.setText(problem)
            return
        self.accept()
