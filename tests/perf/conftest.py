"""Benchmark helpers: the 10-year diary (written once per run) and process start timing.

Benchmarks print their figures beside a baseline measured in the same run; they are excluded
from the normal test run (``-m 'not perf'``) and are run with ``pytest -m perf -s tests/perf``.
"""

import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from masto_diary.storage import open_diary

BARE_WINDOW_SCRIPT = """
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class FirstFrame(QObject):  # as the app's ui/first_frame.py: ready once the first expose painted
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Expose and watched.isExposed():
            watched.removeEventFilter(self)
            said = f"window ready, cpu {time.process_time() * 1000:.0f} ms"
            QTimer.singleShot(0, lambda: (print(said, flush=True), app.quit()))
        return False


app = QApplication([])
window = QMainWindow()
window.resize(1100, 720)
window.show()
probe = FirstFrame()
window.windowHandle().installEventFilter(probe)
app.exec()
"""
"""A bare PySide6 window, ready at its first frame (its first expose, painted): the baseline
of every start-up budget, timed to the same moment as the app's ``--smoke-test``."""


@pytest.fixture(scope="session")
def ten_year_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data dir holding the 10-year synthetic diary; the write time is kept in a file."""
    from masto_diary.demo import write_synthetic_diary

    folder = tmp_path_factory.mktemp("ten-years")
    started = time.perf_counter()
    with open_diary(folder) as diary:
        write_synthetic_diary(diary, years=10)
    (folder / "write-seconds.txt").write_text(f"{time.perf_counter() - started:.3f}")
    return folder


PYC_CACHE = Path(tempfile.gettempdir()) / f"masto-diary-perf-pycache-{os.getuid()}"
READY: dict[str, float | None] = {"cpu": None}  # the last start's own CPU seconds, if it said


def seconds_until_line(command: list[str], marker: str, env: dict | None = None) -> float:
    """Wall time from spawning ``command`` until it prints a line containing ``marker``.

    The process runs as an installed app does (:func:`installed_env`: bytecode cached, not
    compiled at each start).  A line that says ``cpu N ms`` (the app's and the bare window's
    first frame) leaves the process's own CPU time in ``READY["cpu"]``.
    """
    environment = installed_env(PYC_CACHE, **(env or {}))
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=environment
    )
    try:
        for line in process.stdout:
            if marker in line:
                took = time.perf_counter() - started
                cpu = re.search(r"cpu (\d+) ms", line)
                READY["cpu"] = int(cpu.group(1)) / 1000 if cpu else None
                return took
        raise AssertionError(f"{command} ended without printing {marker!r}")
    finally:
        process.wait(timeout=60)
        process.stdout.close()


def starts_in_turns(commands: dict[str, list[str]], runs: int, env: dict | None = None):
    """Each command started ``runs`` times in turns (after one untimed start each, which warms
    the bytecode cache): name -> (median wall seconds, median CPU seconds or None)."""
    for command in commands.values():
        seconds_until_line(command, "window ready", env)
    found: dict[str, list[tuple[float, float | None]]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            found[name].append((seconds_until_line(command, "window ready", env), READY["cpu"]))
    medians = {}
    for name, figures in found.items():
        cpus = [cpu for _, cpu in figures if cpu is not None]
        wall = statistics.median(seconds for seconds, _ in figures)
        medians[name] = (wall, statistics.median(cpus) if cpus else None)
    return medians


def bare_window_command(tmp_path: Path) -> list[str]:
    script = tmp_path / "bare_window.py"
    script.write_text(BARE_WINDOW_SCRIPT)
    return [sys.executable, str(script)]


def installed_env(cache: Path, **extra: str) -> dict[str, str]:
    """The environment of a child process that runs as an installed app: its bytecode kept in
    a private cache (``PYTHONPYCACHEPREFIX``; warm it with one untimed run), so a test
    environment with ``PYTHONDONTWRITEBYTECODE`` does not time the compiler."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONPYCACHEPREFIX=str(cache), **extra)
    return env


def bare_window_seconds(tmp_path: Path) -> float:
    return seconds_until_line(bare_window_command(tmp_path), "window ready")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def print_table(title: str, rows: list[tuple[str, str, str]]) -> None:
    """Rows of (measure, figure, budget) printed as an aligned table."""
    print(f"\n{title}")
    width = max(len(r[0]) for r in rows)
    for measure, figure, budget in rows:
        print(f"  {measure:<{width}}  {figure:>14}  {budget}")
