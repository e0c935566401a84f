"""Render the Charts page and each chart on the demo diary to docs/screenshots/chart-*.png.

    .venv/bin/python docs/make_chart_screenshots.py [--out docs/screenshots]

Without ``--out`` the pictures go to ``tmp/screenshots/`` (ignored by git), so a try never
rewrites the tracked ones.

Runs offscreen.  Luca's whole diary is shown (range "All"), so the case's story is in the
pictures: near-daily symptoms before omalizumab, quiet after the second dose, the flare when
a dose was 8 days late, prednisone stopped at the second dose, total IgE rising after the
first dose.  ``chart-page.png`` is the window at 1280x800; the three charts are saved with the
charts' own "Save as PNG" (twice the screen resolution), as a parent would save them.
"""

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

WINDOW_SIZE = (1280, 800)
CHILD = "Luca Rossi"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out",
        default=str(Path(__file__).resolve().parents[1] / "tmp" / "screenshots"),
        help="folder for the pictures (default: tmp/screenshots; the README's: docs/screenshots)",
    )
    args = parser.parse_args(argv)

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from masto_diary.demo import write_demo_diary
    from masto_diary.services import records
    from masto_diary.storage import open_diary
    from masto_diary.ui.app import make_application
    from masto_diary.ui.main_window import MainWindow

    make_application()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        diary = open_diary(Path(folder) / "data")
        write_demo_diary(diary)
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(diary, settings)
        window.show()
        window.resize(*WINDOW_SIZE)
        window.select_child(records.find_child_id(diary, CHILD))
        window.show_page("charts")
        page = window.page("charts")
        page.set_range_choice("all")

        def settle() -> None:
            for _ in range(3):
                QApplication.processEvents()

        settle()
        window.grab().save(str(out / "chart-page.png"))
        page.trend.save(out / "chart-trend.png")
        page.tabs.setCurrentWidget(page.cycle)
        page.compare_check.setChecked(True)
        settle()
        page.cycle.save(out / "chart-cycle.png")
        page.tabs.setCurrentWidget(page.labs)
        settle()
        page.labs.save(out / "chart-labs.png")
        for name in ("chart-page.png", "chart-trend.png", "chart-cycle.png", "chart-labs.png"):
            print(f"wrote {out / name}")
        window.close()
        diary.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
