"""The merge decides the engine: the same change files, any order, any number of times, one diary.

Three simulated laptops with skewed clocks make random edits and exchange random subsets of
each other's changes in random order.  Among the edits: evenings that carry their scores
(aggregates), triggers and evenings whose uid every laptop derives from the same natural key
(two laptops making "heat" write one record), and score records of the previous version;
the rows the diary must hold (``aggregates.expected_rows``) are part of the outcome.  At the
end every laptop's change file goes through the real shared folder (sealed), with duplicates,
cut-short last lines and ``*.sync-conflict-*`` copies; every delivery order must give the
same diary and the same conflicts, and each laptop's own incremental view, once it has
everything, must equal it too.
"""

import random
import uuid
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from masto_diary.sync import rows
from masto_diary.sync.aggregates import expected_rows
from masto_diary.sync.clock import HybridClock, Stamp
from masto_diary.sync.folder import SharedFolder
from masto_diary.sync.merge import Merged
from masto_diary.sync.record import ChangeRecord

DEVICES = [uuid.UUID(int=n).hex for n in (1, 2, 3)]
# Natural keys: every laptop derives the same uid for the child's "heat" or its evening of a day.
CHILD = uuid.UUID(int=99).hex
TRIGGER_NAMES = ("heat", "dust")
TRIGGERS = [rows.link_uid("trigger", [CHILD, name]) for name in TRIGGER_NAMES]
EVENINGS = [rows.link_uid("daily_entry", [CHILD, f"2026-03-0{day}"]) for day in (1, 2, 3)]


class Laptop:
    """A device with its own clock (skewed), its own records and its view of everyone's."""

    def __init__(self, device: str, skew: int):
        self.now = 1_000_000 + skew
        self.clock = HybridClock(device, wall=lambda: self.now)
        self.device = device
        self.own: list[ChangeRecord] = []
        self.view = Merged()

    def edit(self, uid: str, data: dict | None, table: str | None = None) -> None:
        seen = self.view.winner(uid)
        table = table or (seen.table if seen else "daily_entry")
        record = ChangeRecord(
            self.device,
            len(self.own) + 1,
            self.clock.now(),
            uid,
            table,
            data,
            seen.stamp if seen else None,
            saw=self.view.saw(uid),
        )
        self.own.append(record)
        self.view.add(record)

    def receive(self, records: list[ChangeRecord]) -> None:
        for record in records:
            self.view.add(record)
            self.clock.witness(record.stamp)


operation = st.tuples(
    st.sampled_from(["create", "edit", "delete", "sync", "tick", "evening", "trigger", "legacy"]),
    st.integers(0, 2),
    st.integers(0, 2),
    st.integers(0, 10_000),
)


def run(operations, skews) -> list[Laptop]:
    laptops = [Laptop(device, skew) for device, skew in zip(DEVICES, skews, strict=True)]
    made = 0
    for kind, who, other, n in operations:
        laptop = laptops[who]
        known = sorted(laptop.view.winners())
        if kind == "create" or (kind in ("edit", "delete") and not known):
            made += 1
            laptop.edit(uuid.UUID(int=10_000 + made).hex, {"notes": f"new {made}", "n": n})
        elif kind == "edit":
            laptop.edit(known[n % len(known)], {"notes": f"edit {n}", "n": n})
        elif kind == "delete":
            laptop.edit(known[n % len(known)], None)
        elif kind in ("evening", "trigger", "legacy"):
            aggregate_edit(laptop, kind, n)
        elif kind == "sync":
            rng = random.Random(n)
            theirs = laptops[other].own
            picked = rng.sample(theirs, rng.randint(0, len(theirs)))
            laptop.receive(picked + picked[: n % 3])  # some arrive twice
        else:
            laptop.now += n % 500 - 100  # a clock may even go back
    return laptops


def aggregate_edit(laptop: Laptop, kind: str, n: int) -> None:
    """An evening with its scores, a trigger by name, or a previous version's score record;
    one in seven a delete."""
    gone = n % 7 == 0
    if kind == "trigger":
        name = TRIGGER_NAMES[n % 2]
        laptop.edit(TRIGGERS[n % 2], None if gone else {"child_id": CHILD, "label": name}, kind)
    elif kind == "evening":
        scores = {uid: (n >> i) % 4 for i, uid in enumerate(TRIGGERS) if (n >> (i + 3)) % 2}
        data = {"child_id": CHILD, "notes": f"evening {n}", "scores": scores}
        laptop.edit(EVENINGS[n % 3], None if gone else data, "daily_entry")
    else:
        evening, member = EVENINGS[n % 3], TRIGGERS[n % 2]
        uid = rows.link_uid("symptom_score", [evening, member])
        data = {"entry_id": evening, "symptom_id": member, "score": n % 4}
        laptop.edit(uid, None if gone else data, "symptom_score")


def outcome(merged: Merged):
    return (
        merged.diary(),
        [(c.uid, c.kept, c.other) for c in merged.conflicts()],
        expected_rows(merged.winners()),
    )


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    operations=st.lists(operation, min_size=1, max_size=40),
    skews=st.lists(st.integers(-5_000, 5_000), min_size=3, max_size=3),
    seed=st.integers(0, 2**32),
)
def test_any_order_any_repetition_gives_one_diary(operations, skews, seed, tmp_path_factory):
    laptops = run(operations, skews)
    everything = [record for laptop in laptops for record in laptop.own]
    reference = Merged()
    reference.add_all(everything)
    expected = outcome(reference)

    rng = random.Random(seed)
    for _ in range(3):
        delivery = everything + rng.sample(everything, len(everything) // 2)
        rng.shuffle(delivery)
        merged = Merged()
        merged.add_all(delivery)
        assert outcome(merged) == expected

    # Each laptop, once it has received every other laptop's records, sees the same diary.
    for laptop in laptops:
        laptop.receive([r for other in laptops if other is not laptop for r in other.own])
        assert outcome(laptop.view) == expected

    # The winner of a record is its latest stamp.
    for uid, record in reference.winners().items():
        assert record.stamp == max(r.stamp for r in everything if r.uid == uid)

    # Through the real folder: sealed files, cut-short lines, sync-tool copies, read twice.
    folder_dir = tmp_path_factory.mktemp("shared")
    folder = SharedFolder.create(folder_dir, "correct horse")
    for laptop in laptops:
        for start in range(0, len(laptop.own), 7):  # appended in several saves
            folder.append(laptop.device, laptop.own[start : start + 7])
    files = folder.files()
    if files:
        path = rng.choice(files)
        data = path.read_bytes()
        lines = data.splitlines(keepends=True)
        prefix = b"".join(lines[: rng.randint(0, len(lines))])
        copy = path.with_name(path.name.replace(".log", ".sync-conflict-20261204-1200-X.log"))
        copy.write_bytes(prefix)
        cut = path.with_name(path.name + ".sync-conflict-cut")
        cut.write_bytes(data + lines[-1][: rng.randint(1, len(lines[-1]) - 1)])
    again = SharedFolder.open(folder_dir, "correct horse")
    merged = Merged()
    merged.add_all(again.read_all())
    merged.add_all(again.read_all())
    assert outcome(merged) == expected

    # Compacting loses nothing the merge looks at.
    compact = Merged()
    compact.add_all(reference.compacted())
    assert outcome(compact) == expected

    # Joining from a snapshot: a laptop that had read some lines of each file wrote one (and
    # another laptop's snapshot is a copy cut short); the joiner reads the newest complete
    # snapshot, then each file from where the snapshot stops, and meets the full log's diary.
    snapshot_from(again, rng, DEVICES[0], made=1)
    if rng.random() < 0.5:
        snapshot_from(again, rng, DEVICES[1], made=2)
        cut_path = again.snapshot_file(DEVICES[1])
        whole = cut_path.read_bytes()
        cut_path.write_bytes(whole[: rng.randint(0, len(whole) - 1)])
    header, lines = again.newest_snapshot()
    joined = Merged()
    joined.add_all(record for record, _ in lines)
    for path in again.files():
        start = header.offsets.get(path.name, 0)
        joined.add_all(record for record, _ in again.read_lines(path, start)[0])
    assert outcome(joined) == expected


def snapshot_from(folder: SharedFolder, rng: random.Random, device: str, made: int) -> None:
    """The snapshot of a laptop that has read the first lines of some change files."""
    view, offsets = Merged(), {}
    for path in folder.files():
        found, _ = folder.read_lines(path)
        data = path.read_bytes()
        ends = [i + 1 for i, byte in enumerate(data) if byte == ord("\n")]
        read = rng.randint(0, len(found))
        if read:
            view.add_all(record for record, _ in found[:read])
            offsets[path.name] = ends[read - 1]
    folder.write_snapshot(device, view.compacted(), offsets, made=made)


def test_a_later_stamp_wins_and_the_other_version_is_a_conflict():
    kitchen, study = (Laptop(device, 0) for device in DEVICES[:2])
    kitchen.edit("a" * 32, {"notes": "first"})
    study.receive(kitchen.own)
    kitchen.now += 10
    kitchen.edit("a" * 32, {"notes": "kitchen"})
    study.now += 20
    study.edit("a" * 32, {"notes": "study"})
    merged = Merged()
    merged.add_all(kitchen.own + study.own)
    assert merged.diary() == {"a" * 32: ("daily_entry", {"notes": "study"})}
    (conflict,) = merged.conflicts()
    assert conflict.other.data == {"notes": "kitchen"}


def test_an_edit_made_on_top_of_another_version_is_no_conflict():
    kitchen, study = (Laptop(device, 0) for device in DEVICES[:2])
    kitchen.edit("b" * 32, {"notes": "kitchen"})
    study.receive(kitchen.own)
    study.now += 5
    study.edit("b" * 32, {"notes": "study, after reading kitchen"})
    merged = Merged()
    merged.add_all(study.own + kitchen.own)
    assert merged.conflicts() == []
    assert merged.diary()["b" * 32][1]["notes"] == "study, after reading kitchen"


def test_a_carer_who_saves_twice_does_not_hide_the_other_carers_save():
    """Study saves; kitchen saves, not having seen it (its clock is behind); study saves again
    on top of its own first version: kitchen's version is a conflict, not lost.  (With one
    'seen' stamp, study's second save had 'seen' a stamp newer than kitchen's.)"""
    kitchen, study = (Laptop(device, 0) for device in DEVICES[:2])
    study.now += 15
    study.edit("d" * 32, {"notes": "study first"})
    kitchen.now += 10
    kitchen.edit("d" * 32, {"notes": "kitchen"})
    study.now += 5
    study.edit("d" * 32, {"notes": "study again"})
    merged = Merged()
    merged.add_all(kitchen.own + study.own)
    assert merged.diary()["d" * 32][1]["notes"] == "study again"
    (conflict,) = merged.conflicts()
    assert conflict.other.data == {"notes": "kitchen"}


def test_the_clock_never_goes_back():
    wall = [5_000]
    clock = HybridClock("d", wall=lambda: wall[0])
    first = clock.now()
    wall[0] = 1_000
    assert clock.now() > first
    clock.witness(Stamp(9_000, 3, "e"))
    assert clock.now() > Stamp(9_000, 3, "e")


def test_a_wrong_passphrase_and_a_tampered_line_are_refused(tmp_path: Path):
    import pytest

    from masto_diary.sync.folder import FolderError

    folder = SharedFolder.create(tmp_path, "right")
    with pytest.raises(FolderError) as wrong:
        SharedFolder.open(tmp_path, "wrong")
    assert wrong.value.kind == "passphrase"
    laptop = Laptop(DEVICES[0], 0)
    laptop.edit("c" * 32, {"notes": "x"})
    laptop.edit("c" * 32, {"notes": "y"})
    folder.append(laptop.device, laptop.own)
    path = folder.change_file(laptop.device)
    data = bytearray(path.read_bytes())
    data[10] = ord("A") if data[10] != ord("A") else ord("B")
    path.write_bytes(bytes(data))
    with pytest.raises(FolderError) as damaged:
        list(folder.read_all())
    assert damaged.value.kind == "damaged" and damaged.value.path == path
    with pytest.raises(FolderError) as missing:
        SharedFolder.open(tmp_path / "gone", "right")
    assert missing.value.kind == "missing"
    assert (folder.root / "changes").stat().st_mode & 0o777 == 0o700


def test_a_tampered_snapshot_is_refused_and_named_a_cut_one_ignored(tmp_path: Path):
    import pytest

    from masto_diary.sync.folder import FolderError

    folder = SharedFolder.create(tmp_path, "right")
    laptop = Laptop(DEVICES[0], 0)
    for n in range(5):
        laptop.edit(uuid.UUID(int=n).hex, {"notes": f"n{n}"})
    folder.append(laptop.device, laptop.own)
    folder.write_snapshot(laptop.device, laptop.view.compacted(), {"x.log": 1}, made=7)
    header, lines = folder.newest_snapshot()
    assert (header.count, header.made, header.offsets) == (5, 7, {"x.log": 1})
    assert [record for record, _ in lines] == laptop.view.compacted()
    path = folder.snapshot_file(laptop.device)
    whole = path.read_bytes()
    path.write_bytes(whole[: whole.rindex(b"\n", 0, len(whole) - 1) + 1])  # a line short
    assert folder.newest_snapshot() is None
    data = bytearray(whole)
    data[len(whole) - 20] ^= 1  # inside the last record's sealed line
    path.write_bytes(bytes(data))
    with pytest.raises(FolderError) as damaged:
        folder.newest_snapshot()
    assert damaged.value.kind == "damaged" and damaged.value.path == path
