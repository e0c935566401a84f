"""Which language the app speaks and which locale formats its dates and numbers.

The parent picks English, Italiano or "as the system" in Settings (QSettings key
:data:`LANGUAGE_KEY`); the choice is applied once, before the first widget exists, because
Qt widgets read the translations and ``QLocale()`` when they are built.  A change therefore
takes effect at the next start (the Settings dialog says so).

Two translators are installed: the app's own (``masto_diary/i18n/masto_diary_<lang>.qm``,
compiled from ``resources/i18n/*.ts`` by ``resources/i18n/build_translations.py``) and Qt's
``qtbase_<lang>.qm`` for the standard buttons and dialogs (Yes/No, the file dialog).  English
has a catalogue too: it holds only the plural forms of the ``%n`` strings ("1 day ago" /
"3 days ago").  A missing ``.qm`` (e.g. a checkout where the build step did not run) leaves the
English source strings, never an error.

Loading costs about a millisecond (Qt maps the file), so it stays on the start-up path.
"""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

LANGUAGE_KEY = "ui/language"
SYSTEM = "system"
LANGUAGES: dict[str, str] = {"en": "English", "it": "Italiano"}  # endonyms, never translated
DEFAULT_LANGUAGE = "en"
QM_DIR = Path(__file__).resolve().parent.parent / "i18n"
QM_PREFIX = "masto_diary_"

_installed: list[QTranslator] = []  # kept referenced: Qt does not own installed translators


def chosen_language(settings: QSettings) -> str:
    """The stored choice: ``"system"`` (the default), ``"en"`` or ``"it"``."""
    value = str(settings.value(LANGUAGE_KEY, SYSTEM) or SYSTEM)
    return value if value == SYSTEM or value in LANGUAGES else SYSTEM


def system_language(system: QLocale | None = None) -> str:
    """The first of the system's UI languages the app is translated into, else English."""
    system = system or QLocale.system()
    for name in system.uiLanguages():
        code = name.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return DEFAULT_LANGUAGE


def effective_language(choice: str, system: QLocale | None = None) -> str:
    """``"en"`` or ``"it"``: the choice, or what the system asks for."""
    return system_language(system) if choice == SYSTEM else choice


def locale_for(choice: str, system: QLocale | None = None) -> QLocale:
    """The locale dates and numbers are written in.

    "System" keeps the system locale as it is (a German system shows German dates even though
    the words are English).  An explicit language keeps the system's country when it fits (an
    Italian in Switzerland gets it_CH), otherwise the country of the system with that language
    (English on an Italian system: en_IT, i.e. 24-hour clock and day/month/year) — Qt picks the
    closest locale it knows.
    """
    system = system or QLocale.system()
    if choice == SYSTEM:
        return system
    language = QLocale.Language.Italian if choice == "it" else QLocale.Language.English
    if system.language() == language:
        return system
    return QLocale(language, system.territory())


def install(settings: QSettings | None = None, choice: str | None = None) -> str:
    """Set the default locale and install the translators; returns the language in use.

    Called again (tests, the screenshot script) it replaces the translators it installed
    before.  Must run before widgets are built.
    """
    if choice is None:
        choice = chosen_language(settings or QSettings())
    language = effective_language(choice)
    QLocale.setDefault(locale_for(choice))
    app = QCoreApplication.instance()
    _remove_installed()
    candidates = [(QM_PREFIX + language, [str(QM_DIR)])]
    if language != "en":
        candidates.append((f"qtbase_{language}", qt_translation_dirs()))
    for name, folders in candidates:
        translator = QTranslator(app)
        if any(translator.load(name, folder) for folder in folders):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
    return language


def qt_translation_dirs() -> list[str]:
    """Where Qt's own catalogues are: Qt's configured folder, else the PySide6 package's (a
    frozen bundle may not carry a qt.conf pointing at them)."""
    import PySide6

    return [
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        str(Path(PySide6.__file__).resolve().parent / "Qt" / "translations"),
    ]


def uninstall() -> None:
    """Back to the English source strings and the system locale (tests)."""
    _remove_installed()
    QLocale.setDefault(QLocale.system())


def _remove_installed() -> None:
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()


def loaded_files() -> list[str]:
    """The .qm files in use (for the About dialog and tests)."""
    return [translator.filePath() for translator in _installed]
