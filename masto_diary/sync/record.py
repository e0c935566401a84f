"""One change as it travels between laptops: which record, its new version, when, by whom.

A record is named by a stable ``uid`` (never by its row id, which differs between laptops).
``data`` is the whole new version of the row with its references written as uids; ``None``
is a tombstone (the record was deleted).  ``saw`` says which versions of the record the device
knew when it made the change: for each device, the stamp of its newest version known there (a
version vector).  A version that another laptop's winning version did not see is a conflict,
and is kept under Conflicts (docs/sync.md).  ``seen``, the newest of those stamps, is what the
first version of folder sync wrote instead; one stamp cannot tell *whose* version was seen (a
carer who saved twice would hide the other carer's save made in between), so it only decides
for records that have no ``saw``.

``prev`` chains a device's records: the hash of the text of that device's previous record
(``""`` for its first).  It is inside the sealed line, so nobody without the passphrase can
forge it, and a change file that was cut, rolled back, reordered or had lines taken out no
longer continues the chain a laptop remembers (:mod:`masto_diary.sync.chain`).  Records
written by the first version of folder sync have none (``None``): they are read as before and
named as unchecked until their laptop is updated.
"""

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from masto_diary.sync.clock import Stamp


@dataclass(frozen=True, slots=True)
class ChangeRecord:
    device: str
    seq: int  # 1, 2, 3 … per device: the line of the device's change file
    stamp: Stamp
    uid: str
    table: str
    data: dict[str, Any] | None
    seen: Stamp | None = None
    prev: str | None = None  # chain_hash of this device's previous record's text
    saw: tuple[Stamp, ...] | None = None  # per device, its newest version known (by device)

    def overrides(self, other: "ChangeRecord") -> bool:
        """Whether this version was made knowing ``other`` (so ``other`` is no conflict)."""
        if self.saw is None:
            return self.seen is not None and other.stamp <= self.seen
        known = next((stamp for stamp in self.saw if stamp.device == other.device), None)
        return known is not None and other.stamp <= known

    @property
    def deleted(self) -> bool:
        return self.data is None

    def to_json(self) -> str:
        """Canonical JSON (sorted keys, no spaces): equal records give equal bytes."""
        value = {
            "device": self.device,
            "seq": self.seq,
            "stamp": self.stamp.encode(),
            "uid": self.uid,
            "table": self.table,
            "data": self.data,
            "seen": self.seen.encode() if self.seen else None,
        }
        if self.prev is not None:
            value["prev"] = self.prev
        if self.saw is not None:
            value["saw"] = [stamp.encode() for stamp in self.saw]
        return json.dumps(
            value,
            sort_keys=True,
            separators=(",", ":"),
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str | bytes) -> "ChangeRecord":
        value = json.loads(text)
        data = value["data"]
        if data is not None and not isinstance(data, dict):
            raise ValueError("a change's data is an object or null")
        return cls(
            device=str(value["device"]),
            seq=int(value["seq"]),
            stamp=Stamp.decode(value["stamp"]),
            uid=str(value["uid"]),
            table=str(value["table"]),
            data=data,
            seen=Stamp.decode(value["seen"]) if value.get("seen") else None,
            prev=_prev(value.get("prev")),
            saw=_saw(value.get("saw")),
        )

    def chained(self, prev: str) -> "ChangeRecord":
        """This record as the next link after a record whose text hashes to ``prev``."""
        return replace(self, prev=prev)


def _prev(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or len(value) not in (0, HASH_CHARS):
        raise ValueError("a change's prev is a hash")
    return value


# 128 bits of SHA-256: the lines are sealed (nobody without the passphrase makes one), so the
# hash only has to tell this device's own records apart, never resist a forger.
HASH_CHARS = 32
FIRST = ""  # the prev of a device's first record


def chain_hash(text: str | bytes) -> str:
    """The hash a record's successor carries as ``prev``: of the record's text as sealed."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    return hashlib.sha256(data).hexdigest()[:HASH_CHARS]


def _saw(value: Any) -> tuple[Stamp, ...] | None:
    if value is None:
        return None
    if not isinstance(value, list):
        raise ValueError("a change's saw is a list of stamps")
    return tuple(Stamp.decode(stamp) for stamp in value)


def newest_by_device(stamps: Iterable[Stamp]) -> tuple[Stamp, ...]:
    """The version vector of a set of versions' stamps: each device's newest, by device."""
    newest: dict[str, Stamp] = {}
    for stamp in stamps:
        if stamp.device not in newest or stamp > newest[stamp.device]:
            newest[stamp.device] = stamp
    return tuple(newest[device] for device in sorted(newest))
