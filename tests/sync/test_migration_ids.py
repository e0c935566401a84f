"""Revision 0005_sync_ids gives every existing row a stable uid."""

import sqlite3
from pathlib import Path

from masto_diary.storage import DIARY_FILENAME, migrate, open_diary


def test_existing_rows_get_one_uid_each(tmp_path: Path):
    path = tmp_path / DIARY_FILENAME
    migrate.upgrade(path, "0002")
    connection = sqlite3.connect(path)
    connection.execute(
        "INSERT INTO child (id, name, birth_date, diagnosis, clinic, notes, archived) VALUES "
        "(1, 'Anna', '2016-05-01', 'unknown', '', '', 0), "
        "(2, 'Ben', '2019-02-11', 'unknown', '', '', 0)"
    )
    connection.execute(
        "INSERT INTO weight_record (child_id, date, kg) VALUES (1, '2024-01-15', 27.5)"
    )
    connection.commit()
    connection.close()
    with open_diary(tmp_path, auto_backup=False):
        pass
    connection = sqlite3.connect(path)
    rows = connection.execute("SELECT table_name, row_id, uid FROM sync_identity").fetchall()
    connection.close()
    assert sorted(r[:2] for r in rows) == [("child", 1), ("child", 2), ("weight_record", 1)]
    assert len({r[2] for r in rows}) == 3 and all(len(r[2]) == 32 for r in rows)


def test_existing_heights_get_a_uid_too(tmp_path: Path):
    """0005 listed its tables by hand and missed heights; 0006_height_ids gives them theirs."""
    path = tmp_path / DIARY_FILENAME
    migrate.upgrade(path, "0004_growth_height")
    connection = sqlite3.connect(path)
    connection.execute(
        "INSERT INTO child (id, name, birth_date, diagnosis, clinic, notes, archived) VALUES "
        "(1, 'Anna', '2016-05-01', 'unknown', '', '', 0)"
    )
    connection.execute(
        "INSERT INTO height_record (child_id, date, cm) VALUES (1, '2024-01-15', 131.5), "
        "(1, '2024-06-15', 134.0)"
    )
    connection.commit()
    connection.close()
    with open_diary(tmp_path, auto_backup=False):
        pass
    connection = sqlite3.connect(path)
    rows = connection.execute(
        "SELECT row_id, uid FROM sync_identity WHERE table_name = 'height_record' ORDER BY 1"
    ).fetchall()
    connection.close()
    assert [r[0] for r in rows] == [1, 2] and len({r[1] for r in rows}) == 2


def test_every_synced_table_with_ids_gets_uids_in_a_migration():
    """A new table with an id column needs its uids given by a migration, like 0006 does."""
    import importlib

    from masto_diary.sync import rows

    ids_0005 = importlib.import_module("masto_diary.storage.migrations.versions.0005_sync_ids")
    covered = set(ids_0005.ID_TABLES) | {"height_record"}  # 0006_height_ids
    with_ids = {name for name in rows.synced_tables() if not rows.is_link(name)}
    assert with_ids == covered
