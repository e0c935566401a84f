"""Render every page of the main window on the demo diary to PNG files in docs/screenshots/.

    python docs/make_screenshots.py [--size 1280x800] [--out docs/screenshots]

Runs offscreen (no display needed) and writes ``<page>.png`` for the default size and
``<page>-<W>x<H>.png`` for any extra size, so the README's pictures are never made by hand.
The demo diary ends today, so the pictures look like a diary in daily use.
"""

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DEFAULT_SIZE = (1280, 800)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(Path(__file__).parent / "screenshots"))
    parser.add_argument("--size", action="append", default=[], help="extra size, e.g. 1024x640")
    args = parser.parse_args(argv)
    sizes = [DEFAULT_SIZE] + [tuple(int(n) for n in s.split("x")) for s in args.size]

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from masto_diary.demo import write_demo_diary
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
        for key in window.page_keys():
            window.show_page(key)
            for width, height in sizes:
                window.resize(width, height)
                QApplication.processEvents()
                suffix = "" if (width, height) == DEFAULT_SIZE else f"-{width}x{height}"
                path = out / f"{key}{suffix}.png"
                window.grab().save(str(path))
                print(f"wrote {path}")
        window.close()
        diary.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
