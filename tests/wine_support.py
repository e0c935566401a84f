"""A Windows 10 under Wine for the installer's tests and benchmark: the build, a fresh prefix.

Shared by tests/test_installer_windows.py and tests/perf/test_perf_windows.py.  The prefix is
made by installer/windows/wine-env.sh (as the build's), for a Windows user called Zoë, with an
X server (Xvfb) so Qt uses its real Windows platform plugin.  Only what Windows 10 has and Wine
lacks is added to it (installer/windows/wine/*.c); the installer carries none of it.
"""

import os
import pwd
import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from masto_diary import __version__

ROOT = Path(__file__).resolve().parents[1]
BUILD_SCRIPT = ROOT / "installer" / "build-windows.sh"
WINE_ENV = ROOT / "installer" / "windows" / "wine-env.sh"
BUILD_TIMEOUT = 1800  # seconds: a cold build downloads and sets up the prefix first
RUN_TIMEOUT = 300
USER = "Zoë"
APP_ID_GUID = "{E0DD60FA-17EC-5ECE-A66C-924185244F83}"  # AppId of installer/windows/*.iss
TOOLS = ("wine", "wineboot", "wineserver", "Xvfb", "x86_64-w64-mingw32-gcc", "npm")


def wine_cache() -> Path:
    """The build's cache (installer/windows/wine-env.sh), in the real home: the tests' private
    HOME (tests/conftest.py) must not make every build a cold one."""
    if os.environ.get("MASTO_DIARY_WINE_CACHE"):
        return Path(os.environ["MASTO_DIARY_WINE_CACHE"])
    return Path(pwd.getpwuid(os.getuid()).pw_dir) / ".cache" / "masto-diary" / "windows"


def wine_env(**extra: str) -> dict[str, str]:
    """This environment with the build's cache named explicitly."""
    return {**os.environ, "MASTO_DIARY_WINE_CACHE": str(wine_cache()), **extra}


def missing_tools() -> list[str]:
    missing = [tool for tool in TOOLS if not shutil.which(tool)]
    if not Path("/usr/lib/i386-linux-gnu/wine").is_dir():
        missing.append("wine32:i386")  # the setup program and ISCC.exe are 32-bit
    return missing


def require_tools() -> None:
    """Skip without Wine and its helpers; under CI (env CI set) fail instead."""
    missing = missing_tools()
    if missing:
        message = f"needs {', '.join(missing)}: bash installer/dev.sh test-windows installs them"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


def build_installer(out: Path) -> tuple[Path, float]:
    """Run installer/build-windows.sh into ``out``; the installer and the seconds it took."""
    require_tools()
    started = time.perf_counter()
    result = subprocess.run(
        ["bash", str(BUILD_SCRIPT), "--dist", str(out / "dist"), "--work", str(out / "work")],
        cwd=ROOT,
        env=wine_env(),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT,
    )
    seconds = time.perf_counter() - started
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    setup = out / "dist" / f"masto-diary-{__version__}-windows-x64-setup.exe"
    assert setup.is_file(), result.stdout[-2000:]
    return setup, seconds


@dataclass
class Machine:
    """A fresh Wine prefix with an X display: a Windows 10 of user Zoë."""

    prefix: Path
    home: Path  # the Linux HOME Wine runs under (its own folders link there)
    env: dict[str, str]

    @property
    def profile(self) -> Path:
        return self.prefix / "drive_c" / "users" / USER

    @property
    def local_app_data(self) -> Path:
        return self.profile / "AppData" / "Local"

    @property
    def app_folder(self) -> Path:
        return self.local_app_data / "Programs" / "masto-diary"

    @property
    def data_folder(self) -> Path:
        return self.local_app_data / "masto-diary"

    @property
    def start_menu_entry(self) -> Path:
        programs = self.profile / "AppData/Roaming/Microsoft/Windows/Start Menu/Programs"
        return programs / "Mastocytosis Diary.lnk"

    def windows_path(self, path: Path) -> str:
        return "C:\\" + str(path.relative_to(self.prefix / "drive_c")).replace("/", "\\")

    def run(self, *args: str, timeout: float = RUN_TIMEOUT) -> subprocess.CompletedProcess:
        """wine ARGS, output through a pipe (Python under Wine needs one), no standard input."""
        return subprocess.run(
            ["wine", *args],
            env=self.env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=timeout,
        )

    def start(self, *args: str) -> subprocess.Popen:
        return subprocess.Popen(
            ["wine", *args],
            env=self.env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )

    def app(self, *args: str, timeout: float = RUN_TIMEOUT) -> subprocess.CompletedProcess:
        return self.run(
            self.windows_path(self.app_folder / "masto-diary.exe"), *args, timeout=timeout
        )

    def registry(self) -> str:
        """HKEY_CURRENT_USER as Wine stores it (written out once wineserver is idle)."""
        subprocess.run(["wineserver", "--wait"], env=self.env, timeout=120)
        return (self.prefix / "user.reg").read_text(encoding="utf-8", errors="replace")


def registry_key(registry: str, key: str) -> str:
    """The values of one key in a Wine .reg file (keys are written with doubled backslashes)."""
    header = "[" + key.replace("\\", "\\\\") + "]"
    lines = registry.splitlines()
    for index, line in enumerate(lines):
        if line.startswith(header):
            values = []
            for value in lines[index + 1 :]:
                if value.startswith("["):
                    break
                values.append(value)
            return "\n".join(values)
    return ""


def text(result: subprocess.CompletedProcess) -> str:
    return (result.stdout + result.stderr).decode("utf-8", errors="replace")


def installed_machine(root: Path, setup_exe: Path) -> Iterator[Machine]:
    """A fresh prefix in ``root`` with the app installed silently, as a family's double-click
    would, and an X server; everything started in it is ended afterwards."""
    display = subprocess.Popen(
        ["Xvfb", "-displayfd", "1", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    env: dict[str, str] = {}
    try:
        number = display.stdout.readline().decode().strip()
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("QT_", "XDG_", "MASTO_DIARY_", "PYTHON", "WINE"))
        }
        env["MASTO_DIARY_WINE_CACHE"] = str(wine_cache())  # where the stand-in DLLs are
        home = root / "home"
        home.mkdir(parents=True)
        env.update(HOME=str(home), USER=USER, LOGNAME=USER, DISPLAY=f":{number}")
        prepared = subprocess.run(
            # the fresh prefix, as Windows 10, with only the DLLs Windows has and Wine lacks
            f'root={ROOT}; source "{WINE_ENV}"; export WINEPREFIX={root / "prefix"}; '
            "wine_new_prefix && wine winecfg /v win10 </dev/null 2>&1 | cat && wine_stub_dlls "
            "&& env | grep ^WINE",
            shell=True,
            executable="/bin/bash",
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert prepared.returncode == 0, prepared.stdout + prepared.stderr
        env.update(line.split("=", 1) for line in prepared.stdout.splitlines() if "=" in line)
        result = Machine(root / "prefix", home, env)
        log = root / "setup.log"
        installed = result.run(
            str(setup_exe), "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART", f"/LOG=Z:{log}"
        )
        assert installed.returncode == 0, log.read_text(encoding="utf-8-sig", errors="replace")
        yield result
    finally:
        if "WINEPREFIX" in env:  # this prefix's processes only
            subprocess.run(["wineserver", "--kill"], env=env, timeout=60)
        display.terminate()
        display.wait(timeout=30)
