"""The shared folder: one change file per device, written only by that device, read by all.

Layout (docs/sync.md)::

    DIR/masto-diary-sync/share.json              salt, key-derivation settings, check token
    DIR/masto-diary-sync/changes/<device>.log    one sealed change record a line, append-only
    DIR/masto-diary-sync/snapshots/<device>.snap a compacted copy of all records, for joining

Writing is atomic: the whole new file is written beside the old one, flushed to disk and
renamed over it, so a laptop killed mid-write leaves the old file or the new one, never half.
Reading forgives what sync tools and USB sticks do: a last line without its newline (a copy
cut short) is skipped, ``*.sync-conflict-*`` copies and duplicates are read and folded in (the
merge drops repeats).  A complete line that fails authentication is refused, naming the file.
The diary's SQLite file is never put here.
"""

import json
import os
import re
import tempfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from masto_diary.sync.crypto import KdfParams, Sealer, SealError
from masto_diary.sync.record import ChangeRecord

SUBDIR = "masto-diary-sync"
SHARE_FILE = "share.json"
FORMAT = 1
_DEVICE_FILE = re.compile(r"^[0-9a-f]{32}$")


class FolderError(Exception):
    """The shared folder cannot be used; ``kind`` says why, ``path`` names the file."""

    def __init__(self, kind: str, path: Path):
        super().__init__(f"{kind}: {path}")
        self.kind = kind  # "missing", "not-shared", "passphrase", "damaged"
        self.path = path


@dataclass(frozen=True)
class Snapshot:
    """A snapshot file's header: its records stand for ``offsets`` bytes of each change file."""

    path: Path
    count: int
    made: int  # the writer's clock (milliseconds) when it wrote the snapshot
    offsets: dict[str, int]

    @property
    def writer(self) -> str:
        return _writer(self.path)


def _private_dir(path: Path) -> None:
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(path, 0o700)


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` as ``path`` all at once: a temporary file, fsync, rename, fsync the folder."""
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    directory = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)


class SharedFolder:
    """An opened shared folder: the key is derived and checked on opening."""

    def __init__(self, root: Path, sealer: Sealer):
        self.root = root
        self._sealer = sealer

    # ------------------------------------------------------------------ opening

    @staticmethod
    def base(folder: Path) -> Path:
        return folder / SUBDIR

    @classmethod
    def create(cls, folder: Path, passphrase: str) -> "SharedFolder":
        """Make the sync files in ``folder`` (which must exist) with a new salt."""
        if not folder.is_dir():
            raise FolderError("missing", folder)
        root = cls.base(folder)
        if (root / SHARE_FILE).exists():
            return cls.open(folder, passphrase)
        for sub in (root, root / "changes", root / "snapshots"):
            _private_dir(sub)
        params = KdfParams.fresh()
        sealer = Sealer(passphrase, params)
        share = {"format": FORMAT, **params.to_json(), "check": sealer.check_token()}
        write_atomically(root / SHARE_FILE, json.dumps(share, indent=1).encode())
        return cls(root, sealer)

    @classmethod
    def open(cls, folder: Path, passphrase: str) -> "SharedFolder":
        if not folder.is_dir():
            raise FolderError("missing", folder)
        root = cls.base(folder)
        share_path = root / SHARE_FILE
        if not share_path.is_file():
            raise FolderError("not-shared", folder)
        try:
            share = json.loads(share_path.read_bytes())
            params = KdfParams.from_json(share)
            check = share["check"]
        except (ValueError, KeyError, TypeError) as error:
            raise FolderError("damaged", share_path) from error
        sealer = Sealer(passphrase, params)
        if not sealer.opens_check_token(check):
            raise FolderError("passphrase", folder)
        for sub in (root / "changes", root / "snapshots"):
            _private_dir(sub)
        return cls(root, sealer)

    # ------------------------------------------------------------------ change files

    def change_file(self, device: str) -> Path:
        if not _DEVICE_FILE.match(device):
            raise ValueError("a device id is 32 hexadecimal digits")
        return self.root / "changes" / f"{device}.log"

    def seal_lines(self, device: str, records: Iterable[ChangeRecord]) -> bytes:
        context = device.encode("ascii")
        return b"".join(
            self._sealer.seal(record.to_json().encode("utf-8"), context) + b"\n"
            for record in records
        )

    def append(self, device: str, records: list[ChangeRecord]) -> None:
        """Add this device's new records to its own change file, atomically."""
        if not records:
            return
        path = self.change_file(device)
        old = path.read_bytes() if path.exists() else b""
        if old and not old.endswith(b"\n"):
            old = old[: old.rfind(b"\n") + 1]  # a cut copy of our own file: drop the stub
        write_atomically(path, old + self.seal_lines(device, records))

    def files(self) -> list[Path]:
        """Every change file, sync-tool conflict copies included, in a fixed order."""
        changes = self.root / "changes"
        return sorted(
            path
            for path in changes.iterdir()
            if path.is_file() and not path.name.startswith(".") and ".log" in path.name
        )

    def read_file(self, path: Path, start: int = 0) -> Iterator[ChangeRecord]:
        """The records of one change file from byte ``start`` (a line's beginning) on.

        A line that fails authentication is refused, naming the file.
        """
        yield from self.read_from(path, start)[0]

    def read_from(self, path: Path, start: int = 0) -> tuple[list[ChangeRecord], int]:
        """The records from byte ``start`` and where the complete lines end (the next start).

        Change files only grow, so a sync reads only what was added since the last one; if
        ``start`` is no longer a line's beginning (the file was replaced) all is read again.
        """
        found, end = self.read_lines(path, start)
        return [record for record, _ in found], end

    def read_lines(
        self, path: Path, start: int = 0
    ) -> tuple[list[tuple[ChangeRecord, bytes]], int]:
        """Like :meth:`read_from`, each record with its opened text (the journal stores that
        text as it is: encoding the record again was a third of a join)."""
        device = path.name.split(".", 1)[0]
        data = path.read_bytes()
        if start and (start > len(data) or data[start - 1 : start] != b"\n"):
            start = 0
        end = data.rfind(b"\n") + 1  # after it: empty, or a copy cut short
        found = []
        for plain in self._open_lines(path, data[start:end], device):
            record = _parse(path, plain)
            if record.device != device:
                raise FolderError("damaged", path)
            found.append((record, plain))
        return found, max(end, start)

    def _open_lines(self, path: Path, data: bytes, writer: str) -> Iterator[bytes]:
        context = writer.encode("ascii")
        for line in data.split(b"\n"):
            if not line.strip():
                continue
            try:
                yield self._sealer.open(line.strip(), context)
            except SealError as error:
                raise FolderError("damaged", path) from error

    def read_all(self, skip: str | None = None) -> Iterator[ChangeRecord]:
        """Every record in the folder, except (optionally) those of device ``skip``."""
        for path in self.files():
            if skip and path.name.split(".", 1)[0] == skip:
                continue
            yield from self.read_file(path)

    # ------------------------------------------------------------------ snapshots

    def snapshot_file(self, device: str) -> Path:
        return self.change_file(device).parent.parent / "snapshots" / f"{device}.snap"

    def write_snapshot(
        self,
        device: str,
        records: Sequence[ChangeRecord],
        offsets: Mapping[str, int] | None = None,
        made: int = 0,
    ) -> None:
        """Write this device's snapshot: a header, then the compacted records.

        ``offsets`` (change file name -> bytes) says how much of each change file the records
        stand for: a laptop that joins from the snapshot reads those files only from there.
        """
        header = {"snapshot": FORMAT, "count": len(records), "made": made}
        header["offsets"] = dict(sorted((offsets or {}).items()))
        first = json.dumps(header, sort_keys=True, separators=(",", ":")).encode()
        context = device.encode("ascii")
        data = self._sealer.seal(first, context) + b"\n" + self.seal_lines(device, records)
        write_atomically(self.snapshot_file(device), data)

    def snapshots(self) -> list[Path]:
        return sorted((self.root / "snapshots").glob("*.snap"))

    def snapshot_header(self, path: Path) -> Snapshot | None:
        """What a snapshot stands for (None: not a snapshot of this format)."""
        with path.open("rb") as file:
            first = file.readline()
        if not first.endswith(b"\n"):
            return None
        plain = next(self._open_lines(path, first, _writer(path)), None)
        if plain is None:
            return None
        try:
            header = json.loads(plain)
            offsets = {str(k): int(v) for k, v in header["offsets"].items()}
            return Snapshot(path, int(header["count"]), int(header["made"]), offsets)
        except (ValueError, KeyError, TypeError, AttributeError):
            return None

    def snapshot_lines(self, path: Path) -> list[tuple[ChangeRecord, bytes]] | None:
        """The records of a whole snapshot with their texts, or None if it is cut short or
        not a snapshot (a copy in progress: the change files still hold everything)."""
        header = self.snapshot_header(path)
        if header is None:
            return None
        data = path.read_bytes()
        body = data[data.index(b"\n") + 1 : data.rfind(b"\n") + 1]
        found = [
            (_parse(path, plain), plain) for plain in self._open_lines(path, body, header.writer)
        ]
        return found if len(found) == header.count else None

    def newest_snapshot(self) -> tuple[Snapshot, list[tuple[ChangeRecord, bytes]]] | None:
        """The complete snapshot that stands for the most of the change files, if any."""
        headers = [h for h in map(self.snapshot_header, self.snapshots()) if h is not None]
        for header in sorted(headers, key=lambda h: (-sum(h.offsets.values()), -h.made)):
            found = self.snapshot_lines(header.path)
            if found is not None:
                return header, found
        return None


NAMES = "names"


def write_name(folder: "SharedFolder", device: str, name: str) -> None:
    """This laptop's name ("kitchen laptop"), sealed, for the other laptops' sentences."""
    _private_dir(folder.root / NAMES)
    context = b"name:" + device.encode("ascii")
    write_atomically(folder.root / NAMES / device, folder._sealer.seal(name.encode(), context))


def read_names(folder: "SharedFolder") -> dict[str, str]:
    """Every laptop's name that opens with this passphrase; a damaged one is left out."""
    names: dict[str, str] = {}
    directory = folder.root / NAMES
    if not directory.is_dir():
        return names
    for path in sorted(directory.iterdir()):
        if not _DEVICE_FILE.match(path.name):
            continue
        try:
            plain = folder._sealer.open(path.read_bytes(), b"name:" + path.name.encode("ascii"))
            names[path.name] = plain.decode("utf-8")[:60]
        except (OSError, SealError, UnicodeDecodeError):
            continue
    return names


def _writer(path: Path) -> str:
    return path.name.split(".", 1)[0]


def _parse(path: Path, plain: bytes) -> ChangeRecord:
    try:
        return ChangeRecord.from_json(plain)
    except (ValueError, KeyError, TypeError) as error:
        raise FolderError("damaged", path) from error
