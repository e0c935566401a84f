"""Each laptop's history in the shared folder, checked: what a sync reads and writes of it.

- :func:`read_peer` walks one other laptop's change file along its chain
  (:mod:`masto_diary.sync.chain`) from the last link this diary applied, and names what is
  wrong (a cut, an older copy, a gap, lines out of order, another history, a damaged line);
  only the links before the first fault are applied.
- :func:`own_verdict` checks this laptop's own file when it is not as this laptop left it:
  cut short, put back older or deleted, it is written again from the diary (the source of
  truth for its own changes); holding changes this laptop never made, another copy of this
  diary writes as this laptop (a copied data folder), and nothing is sent.
- :func:`chained` gives this laptop's unsent records their links before they are sealed, and
  :func:`rechain` gives links to the records of the first version of folder sync.
- :func:`~masto_diary.sync.marks.file_marks` (re-exported) is what a sync with nothing new
  compares: size, time and the last bytes of each file.
"""

import json
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from masto_diary.storage.read_model import sync_journal as queries
from masto_diary.sync import chain
from masto_diary.sync.folder import SharedFolder
from masto_diary.sync.marks import file_marks, home_mark, mark_of
from masto_diary.sync.problems import Problem, shown_name
from masto_diary.sync.record import FIRST, ChangeRecord, chain_hash

__all__ = ["file_marks", "home_mark", "mark_of"]  # what share.py asks this module for


# ---------------------------------------------------------------------- other laptops


@dataclass
class PeerRead:
    """One other laptop's file as read by a sync."""

    fresh: list[tuple[ChangeRecord, bytes]] = field(default_factory=list)  # beyond the head
    head: chain.Head | None = None  # the last link applied from it, after this read
    offset: int = 0  # where the next read goes on
    problems: list[Problem] = field(default_factory=list)


def read_peer(
    folder: SharedFolder,
    path: Path,
    head: chain.Head | None,
    offset: int,
    name: str | None,
) -> PeerRead:
    """Walk ``path`` (device ``d``'s change file) on from ``head`` (the last link applied).

    A read goes on from ``offset`` when the first line there is the next link; otherwise the
    whole file is walked again (it was written anew, or put back older).  A head without a
    hash (a snapshot of the first version) trusts the offset.
    """
    device = path.name.split(".", 1)[0]
    read = PeerRead(head=head, offset=offset)
    lines, end, damaged, begun = folder.walk_lines(path, offset)
    if begun and lines and head is not None and not chain.continues(lines[0][0], head):
        lines, end, damaged, begun = folder.walk_lines(path, 0)
    start = head if begun else None
    if begun and head is None and lines:  # a snapshot of the first version: its offsets
        start = (lines[0][0].seq - 1, None)
    walked = chain.walk(lines, start, known=head)
    fault, numbers = walked.fault, walked.numbers
    if fault is None and damaged:
        fault, numbers = "damaged", ()
    have = head[0] if head else 0
    if fault is None and walked.last_seq < have:
        fault = "cut" if _ends_in_a_stub(path, end) else "rollback"
        numbers = (walked.last_seq, have)
    if fault:
        read.problems.append(Problem(fault, device, shown_name(path.name), name, numbers))
    if walked.legacy:
        read.problems.append(Problem("unchecked", device, shown_name(path.name), name))
    read.fresh = [(record, text) for record, text, _ in walked.lines if record.seq > have]
    if walked.head is not None and walked.last_seq >= have:
        read.head = walked.head
    if walked.lines:
        read.offset = walked.lines[-1][2]
    elif not fault:
        read.offset = end
    return read


def _ends_in_a_stub(path: Path, end: int) -> bool:
    try:
        return path.stat().st_size > end
    except OSError:
        return False


def missing_peers(folder: SharedFolder, own: str, chains: dict, names: dict) -> list[Problem]:
    """Laptops this diary applied changes from whose file is no longer in the folder."""
    present = folder.ours("changes")
    return [
        Problem("missing", device, f"{device}.log", names.get(device))
        for device in sorted(chains)
        if device != own and device not in present
    ]


def odd_problems(folder: SharedFolder) -> list[Problem]:
    return [Problem("ignored", file=name) for name in folder.odd_files()]


# ---------------------------------------------------------------------- this laptop


def own_verdict(
    connection, folder: SharedFolder, device: str, marks: dict, unsent: list[ChangeRecord]
) -> tuple[str, int]:
    """What to do with this laptop's own file before sending ``unsent`` (already linked):

    - "ok": it is as this laptop left it: append;
    - "rewrite": it is ahead of the diary by exactly the records about to be sent (a sync
      killed after writing the file, before its commit): write it whole again, quietly;
    - "republish": cut, older, mangled or gone: write it whole again and say so;
    - "twin": it (or a conflict copy of it) holds a change this laptop never made, from the
      number given: a copied data folder writes as this laptop.

    Read only when its mark is not the one this laptop left (or a copy of it is there).
    """
    last = queries.last_sent(connection, device)
    path = folder.change_file(device)
    copies = [
        folder.root / name
        for name in folder.odd_files()
        if name.startswith(f"changes/{device}") and _regular(folder.root / name)
    ]
    mark = mark_of(path)
    if last is None and mark is None and not copies:
        return "ok", 0  # nothing sent and no file: nothing to check
    ours = _Ours(connection, device, last, unsent)
    verdict, first = "ok", 0
    if mark is None or mark != marks.get(path.name) or copies:
        verdict, first = _compare(folder, path, ours)
        if verdict == "twin":
            return verdict, first
    for copy in copies:
        found, first = _compare(folder, copy, ours)
        if found == "twin":
            return found, first
    return verdict, 0


@dataclass
class _Ours:
    """This laptop's records as its file should hold them: the sent ones, then ``unsent``."""

    connection: object
    device: str
    last: tuple[int, str] | None
    unsent: list[ChangeRecord]

    @property
    def sent(self) -> int:
        return self.last[0] if self.last else 0

    @property
    def total(self) -> int:
        return self.sent + len(self.unsent)

    def text_at(self, seq: int) -> str | None:
        if seq > self.sent:
            index = seq - self.sent - 1
            return self.unsent[index].to_json() if index < len(self.unsent) else None
        return queries.record_at(self.connection, self.device, seq)


def _regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False


def _compare(folder: SharedFolder, path: Path, ours: _Ours) -> tuple[str, int]:
    if not _regular(path):
        return ("republish" if ours.sent else "ok"), 0
    lines, _end, damaged, _ = folder.walk_lines(path, 0)
    walked = chain.walk(lines)
    if walked.last_seq > ours.total:
        return "twin", ours.total + 1
    if walked.last_seq:  # the links are checked, so the last one's hash stands for them all
        text = ours.text_at(walked.last_seq)
        if text is None or chain_hash(text) != chain_hash(walked.lines[-1][1]):
            return "twin", _first_difference(walked, ours)
    if walked.fault or damaged or walked.last_seq < ours.sent:
        return "republish", 0
    return ("rewrite" if walked.last_seq > ours.sent else "ok"), 0


def _first_difference(walked: chain.Walk, ours: _Ours) -> int:
    for record, text, _ in walked.lines:
        if ours.text_at(record.seq) != text.decode("utf-8", "replace"):
            return record.seq
    return walked.last_seq


def chained(connection, device: str, unsent: list[ChangeRecord]) -> list[ChangeRecord]:
    """This laptop's unsent records, each linked to the one before (in seq order)."""
    last = queries.last_sent(connection, device)
    prev = chain_hash(last[1]) if last else FIRST
    linked = []
    for record in unsent:
        record = record.chained(prev)
        prev = chain_hash(record.to_json())
        linked.append(record)
    return linked


def needs_rechain(connection, device: str) -> bool:
    """Whether this laptop's sent records are of the first version (no links yet)."""
    last = queries.last_sent(connection, device)
    return last is not None and '"prev":' not in last[1]


def rechain(connection, device: str) -> tuple[list[ChangeRecord], list[ChangeRecord]]:
    """Every record of this laptop linked from its first: (sent ones, unsent ones).

    The first version of folder sync wrote records without links.  On its first sync the new
    version links them all and writes its change file again: the same records (same seq,
    same data), now checkable; the other laptops already hold them and take nothing twice.
    """
    prev = FIRST
    sent: list[ChangeRecord] = []
    unsent: list[ChangeRecord] = []
    for _seq, text, was_sent in queries.own_records(connection, device):
        record = ChangeRecord.from_json(text).chained(prev)
        prev = chain_hash(record.to_json())
        (sent if was_sent else unsent).append(record)
    return sent, unsent


def own_texts(connection, device: str) -> list[bytes]:
    """The texts of every record this laptop sent, in order (to write its file again)."""
    return [
        text.encode("utf-8") for _seq, text, sent in queries.own_records(connection, device) if sent
    ]


def head_of(connection, device: str) -> chain.Head | None:
    last = queries.last_sent(connection, device)
    if last is None:
        return None
    return (last[0], chain_hash(last[1]) if '"prev":' in last[1] else None)


def dumps(value) -> str:
    return json.dumps(value, sort_keys=True)
