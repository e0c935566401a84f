"""Compile the translations: ``resources/i18n/*.ts`` → ``masto_diary/i18n/*.qm``.

    .venv/bin/python resources/i18n/build_translations.py [--out DIR]

The ``.qm`` files are build products and are not committed.  They are made by
``installer/dev.sh`` (after installing the package, so a development copy and CI have them),
by the PyInstaller spec (so every bundle and installer has them), and by the test session
(``tests/conftest.py``) when they are missing or older than their ``.ts``.  Without them the
app simply runs in English.  Uses the ``lrelease`` of the PySide6 wheel; takes well under a
second.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = Path(__file__).resolve().parent
QM_DIR = ROOT / "masto_diary" / "i18n"


def lrelease_command() -> list[str]:
    """lrelease from the PySide6 wheel in this environment, else one on PATH."""
    try:
        import PySide6

        suffix = ".exe" if sys.platform == "win32" else ""
        bundled = Path(PySide6.__file__).parent / f"lrelease{suffix}"
        if bundled.is_file():
            return [str(bundled)]
    except ImportError:
        pass
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if not found:
        raise SystemExit("pyside6-lrelease not found: install PySide6 (pip install -e .)")
    return [found]


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


def build(out_dir: Path = QM_DIR, quiet: bool = True) -> list[Path]:
    """Compile every ``.ts``; returns the ``.qm`` files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for ts in ts_files():
        qm = qm_for(ts, out_dir)
        command = lrelease_command() + (["-silent"] if quiet else []) + [str(ts), "-qm", str(qm)]
        subprocess.run(command, check=True)
        written.append(qm)
    return written


def build_if_stale(out_dir: Path = QM_DIR) -> list[Path]:
    return build(out_dir) if stale(out_dir) else []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=QM_DIR, help="folder for the .qm files")
    args = parser.parse_args(argv)
    for qm in build(args.out, quiet=False):
        print(f"wrote {qm.relative_to(ROOT) if qm.is_relative_to(ROOT) else qm}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
