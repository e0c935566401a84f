"""The pure-Python .ts → .qm compiler writes exactly what Qt's lrelease writes.

The package build uses resources/i18n/ts_to_qm.py (no PySide6 in pip's isolated build
environment); lrelease from the PySide6 wheel is the reference it must match byte for byte, for
our catalogues and for the cases they do not contain yet (comments, unfinished, vanished and
obsolete messages, empty translations and plural forms, control characters).
"""

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "i18n"
EDGE_CASES = Path(__file__).resolve().parent / "i18n_samples" / "edge_cases_it.ts"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, TS_DIR / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


ts_to_qm = _load("ts_to_qm")


def lrelease(ts: Path, qm: Path) -> bytes:
    """Qt's own compiler, from the PySide6 wheel of this environment."""
    import PySide6

    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    tool = Path(PySide6.__file__).parent / name
    assert tool.is_file(), f"PySide6 ships no lrelease at {tool}"
    subprocess.run([str(tool), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm.read_bytes()


def italian_sample() -> tuple[str, str, str]:
    """A (context, English, Italian) message of our catalogue whose words differ."""
    _language, messages = ts_to_qm.read_ts(TS_DIR / "masto_diary_it.ts")
    for message in messages:
        source, forms = message.source.decode(), message.translations
        if len(forms) == 1 and forms[0] and forms[0] != source and not message.comment:
            return message.context.decode(), source, forms[0]
    raise AssertionError("the Italian catalogue has no translated message")


CATALOGUES = sorted(TS_DIR.glob("masto_diary_*.ts")) + [EDGE_CASES]


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda path: path.name)
def test_same_bytes_as_lrelease(ts, tmp_path):
    ours = ts_to_qm.compile_ts(ts, tmp_path / "ours.qm").read_bytes()
    assert ours == lrelease(ts, tmp_path / "theirs.qm")


def test_qtranslator_reads_what_it_wrote(tmp_path):
    qm = ts_to_qm.compile_ts(EDGE_CASES, tmp_path / "edge.qm")
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.language() == "it_IT"
    assert translator.translate("Zeta", "Open") == "Apri"
    assert translator.translate("Zeta", "Open", "menu") == "Apri (menu)"
    assert translator.translate("Zeta", "Draft") == "Bozza"  # unfinished but written: kept
    assert translator.translate("Zeta", "Gone") == ""  # vanished: not in the file
    assert translator.translate("Zeta", "Empty finished") == ""  # null: the source is shown
    assert translator.translate("Zeta", "Tab\there €") == "Tab\tqui €"
    # one empty plural form (a null string) makes QTranslator give up on the whole message
    assert translator.translate("Alpha", "%n day(s)", None, 1) == ""
    assert translator.translate("Alpha", "%n day(s)", None, 2) == ""


def test_a_language_without_known_plural_rules_is_refused(tmp_path):
    ts = tmp_path / "masto_diary_pl.ts"
    ts.write_text(EDGE_CASES.read_text(encoding="utf-8").replace("it_IT", "pl_PL"), "utf-8")
    with pytest.raises(ValueError, match="no plural rules known for language 'pl_PL'"):
        ts_to_qm.compile_ts(ts, tmp_path / "pl.qm")


def test_build_translations_uses_it(tmp_path):
    build = _load("build_translations")
    written = build.build(tmp_path)
    assert [qm.name for qm in written] == [f"{ts.stem}.qm" for ts in build.ts_files()]
    assert not build.stale(tmp_path)
