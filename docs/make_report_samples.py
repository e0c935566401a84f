"""Render the report samples an allergist's review looks at, and a PNG of every page.

    python docs/make_report_samples.py [OUT] [CASE ...]

Cases: ``90`` and ``365`` (Luca of the demo diary, the last 90 / 365 days), ``straddle``
(103 days before the first dose to 111 days after it: split columns), ``it`` (90 days in
Italian), ``csu`` (Sara of the demo diary, chronic urticaria on omalizumab: her first 180
days, from severe to well controlled) and ``ten`` (the last 365 days of the 10-year
synthetic diary).  Each PDF is
rasterised with poppler's ``pdftoppm -r 60``; the pictures in docs/report-samples/ come
from here, never by hand.  Diaries are written once into a temporary folder.
"""

import datetime as dt
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
CASES = ("90", "365", "straddle", "it", "csu", "ten")
DAYS = {"90": 90, "it": 90, "365": 365, "ten": 365, "csu": 180}


def main(argv: list[str]) -> int:
    from PySide6.QtWidgets import QApplication

    app = QApplication([])  # noqa: F841 — the report's painter needs it
    out = Path(argv[0]) if argv else Path(__file__).parent / "report-samples"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        for case in argv[1:] or CASES:
            render(case, Path(folder), out)
    return 0


def render(case: str, folder: Path, out: Path) -> None:
    from masto_diary.demo import write_demo_diary, write_synthetic_diary
    from masto_diary.report.content import gather_report
    from masto_diary.report.render import write_report
    from masto_diary.services import records
    from masto_diary.services.series import load_chart_data
    from masto_diary.storage import open_diary
    from masto_diary.words import i18n

    i18n.install(choice="it" if case == "it" else "en")
    ten = case == "ten"
    data_dir = folder / ("ten" if ten else "demo")
    if not data_dir.exists():
        with open_diary(data_dir, auto_backup=False) as diary:
            write_synthetic_diary(diary, years=10) if ten else write_demo_diary(diary)
    name = "synthetic child (10 years, seed 0)" if ten else "luca rossi"
    name = "sara bianchi" if case == "csu" else name
    today = dt.date.today()
    with open_diary(data_dir, auto_backup=False) as diary:
        child = records.find_child_id(diary, name)
        if case == "straddle":
            first = load_chart_data(diary, child).data.first_injection
            start, end = first - dt.timedelta(days=103), first + dt.timedelta(days=111)
        else:
            start, end = today - dt.timedelta(days=DAYS[case] - 1), today
        started = time.perf_counter()
        pdf = folder / f"report-{case}.pdf"
        pages = write_report(gather_report(diary, child, start, end), pdf)
        print(f"{case}: {pages} pages in {time.perf_counter() - started:.2f} s")
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(out / f"{case}-page")],
                   check=True)  # fmt: skip


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
