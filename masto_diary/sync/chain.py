"""Each laptop's history is a chain: a change file may only grow, and only by the next link.

Every record carries its device's ``seq`` (1, 2, 3 …) and ``prev``, the hash of that device's
previous record (:mod:`masto_diary.sync.record`), inside the sealed line.  A laptop remembers,
for each other laptop, the last link it applied: its ``Head`` (seq and hash).  Reading a
change file is then walking it from the start, or from where the last read ended:

- a line whose seq is not the next one: lines were taken out (``gap``) or moved or repeated
  (``order``);
- a next seq whose ``prev`` is not the hash of the link before: another history (``fork``:
  the file of a copied data folder, or one rewritten by something that is not that laptop);
- a file that ends before the remembered head: cut short (``cut``, its last line is a stub)
  or an older copy put back (``rollback``);
- a record at the remembered seq whose hash is not the remembered one: ``fork``.

The walk keeps the links before the first fault and stops there: what follows is not applied
until the file is whole again (its laptop writes it again from its own diary).  Records of the
first version of folder sync have no ``prev``; they are taken on their seq alone (``legacy``).
"""

from collections.abc import Iterable
from dataclasses import dataclass, field

from masto_diary.sync.record import FIRST, ChangeRecord, chain_hash

Head = tuple[int, str | None]  # (seq, chain hash of that record's text; None: legacy record)
Line = tuple[ChangeRecord, bytes, int]  # a record, its opened text, the byte after its line


@dataclass
class Walk:
    """What a walk kept and where it stopped."""

    lines: list[Line] = field(default_factory=list)  # the links kept, in order
    head: Head | None = None  # after the last link kept (or where the walk started)
    fault: str | None = None  # "gap", "order", "fork" (or set by the reader: "damaged")
    numbers: tuple[int, ...] = ()
    legacy: bool = False  # a record without prev was kept

    @property
    def last_seq(self) -> int:
        return self.head[0] if self.head else 0


def walk(found: Iterable[Line], start: Head | None = None, known: Head | None = None) -> Walk:
    """Follow the chain through ``found`` from ``start`` (None: the file's beginning).

    ``known`` is the head this laptop remembers: passing its seq, the record there must be
    that very record (its hash), or the file holds another history.
    """
    result = Walk(head=start)
    seq, prev = (start[0] + 1, start[1]) if start else (1, FIRST)
    lines = list(found)
    for index, (record, text, end) in enumerate(lines):
        if record.seq != seq:
            later = any(other.seq == seq for other, _, _ in lines[index + 1 :])
            result.fault = "gap" if record.seq > seq and not later else "order"
            result.numbers = (seq, record.seq)
            break
        if record.prev is not None and prev is not None and record.prev != prev:
            result.fault, result.numbers = "fork", (seq,)
            break
        digest = chain_hash(text)
        checked = known and known[1] is not None and record.prev is not None
        if checked and seq == known[0] and digest != known[1]:  # type: ignore[index]
            result.fault, result.numbers = "fork", (seq,)
            break
        result.legacy |= record.prev is None
        result.lines.append((record, text, end))
        result.head = (seq, digest if record.prev is not None else None)
        seq, prev = seq + 1, digest if record.prev is not None else None
    return result


def continues(first: ChangeRecord, head: Head) -> bool:
    """Whether ``first`` is the link right after ``head`` (so a read may start there)."""
    if first.seq != head[0] + 1:
        return False
    return head[1] is None or first.prev is None or first.prev == head[1]
