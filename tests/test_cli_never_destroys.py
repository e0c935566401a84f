"""The command line never destroys: not the diary, not its folder, not a device or a pipe, and a
mistyped --data-dir is said instead of becoming a new empty diary; what it echoes is readable.

Found by hand (issue 25): ``report``/``export -o <data>/diary.sqlite3 --force`` replaced the live
diary; as root ``-o /dev/full --force`` replaced the device with a regular file; ``import`` and
``sync`` on a mistyped --data-dir made a new diary there; a refused 10 MB argument was echoed
whole (20 MB of stderr) and a file name holding ESC or U+202E was echoed raw.  Devices are not
used here (a failing test as root would replace one): pipes and sockets stand for them.
"""

import hashlib
import os
import socket
import stat
from pathlib import Path

import pytest

from masto_diary.cli import main
from masto_diary.storage import DIARY_FILENAME


@pytest.fixture(autouse=True)
def widgets_application(qapp):
    """The report command runs in this process after pytest-qt's QApplication."""
    return qapp


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _writes(kind: str, demo_diary, target: Path) -> list[str]:
    data = ["--data-dir", str(demo_diary.data_dir)]
    return {
        "report": ["report", *data, "--child", "Luca Rossi", "-o", str(target), "--force"],
        "export": ["export", *data, "-o", str(target), "--force"],
        "backup": ["backup", *data, "-o", str(target), "--force"],
    }[kind]


WRITERS = ("report", "export", "backup")


@pytest.mark.parametrize("kind", WRITERS)
def test_the_diary_itself_is_never_an_output_even_with_force(kind, demo_diary, capsys):
    diary_file = demo_diary.data_dir / DIARY_FILENAME
    before = _sha(diary_file)
    assert main(_writes(kind, demo_diary, diary_file)) == 1
    err = capsys.readouterr().err
    assert "inside the diary's data folder" in err and "Traceback" not in err
    assert _sha(diary_file) == before


@pytest.mark.parametrize("kind", WRITERS)
def test_nothing_is_written_into_the_data_folder(kind, demo_diary, capsys):
    target = demo_diary.data_dir / "backups" / "mine.out"
    assert main(_writes(kind, demo_diary, target)) == 1
    assert "inside the diary's data folder" in capsys.readouterr().err
    assert not target.exists()


def test_a_link_from_elsewhere_to_the_diary_is_refused_too(demo_diary, tmp_path, capsys):
    diary_file = demo_diary.data_dir / DIARY_FILENAME
    link = tmp_path / "innocent.json"
    link.symlink_to(diary_file)
    before = _sha(diary_file)
    assert main(_writes("export", demo_diary, link)) == 1
    assert "inside the diary's data folder" in capsys.readouterr().err
    assert _sha(diary_file) == before and link.is_symlink()


def _fifo(folder: Path) -> Path:
    path = folder / "pipe"
    os.mkfifo(path)
    return path


def _socket(folder: Path) -> Path:
    path = folder / "sock"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    server.close()  # the socket file stays
    return path


@pytest.mark.parametrize("kind", WRITERS)
@pytest.mark.parametrize("make", [_fifo, _socket], ids=["fifo", "socket"])
def test_what_is_not_a_regular_file_is_never_replaced(kind, make, demo_diary, tmp_path, capsys):
    special = make(tmp_path)
    mode = special.lstat().st_mode
    assert main(_writes(kind, demo_diary, special)) == 1
    assert "is not an ordinary file" in capsys.readouterr().err
    assert special.lstat().st_mode == mode and not stat.S_ISREG(mode)


# ---------------------------------------------------------------- no new diary by accident


@pytest.fixture
def json_export(demo_diary, tmp_path) -> Path:
    target = tmp_path / "export.json"
    assert main(["export", "--data-dir", str(demo_diary.data_dir), "-o", str(target)]) == 0
    return target


def _on_missing(command: str, json_export: Path, backup: Path, out: Path) -> list[str]:
    return {
        "import": ["import", str(json_export)],
        "sync": ["sync"],
        "share": ["share", "--folder", str(out / "shared"), "--name", "kitchen"],
        "report": ["report", "--child", "Luca Rossi", "-o", str(out / "r.pdf")],
        "export": ["export", "-o", str(out / "e.json")],
        "backup": ["backup"],
        "restore": ["restore", str(backup)],
    }[command]


@pytest.mark.parametrize(
    "command", ["import", "sync", "share", "report", "export", "backup", "restore"]
)
def test_a_command_on_a_folder_without_a_diary_says_so_and_makes_none(
    command, demo_diary, json_export, tmp_path, monkeypatch, capsys
):
    monkeypatch.setenv("MASTO_DIARY_PASSPHRASE", "correct horse battery staple")
    backup = tmp_path / "copy.sqlite3"
    assert main(["backup", "--data-dir", str(demo_diary.data_dir), "-o", str(backup)]) == 0
    mistyped = tmp_path / "diray-data"
    out = tmp_path / "out"
    out.mkdir()
    capsys.readouterr()
    argv = [*_on_missing(command, json_export, backup, out), "--data-dir", str(mistyped)]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert f"There is no diary at {mistyped / DIARY_FILENAME}" in err and "--data-dir" in err
    assert not (mistyped / DIARY_FILENAME).exists()
    assert list(out.iterdir()) == []


# ---------------------------------------------------------------- what is echoed


def test_a_huge_child_name_is_echoed_cut(demo_diary, tmp_path, capsys):
    huge = "A" * 10 * 1024 * 1024
    argv = ["export", "--data-dir", str(demo_diary.data_dir), "-o", str(tmp_path / "x.json")]
    assert main([*argv, "--child", huge]) == 1
    err = capsys.readouterr().err
    assert len(err) < 1000 and "characters)" in err and err.rstrip().endswith("diary.")


def test_a_huge_refused_choice_is_echoed_cut(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["export", "--format", "x" * 10 * 1024 * 1024, "-o", "x.json"])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert len(err) < 2000 and "invalid choice" in err


def test_control_and_bidi_characters_in_a_file_name_are_escaped(demo_diary, tmp_path, capsys):
    name = "report\x1b[2J\u202efdp.json"
    target = tmp_path / name
    data = ["--data-dir", str(demo_diary.data_dir)]
    assert main(["export", *data, "-o", str(target)]) == 0
    said = capsys.readouterr().out
    assert "report\\x1b[2J\\u202efdp.json" in said
    assert "\x1b" not in said and "\u202e" not in said
    assert target.is_file()  # the file itself has the name that was asked for
    assert main(["export", *data, "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert "already exists" in err and "\x1b" not in err and "\u202e" not in err
