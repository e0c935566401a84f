"""File dialogs open in the Documents folder (on Windows the home folder is the profile's root)."""

from pathlib import Path

from PySide6.QtCore import QStandardPaths

from masto_diary.ui.folders import documents_folder


def test_dialogs_start_in_documents_when_it_exists(qapp, private_home):
    documents = Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    )
    documents.mkdir(parents=True, exist_ok=True)
    assert documents_folder() == documents


def test_without_documents_the_home_folder_is_used(qapp, private_home, monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))  # no user-dirs.dirs
    monkeypatch.setenv("HOME", str(tmp_path / "bare-home"))
    (tmp_path / "bare-home").mkdir()
    assert documents_folder() == Path.home()
