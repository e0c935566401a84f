"""Compile the translations: ``resources/i18n/*.ts`` → ``masto_diary/i18n/*.qm``.

    .venv/bin/python resources/i18n/build_translations.py [--out DIR]

The ``.qm`` files are build products and are not committed.  They are made by the package build
(``setup.py``: every wheel, sdist build and ``pip install`` has them), by ``installer/dev.sh``
(for the development copy), by the PyInstaller spec (every bundle and installer) and by the test
session (``tests/conftest.py``) when they are missing or older than their ``.ts``.  Without them
the app simply runs in English.  The compiler is ``ts_to_qm.py`` beside this file: pure Python,
the same bytes as Qt's ``lrelease``, so a build needs no PySide6; it takes well under a second.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = Path(__file__).resolve().parent
QM_DIR = ROOT / "masto_diary" / "i18n"


def _compiler():
    """``ts_to_qm`` loaded by path: this file is also loaded by path (setup.py, conftest.py)."""
    spec = importlib.util.spec_from_file_location("ts_to_qm", TS_DIR / "ts_to_qm.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def ts_files() -> list[Path]:
    return sorted(TS_DIR.glob("masto_diary_*.ts"))


def qm_for(ts: Path, out_dir: Path = QM_DIR) -> Path:
    return out_dir / ts.with_suffix(".qm").name


def stale(out_dir: Path = QM_DIR) -> bool:
    """True when a ``.qm`` is missing or older than its ``.ts``."""
    for ts in ts_files():
        qm = qm_for(ts, out_dir)
        if not qm.is_file() or qm.stat().st_mtime < ts.stat().st_mtime:
            return True
    return False


def build(out_dir: Path = QM_DIR) -> list[Path]:
    """Compile every ``.ts``; returns the ``.qm`` files written."""
    compiler = _compiler()
    return [compiler.compile_ts(ts, qm_for(ts, out_dir)) for ts in ts_files()]


def build_if_stale(out_dir: Path = QM_DIR) -> list[Path]:
    return build(out_dir) if stale(out_dir) else []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=QM_DIR, help="folder for the .qm files")
    args = parser.parse_args(argv)
    for qm in build(args.out):
        print(f"wrote {qm.relative_to(ROOT) if qm.is_relative_to(ROOT) else qm}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
