"""One writer per diary across processes: commands wait a moment, then say who holds it."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from masto_diary.storage import DIARY_FILENAME, open_diary
from masto_diary.storage.writer_lock import WAIT_SECONDS, lock_path, read_holder
from tests.exchange_samples import valid_document


def masto(*args: str) -> subprocess.Popen:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, "-m", "masto_diary", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _counts(path: Path) -> dict[str, int]:
    connection = sqlite3.connect(path)
    try:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        connection.close()


def test_a_second_writer_waits_then_names_the_holder_and_changes_nothing(data_dir, tmp_path):
    sample = tmp_path / "sample.json"
    sample.write_text(json.dumps(valid_document()))
    with open_diary(data_dir, holder="the masto-diary window") as diary:
        before = _counts(diary.path)
        started = time.monotonic()
        command = masto("import", str(sample), "--data-dir", str(data_dir))
        out, err = command.communicate(timeout=WAIT_SECONDS + 60)
        waited = time.monotonic() - started
        assert command.returncode == 1, out + err
        assert "Traceback" not in err
        assert f"in use by the masto-diary window (process {os.getpid()}" in err, err
        assert "Nothing was changed" in err
        assert waited >= WAIT_SECONDS
        assert _counts(diary.path) == before


def test_a_killed_writer_leaves_no_lock_behind(data_dir):
    open_diary(data_dir).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from masto_diary.storage import open_diary\n"
            f"d = open_diary({str(data_dir)!r}, holder='a test writer')\n"
            "print('held', flush=True)\n"
            "time.sleep(60)\n",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout.readline().strip() == "held"
    assert read_holder(lock_path(data_dir / DIARY_FILENAME))["program"] == "a test writer"
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait(timeout=10)
    started = time.monotonic()
    with open_diary(data_dir):
        assert time.monotonic() - started < 2


def test_eight_imports_at_once_take_turns_and_lose_nothing(data_dir, tmp_path):
    """Started together on one diary, merging the same child: they run one after another."""
    sample = tmp_path / "sample.json"
    sample.write_text(json.dumps(valid_document()))
    open_diary(data_dir).close()
    commands = [
        masto("import", str(sample), "--on-conflict", "merge", "--data-dir", str(data_dir))
        for _ in range(8)
    ]
    results = [(c.wait(timeout=WAIT_SECONDS * 8 + 60), *c.communicate()) for c in commands]
    for code, out, err in results:
        assert code == 0, out + err
        assert "Traceback" not in err
    once = tmp_path / "once"
    open_diary(once).close()
    single = masto("import", str(sample), "--data-dir", str(once))
    assert single.wait(timeout=120) == 0
    assert _counts(data_dir / DIARY_FILENAME) == _counts(once / DIARY_FILENAME)
    check = masto("check", "--data-dir", str(data_dir))
    assert check.wait(timeout=60) == 0, check.communicate()


def test_one_process_opening_its_diary_twice_does_not_wait_for_itself(data_dir):
    with open_diary(data_dir) as first:
        started = time.monotonic()
        with open_diary(data_dir) as second:
            assert second.path == first.path
        assert time.monotonic() - started < 2
        assert read_holder(lock_path(first.path)) is not None


def test_the_holder_names_this_computer_without_starting_a_process(data_dir):
    """The lock names the computer; ``platform.node()`` would run ``cmd /c ver`` on Windows at
    every start, so the module must not use it."""
    import masto_diary.storage.writer_lock as writer_lock

    assert not hasattr(writer_lock, "platform")
    with open_diary(data_dir, holder="the masto-diary window") as diary:
        holder = read_holder(lock_path(diary.path))
    assert holder["host"] == os.uname().nodename == writer_lock.host_name()
