"""A wheel built from the repository speaks Italian: the build compiles the translations.

The wheel is built the way ``pip install .`` and ``pipx install`` build it for a family: from the
files git tracks (as a fresh clone has them, no .qm left over from a development run), with pip's
build isolation, so the environment holds only ``[build-system] requires`` (no PySide6; see
setup.py).  The isolated environment comes from pip's cache or PyPI (about 3 s when cached).
Then the app's own i18n module, imported from the unpacked wheel, installs Italian.
"""

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.test_qm_compiler import italian_sample

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow


def tracked_copy(target: Path) -> Path:
    """The files git tracks (plus untracked ones not ignored: work in progress), nothing else."""
    listing = subprocess.run(
        ["git", "-C", str(ROOT), "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        capture_output=True,
        check=True,
    ).stdout
    for name in filter(None, listing.decode("utf-8").split("\0")):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    source = tracked_copy(tmp_path_factory.mktemp("clone"))
    assert not list(source.rglob("*.qm")), "the copy must start without compiled translations"
    out = tmp_path_factory.mktemp("wheels")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "-q", "-w", str(out)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    (built,) = out.glob("masto_diary-*.whl")
    return built


def test_the_wheel_carries_every_catalogue(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    expected = {
        f"masto_diary/i18n/{ts.stem}.qm" for ts in (ROOT / "resources" / "i18n").glob("*.ts")
    }
    assert expected <= set(names), sorted(n for n in names if "i18n" in n)


def test_the_app_speaks_italian_from_the_wheel(wheel, tmp_path):
    unpacked = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(unpacked)  # a pure-Python wheel: unpacking is installing
    context, english, italian = italian_sample()
    script = f"""
import json, sys
from PySide6.QtCore import QCoreApplication
import masto_diary
from masto_diary.words import i18n
app = QCoreApplication([])
language = i18n.install(choice="it")
print(json.dumps({{
    "package": masto_diary.__file__,
    "language": language,
    "loaded": i18n.loaded_files(),
    "text": QCoreApplication.translate({context!r}, {english!r}),
}}))
"""
    environment = {**os.environ, "PYTHONPATH": str(unpacked)}
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env=environment,
        cwd=tmp_path,  # not the checkout: "-c" puts the working folder first on sys.path
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert Path(seen["package"]).is_relative_to(unpacked), seen["package"]
    assert seen["language"] == "it"
    assert any(Path(path).is_relative_to(unpacked) for path in seen["loaded"]), seen["loaded"]
    assert seen["text"] == italian
