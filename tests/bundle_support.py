"""Building and unpacking the Linux bundle, shared by tests/test_installer.py and the benchmark.

The bundle is built by the real script (installer/build-linux.sh) into a temporary folder, so a
test never touches the checkout's dist/ and build/ and two runs cannot disturb each other.
"""

import os
import subprocess
import sys
import tarfile
import time
from dataclasses import dataclass
from pathlib import Path

from masto_diary import __version__

ROOT = Path(__file__).resolve().parents[1]
BUILD_SCRIPT = ROOT / "installer" / "build-linux.sh"
BUILD_TIMEOUT = 900  # seconds; about two minutes on a 2-core machine


@dataclass(frozen=True)
class Bundle:
    tarball: Path
    folder: Path  # the unpacked top folder, holding the masto-diary executable
    build_seconds: float

    @property
    def executable(self) -> Path:
        return self.folder / "masto-diary"


def tarball_name() -> str:
    return f"masto-diary-{__version__}-linux-{os.uname().machine}.tar.gz"


def build_bundle(out: Path) -> Bundle:
    """Run build-linux.sh with this interpreter, then unpack its tarball under ``out``."""
    env = {
        **os.environ,
        "PYTHON": sys.executable,
        "PYINSTALLER_CONFIG_DIR": str(out / "cache"),
    }
    started = time.perf_counter()
    result = subprocess.run(
        ["bash", str(BUILD_SCRIPT), "--dist", str(out / "dist"), "--work", str(out / "work")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT,
    )
    seconds = time.perf_counter() - started
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    tarball = out / "dist" / tarball_name()
    assert tarball.is_file(), f"build-linux.sh did not write {tarball}"
    unpacked = out / "unpacked"
    with tarfile.open(tarball) as archive:
        tops = {Path(member.name).parts[0] for member in archive.getmembers()}
        archive.extractall(unpacked, filter="tar")
    assert tops == {f"masto-diary-{__version__}"}, tops
    return Bundle(tarball, unpacked / tops.pop(), seconds)


def run_env(home: Path, **extra: str) -> dict[str, str]:
    """A headless environment with a private home, for starting the bundle."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("XDG_", "MASTO_DIARY_", "PYTHON"))
    }
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", **extra)
    return env


def disk_usage(folder: Path) -> int:
    """Bytes the folder takes on disk (allocated blocks, as ``du`` counts them)."""
    total = 0
    for path in folder.rglob("*"):
        if not path.is_symlink():
            total += path.stat().st_blocks * 512
    return total
