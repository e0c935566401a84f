"""The window fits a 1024×600 screen in English and Italian whatever pages were visited, in any
order, and no label or button shows its text cut (issue 25: after History the Italian
window's minimum width was 1129 px on every page, the page stack keeping the widest page's)."""

import random

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QAbstractButton, QLabel

from masto_diary.ui.main_window import MainWindow, available_specs
from masto_diary.words import i18n

SCREEN_WIDTH, SCREEN_HEIGHT = 1024, 600


def _clipped(window) -> list[str]:
    """Visible single-line labels and buttons narrower than their text (markup aside)."""
    cut = []
    for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
        if not widget.isVisible() or not widget.text().strip():
            continue
        if isinstance(widget, QLabel) and (widget.wordWrap() or widget.pixmap() is not None):
            continue
        text = widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        if widget.fontMetrics().horizontalAdvance(text) > widget.contentsRect().width():
            cut.append(f"{widget.objectName() or type(widget).__name__}: {widget.text()!r}")
    return cut


@pytest.mark.parametrize("language", ["en", "it"])
def test_every_page_in_any_order_fits_1024_by_600_without_cut_text(
    qtbot, demo_diary, tmp_path, language
):
    assert i18n.install(choice=language) == language
    try:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(demo_diary, settings)
        qtbot.addWidget(window)
        window.resize(SCREEN_WIDTH, SCREEN_HEIGHT)
        window.show()
        qtbot.waitExposed(window)
        keys = [spec.key for spec in available_specs()]
        orders = [keys, keys[::-1], random.Random(25).sample(keys, len(keys))]
        for order in orders:
            for key in order:
                window.show_page(key)
                qtbot.wait(10)
                needed = window.minimumSizeHint().expandedTo(window.minimumSize())
                assert needed.width() <= SCREEN_WIDTH, (language, key, needed.width())
                assert needed.height() <= SCREEN_HEIGHT, (language, key, needed.height())
                assert _clipped(window) == [], (language, key)
    finally:
        i18n.uninstall()


def _dialogs(diary, child_id: int, tmp_path) -> list:
    from masto_diary.ui.dialogs.about_dialog import AboutDialog
    from masto_diary.ui.dialogs.child_dialog import ChildDialog
    from masto_diary.ui.dialogs.episode_dialog import EpisodeDialog
    from masto_diary.ui.dialogs.injection_dialog import InjectionDialog
    from masto_diary.ui.dialogs.keyboard_dialog import KeyboardDialog
    from masto_diary.ui.dialogs.lab_dialog import LabDialog
    from masto_diary.ui.dialogs.medication_dialog import MedicationDialog
    from masto_diary.ui.dialogs.plan_dialog import PlanDialog
    from masto_diary.ui.dialogs.settings_dialog import SettingsDialog
    from masto_diary.ui.dialogs.visit_dialog import VisitDialog

    settings = QSettings(str(tmp_path / "dialogs.ini"), QSettings.Format.IniFormat)
    return [
        EpisodeDialog(diary, child_id),
        InjectionDialog(diary, child_id),
        PlanDialog(diary, child_id),
        LabDialog(),
        MedicationDialog(),
        VisitDialog(),
        ChildDialog(),
        KeyboardDialog(),
        AboutDialog(tmp_path),
        SettingsDialog(settings, tmp_path),
    ]


@pytest.mark.parametrize("language", ["en", "it"])
def test_every_dialog_fits_1024_by_600(qtbot, demo_diary, tmp_path, language):
    from masto_diary.services import overview

    assert i18n.install(choice=language) == language
    try:
        child_id = overview.child_summaries(demo_diary)[0].child_id
        for dialog in _dialogs(demo_diary, child_id, tmp_path):
            qtbot.addWidget(dialog)
            dialog.show()
            needed = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
            name = dialog.objectName()
            assert needed.width() <= SCREEN_WIDTH, (language, name, needed.width())
            assert needed.height() <= SCREEN_HEIGHT, (language, name, needed.height())
            assert dialog.width() <= SCREEN_WIDTH and dialog.height() <= SCREEN_HEIGHT, (
                language,
                name,
                dialog.size(),
            )
            dialog.close()
    finally:
        i18n.uninstall()
