"""Two real diaries (two data folders) share one folder: share, join, edit both, sync, agree."""

import datetime as dt
import sqlite3

import pytest

from masto_diary.services import children, entries
from masto_diary.storage import open_diary
from masto_diary.sync import share
from masto_diary.sync.folder import FolderError, SharedFolder
from tests import reads
from tests.sync.two_laptops import PASS, content, sync

DAY = dt.date(2026, 3, 1)


def test_join_then_edits_on_both_laptops_meet(laptops):
    kitchen, study, _ = laptops
    assert content(study.path) == content(kitchen.path)
    anna_k = reads.find_child(kitchen, "Anna")
    anna_s = reads.find_child(study, "Anna")
    with share.attached(kitchen):
        entries.save_entry(kitchen, anna_k.id, DAY, {"itching": 2}, notes="kitchen")
    with share.attached(study):
        entries.save_entry(study, anna_s.id, DAY + dt.timedelta(days=1), {"itching": 1})
    sync(kitchen)
    sync(study)
    sync(kitchen)
    assert content(study.path) == content(kitchen.path)
    assert len(content(kitchen.path)) == 2
    assert sync(kitchen).skipped


def test_same_entry_on_both_later_wins_other_kept_as_conflict(laptops):
    kitchen, study, _ = laptops
    anna_k = reads.find_child(kitchen, "Anna")
    anna_s = reads.find_child(study, "Anna")
    with share.attached(kitchen):
        entries.save_entry(kitchen, anna_k.id, DAY, {"itching": 2}, notes="first")
    sync(kitchen)
    sync(study)
    with share.attached(kitchen):
        entries.save_entry(kitchen, anna_k.id, DAY, {"itching": 2}, notes="kitchen says")
    with share.attached(study):
        entries.save_entry(study, anna_s.id, DAY, {"itching": 2}, notes="study says")
    sync(kitchen)
    sync(study)
    sync(kitchen)
    assert content(study.path) == content(kitchen.path)
    notes = {row[2] for row in content(kitchen.path)}
    assert notes == {"study says"}
    found = share.conflicts(kitchen)
    assert [c.other.data["notes"] for c in found if c.table == "daily_entry"] == ["kitchen says"]


def test_a_delete_travels_as_a_tombstone(laptops):
    kitchen, study, _ = laptops
    anna_k = reads.find_child(kitchen, "Anna")
    with share.attached(kitchen):
        entries.save_entry(kitchen, anna_k.id, DAY, {"itching": 2})
    sync(kitchen)
    sync(study)
    assert len(content(study.path)) == 1 and content(study.path)[0][1] is not None
    with share.attached(kitchen):
        entries.delete_entry(kitchen, anna_k.id, DAY)
    sync(kitchen)
    sync(study)
    assert content(study.path) == content(kitchen.path) == [("Anna", None, None, None, None)]


def test_folder_holds_no_diary_and_private_modes(laptops):
    _, _, shared = laptops
    files = [p for p in shared.rglob("*") if p.is_file()]
    assert files and all(p.stat().st_mode & 0o077 == 0 for p in files)
    assert all(b"SQLite format" not in p.read_bytes() for p in files)
    assert all(b"Anna" not in p.read_bytes() for p in files)


def test_wrong_passphrase_and_missing_folder(laptops, tmp_path):
    kitchen, _, shared = laptops
    with pytest.raises(FolderError) as wrong:
        share.open_folder(kitchen, "not ours")
    assert wrong.value.kind == "passphrase"
    with pytest.raises(FolderError) as missing:
        SharedFolder.open(tmp_path / "USB stick", PASS)
    assert missing.value.kind == "missing"


def test_applied_changes_are_not_journalled_again(laptops):
    kitchen, study, _ = laptops
    anna_k = reads.find_child(kitchen, "Anna")
    with share.attached(kitchen):
        entries.save_entry(kitchen, anna_k.id, DAY, {"itching": 2})
    sync(kitchen)
    sync(study)
    device = share.device_of(study)
    connection = sqlite3.connect(study.path)
    own = connection.execute("SELECT count(*) FROM sync_change WHERE device = ?", (device,))
    assert own.fetchone()[0] == 0
    connection.close()
    assert sync(study).skipped


def test_two_carers_save_the_same_evening_nothing_held_back(laptops):
    kitchen, study, _ = laptops
    anna_k = reads.find_child(kitchen, "Anna")
    anna_s = reads.find_child(study, "Anna")
    keys = [s.key for s in entries.read_symptoms(kitchen, anna_k.id)]
    with share.attached(kitchen):
        entries.save_entry(kitchen, anna_k.id, DAY, {keys[0]: 2, keys[1]: 1}, notes="kitchen")
    with share.attached(study):
        entries.save_entry(study, anna_s.id, DAY, {keys[0]: 3, keys[2]: 1}, notes="study")
    results = [sync(kitchen), sync(study), sync(kitchen)]
    assert [r.held_back for r in results] == [[], [], []]
    assert content(study.path) == content(kitchen.path)
    rows = content(kitchen.path)
    assert {row[2] for row in rows} == {"study"}  # the later save is kept
    # ... whole: its scores and no others (kitchen's flushing score lost with its evening)
    assert sorted((row[3], row[4]) for row in rows) == sorted([(keys[0], 3), (keys[2], 1)])
    (conflict,) = share.conflicts(kitchen)  # the losing evening waits under Conflicts, whole
    assert conflict.table == "daily_entry" and len(conflict.other.data["scores"]) == 2


def test_a_record_that_clashes_with_a_rule_is_held_back_not_a_failed_sync(laptops):
    kitchen, study, _ = laptops
    anna = reads.find_child(kitchen, "Anna")
    with share.attached(kitchen):
        children.update_child(kitchen, anna.id, name="Cara")
    with share.attached(study):
        children.create_child(study, "Cara", dt.date(2019, 2, 12))  # two children, one name
    sync(kitchen)
    result = sync(study)
    assert len(result.held_back) == 1  # kitchen's renamed Anna: study has a Cara already
    assert [row[0] for row in content(study.path)] == ["Anna", "Cara"]


def test_a_third_laptop_joins_from_the_snapshot_and_the_lines_after_it(
    laptops, tmp_path, monkeypatch
):
    kitchen, study, shared = laptops
    anna = reads.find_child(kitchen, "Anna")
    monkeypatch.setattr(share, "SNAPSHOT_AFTER", 5)
    with share.attached(kitchen):
        for notes in ("one", "two", "three", "four", "five", "six"):
            entries.save_entry(kitchen, anna.id, DAY, {"itching": 2}, notes=notes)
    sync(kitchen)  # its journal grew past the threshold: a new snapshot, compacted
    with share.attached(kitchen):
        entries.save_entry(kitchen, anna.id, DAY, {"itching": 3}, notes="after the snapshot")
    sync(kitchen)
    folder = share.open_folder(kitchen, PASS)
    lines = sum(len(folder.read_from(path)[0]) for path in folder.files())
    hall = open_diary(tmp_path / "hall", auto_backup=False)
    try:
        result = share.join(hall, shared, PASS, "hall laptop")
        assert content(hall.path) == content(kitchen.path)
        assert ("Anna", DAY.isoformat(), "after the snapshot", "itching", 3) in content(hall.path)
        assert result.received < lines  # the entry's five older versions were compacted away
        sync(study)
        assert content(study.path) == content(hall.path)
    finally:
        hall.close()


def _edit(diary, offset: int, who: str) -> None:
    """Entries, an episode and an injection on days that the other laptop edits too."""
    from masto_diary.services import episodes, injections

    anna = reads.find_child(diary, "Anna")
    with share.attached(diary):
        for day in range(3):
            scores = {"itching": (day + offset) % 4, "flushing": offset % 4}
            entries.save_entry(diary, anna.id, DAY + dt.timedelta(days=day), scores, notes=who)
        started = dt.datetime.combine(DAY, dt.time(18 + offset), tzinfo=dt.UTC)
        episodes.log_episode(diary, anna.id, started, "flush", symptom_keys=["flushing"])
        given = dt.datetime.combine(DAY + dt.timedelta(days=1), dt.time(9), tzinfo=dt.UTC)
        injections.log_injection(diary, anna.id, given, 150 + 75 * offset)


def _export_without_time(diary) -> dict:
    from masto_diary.exchange.json_format import export_document

    document = export_document(diary)
    document.pop("exported_at")
    return document


def test_same_days_episodes_and_injections_edited_on_both_end_identical(laptops):
    """Issue 14's "done when": both laptops edit the same days, an episode and an injection in
    any order; after syncing both ways the JSON exports are equal apart from exported_at."""
    kitchen, study, _ = laptops
    _edit(kitchen, 1, "kitchen")
    _edit(study, 2, "study")
    for diary in (study, kitchen, study, kitchen):
        sync(diary)
    assert _export_without_time(kitchen) == _export_without_time(study)
    assert sync(kitchen).skipped and sync(study).skipped
