"""Help ▸ About: version, the diary's folder (opened, copied), privacy and licence."""

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from masto_diary import __version__
from masto_diary.ui.dialogs import about_dialog
from masto_diary.ui.dialogs.about_dialog import AboutDialog
from masto_diary.ui.main_window import MainWindow

LEFT = Qt.MouseButton.LeftButton


class FakeDesktopServices:
    """Stands in for QDesktopServices: records the URL instead of starting a file manager."""

    def __init__(self, answer: bool):
        self.answer = answer
        self.opened: list[QUrl] = []

    def openUrl(self, url: QUrl) -> bool:
        self.opened.append(url)
        return self.answer


def _text(dialog: AboutDialog, name: str) -> str:
    return dialog.findChild(QLabel, name).text()


@pytest.fixture
def dialog(qtbot, tmp_path: Path) -> AboutDialog:
    shown = AboutDialog(tmp_path / "diary data")
    qtbot.addWidget(shown)
    shown.show()
    return shown


def test_shows_version_folder_privacy_and_licence(dialog, tmp_path):
    assert __version__ in _text(dialog, "aboutVersion")
    assert _text(dialog, "aboutDataFolder") == str(tmp_path / "diary data")
    assert "never connects to the internet" in _text(dialog, "aboutPrivacy")
    assert "GNU General Public License, version 3" in _text(dialog, "aboutLicence")
    assert "Lesser General Public License" in _text(dialog, "aboutBuiltWith")
    icon = dialog.findChild(QLabel, "aboutIcon").pixmap()
    assert not icon.isNull() and icon.width() == about_dialog.ICON_SIZE


def test_open_button_opens_the_data_folder(dialog, qtbot, monkeypatch, tmp_path):
    services = FakeDesktopServices(answer=True)
    monkeypatch.setattr(about_dialog, "QDesktopServices", services)
    qtbot.mouseClick(dialog.findChild(QPushButton, "openDataFolder"), LEFT)
    assert [url.toLocalFile() for url in services.opened] == [str(tmp_path / "diary data")]
    assert services.opened[0].isLocalFile()
    assert "opened" in _text(dialog, "aboutStatus")


def test_without_a_file_manager_the_path_is_copied_instead(dialog, qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr(about_dialog, "QDesktopServices", FakeDesktopServices(answer=False))
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(dialog.findChild(QPushButton, "openDataFolder"), LEFT)
    assert QGuiApplication.clipboard().text() == str(tmp_path / "diary data")
    status = dialog.findChild(QLabel, "aboutStatus")
    assert status.isVisible() and "No file manager" in status.text()


def test_copy_button_puts_the_path_on_the_clipboard(dialog, qtbot, tmp_path):
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(dialog.findChild(QPushButton, "copyDataFolder"), LEFT)
    assert QGuiApplication.clipboard().text() == str(tmp_path / "diary data")


def test_help_about_opens_the_dialog_for_the_window_s_diary(qtbot, diary, tmp_path):
    window = MainWindow(diary, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    seen: list[str] = []

    def read_and_close() -> None:  # the dialog is modal: read it from inside its event loop
        shown = QApplication.activeModalWidget()
        seen.append(shown.objectName())
        seen.append(shown.findChild(QLabel, "aboutDataFolder").text())
        shown.reject()

    QTimer.singleShot(0, read_and_close)
    window.findChild(QAction, "actionAbout").trigger()
    assert seen == ["aboutDialog", str(diary.data_dir)]
