"""Render every page of the main window on the demo diary to PNG files.

    .venv/bin/python docs/make_screenshots.py [--size 1024x640] [--out docs/screenshots]
    .venv/bin/python docs/make_screenshots.py --lang it --pages overview,today,injections  # it-*
    .venv/bin/python docs/make_screenshots.py --dark --pages overview,today,history       # dark-*
    .venv/bin/python docs/make_screenshots.py --scale 1.5 --pages today            # scale150-*

The pictures go to ``tmp/screenshots/`` (ignored by git) unless ``--out`` says otherwise, so a
try never rewrites the tracked pictures; ``--out docs/screenshots`` replaces the README's.

Runs offscreen (no display needed) and writes ``<page>.png`` for the default size and
``<page>-<W>x<H>.png`` for any extra size, so the README's pictures are never made by hand.
The demo diary ends today, so the pictures look like a diary in daily use.  ``--lang`` loads
that translation (as Settings ▸ Language would), ``--dark`` gives the app the palette of a dark
desktop theme, ``--scale`` is ``QT_SCALE_FACTOR`` (150 % display scaling); each prefixes the
file names (``it-``, ``dark-``, ``scale150-``) so the plain pictures stay as they are.
"""

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DEFAULT_SIZE = (1280, 800)
ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "tmp" / "screenshots"  # "/tmp/" in .gitignore: the checkout's own tmp


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out",
        default=str(DEFAULT_OUT),
        help="folder for the pictures (default: tmp/screenshots; the README's: docs/screenshots)",
    )
    parser.add_argument("--size", action="append", default=[], help="extra size, e.g. 1024x640")
    parser.add_argument("--lang", choices=("en", "it"), help="language of the pictures")
    parser.add_argument("--dark", action="store_true", help="a dark desktop palette")
    parser.add_argument("--scale", type=float, help="display scaling, e.g. 1.5 for 150 %%")
    parser.add_argument("--pages", help="comma-separated page keys (default: every page)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    sizes = [DEFAULT_SIZE] + [tuple(int(n) for n in s.split("x")) for s in args.size]
    prefix = "".join(
        part
        for part, wanted in (
            (f"{args.lang}-", args.lang and args.lang != "en"),
            ("dark-", args.dark),
            (f"scale{round((args.scale or 1) * 100)}-", args.scale and args.scale != 1),
        )
        if wanted
    )
    if args.scale:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)  # read when QApplication starts

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from masto_diary.demo import write_demo_diary
    from masto_diary.storage import open_diary
    from masto_diary.ui.app import make_application
    from masto_diary.ui.main_window import MainWindow

    app = make_application()
    from masto_diary.words import i18n

    i18n.install(choice=args.lang or "en")  # not the developer's own language setting
    if args.dark:
        from masto_diary.ui.colours import dark_palette

        app.setStyle("Fusion")  # what dark desktop themes amount to under Qt
        app.setPalette(dark_palette())
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        diary = open_diary(Path(folder) / "data")
        write_demo_diary(diary)
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(diary, settings)
        window.show()
        from masto_diary.services import overview

        treated = [c for c in overview.child_summaries(diary) if c.injection.next_due]
        if treated:  # the child of the case story, on omalizumab
            window.select_child(treated[0].child_id)
        keys = args.pages.split(",") if args.pages else window.page_keys()
        for key in keys:
            window.show_page(key)
            for width, height in sizes:
                window.resize(width, height)
                QApplication.processEvents()
                suffix = "" if (width, height) == DEFAULT_SIZE else f"-{width}x{height}"
                path = out / f"{prefix}{key}{suffix}.png"
                window.grab().save(str(path))
                print(f"wrote {path}")
        window.close()
        diary.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
