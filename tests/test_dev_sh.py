"""installer/dev.sh as a newcomer meets it: without a display, ``demo`` says so in one sentence
and leaves nothing behind; run again with nothing changed, it installs nothing and is quiet.

On a fresh Debian 13 ``dev.sh demo`` without a display died with Qt's own message (blaming
libxcb-cursor0, which was installed), left a temporary folder, and every run reinstalled the
package with a nine-line setuptools notice.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DEV_SH = ROOT / "installer" / "dev.sh"
NO_DISPLAY = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")


def _without_display(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in NO_DISPLAY}
    return {**env, "TMPDIR": str(tmp_path), **extra}


def test_the_app_without_a_display_says_so_and_leaves_nothing(tmp_path):
    temp = tmp_path / "temp"
    temp.mkdir()
    result = subprocess.run(
        [sys.executable, "-m", "masto_diary", "--demo"],
        env=_without_display(temp),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1, result.stderr
    [sentence] = result.stderr.splitlines()
    assert "no display" in sentence and "xvfb-run" in sentence
    assert list(temp.iterdir()) == []


def test_dev_sh_demo_without_a_display_stops_before_installing(tmp_path):
    venv = tmp_path / "venv"
    result = subprocess.run(
        ["bash", str(DEV_SH), "demo"],
        env=_without_display(tmp_path, VENV=str(venv)),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    [sentence] = result.stderr.splitlines()
    assert "no display" in sentence and "xvfb-run" in sentence
    assert not venv.exists()


def _site_packages(venv: Path) -> Path:
    [site] = venv.glob("lib/python3*/site-packages")
    return site


@pytest.mark.slow
def test_a_second_run_installs_nothing_and_prints_no_setuptools_notice(tmp_path):
    """Two real runs of ``dev.sh demo`` into a fresh environment (the window is Qt's offscreen
    one, closed by --smoke-test)."""
    venv = tmp_path / "venv"
    env = {
        **os.environ,
        "VENV": str(venv),
        "PYTHON": sys.executable,
        "QT_QPA_PLATFORM": "offscreen",
    }
    env.pop("PYTHONWARNINGS", None)

    def run() -> subprocess.CompletedProcess:
        return subprocess.run(
            ["bash", str(DEV_SH), "demo", "--smoke-test"],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )

    first = run()
    assert first.returncode == 0, first.stderr
    site = _site_packages(venv)
    installed = {p.name: p.stat().st_mtime_ns for p in site.iterdir()}
    second = run()
    assert second.returncode == 0, second.stderr
    assert {p.name: p.stat().st_mtime_ns for p in site.iterdir()} == installed
    for said in (first.stderr, second.stderr, second.stdout):
        assert "Editable installation" not in said and "setuptools" not in said, said
    assert "pip" not in second.stderr
