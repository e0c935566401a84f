"""Translations: every visible string is in the .ts files, Italian is complete, and the app
really shows Italian when asked.

Three layers, because each catches what the others cannot:

1. **Extraction** — ``resources/i18n/update_translations.py`` (lupdate plus a syntax-tree pass
   for the calls lupdate's Python parser skips) run now must give exactly the committed
   ``.ts`` files: a string added to the code without running the script fails here.
2. **Static** — text literals handed straight to a widget (``QLabel("Save")``,
   ``setToolTip(f"…")``) never reach a translator: none may remain.
3. **At run time** — the main window (every page) and every dialog are built on the demo
   diary with the Italian catalogue loaded, and no text on screen may be an English source
   string whose Italian differs; words of the English UI vocabulary that no Italian
   translation uses and that are not the family's own data are reported too.  This catches a
   wrong context (``parent.tr``), a string built before the translator was installed, or one
   that lost its marker.
"""

import ast
import importlib.util
import re
import sqlite3
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from masto_diary.words import i18n

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
PLACEHOLDER = re.compile(r"%(?:\d|n)")


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, I18N / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


update = _load("update_translations")


@pytest.fixture(scope="module")
def italian() -> dict:
    return update.read_ts(I18N / "masto_diary_it.ts")


# --------------------------------------------------------------------------- 1. extraction


def test_ts_files_are_up_to_date_with_the_code():
    for path, text in update.updated_catalogues().items():
        assert path.read_text(encoding="utf-8") == text, (
            f"{path.name} does not match the code: run "
            ".venv/bin/python resources/i18n/update_translations.py, then translate"
        )


def test_italian_translation_is_complete(italian):
    unfinished = [m.source for m in italian.values() if not m.finished]
    assert unfinished == []
    for message in italian.values():
        if message.numerus:
            assert len(message.forms) == 2 and all(message.forms), message.source
        else:
            assert message.translation.strip(), message.source


@pytest.mark.parametrize("code", ["it", "en"])
def test_translations_keep_placeholders_and_mnemonics(code):
    for message in update.read_ts(I18N / f"masto_diary_{code}.ts").values():
        wanted = sorted(set(PLACEHOLDER.findall(message.source)))
        for text in message.forms or [message.translation]:
            found = sorted(set(PLACEHOLDER.findall(text)))
            if message.numerus and "%n" not in found:  # "un giorno" for n = 1 is fine
                found = sorted(set(found) | {"%n"})
            assert found == wanted, f"{message.source!r} → {text!r}"
            mnemonics = message.source.replace("&&", "").count("&")
            assert text.replace("&&", "").count("&") == mnemonics, f"{message.source!r} → {text!r}"


def test_english_catalogue_holds_every_plural(italian):
    english = update.read_ts(I18N / "masto_diary_en.ts")
    plurals = {key for key, m in italian.items() if m.numerus}
    assert set(english) == plurals
    for message in english.values():
        assert message.finished and len(message.forms) == 2 and all(message.forms)


def test_helper_strings_are_in_the_context_the_code_asks_for(italian):
    """The report's, charts' and pages' module helpers (tr, _tr) are filed by their context."""
    contexts = {key[0] for key in italian}
    assert {"report", "TrendChart", "symptom_scale", "triggers", "ReminderCenter"} <= contexts
    assert "" not in contexts


# --------------------------------------------------------------------------- 2. static

TEXT_SETTERS = {
    "setText",
    "setToolTip",
    "setWindowTitle",
    "setPlaceholderText",
    "setAccessibleName",
    "setAccessibleDescription",
    "setTitle",
    "setStatusTip",
    "showMessage",
    "addTab",
    "setTabText",
    "setHeaderLabels",
    "setHorizontalHeaderLabels",
    "setLabelText",
    "setSpecialValueText",
    "setSuffix",
    "setPrefix",
}
TEXT_WIDGETS = {
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QToolButton",
    "QMenu",
}
MESSAGE_BOXES = {"warning", "information", "question", "critical"}
WORDS = re.compile(r"[A-Za-z]{2,}")
UNITS = re.compile(r"^\s*(mg|kg|ng/mL|kU/L|IU/mL|mL|%)\s*$")  # the same in every language


def _has_words(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return bool(WORDS.search(node.value)) and not UNITS.match(node.value)
    if isinstance(node, ast.JoinedStr):
        return any(_has_words(part) for part in node.values)
    if isinstance(node, ast.List | ast.Tuple):
        return any(_has_words(item) for item in node.elts)
    return False


def untranslated_literals(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name in TEXT_SETTERS or name in TEXT_WIDGETS:
            candidates = node.args[:1]
        elif name in MESSAGE_BOXES:
            candidates = node.args[1:3]
        elif name == "addRow":
            candidates = node.args[:1] if len(node.args) == 2 else []
        else:
            continue
        for argument in candidates:
            if _has_words(argument):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {ast.unparse(argument)}")
    return found


def test_no_widget_gets_an_unmarked_text_literal():
    problems = []
    for path in update.source_files():
        if "ui" in path.parts or "report" in path.parts:
            problems += untranslated_literals(path)
    assert problems == []


# --------------------------------------------------------------------------- 3. run time


@pytest.fixture
def in_italian(qapp):
    language = i18n.install(choice="it")
    assert language == "it" and i18n.loaded_files(), "masto_diary_it.qm was not built"
    yield
    i18n.uninstall()


def _strip(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def _demo_words(diary) -> set[str]:
    """Words of the family's own data (names, notes, medicines): they stay as typed."""
    words: set[str] = set()
    connection = sqlite3.connect(diary.path)
    try:
        tables = [
            r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        for table in tables:
            if table in ("symptom_definition", "trigger"):  # defaults must show translated
                continue
            for row in connection.execute(f'SELECT * FROM "{table}"'):
                for value in row:
                    if isinstance(value, str):
                        words.update(w.lower() for w in WORDS.findall(value))
    finally:
        connection.close()
    return words


def english_leftovers(texts, italian: dict, data_words: set[str]) -> list[str]:
    """Texts on screen that are (or contain) English the Italian catalogue would have changed."""
    changed = {}
    italian_words: set[str] = set()
    for message in italian.values():
        translations = message.forms or [message.translation]
        italian_words.update(w.lower() for t in translations for w in WORDS.findall(t))
        if _strip(message.source) != _strip(translations[-1]):
            changed[_strip(message.source)] = translations[-1]
    english_words = {
        w.lower() for m in italian.values() for w in WORDS.findall(m.source) if len(w) >= 4
    }
    suspicious = english_words - italian_words - data_words - ALLOWED_WORDS
    shown_in_italian = {_strip(t) for m in italian.values() for t in m.forms or [m.translation]}
    found = []
    for where, text in texts:
        plain = PATH.sub("", _strip(text))  # file and folder paths are the computer's names
        if plain in shown_in_italian:  # "Note" is Italian too (for "Notes")
            continue
        if plain in changed:
            found.append(f"{where}: {text!r} (Italian: {changed[plain]!r})")
            continue
        words = {w.lower() for w in WORDS.findall(plain)} & suspicious
        if words:
            found.append(f"{where}: {text!r} (English words {sorted(words)})")
    return found


# Words that read the same in an Italian UI: drug and unit names, codes, the app's name, and
# "backups", the name of the folder on disk.
ALLOWED_WORDS = {"omalizumab", "masto", "diary", "json", "fhir", "kit", "d816v", "backups"}
PATH = re.compile(r"\S*/\S*")


def test_the_window_and_every_dialog_show_italian(qtbot, demo_diary, tmp_path, in_italian, italian):
    from tests.ui.walk import (
        every_dialog,
        every_page,
        mnemonic_clashes,
        open_window,
        visible_texts,
    )

    assert QLocale().language() == QLocale.Language.Italian
    window = open_window(qtbot, demo_diary, tmp_path)
    texts = visible_texts(window)
    clashes = []
    for key, page in every_page(window):
        texts += visible_texts(page)
        clashes += [f"{key}: {clash}" for clash in mnemonic_clashes(window)]
    for menu_action in window.menuBar().actions():
        texts.append(("menu", menu_action.text()))
        texts += [("menu", a.text()) for a in menu_action.menu().actions() if a.text()]
    for name, dialog in every_dialog(qtbot, window, demo_diary):
        texts += visible_texts(dialog)
        clashes += [f"{name}: {clash}" for clash in mnemonic_clashes(dialog)]
    assert len(texts) > 500  # the walk really saw the app
    leftovers = english_leftovers(texts, italian, _demo_words(demo_diary))
    assert not leftovers, "English on the Italian screen:\n" + "\n".join(leftovers)
    assert not clashes, "Italian access keys used twice:\n" + "\n".join(clashes)


def test_report_pdf_is_italian(demo_diary, in_italian, italian, tmp_path):
    """The PDF report's words come from the same catalogue (context "report" and the labels)."""
    from pypdf import PdfReader

    from masto_diary.report.command import run_report

    target = tmp_path / "referto.pdf"
    demo_diary.close()
    assert run_report(demo_diary.data_dir, "Luca Rossi", None, None, target) == 0
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(target).pages)
    left = []
    for (context, source, _comment), message in italian.items():
        if context not in ("report", "labels", "symptom_scale") or PLACEHOLDER.search(source):
            continue
        translation = message.forms[-1] if message.forms else message.translation
        long_enough = len(source) >= 12 and " " in source  # whole phrases, not single words
        if long_enough and translation != source and source in text:
            left.append(source)
    assert left == []
    assert "Triptasi" in text or "triptasi" in text
