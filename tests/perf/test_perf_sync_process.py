"""Folder sync as a parent runs it: whole ``masto-diary`` processes on the 10-year diary.

Each figure is the wall time from spawning the command to its exit (interpreter, imports,
opening and backing up the diary, the work, closing), beside a bare ``python -c pass`` started
in the same run, with the process's CPU time (user + system), which a busy machine does not
inflate as much.  Budgets (issue 21, docs/sync.md "Budgets"): ``sync`` with nothing new
< 300 ms; a year of the other laptop's evenings < 1.5 s; ``join`` < 8 s.  The processes keep
their bytecode in a private cache warmed first, as an installed app has its ``.pyc`` files
(tests/perf/conftest.py, ``installed_env``).

Run with ``pytest -m perf -s tests/perf/test_perf_sync_process.py``.
"""

import datetime as dt
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

from masto_diary.services import entries
from masto_diary.storage import DIARY_FILENAME, open_diary
from masto_diary.storage.backups import list_backups
from masto_diary.sync import share
from tests import reads
from tests.perf.conftest import installed_env, print_table

pytestmark = pytest.mark.perf
PASS = "perf passphrase for a family"
RUNS = 5


CPU: dict[str, float] = {}  # the last command's CPU seconds (user + system), load aside


def seconds(command: list[str], env: dict) -> float:
    """Wall seconds of one process; its CPU seconds are kept in ``CPU["last"]``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    took = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU["last"] = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    assert done.returncode == 0, done.stderr + done.stdout
    assert done.stderr == "", done.stderr
    return took


def timed(command: list[str], env: dict) -> tuple[float, float]:
    return seconds(command, env), CPU["last"]


def app(*args: str) -> list[str]:
    return [sys.executable, "-m", "masto_diary", *args]


def test_sync_as_whole_processes(ten_year_dir: Path, tmp_path: Path):
    kitchen_dir, study_dir, shared = tmp_path / "kitchen", tmp_path / "study", tmp_path / "Sync"
    for folder in (kitchen_dir, shared):
        folder.mkdir(mode=0o700)
    shutil.copyfile(ten_year_dir / DIARY_FILENAME, kitchen_dir / DIARY_FILENAME)
    with open_diary(kitchen_dir, auto_backup=False) as kitchen:
        share.share(kitchen, shared, PASS, "kitchen")
    env = installed_env(tmp_path / "pycache", MASTO_DIARY_PASSPHRASE=PASS)
    warm = "import masto_diary.cli, masto_diary.sync.command, masto_diary.sync.share"
    subprocess.run([sys.executable, "-c", warm], env=env, check=True, timeout=120)
    bares = [timed([sys.executable, "-c", "pass"], env) for _ in range(RUNS)]
    bare, bare_cpu = (statistics.median(t[i] for t in bares) for i in (0, 1))

    join_s, join_cpu = timed(
        app("join", "--data-dir", str(study_dir), "--folder", str(shared)), env
    )
    nothing = [timed(app("sync", "--data-dir", str(study_dir)), env) for _ in range(RUNS)]

    with open_diary(kitchen_dir, auto_backup=False) as kitchen:  # a year of evenings
        child = reads.list_children(kitchen)[0]
        keys = [s.key for s in entries.read_symptoms(kitchen, child.id)]
        first = dt.date.today() - dt.timedelta(days=380)
        with share.attached(kitchen), kitchen.transaction():
            for day in range(365):
                entries.save_entry(kitchen, child.id, first + dt.timedelta(days=day), {keys[0]: 1})
        share.sync(kitchen, share.open_folder(kitchen, PASS))
    backups_before = {b.path.name for b in list_backups(study_dir, with_contents=False)}
    year_s, year_cpu = timed(app("sync", "--data-dir", str(study_dir)), env)
    made = sorted(
        b.reason
        for b in list_backups(study_dir, with_contents=False)
        if b.path.name not in backups_before
    )
    nothing_s, nothing_cpu = (statistics.median(t[i] for t in nothing) for i in (0, 1))
    print_table(
        f"Sync as whole processes (10-year diary; medians of {RUNS} where repeated)",
        [
            ("python -c pass (baseline)", f"{bare * 1000:.0f} ms", f"CPU {bare_cpu * 1000:.0f} ms"),
            ("sync, nothing new", f"{nothing_s * 1000:.0f} ms",
             f"{nothing_s / bare:.1f}x baseline, CPU {nothing_cpu * 1000:.0f} ms; budget < 300 ms"),
            ("sync, a year of the other laptop's evenings", f"{year_s * 1000:.0f} ms",
             f"{year_s / bare:.1f}x baseline, CPU {year_cpu * 1000:.0f} ms; budget < 1500 ms; "
             f"backups made: {made}"),
            ("join", f"{join_s:.2f} s",
             f"{join_s / bare:.0f}x baseline, CPU {join_cpu:.2f} s; budget < 8 s"),
        ],
    )  # fmt: skip
    assert made == ["close"]  # the diary changed: backed up once, when it was closed
    assert nothing_s < 0.300
    assert year_s < 1.5
    assert join_s < 8
