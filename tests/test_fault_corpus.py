"""Faults a family's machine can meet, each met with a sentence, an exit code and nothing lost.

Every case runs the real command in its own process and checks: the exit code, a sentence
that names what to do, no traceback, and that the diary file is byte for byte as it was.
"""

import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from masto_diary.storage import DIARY_FILENAME
from masto_diary.storage.backups import backup_file
from tests.exchange_samples import valid_document
from tests.tools import require_tool

EMPTY_DIARY_COMMANDS = [
    ["check"],
    ["export", "--format", "json", "-o", "{out}/export.json"],
    ["import", "{sample}"],
    ["report", "--child", "Luca", "-o", "{out}/report.pdf"],
    ["backup"],
]


def run_command(args: list[str], data_dir: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "masto_diary", *args, "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


@pytest.mark.parametrize("command", EMPTY_DIARY_COMMANDS, ids=lambda c: c[0])
def test_an_empty_diary_file_is_never_replaced(command, tmp_path):
    data_dir = tmp_path / "data"
    data_dir.mkdir(mode=0o700)
    diary = data_dir / DIARY_FILENAME
    diary.touch(mode=0o600)
    sample = tmp_path / "sample.json"
    sample.write_text(json.dumps(valid_document()))
    args = [part.format(out=tmp_path, sample=sample) for part in command]
    result = run_command(args, data_dir)
    said = result.stdout + result.stderr
    assert result.returncode != 0, said
    assert "Traceback" not in said
    assert "empty (0 bytes)" in said and "restore" in said, said
    assert diary.stat().st_size == 0
    assert not (tmp_path / "export.json").exists() and not (tmp_path / "report.pdf").exists()


# =========================================================================== the corpus
# Each case: a diary (the demo's, copied), something a family or an attacker does to it, the
# command, and what must come back.  ``tables_after`` is "same" (every table unchanged) or a
# function that checks the legal write.  The classes are those of issue 12.


def table_rows(path: Path) -> dict[str, list[tuple]]:
    """Every table's rows, sorted: the diary's content, compared before and after a command."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"
            )
        ]
        return {
            name: sorted(connection.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr)
            for name in names
        }
    finally:
        connection.close()


@dataclass(frozen=True)
class Case:
    kind: str  # the class of issue 12: empty, writers, filesystem, time, text, files, folders, undo
    name: str
    prepare: Callable[[Path, Path], list[str]]  # (tmp, data_dir) -> the command's arguments
    code: int
    said: tuple[str, ...]
    after: Callable[[dict, dict, Path], None] | None = None  # None: every table unchanged


def write_json(tmp: Path, document, name: str = "file.json") -> Path:
    target = tmp / name
    text = document if isinstance(document, str) else json.dumps(document)
    target.write_text(text, encoding="utf-8")
    return target


def mutated(change: Callable[[dict], None]) -> dict:
    document = valid_document()
    change(document)
    return document


def child(document: dict) -> dict:
    return document["children"][0]


def import_of(document, *extra: str) -> Callable[[Path, Path], list[str]]:
    def prepare(tmp: Path, _data: Path) -> list[str]:
        return ["import", str(write_json(tmp, document)), *extra]

    return prepare


def setting(path: str, value) -> Callable[[dict], None]:
    """A change of one field of the first child (``a.b`` for nested, ``a[0].b`` for lists)."""

    def change(document: dict) -> None:
        target = child(document)
        parts = path.replace("[", ".").replace("]", "").split(".")
        for part in parts[:-1]:
            target = target[int(part)] if part.isdigit() else target[part]
        target[parts[-1]] = value

    return change


def refused_import(name: str, kind: str, change, *said: str) -> Case:
    return Case(kind, name, import_of(mutated(change)), 1, ("was not imported", *said))


TIME_CASES = [
    refused_import("entry-year-1", "time", setting("daily_entries.0.date", "0001-01-01"),
                   "$.children[0].daily_entries[0].date", "1900"),
    refused_import("entry-year-9999", "time", setting("daily_entries.0.date", "9999-12-31"),
                   "2199"),
    refused_import("entry-1899", "time", setting("daily_entries.0.date", "1899-12-31"), "1900"),
    refused_import("entry-2200", "time", setting("daily_entries.0.date", "2200-01-01"), "2199"),
    refused_import("episode-moment-year-1", "time",
                   setting("episodes.0.started_at", "0001-01-01T00:00:00+14:00"),
                   "$.children[0].episodes[0].started_at"),
    refused_import("episode-moment-9999", "time",
                   setting("episodes.0.ended_at", "9999-12-31T23:59:59-14:00"),
                   "$.children[0].episodes[0].ended_at"),
    refused_import("injection-moment-9999", "time",
                   setting("injections.0.given_at", "9999-12-31T23:00:00+00:00"),
                   "$.children[0].injections[0].given_at"),
    refused_import("birth-date-year-1", "time", setting("birth_date", "0001-01-01"),
                   "$.children[0].birth_date"),
    refused_import("lab-day-9999", "time", setting("labs.0.taken_on", "9999-12-31"),
                   "$.children[0].labs[0].taken_on"),
    refused_import("moment-without-offset", "time",
                   setting("episodes.0.started_at", "2024-01-06T14:00:00"),
                   "$.children[0].episodes[0].started_at"),
    Case("time", "report-from-year-1", lambda t, d: ["report", "--child", "Luca Rossi",
         "--from", "0001-01-01", "-o", str(t / "r.pdf")], 0, ("shortened",)),
    Case("time", "report-to-9999", lambda t, d: ["report", "--child", "Luca Rossi",
         "--from", "2099-01-01", "--to", "9999-12-31", "-o", str(t / "r.pdf")], 1,
         ("Nothing was recorded",)),
    Case("time", "report-from-after-to", lambda t, d: ["report", "--child", "Luca Rossi",
         "--from", "2026-05-01", "--to", "2026-01-01", "-o", str(t / "r.pdf")], 1,
         ("must not end before it starts",)),
    Case("time", "report-date-not-a-date", lambda t, d: ["report", "--child", "Luca Rossi",
         "--from", "2026-02-30", "-o", str(t / "r.pdf")], 2, ("not a date",)),
]  # fmt: skip

TEXT_CASES = [
    refused_import("name-with-nul", "text", setting("name", "Bea\x00"), "U+0000"),
    refused_import("name-with-escape", "text", setting("name", "Bea\x1b[2J"), "U+001B"),
    refused_import("name-with-bidi-override", "text", setting("name", "Bea\u202eexe.txt"),
                   "U+202E"),
    refused_import("symptom-label-with-newline", "text", setting("symptoms.0.label", "It\nch"),
                   "$.children[0].symptoms[0].label"),
    refused_import("trigger-with-isolate", "text", setting("triggers.0.label", "heat\u2066"),
                   "U+2066"),
    refused_import("notes-with-nul", "text", setting("daily_entries.0.notes", "ok\x00"),
                   "U+0000"),
    Case("text", "ten-megabyte-bad-key", import_of(mutated(setting("x" * 10_000_000, 1))), 1,
         ("is not a key", "…")),
    refused_import("score-of-unknown-symptom", "text",
                   setting("daily_entries.0.scores", {"=HYPERLINK(1)": 1}), "HYPERLINK"),
]  # fmt: skip


def _special(kind: str) -> Callable[[Path, Path], list[str]]:
    def prepare(tmp: Path, _data: Path) -> list[str]:
        if kind == "fifo":
            os.mkfifo(tmp / "pipe.json")
            return ["import", str(tmp / "pipe.json")]
        if kind == "folder":
            (tmp / "folder.json").mkdir()
            return ["import", str(tmp / "folder.json")]
        if kind == "device":
            return ["import", "/dev/zero"]
        if kind == "missing":
            return ["import", str(tmp / "nowhere.json")]
        if kind == "huge":
            with (tmp / "huge.json").open("wb") as handle:
                handle.truncate(40 * 1024 * 1024)  # sparse: 40 MB of zeros, no disk used
            return ["import", str(tmp / "huge.json")]
        raise AssertionError(kind)

    return prepare


def _new_diary_on_file(tmp: Path, _data: Path) -> list[str]:
    (tmp / "a-file").write_text("not a folder")
    return ["import", str(write_json(tmp, valid_document())), "--new-diary", str(tmp / "a-file")]


def _raw(text: str | bytes, name: str = "file.json") -> Callable[[Path, Path], list[str]]:
    def prepare(tmp: Path, _data: Path) -> list[str]:
        target = tmp / name
        target.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
        return ["import", str(target)]

    return prepare


VALID_TEXT = json.dumps(valid_document())
FILE_CASES = [
    Case("files", "fifo", _special("fifo"), 1, ("not a regular file",)),
    Case("files", "folder", _special("folder"), 1, ("is a folder",)),
    Case("files", "device", _special("device"), 1, ("not a regular file",)),
    Case("files", "missing-file", _special("missing"), 1, ("cannot be read",)),
    Case("files", "larger-than-limit", _special("huge"), 1, ("larger than 32 MB",)),
    Case("files", "new-diary-is-a-file", _new_diary_on_file, 1, ("is a file",)),
    Case("files", "version-true", import_of(mutated(lambda d: d.update(version=True))), 1,
         ("$.version", "true")),
    Case("files", "version-string", import_of(mutated(lambda d: d.update(version="1"))), 1,
         ("$.version",)),
    Case("files", "version-2", import_of(mutated(lambda d: d.update(version=2))), 1,
         ("newer version",)),
    Case("files", "duplicate-top-key", _raw(VALID_TEXT[:-1] + ', "children": []}'), 1,
         ("$.children", "more than once")),
    Case("files", "duplicate-nested-key",
         _raw(VALID_TEXT.replace('"kg": 24.5', '"kg": 24.5, "kg": 99')), 1,
         ("$.children[0].weights[0].kg", "more than once")),
    Case("files", "empty-file", _raw(""), 1, ("the file is empty",)),
    Case("files", "not-utf8", _raw(b'{"format": "masto-diary", "x": "\xff"}'), 1,
         ("not UTF-8",)),
    Case("files", "nan", _raw(VALID_TEXT.replace("24.5", "NaN")), 1, ("NaN",)),
    Case("files", "deep-nesting", _raw("[" * 100_000 + "]" * 100_000), 1, ("too deeply",)),
    Case("files", "zip-file", _raw(b"PK\x03\x04rest"), 1, ("ZIP archive",)),
    Case("files", "pdf-file", _raw(b"%PDF-1.4 rest"), 1, ("PDF document",)),
    Case("files", "fhir-bundle", _raw('{"resourceType": "Bundle"}'), 1, ("FHIR bundle",)),
    Case("files", "truncated-json", _raw(VALID_TEXT[: len(VALID_TEXT) // 2]), 1,
         ("not valid JSON",)),
    Case("files", "string-for-number", import_of(mutated(setting("weights.0.kg", "24.5"))), 1,
         ("$.children[0].weights[0].kg",)),
    Case("files", "yes-for-boolean", import_of(mutated(setting("archived", "yes"))), 1,
         ("$.children[0].archived", "true or false")),
]  # fmt: skip


def _conflict_and_problems(tmp: Path, _data: Path) -> list[str]:
    document = mutated(setting("name", "Luca Rossi"))
    child(document)["daily_entries"][0]["scores"]["itching"] = 9  # checked against the diary
    return ["import", str(write_json(tmp, document))]


def _conflict_only(tmp: Path, _data: Path) -> list[str]:
    return ["import", str(write_json(tmp, mutated(setting("name", "Luca Rossi"))))]


def _one_more_child(before: dict, after: dict, _data: Path) -> None:
    assert len(after["child"]) == len(before["child"]) + 1
    assert any(row[1] == "Bea" for row in after["child"])
    assert len(after["daily_entry"]) == len(before["daily_entry"]) + 2


def _labelled_backup(before: dict, after: dict, data: Path) -> None:
    _one_more_child(before, after, data)
    labelled = list((data / "backups").glob("diary-*-before-import-of-file.json.sqlite3"))
    assert len(labelled) == 1
    assert table_rows(labelled[0]) == before  # the diary as it was: undoing is one restore


def _new_diary_folders(tmp: Path, _data: Path) -> list[str]:
    return ["import", str(write_json(tmp, valid_document())), "--new-diary", str(tmp / "a/b/c")]


def _export_nowhere(tmp: Path, _data: Path) -> list[str]:
    return ["export", "-o", str(tmp / "missing" / "x.json")]


def _backup_list(tmp: Path, data: Path) -> list[str]:
    run_command(["import", str(write_json(tmp, valid_document()))], data)
    return ["backup", "--list"]


def _after_listed_import(before: dict, after: dict, data: Path) -> None:
    _one_more_child(before, after, data)


UNDO_CASES = [
    Case("undo", "problems-before-the-name-question", _conflict_and_problems, 1,
         ("was not imported", "$.children[0].daily_entries[0].scores.itching")),
    Case("undo", "name-question-after-a-clean-check", _conflict_only, 1,
         ("already has a child called 'Luca Rossi'", "--on-conflict")),
    Case("undo", "import-keeps-a-labelled-backup",
         lambda t, d: ["import", str(write_json(t, valid_document()))], 0,
         ("before this import", "restore"), _labelled_backup),
    Case("undo", "backup-list-shows-the-label", _backup_list, 0, ("before import of file.json",),
         _after_listed_import),
]  # fmt: skip

FOLDER_CASES = [
    Case("folders", "export-into-missing-folder", _export_nowhere, 1, ("does not exist",)),
    Case("folders", "export-onto-a-folder", lambda t, d: ["export", "-o", str(t)], 1,
         ("is a folder",)),
    Case("folders", "export-without-force", lambda t, d: ["export", "-o", str(d / "diary.sqlite3")],
         1, ("inside the diary's data folder", "even with --force")),
]  # fmt: skip

CASES = TIME_CASES + TEXT_CASES + FILE_CASES + UNDO_CASES + FOLDER_CASES


@pytest.fixture(scope="module")
def demo_diary(tmp_path_factory) -> Path:
    """The demo diary, written once; each case works on its own copy."""
    folder = tmp_path_factory.mktemp("demo")
    result = run_command(["demo"], folder)
    assert result.returncode == 0, result.stderr
    return folder / DIARY_FILENAME


def fresh_copy(demo_diary: Path, tmp_path: Path) -> Path:
    data_dir = tmp_path / "data"
    data_dir.mkdir(mode=0o700)
    backup_file(demo_diary, data_dir / DIARY_FILENAME)
    return data_dir


def assert_sentence(result: subprocess.CompletedProcess, code: int, *said: str) -> str:
    text = result.stdout + result.stderr
    assert result.returncode == code, text[:2000]
    assert "Traceback" not in text and "Error:" not in text.replace("masto-diary:", ""), text[:2000]
    for phrase in said:
        assert phrase in text, (phrase, text[:2000])
    assert len(text) < 20_000, "the echo of the input was not cut"
    return text


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.kind}-{c.name}")
def test_fault(case: Case, demo_diary: Path, tmp_path: Path):
    data_dir = fresh_copy(demo_diary, tmp_path)
    diary = data_dir / DIARY_FILENAME
    before = table_rows(diary)
    args = case.prepare(tmp_path, data_dir)
    assert_sentence(run_command(args, data_dir), case.code, *case.said)
    after = table_rows(diary)
    if case.after is None:
        assert after == before
    else:
        case.after(before, after, data_dir)
    assert not list(data_dir.rglob("*.partial")), "a half-written file was left behind"


# --------------------------------------------------------------------------- damaged diaries
# `masto-diary check` and the window must say the same: the window shows the sentence of the
# error open_diary raises (ui.app.open_or_recover), check prints the same first line.


def _damage(kind: str, diary: Path) -> None:
    if kind == "not-sqlite":
        diary.write_bytes(b"family photos, not a diary\n" * 100)
    elif kind == "damaged-pages":
        data = bytearray(diary.read_bytes())
        data[4096:12288] = b"\xa5" * 8192  # the schema's pages and more, overwritten
        diary.write_bytes(bytes(data))
    elif kind == "foreign-sqlite":
        diary.unlink()
        connection = sqlite3.connect(diary)
        connection.execute("CREATE TABLE photos (id INTEGER)")
        connection.commit()
        connection.close()
    elif kind == "newer-schema":
        connection = sqlite3.connect(diary)
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
        connection.commit()
        connection.close()
    elif kind == "dangling-rows":  # foreign keys off, as another program would write
        connection = sqlite3.connect(diary)
        connection.execute("INSERT INTO trigger (child_id, label) VALUES (4242, 'heat')")
        connection.execute("DELETE FROM daily_entry WHERE id IN (SELECT MIN(id) FROM daily_entry)")
        connection.commit()
        connection.close()
    elif kind == "header-only":
        diary.write_bytes(b"SQLite format 3\x00")
    else:
        raise AssertionError(kind)


DAMAGED = {
    "not-sqlite": ("not an SQLite database", "not_sqlite"),
    "damaged-pages": ("damaged", "damaged"),
    "foreign-sqlite": ("not a masto-diary diary", "foreign"),
    "newer-schema": ("newer version of masto-diary", "newer"),
    "header-only": ("damaged", "damaged"),
    "dangling-rows": ("refer to records that are missing", "dangling"),
}


@pytest.mark.parametrize("kind", DAMAGED)
def test_check_and_the_window_agree_on_a_damaged_diary(kind, demo_diary, tmp_path):
    from masto_diary.storage import open_diary
    from masto_diary.storage.diary_file import DiaryFileError

    data_dir = fresh_copy(demo_diary, tmp_path)
    diary = data_dir / DIARY_FILENAME
    _damage(kind, diary)
    damaged = diary.read_bytes()
    phrase, problem_kind = DAMAGED[kind]
    text = assert_sentence(run_command(["check"], data_dir), 1, phrase, "backup")
    with pytest.raises(DiaryFileError) as raised:
        open_diary(path=diary, holder="the masto-diary window")
    assert raised.value.kind == problem_kind
    assert text.splitlines()[0] == str(raised.value)  # the window's dialog shows this sentence
    assert diary.read_bytes() == damaged  # never repaired, replaced or chmodded behind the back


# --------------------------------------------------------------------------- several writers


def start_command(args: list[str], data_dir: Path) -> subprocess.Popen:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, "-m", "masto_diary", *args, "--data-dir", str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def finish(processes: list[subprocess.Popen]) -> list[tuple[int, str]]:
    results = []
    for process in processes:
        out, err = process.communicate(timeout=180)
        results.append((process.returncode, out + err))
    return results


def assert_each_finished_or_waited(results: list[tuple[int, str]]) -> int:
    """Every run either worked or said who holds the diary; returns how many worked."""
    for code, text in results:
        assert "Traceback" not in text, text
        assert code == 0 or "holds" in text or "is open" in text or "already has" in text, text
    return sum(code == 0 for code, _ in results)


def test_writers_eight_imports_at_once_each_child_once(demo_diary, tmp_path):
    data_dir = fresh_copy(demo_diary, tmp_path)
    before = table_rows(data_dir / DIARY_FILENAME)
    sample = write_json(tmp_path, valid_document())
    args = ["import", str(sample), "--on-conflict", "rename"]
    worked = assert_each_finished_or_waited(
        finish([start_command(args, data_dir) for _ in "8" * 8])
    )
    after = table_rows(data_dir / DIARY_FILENAME)
    beas = [row for row in after["child"] if row[1].startswith("Bea")]
    assert worked >= 1 and len(beas) == worked  # Bea, Bea (imported), Bea (imported 2) …
    assert len({row[1] for row in beas}) == worked
    assert len(after["daily_entry"]) == len(before["daily_entry"]) + 2 * worked


def test_writers_four_merges_at_once_add_the_file_once(demo_diary, tmp_path):
    data_dir = fresh_copy(demo_diary, tmp_path)
    sample = write_json(tmp_path, valid_document())
    assert run_command(["import", str(sample)], data_dir).returncode == 0
    once = table_rows(data_dir / DIARY_FILENAME)
    args = ["import", str(sample), "--on-conflict", "merge"]
    assert_each_finished_or_waited(finish([start_command(args, data_dir) for _ in range(4)]))
    assert table_rows(data_dir / DIARY_FILENAME) == once  # merging the same file adds nothing


def test_writers_backup_and_import_at_once(demo_diary, tmp_path):
    data_dir = fresh_copy(demo_diary, tmp_path)
    sample = write_json(tmp_path, valid_document())
    processes = [start_command(["backup"], data_dir) for _ in range(3)]
    processes.append(start_command(["import", str(sample)], data_dir))
    results = finish(processes)
    assert assert_each_finished_or_waited(results) == 4
    for backup in (data_dir / "backups").glob("diary-*.sqlite3"):
        assert sqlite3.connect(backup).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_writers_a_held_diary_names_its_holder(demo_diary, tmp_path):
    from masto_diary.storage.writer_lock import WriterLock

    data_dir = fresh_copy(demo_diary, tmp_path)
    before = table_rows(data_dir / DIARY_FILENAME)
    sample = write_json(tmp_path, valid_document())
    lock = WriterLock(data_dir / DIARY_FILENAME, "the masto-diary window")
    try:
        result = run_command(["import", str(sample)], data_dir)
    finally:
        lock.release()
    assert_sentence(result, 1, "the masto-diary window")
    assert table_rows(data_dir / DIARY_FILENAME) == before


# --------------------------------------------------------------------------- the file system


def need_root_mount() -> None:
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs Linux and root; run the corpus as root in CI")


@pytest.fixture
def small_disk(tmp_path, request):
    """A small tmpfs: 1.4 MB by default (the demo diary and one backup fill it)."""
    need_root_mount()
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    size = getattr(request, "param", "1400k")
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(mount_point)],
        capture_output=True,
        text=True,
    )
    if made.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {made.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def remount_read_only(mount_point: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(mount_point)], check=True)


def _big_document() -> dict:
    document = valid_document()
    entries = child(document)["daily_entries"]
    template = entries[0]
    start = dt.date(1990, 1, 1)
    child(document)["daily_entries"] = [
        {**template, "date": (start + dt.timedelta(days=n)).isoformat(), "notes": "x" * 400}
        for n in range(6000)
    ]
    return document


@pytest.mark.parametrize(
    "small_disk", ["1400k", "2200k"], ids=["full-at-the-backup", "full-at-the-write"], indirect=True
)
def test_filesystem_disk_full_during_import(demo_diary, small_disk, tmp_path):
    data_dir = small_disk / "data"
    data_dir.mkdir(mode=0o700)
    backup_file(demo_diary, data_dir / DIARY_FILENAME)
    before = table_rows(data_dir / DIARY_FILENAME)
    sample = write_json(tmp_path, _big_document())
    text = assert_sentence(run_command(["import", str(sample)], data_dir), 1)
    assert "full" in text and str(data_dir) in text, text
    assert not list(small_disk.rglob("*.partial")) and not list(small_disk.rglob("*.new"))
    for backup in (data_dir / "backups").glob("diary-*"):
        backup.unlink()  # room for SQLite's read index, so that the test can read the diary
    assert table_rows(data_dir / DIARY_FILENAME) == before


def test_filesystem_disk_full_during_backup(demo_diary, small_disk, tmp_path):
    data_dir = tmp_path / "data"
    data_dir.mkdir(mode=0o700)
    backup_file(demo_diary, data_dir / DIARY_FILENAME)
    (small_disk / "filler").write_bytes(b"\0" * 900_000)
    target = small_disk / "copy.sqlite3"
    text = assert_sentence(run_command(["backup", "-o", str(target)], data_dir), 1)
    assert "full" in text and "copy.sqlite3" in text, text
    assert not target.exists() and not list(small_disk.glob(".*partial"))


READ_ONLY_COMMANDS = {
    "import": (lambda t: ["import", str(write_json(t, valid_document()))], 1, "can only be read"),
    "restore": (lambda t: ["restore"], 1, "can only be read"),
    "backup": (lambda t: ["backup"], 1, "can only be read"),
    "export": (lambda t: ["export", "-o", str(t / "out.json")], 0, "Exported"),
    "check": (lambda t: ["check"], 0, "is sound"),
    "report": (lambda t: ["report", "--child", "Luca Rossi", "-o", str(t / "r.pdf")], 0, "pages"),
}


@pytest.mark.parametrize("command", READ_ONLY_COMMANDS)
def test_filesystem_read_only_disk(command, demo_diary, small_disk, tmp_path):
    data_dir = small_disk / "data"
    data_dir.mkdir(mode=0o700)
    backup_file(demo_diary, data_dir / DIARY_FILENAME)
    before = table_rows(data_dir / DIARY_FILENAME)
    remount_read_only(small_disk)
    make_args, code, phrase = READ_ONLY_COMMANDS[command]
    assert_sentence(run_command(make_args(tmp_path), data_dir), code, phrase)
    assert table_rows(data_dir / DIARY_FILENAME) == before


@pytest.mark.parametrize("what", ["file", "folder"])
@pytest.mark.parametrize("command", ["import", "restore", "export"])
def test_filesystem_made_read_only_on_purpose(what, command, demo_diary, tmp_path):
    data_dir = fresh_copy(demo_diary, tmp_path)
    diary = data_dir / DIARY_FILENAME
    run_command(["backup"], data_dir)  # something to restore
    before = table_rows(diary)
    locked = diary if what == "file" else data_dir
    os.chmod(locked, 0o400 if what == "file" else 0o500)
    mode = locked.stat().st_mode
    try:
        make_args, code, _ = READ_ONLY_COMMANDS[command]
        phrase = "Exported" if command == "export" else "made read-only"
        text = assert_sentence(run_command(make_args(tmp_path), data_dir), code, phrase)
        if code:
            assert "chmod u+w" in text and "Nothing was changed" in text.replace(
                "nothing", "Nothing"
            )
        assert locked.stat().st_mode == mode  # never made writable again
        assert table_rows(diary) == before
    finally:
        os.chmod(data_dir, 0o700)


# --------------------------------------------------------------------------- folders


def test_folders_new_diary_folders_are_private(tmp_path):
    sample = write_json(tmp_path, valid_document())
    target = tmp_path / "a" / "b" / "c"
    empty = tmp_path / "empty-data"
    result = run_command(["import", str(sample), "--new-diary", str(target)], empty)
    assert_sentence(result, 0, "A new diary was written")
    for folder in (tmp_path / "a", tmp_path / "a" / "b", target):
        assert folder.stat().st_mode & 0o777 == 0o700, folder
    assert (target / DIARY_FILENAME).stat().st_mode & 0o777 == 0o600
    rows = table_rows(target / DIARY_FILENAME)
    assert [row[1] for row in rows["child"]] == ["Bea"] and len(rows["daily_entry"]) == 2


def test_folders_demo_into_new_nested_folder_is_private(tmp_path):
    data_dir = tmp_path / "x" / "y"
    assert_sentence(run_command(["demo"], data_dir), 0, "Demo diary written")
    for folder in (tmp_path / "x", data_dir, data_dir / "backups"):
        assert folder.stat().st_mode & 0o777 == 0o700, folder
    for path in [data_dir / DIARY_FILENAME, *(data_dir / "backups").glob("diary-*")]:
        assert path.stat().st_mode & 0o777 == 0o600, path


def test_folders_new_diary_inside_a_file_is_a_sentence(tmp_path):
    (tmp_path / "plain").write_text("x")
    sample = write_json(tmp_path, valid_document())
    result = run_command(
        ["import", str(sample), "--new-diary", str(tmp_path / "plain" / "d")], tmp_path
    )
    assert_sentence(result, 1, "plain")


# --------------------------------------------------------------------------- another user's
# A data folder or diary that belongs to another user.  Root reads anything, so the command
# runs as root without any capability (setpriv): the kernel then checks permissions as for any
# user, and files chowned to "nobody" are another user's.


def run_as_another_user(args: list[str], data_dir: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(data_dir.parent)}
    drop = ["setpriv", "--bounding-set=-all", "--inh-caps=-all"]
    return subprocess.run(
        [*drop, sys.executable, "-m", "masto_diary", *args, "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def give_to_nobody(data_dir: Path, folder_mode: int, file_mode: int) -> None:
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("needs root to make files of another user (not mocked)")
    require_tool("setpriv")
    import pwd

    nobody = pwd.getpwnam("nobody")
    for path in [data_dir, *data_dir.rglob("*")]:
        os.chown(path, nobody.pw_uid, nobody.pw_gid)
    os.chmod(data_dir / DIARY_FILENAME, file_mode)
    os.chmod(data_dir, folder_mode)
    data_dir.parent.chmod(0o755)  # the folder above stays ours and open, as a home would be


ANOTHER_USERS_COMMANDS = {
    "check": ["check"],
    "export": ["export", "-o", "{out}/export.json"],
    "backup": ["backup"],
    "backup-list": ["backup", "--list"],
    "restore": ["restore"],
    "import": ["import", "{sample}"],
    "report": ["report", "--child", "Luca", "-o", "{out}/report.pdf"],
    "window": ["--smoke-test"],
}


@pytest.mark.parametrize("command", ANOTHER_USERS_COMMANDS)
def test_another_users_folder_is_named_with_what_to_do(command, demo_diary, tmp_path):
    data_dir = fresh_copy(demo_diary, tmp_path)
    run_command(["backup"], data_dir)  # something restore could take
    before = table_rows(data_dir / DIARY_FILENAME)
    sample = write_json(tmp_path, valid_document())
    give_to_nobody(data_dir, 0o700, 0o600)
    args = [p.format(out=tmp_path, sample=sample) for p in ANOTHER_USERS_COMMANDS[command]]
    text = assert_sentence(run_as_another_user(args, data_dir), 1, "may not read", str(data_dir))
    assert "belongs to the user nobody" in text and "Start masto-diary as that user" in text
    assert "already open" not in text  # the window's lock no longer reads as another window
    assert not (tmp_path / "export.json").exists() and not (tmp_path / "report.pdf").exists()
    os.chmod(data_dir, 0o700)
    assert table_rows(data_dir / DIARY_FILENAME) == before


@pytest.mark.parametrize("command", ["check", "export", "window"])
def test_another_users_diary_in_an_open_folder_is_named(command, demo_diary, tmp_path):
    data_dir = fresh_copy(demo_diary, tmp_path)
    give_to_nobody(data_dir, 0o755, 0o600)
    args = [p.format(out=tmp_path) for p in ANOTHER_USERS_COMMANDS[command]]
    text = assert_sentence(run_as_another_user(args, data_dir), 1, "may not read")
    assert f"{data_dir / DIARY_FILENAME}: it belongs to the user nobody" in text


@pytest.mark.parametrize(
    "command, code, phrase",
    [
        ("check", 0, "is sound"),  # not "damaged": SQLite cannot make its -shm there
        ("export", 0, "Exported"),
        ("import", 1, "may not write in the folder"),
        ("window", 0, "window ready"),  # opens read-only, with no lock it could not make
    ],
)
def test_another_users_readable_diary_is_read_only(command, code, phrase, demo_diary, tmp_path):
    data_dir = fresh_copy(demo_diary, tmp_path)
    diary = data_dir / DIARY_FILENAME
    for side in ("-wal", "-shm"):
        Path(f"{diary}{side}").unlink(missing_ok=True)
    before = diary.read_bytes()
    sample = write_json(tmp_path, valid_document())
    give_to_nobody(data_dir, 0o755, 0o644)
    args = [p.format(out=tmp_path, sample=sample) for p in ANOTHER_USERS_COMMANDS[command]]
    assert_sentence(run_as_another_user(args, data_dir), code, phrase)
    assert diary.read_bytes() == before
