"""Every launch is clean: the real app, started 20 times as a process, on a shared diary.

The window is started as a parent starts it (``python -m masto_diary``, X11 under Xvfb), with a
process per CPU core spinning beside it, on the study laptop's diary of a shared pair.  Before
each launch the kitchen laptop saves an evening and syncs, and the study laptop saves one while
the window is closed, so the window's first sync has something to bring and something to send.
Each launch must print nothing on stderr (a warm-up thread importing the ORM beside the main
thread printed "cannot import name … from partially initialized module" in most launches), and
its status bar must show the shared diary's status and the sentence of the sync it made.  What
the status bar shows is read from its own widgets (``MASTO_DIARY_ECHO_STATUS``, ui/app.py); the
window is closed with Ctrl+Q, which makes the last sync.  At the end each laptop holds every
evening the other saved.
"""

import datetime as dt
import os
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from masto_diary.services import children, entries
from masto_diary.storage import open_diary
from masto_diary.sync import share
from tests import reads
from tests.tools import require_tool

pytestmark = pytest.mark.slow

LAUNCHES = 20
PASSPHRASE = "launch test passphrase"
FIRST_DAY = dt.date(2026, 1, 1)
STATUS_SECONDS = 45  # a start under a CPU hog on a busy 2-core machine, with its first sync
BAD_LAUNCHES_BEFORE_STOPPING = 3


@pytest.fixture
def display():
    """A private X server; the app runs on Qt's real X11 platform plugin."""
    for tool in ("Xvfb", "xdotool"):
        require_tool(tool)
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", "1", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    try:
        yield f":{server.stdout.readline().decode().strip()}"
    finally:
        server.terminate()
        server.wait(10)


@pytest.fixture
def cpu_hog():
    """A busy process beside the app, as on a parent's laptop that is indexing or updating."""
    hog = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    yield
    hog.kill()
    hog.wait(10)


@pytest.fixture
def pair(tmp_path):
    """The kitchen laptop's diary shared into a folder, the study laptop's joined from it."""
    kitchen_dir, study_dir, folder = tmp_path / "kitchen", tmp_path / "study", tmp_path / "Sync"
    folder.mkdir(mode=0o700)
    with open_diary(kitchen_dir) as kitchen:
        children.create_child(kitchen, "Luca", dt.date(2017, 3, 2))
        share.share(kitchen, folder, PASSPHRASE, "kitchen laptop")
    with open_diary(study_dir) as study:
        share.join(study, folder, PASSPHRASE, "study laptop")
    return kitchen_dir, study_dir


def _save_evening(data_dir: Path, day: dt.date, sync: bool) -> None:
    """An evening saved on a laptop while its window is closed (journalled, as the window does)."""
    with open_diary(data_dir) as diary, share.attached(diary):
        child = reads.list_children(diary)[0]
        key = entries.read_symptoms(diary, child.id)[0].key
        entries.save_entry(diary, child.id, day, {key: 2})
        if sync:
            share.sync(diary, share.open_folder(diary, PASSPHRASE))


def _saved_days(data_dir: Path, days: list[dt.date]) -> list[dt.date]:
    """Which of ``days`` hold an evening, read as the Today page reads a day."""
    with open_diary(data_dir, auto_backup=False) as diary:
        child = reads.list_children(diary)[0]
        return [day for day in days if entries.read_day(diary, child.id, day) is not None]


def _lines(stream) -> queue.Queue:
    """The process's stdout, line by line, readable with a deadline."""
    lines: queue.Queue = queue.Queue()

    def pump() -> None:
        for line in stream:
            lines.put(line.rstrip("\n"))
        lines.put(None)

    threading.Thread(target=pump, name="launch-stdout", daemon=True).start()
    return lines


def _launch(display: str, data_dir: Path, home: Path) -> dict:
    """One start of the window: what its status bar said, its stderr and its exit code."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("QT_", "DBUS_", "MASTO_DIARY_")) and key != "DISPLAY"
    }
    env.update(
        DISPLAY=display,
        QT_QPA_PLATFORM="xcb",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "share"),
        LANGUAGE="en",
        MASTO_DIARY_PASSPHRASE=PASSPHRASE,
        MASTO_DIARY_ECHO_STATUS="1",
    )
    started = time.monotonic()
    process = subprocess.Popen(
        [sys.executable, "-m", "masto_diary", "--data-dir", str(data_dir)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    errors: list[str] = []
    threading.Thread(
        target=lambda: errors.append(process.stderr.read()), name="launch-stderr", daemon=True
    ).start()
    lines, shown, status = _lines(process.stdout), [], None
    deadline = started + STATUS_SECONDS
    while status is None and time.monotonic() < deadline:
        try:
            line = lines.get(timeout=max(0.1, deadline - time.monotonic()))
        except queue.Empty:
            break
        if line is None:
            break
        shown.append(line)
        if "Shared diary ·" in line and "Synced:" in line:
            status = line
    seconds = time.monotonic() - started
    if process.poll() is None:
        _quit(display, process.pid)
    try:
        code = process.wait(timeout=STATUS_SECONDS)
    except subprocess.TimeoutExpired:
        process.kill()
        code = process.wait(10)
    time.sleep(0.05)  # the stderr reader's last read
    for stream in (process.stdout, process.stderr):
        stream.close()  # else each launch leaks two pipes (a ResourceWarning: an error here)
    return {
        "status": status,
        "shown": shown,
        "stderr": "".join(errors),
        "code": code,
        "seconds": seconds,
    }


def _quit(display: str, pid: int) -> None:
    """Ctrl+Q in the window, as a parent closes it (the window then makes its last sync)."""
    env = {**os.environ, "DISPLAY": display}
    found = subprocess.run(
        ["xdotool", "search", "--sync", "--onlyvisible", "--pid", str(pid), "--name", "diary"],
        env=env, capture_output=True, text=True, timeout=30,
    )  # fmt: skip
    window = found.stdout.split()[0]
    for command in (["windowfocus", "--sync", window], ["key", "--clearmodifiers", "ctrl+q"]):
        subprocess.run(["xdotool", *command], env=env, check=True, timeout=30)


def test_twenty_launches_of_a_shared_diary_are_clean_and_sync(display, cpu_hog, pair, tmp_path):
    kitchen_dir, study_dir = pair
    bad: list[tuple[int, dict]] = []
    timings = []
    for launch in range(LAUNCHES):
        _save_evening(kitchen_dir, FIRST_DAY + dt.timedelta(days=2 * launch), sync=True)
        _save_evening(study_dir, FIRST_DAY + dt.timedelta(days=2 * launch + 1), sync=False)
        began = time.monotonic()
        result = _launch(display, study_dir, tmp_path / "home")
        timings.append((result["seconds"], time.monotonic() - began))
        if result["stderr"] or result["status"] is None or result["code"] != 0:
            bad.append((launch, result))
            if len(bad) >= BAD_LAUNCHES_BEFORE_STOPPING:
                break
    shown, whole = [t[0] for t in timings], [t[1] for t in timings]
    print(
        f"\n{len(timings)} launches: status shown after {min(shown):.1f}–{max(shown):.1f} s, "
        f"closed after {min(whole):.1f}–{max(whole):.1f} s"
    )
    assert not bad, "\n\n".join(
        f"launch {n + 1}: exit code {r['code']}, status bar {r['shown']}\nstderr:\n{r['stderr']}"
        for n, r in bad
    )
    with open_diary(kitchen_dir, auto_backup=False) as kitchen:
        share.sync(kitchen, share.open_folder(kitchen, PASSPHRASE))
    every_day = [FIRST_DAY + dt.timedelta(days=n) for n in range(2 * LAUNCHES)]
    assert _saved_days(study_dir, every_day) == every_day
    assert _saved_days(kitchen_dir, every_day) == every_day
