"""Data dir, file modes, connection PRAGMAs and refusing files that are not sound diaries."""

import datetime as dt
import hashlib
import os
import random
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import platformdirs
import pytest

from masto_diary.errors import DiaryOpenError
from masto_diary.services import children, entries
from masto_diary.storage import DIARY_FILENAME, Diary, migrate, open_diary, resolve_data_dir
from masto_diary.storage.diary_file import DiaryFileError, inspect_diary_file
from masto_diary.storage.paths import HOME_VARIABLE, make_private
from tests import reads
from tests.tools import require_tool

DAY = dt.date(2024, 3, 1)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def permissive_umask() -> Iterator[None]:
    """Files would be world-readable (0666/0777) if the code relied on the umask."""
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


# --------------------------------------------------------------------------- data dir


def test_explicit_data_dir_wins_over_the_environment(tmp_path: Path) -> None:
    assert os.environ[HOME_VARIABLE]
    assert resolve_data_dir(tmp_path / "explicit") == tmp_path / "explicit"


def test_environment_variable_wins_over_the_platform_default(private_home: Path) -> None:
    assert resolve_data_dir() == private_home / "data"
    assert resolve_data_dir(None) == private_home / "data"


@pytest.mark.parametrize("value", [None, ""])
def test_platform_default_when_neither_is_given(
    monkeypatch: pytest.MonkeyPatch, value: str | None
) -> None:
    if value is None:
        monkeypatch.delenv(HOME_VARIABLE)
    else:
        monkeypatch.setenv(HOME_VARIABLE, value)
    expected = Path(platformdirs.user_data_dir("masto-diary", appauthor=False))
    assert resolve_data_dir() == expected


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG layout")
def test_platform_default_follows_xdg_data_home(
    monkeypatch: pytest.MonkeyPatch, private_home: Path
) -> None:
    monkeypatch.delenv(HOME_VARIABLE)
    assert resolve_data_dir() == private_home / "share" / "masto-diary"


def test_data_dir_expands_home_and_is_made_absolute(
    monkeypatch: pytest.MonkeyPatch, private_home: Path, tmp_path: Path
) -> None:
    assert resolve_data_dir("~/my-diary") == private_home / "my-diary"
    monkeypatch.chdir(tmp_path)
    assert resolve_data_dir("relative") == tmp_path / "relative"
    monkeypatch.setenv(HOME_VARIABLE, "~/from-env")
    assert resolve_data_dir() == private_home / "from-env"


def test_open_diary_without_a_folder_uses_the_environment(private_home: Path) -> None:
    with open_diary() as diary:
        assert diary.path == private_home / "data" / DIARY_FILENAME
    assert diary.path.is_file()


# --------------------------------------------------------------------------- file modes


def test_folder_is_0700_and_diary_wal_shm_are_0600_with_umask_zero(
    permissive_umask: None, tmp_path: Path
) -> None:
    folder = tmp_path / "new" / "diary-data"
    with open_diary(folder) as diary:
        kid = children.create_child(diary, "Anna", dt.date(2016, 5, 1))
        entries.save_entry(diary, kid.id, DAY, {"itching": 2})
        assert mode(folder) == 0o700
        for suffix in ("", "-wal", "-shm"):
            file = Path(f"{diary.path}{suffix}")
            assert file.exists(), file
            assert mode(file) == 0o600, file
    assert mode(diary.path) == 0o600


def test_existing_open_folder_and_file_are_tightened(
    permissive_umask: None, data_dir: Path
) -> None:
    with open_diary(data_dir):
        pass
    data_dir.chmod(0o755)
    (data_dir / DIARY_FILENAME).chmod(0o644)
    with open_diary(data_dir) as diary:
        assert mode(data_dir) == 0o700
        assert mode(diary.path) == 0o600


# --------------------------------------------------------------------------- PRAGMAs


def test_every_engine_connection_has_the_pragmas(diary: Diary) -> None:
    with diary.engine.connect() as first, diary.engine.connect() as second:
        for connection in (first, second):
            pragma = connection.exec_driver_sql
            assert pragma("PRAGMA foreign_keys").scalar() == 1
            assert pragma("PRAGMA journal_mode").scalar() == "wal"
            assert pragma("PRAGMA synchronous").scalar() == 2  # FULL


def test_service_transactions_run_with_the_pragmas(diary: Diary) -> None:
    with diary.transaction() as session:
        connection = session.connection()
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2


def test_journal_mode_wal_is_stored_in_the_file(diary: Diary) -> None:
    plain = sqlite3.connect(diary.path)
    try:
        assert plain.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        plain.close()


def test_a_save_that_returned_is_visible_to_another_connection(diary: Diary) -> None:
    kid = children.create_child(diary, "Anna", dt.date(2016, 5, 1))
    entries.save_entry(diary, kid.id, DAY, {"itching": 2})
    other = sqlite3.connect(diary.path)
    try:
        assert other.execute("SELECT count(*) FROM symptom_score").fetchone()[0] == 1
    finally:
        other.close()


def test_read_connection_cannot_write(diary: Diary) -> None:
    connection = diary.read_connection()
    try:
        with pytest.raises(sqlite3.OperationalError):
            connection.execute("DELETE FROM child")
    finally:
        connection.close()


# --------------------------------------------------------------------------- opening files


def test_an_empty_diary_file_is_refused_as_damaged_and_left_alone(data_dir: Path) -> None:
    """An empty file is what a failed copy or a damaged disk leaves: never a new diary."""
    data_dir.mkdir(mode=0o700)
    (data_dir / DIARY_FILENAME).touch()
    with pytest.raises(DiaryFileError) as refused:
        open_diary(data_dir)
    assert refused.value.kind == "damaged"
    assert "empty (0 bytes)" in str(refused.value) and "restore" in str(refused.value)
    assert (data_dir / DIARY_FILENAME).stat().st_size == 0
    assert not (data_dir / "backups").exists() or not list((data_dir / "backups").iterdir())


def test_a_creation_cut_short_leaves_no_diary_file_and_does_not_block_the_next(
    data_dir: Path,
) -> None:
    data_dir.mkdir(mode=0o700)
    (data_dir / f"{DIARY_FILENAME}.new").write_bytes(b"half a diary")
    with open_diary(data_dir) as diary:
        assert inspect_diary_file(diary.path) == migrate.HEAD_REVISION
    assert not (data_dir / f"{DIARY_FILENAME}.new").exists()


def test_every_folder_made_on_the_way_to_a_new_data_folder_is_private(tmp_path: Path) -> None:
    with open_diary(tmp_path / "a" / "b" / "c"):
        pass
    for folder in ("a", "a/b", "a/b/c"):
        assert stat.S_IMODE((tmp_path / folder).stat().st_mode) == 0o700, folder


def test_permissions_are_narrowed_never_widened(tmp_path: Path) -> None:
    shared, locked = tmp_path / "shared", tmp_path / "locked"
    shared.write_text("x")
    locked.write_text("x")
    shared.chmod(0o664)
    locked.chmod(0o400)  # the user made it read-only on purpose
    make_private(shared)
    make_private(locked)
    assert stat.S_IMODE(shared.stat().st_mode) == 0o600
    assert stat.S_IMODE(locked.stat().st_mode) == 0o400


def test_reopening_a_diary_keeps_its_data_and_makes_no_upgrade_backup(data_dir: Path) -> None:
    with open_diary(data_dir) as diary:
        kid = children.create_child(diary, "Anna", dt.date(2016, 5, 1))
        entries.save_entry(diary, kid.id, DAY, {"itching": 2})
    with open_diary(data_dir) as diary:
        assert entries.read_day(diary, kid.id, DAY).scores == {"itching": 2}
    # backups on close are expected (tests/storage/test_backups.py); an upgrade backup is not
    assert not list((data_dir / "backups").glob("*before-upgrade*"))


@pytest.fixture(scope="module")
def real_diary(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The bytes of a closed diary with a few dozen pages of data."""
    folder = tmp_path_factory.mktemp("real")
    with open_diary(folder) as diary:
        kid = children.create_child(diary, "Anna", dt.date(2016, 5, 1))
        with diary.transaction():
            for n in range(60):
                day = DAY + dt.timedelta(days=n)
                entries.save_entry(
                    diary, kid.id, day, {"itching": 2, "flushing": 1}, notes="x" * 300
                )
    data = (folder / DIARY_FILENAME).read_bytes()
    assert len(data) > 20 * 4096
    return data


def overwrite_pages(data: bytes) -> bytes:
    """Garbage in the middle of every page after the first two (the schema stays readable)."""
    damaged = bytearray(data)
    for page in range(2, len(data) // 4096):
        start = page * 4096 + 100
        damaged[start : start + 200] = b"\xa5" * 200
    return bytes(damaged)


def sqlite_file(path: Path, *statements: str) -> None:
    connection = sqlite3.connect(path)
    try:
        for statement in statements:
            connection.execute(statement)
        connection.commit()
    finally:
        connection.close()


def restamped(data: bytes, path: Path, revision: str) -> None:
    path.write_bytes(data)
    sqlite_file(path, f"UPDATE alembic_version SET version_num = '{revision}'")


Maker = Callable[[bytes, Path], None]
BAD_FILES: dict[str, tuple[Maker, str, str]] = {
    "random-bytes": (
        lambda _d, p: p.write_bytes(random.Random(7).randbytes(64 * 1024)),
        "is not a masto-diary diary: it is not an SQLite database",
        "not_sqlite",
    ),
    "text-file": (
        lambda _d, p: p.write_text("Dear diary, Anna had a good day.\n" * 200),
        "is not a masto-diary diary: it is not an SQLite database",
        "not_sqlite",
    ),
    "sqlite-header-then-garbage": (
        lambda _d, p: p.write_bytes(b"SQLite format 3\x00" + random.Random(1).randbytes(8192)),
        "is damaged",
        "damaged",
    ),
    "truncated-diary": (lambda d, p: p.write_bytes(d[: len(d) // 2]), "is damaged", "damaged"),
    "overwritten-pages": (
        lambda d, p: p.write_bytes(overwrite_pages(d)),
        "is damaged",
        "damaged",
    ),
    "other-sqlite-database": (
        lambda _d, p: sqlite_file(p, "CREATE TABLE recipe (id INTEGER PRIMARY KEY, name TEXT)"),
        "is an SQLite database but not a masto-diary diary.",
        "foreign",
    ),
    "child-table-without-version": (
        lambda _d, p: sqlite_file(p, "CREATE TABLE child (id INTEGER PRIMARY KEY)"),
        "it has a 'child' table but no schema version",
        "foreign",
    ),
    "newer-schema-9999": (
        lambda d, p: restamped(d, p, "9999"),
        "was written by a newer version of masto-diary (schema 9999)",
        "newer",
    ),
}


def fingerprint(path: Path) -> tuple[str, int, int]:
    info = path.stat()
    return hashlib.sha256(path.read_bytes()).hexdigest(), info.st_size, info.st_mtime_ns


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_unsound_file_is_refused_with_a_sentence_and_left_byte_identical(
    real_diary: bytes, data_dir: Path, case: str
) -> None:
    make, expected, kind = BAD_FILES[case]
    data_dir.mkdir(mode=0o700)
    path = data_dir / DIARY_FILENAME
    make(real_diary, path)
    os.utime(path, ns=(1_600_000_000_000_000_000, 1_600_000_000_000_000_000))
    before = fingerprint(path)

    with pytest.raises(DiaryOpenError) as caught:
        open_diary(data_dir)

    message = str(caught.value)
    assert expected in message
    assert caught.value.kind == kind
    assert message.startswith(DIARY_FILENAME)
    assert "has been left as it is" in message
    assert message.endswith(".")
    assert fingerprint(path) == before
    assert not (data_dir / "backups").exists()


def test_refused_file_stays_refused_and_untouched_on_a_second_try(
    real_diary: bytes, data_dir: Path
) -> None:
    data_dir.mkdir(mode=0o700)
    path = data_dir / DIARY_FILENAME
    path.write_bytes(overwrite_pages(real_diary))
    before = fingerprint(path)
    for _ in range(2):
        with pytest.raises(DiaryOpenError, match="is damaged"):
            open_diary(data_dir)
    assert fingerprint(path) == before


def test_unreadable_file_is_refused_with_a_sentence(data_dir: Path) -> None:
    """A diary of one's own made unreadable: the sentence says how to allow reading again.

    Root reads any file, so as root the check runs without any capability (setpriv)."""
    data_dir.mkdir(mode=0o700)
    path = data_dir / DIARY_FILENAME
    path.write_bytes(b"x" * 100)
    path.chmod(0)
    probe = (
        "import sys; from masto_diary.storage import open_diary\n"
        "try:\n    open_diary(sys.argv[1])\n"
        "except Exception as error:\n    print(type(error).__name__, error.kind, error)\n"
    )
    try:
        if os.geteuid() != 0:
            said = subprocess.run(
                [sys.executable, "-c", probe, str(data_dir)], capture_output=True, text=True
            )
        else:  # root reads any file: drop that right with setpriv
            drop = [require_tool("setpriv"), "--bounding-set=-all", "--inh-caps=-all"]
            said = subprocess.run(
                [*drop, sys.executable, "-c", probe, str(data_dir)], capture_output=True, text=True
            )
        assert said.stdout.startswith("DiaryFileError unreadable You took away your own right")
        assert f"chmod u+rwX {path}" in said.stdout, said.stdout + said.stderr
        assert path.stat().st_mode & 0o777 == 0  # never chmodded behind the user's back
    finally:
        path.chmod(0o600)


def test_sound_diary_reports_its_revision_without_changing_the_file(
    real_diary: bytes, tmp_path: Path
) -> None:
    path = tmp_path / DIARY_FILENAME
    path.write_bytes(real_diary)
    before = fingerprint(path)
    assert inspect_diary_file(path) == migrate.HEAD_REVISION
    assert fingerprint(path) == before


def test_copied_diary_file_opens_with_its_data(real_diary: bytes, data_dir: Path) -> None:
    data_dir.mkdir(mode=0o700)
    (data_dir / DIARY_FILENAME).write_bytes(real_diary)
    with open_diary(data_dir) as diary:
        (anna,) = reads.list_children(diary)
        assert reads.last_entry(diary, anna.id) == DAY + dt.timedelta(days=59)
