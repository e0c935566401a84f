"""Benchmark: writing the 10-year synthetic diary (budget < 30 s).

Run with ``pytest tests/perf/test_perf_demo.py -m perf -s``.  The write time comes from the
session's ``ten_year_dir`` fixture (one write per run, shared with the other benchmarks).  The
baseline, measured in the same run, inserts as many plain rows as the diary holds with
``sqlite3.executemany`` into a bare table with the same PRAGMAs in one transaction: the least
work any writer of that much data has to do.  The ratio shows what validation, the ORM and
the services cost on top of it.
"""

import datetime as dt
import random
import sqlite3
import time
from pathlib import Path

import pytest

from masto_diary.demo import plan_synthetic_days, synthetic_doses, write_demo_diary
from masto_diary.storage import DIARY_FILENAME, open_diary
from masto_diary.storage.engine import CONNECTION_PRAGMAS
from tests.perf.conftest import print_table

pytestmark = pytest.mark.perf

BUDGET_SECONDS = 30.0
RATIO_CEILING = 40  # 166x before the bulk forms, about 15x with them
COUNTED_TABLES = (
    "daily_entry",
    "symptom_score",
    "episode",
    "episode_symptom",
    "episode_trigger",
    "injection",
    "medication",
    "lab_result",
    "clinic_visit",
    "weight_record",
)


def row_counts(path: Path) -> dict[str, int]:
    connection = sqlite3.connect(path)
    try:
        return {
            table: connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
            for table in COUNTED_TABLES
        }
    finally:
        connection.close()


def bare_insert_seconds(folder: Path, rows: int) -> float:
    """Insert ``rows`` plain rows with executemany in one transaction (same PRAGMAs)."""
    folder.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(folder / "baseline.sqlite3", isolation_level=None)
    try:
        for pragma in CONNECTION_PRAGMAS:
            connection.execute(pragma)
        connection.execute(
            "CREATE TABLE row (id INTEGER PRIMARY KEY, a INTEGER, b INTEGER, c TEXT)"
        )
        data = [(i % 14, i % 4, "2025-01-01") for i in range(rows)]
        started = time.perf_counter()
        connection.execute("BEGIN")
        connection.executemany("INSERT INTO row (a, b, c) VALUES (?, ?, ?)", data)
        connection.execute("COMMIT")
        return time.perf_counter() - started
    finally:
        connection.close()


def planning_seconds(years: int = 10) -> float:
    """Drawing the synthetic diary's days and episodes (random numbers, no database)."""
    today, rng = dt.date.today(), random.Random(0)
    start = today - dt.timedelta(days=365 * years)
    started = time.perf_counter()
    doses = synthetic_doses(rng, start + dt.timedelta(days=60), today)
    plan_synthetic_days(rng, start, today, doses)
    return time.perf_counter() - started


def test_write_ten_year_diary(ten_year_dir: Path, tmp_path: Path) -> None:
    write_seconds = float((ten_year_dir / "write-seconds.txt").read_text())
    counts = row_counts(ten_year_dir / DIARY_FILENAME)
    total = sum(counts.values())
    baseline = bare_insert_seconds(tmp_path, total)
    planning = planning_seconds()
    rows = [(table, f"{count:,}", "") for table, count in counts.items()]
    rows += [
        ("rows in all", f"{total:,}", ""),
        ("bare executemany of as many rows (baseline)", f"{baseline * 1000:.0f} ms", ""),
        ("write the 10-year diary", f"{write_seconds:.1f} s", f"budget < {BUDGET_SECONDS:.0f} s"),
        ("ratio to the baseline", f"{write_seconds / baseline:.0f}x", ""),
        ("of which drawing the random diary", f"{planning * 1000:.0f} ms", ""),
        (
            "writing alone: ratio to the baseline",
            f"{(write_seconds - planning) / baseline:.0f}x",
            "",
        ),
    ]
    print_table("Writing the 10-year synthetic diary", rows)
    assert 3000 <= counts["daily_entry"] <= 3650
    assert counts["symptom_score"] == 14 * counts["daily_entry"]
    assert write_seconds < BUDGET_SECONDS
    assert write_seconds / baseline < RATIO_CEILING


def test_write_demo_diary(tmp_path: Path) -> None:
    """The demo (two children, about 1,200 entries) beside a bare executemany of its rows."""
    started = time.perf_counter()
    with open_diary(tmp_path / "demo", auto_backup=False) as diary:
        write_demo_diary(diary)
    write_seconds = time.perf_counter() - started
    total = sum(row_counts(tmp_path / "demo" / DIARY_FILENAME).values())
    baseline = bare_insert_seconds(tmp_path / "bare", total)
    print_table(
        "Writing the demo diary",
        [
            ("rows in all", f"{total:,}", ""),
            ("bare executemany of as many rows (baseline)", f"{baseline * 1000:.0f} ms", ""),
            ("write the demo diary", f"{write_seconds:.2f} s", f"budget < {BUDGET_SECONDS:.0f} s"),
            ("ratio to the baseline", f"{write_seconds / baseline:.0f}x", ""),
        ],
    )
    assert write_seconds < BUDGET_SECONDS
