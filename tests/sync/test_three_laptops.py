"""Three laptops, one family, a folder host that copies, cuts and rolls back: a model decides.

A hypothesis state machine drives three real diaries (SQLite files) that share one real sealed
folder.  Each step is something a carer does (an evening, an episode with its symptoms and
triggers, a new trigger, a dose, a deletion) or something a folder host does (a sync on one
laptop, a conflict copy, a temp file, a copy cut short, an older copy of a change file put
back).  After every step the model checks what each laptop must hold; at the end every laptop
syncs until nothing is new, and then:

* the three JSON exports are equal apart from ``exported_at`` (convergence);
* every save that returned is in the diaries, was knowingly replaced, or is a conflict;
* every rollback of a change file was named by each laptop that had read past it.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from masto_diary.exchange import export_bytes
from masto_diary.services import children, entries, episodes, injections, records
from masto_diary.storage import open_diary
from masto_diary.storage.read_model import sync_journal
from masto_diary.sync import conflicts, share
from tests.sync.two_laptops import PASS

# the first CI round runs it; the later rounds (other interpreters) leave it out (.ci/run)
pytestmark = pytest.mark.slow

NAMES = ("kitchen", "study", "grandma")
DAYS = tuple(dt.date(2026, 12, 1) + dt.timedelta(days=n) for n in range(3))
TRIGGERS = ("heat", "dust", "new food")
SYMPTOMS = ("itching", "flushing")
# what Syncthing, Dropbox, Nextcloud, OneDrive and Google Drive call their copies and temp files
COPY_NAMES = (
    "{stem}.sync-conflict-20261204-120000-ABCDEFG.log",
    "{stem} (conflicted copy 2026-12-04).log",
    "{stem} (Ben's conflicted copy 2026-12-04).log",
    "{stem} (conflicted copy 2026-12-04 120000).log",
    "{stem}-KITCHEN-PC.log",
    "{stem} (1).log",
    "~syncthing~{stem}.log.tmp",
    ".syncthing.{stem}.log.tmp",
    "{stem}.log.partial",
    ".~lock.{stem}.log#",
)


def _local(day: dt.date, hour: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour)).astimezone()


@dataclass
class Save:
    """A save that returned to a carer: which laptop, which record (by its natural key), what."""

    laptop: int
    key: tuple
    value: str | None  # the version's note; None: deleted
    seen: str | None  # the note that laptop showed for the record just before the save
    superseded: bool = False
    uid: str = ""


@dataclass
class Laptop:
    name: str
    diary: object
    child_id: int = 0
    folder: object = None
    device: str = ""
    unsynced: set[int] = field(default_factory=set)  # its saves since its last sync
    kept_both: set[frozenset[str]] = field(default_factory=set)  # dose pairs said to be real
    rollbacks_to_name: set[str] = field(default_factory=set)
    problems: list[str] = field(default_factory=list)


class ThreeLaptops(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.tmp = Path(tempfile.mkdtemp(prefix="three-laptops-"))
        shutil.copytree(_template(), self.tmp, dirs_exist_ok=True)
        self.shared = self.tmp / "Sync"
        self.laptops: list[Laptop] = []
        for name in NAMES:
            _moved_folder(self.tmp / name / "diary.sqlite3", self.shared)
            diary = open_diary(self.tmp / name, auto_backup=False)
            share.accept_move(diary)  # each example's copy of the template was moved, not copied
            laptop = Laptop(name, diary, records.find_child_id(diary, "Anna"))
            laptop.device = share.device_of(diary)
            laptop.folder = share.open_folder(diary, PASS)
            self.laptops.append(laptop)
        self.saves: list[Save] = []
        self.made = 0
        self.episode_keys: dict[str, tuple] = {}
        self.doses: dict[str, int] = {}  # a dose's note -> the laptop that logged it
        # earlier versions of each laptop's change file, with the change number they end at
        self.copies: dict[str, list[tuple[bytes, int]]] = {}
        # (laptop, device): the next sync of that laptop must name that device's file
        self.must_name: set[tuple[int, str]] = set()

    def teardown(self) -> None:
        try:
            self._everyone_converges()
        finally:
            for laptop in self.laptops:
                laptop.diary.close()
            shutil.rmtree(self.tmp, ignore_errors=True)

    def _everyone_converges(self) -> None:
        """Every laptop syncs until a whole round brings nothing new; then they agree."""
        for _ in range(3):
            for who in range(len(self.laptops)):
                self.sync(who)
        first, *others = (export(laptop.diary) for laptop in self.laptops)
        for laptop, document in zip(self.laptops[1:], others, strict=True):
            assert document == first, f"{laptop.name} and {self.laptops[0].name} differ"
        assert not self.must_name, f"tampering nobody named: {self.must_name}"
        self._every_save_is_kept_or_a_conflict()
        self._every_dose_logged_twice_is_asked_about()

    # ------------------------------------------------------------------ what carers do
    # Every save writes a note no other save writes: the note names the version, so the model
    # can find each version in a diary or among its conflicts.

    @rule(
        who=st.integers(0, 2),
        day=st.sampled_from(DAYS),
        scores=st.tuples(st.none() | st.integers(0, 3), st.none() | st.integers(0, 3)),
    )
    def evening(self, who, day, scores):
        laptop, note = self.laptops[who], self._note("evening")
        given = dict(zip(SYMPTOMS, scores, strict=True))
        key = ("evening", day)
        before = _current(laptop, key)
        with share.attached(laptop.diary):
            saved = entries.save_entry(laptop.diary, laptop.child_id, day, given, notes=note)
        assert _evening_scores(laptop, day) == {k: v for k, v in given.items() if v is not None}
        self._saved(who, key, note, before, _uid(laptop, "daily_entry", saved.id))

    @rule(who=st.integers(0, 2), day=st.sampled_from(DAYS))
    def delete_evening(self, who, day):
        laptop, key = self.laptops[who], ("evening", day)
        before = _current(laptop, key)
        if before is None:
            return
        uid = _uid(laptop, "daily_entry", entries.read_day(laptop.diary, laptop.child_id, day).id)
        with share.attached(laptop.diary):
            entries.delete_entry(laptop.diary, laptop.child_id, day)
        self._saved(who, key, None, before, uid)

    @rule(who=st.integers(0, 2), label=st.sampled_from(TRIGGERS))
    def trigger(self, who, label):
        laptop = self.laptops[who]
        if label in _trigger_labels(laptop):
            return
        with share.attached(laptop.diary):
            children.add_trigger(laptop.diary, laptop.child_id, label)

    @rule(who=st.integers(0, 2), label=st.sampled_from(("Cough", "Joint pain")))
    def symptom(self, who, label):
        """A carer adds a symptom of their own; the other carer may add the same one."""
        laptop = self.laptops[who]
        if label in {s.label for s in children.symptoms(laptop.diary, laptop.child_id)}:
            return
        with share.attached(laptop.diary):
            children.add_symptom(laptop.diary, laptop.child_id, label)

    @rule(
        who=st.integers(0, 2),
        day=st.sampled_from(DAYS),
        hour=st.integers(8, 20),
        symptom=st.sampled_from(SYMPTOMS),
        trigger=st.sampled_from(TRIGGERS),
    )
    def episode(self, who, day, hour, symptom, trigger):
        laptop, note = self.laptops[who], self._note("episode")
        with share.attached(laptop.diary):
            made = episodes.log_episode(
                laptop.diary,
                laptop.child_id,
                _local(day, hour),
                "flush",
                symptom_keys=[symptom],
                trigger_labels=[trigger],
                notes=note,
            )
        self._saved(who, ("episode", note), note, None, _uid(laptop, "episode", made.id))

    @rule(
        who=st.integers(0, 2),
        pick=st.integers(0, 100),
        symptoms=st.lists(st.sampled_from(SYMPTOMS), unique=True),
        triggers=st.lists(st.sampled_from(TRIGGERS), unique=True),
        delete=st.booleans(),
    )
    def change_episode(self, who, pick, symptoms, triggers, delete):
        """Edit an episode this laptop shows (its symptoms and triggers too), or delete it."""
        laptop = self.laptops[who]
        shown = episodes.list_episodes(laptop.diary, laptop.child_id)
        if not shown:
            return
        episode = shown[pick % len(shown)]
        key = self._episode_key(episode.notes)
        uid = _uid(laptop, "episode", episode.id)
        with share.attached(laptop.diary):
            if delete:
                episodes.delete_episode(laptop.diary, episode.id)
                self._saved(who, key, None, episode.notes, uid)
                return
            note = self._note("episode")
            episodes.log_episode(
                laptop.diary,
                laptop.child_id,
                episode.started_at,
                "flush",
                symptom_keys=symptoms,
                trigger_labels=triggers,
                notes=note,
                episode_id=episode.id,
            )
        self._saved(who, key, note, episode.notes, uid)

    @rule(who=st.integers(0, 2), day=st.sampled_from(DAYS))
    def dose(self, who, day):
        laptop, note = self.laptops[who], self._note("dose")
        with share.attached(laptop.diary):
            injections.log_injection(
                laptop.diary, laptop.child_id, _local(day, 10), 150.0, notes=note
            )
        self.doses[note] = who

    @rule(who=st.integers(0, 2), pick=st.integers(0, 10), both=st.booleans())
    def answer_a_likely_duplicate(self, who, pick, both):
        """The carer keeps one of two doses logged on two laptops, or says both were real."""
        laptop = self.laptops[who]
        found = conflicts.likely_duplicates(laptop.diary)
        if not found:
            return
        duplicate = found[pick % len(found)]
        notes = _dose_notes(laptop)
        pair = frozenset(notes[dose.row_id] for dose in (duplicate.first, duplicate.second))
        with share.attached(laptop.diary):
            if both:
                conflicts.keep_both(laptop.diary, duplicate)
                laptop.kept_both.add(pair)
            else:
                conflicts.keep_one(laptop.diary, duplicate)

    # ------------------------------------------------------------------ what the host does

    @rule(who=st.integers(0, 2))
    def sync(self, who):
        laptop = self.laptops[who]
        with share.attached(laptop.diary):
            result = share.sync(laptop.diary, laptop.folder)
        # named by this sync, or still standing from the last one that read the folder (a file
        # deleted again after its laptop wrote it back looks unchanged since then)
        standing = share.problems(laptop.diary)
        named = {p.device for p in [*result.problems, *standing] if p.tampering}
        laptop.unsynced.clear()
        for index, device in sorted(self.must_name):
            if index == who:
                assert device in named, f"{laptop.name} did not name {device[:8]}: {result}"
                event("a cut, older or deleted change file was named")
                self.must_name.discard((index, device))
        if any(p.kind == "republished" for p in result.problems) or not result.skipped:
            # its own file is whole again: nobody has anything left to notice
            self.must_name = {(i, d) for i, d in self.must_name if d != laptop.device}
        path = self._change_file(laptop.device)
        if path.is_file():
            self.copies.setdefault(laptop.device, []).append(
                (path.read_bytes(), _applied(laptop, laptop.device))
            )

    @rule(who=st.integers(0, 2), age=st.integers(0, 5))
    def put_back_an_older_copy(self, who, age):
        """The folder host restores an older version of one laptop's change file."""
        device = self.laptops[who].device
        copies = self.copies.get(device, [])
        if not copies:
            return
        data, ends_at = copies[max(0, len(copies) - 1 - age)]
        self._change_file(device).write_bytes(data)
        self._expect_named(device, ends_at)

    @rule(who=st.integers(0, 2), keep=st.floats(0, 1))
    def cut_short(self, who, keep):
        """A copy in progress, or a host that loses the end of a file."""
        path = self._change_file(self.laptops[who].device)
        if not path.is_file():
            return
        data = path.read_bytes()
        cut = data[: int(len(data) * keep)]
        path.write_bytes(cut)
        self._expect_named(self.laptops[who].device, cut.count(b"\n"))

    @rule(who=st.integers(0, 2), first=st.integers(0, 50), second=st.integers(0, 50))
    def swap_two_lines(self, who, first, second):
        """Lines of a change file put in another order (a host that merges copies badly)."""
        path = self._change_file(self.laptops[who].device)
        lines = path.read_bytes().splitlines(keepends=True) if path.is_file() else []
        whole = [line for line in lines if line.endswith(b"\n")]
        if len(whole) < 2:
            return
        i, j = sorted((first % len(whole), second % len(whole)))
        if i == j:
            return
        whole[i], whole[j] = whole[j], whole[i]
        path.write_bytes(b"".join(whole))
        # a laptop that still had to read line j reads the moved lines: it must name them
        self._expect_named(self.laptops[who].device, j, of_lines=True)

    @rule(who=st.integers(0, 2))
    def delete_change_file(self, who):
        path = self._change_file(self.laptops[who].device)
        if path.is_file():
            path.unlink()
            self._expect_named(self.laptops[who].device, 0)

    def _expect_named(self, device: str, ends_at: int, of_lines: bool = False) -> None:
        """Every other laptop that applied more of ``device`` than the file now holds whole
        must name it at its next sync (unless that laptop writes its file again first);
        ``of_lines``: the file holds all its lines, but from line ``ends_at`` on (counted from
        0) not as written, so those that had not yet applied that far must name it."""
        # what the next sync sees is the file as it is now, not as it was before
        self.must_name = {(index, d) for index, d in self.must_name if d != device}
        path, written = self._change_file(device), self.copies.get(device, [(b"", 0)])[-1][0]
        if path.is_file() and path.read_bytes() == written:
            return  # put back as its laptop last wrote it (two swaps of the same lines)
        for index, laptop in enumerate(self.laptops):
            applied = _applied(laptop, device)
            if laptop.device != device and (applied <= ends_at if of_lines else applied > ends_at):
                self.must_name.add((index, device))

    def _change_file(self, device: str) -> Path:
        return self.shared / "masto-diary-sync" / "changes" / f"{device}.log"

    @rule(n=st.integers(0, 10))
    def temp_file(self, n):
        changes = self.shared / "masto-diary-sync" / "changes"
        (changes / f"~syncthing~{n}.log.tmp").write_bytes(b"\x00" * n)

    @rule(who=st.integers(0, 2), pattern=st.sampled_from(COPY_NAMES), keep=st.floats(0, 1))
    def conflict_copy(self, who, pattern, keep):
        """A sync tool keeps a second version of a change file beside it, under its own name."""
        path = self._change_file(self.laptops[who].device)
        if path.is_file():
            data = path.read_bytes()
            copy = path.with_name(pattern.format(stem=path.stem))
            copy.write_bytes(data[: int(len(data) * keep)])

    # ------------------------------------------------------------------ the model

    def _note(self, what: str) -> str:
        self.made += 1
        return f"{what} {self.made}"

    def _episode_key(self, note: str) -> tuple:
        """An episode is known by the note of the save that made it (edits keep the key)."""
        return self.episode_keys.setdefault(note, ("episode", note))

    def _saved(self, who: int, key: tuple, value: str | None, seen: str | None, uid: str) -> None:
        """A save returned: ``value`` is its note (None: deleted), ``seen`` the note the
        laptop showed for the record before."""
        if key[0] == "episode" and value is not None:
            self.episode_keys[value] = key
        for save in self.saves:
            if save.key == key and (save.laptop == who or save.value == seen):
                save.superseded = True  # that carer saw it (or made it) and replaced it
        self.saves.append(Save(who, key, value, seen, uid=uid))
        self.laptops[who].unsynced.add(len(self.saves) - 1)

    @invariant()
    def a_laptop_shows_its_own_saves_until_it_syncs(self):
        for laptop in self.laptops:
            for index in laptop.unsynced:
                save = self.saves[index]
                if not save.superseded:
                    assert _current(laptop, save.key, self) == save.value, (
                        f"{laptop.name} does not show its own save {save}"
                    )

    def _every_dose_logged_twice_is_asked_about(self) -> None:
        """Two doses of one day logged on two laptops are never silently kept twice: each
        laptop lists them as a likely duplicate until its carer answers."""
        for laptop in self.laptops:
            notes = _dose_notes(laptop)
            asked = {
                frozenset(notes[dose.row_id] for dose in (found.first, found.second))
                for found in conflicts.likely_duplicates(laptop.diary)
            }
            by_day: dict[dt.date, list[str]] = {}
            for record in injections.list_injections(laptop.diary, laptop.child_id):
                by_day.setdefault(record.given_at.astimezone().date(), []).append(record.notes)
            for day_notes in by_day.values():
                for i, first in enumerate(day_notes):
                    for second in day_notes[i + 1 :]:
                        pair = frozenset((first, second))
                        if self.doses[first] == self.doses[second] or pair in laptop.kept_both:
                            continue
                        assert pair in asked, f"{laptop.name} keeps {sorted(pair)} silently"
                        event("a dose logged on two laptops was asked about")

    def _every_save_is_kept_or_a_conflict(self) -> None:
        """After everyone agrees: a save nobody knowingly replaced is in the diary, or its
        version is among the diary's conflicts for the parent to pick."""
        laptop = self.laptops[0]
        conflicts = share.conflicts(laptop.diary)
        for save in self.saves:
            if save.superseded or _current(laptop, save.key, self) == save.value:
                continue
            versions = [
                version
                for conflict in conflicts
                if conflict.uid == save.uid
                for version in (conflict.kept, conflict.other)
            ]
            assert any(_note_of(version) == save.value for version in versions), (
                f"{save} is neither in the diary nor a conflict ({versions})"
            )
            event("a save that lost is a conflict")


def _moved_folder(diary_file: Path, folder: Path) -> None:
    """The copied diary's shared folder is the copied folder (it names the template's)."""
    connection = sqlite3.connect(diary_file)
    with connection:
        connection.execute(
            "UPDATE sync_setting SET value = ? WHERE key = 'folder'", (str(folder.resolve()),)
        )
    connection.close()


@functools.cache
def _template() -> Path:
    """Three laptops that shared and joined a diary holding Anna, made once per session: each
    example starts from a copy of their folders (scrypt and three diaries cost ~1 s)."""
    root = Path(tempfile.mkdtemp(prefix="three-laptops-template-"))
    shared = root / "Sync"
    shared.mkdir()
    for index, name in enumerate(NAMES):
        diary = open_diary(root / name, auto_backup=False)
        if index == 0:
            children.create_child(diary, "Anna", dt.date(2016, 5, 1))
            share.share(diary, shared, PASS, name)
        else:
            share.join(diary, shared, PASS, name)
        diary.close()
    return root


def _applied(laptop: Laptop, device: str) -> int:
    """How many of ``device``'s changes this laptop holds (its own: how many it sent)."""
    with laptop.diary.transaction() as session:
        connection = session.connection()
        if device == laptop.device:
            last = sync_journal.last_sent(connection, device)
            return last[0] if last else 0
        return sync_journal.last_seq(connection, device)


def _uid(laptop: Laptop, table: str, row_id: int) -> str:
    with laptop.diary.transaction() as session:
        uid = sync_journal.uid_of(session.connection(), table, row_id)
    assert uid, (table, row_id)
    return uid


def _dose_notes(laptop: Laptop) -> dict[int, str]:
    return {r.id: r.notes for r in injections.list_injections(laptop.diary, laptop.child_id)}


def _evening_scores(laptop: Laptop, day: dt.date) -> dict[str, int] | None:
    record = entries.read_day(laptop.diary, laptop.child_id, day)
    return None if record is None else dict(record.scores)


def _trigger_labels(laptop: Laptop) -> set[str]:
    return {t.label for t in children.triggers(laptop.diary, laptop.child_id)}


def _current(laptop: Laptop, key: tuple, machine: ThreeLaptops | None = None) -> str | None:
    """The note of the version of ``key`` this laptop shows, None when it shows none."""
    if key[0] == "evening":
        record = entries.read_day(laptop.diary, laptop.child_id, key[1])
        return None if record is None else record.notes
    if key[0] == "episode":
        assert machine is not None
        for episode in episodes.list_episodes(laptop.diary, laptop.child_id):
            if machine.episode_keys.get(episode.notes) == key:
                return episode.notes
        return None
    raise AssertionError(key)


def _note_of(version) -> str | None:
    """The note of a version in a conflict; None for a deletion."""
    return None if version.data is None else version.data.get("notes")


def export(diary) -> dict:
    document = json.loads(export_bytes(diary, "json"))
    document.pop("exported_at")
    return document


def machine_settings(examples: int) -> settings:
    """``THREE_LAPTOPS_NO_SHRINK=1`` shows a failure at once (shrinking takes minutes)."""
    return settings(
        max_examples=examples,
        stateful_step_count=20,
        deadline=None,
        report_multiple_bugs=False,
        phases=[Phase.explicit, Phase.reuse, Phase.generate]
        + ([] if os.environ.get("THREE_LAPTOPS_NO_SHRINK") else [Phase.shrink]),
        suppress_health_check=[HealthCheck.too_slow],
    )


ThreeLaptops.TestCase.settings = machine_settings(200)
test_three_laptops = ThreeLaptops.TestCase
