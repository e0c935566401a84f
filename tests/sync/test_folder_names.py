"""Only our names are read (issue 21, item 3): conflict copies of every sync app, temporary
files, names that are not UTF-8, and a folder, a link or a pipe where a change file should be
are listed once and never block a sync, never raise, never blame the passphrase."""

import datetime as dt
import json
import os

import pytest

from masto_diary.services import children
from masto_diary.sync import share
from masto_diary.sync.crypto import KdfParams, Sealer
from masto_diary.sync.folder import SUBDIR, FolderError, SharedFolder
from tests import reads
from tests.sync.two_laptops import PASS, sync


def add(diary, name: str) -> None:
    with share.attached(diary):
        children.create_child(diary, name, dt.date(2017, 1, 1))


def odd_names(device: str) -> list[str]:
    return [
        f"{device}.sync-conflict-20261204-120000-ABCDEFG.log",  # Syncthing
        f"{device} (conflicted copy 2026-12-04).log",  # Dropbox
        f"{device} (conflicted copy 2026-12-04 120000).log",  # Nextcloud
        f"{device}-KITCHEN-PC.log",  # OneDrive
        f"{device} (1).log",  # Google Drive
        f"~syncthing~{device}.log.tmp",
        f".syncthing.{device}.log.tmp",
        f"{device}.log.partial",
        ".~lock.whatever#",
        ".dropbox",
        f"{device}.LOG",
    ]


def test_copies_and_temporary_files_are_listed_and_never_read(laptops):
    kitchen, study, shared = laptops
    add(kitchen, "Bea")
    sync(kitchen)
    changes = SharedFolder.base(shared) / "changes"
    device = share.device_of(kitchen)
    whole = (changes / f"{device}.log").read_bytes()
    for name in odd_names(device):
        (changes / name).write_bytes(whole + b"garbage that opens with no passphrase\n")
    os.mkdir(changes / ("a" * 32 + ".log"))  # a folder with our name
    os.symlink(changes / f"{device}.log", changes / ("b" * 32 + ".log"))
    os.mkfifo(changes / ("c" * 32 + ".log"))  # a pipe: opening it would wait for ever
    (changes / os.fsdecode(b"caf\xe9.log")).write_bytes(b"latin-1 name")
    result = sync(study)
    ignored = sorted(p.file for p in result.problems if p.kind == "ignored")
    assert len(ignored) == len(odd_names(device)) + 4
    assert all(p.kind == "ignored" for p in result.problems)
    assert "changes/caf\ufffd.log" in ignored
    assert all(not p.tampering for p in result.problems)
    assert "Bea" in [child.name for child in reads.list_children(study)]
    from masto_diary.sync.problems import sentences

    (said,) = sentences(result.problems)  # one sentence for all of them
    assert "Left aside" in said and "passphrase" not in said
    assert sync(study).skipped  # listed once: nothing new, nothing read again


def test_a_temporary_file_of_a_killed_write_is_removed_by_the_next_sync(laptops):
    kitchen, _study, shared = laptops
    device = share.device_of(kitchen)
    changes = SharedFolder.base(shared) / "changes"
    leftovers = [
        changes / f".{device}.log.k2j4h5g_.tmp",  # the first version's mkstemp name
        changes / f".{device}.log.0a1b2c3d.tmp",
        SharedFolder.base(shared) / "snapshots" / f".{device}.snap.0a1b2c3d.tmp",
    ]
    for path in leftovers:
        path.write_bytes(b"x" * 100_000)
    other = changes / f".{'d' * 32}.log.0a1b2c3d.tmp"  # another laptop may be writing it
    other.write_bytes(b"y")
    add(kitchen, "Bea")
    sync(kitchen)
    assert not any(path.exists() for path in leftovers)
    assert other.exists()
    names = os.listdir(changes)
    assert not [n for n in names if n.endswith(".tmp") and device in n]


def test_key_settings_out_of_bounds_are_refused_at_once(tmp_path):
    SharedFolder.create(tmp_path, PASS)
    share_file = tmp_path / SUBDIR / "share.json"
    good = json.loads(share_file.read_text())
    for change in (
        {"n": 2**24},
        {"n": 2**22},
        {"n": 3},
        {"n": 2**10},
        {"r": 0},
        {"r": 1024},
        {"p": 0},
        {"p": 64},
        {"n": "32768"},
        {"n": True},
        {"salt": "AAAA"},
    ):
        share_file.write_text(json.dumps({**good, **change}))
        # refused before any key is made: n=2**24 would be a MemoryError, n=2**22 4 GB and
        # half a minute (no timing assert here: a derivation cannot happen unseen)
        with pytest.raises(FolderError) as refused:
            SharedFolder.open(tmp_path, PASS)
        assert refused.value.kind in ("settings", "damaged"), change
    share_file.write_text(json.dumps(good))
    assert SharedFolder.open(tmp_path, PASS)


def test_our_own_settings_are_within_the_bounds():
    params = KdfParams.fresh()
    assert KdfParams.from_json(params.to_json()) == params
    assert Sealer(PASS, params).opens_check_token(Sealer(PASS, params).check_token())


def test_a_folder_that_disappears_mid_sync_is_not_made_again_and_nothing_is_sent(laptops, tmp_path):
    kitchen, _study, shared = laptops
    add(kitchen, "Bea")
    folder = share.open_folder(kitchen, PASS)
    base = SharedFolder.base(shared)
    aside = tmp_path / "aside"
    base.rename(aside)  # the sync app moved it away (or the stick was pulled) mid-sync
    with pytest.raises(FolderError) as gone, share.attached(kitchen):
        share.sync(kitchen, folder)
    assert gone.value.kind == "missing"
    assert not base.exists()
    import sqlite3

    connection = sqlite3.connect(kitchen.path)
    try:
        (unsent,) = connection.execute("SELECT count(*) FROM sync_change WHERE sent = 0").fetchone()
    finally:
        connection.close()
    assert unsent > 0
    aside.rename(base)
    result = sync(kitchen)
    assert result.sent == unsent


def test_a_shared_folder_removed_whole_is_not_made_again(laptops, tmp_path):
    kitchen, _study, shared = laptops
    add(kitchen, "Bea")
    folder = share.open_folder(kitchen, PASS)
    shared.rename(tmp_path / "unplugged")
    with pytest.raises(FolderError), share.attached(kitchen):
        share.sync(kitchen, folder)
    assert not shared.exists()
