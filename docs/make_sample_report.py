"""Write the sample clinic report of the demo diary and a PNG of each of its pages.

    .venv/bin/python docs/make_sample_report.py [--days 90] [--out docs]

Without ``--out`` the files go to ``tmp/`` (ignored by git), so a try never rewrites the tracked
sample; ``--out docs`` replaces it.

Writes ``<out>/sample-report.pdf`` (Luca, the last ``--days`` days, A4) through the same
headless command a parent would run, then ``<out>/screenshots/report-page-N.png`` with
poppler's ``pdftoppm -r 60``, so the pictures in the README are never made by hand.  The
demo diary ends today, so the sample looks like a report printed for the coming visit.
"""

import argparse
import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out",
        default=str(Path(__file__).resolve().parents[1] / "tmp"),
        help="folder for sample-report.pdf and screenshots/ (default: tmp; the README's: docs)",
    )
    parser.add_argument("--days", type=int, default=90)
    args = parser.parse_args(argv)

    from masto_diary.demo import write_demo_diary
    from masto_diary.report.command import run_report
    from masto_diary.storage import open_diary

    out = Path(args.out)
    target = out / "sample-report.pdf"
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "data"
        with open_diary(data, auto_backup=False) as diary:
            write_demo_diary(diary)
        start = dt.date.today() - dt.timedelta(days=args.days - 1)
        code = run_report(data, "Luca Rossi", start, None, target, paper="a4")
    if code:
        return code
    target.chmod(0o644)  # a public sample, not a child's data
    return render_pages(target, out / "screenshots")


def render_pages(pdf: Path, folder: Path) -> int:
    """``report-page-N.png`` for every page (60 dpi), old ones removed first."""
    if shutil.which("pdftoppm") is None:
        print("pdftoppm (poppler-utils) is needed for the page pictures", file=sys.stderr)
        return 1
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("report-page-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(folder / "report-page")],
                   check=True)  # fmt: skip
    for path in sorted(folder.glob("report-page-*.png")):
        number = int(path.stem.rsplit("-", 1)[1])
        final = path.with_name(f"report-page-{number}.png")
        path.rename(final)
        print(f"wrote {final}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
