"""Getting data out of and into a diary: masto-diary JSON (full fidelity), CSV, FHIR R4.

Everything written here holds a child's health data, so files are created 0600 from the start
(never chmod-ed afterwards) and appear under their final name only when complete.  Nothing in
this package imports Qt or opens a network connection.
"""

import os
import tempfile
from pathlib import Path

from masto_diary.errors import DiaryError
from masto_diary.storage.paths import PRIVATE_FILE_MODE

FORMATS = ("json", "csv", "fhir")
SUFFIXES = {"json": ".json", "csv": ".zip", "fhir": ".fhir.json"}


def named_for_format(path: Path, fmt: str) -> Path:
    """``path``, or for a CSV export not named ``.zip`` the same name ending in ``.zip``.

    The CSV export is a ZIP archive of several CSV files; named ``x.csv`` it would open as
    garbage in a spreadsheet, so ``x.csv`` becomes ``x.zip`` (and ``x`` becomes ``x.zip``).
    """
    path = Path(path)
    if fmt != "csv" or path.suffix.lower() == ".zip":
        return path
    if path.suffix.lower() == ".csv":
        return path.with_suffix(".zip")
    return path.with_name(f"{path.name}.zip")


def write_private_file(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` with mode 0600, atomically (temp file, fsync, rename)."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise DiaryError(f"The folder {folder} does not exist; choose another place to save.")
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:  # closed before the clean-up: Windows cannot
            # delete an open file.  Windows has no fchmod; the profile's ACL guards the file.
            if hasattr(os, "fchmod"):
                os.fchmod(fd, PRIVATE_FILE_MODE)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    os.chmod(path, PRIVATE_FILE_MODE)
    return path


def export_bytes(diary, fmt: str, child_names: list[str] | None = None) -> bytes:
    """The export of ``diary`` in ``fmt`` (json, csv or fhir) as bytes."""
    from masto_diary.exchange.json_format import dumps, export_document

    if fmt not in FORMATS:
        raise DiaryError(f"The export format must be one of {', '.join(FORMATS)}, got '{fmt}'.")
    document = export_document(diary, child_names)
    if child_names and not document["children"]:
        raise DiaryError(f"There is no child called '{', '.join(child_names)}' in this diary.")
    if fmt == "json":
        return dumps(document)
    if fmt == "csv":
        from masto_diary.exchange.csv_export import export_zip

        return export_zip(document)
    from masto_diary.exchange.fhir import bundle_bytes

    return bundle_bytes(document)


def export_to_file(diary, fmt: str, path: Path, child_names: list[str] | None = None) -> Path:
    """Export and write the file 0600; returns the path written."""
    return write_private_file(Path(path), export_bytes(diary, fmt, child_names))
