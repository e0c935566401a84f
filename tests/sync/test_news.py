"""Whether a sync has anything to do, read without the ORM (sync/news.py).

``masto-diary sync`` with nothing new answers from the sync settings and the folder's file
sizes: in a real process it loads neither SQLAlchemy nor SQLModel (they were most of its
0.94 s).  Anything new (the other laptop's change, an unsent one, a problem an earlier sync
found) still takes the whole way.
"""

import datetime as dt
import os
import subprocess
import sys

import pytest

from masto_diary.services import children
from masto_diary.storage.changes import write_stored
from masto_diary.sync import news, problems, share
from tests.sync.two_laptops import PASS, sync

PROBE = """
import sys
from masto_diary.cli import main
code = main(["sync", "--data-dir", sys.argv[1]])
heavy = ("sqlalchemy", "sqlmodel", "masto_diary.models")
print("loaded:", sorted(name for name in heavy if name in sys.modules))
sys.exit(code)
"""


def _sync_process(data_dir) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", PROBE, str(data_dir)],
        capture_output=True, text=True, timeout=120,
        env={**os.environ, "MASTO_DIARY_PASSPHRASE": PASS},
    )  # fmt: skip


def test_a_sync_with_nothing_new_loads_no_orm_and_one_with_news_syncs(laptops):
    kitchen, study, _shared = laptops
    kitchen_dir, study_dir = kitchen.path.parent, study.path.parent
    sync(kitchen)
    kitchen.close(), study.close()  # the commands take the writer lock
    quiet = _sync_process(study_dir)
    assert quiet.returncode == 0, quiet.stderr
    assert quiet.stdout.splitlines() == ["Nothing new from the other laptops.", "loaded: []"]
    assert quiet.stderr == ""

    kitchen.reopen()
    with share.attached(kitchen):
        children.create_child(kitchen, "Bruno", dt.date(2019, 2, 3))
    sync(kitchen)
    kitchen.close()
    busy = _sync_process(study_dir)
    assert busy.returncode == 0, busy.stderr
    assert busy.stdout.startswith("Received ")
    assert "'sqlalchemy'" in busy.stdout  # the whole way: the merge writes through the ORM
    assert kitchen_dir != study_dir


def test_nothing_to_do_only_when_shared_quiet_and_without_problems(laptops, tmp_path):
    kitchen, study, _shared = laptops
    sync(kitchen), sync(study)
    study_dir = study.path.parent
    study.close()
    assert news.nothing_to_do(str(study_dir))

    study.reopen()
    with share.attached(study):  # a save waits to be sent
        children.create_child(study, "Carla", dt.date(2020, 1, 1))
    assert news.has_news(study)
    study.close()
    assert not news.nothing_to_do(str(study_dir))

    study.reopen()
    sync(study)
    with study.transaction() as session:  # an earlier sync found something wrong
        found = problems.dumps([problems.Problem("cut", "0" * 32, f"{'0' * 32}.log")])
        write_stored(session, "sync_setting", {"key": "problems"}, {"value": found})
    study.close()
    assert not news.nothing_to_do(str(study_dir))

    children_only = tmp_path / "not-shared"
    from masto_diary.storage import open_diary

    open_diary(children_only).close()
    assert not news.nothing_to_do(str(children_only))  # the command says it is not shared


def test_inside_a_transaction_the_settings_are_read_on_its_connection(laptops):
    kitchen, _study, _shared = laptops
    device = news.device_of(kitchen)
    assert device is not None and not kitchen.in_transaction
    with pytest.raises(RuntimeError), kitchen.transaction() as session:
        write_stored(session, "sync_setting", {"key": "device"}, {"value": "0" * 32})
        assert kitchen.in_transaction
        assert news.device_of(kitchen) == "0" * 32  # not yet committed: only it sees this
        raise RuntimeError("rolled back")
    assert news.device_of(kitchen) == device
