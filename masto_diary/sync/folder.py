"""The shared folder: one change file per device, written only by that device, read by all.

Layout (docs/sync.md)::

    DIR/masto-diary-sync/share.json              salt, key-derivation settings, check token
    DIR/masto-diary-sync/changes/<device>.log    one sealed change record a line, append-only
    DIR/masto-diary-sync/snapshots/<device>.snap a compacted copy of all records, for joining

Writing is atomic: the whole new file is written beside the old one (``.<name>.<random>.tmp``),
flushed to disk and renamed over it, so a laptop killed mid-write leaves the old file or the
new one, never half; the temporary file a killed write leaves is removed by the same laptop's
next sync (:meth:`SharedFolder.remove_leftovers`).  Nothing is written into a folder that is
not (or no longer) a shared diary: a folder that disappears mid-sync is never made again.

Only our own names are read: exactly ``<device>.log`` and ``<device>.snap``, regular files.
Everything else there (a sync app's conflict copy or temporary file, a name that is not
UTF-8, a folder or a link where a file should be) is listed by :meth:`SharedFolder.odd_files`
for the status and never read.  A last line without its newline (a copy cut short) is
skipped.  The diary's SQLite file is never put here.
"""

import json
import os
import re
import secrets
import stat
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from masto_diary.sync.chain import Head, Line
from masto_diary.sync.crypto import KdfParams, OutOfBoundsError, Sealer, SealError
from masto_diary.sync.marks import SUBDIR, entries, odd_in, ours_in
from masto_diary.sync.record import ChangeRecord

SHARE_FILE = "share.json"
FORMAT = 1
_DEVICE_FILE = re.compile(r"^[0-9a-f]{32}$")
_OURS = {
    "changes": re.compile(r"^([0-9a-f]{32})\.log$"),
    "snapshots": re.compile(r"^([0-9a-f]{32})\.snap$"),
}


class FolderError(Exception):
    """The shared folder cannot be used; ``kind`` says why, ``path`` names the file."""

    def __init__(self, kind: str, path: Path, detail: str = ""):
        super().__init__(f"{kind}: {path}")
        # "missing", "not-shared", "passphrase", "damaged", "settings" (share.json asks for
        # key settings out of bounds), "copying" (a join into a folder still being copied)
        self.kind = kind
        self.path = path
        self.detail = detail


@dataclass(frozen=True)
class Snapshot:
    """A snapshot file's header: its records stand for ``offsets`` bytes of each change file."""

    path: Path
    count: int
    made: int  # the writer's clock (milliseconds) when it wrote the snapshot
    offsets: dict[str, int]
    heads: dict[str, Head] | None = None  # device -> the last link the records stand for
    body: int | None = None  # bytes after the header line: a shorter file is still arriving

    @property
    def writer(self) -> str:
        return _writer(self.path)


def _private_dir(path: Path) -> None:
    """Make one folder inside the shared one (never its parents: a folder that disappeared,
    a USB stick pulled, is not made again half-empty)."""
    try:
        path.mkdir(mode=0o700, exist_ok=True)
        os.chmod(path, 0o700)
    except FileNotFoundError:
        raise FolderError("missing", path.parent) from None


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` as ``path`` all at once: a temporary file, fsync, rename, fsync the folder.

    The temporary file is ``.<name>.<random>.tmp`` beside it (a rename works only within one
    file system); one left by a killed write is removed at the next sync
    (:meth:`SharedFolder.remove_leftovers`).
    """
    temporary = str(path.parent / f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileNotFoundError:
        raise FolderError("missing", path.parent) from None
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
        _private_dir(root)
        for sub in (root / "changes", root / "snapshots"):
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
            check = str(share["check"])[:200]
        except OutOfBoundsError as error:
            raise FolderError("settings", share_path, str(error)) from None
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            raise FolderError("damaged", share_path) from error
        sealer = Sealer(passphrase, params)
        if not sealer.opens_check_token(check):
            raise FolderError("passphrase", folder)
        return cls(root, sealer)  # opening writes nothing (a join may wait for the copy)

    # ------------------------------------------------------------------ change files

    def change_file(self, device: str) -> Path:
        if not _DEVICE_FILE.match(device):
            raise ValueError("a device id is 32 hexadecimal digits")
        return self.root / "changes" / f"{device}.log"

    def still_there(self, sub: str = "") -> None:
        """Refuse to write into a shared folder that is gone (a pulled USB stick, a sync
        app's folder moved away mid-sync): nothing is made again half-empty.  ``sub``: the
        folder inside it about to be written to, made if it is not there yet."""
        if not (self.root / SHARE_FILE).is_file():
            raise FolderError("missing", self.root.parent)
        if sub:
            _private_dir(self.root / sub)

    def seal_lines(self, device: str, records: Iterable[ChangeRecord]) -> bytes:
        return self.seal_texts(device, (record.to_json().encode("utf-8") for record in records))

    def seal_texts(self, device: str, texts: Iterable[bytes]) -> bytes:
        context = device.encode("ascii")
        return b"".join(self._sealer.seal(text, context) + b"\n" for text in texts)

    def append(self, device: str, records: list[ChangeRecord]) -> None:
        """Add this device's new records to its own change file, atomically."""
        if not records:
            return
        self.append_sealed(device, self.seal_lines(device, records))

    def append_sealed(self, device: str, sealed: bytes) -> None:
        self.still_there("changes")
        path = self.change_file(device)
        try:
            old = path.read_bytes() if _is_regular(path) else b""
        except FileNotFoundError:
            old = b""
        if old and not old.endswith(b"\n"):
            old = old[: old.rfind(b"\n") + 1]  # a cut copy of our own file: drop the stub
        write_atomically(path, old + sealed)

    def rewrite(self, device: str, texts: Iterable[bytes]) -> None:
        """Write this device's whole change file again from its own records' texts (its
        diary is the source of truth for its own changes)."""
        self.still_there("changes")
        path = self.change_file(device)
        if path.is_dir() and not path.is_symlink():
            raise FolderError("damaged", path)
        write_atomically(path, self.seal_texts(device, texts))

    def files(self) -> list[Path]:
        """Every change file (``<device>.log``, a regular file), in a fixed order."""
        return [path for _, path in sorted(self.ours("changes").items())]

    def ours(self, sub: str) -> dict[str, Path]:
        """device -> its file in ``changes`` or ``snapshots`` (exact names, regular files)."""
        return ours_in(self.root / sub, sub)

    def odd_files(self) -> list[str]:
        """The names in ``changes`` and ``snapshots`` that are not ours, as shown."""
        return odd_in(self.root)

    def remove_leftovers(self, device: str) -> None:
        """Remove the temporary files a killed write of this device left (only this
        device's: another laptop may be writing its own right now)."""
        leftover = re.compile(rf"^\.{device}(\.log|\.snap)?\.[A-Za-z0-9_]+\.tmp$")
        for sub in ("changes", "snapshots", NAMES):
            try:
                names = os.listdir(self.root / sub)
            except OSError:
                continue
            for name in names:
                if leftover.match(name):
                    (self.root / sub / name).unlink(missing_ok=True)

    def read_file(self, path: Path, start: int = 0) -> Iterator[ChangeRecord]:
        """The records of one change file from byte ``start`` (a line's beginning) on.

        A line that fails authentication is refused, naming the file.
        """
        yield from self.read_from(path, start)[0]

    def read_from(self, path: Path, start: int = 0) -> tuple[list[ChangeRecord], int]:
        """The records from byte ``start`` and where the complete lines end (the next start)."""
        found, end = self.read_lines(path, start)
        return [record for record, _ in found], end

    def read_lines(
        self, path: Path, start: int = 0
    ) -> tuple[list[tuple[ChangeRecord, bytes]], int]:
        """Like :meth:`read_from`, each record with its opened text; a damaged line raises."""
        found, end, damaged, _ = self.walk_lines(path, start)
        if damaged:
            raise FolderError("damaged", path)
        return [(record, text) for record, text, _ in found], end

    def walk_lines(self, path: Path, start: int = 0) -> tuple[list[Line], int, bool, int]:
        """The records from byte ``start`` with their texts and where each line ends; where
        the complete lines end; whether the reading stopped at a line that does not open
        (damaged or forged: what follows it is not read); and where it began.  If ``start``
        is no longer a line's beginning (the file was replaced) it reads from the start."""
        data = _read_regular(path, start)
        if start and not data.startswith(b"\n"):
            start, data = 0, _read_regular(path, 0)
        elif start:
            data = data[1:]
        device = _writer(path)
        context = device.encode("ascii")
        complete = data.rfind(b"\n") + 1  # after it: empty, or a copy cut short
        found: list[Line] = []
        position = 0
        while position < complete:
            stop = data.index(b"\n", position)
            line = data[position:stop].strip()
            position = stop + 1
            if not line:
                continue
            try:
                plain = self._sealer.open(line, context)
                record = ChangeRecord.from_json(plain)
            except (SealError, ValueError, KeyError, TypeError):
                return found, start + stop + 1, True, start
            if record.device != device:
                return found, start + stop + 1, True, start
            found.append((record, plain, start + position))
        return found, start + complete, False, start

    def read_all(self, skip: str | None = None) -> Iterator[ChangeRecord]:
        """Every record in the folder, except (optionally) those of device ``skip``."""
        for path in self.files():
            if skip and path.name.split(".", 1)[0] == skip:
                continue
            yield from self.read_file(path)

    def _open_lines(self, path: Path, data: bytes, writer: str) -> Iterator[bytes]:
        context = writer.encode("ascii")
        for line in data.split(b"\n"):
            if not line.strip():
                continue
            try:
                yield self._sealer.open(line.strip(), context)
            except SealError as error:
                raise FolderError("damaged", path) from error

    # ------------------------------------------------------------------ snapshots

    def snapshot_file(self, device: str) -> Path:
        return self.change_file(device).parent.parent / "snapshots" / f"{device}.snap"

    def write_snapshot(
        self,
        device: str,
        records: Sequence[ChangeRecord],
        offsets: Mapping[str, int] | None = None,
        made: int = 0,
        heads: Mapping[str, Head] | None = None,
    ) -> None:
        """Write this device's snapshot: a header, then the compacted records.

        ``offsets`` (change file name -> bytes) says how much of each change file the records
        stand for: a laptop that joins from the snapshot reads those files only from there.
        ``heads`` (device -> seq and hash) is the last link of each device they stand for: the
        joiner's change files must continue from there, and a folder whose files do not reach
        them yet is still being copied.  ``body`` is the length of what follows the header.
        """
        body = self.seal_lines(device, records)
        header: dict = {"snapshot": FORMAT, "count": len(records), "made": made}
        header["offsets"] = dict(sorted((offsets or {}).items()))
        header["heads"] = {d: list(head) for d, head in sorted((heads or {}).items())}
        header["body"] = len(body)
        first = json.dumps(header, sort_keys=True, separators=(",", ":")).encode()
        self.still_there("snapshots")
        data = self._sealer.seal(first, device.encode("ascii")) + b"\n" + body
        write_atomically(self.snapshot_file(device), data)

    def snapshots(self) -> list[Path]:
        return [path for _, path in sorted(self.ours("snapshots").items())]

    def snapshot_header(self, path: Path) -> Snapshot | None:
        """What a snapshot stands for (None: not a snapshot of this format)."""
        try:
            with path.open("rb") as file:
                first = file.readline(1 << 20)
        except OSError:
            return None
        if not first.endswith(b"\n"):
            return None
        plain = next(self._open_lines(path, first, _writer(path)), None)
        if plain is None:
            return None
        try:
            header = json.loads(plain)
            offsets = {str(k): int(v) for k, v in header["offsets"].items()}
            heads = header.get("heads")
            if heads is not None:
                heads = {str(d): (int(h[0]), h[1] and str(h[1])) for d, h in heads.items()}
            body = header.get("body")
            return Snapshot(
                path,
                int(header["count"]),
                int(header["made"]),
                offsets,
                heads,
                int(body) if body is not None else None,
            )
        except (ValueError, KeyError, TypeError, AttributeError, IndexError):
            return None

    def snapshot_complete(self, header: Snapshot) -> bool:
        """Whether the whole snapshot is there, by its size (no line is opened)."""
        if header.body is None:
            return self.snapshot_lines(header.path) is not None
        try:
            with header.path.open("rb") as file:
                first = file.readline(1 << 20)
                size = os.fstat(file.fileno()).st_size
        except OSError:
            return False
        return size == len(first) + header.body

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

    def newest_header(self) -> Snapshot | None:
        """The complete snapshot that stands for the most of the change files (by its
        header and size only)."""
        headers = [h for h in map(self.snapshot_header, self.snapshots()) if h is not None]
        for header in sorted(headers, key=lambda h: (-sum(h.offsets.values()), -h.made)):
            if self.snapshot_complete(header):
                return header
        return None

    def newest_snapshot(self) -> tuple[Snapshot, list[tuple[ChangeRecord, bytes]]] | None:
        """The complete snapshot that stands for the most of the change files, if any."""
        headers = [h for h in map(self.snapshot_header, self.snapshots()) if h is not None]
        for header in sorted(headers, key=lambda h: (-sum(h.offsets.values()), -h.made)):
            found = self.snapshot_lines(header.path)
            if found is not None:
                return header, found
        return None


def _is_regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False


def _read_regular(path: Path, start: int) -> bytes:
    """The bytes of a regular file from ``start - 1`` (the byte before a read that goes on
    from an earlier one, to check it ends a line); a pipe or a folder is never opened for
    reading, so nothing waits for ever on a name a stranger put there."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise FolderError("damaged", path)
        with os.fdopen(fd, "rb", closefd=False) as file:
            if start:
                file.seek(start - 1)
            return file.read()
    finally:
        os.close(fd)


NAMES = "names"


def write_name(folder: "SharedFolder", device: str, name: str) -> None:
    """This laptop's name ("kitchen laptop"), sealed, for the other laptops' sentences."""
    folder.still_there(NAMES)
    context = b"name:" + device.encode("ascii")
    write_atomically(folder.root / NAMES / device, folder._sealer.seal(name.encode(), context))


def read_names(folder: "SharedFolder") -> dict[str, str]:
    """Every laptop's name that opens with this passphrase; a damaged one is left out."""
    names: dict[str, str] = {}
    directory = folder.root / NAMES
    for path in sorted(Path(entry.path) for entry in entries(directory)):
        if not _DEVICE_FILE.match(path.name) or not _is_regular(path):
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
