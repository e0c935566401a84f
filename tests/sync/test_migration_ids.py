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
