"""One change as it travels between laptops: which record, its new version, when, by whom.

A record is named by a stable ``uid`` (never by its row id, which differs between laptops).
``data`` is the whole new version of the row with its references written as uids; ``None``
is a tombstone (the record was deleted).  ``seen`` is the stamp of the version the device had
in front of it when it made the change: a later version that did not see another laptop's
version is a conflict, and the other version is kept under Conflicts (docs/sync.md).
"""

import json
from dataclasses import dataclass
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

    @property
    def deleted(self) -> bool:
        return self.data is None

    def to_json(self) -> str:
        """Canonical JSON (sorted keys, no spaces): equal records give equal bytes."""
        return json.dumps(
            {
                "device": self.device,
                "seq": self.seq,
                "stamp": self.stamp.encode(),
                "uid": self.uid,
                "table": self.table,
                "data": self.data,
                "seen": self.seen.encode() if self.seen else None,
            },
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
        )
