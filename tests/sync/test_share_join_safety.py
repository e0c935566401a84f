"""Safe share and join, in real processes (issue 21, item 6): a folder still being copied, a
copied data folder, the shared folder itself, the one passphrase rule; and the faults of a
laptop's history as the command line says them (stderr, exit status 3)."""

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from masto_diary.sync.command import EXIT_TAMPERED
from masto_diary.sync.folder import SUBDIR

PASS = "our family passphrase"
ADD_CHILD = """
import datetime as dt, sys
from pathlib import Path
from masto_diary.services import children
from masto_diary.storage import open_diary
from masto_diary.sync import share
with open_diary(Path(sys.argv[1]), auto_backup=False) as diary, share.attached(diary):
    children.create_child(diary, sys.argv[2], dt.date(2016, 5, 1))
"""


def run(*args: str, passphrase: str = PASS, check: bool = True) -> subprocess.CompletedProcess:
    env = {**os.environ, "MASTO_DIARY_PASSPHRASE": passphrase}
    result = subprocess.run(
        [sys.executable, "-m", "masto_diary", *args],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    assert "Traceback" not in result.stderr, result.stderr
    if check:
        assert result.returncode == 0, result.stderr
    return result


def add_child(data: Path, name: str) -> None:
    subprocess.run([sys.executable, "-c", ADD_CHILD, str(data), name], check=True, timeout=120)


def shared_pair(tmp_path: Path) -> tuple[Path, Path, Path]:
    kitchen, study, shared = tmp_path / "kitchen", tmp_path / "study", tmp_path / "Sync"
    shared.mkdir()
    add_child(kitchen, "Anna")
    run("share", "--data-dir", str(kitchen), "--folder", str(shared), "--name", "kitchen")
    run("join", "--data-dir", str(study), "--folder", str(shared), "--name", "study")
    return kitchen, study, shared


def test_join_on_a_folder_still_being_copied_stops_and_makes_no_diary(tmp_path):
    kitchen, _study, shared = shared_pair(tmp_path)
    add_child(kitchen, "Bea")
    run("sync", "--data-dir", str(kitchen))
    base = SharedFolder_base(shared)
    arriving = tmp_path / "Arriving"
    (arriving / SUBDIR).mkdir(parents=True)
    shutil.copy2(base / "share.json", arriving / SUBDIR / "share.json")  # the first file only
    late = tmp_path / "late"
    result = run("join", "--data-dir", str(late), "--folder", str(arriving), "--wait", "0",
                 check=False)  # fmt: skip
    assert result.returncode == 1 and "still being copied" in result.stderr
    assert not (late / "diary.sqlite3").exists()

    shutil.copytree(base / "snapshots", arriving / SUBDIR / "snapshots", dirs_exist_ok=True)
    (arriving / SUBDIR / "changes").mkdir(exist_ok=True)
    result = run("join", "--data-dir", str(late), "--folder", str(arriving), "--wait", "0",
                 check=False)  # fmt: skip
    assert result.returncode == 1 and "still being copied" in result.stderr
    assert not (late / "diary.sqlite3").exists()

    (log,) = (base / "changes").iterdir()
    cut = log.read_bytes()
    (arriving / SUBDIR / "changes" / log.name).write_bytes(cut[: len(cut) // 3])
    result = run("join", "--data-dir", str(late), "--folder", str(arriving), "--wait", "0",
                 check=False)  # fmt: skip
    assert result.returncode == 1 and "still being copied" in result.stderr

    # join waits; the sync app finishes the copy while it waits; the join goes on
    env = {**os.environ, "MASTO_DIARY_PASSPHRASE": PASS}
    joining = subprocess.Popen(
        [sys.executable, "-m", "masto_diary", "join", "--data-dir", str(late),
         "--folder", str(arriving), "--wait", "60"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True,
        env=env,
    )  # fmt: skip
    said = joining.stderr.readline()
    assert "still being copied" in said and "waiting" in said
    shutil.copy2(log, arriving / SUBDIR / "changes" / log.name)
    out, err = joining.communicate(timeout=120)
    assert joining.returncode == 0, err
    assert "Traceback" not in err
    assert children(late) == ["Anna", "Bea"]


def SharedFolder_base(shared: Path) -> Path:  # noqa: N802
    return shared / SUBDIR


def children(data: Path) -> list[str]:
    import sqlite3

    connection = sqlite3.connect(data / "diary.sqlite3")
    try:
        return [n for (n,) in connection.execute("SELECT name FROM child ORDER BY name")]
    finally:
        connection.close()


def test_join_into_the_shared_folder_itself_is_refused_as_share_is(tmp_path):
    _kitchen, _study, shared = shared_pair(tmp_path)
    inside = run("join", "--data-dir", str(shared / "diary"), "--folder", str(shared),
                 check=False)  # fmt: skip
    assert inside.returncode == 1 and "apart from" in inside.stderr
    assert not (shared / "diary").exists()


def test_one_passphrase_rule_for_the_terminal_and_the_environment(tmp_path):
    kitchen, shared = tmp_path / "kitchen", tmp_path / "Sync"
    shared.mkdir()
    add_child(kitchen, "Anna")
    for weak in ("x", "short", "aaaaaaaaaaaa", "12121212"):
        result = run("share", "--data-dir", str(kitchen), "--folder", str(shared),
                     passphrase=weak, check=False)  # fmt: skip
        assert result.returncode == 1 and "at least 8 characters" in result.stderr
        assert not (shared / SUBDIR).exists()


def test_a_copied_data_folder_is_told_to_join_and_the_original_names_the_twin(tmp_path):
    kitchen, study, shared = shared_pair(tmp_path)
    copy = tmp_path / "copy"
    shutil.copytree(kitchen, copy)  # instead of joining, the data folder was copied over
    found = run("sync", "--data-dir", str(copy), check=False)
    assert found.returncode == EXIT_TAMPERED
    assert "copied or moved here" in found.stderr and "join" in found.stderr
    add_child(copy, "Copied Carla")
    found = run("sync", "--data-dir", str(copy), check=False)  # still refused: nothing sent
    assert found.returncode == EXIT_TAMPERED
    run("sync", "--data-dir", str(study))
    assert "Copied Carla" not in children(study)

    # the parent says it was moved (it was not): the copy writes as the kitchen laptop ...
    run("sync", "--data-dir", str(copy), "--moved")
    add_child(kitchen, "Kitchen Kim")
    twin = run("sync", "--data-dir", str(kitchen), check=False)
    assert twin.returncode == EXIT_TAMPERED
    assert "writes as this laptop" in twin.stderr
    assert "Kitchen Kim" not in children(study)  # ... and the original sends nothing


def test_an_older_copy_put_back_is_a_sentence_and_status_3(tmp_path):
    kitchen, study, shared = shared_pair(tmp_path)
    (log,) = [p for p in (SharedFolder_base(shared) / "changes").iterdir()]
    older = log.read_bytes()
    add_child(kitchen, "Bea")
    run("sync", "--data-dir", str(kitchen))
    run("sync", "--data-dir", str(study))
    log.write_bytes(older)
    result = run("sync", "--data-dir", str(study), check=False)
    assert result.returncode == EXIT_TAMPERED
    assert "“kitchen”'s change file ends at change" in result.stderr
    assert "older copy" in result.stderr
    again = run("sync", "--data-dir", str(study), check=False)  # nothing new: still said
    assert again.returncode == EXIT_TAMPERED and "older copy" in again.stderr
    assert children(study) == ["Anna", "Bea"]
    healed = run("sync", "--data-dir", str(kitchen))
    assert "written again from this diary" in healed.stderr
    assert run("sync", "--data-dir", str(study)).stderr == ""
    time.sleep(0)
