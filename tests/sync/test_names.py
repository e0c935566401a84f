"""Laptop names travel sealed in the shared folder (sync/folder.py write_name, read_names)."""

from masto_diary.sync.folder import NAMES, SharedFolder, read_names, write_name

KITCHEN, STUDY = "a" * 32, "b" * 32


def test_names_are_sealed_and_read_back_with_the_passphrase(tmp_path):
    folder = SharedFolder.create(tmp_path, "correct horse battery")
    write_name(folder, KITCHEN, "kitchen laptop")
    write_name(folder, STUDY, "study laptop")
    raw = (folder.root / NAMES / KITCHEN).read_bytes()
    assert b"kitchen" not in raw  # the folder's host sees no name
    again = SharedFolder.open(tmp_path, "correct horse battery")
    assert read_names(again) == {KITCHEN: "kitchen laptop", STUDY: "study laptop"}


def test_a_tampered_or_foreign_name_file_is_left_out(tmp_path):
    folder = SharedFolder.create(tmp_path, "correct horse battery")
    write_name(folder, KITCHEN, "kitchen laptop")
    write_name(folder, STUDY, "study laptop")
    (folder.root / NAMES / STUDY).write_bytes(b"not sealed at all")
    (folder.root / NAMES / "notes.txt").write_text("a stray file")
    # a name sealed for another device's file name does not open under this one
    (folder.root / NAMES / ("c" * 32)).write_bytes((folder.root / NAMES / KITCHEN).read_bytes())
    assert read_names(folder) == {KITCHEN: "kitchen laptop"}
