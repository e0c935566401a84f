"""CSV export: a ZIP of one CSV per table plus a wide daily-scores sheet a spreadsheet opens."""

import csv
import datetime as dt
import io
import zipfile

from masto_diary.cli import main
from masto_diary.exchange import export_to_file
from masto_diary.exchange.csv_export import export_zip, tables
from masto_diary.exchange.json_format import dumps, export_document
from tests.exchange_samples import import_file, valid_document

TABLES = {
    "children.csv",
    "weights.csv",
    "symptoms.csv",
    "triggers.csv",
    "daily_entries.csv",
    "symptom_scores.csv",
    "episodes.csv",
    "treatment_plans.csv",
    "injections.csv",
    "medications.csv",
    "labs.csv",
    "visits.csv",
}


def read_csv(data: bytes) -> list[dict]:
    assert data.startswith(b"\xef\xbb\xbf"), "UTF-8 with a byte-order mark, for spreadsheets"
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_the_zip_holds_every_table_and_a_sheet_per_child(demo_diary):
    document = export_document(demo_diary)
    archive = zipfile.ZipFile(io.BytesIO(export_zip(document)))
    names = set(archive.namelist())
    assert names >= TABLES
    assert {"daily-scores-Luca_Rossi.csv", "daily-scores-Giulia_Rossi.csv", "README.txt"} <= names
    for info in archive.infolist():
        assert (info.external_attr >> 16) & 0o777 == 0o600
    assert archive.testzip() is None


def test_tables_have_a_row_per_record_of_the_json_export(demo_diary):
    document = export_document(demo_diary)
    files = tables(document)
    kids = document["children"]
    for name, key in [
        ("daily_entries.csv", "daily_entries"),
        ("episodes.csv", "episodes"),
        ("injections.csv", "injections"),
        ("medications.csv", "medications"),
        ("labs.csv", "labs"),
        ("visits.csv", "visits"),
        ("symptoms.csv", "symptoms"),
    ]:
        assert len(read_csv(files[name])) == sum(len(c[key]) for c in kids), name
    scores = sum(len(e["scores"]) for c in kids for e in c["daily_entries"])
    assert len(read_csv(files["symptom_scores.csv"])) == scores


def test_the_daily_scores_sheet_is_one_row_a_day_and_one_column_a_symptom(diary):
    document = valid_document()
    document["children"][0]["symptoms"][1]["active"] = False  # flushing hidden
    import_file(diary, dumps(document))
    sheet = read_csv(tables(export_document(diary))["daily-scores-Bea.csv"])
    assert [row["date"] for row in sheet] == ["2024-01-05", "2024-01-06"]
    first, second = sheet
    assert list(first) == [
        "date",
        "wellbeing",
        "daily symptom score",
        "symptoms recorded",
        "Itching",
        "Flushing (hidden)",
    ]
    assert (first["Itching"], first["Flushing (hidden)"]) == ("1", "0")
    assert first["daily symptom score"] == "1"  # hidden symptoms do not count
    assert second["Flushing (hidden)"] == ""  # not recorded is empty, never 0
    assert second["wellbeing"] == "" and second["symptoms recorded"] == "1"


def test_dates_are_iso_moments_carry_offsets_and_flags_read_yes_no(diary):
    import_file(diary, dumps(valid_document()))
    files = tables(export_document(diary))
    (injection,) = read_csv(files["injections.csv"])
    given = dt.datetime.fromisoformat(injection["given_at"])
    assert given.utcoffset() is not None  # local time, with its offset
    assert given == dt.datetime(2024, 1, 2, 9, 30, tzinfo=dt.UTC)
    assert injection["expiry"] == "2025-06-30"
    day = read_csv(files["daily_entries.csv"])[0]
    assert (day["date"], day["sleep_disturbed"], day["school_missed"]) == (
        "2024-01-05",
        "yes",
        "no",
    )
    (episode,) = read_csv(files["episodes.csv"])
    assert (episode["symptoms"], episode["triggers"], episode["rescue_antihistamine"]) == (
        "flushing",
        "heat",
        "yes",
    )


def test_text_a_spreadsheet_would_run_as_a_formula_is_defused(diary):
    document = valid_document()
    document["children"][0]["daily_entries"][0]["notes"] = '=HYPERLINK("http://x","click")'
    document["children"][0]["visits"][0]["questions"] = "+1 dose?"
    import_file(diary, dumps(document))
    files = tables(export_document(diary))
    assert read_csv(files["daily_entries.csv"])[0]["notes"].startswith("'=HYPERLINK")
    assert read_csv(files["visits.csv"])[0]["questions"] == "'+1 dose?"


def test_accents_survive_and_the_file_is_written_private(diary, tmp_path):
    document = valid_document()
    document["children"][0]["name"] = "Zoë Müller"
    import_file(diary, dumps(document))
    target = tmp_path / "export.zip"
    export_to_file(diary, "csv", target)
    assert target.stat().st_mode & 0o777 == 0o600
    archive = zipfile.ZipFile(target)
    (kid,) = read_csv(archive.read("children.csv"))
    assert kid["name"] == "Zoë Müller"
    assert "daily-scores-Zoë_Müller.csv" in archive.namelist()


def test_cli_exports_one_child_as_csv(demo_diary, tmp_path, capsys):
    demo_diary.close()
    target = tmp_path / "luca.zip"
    args = ["export", "--format", "csv", "-o", str(target), "--data-dir", str(demo_diary.data_dir)]
    assert main([*args, "--child", "luca rossi"]) == 0
    archive = zipfile.ZipFile(target)
    assert [row["name"] for row in read_csv(archive.read("children.csv"))] == ["Luca Rossi"]
    assert target.stat().st_mode & 0o777 == 0o600
