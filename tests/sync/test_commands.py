"""The commands in real processes: share, join, sync; a wrong passphrase and a missing folder are
sentences; a laptop killed (SIGKILL) while saving and syncing loses no returned save and leaves
no half-applied merge."""

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from masto_diary.storage import open_diary

PASS = "our family passphrase"


def run(*args: str, passphrase: str = PASS, check: bool = True) -> subprocess.CompletedProcess:
    env = {**os.environ, "MASTO_DIARY_PASSPHRASE": passphrase}
    result = subprocess.run(
        [sys.executable, "-m", "masto_diary", *args],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    if check:
        assert result.returncode == 0, result.stderr
    return result


def children(data: Path) -> list[str]:
    connection = sqlite3.connect(data / "diary.sqlite3")
    try:
        return [name for (name,) in connection.execute("SELECT name FROM child ORDER BY name")]
    finally:
        connection.close()


def test_share_join_sync_and_the_sentences(tmp_path: Path):
    kitchen, study, shared = tmp_path / "kitchen", tmp_path / "study", tmp_path / "Sync"
    shared.mkdir()
    run("demo", "--data-dir", str(kitchen))
    shared_out = run("share", "--data-dir", str(kitchen), "--folder", str(shared), "--name", "k")
    assert "shared through" in shared_out.stdout
    run("join", "--data-dir", str(study), "--folder", str(shared), "--name", "study laptop")
    assert children(study) == children(kitchen) != []
    assert "Nothing new" in run("sync", "--data-dir", str(kitchen)).stdout

    args = ("share", "--data-dir", str(study), "--folder", str(shared))
    wrong = run(*args, passphrase="not our words", check=False)
    assert wrong.returncode == 1 and "passphrase does not open" in wrong.stderr
    assert "Traceback" not in wrong.stderr
    missing = run(
        "join", "--data-dir", str(tmp_path / "x"), "--folder", str(tmp_path / "USB"), check=False
    )
    assert missing.returncode == 1 and "is not there" in missing.stderr
    assert not (tmp_path / "x" / "diary.sqlite3").exists()
    inside = run("share", "--data-dir", str(kitchen), "--folder", str(kitchen), check=False)
    assert inside.returncode == 1 and "apart from" in inside.stderr


WORKER = """
import datetime as dt, sys
from pathlib import Path
from masto_diary.services import children
from masto_diary.storage import open_diary
from masto_diary.sync import share
with open_diary(Path(sys.argv[1]), auto_backup=False) as diary, share.attached(diary):
    folder = share.open_folder(diary, sys.argv[2])
    n = 0
    while True:
        n += 1
        children.create_child(diary, f"Child {n:05d}", dt.date(2016, 5, 1))
        print(f"saved Child {n:05d}", flush=True)
        if n % 3 == 0:
            share.sync(diary, folder)
            print("synced", flush=True)
"""


@pytest.mark.parametrize("after", [0.05, 0.9])
def test_a_kill_mid_write_loses_no_returned_save(tmp_path: Path, after: float):
    kitchen, study, shared = tmp_path / "kitchen", tmp_path / "study", tmp_path / "Sync"
    shared.mkdir()
    open_diary(kitchen).close()  # an empty diary: share no longer starts one (issue 25)
    run("share", "--data-dir", str(kitchen), "--folder", str(shared), "--name", "k")
    run("join", "--data-dir", str(study), "--folder", str(shared), "--name", "s")
    worker = subprocess.Popen(
        [sys.executable, "-c", WORKER, str(kitchen), PASS],
        stdout=subprocess.PIPE,
        text=True,
    )
    first = worker.stdout.readline()  # started and saved once: now kill it at some moment
    time.sleep(after)
    os.kill(worker.pid, signal.SIGKILL)
    out, _ = worker.communicate()
    out = first + out
    saved = [line.split(" ", 1)[1] for line in out.splitlines() if line.startswith("saved")]
    assert saved, "the worker saved nothing before the kill"
    assert set(saved) <= set(children(kitchen))
    # The killed laptop syncs again, the other laptop receives everything, nothing damaged.
    run("sync", "--data-dir", str(kitchen))
    run("sync", "--data-dir", str(study))
    assert children(study) == children(kitchen)
    assert run("sync", "--data-dir", str(kitchen)).returncode == 0
