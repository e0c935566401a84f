"""The JSON exchange carries record ids (uids, docs/sync.md): a round trip keeps identity."""

import sqlite3
from pathlib import Path

import pytest

from masto_diary.errors import DiaryError
from masto_diary.exchange.json_format import OnConflict, dumps, export_document
from masto_diary.storage import open_diary
from masto_diary.sync import share
from tests.exchange_samples import import_file, valid_document

LISTS = ("weights", "heights", "symptoms", "triggers", "daily_entries", "episodes")
LISTS += ("treatment_plans", "injections", "medications", "labs", "visits")
CARRIED = "table_name NOT IN ('symptom_score', 'episode_symptom', 'episode_trigger')"


def identities(path: Path) -> set[tuple[str, str]]:
    """(table, uid) of every record an export carries."""
    connection = sqlite3.connect(path)
    try:
        query = f"SELECT table_name, uid FROM sync_identity WHERE {CARRIED}"
        return set(connection.execute(query).fetchall())
    finally:
        connection.close()


@pytest.fixture
def shared_diary(tmp_path: Path):
    """The sample child in a diary that was shared: every record has its uid."""
    diary = open_diary(tmp_path / "kitchen", auto_backup=False)
    import_file(diary, dumps(valid_document()))
    (tmp_path / "Sync").mkdir()
    share.share(diary, tmp_path / "Sync", "a family passphrase", "kitchen")
    yield diary
    diary.close()


def test_an_export_of_a_shared_diary_names_every_record(shared_diary):
    (child,) = export_document(shared_diary)["children"]
    assert len(child["uid"]) == 32
    items = [item for name in LISTS for item in child[name]]
    assert items and all(len(item["uid"]) == 32 for item in items)
    assert len({item["uid"] for item in items}) == len(items)


def test_export_import_export_keeps_every_uid(shared_diary, tmp_path: Path):
    first = export_document(shared_diary)
    copy = open_diary(tmp_path / "study", auto_backup=False)
    try:
        import_file(copy, dumps(first))
        assert export_document(copy)["children"] == first["children"]
        assert identities(copy.path) == identities(shared_diary.path)
    finally:
        copy.close()


def test_a_file_without_uids_imports_and_exports_without_them(diary):
    import_file(diary, dumps(valid_document()))
    (child,) = export_document(diary)["children"]
    assert "uid" not in child and all("uid" not in i for n in LISTS for i in child[n])
    assert identities(diary.path) == set()


def test_a_renamed_copy_takes_no_uid_and_the_originals_keep_theirs(shared_diary):
    before = identities(shared_diary.path)
    document = export_document(shared_diary)
    summary = import_file(shared_diary, dumps(document), OnConflict.RENAME)
    assert [c.action for c in summary.children] == ["renamed"]
    assert identities(shared_diary.path) == before
    summary = import_file(shared_diary, dumps(document), OnConflict.MERGE)
    assert identities(shared_diary.path) == before


def test_a_merge_keeps_the_uids_of_the_records_it_adds(shared_diary, diary):
    without_visits = valid_document()
    without_visits["children"][0]["visits"] = []
    import_file(diary, dumps(without_visits))  # the same child, no visit, no uids
    document = export_document(shared_diary)
    summary = import_file(diary, dumps(document), OnConflict.MERGE)
    assert summary.children[0].added == {"visits": 1}
    (visit,) = document["children"][0]["visits"]
    assert identities(diary.path) == {("clinic_visit", visit["uid"])}


def test_a_uid_that_is_not_32_hex_digits_is_refused_with_its_path(diary):
    document = valid_document()
    document["children"][0]["weights"][0]["uid"] = "not-a-uid"
    with pytest.raises(DiaryError) as refused:
        import_file(diary, dumps(document))
    assert "weights[0].uid" in str(refused.value)
