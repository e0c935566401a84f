"""The Windows installer, built on Debian under Wine, then installed and started, as by a family.

installer/build-windows.sh builds ``masto-diary-<version>-windows-x64-setup.exe`` (the same
PyInstaller spec as Linux, then Inno Setup).  The setup program is run silently in a *fresh*
Wine prefix whose Windows user is called Zoë (a non-ASCII profile path, C:\\users\\Zoë), with an
X server (Xvfb) so Qt uses its real Windows platform plugin.  Only what Windows 10 has and Wine
lacks is added to the fresh prefix (installer/windows/wine/*.c); the installer carries none of it.

Selected with ``-m windows`` (``bash installer/dev.sh test-windows``; a plain run leaves it out);
marked slow.  Without Wine it is skipped, except under CI (env CI set), where a missing tool fails
it: ``bash installer/dev.sh test-windows`` installs everything it needs.
The Wine prefix with the Windows Python and the downloaded wheels
are kept in ~/.cache/masto-diary/windows between runs (installer/README.md).
"""

import os
import shutil
import sqlite3
import struct
import subprocess
import time
from pathlib import Path

import pytest

from masto_diary import __version__
from masto_diary.storage import DIARY_FILENAME, migrate
from tests.bundle_support import disk_usage
from tests.bundle_support import imported_modules as all_imported_modules
from tests.wine_support import (
    APP_ID_GUID,
    BUILD_TIMEOUT,
    build_installer,
    installed_machine,
    registry_key,
    text,
)

# Modules the package imports only on POSIX (storage/writer_lock.py takes fcntl there, msvcrt on
# Windows): a Windows bundle cannot hold them.
POSIX_ONLY = {"fcntl", "pwd"}  # imported on POSIX only, or under try/except ImportError


def imported_modules() -> list[str]:
    return [name for name in all_imported_modules() if name not in POSIX_ONLY]


# the module's first test also waits for the build (minutes; a cold one downloads first)
pytestmark = [pytest.mark.slow, pytest.mark.windows, pytest.mark.timeout(BUILD_TIMEOUT + 600)]

INSTALLER_BUDGET = 80_000_000  # bytes
INSTALLED_BUDGET = 200_000_000


@pytest.fixture(scope="module")
def setup_exe(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The installer, built by the real script into a temporary folder."""
    setup, seconds = build_installer(tmp_path_factory.mktemp("windows-build"))
    print(f"\nWindows installer built in {seconds:.0f} s")
    return setup


@pytest.fixture(scope="module")
def machine(tmp_path_factory: pytest.TempPathFactory, setup_exe: Path):
    yield from installed_machine(tmp_path_factory.mktemp("windows-machine"), setup_exe)


def files_under(folder: Path) -> set[Path]:
    return {path for path in folder.rglob("*") if path.is_file() and not path.is_symlink()}


def test_installer_is_named_for_the_version_and_within_budget(setup_exe):
    assert setup_exe.name == f"masto-diary-{__version__}-windows-x64-setup.exe"
    size = setup_exe.stat().st_size
    print(f"\ninstaller {size / 1e6:.1f} MB (budget {INSTALLER_BUDGET / 1e6:.0f} MB)")
    assert size < INSTALLER_BUDGET


def test_installs_per_user_with_start_menu_entry_and_uninstaller(machine):
    assert (machine.app_folder / "masto-diary.exe").is_file()
    assert (machine.app_folder / "unins000.exe").is_file()
    assert machine.start_menu_entry.is_file()
    registry = machine.registry()
    assert f"Uninstall\\\\{APP_ID_GUID}_is1" in registry, "no entry in Apps & features"
    internal = machine.app_folder / "_internal"
    assert (internal / "PySide6" / "plugins" / "platforms" / "qwindows.dll").is_file()
    for name in ("icuuc.dll", "bcryptprimitives.dll", "ucrtbase.dll", "ucrtwine.dll"):
        assert not list(machine.app_folder.rglob(name)), f"{name} is a Wine stand-in"
    size = disk_usage(machine.app_folder)
    print(f"\ninstalled {size / 1e6:.0f} MB (budget {INSTALLED_BUDGET / 1e6:.0f} MB)")
    assert size < INSTALLED_BUDGET


def test_installed_app_passes_its_self_test_in_a_non_ascii_profile(machine):
    """installer/launcher.py's --self-test: every page and dialog, charts, the PDF report,
    export and import, backups, start at login (the Run key), every imported module."""
    out = machine.profile / "self-test"
    result = machine.app("--self-test", machine.windows_path(out), *imported_modules())
    assert result.returncode == 0, text(result)[-4000:]
    assert "Traceback" not in text(result), text(result)[-4000:]
    report = (out / "r.pdf").read_bytes()
    assert report.startswith(b"%PDF")
    assert b"/FontFile2" in report, "the report's fonts are not embedded"
    assert list(out.glob("*.svg")) and list(out.glob("*.png"))
    loaded = (out / "loaded.txt").read_text(encoding="utf-8").splitlines()
    assert f"module {imported_modules()[-1]}" in loaded
    run_key = registry_key(machine.registry(), r"Software\Microsoft\Windows\CurrentVersion\Run")
    assert "masto-diary" not in run_key, "the self-test left start at login on"


def test_csv_export_opens_in_a_windows_spreadsheet(machine):
    """CSV files of the export: UTF-8 with a byte-order mark and CRLF line ends, which Excel
    reads as UTF-8 (accents intact) on a Windows machine."""
    import zipfile

    with zipfile.ZipFile(machine.profile / "self-test" / "export.zip") as archive:
        names = [name for name in archive.namelist() if name.endswith(".csv")]
        assert names
        for name in names:
            data = archive.read(name)
            assert data.startswith(b"\xef\xbb\xbf"), f"{name} has no UTF-8 byte-order mark"
            header = data.split(b"\r\n", 1)[0]
            assert b"\r\n" in data and b"\n" not in header, name


def test_diary_lands_in_local_app_data_and_nowhere_else(machine):
    before_prefix = files_under(machine.prefix / "drive_c")
    before_home = files_under(machine.home)
    result = machine.app("--smoke-test")
    assert result.returncode == 0, text(result)[-3000:]
    assert (machine.data_folder / "diary.sqlite3").is_file()
    new = (files_under(machine.prefix / "drive_c") - before_prefix) | (
        files_under(machine.home) - before_home
    )
    temp = machine.local_app_data / "Temp"
    outside = [p for p in new if machine.data_folder not in p.parents and temp not in p.parents]
    assert outside == [], "files written outside %LOCALAPPDATA%\\masto-diary"


def test_second_start_hands_over_to_the_first_window(machine):
    first = machine.start(machine.windows_path(machine.app_folder / "masto-diary.exe"))
    try:
        lock = machine.data_folder / "masto-diary.lock"
        deadline = time.monotonic() + 120
        while not lock.exists() and time.monotonic() < deadline:
            time.sleep(1)
        assert lock.exists(), "the first start took no lock"
        while True:  # the first window listens once its first frame is drawn
            second = machine.app("--smoke-test", timeout=120)
            if second.returncode == 0 or time.monotonic() > deadline:
                break
            time.sleep(2)
        assert second.returncode == 0, text(second)
        assert "brought to the front" in text(second)
        assert first.poll() is None, "the first window closed"
    finally:
        first.kill()
        subprocess.run(["wineserver", "--kill"], env=machine.env, timeout=60)
        first.wait(timeout=60)


def test_installed_app_draws_its_window_on_the_windows_desktop(machine):
    """A real screen grab (a Wine desktop of 1280x800 on Xvfb) of the maximised Today page.
    With MASTO_DIARY_SCREENSHOT=FILE set, the picture is copied there
    (docs/screenshots/windows-wine-today.png was made so)."""
    picture = machine.profile / "today.png"
    app = machine.windows_path(machine.app_folder / "masto-diary.exe")
    # a Wine desktop of that size, with window frames as Windows draws them
    desktop = "/desktop=masto-diary,1280x800"
    result = machine.run("explorer", desktop, app, "--screenshot", machine.windows_path(picture))
    assert result.returncode == 0, text(result)[-3000:]
    data = picture.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    assert struct.unpack(">II", data[16:24]) == (1280, 800)
    if os.environ.get("MASTO_DIARY_SCREENSHOT"):
        shutil.copyfile(picture, os.environ["MASTO_DIARY_SCREENSHOT"])


def test_installed_app_upgrades_an_old_diary_with_the_migrations_it_carries(machine):
    data = machine.profile / "old-diary"
    data.mkdir()
    migrate.upgrade(data / DIARY_FILENAME, "0001")  # as release 0001 left it
    result = machine.app("--data-dir", machine.windows_path(data), "--smoke-test")
    assert result.returncode == 0, text(result)[-3000:]
    connection = sqlite3.connect(data / DIARY_FILENAME)
    try:
        assert migrate.read_revision(connection) == migrate.HEAD_REVISION
    finally:
        connection.close()
    assert list((data / "backups").glob("*before-upgrade-from-0001*"))


def test_silent_uninstall_keeps_the_familys_diary(machine):
    diary = machine.data_folder / "diary.sqlite3"
    if not diary.is_file():
        assert machine.app("--smoke-test").returncode == 0
    kept = diary.read_bytes()
    result = machine.run(
        machine.windows_path(machine.app_folder / "unins000.exe"),
        "/VERYSILENT",
        "/SUPPRESSMSGBOXES",
        "/NORESTART",
    )
    assert result.returncode == 0, text(result)
    deadline = time.monotonic() + 60  # the uninstaller finishes in a copy of itself
    while (machine.app_folder / "masto-diary.exe").exists() and time.monotonic() < deadline:
        time.sleep(1)
    subprocess.run(["wineserver", "--wait"], env=machine.env, timeout=120)
    assert not (machine.app_folder / "masto-diary.exe").exists()
    assert not machine.start_menu_entry.exists()
    assert f"{APP_ID_GUID}_is1" not in machine.registry()
    assert diary.read_bytes() == kept
