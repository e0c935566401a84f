"""Files named on the command line: -o never replaces without --force, failures are sentences.

``export``, ``backup -o`` and ``report -o`` follow one rule (masto_diary/storage/output.py); an
``import`` of something that is not a JSON export says which export to use instead.
"""

import hashlib
import os
import zipfile
from pathlib import Path

import pytest

from masto_diary.cli import build_parser, main
from masto_diary.storage import DIARY_FILENAME

ROOT = Path(__file__).resolve().parents[1]
INTERNALS = ("Errno", ".part", "Traceback", "0x")


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _data(diary) -> list[str]:
    return ["--data-dir", str(diary.data_dir)]


def _report(diary, target, *extra: str) -> list[str]:
    return ["report", *_data(diary), "--child", "Luca Rossi", "-o", str(target), *extra]


def _plain(text: str) -> str:
    """The text, after checking it shows none of the machinery behind it."""
    for word in INTERNALS:
        assert word not in text, text
    return text


@pytest.fixture(autouse=True)
def widgets_application(qapp):
    """The report command runs in this process: without pytest-qt's QApplication first it would
    create a bare QGuiApplication, and every later widget test in the session would abort."""
    return qapp


@pytest.fixture
def out(tmp_path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def unwritable(tmp_path) -> Path:
    """A folder this process may not write in (root may write anywhere, but not in /sys)."""
    if os.geteuid() == 0:
        yield Path("/sys")
        return
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o500)
    yield folder
    folder.chmod(0o700)


# --------------------------------------------------------------------------- report -o


def test_report_into_a_folder_says_to_name_a_file(demo_diary, out, capsys):
    assert main(_report(demo_diary, out)) == 1
    error = _plain(capsys.readouterr().err)
    assert f"{out} is a folder; give the name of a new file, e.g. -o {out}/report.pdf" in error
    assert list(out.iterdir()) == []


def test_report_into_a_missing_folder_says_so(demo_diary, out, capsys):
    assert main(_report(demo_diary, out / "nowhere" / "r.pdf")) == 1
    assert f"The folder {out / 'nowhere'} does not exist" in _plain(capsys.readouterr().err)


def test_report_into_a_folder_it_may_not_write_says_so(demo_diary, unwritable, capsys):
    assert main(_report(demo_diary, unwritable / "r.pdf")) == 1
    error = _plain(capsys.readouterr().err)
    assert str(unwritable) in error
    assert "may not write" in error or "can only be read" in error, error
    assert not (unwritable / "r.pdf").exists()


def test_report_replaces_a_file_only_with_force(demo_diary, out, capsys):
    target = out / "visit.pdf"
    target.write_bytes(b"last month's report")
    assert main(_report(demo_diary, target)) == 1
    assert "already exists; choose another file name, or add --force" in capsys.readouterr().err
    assert target.read_bytes() == b"last month's report"
    assert main(_report(demo_diary, target, "--force")) == 0
    assert target.read_bytes().startswith(b"%PDF-")


# --------------------------------------------------------------------------- export


def test_export_refuses_to_replace_a_file_without_force(demo_diary, out, capsys):
    """An export once replaced a PDF report with JSON, silently."""
    report = out / "report.pdf"
    report.write_bytes(b"%PDF-1.4 the clinic report")
    before = _sha(report)
    assert main(["export", *_data(demo_diary), "-o", str(report)]) == 1
    assert "already exists; choose another file name, or add --force" in capsys.readouterr().err
    assert _sha(report) == before
    assert sorted(p.name for p in out.iterdir()) == ["report.pdf"]  # no temporary file left
    assert main(["export", *_data(demo_diary), "-o", str(report), "--force"]) == 0
    assert report.read_bytes().startswith(b"{")


def test_export_into_a_folder_or_nowhere_is_a_sentence(demo_diary, out, unwritable, capsys):
    for target in (out, out / "nowhere" / "x.json", unwritable / "x.json"):
        assert main(["export", *_data(demo_diary), "-o", str(target)]) == 1
        assert "masto-diary: " in _plain(capsys.readouterr().err)
    assert list(out.iterdir()) == []


def test_csv_export_is_named_for_what_it_is(demo_diary, out, capsys):
    asked = out / "diary.csv"
    assert main(["export", *_data(demo_diary), "--format", "csv", "-o", str(asked)]) == 0
    said = capsys.readouterr().out
    assert "The CSV export is a ZIP archive of CSV files" in said
    assert "named diary.zip instead of diary.csv" in said
    assert not asked.exists()
    assert zipfile.is_zipfile(out / "diary.zip")


def test_export_help_and_readme_say_json_is_the_default(capsys):
    with pytest.raises(SystemExit):
        build_parser().parse_args(["export", "--help"])
    assert "json (the default)" in " ".join(capsys.readouterr().out.split())
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    assert "`export` writes JSON unless `--format` says otherwise" in readme


# --------------------------------------------------------------------------- backup -o


def test_backup_output_follows_the_same_rule(demo_diary, out, capsys):
    target = out / "copy.sqlite3"
    assert main(["backup", *_data(demo_diary), "-o", str(target)]) == 0
    first = _sha(target)
    assert main(["backup", *_data(demo_diary), "-o", str(target)]) == 1
    assert "already exists; choose another file name, or add --force" in capsys.readouterr().err
    assert _sha(target) == first
    assert main(["backup", *_data(demo_diary), "-o", str(target), "--force"]) == 0
    assert main(["backup", *_data(demo_diary), "-o", str(out)]) == 1
    assert f"{out} is a folder" in _plain(capsys.readouterr().err)


def test_the_demo_backup_is_labelled_demo(tmp_path, capsys):
    folder = tmp_path / "demo"
    assert main(["demo", "--data-dir", str(folder)]) == 0
    capsys.readouterr()
    assert main(["backup", "--list", "--data-dir", str(folder)]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert "  demo  " in line and "close" not in line, line
    assert line.endswith("-demo.sqlite3")


# --------------------------------------------------------------------------- import


@pytest.fixture
def exports(demo_diary, out) -> dict[str, Path]:
    """What a parent might try to import: every export, the report, a backup, an empty file."""
    files = {"csv": out / "diary.zip", "fhir": out / "diary.fhir.json"}
    for fmt, path in files.items():
        assert main(["export", *_data(demo_diary), "--format", fmt, "-o", str(path)]) == 0
    files["report"] = out / "report.pdf"
    assert main(_report(demo_diary, files["report"])) == 0
    files["backup"] = out / "copy.sqlite3"
    assert main(["backup", *_data(demo_diary), "-o", str(files["backup"])]) == 0
    files["empty"] = out / "empty.json"
    files["empty"].write_bytes(b"")
    return files


@pytest.mark.parametrize(
    ("kind", "said"),
    [
        ("csv", "this is a ZIP archive, like the CSV export."),
        ("fhir", "this is a FHIR bundle, like the FHIR export."),
        ("report", "this is a PDF document, like the clinic report."),
        ("backup", "this is a diary or a backup, not an export"),
        ("empty", "the file is empty."),
    ],
)
def test_import_of_another_kind_of_file_says_which_export_to_use(
    demo_diary, exports, kind, said, capsys
):
    capsys.readouterr()
    before = _sha(demo_diary.path)
    assert main(["import", *_data(demo_diary), str(exports[kind])]) == 1
    error = _plain(capsys.readouterr().err)
    assert said in error
    assert "Only masto-diary's JSON export can be imported" in error
    assert "with the format JSON" in error
    assert _sha(demo_diary.path) == before


def test_a_json_export_still_imports_into_a_new_diary(demo_diary, out, capsys):
    export = out / "diary.json"
    assert main(["export", *_data(demo_diary), "-o", str(export)]) == 0
    assert main(["import", str(export), "--new-diary", str(out / "new")]) == 0
    assert (out / "new" / DIARY_FILENAME).is_file()
