"""Every read-model query reads what the ORM reads, in four time zones.

The oracle (``tests/storage/read_model_oracle.py``) runs each query on the demo diary and on
the 10-year synthetic diary in a process of its own with ``TZ`` set, and compares every record
with the ORM's reading of the same rows, local days of moments included.  Zones: UTC, one
east of it in summer time (Rome), the far east across the date line (Auckland: a local
morning is the previous UTC day) and the far west (Los Angeles: a local evening is the next
UTC day).
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from masto_diary.storage import open_diary

ROOT = Path(__file__).resolve().parents[2]
ZONES = ("UTC", "Europe/Rome", "Pacific/Auckland", "America/Los_Angeles")


def compare_in(zone: str, folder: Path) -> dict:
    """The oracle's verdict on the diary in ``folder``, read with the local time of ``zone``."""
    done = subprocess.run(
        [sys.executable, "-m", "tests.storage.read_model_oracle", str(folder)],
        cwd=ROOT,
        env={**os.environ, "TZ": zone},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def ten_year_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from masto_diary.demo import write_synthetic_diary

    folder = tmp_path_factory.mktemp("ten-years-parity")
    with open_diary(folder) as diary:
        write_synthetic_diary(diary, years=10)
    return folder


@pytest.mark.parametrize("zone", ZONES)
def test_demo_diary_reads_as_the_orm_reads(demo_template: Path, zone: str) -> None:
    verdict = compare_in(zone, demo_template.parent)
    assert verdict["mismatches"] == []
    assert verdict["compared"] > 1000  # every query ran, on every child and month


@pytest.mark.slow
@pytest.mark.parametrize("zone", ZONES)
def test_ten_year_diary_reads_as_the_orm_reads(ten_year_folder: Path, zone: str) -> None:
    verdict = compare_in(zone, ten_year_folder)
    assert verdict["mismatches"] == []
    assert verdict["compared"] > 3650 * 2  # each day's entry and the one before it
