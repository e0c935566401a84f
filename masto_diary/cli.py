"""Command line: the GUI is the default; sub-commands work headless on the same data.

Every failure the user can cause ends with one sentence on stderr and a non-zero exit code,
never a traceback.  Heavy modules are imported inside the commands that need them.
"""

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from masto_diary import APP_NAME, __version__
from masto_diary.errors import DiaryError

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=APP_NAME,
        description="An offline diary for children with mastocytosis treated with omalizumab.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    _add_data_dir(parser)
    parser.add_argument(
        "--demo", action="store_true", help="open a fresh demo diary in a temporary folder"
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="open the window, let it draw, then quit (used by tests and installers)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="write the demo diary (or a large synthetic one)")
    _add_data_dir(demo)
    demo.add_argument(
        "--years", type=int, help="write a synthetic diary of N years instead (benchmarks)"
    )

    check = commands.add_parser("check", help="check the diary's integrity and references")
    _add_data_dir(check)
    return parser


def _add_data_dir(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="folder of the diary (default: $MASTO_DIARY_HOME or the platform's data folder)",
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    data_dir = getattr(args, "data_dir", None)
    try:
        if args.command == "demo":
            return command_demo(data_dir, args.years)
        if args.command == "check":
            return command_check(data_dir)
        from masto_diary.ui.app import run_gui

        return run_gui(data_dir=data_dir, demo=args.demo, smoke_test=args.smoke_test)
    except DiaryError as error:
        print(f"{APP_NAME}: {error}", file=sys.stderr)
        return EXIT_PROBLEM
    except KeyboardInterrupt:
        return EXIT_PROBLEM


def command_demo(data_dir: str | None, years: int | None) -> int:
    """Write the demo diary into an empty data dir (an existing diary is never touched)."""
    from masto_diary.demo import write_demo_diary, write_synthetic_diary
    from masto_diary.storage import DIARY_FILENAME, open_diary, resolve_data_dir

    folder = resolve_data_dir(data_dir)
    target = folder / DIARY_FILENAME
    if target.exists() and target.stat().st_size > 0:
        raise DiaryError(
            f"{target} already exists; the demo is only written into an empty folder "
            "(choose another with --data-dir)."
        )
    if years is not None and not 1 <= years <= 50:
        raise DiaryError(f"--years must be between 1 and 50, got {years}.")
    with open_diary(folder) as diary:
        if years is None:
            write_demo_diary(diary)
        else:
            write_synthetic_diary(diary, years=years)
    print(f"Demo diary written to {target}")
    return EXIT_OK


def command_check(data_dir: str | None) -> int:
    """Integrity and foreign-key check; prints what is wrong in plain words."""
    from masto_diary.storage.check import check_diary
    from masto_diary.storage.paths import DIARY_FILENAME, resolve_data_dir

    path = Path(resolve_data_dir(data_dir)) / DIARY_FILENAME
    report = check_diary(path)
    for line in report.lines:
        print(line)
    return EXIT_OK if report.ok else EXIT_PROBLEM
