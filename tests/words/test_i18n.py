"""The language the app speaks: the stored choice, the system's languages, the installed
catalogues (masto_diary.words.i18n)."""

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings

from masto_diary.words import i18n


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_language_is_applied_at_start_up(qapp, settings):
    settings.setValue(i18n.LANGUAGE_KEY, "it")
    try:
        assert i18n.install(settings) == "it"
        assert QLocale().language() == QLocale.Language.Italian
        assert any(path.endswith("masto_diary_it.qm") for path in i18n.loaded_files())
        assert QCoreApplication.translate("MainWindow", "Overview") == "Panoramica"
    finally:
        i18n.uninstall()


def test_system_language_picks_italian_or_falls_back_to_english():
    assert i18n.system_language(QLocale("it_CH")) == "it"
    assert i18n.system_language(QLocale("de_DE")) == "en"
    assert i18n.locale_for("it", QLocale("it_CH")).territory() == QLocale.Country.Switzerland
    assert i18n.locale_for("en", QLocale("it_IT")).language() == QLocale.Language.English
