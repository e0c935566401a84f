"""Folder sync budgets on the 10-year diary (docs/sync.md): join < 10 s, a year of another
laptop's changes merged < 1 s, a sync with nothing new < 20 ms, the journal < 5 ms a save."""

import datetime as dt
import shutil
import statistics
import time
from contextlib import ExitStack
from pathlib import Path

import pytest

from masto_diary.services import entries
from masto_diary.storage import DIARY_FILENAME, open_diary
from masto_diary.sync import share
from tests import reads

pytestmark = pytest.mark.perf
PASS = "perf passphrase"


def best(function, times: int = 5) -> float:
    timings = []
    for _ in range(times):
        started = time.perf_counter()
        function()
        timings.append(time.perf_counter() - started)
    return min(timings)


def test_sync_budgets(ten_year_dir: Path, tmp_path: Path):
    kitchen_dir, study_dir, shared = tmp_path / "kitchen", tmp_path / "study", tmp_path / "Sync"
    for folder in (kitchen_dir, shared):
        folder.mkdir(mode=0o700)
    shutil.copyfile(ten_year_dir / DIARY_FILENAME, kitchen_dir / DIARY_FILENAME)
    kitchen = open_diary(kitchen_dir, auto_backup=False)
    started = time.perf_counter()
    share.share(kitchen, shared, PASS, "kitchen")  # journals the whole diary
    shared_s = time.perf_counter() - started

    study = open_diary(study_dir, auto_backup=False)
    started = time.perf_counter()
    joined = share.join(study, shared, PASS, "study")
    join_s = time.perf_counter() - started

    # A year of evenings saved on the kitchen laptop, then merged on the study laptop.
    child = reads.list_children(kitchen)[0]
    keys = [s.key for s in entries.read_symptoms(kitchen, child.id)]
    first = dt.date.today() - dt.timedelta(days=380)
    with share.attached(kitchen), kitchen.transaction():
        for day in range(365):
            entries.save_entry(kitchen, child.id, first + dt.timedelta(days=day), {keys[0]: 1})
    folder_k = share.open_folder(kitchen, PASS)
    year_file = folder_k.change_file(share.device_of(kitchen))
    year_starts = year_file.stat().st_size
    share.sync(kitchen, folder_k)
    folder_s = share.open_folder(study, PASS)
    started = time.perf_counter()
    merged = share.sync(study, folder_s)
    merge_s = time.perf_counter() - started

    idle_s = best(lambda: share.sync(study, folder_s))
    read_s = best(lambda: folder_s.read_lines(year_file, year_starts), 3)
    day = first - dt.timedelta(days=400)

    def save(journalled: bool) -> float:
        """One evening saved over an existing one; plain and journalled saves alternate
        over neighbouring days, so both see the same kind of day (a best-of over separate
        runs compared a day with no entry with a day with 14 scores)."""
        nonlocal day
        day += dt.timedelta(days=1)
        with ExitStack() as stack:
            if journalled:  # the window attaches the journal once, when it opens
                stack.enter_context(share.attached(kitchen))
            started = time.perf_counter()
            entries.save_entry(kitchen, child.id, day, {keys[0]: 2})
            return time.perf_counter() - started

    timings = [save(journalled) for _ in range(15) for journalled in (False, True)]
    plain_s, journal_s = statistics.median(timings[0::2]), statistics.median(timings[1::2])
    written_s = float((ten_year_dir / "write-seconds.txt").read_text())
    print(
        f"\nsync (10-year diary): share {shared_s:.2f} s, join {join_s:.2f} s "
        f"({joined.received:,} records, {join_s / written_s:.1f}x the {written_s:.2f} s it "
        f"takes to write the diary: baseline), a year merged {merge_s:.3f} s "
        f"({merged.received:,} changes; {merge_s / read_s:.1f}x the {read_s:.3f} s to open "
        f"and parse their lines: baseline), nothing new {idle_s * 1000:.1f} ms, "
        f"save {plain_s * 1000:.1f} ms -> {journal_s * 1000:.1f} ms with the journal "
        "(medians of 15)"
    )
    kitchen.close()
    study.close()
    assert idle_s < 0.020
    assert journal_s - plain_s < 0.005
    assert join_s < 10
    assert merge_s < 1
