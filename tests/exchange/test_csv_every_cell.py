"""No cell of the CSV export, header or file name, starts what a spreadsheet runs as a formula."""

import csv
import io
import zipfile

from masto_diary.exchange.csv_export import FORMULA_START, export_zip
from masto_diary.exchange.json_format import dumps, export_document
from tests.exchange_samples import import_file, valid_document


def test_formula_starts_are_defused_everywhere(diary):
    document = valid_document()
    kid = document["children"][0]
    kid["name"] = "=cmd|' /C calc'!A0"
    kid["clinic"] = "@SUM(1)"
    kid["notes"] = "\tTAB"
    kid["symptoms"][0]["label"] = "=HYPERLINK(1)"  # a column header of the daily sheet
    kid["triggers"][1]["label"] = "+rubbing"
    kid["daily_entries"][0]["notes"] = "-2+3"
    kid["episodes"][0]["rescue"]["notes"] = "=1+1"
    kid["injections"][0]["lot"] = "@lot"
    kid["medications"][0]["name"] = "=Cetirizine"
    kid["labs"][0]["notes"] = "+high"
    kid["visits"][0]["outcome"] = "-fine"
    import_file(diary, dumps(document))
    archive = zipfile.ZipFile(io.BytesIO(export_zip(export_document(diary))))
    checked = 0
    for name in archive.namelist():
        assert not name.startswith(FORMULA_START), name
        if not name.endswith(".csv"):
            continue
        text = archive.read(name).decode("utf-8-sig")
        for row in csv.reader(io.StringIO(text)):
            for cell in row:
                assert not cell.startswith(FORMULA_START) or _is_number(cell), (name, cell)
                checked += 1
    assert checked > 100
    sheet = [n for n in archive.namelist() if n.startswith("daily-scores-")]
    assert sheet == ["daily-scores-cmd_C_calc_A0.csv"]


def _is_number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True
