"""Foundation budgets on the 10-year diary: save an entry, open to the overview, write it."""

import datetime as dt
import sys
import time

import pytest

from masto_diary.services import children, entries
from masto_diary.storage import open_diary
from tests import reads
from tests.perf.conftest import bare_window_command, percentile, print_table, starts_in_turns

pytestmark = pytest.mark.perf

RUNS = 5


def test_foundation_budgets(ten_year_dir, tmp_path):
    write_seconds = float((ten_year_dir / "write-seconds.txt").read_text())
    save_ms = _save_timings_ms(ten_year_dir)
    command = [sys.executable, "-m", "masto_diary", "--data-dir", str(ten_year_dir), "--smoke-test"]
    env = {"XDG_CONFIG_HOME": str(tmp_path / "config")}
    starts = starts_in_turns({"bare": bare_window_command(tmp_path), "app": command}, RUNS, env)
    (bare, bare_cpu), (start, cpu) = starts["bare"], starts["app"]
    p50, p95 = percentile(save_ms, 0.5), percentile(save_ms, 0.95)
    print_table(
        f"Foundation benchmark (10-year diary, medians of {RUNS} process starts in turns with "
        "the bare window, each timed to its first frame, bytecode cached)",
        [
            ("write the 10-year diary", f"{write_seconds:.1f} s", "budget < 30 s"),
            ("save one day's entry p50", f"{p50:.1f} ms", ""),
            ("save one day's entry p95", f"{p95:.1f} ms", "budget < 20 ms"),
            ("bare PySide6 window (baseline)", f"{bare * 1000:.0f} ms",
             f"CPU {bare_cpu * 1000:.0f} ms"),
            ("process start → overview shown", f"{start * 1000:.0f} ms",
             f"CPU {cpu * 1000:.0f} ms; budget < 1000 ms"),
            ("ratio to the bare window", f"{start / bare:.2f}",
             f"CPU {cpu / bare_cpu:.2f}; budget ≤ 2.5"),
        ],
    )  # fmt: skip
    assert write_seconds < 30
    assert p95 < 20
    assert start < 1.0 and start / bare <= 2.5


def _save_timings_ms(folder) -> list[float]:
    """Replace 100 existing days of the first child, one transaction (and fsync) each."""
    timings = []
    with open_diary(folder) as diary:
        child = reads.list_children(diary)[0]
        keys = [s.key for s in children.symptoms(diary, child.id)]
        last = reads.last_entry(diary, child.id) or dt.date.today()
        for offset in range(100):
            scores = {key: (offset + i) % 4 for i, key in enumerate(keys)}
            started = time.perf_counter()
            entries.save_entry(diary, child.id, last - dt.timedelta(days=offset), scores)
            timings.append((time.perf_counter() - started) * 1000)
    return timings
