"""The command line: plain sentences and exit codes, never tracebacks; files left untouched."""

import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from masto_diary import __version__
from masto_diary.cli import main
from masto_diary.storage import DIARY_FILENAME, open_diary


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_version_is_printed(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.strip() == f"masto-diary {__version__}"


def test_check_reports_a_sound_diary(data_dir, capsys):
    open_diary(data_dir).close()
    assert main(["check", "--data-dir", str(data_dir)]) == 0
    assert "is sound" in capsys.readouterr().out


def test_check_names_a_file_that_is_not_a_diary_and_leaves_it(data_dir, capsys):
    data_dir.mkdir()
    bogus = data_dir / DIARY_FILENAME
    bogus.write_text("shopping list: milk, bread\n")
    before = _sha(bogus)
    assert main(["check", "--data-dir", str(data_dir)]) == 1
    assert "not an SQLite database" in capsys.readouterr().out
    assert _sha(bogus) == before


def test_check_without_a_diary_says_so(data_dir, capsys):
    assert main(["check", "--data-dir", str(data_dir)]) == 1
    assert "There is no diary" in capsys.readouterr().out


def test_check_finds_dangling_references(data_dir, capsys):
    import sqlite3

    open_diary(data_dir).close()
    connection = sqlite3.connect(data_dir / DIARY_FILENAME)  # foreign keys off: plant a bad row
    connection.execute("INSERT INTO trigger (child_id, label) VALUES (42, 'heat')")
    connection.commit()
    connection.close()
    assert main(["check", "--data-dir", str(data_dir)]) == 1
    assert "refers to a missing row of 'child'" in capsys.readouterr().out


def test_demo_refuses_to_overwrite_an_existing_diary(data_dir, capsys):
    open_diary(data_dir).close()
    before = _sha(data_dir / DIARY_FILENAME)
    assert main(["demo", "--data-dir", str(data_dir)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert _sha(data_dir / DIARY_FILENAME) == before


def test_gui_on_a_damaged_file_ends_with_a_sentence_not_a_traceback(data_dir):
    data_dir.mkdir()
    (data_dir / DIARY_FILENAME).write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    result = subprocess.run(
        [sys.executable, "-m", "masto_diary", "--data-dir", str(data_dir), "--smoke-test"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "damaged" in result.stderr or "not a masto-diary diary" in result.stderr


def test_demo_then_smoke_test_opens_the_window(tmp_path):
    folder = tmp_path / "demo"
    run = [sys.executable, "-m", "masto_diary"]
    written = subprocess.run(
        [*run, "demo", "--data-dir", str(folder)], capture_output=True, text=True, timeout=120
    )
    assert written.returncode == 0, written.stderr
    assert (folder / DIARY_FILENAME).stat().st_mode & 0o777 == 0o600
    shown = subprocess.run(
        [*run, "--data-dir", str(folder), "--smoke-test"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert shown.returncode == 0, shown.stderr
    assert "window ready: overview page" in shown.stdout


def test_report_command_writes_a_pdf_without_the_full_name(demo_diary, tmp_path):
    from pypdf import PdfReader

    output = tmp_path / "report.pdf"
    result = subprocess.run(
        [
            *(sys.executable, "-m", "masto_diary", "report"),
            *("--data-dir", str(demo_diary.data_dir), "--child", "luca rossi"),
            *("-o", str(output), "--initials", "--paper", "letter"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    text = "".join(page.extract_text() for page in PdfReader(output).pages)
    assert "Luca" not in text, text[max(0, text.find("Luca") - 200) : text.find("Luca") + 50]
    assert "L.\tR." in text or "L. R." in text
    assert output.stat().st_mode & 0o777 == 0o600


def test_report_command_rejects_a_bad_date_with_a_sentence(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["report", "--child", "x", "--from", "2026-02-30", "-o", "x.pdf"])
    assert stop.value.code == 2
    assert "is not a date like" in capsys.readouterr().err


# --------------------------------------------------------------------------- --demo


def _demo_folders(temp: Path) -> list[Path]:
    return sorted(temp.glob("masto-diary-demo-*"))


def test_demo_window_removes_its_temporary_folder(tmp_path):
    """--demo used to leave a folder (diary, backups, lock) in the temp directory every run."""
    temp = tmp_path / "tmp"
    temp.mkdir()
    shown = subprocess.run(
        [sys.executable, "-m", "masto_diary", "--demo", "--smoke-test"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "TMPDIR": str(temp)},
    )
    assert shown.returncode == 0, shown.stderr
    assert "window ready: overview page" in shown.stdout
    assert _demo_folders(temp) == []


def test_a_killed_demo_is_swept_by_the_next_start_not_while_it_runs(tmp_path):
    from masto_diary.ui.demo_session import remove_abandoned_demo_folders
    from masto_diary.ui.single_instance import lock_holder

    temp = tmp_path / "tmp"
    temp.mkdir()
    later = time.time() + 3600  # past the grace period for folders of starting demos
    demo = subprocess.Popen(
        [sys.executable, "-m", "masto_diary", "--demo"],
        env={**os.environ, "TMPDIR": str(temp)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 90
        while not (_demo_folders(temp) and lock_holder(_demo_folders(temp)[0]) == demo.pid):
            assert demo.poll() is None and time.monotonic() < deadline, "the demo did not start"
            time.sleep(0.2)
        (folder,) = _demo_folders(temp)
        assert remove_abandoned_demo_folders(temp, now=later) == []  # it is running: kept
    finally:
        demo.kill()  # no clean-up possible: the next start's sweep is the only remedy
        demo.wait(timeout=30)
    assert folder.is_dir()
    assert remove_abandoned_demo_folders(temp, now=time.time()) == []  # too young to be sure
    assert remove_abandoned_demo_folders(temp, now=later) == [folder]
    assert not folder.exists()
