"""The headless ``masto-diary report`` command: the same PDF as the Report page, no window.

QPdfWriter needs a QGuiApplication (fonts, the paint engine) but no screen: without a
display the offscreen platform is chosen before the application is created.  QtWidgets is
never imported here, so the command starts fast and runs on a server or in a terminal over
SSH.  Every outcome is one sentence: the result on stdout, a problem on stderr with exit
code 1 (never a traceback), and a failed or empty report leaves no file behind.  Like
``export`` and ``backup -o``, it never replaces an existing file without ``--force``
(masto_diary.storage.output).
"""

import datetime as dt
import os
import sys
from collections.abc import Mapping
from pathlib import Path

from masto_diary.errors import DiaryError
from masto_diary.storage.output import check_output_file, failure
from masto_diary.words.sentence import fill_in

EXIT_OK, EXIT_PROBLEM = 0, 1


def run_report(
    data_dir: str | os.PathLike | None,
    child_name: str,
    date_from: dt.date | None,
    date_to: dt.date | None,
    output: str | os.PathLike,
    initials: bool = False,
    paper: str | None = None,
    force: bool = False,
) -> int:
    """Write the report of ``child_name`` for the period to ``output``; returns an exit code.

    A missing ``date_to`` is today; a missing ``date_from`` is the last clinic visit before
    the end, else 90 days before it.  ``paper`` is ``"a4"`` or ``"letter"`` (default: from
    the locale).  ``force`` replaces an existing file at ``output``.
    """
    try:
        _application()
        target = check_output_file(output, "report.pdf", force, _data_folder(data_dir))
        return _write(data_dir, child_name, date_from, date_to, target, initials, paper)
    except DiaryError as error:
        print(f"masto-diary: {error}", file=sys.stderr)
        return EXIT_PROBLEM
    except OSError as error:  # reading the diary; writing is explained in _write
        print(f"masto-diary: {error.strerror or error}", file=sys.stderr)
        return EXIT_PROBLEM


def _data_folder(data_dir: str | os.PathLike | None) -> Path:
    from masto_diary.storage import resolve_data_dir

    return resolve_data_dir(data_dir)


def needs_offscreen(environ: Mapping[str, str] | None = None, platform: str | None = None) -> bool:
    """True on Linux and other X11/Wayland systems when there is no display to connect to."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if platform.startswith(("win", "darwin")) or environ.get("QT_QPA_PLATFORM"):
        return False
    return not (environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"))


def _application():
    """The running QGuiApplication, or a new one (offscreen when there is no display)."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        if needs_offscreen():
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = QGuiApplication(["masto-diary"])
        from masto_diary import APP_NAME
        from masto_diary.words import i18n

        app.setOrganizationName(APP_NAME)  # the settings the window uses: same language
        app.setApplicationName(APP_NAME)
        i18n.install()
    return app


def _write(data_dir, child_name, date_from, date_to, target: Path, initials, paper) -> int:
    from masto_diary.report import content as gathering
    from masto_diary.report.render import PAPER_SIZES, default_paper, write_report
    from masto_diary.services import records
    from masto_diary.storage import DIARY_FILENAME, open_diary, resolve_data_dir
    from masto_diary.words import report_texts as texts

    paper = (paper or default_paper()).lower()
    if paper not in PAPER_SIZES:
        raise DiaryError(f"--paper must be a4 or letter, not '{paper}'.")
    path = resolve_data_dir(data_dir) / DIARY_FILENAME
    if not path.exists():
        raise DiaryError(f"There is no diary at {path}.")
    diary = open_diary(path=path, reading_only=True)  # a report only reads
    try:
        child_id = records.find_child_id(diary, child_name)
        end = date_to or dt.date.today()
        start = date_from or gathering.default_period(diary, child_id, end)[0]
        try:
            report = gathering.gather_report(diary, child_id, start, end, initials=initials)
        except gathering.EmptyPeriodError as error:
            raise DiaryError(texts.empty_period(error.start, error.end)) from None
    finally:
        diary.close()
    try:
        pages = write_report(report, target, paper)
    except OSError as error:
        raise failure(error, target) from None
    print(_done_sentence(report, pages, target))
    return EXIT_OK


def _done_sentence(report, pages: int, target: Path) -> str:
    from masto_diary.words import report_texts as texts

    sentence = fill_in(
        texts.tr("Report for %1, %2 (%3): %4 pages written to %5."),
        report.child.name,
        texts.period(report.start, report.end),
        texts.days_text(report.days),
        pages,
        target,
    )
    if report.clipped:
        sentence += " " + texts.tr("The period was shortened to the days the diary covers.")
    return sentence
