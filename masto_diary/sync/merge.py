"""The merge: a set of change records becomes one diary, whatever their order or repetition.

Engine: a last-writer-wins log over whole records, ordered by hybrid logical clock stamps
(docs/sync.md says why this and not a CRDT library).  The result is a function of the *set* of
records only: duplicates are dropped by (device, seq), each record's winner is its largest
stamp (device breaks ties), and the versions it overrode without having seen them are kept as
conflicts.  :class:`Merged` folds records one at a time; the property test checks that any
order, any repetition, gives the same diary as all at once.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from masto_diary.sync.clock import Stamp
from masto_diary.sync.record import ChangeRecord, newest_by_device


@dataclass(frozen=True, slots=True)
class Conflict:
    """A version of ``uid`` that lost to a later one made without seeing it."""

    uid: str
    table: str
    kept: ChangeRecord  # the winner, in the diary
    other: ChangeRecord  # the losing version, kept for the parent to pick


@dataclass
class Merged:
    """Every device's latest version of every record, and the winner of each."""

    _by_key: dict[tuple[str, int], ChangeRecord] = field(default_factory=dict)
    # uid -> device -> that device's latest version of the record
    _latest: dict[str, dict[str, ChangeRecord]] = field(default_factory=dict)

    def add(self, record: ChangeRecord) -> bool:
        """Fold one record in; False when it was already known (a duplicate delivery)."""
        key = (record.device, record.seq)
        known = self._by_key.get(key)
        if known is not None:
            if known == record:
                return False
            # The same line twice with different contents cannot come from one honest device;
            # keep the smaller canonical text so the choice does not depend on arrival order.
            if known.to_json() <= record.to_json():
                return False
        self._by_key[key] = record
        versions = self._latest.setdefault(record.uid, {})
        mine = versions.get(record.device)
        if mine is None or (record.stamp, record.seq) > (mine.stamp, mine.seq):
            versions[record.device] = record
        return True

    def add_all(self, records: Iterable[ChangeRecord]) -> int:
        return sum(self.add(record) for record in records)

    def __len__(self) -> int:
        return len(self._by_key)

    def records(self) -> list[ChangeRecord]:
        return [self._by_key[key] for key in sorted(self._by_key)]

    def compacted(self) -> list[ChangeRecord]:
        """The fewest records that merge to the same diary and the same conflicts: each
        device's latest version of each record (tombstones too, so an older version read
        later cannot bring a deleted record back).  This is what a snapshot holds."""
        return [
            versions[device]
            for uid, versions in sorted(self._latest.items())
            for device in sorted(versions)
        ]

    def winner(self, uid: str) -> ChangeRecord | None:
        versions = self._latest.get(uid)
        return max(versions.values(), key=lambda r: (r.stamp, r.seq)) if versions else None

    def winners(self) -> dict[str, ChangeRecord]:
        """uid -> winning version, tombstones included."""
        return {uid: self.winner(uid) for uid in sorted(self._latest)}  # type: ignore[misc]

    def diary(self) -> dict[str, tuple[str, dict[str, Any]]]:
        """uid -> (table, data) of every record alive after the merge."""
        return {
            uid: (record.table, record.data)
            for uid, record in self.winners().items()
            if record.data is not None
        }

    def conflicts(self) -> list[Conflict]:
        """Versions overridden by a later one from another laptop that had not seen them."""
        found = []
        for uid in sorted(self._latest):
            kept = self.winner(uid)
            assert kept is not None
            for device in sorted(self._latest[uid]):
                other = self._latest[uid][device]
                if device == kept.device or other.data == kept.data:
                    continue
                if kept.overrides(other):
                    continue  # the winner was made knowing this version: no conflict
                found.append(Conflict(uid, kept.table, kept, other))
        return found

    def saw(self, uid: str) -> tuple[Stamp, ...]:
        """What a change of ``uid`` made now would have seen: each device's newest version."""
        return newest_by_device(r.stamp for r in self._latest.get(uid, {}).values())

    def latest_stamp(self):
        """The largest stamp known (the clock witnesses it after a sync)."""
        return max((r.stamp for r in self._by_key.values()), default=None)
