"""Each laptop's history in the shared folder is tamper-evident (issue 21, item 2).

Real diaries and a real shared folder; the faults are made on the files as a sync app, a USB
stick or a careless hand would: an older copy put back, a file cut short, a line taken out of
the middle, two lines swapped, a file deleted, a laptop's own file gone.  Each is named as a
:class:`~masto_diary.sync.problems.Problem` and nothing of it is applied.
"""

import datetime as dt
import os
import sqlite3
from pathlib import Path

from masto_diary.services import children
from masto_diary.sync import share
from masto_diary.sync.folder import SharedFolder
from masto_diary.sync.record import ChangeRecord, chain_hash
from tests.sync.two_laptops import PASS, content, sync


def names(diary) -> list[str]:
    connection = sqlite3.connect(diary.path)
    try:
        return [n for (n,) in connection.execute("SELECT name FROM child ORDER BY name")]
    finally:
        connection.close()


def add(diary, *names_: str) -> None:
    with share.attached(diary):
        for name in names_:
            children.create_child(diary, name, dt.date(2017, 1, 1))


def kinds(result) -> list[str]:
    return [problem.kind for problem in result.problems]


def own_file(diary, shared: Path) -> Path:
    return SharedFolder.base(shared) / "changes" / f"{share.device_of(diary)}.log"


def test_every_sealed_line_carries_its_seq_and_the_hash_of_the_line_before(laptops):
    kitchen, _study, shared = laptops
    add(kitchen, "Bea", "Carlo")
    sync(kitchen)
    folder = SharedFolder.open(shared, PASS)
    lines, _end = folder.read_lines(own_file(kitchen, shared))
    assert [record.seq for record, _ in lines] == list(range(1, len(lines) + 1))
    assert lines[0][0].prev == ""
    for (_, before), (record, _) in zip(lines, lines[1:], strict=False):
        assert record.prev == chain_hash(before)


def test_an_older_copy_put_back_is_named_and_undoes_nothing(laptops):
    kitchen, study, shared = laptops
    path = own_file(kitchen, shared)
    older = path.read_bytes()
    add(kitchen, "Bea")
    sync(kitchen)
    assert sync(study).problems == []
    assert "Bea" in names(study)
    path.write_bytes(older)  # the sync app brought back last week's copy
    result = sync(study)
    assert kinds(result) == ["rollback"]
    (problem,) = result.problems
    assert problem.device == share.device_of(kitchen) and problem.name == "kitchen laptop"
    assert "older copy" in problem.sentence and "kitchen laptop" in problem.sentence
    assert "Bea" in names(study)  # nothing undone
    assert [p.kind for p in share.problems(study)] == ["rollback"]
    assert sync(study).skipped  # nothing new: the sentence stands without reading again
    assert [p.kind for p in share.problems(study)] == ["rollback"]
    # the kitchen laptop sees its own file older than its diary and writes it again
    assert kinds(sync(kitchen)) == ["republished"]
    assert sync(study).problems == []
    assert share.problems(study) == []


def test_a_file_cut_short_is_named_and_a_whole_copy_heals(laptops):
    kitchen, study, shared = laptops
    add(kitchen, "Bea", "Carlo")
    sync(kitchen)
    sync(study)
    path = own_file(kitchen, shared)
    whole = path.read_bytes()
    path.write_bytes(whole[: len(whole) // 2])  # mid-line
    assert kinds(sync(study)) == ["cut"]
    assert {"Bea", "Carlo"} <= set(names(study))
    path.write_bytes(whole)
    assert sync(study).problems == []


def test_lines_taken_from_the_middle_stop_the_file_there(laptops):
    kitchen, study, shared = laptops
    before = set(names(study))
    add(kitchen, "Bea")
    add(kitchen, "Carlo")
    add(kitchen, "Dora")
    sync(kitchen)
    path = own_file(kitchen, shared)
    lines = path.read_bytes().splitlines(keepends=True)
    folder = SharedFolder.open(shared, PASS)
    seqs = [record.seq for record, _ in folder.read_lines(path)[0]]
    carlo = next(
        i
        for i, (record, _) in enumerate(folder.read_lines(path)[0])
        if record.table == "child" and record.data and record.data.get("name") == "Carlo"
    )
    path.write_bytes(b"".join(lines[:carlo] + lines[carlo + 1 :]))
    result = sync(study)
    assert kinds(result) == ["gap"]
    assert result.problems[0].numbers == (seqs[carlo], seqs[carlo] + 1)
    assert set(names(study)) == before | {"Bea"}  # Dora waits behind the gap
    sync(kitchen)  # the kitchen laptop sees its file mangled and writes it again
    assert sync(study).problems == []
    assert set(names(study)) == before | {"Bea", "Carlo", "Dora"}


def test_two_lines_swapped_are_named_and_what_follows_waits(laptops):
    kitchen, study, shared = laptops
    add(kitchen, "Bea")
    add(kitchen, "Carlo")
    sync(kitchen)
    path = own_file(kitchen, shared)
    lines = path.read_bytes().splitlines(keepends=True)
    lines[-1], lines[-2] = lines[-2], lines[-1]
    path.write_bytes(b"".join(lines))
    result = sync(study)
    assert kinds(result) == ["order"]
    last = result.problems[0].numbers[0]  # the change expected where the swap begins
    assert last_seq_from(study, kitchen) == last - 1  # nothing from the swap on


def last_seq_from(diary, writer) -> int:
    connection = sqlite3.connect(diary.path)
    try:
        (seq,) = connection.execute(
            "SELECT max(seq) FROM sync_change WHERE device = ?", (share.device_of(writer),)
        ).fetchone()
        return seq or 0
    finally:
        connection.close()


def test_a_deleted_file_is_named_and_its_laptop_writes_it_again(laptops):
    kitchen, study, shared = laptops
    add(kitchen, "Bea")
    sync(kitchen)
    sync(study)
    path = own_file(kitchen, shared)
    path.unlink()
    result = sync(study)
    assert kinds(result) == ["missing"]
    assert "Bea" in names(study)
    assert kinds(sync(kitchen)) == ["republished"]
    assert path.exists()
    assert sync(study).problems == []
    add(kitchen, "Carlo")
    sync(kitchen)
    assert sync(study).problems == [] and "Carlo" in names(study)


def test_a_line_from_another_history_is_a_fork(laptops, tmp_path):
    """The same laptop's file with a different change at a number already applied: the
    file of a copied data folder.  Named; nothing more from it is taken."""
    kitchen, study, shared = laptops
    add(kitchen, "Bea")
    sync(kitchen)
    sync(study)
    folder = SharedFolder.open(shared, PASS)
    path = own_file(kitchen, shared)
    lines = folder.read_lines(path)[0]
    record, _ = lines[-1]
    other = ChangeRecord(
        record.device, record.seq, record.stamp, record.uid, record.table,
        {**record.data, "name": "Someone else"}, record.seen, record.prev,
    )  # fmt: skip
    texts = [text for _, text in lines[:-1]] + [other.to_json().encode()]
    path.write_bytes(folder.seal_texts(record.device, texts))
    assert kinds(sync(study)) == ["fork"]
    assert "Someone else" not in names(study)


def test_a_damaged_line_stops_only_that_file_and_blames_no_passphrase(laptops):
    kitchen, study, shared = laptops
    add(kitchen, "Bea")
    sync(kitchen)
    path = own_file(kitchen, shared)
    data = bytearray(path.read_bytes())
    data[-20] = ord("A") if data[-20] != ord("A") else ord("B")
    path.write_bytes(bytes(data))
    add(study, "Zeno")
    result = sync(study)
    assert kinds(result) == ["damaged"]
    assert "passphrase does not open" not in result.problems[0].sentence.replace(
        "does not open with the family passphrase", ""
    )
    assert result.sent > 0  # the study laptop's own changes still went out


def test_a_file_replaced_with_the_same_size_and_time_is_still_read(laptops):
    """A sync with nothing new compares sizes, times and the last bytes: the same records
    sealed again (same length) and given the old time back are not 'nothing new'."""
    kitchen, study, shared = laptops
    add(kitchen, "Bea")
    sync(kitchen)
    sync(study)
    assert not share.has_news(study)
    path = own_file(kitchen, shared)
    status = path.stat()
    folder = SharedFolder.open(shared, PASS)
    lines = folder.read_lines(path)[0]
    again = folder.seal_texts(share.device_of(kitchen), [text for _, text in lines])
    assert len(again) == status.st_size and again != path.read_bytes()
    path.write_bytes(again)
    os.utime(path, ns=(status.st_atime_ns, status.st_mtime_ns))
    assert share.has_news(study)
    assert sync(study).problems == []


def test_a_snapshot_joiner_continues_each_chain_from_the_snapshot(laptops, tmp_path):
    kitchen, study, shared = laptops
    add(kitchen, "Bea")
    add(study, "Carlo")
    sync(kitchen)
    sync(study)
    sync(kitchen)
    from masto_diary.storage import open_diary

    with open_diary(tmp_path / "third", auto_backup=False) as third:
        result = share.join(third, shared, PASS, "third laptop")
        assert result.problems == []
        assert content(third.path) == content(kitchen.path)
        assert set(names(third)) == {"Anna", "Bea", "Carlo"}


def _as_first_version(diary, shared: Path) -> None:
    """Make ``diary`` and its change file look as the first version of folder sync left
    them: records without ``prev``, in the diary and in the folder, no chain settings."""
    import json

    device = share.device_of(diary)
    connection = sqlite3.connect(diary.path)
    try:
        rows = connection.execute(
            "SELECT seq, record FROM sync_change WHERE device = ? ORDER BY seq", (device,)
        ).fetchall()
        texts = []
        for seq, text in rows:
            value = json.loads(text)
            value.pop("prev", None)
            plain = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
            texts.append(plain.encode())
            connection.execute(
                "UPDATE sync_change SET record = ? WHERE device = ? AND seq = ?",
                (plain, device, seq),
            )
        connection.execute("DELETE FROM sync_setting WHERE key IN ('chains', 'home', 'files')")
        connection.commit()
    finally:
        connection.close()
    SharedFolder.open(shared, PASS).rewrite(device, texts)


def test_a_laptop_of_the_first_version_is_read_named_and_linked_once_updated(laptops):
    kitchen, study, shared = laptops
    add(kitchen, "Bea")
    sync(kitchen)
    _as_first_version(kitchen, shared)
    add(kitchen, "Carlo")  # made by the updated laptop, before its first sync
    # the study laptop reads the first version's lines on their seq alone, and says so
    result = sync(study)
    assert kinds(result) == ["unchecked"]
    assert "older masto-diary" in result.problems[0].sentence
    assert "Bea" in names(study)
    # the kitchen laptop's first sync links all its records and writes its file again
    result = sync(kitchen)
    assert result.problems == [] and result.sent > 0
    folder = SharedFolder.open(shared, PASS)
    lines = folder.read_lines(own_file(kitchen, shared))[0]
    assert all(record.prev is not None for record, _ in lines)
    result = sync(study)
    assert result.problems == []
    assert {"Bea", "Carlo"} <= set(names(study))
    assert content(study.path) == content(kitchen.path)
    # and from then on its file is checked: an older copy is named
    older = own_file(kitchen, shared).read_bytes()
    add(kitchen, "Dora")
    sync(kitchen)
    sync(study)
    own_file(kitchen, shared).write_bytes(older)
    assert kinds(sync(study)) == ["rollback"]


def test_a_conflict_copy_of_our_own_file_with_changes_we_never_made_is_a_twin(laptops):
    """A copied data folder under Syncthing: both copies wrote the kitchen laptop's file and
    the sync app kept one and made a conflict copy of the other."""
    kitchen, _study, shared = laptops
    add(kitchen, "Bea")
    sync(kitchen)
    folder = SharedFolder.open(shared, PASS)
    path = own_file(kitchen, shared)
    lines = folder.read_lines(path)[0]
    record, text = lines[-1]
    foreign = ChangeRecord(
        record.device, record.seq + 1, record.stamp, "f" * 32, "child",
        {**record.data, "name": "Made on the copy"} if record.table == "child" else None,
        None, chain_hash(text),
    )  # fmt: skip
    copy = path.with_name(f"{path.stem}.sync-conflict-20261207-101010-COPY.log")
    copy.write_bytes(path.read_bytes() + folder.seal_lines(record.device, [foreign]))
    add(kitchen, "Carlo")
    result = sync(kitchen)
    assert "twin" in kinds(result) and result.sent == 0
    (twin,) = [p for p in result.problems if p.kind == "twin"]
    assert twin.numbers == (record.seq + 1,) and "writes as this laptop" in twin.sentence
    assert share.has_news(kitchen)  # Carlo waits, unsent


def test_a_sync_killed_after_writing_its_file_writes_it_again_without_repeats(laptops):
    """The file was written, the commit never came (kill -9 in between): the diary still
    holds those records unsent.  The next sync sees its file ahead by exactly them and writes
    it whole again, so no change appears twice (the other laptops would call that lines out
    of order).  tests/sync/test_commands.py kills a real process at random moments too."""
    from masto_diary.storage.read_model import sync_journal
    from masto_diary.sync import history
    from masto_diary.sync.record import ChangeRecord as Record

    kitchen, study, shared = laptops
    add(kitchen, "Bea")
    device = share.device_of(kitchen)
    with kitchen.transaction() as session:
        connection = session.connection()
        unsent = [Record.from_json(t) for t in sync_journal.unsent(connection, device)]
        linked = history.chained(connection, device, unsent)
    SharedFolder.open(shared, PASS).append(device, linked)  # ... and then the kill
    result = sync(kitchen)
    assert result.problems == [] and result.sent == len(linked)
    seqs = [
        r.seq for r, _ in SharedFolder.open(shared, PASS).read_lines(own_file(kitchen, shared))[0]
    ]
    assert seqs == list(range(1, len(seqs) + 1))
    assert sync(study).problems == [] and "Bea" in names(study)


def test_a_folder_left_without_a_snapshot_gets_one_at_the_next_sync(laptops, tmp_path):
    """Joining needs a whole snapshot; one deleted (or cut) is written again by the next
    laptop that syncs, so a later laptop can still join."""
    from masto_diary.storage import open_diary

    kitchen, _study, shared = laptops
    for path in (SharedFolder.base(shared) / "snapshots").iterdir():
        path.unlink()
    add(kitchen, "Bea")
    sync(kitchen)
    with open_diary(tmp_path / "third", auto_backup=False) as third:
        share.join(third, shared, PASS, "third laptop")
        assert set(names(third)) == {"Anna", "Bea"}
