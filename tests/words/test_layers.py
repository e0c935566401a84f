"""The report and the words never reach the user interface: the headless ``masto-diary report``
and a worker thread can use them without a widget (docs/architecture.md)."""

import subprocess
import sys
from pathlib import Path

import masto_diary

PACKAGE = Path(masto_diary.__file__).resolve().parent


def _modules(folder: str) -> list[str]:
    return [f"masto_diary.{folder}.{path.stem}" for path in sorted((PACKAGE / folder).glob("*.py"))]


def test_report_and_words_import_neither_ui_nor_widgets():
    modules = _modules("words") + _modules("report")
    probe = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.startswith('masto_diary.ui')"
        " or m == 'PySide6.QtWidgets'))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-800:]
    assert result.stdout.strip() == "[]"


def test_no_module_of_report_or_words_names_the_ui_package():
    for folder in ("report", "words"):
        for path in (PACKAGE / folder).glob("*.py"):
            text = path.read_text(encoding="utf-8")
            assert "masto_diary.ui" not in text and "from masto_diary import ui" not in text, path
