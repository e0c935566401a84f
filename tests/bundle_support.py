"""Building and unpacking the Linux bundle, shared by tests/test_installer.py and the benchmark.

The bundle is built by the real script (installer/build-linux.sh) into a temporary folder, so a
test never touches the checkout's dist/ and build/ and two runs cannot disturb each other.
"""

import ast
import importlib.util
import os
import struct
import subprocess
import sys
import tarfile
import time
from dataclasses import dataclass
from pathlib import Path

from masto_diary import __version__

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "masto_diary"
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
    # Unpacked as the README tells a family to, with tar itself: tarfile's extraction filters
    # arrived in Python 3.11.4, and Debian 12's own Python is 3.11.2.
    unpacked.mkdir(parents=True, exist_ok=True)
    subprocess.run(["tar", "-xzf", str(tarball), "-C", str(unpacked)], check=True)
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


def imported_modules() -> list[str]:
    """Every module the package names in an import statement, at the top of a module or inside
    a function (imported when a page, dialog or command first needs it), for the bundle's
    ``--self-test`` to import: a module trimmed out of the bundle fails the test, not a click.

    ``from X import Y`` gives X, and X.Y when Y is a module; imports under ``if TYPE_CHECKING:``
    are left out (they never run).
    """
    names: set[str] = set()
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skipped = {
            id(child)
            for node in ast.walk(tree)
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
            for child in ast.walk(node)
        }
        for node in ast.walk(tree):
            if id(node) in skipped:
                continue
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
                for alias in node.names:
                    name = f"{node.module}.{alias.name}"
                    if _is_module(name):
                        names.add(name)
    names.discard("__future__")
    # A module this platform does not have (msvcrt, imported by storage/writer_lock.py only on
    # Windows) cannot be in this platform's bundle either; any other must be.
    return sorted(name for name in names if ".migrations" not in name and _is_module(name))


def _is_module(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


PAGE_SIZE = 4096


def misaligned_binaries(folder: Path) -> list[str]:
    """ELF files whose PT_LOAD segments the dynamic loader refuses to map ("ELF load command
    address/offset not page-aligned"), as ``strip`` makes of libraries patched by auditwheel."""
    bad = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as file:
                head = file.read(64)
                if head[:4] != b"\x7fELF":
                    continue
                is_64, order = head[4] == 2, "<" if head[5] == 1 else ">"
                table = struct.unpack_from(
                    order + ("Q" if is_64 else "I"), head, 32 if is_64 else 28
                )
                size, count = struct.unpack_from(order + "HH", head, 54 if is_64 else 42)
                file.seek(table[0])
                headers = file.read(size * count)
            layout = order + ("IIQQQQQQ" if is_64 else "IIIIIIII")
            for index in range(count):
                fields = struct.unpack_from(layout, headers, index * size)
                if is_64:
                    kind, offset, address, align = fields[0], fields[2], fields[3], fields[7]
                else:
                    kind, offset, address, align = fields[0], fields[1], fields[2], fields[7]
                if kind == 1 and (address - offset) % max(1, min(align, PAGE_SIZE)):
                    bad.append(str(path.relative_to(folder)))
                    break
    return bad
