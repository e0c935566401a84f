"""Windows installer budgets under Wine: sizes, and start to the first window beside a bare one.

    pytest -m perf -s tests/perf/test_perf_windows.py

Builds the installer with installer/build-windows.sh, installs it in a fresh Wine prefix, and
builds a bare PySide6 window (tests/perf/conftest.py's BARE_WINDOW_SCRIPT) with PyInstaller in
the same build prefix, one folder and windowed like the app.  Both are started the same way in
the same prefix; the app opens the demo diary.  Budgets (issue 16): installer < 80 MB, installed
< 200 MB, app start → window ≤ 2× the bare window's, build < 10 minutes on a warm machine.
"""

import statistics
import subprocess
import time

import pytest

from tests.bundle_support import disk_usage
from tests.perf.conftest import BARE_WINDOW_SCRIPT, print_table
from tests.wine_support import (
    BUILD_TIMEOUT,
    ROOT,
    WINE_ENV,
    Machine,
    build_installer,
    installed_machine,
    wine_env,
)

pytestmark = [pytest.mark.perf, pytest.mark.timeout(BUILD_TIMEOUT + 1800)]

RUNS = 5
INSTALLER_BUDGET_MB = 80
INSTALLED_BUDGET_MB = 200
BUILD_BUDGET_S = 600


def build_bare_window(out) -> str:
    """The bare window as a one-folder windowed exe, built in the build prefix."""
    out.mkdir(parents=True, exist_ok=True)
    script = out / "bare_window.py"
    script.write_text(BARE_WINDOW_SCRIPT, encoding="utf-8")
    result = subprocess.run(
        f'root={ROOT}; source "{WINE_ENV}"; winpy -m PyInstaller --noconfirm --windowed '
        f'--log-level ERROR --distpath "$(winpath {out}/dist)" --workpath "$(winpath {out}/w)" '
        f'--specpath "$(winpath {out})" "$(winpath {script})"',
        shell=True,
        executable="/bin/bash",
        env=wine_env(),
        capture_output=True,
        text=True,
        timeout=900,
    )
    exe = out / "dist" / "bare_window" / "bare_window.exe"
    assert exe.is_file(), result.stdout[-3000:] + result.stderr[-3000:]
    return f"Z:{exe}".replace("/", "\\")


def seconds_to_window(machine: Machine, *command: str) -> float:
    """Wall time from ``wine COMMAND`` until it prints ``window ready``."""
    started = time.perf_counter()
    process = machine.start(*command)
    try:
        for line in process.stdout:
            if b"window ready" in line:
                return time.perf_counter() - started
        raise AssertionError(f"{command} ended without printing 'window ready'")
    finally:
        process.wait(timeout=120)


def test_windows_installer_sizes_and_start(tmp_path):
    setup, build_seconds = build_installer(tmp_path / "build")
    bare = build_bare_window(tmp_path / "bare")
    for machine in installed_machine(tmp_path / "machine", setup):
        data = machine.windows_path(machine.profile / "demo")
        assert machine.app("demo", "--data-dir", data).returncode == 0
        app = (machine.windows_path(machine.app_folder / "masto-diary.exe"),)
        app_command = (*app, "--data-dir", data, "--smoke-test")
        first = seconds_to_window(machine, *app_command)
        bare_first = seconds_to_window(machine, bare)
        # taken in turns, so that a busy moment of the machine falls on both alike
        starts = [
            (seconds_to_window(machine, *app_command), seconds_to_window(machine, bare))
            for _ in range(RUNS)
        ]
        warm = statistics.median(app for app, _ in starts)
        bare_warm = statistics.median(bare for _, bare in starts)
        installed_mb = disk_usage(machine.app_folder) / 1e6
    setup_mb = setup.stat().st_size / 1e6
    print_table(
        f"Windows installer under Wine (demo diary; medians of {RUNS} starts)",
        [
            ("build (build-windows.sh)", f"{build_seconds:.0f} s", f"budget < {BUILD_BUDGET_S} s"),
            ("installer", f"{setup_mb:.1f} MB", f"budget < {INSTALLER_BUDGET_MB} MB"),
            ("installed", f"{installed_mb:.0f} MB", f"budget < {INSTALLED_BUDGET_MB} MB"),
            ("first start after install", f"{first * 1000:.0f} ms", ""),
            ("app start → window", f"{warm * 1000:.0f} ms", "budget ≤ 2× bare window"),
            ("bare PySide6 window, first", f"{bare_first * 1000:.0f} ms", ""),
            ("bare PySide6 window", f"{bare_warm * 1000:.0f} ms", ""),
            ("app / bare", f"{warm / bare_warm:.2f}×", "budget ≤ 2×"),
        ],
    )
    assert setup_mb < INSTALLER_BUDGET_MB
    assert installed_mb < INSTALLED_BUDGET_MB
    assert warm <= 2 * bare_warm
