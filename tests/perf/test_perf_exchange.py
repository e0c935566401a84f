"""Data-safety budgets on the 10-year diary: JSON export and re-import, backups.

Printed beside SQLite's own ``.backup`` of the same file (the sqlite3 command-line shell), run in
the same session, so a slow machine shows up as a slow baseline rather than as a regression.
"""

import shutil
import statistics
import subprocess
import time
from pathlib import Path

import pytest

from masto_diary.exchange.json_format import dumps, export_document
from masto_diary.storage import DIARY_FILENAME, open_diary
from masto_diary.storage.backups import backup_file
from tests.exchange_samples import import_file
from tests.perf.conftest import print_table
from tests.perf.test_perf_demo import bare_insert_seconds, row_counts

pytestmark = pytest.mark.perf

RUNS = 3


def timed(action) -> tuple[float, object]:
    started = time.perf_counter()
    result = action()
    return time.perf_counter() - started, result


def test_exchange_and_backup_budgets(ten_year_dir: Path, tmp_path: Path):
    source = tmp_path / "source"
    shutil.copytree(ten_year_dir, source)
    diary_path = source / DIARY_FILENAME
    size_mb = diary_path.stat().st_size / 1e6

    with open_diary(source, auto_backup=False) as diary:
        export_times = [timed(lambda: dumps(export_document(diary)))[0] for _ in range(RUNS)]
        data = dumps(export_document(diary))
    import_times = []
    for n in range(RUNS):
        with open_diary(tmp_path / f"import-{n}", auto_backup=False) as target:
            import_times.append(timed(lambda target=target: import_file(target, data))[0])

    backup_times = [
        timed(lambda n=n: backup_file(diary_path, tmp_path / f"backup-{n}.sqlite3"))[0]
        for n in range(RUNS)
    ]
    shell_times = [
        _sqlite3_shell_backup(diary_path, tmp_path / f"shell-{n}.sqlite3") for n in range(RUNS)
    ]
    open_times = [_open_with_backup(diary_path, tmp_path / f"open-{n}") for n in range(RUNS)]

    export_s, import_s = statistics.median(export_times), statistics.median(import_times)
    imported_rows = sum(row_counts(tmp_path / "import-0" / DIARY_FILENAME).values())
    bare_s = statistics.median(
        bare_insert_seconds(tmp_path / f"bare-{n}", imported_rows) for n in range(RUNS)
    )
    backup_s, shell_s = statistics.median(backup_times), statistics.median(shell_times)
    open_s = statistics.median(open_times)
    print_table(
        f"Exchange and backup benchmark (10-year diary, {size_mb:.1f} MB, "
        f"JSON {len(data) / 1e6:.1f} MB, medians of {RUNS})",
        [
            ("export as JSON (read + encode)", f"{export_s:.2f} s", "budget < 5 s"),
            ("import JSON into an empty diary", f"{import_s:.2f} s", "budget < 5 s"),
            (
                f"bare executemany of {imported_rows:,} rows (baseline)",
                f"{bare_s * 1000:.0f} ms",
                "",
            ),
            ("import: ratio to the baseline", f"{import_s / bare_s:.1f}x", ""),
            ("backup (backup API + integrity_check)", f"{backup_s * 1000:.0f} ms", "budget < 1 s"),
            ("sqlite3 shell .backup (baseline)", f"{shell_s * 1000:.0f} ms", ""),
            ("open with its automatic backup", f"{open_s * 1000:.0f} ms", "budget < 1 s"),
        ],
    )
    assert export_s < 5 and import_s < 5
    assert backup_s < 1 and open_s < 1


def _sqlite3_shell_backup(source: Path, target: Path) -> float:
    started = time.perf_counter()
    subprocess.run(["sqlite3", str(source), f".backup '{target}'"], check=True, capture_output=True)
    return time.perf_counter() - started


def _open_with_backup(source: Path, folder: Path) -> float:
    """Opening a diary that changed since its last backup: the open-time backup is taken."""
    folder.mkdir()
    shutil.copyfile(source, folder / DIARY_FILENAME)
    started = time.perf_counter()
    diary = open_diary(folder)
    elapsed = time.perf_counter() - started
    diary.auto_backup = False
    diary.close()
    assert len(list((folder / "backups").glob("*-open.sqlite3"))) == 1
    return elapsed
