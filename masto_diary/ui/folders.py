"""Where file dialogs open: the user's Documents folder, as on every desktop.

On Windows the home folder (C:\\Users\\<name>) is the profile's root, full of application
folders, and not where families keep files; Documents is (and is redirected to OneDrive when
the user chose so, which Qt follows).  Linux and macOS have a Documents folder too; where none
exists the home folder is used.
"""

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def documents_folder() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder and Path(folder).is_dir() else Path.home()
