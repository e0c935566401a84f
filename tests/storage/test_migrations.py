"""Schema revisions: a diary made at revision 0001 is backed up, upgraded and keeps every row."""

import datetime as dt
import hashlib
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine
from sqlmodel import SQLModel

import masto_diary.models  # noqa: F401  (registers the tables on SQLModel.metadata)
from masto_diary.errors import DiaryOpenError
from masto_diary.services import children, entries, episodes
from masto_diary.storage import DIARY_FILENAME, migrate, open_diary
from masto_diary.storage.diary_file import inspect_diary_file
from tests import reads

OLD_ROWS = [
    "INSERT INTO child (id, name, birth_date, sex, diagnosis, clinic, notes) VALUES "
    "(1, 'Anna', '2016-05-01', 'female', 'indolent_systemic', 'Children''s Hospital', ''), "
    "(2, 'Ben', '2019-02-11', NULL, 'cutaneous', '', 'twin')",
    "INSERT INTO symptom_definition (id, child_id, key, label, position, active, scale_max) "
    "VALUES (1, 1, 'itching', 'Itching', 0, 1, 3), (2, 1, 'flushing', 'Flushing', 1, 1, 3), "
    "(3, 2, 'itching', 'Itching', 0, 1, 3)",
    "INSERT INTO daily_entry (id, child_id, date, wellbeing, school_missed, sleep_disturbed, "
    "reported_by, notes, created_at, updated_at) VALUES "
    "(1, 1, '2024-03-01', 6, 0, 1, 'parent', 'hot day', "
    "'2024-03-01 19:00:00.000000', '2024-03-01 19:00:00.000000'), "
    "(2, 1, '2024-03-02', 8, 0, 0, 'child', '', "
    "'2024-03-02 19:00:00.000000', '2024-03-02 19:00:00.000000'), "
    "(3, 2, '2024-03-02', NULL, 1, 0, 'other_carer', '', "
    "'2024-03-02 20:00:00.000000', '2024-03-02 20:00:00.000000')",
    "INSERT INTO symptom_score (entry_id, symptom_id, score) VALUES "
    "(1, 1, 2), (1, 2, 3), (2, 1, 0), (3, 3, 1)",
    "INSERT INTO trigger (id, child_id, label) VALUES (1, 1, 'heat'), (2, 2, 'friction/rubbing')",
    "INSERT INTO episode (id, child_id, started_at, ended_at, kind, severity, "
    "rescue_antihistamine, rescue_steroid, rescue_epinephrine, rescue_emergency_visit, "
    "rescue_notes, notes) VALUES (1, 1, '2024-03-01 14:00:00.000000', "
    "'2024-03-01 14:40:00.000000', 'flush', 'moderate', 1, 0, 0, 0, 'extra cetirizine', '')",
    "INSERT INTO episode_symptom (episode_id, symptom_id) VALUES (1, 2)",
    "INSERT INTO episode_trigger (episode_id, trigger_id) VALUES (1, 1)",
    "INSERT INTO treatment_plan (id, child_id, drug, dose_mg, interval_days, start_date, "
    "end_date) VALUES (1, 1, 'omalizumab', 150.0, 28, '2024-02-01', NULL)",
    "INSERT INTO injection (child_id, plan_id, given_at, dose_mg, site, lot, expiry, place, "
    "given_by, local_reaction, notes) VALUES (1, 1, '2024-02-01 09:30:00.000000', 150.0, "
    "'left_upper_arm', 'L1', '2025-01-31', 'clinic', 'nurse', 'none', '')",
    "INSERT INTO medication (child_id, name, drug_class, dose, unit, frequency, start_date, "
    "end_date, reason) VALUES (1, 'Cetirizine', 'h1_antihistamine', 10.0, 'mg', 'twice daily', "
    "'2023-09-01', NULL, 'itch')",
    "INSERT INTO lab_result (child_id, taken_on, analyte, custom_name, unit, value, ref_low, "
    "ref_high, notes) VALUES (1, '2024-01-15', 'tryptase', '', 'ng/mL', 14.2, NULL, 11.4, '')",
    "INSERT INTO clinic_visit (child_id, date, clinician, questions, outcome) VALUES "
    "(1, '2024-01-15', 'Dr. Rossi', 'taper?', 'start omalizumab')",
    "INSERT INTO weight_record (child_id, date, kg) VALUES (1, '2024-01-15', 27.5)",
]

DATA_TABLES = (
    "child",
    "symptom_definition",
    "daily_entry",
    "symptom_score",
    "trigger",
    "episode",
    "episode_symptom",
    "episode_trigger",
    "treatment_plan",
    "injection",
    "medication",
    "lab_result",
    "clinic_visit",
    "weight_record",
)


def dump(path: Path) -> dict[str, list[tuple]]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {
            table: connection.execute(f'SELECT * FROM "{table}" ORDER BY 1, 2').fetchall()
            for table in DATA_TABLES
        }
    finally:
        connection.close()


def schema(path: Path) -> dict[str, tuple]:
    """Per table: columns, indexes and foreign keys as SQLite reports them."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        result = {}
        for table in tables:
            columns = connection.execute(f'PRAGMA table_info("{table}")').fetchall()
            indexes = connection.execute(f'PRAGMA index_list("{table}")').fetchall()
            index_columns = {
                index[1]: connection.execute(f'PRAGMA index_info("{index[1]}")').fetchall()
                for index in indexes
            }
            keys = connection.execute(f'PRAGMA foreign_key_list("{table}")').fetchall()
            result[table] = (
                sorted(columns),
                sorted((i[1], i[2]) for i in indexes if not i[1].startswith("sqlite_autoindex")),
                sorted(v for k, v in index_columns.items() if not k.startswith("sqlite_auto")),
                sorted(k[2:] for k in keys),
            )
        return result
    finally:
        connection.close()


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(scope="module")
def old_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A diary at revision 0001 filled with plain sqlite3, as release 0001 would have left it."""
    path = tmp_path_factory.mktemp("old") / DIARY_FILENAME
    migrate.upgrade(path, "0001")
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA foreign_keys=ON")
        for statement in OLD_ROWS:
            connection.execute(statement)
        connection.commit()
    finally:
        connection.close()
    return path


@pytest.fixture
def old_diary(old_template: Path, data_dir: Path) -> Path:
    data_dir.mkdir(mode=0o700)
    target = data_dir / DIARY_FILENAME
    shutil.copyfile(old_template, target)
    target.chmod(0o600)
    return target


def test_head_revision_is_the_newest_migration_script() -> None:
    assert migrate.known_revisions()[-1] == migrate.HEAD_REVISION


def test_revisions_form_one_chain_from_the_initial_revision() -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    revisions = migrate.known_revisions()
    assert revisions[0] == "0001"
    assert script.get_heads() == [migrate.HEAD_REVISION]
    for older, newer in zip(revisions, revisions[1:], strict=False):
        assert script.get_revision(newer).down_revision == older


def test_old_diary_is_at_revision_0001(old_diary: Path) -> None:
    assert inspect_diary_file(old_diary) == "0001"


def test_opening_an_old_diary_upgrades_it_to_head(old_diary: Path, data_dir: Path) -> None:
    with open_diary(data_dir) as diary:
        assert diary.path == old_diary
    assert inspect_diary_file(old_diary) == migrate.HEAD_REVISION
    assert mode(old_diary) == 0o600


def test_a_private_backup_at_0001_with_the_data_is_taken_first(
    old_diary: Path, data_dir: Path
) -> None:
    before = dump(old_diary)
    with open_diary(data_dir):
        pass
    # the automatic backup on close (of the upgraded file) sits beside it: see test_backups.py
    backups = list((data_dir / "backups").glob("*before-upgrade*"))
    assert len(backups) == 1
    (backup,) = backups
    assert backup.name.endswith("-before-upgrade-from-0001.sqlite3")
    assert mode(backup) == 0o600
    assert mode(data_dir / "backups") == 0o700
    assert inspect_diary_file(backup) == "0001"
    assert dump(backup) == before
    assert not Path(f"{backup}-wal").exists()


def test_every_row_survives_the_upgrade(old_diary: Path, data_dir: Path) -> None:
    before = dump(old_diary)
    with open_diary(data_dir):
        pass
    after = dump(old_diary)
    assert {t: len(rows) for t, rows in after.items()} == {
        t: len(rows) for t, rows in before.items()
    }
    # + archived = false, condition = mastocytosis (every child before 0003 was followed for it)
    assert after["child"] == [(*row, 0, "mastocytosis") for row in before["child"]]
    for table in DATA_TABLES[1:]:
        assert after[table] == before[table], table


def test_upgraded_rows_read_back_through_the_services(old_diary: Path, data_dir: Path) -> None:
    with open_diary(data_dir) as diary:
        anna = reads.find_child(diary, "anna")
        assert anna.archived is False
        first = entries.read_day(diary, anna.id, dt.date(2024, 3, 1))
        assert first.scores == {"itching": 2, "flushing": 3}
        assert first.sleep_disturbed is True
        assert entries.read_day(diary, anna.id, dt.date(2024, 3, 2)).scores == {"itching": 0}
        (flush,) = episodes.list_episodes(diary, anna.id)
        assert list(flush.triggers) == ["heat"]
        assert [s.key for s in flush.symptoms] == ["flushing"]
        assert flush.started_at == dt.datetime(2024, 3, 1, 14, 0, tzinfo=dt.UTC)


def test_upgraded_diary_accepts_new_data(old_diary: Path, data_dir: Path) -> None:
    with open_diary(data_dir) as diary:
        children.set_archived(diary, 2, True)
        entries.save_entry(diary, 1, dt.date(2024, 3, 3), {"itching": 1})
        assert [c.name for c in reads.list_children(diary)] == ["Anna"]


def test_upgraded_schema_equals_a_fresh_diary_schema(old_diary: Path, tmp_path: Path) -> None:
    with open_diary(old_diary.parent):
        pass
    with open_diary(tmp_path / "fresh") as fresh:
        fresh_path = fresh.path
    upgraded, created = schema(old_diary), schema(fresh_path)
    assert set(upgraded) == set(created)
    for table in created:
        assert upgraded[table] == created[table], table


def test_models_match_the_migrated_schema(diary) -> None:
    """A model change without a migration script would show up here."""
    engine = create_engine(f"sqlite:///{diary.path}")
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, SQLModel.metadata) == []
    finally:
        engine.dispose()


def test_second_open_makes_no_second_upgrade_backup(old_diary: Path, data_dir: Path) -> None:
    for _ in range(2):
        with open_diary(data_dir):
            pass
    assert len(list((data_dir / "backups").glob("*before-upgrade*"))) == 1


def test_failed_upgrade_is_a_sentence_and_leaves_the_old_diary_as_it_was(
    old_diary: Path, data_dir: Path
) -> None:
    connection = sqlite3.connect(old_diary)  # a leftover that makes the batch upgrade fail
    connection.execute("CREATE TABLE _alembic_tmp_child (id INTEGER)")
    connection.commit()
    connection.close()
    digest = hashlib.sha256(old_diary.read_bytes()).hexdigest()

    with pytest.raises(DiaryOpenError, match="could not be upgraded from schema 0001") as caught:
        open_diary(data_dir)

    assert "has been left as it is" in str(caught.value)
    assert hashlib.sha256(old_diary.read_bytes()).hexdigest() == digest
    assert inspect_diary_file(old_diary) == "0001"
    with pytest.raises(DiaryOpenError, match="could not be upgraded from schema 0001"):
        open_diary(data_dir)  # the same reason again
    assert hashlib.sha256(old_diary.read_bytes()).hexdigest() == digest


def test_an_old_diary_with_dangling_rows_is_refused_before_any_upgrade(
    old_diary: Path, data_dir: Path
) -> None:
    connection = sqlite3.connect(old_diary)  # foreign keys off: a row pointing nowhere
    connection.execute("INSERT INTO trigger (child_id, label) VALUES (42, 'orphan')")
    connection.commit()
    connection.close()
    digest = hashlib.sha256(old_diary.read_bytes()).hexdigest()
    with pytest.raises(DiaryOpenError, match="refer to records that are missing"):
        open_diary(data_dir)
    assert hashlib.sha256(old_diary.read_bytes()).hexdigest() == digest
    assert "_alembic_tmp_child" not in schema(old_diary)  # no upgrade was even started
