"""Crash safety: a save that returned survives ``kill -9``; a power-cut copy still opens.

A writer process saves one day after another and prints each day only after ``save_entry``
returned.  It is killed with SIGKILL at a random moment, 20 times over; every printed day must be
in the file, which must pass ``integrity_check`` and open normally.  The writers are forked from
a "zygote" process that imported the app once, so twenty kills cost seconds, not twenty
interpreter start-ups; each writer opens the diary itself, as the app does.  Then a writer is
frozen mid-write and the diary and its ``-wal`` are copied as they are on disk (a power cut:
``-shm`` is memory and is lost), and the copy must open with every day printed before the freeze.
"""

import os
import queue
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from masto_diary.storage import DIARY_FILENAME, open_diary

KILLS = 20
REPORT_SECONDS = 60

WRITER = """
import datetime as dt
import os
import sys

from masto_diary.services import children, entries, overview
from masto_diary.storage import open_diary


def write_forever(folder):
    diary = open_diary(folder)
    kids = overview.child_summaries(diary)
    born = dt.date(2016, 5, 1)
    kid_id = kids[0].child_id if kids else children.create_child(diary, "Anna", born).id
    last = kids[0].last_entry if kids else None
    day = (last or dt.date(2020, 1, 1)) + dt.timedelta(days=1)
    print("ready", flush=True)
    while True:
        scores = {"itching": day.toordinal() % 4, "flushing": 1, "fatigue": 2}
        entries.save_entry(diary, kid_id, day, scores, wellbeing=6, notes="written " * 30)
        print(day.isoformat(), flush=True)
        day += dt.timedelta(days=1)


if sys.argv[2:] == ["zygote"]:
    for line in sys.stdin:  # one writer per "go"; the test kills it, we report its end
        pid = os.fork()
        if pid == 0:
            try:
                write_forever(sys.argv[1])
            finally:
                os._exit(1)
        print(f"child {pid}", flush=True)
        print(f"dead {os.waitpid(pid, 0)[1]}", flush=True)
else:
    write_forever(sys.argv[1])
"""


def start_writer(folder: Path, script: Path) -> subprocess.Popen:
    process = subprocess.Popen(
        [sys.executable, str(script), str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    first = process.stdout.readline()
    if first.strip() != "ready":
        process.kill()
        raise AssertionError(f"the writer did not start: {first!r} {process.stderr.read()}")
    return process


def read_days(process: subprocess.Popen, count: int) -> list[str]:
    return [process.stdout.readline().strip() for _ in range(count)]


def days_in(path: Path) -> set[str]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {row[0] for row in connection.execute("SELECT date FROM daily_entry")}
    finally:
        connection.close()


def integrity(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        connection.close()


@pytest.fixture
def writer_script(tmp_path: Path) -> Path:
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    return script


def test_every_returned_save_survives_twenty_kill_9(tmp_path: Path, writer_script: Path):
    folder = tmp_path / "diary"
    rng = random.Random(20230106)
    returned: list[str] = []
    zygote = subprocess.Popen(
        [sys.executable, str(writer_script), str(folder), "zygote"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    lines = lines_of(zygote)
    try:
        for _ in range(KILLS):
            returned += kill_one_writer(zygote, lines, rng)
            missing = set(returned) - days_in(folder / DIARY_FILENAME)
            assert not missing, f"saves that had returned are gone: {sorted(missing)}"
    finally:
        zygote.stdin.close()
        zygote.wait(timeout=30)
    assert len(set(returned)) == len(returned) >= KILLS
    assert integrity(folder / DIARY_FILENAME) == "ok"
    with open_diary(folder) as diary:  # opens normally, WAL and all
        connection = diary.read_connection()
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        connection.close()


def kill_one_writer(zygote: subprocess.Popen, lines: queue.Queue, rng: random.Random) -> list[str]:
    """Start a writer, let it save a few days, SIGKILL it mid-save; the days it reported."""
    zygote.stdin.write("go\n")
    zygote.stdin.flush()
    pid, days, wanted = None, [], rng.randint(1, 12)
    while pid is None or len(days) < wanted:
        line = read_line_within(lines, REPORT_SECONDS, pid, days)
        assert not line.startswith("dead "), f"writer {pid} ended by itself ({line}): see stderr"
        if line.startswith("child "):
            pid = int(line.split()[1])
        elif line != "ready":
            days.append(line)
    time.sleep(rng.random() * 0.02)  # land the kill anywhere in a save, not just after one
    os.kill(pid, signal.SIGKILL)
    while True:  # the writer's last lines come before the zygote's report of its end
        line = read_line_within(lines, REPORT_SECONDS, pid, days)
        if "dead " in line:  # also after a day's line cut short by the kill
            status = int(line.rpartition("dead ")[2])
            assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
            return days
        days.append(line)


def read_line_within(lines: queue.Queue, seconds: float, pid: int | None, days: list[str]) -> str:
    """The zygote's next line, or a failure that says where the writer (if any yet) is stuck.

    A CI run once waited for the zygote until pytest's five-minute timeout, with nothing to show
    why; a deadline and the writer's kernel state (from /proc) turn such a hang into a finding.
    """
    try:
        line = lines.get(timeout=seconds)
    except queue.Empty:
        raise AssertionError(
            f"no line from the zygote within {seconds} s; writer {pid} "
            f"(its state: {process_state(pid)}); days it reported: {days}"
        ) from None
    assert line is not None, "the zygote ended before reporting the writer's end"
    return line


def lines_of(process: subprocess.Popen) -> queue.Queue:
    """The process's output lines, read by a thread so that a reader can wait with a deadline."""
    lines: queue.Queue = queue.Queue()

    def pump() -> None:
        for line in process.stdout:
            lines.put(line.strip())
        lines.put(None)

    threading.Thread(target=pump, daemon=True).start()
    return lines


def process_state(pid: int | None) -> str:
    if pid is None:
        return "not started"
    try:
        status = Path(f"/proc/{pid}/status").read_text()
        wchan = Path(f"/proc/{pid}/wchan").read_text()
    except OSError as error:
        return f"gone ({error.strerror})"
    state = next((row for row in status.splitlines() if row.startswith("State:")), "State: ?")
    return f"{state.split(':', 1)[1].strip()}, waiting in {wchan or '?'}"


def test_a_copy_taken_mid_write_with_its_wal_opens(tmp_path: Path, writer_script: Path):
    folder = tmp_path / "diary"
    process = start_writer(folder, writer_script)
    try:
        before = read_days(process, 15)
        os.kill(process.pid, signal.SIGSTOP)  # frozen wherever it is, as at a power cut
        source = folder / DIARY_FILENAME
        wal = Path(f"{source}-wal")
        assert wal.exists() and wal.stat().st_size > 0, "the copy must include a live WAL"
        copy_dir = tmp_path / "copy"
        copy_dir.mkdir(mode=0o700)
        shutil.copyfile(source, copy_dir / DIARY_FILENAME)
        shutil.copyfile(wal, copy_dir / f"{DIARY_FILENAME}-wal")
        os.kill(process.pid, signal.SIGCONT)
    finally:
        process.kill()
        process.wait(timeout=10)
    copied = copy_dir / DIARY_FILENAME
    with open_diary(copy_dir) as diary:
        assert set(before) <= days_in(diary.path)
    assert integrity(copied) == "ok"
    assert set(before) <= days_in(copied)
