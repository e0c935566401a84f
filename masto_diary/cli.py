"""Command line: the GUI is the default; sub-commands work headless on the same data.

Every failure the user can cause ends with one sentence on stderr and a non-zero exit code,
never a traceback.  Heavy modules are imported inside the commands that need them.
"""

import argparse
import datetime as dt
import sqlite3
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
        "--demo",
        action="store_true",
        help="open a fresh demo diary in a temporary folder, removed when the window closes",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="open the window, let it draw, then quit (used by tests and installers)",
    )
    parser.add_argument(
        "--minimized",
        action="store_true",
        help="start minimised (in the tray where there is one); used when started at login",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="write the demo diary (or a large synthetic one)")
    _add_data_dir(demo)
    demo.add_argument(
        "--years", type=int, help="write a synthetic diary of N years instead (benchmarks)"
    )

    check = commands.add_parser("check", help="check the diary's integrity and references")
    _add_data_dir(check)
    _add_exchange_commands(commands)
    _add_sync_commands(commands)
    return parser


def _add_exchange_commands(commands) -> None:
    backup = commands.add_parser(
        "backup", help="write a verified backup (default: into the backups folder)"
    )
    _add_data_dir(backup)
    backup.add_argument("-o", "--output", metavar="FILE", help="write the backup to FILE instead")
    _add_force(backup)
    backup.add_argument("--list", action="store_true", help="list the backups instead")

    restore = commands.add_parser(
        "restore", help="replace the diary with a backup (the current file is kept)"
    )
    _add_data_dir(restore)
    restore.add_argument(
        "backup", nargs="?", metavar="FILE", help="the backup (default: the newest good one)"
    )

    export = commands.add_parser(
        "export", help="export the diary as JSON (the default), CSV (a ZIP) or FHIR R4"
    )
    _add_data_dir(export)
    export.add_argument(
        "--format",
        choices=("json", "csv", "fhir"),
        default="json",
        help="json (the default): everything, the format import reads; csv: a ZIP of CSV "
        "tables for spreadsheets (FILE is named .zip); fhir: a FHIR R4 bundle for clinics",
    )
    export.add_argument("-o", "--output", metavar="FILE", required=True, help="file to write")
    _add_force(export)
    export.add_argument("--child", metavar="NAME", action="append", help="only this child")

    imp = commands.add_parser(
        "import", help="import a masto-diary JSON export (all or nothing; not CSV or FHIR)"
    )
    _add_data_dir(imp)
    imp.add_argument("file", metavar="FILE")
    imp.add_argument(
        "--new-diary", metavar="DIR", help="write a new diary in DIR instead of merging"
    )
    imp.add_argument(
        "--on-conflict",
        choices=("merge", "rename", "skip"),
        help="what to do with a child whose name the diary already has",
    )

    report = commands.add_parser("report", help="write the clinic-visit PDF for a child")
    _add_data_dir(report)
    report.add_argument("--child", metavar="NAME", required=True, help="the child's name")
    report.add_argument(
        "--from",
        dest="date_from",
        metavar="DATE",
        type=_iso_date,
        help="first day YYYY-MM-DD (default: the last clinic visit, else 90 days ago)",
    )
    report.add_argument(
        "--to", dest="date_to", metavar="DATE", type=_iso_date, help="last day (default: today)"
    )
    report.add_argument("-o", "--output", metavar="FILE.pdf", required=True)
    _add_force(report)
    report.add_argument("--initials", action="store_true", help="initials instead of the name")
    report.add_argument(
        "--paper",
        type=str.lower,
        choices=("a4", "letter"),
        help="paper size (default from the locale: Letter in the US and Canada)",
    )


def _add_sync_commands(commands) -> None:
    """share / join / sync through a shared folder (docs/sync.md)."""
    for name, text in (
        ("share", "share this diary with other laptops through a folder (Syncthing, USB stick)"),
        ("join", "fill an empty data folder with a diary shared through a folder"),
    ):
        command = commands.add_parser(name, help=text)
        _add_data_dir(command)
        command.add_argument("--folder", metavar="DIR", required=True, help="the shared folder")
        command.add_argument("--name", help='what to call this laptop, e.g. "kitchen laptop"')
        if name == "join":
            command.add_argument(
                "--wait",
                metavar="SECONDS",
                type=float,
                default=30.0,
                help="how long to wait for a folder the sync app is still copying (default 30)",
            )
    sync = commands.add_parser("sync", help="exchange changes with the shared folder now")
    _add_data_dir(sync)
    sync.add_argument(
        "--moved",
        action="store_true",
        help="this data folder was moved here from another place or laptop (not copied)",
    )


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-03-31") from None


def _add_force(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--force", action="store_true", help="replace FILE if it exists (default: refuse)"
    )


def _add_data_dir(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="folder of the diary (default: $MASTO_DIARY_HOME or the platform's data folder)",
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; whatever it prints is escaped and cut to a readable length."""
    from masto_diary.words.echo import ReadableStream

    streams = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = ReadableStream(sys.stdout), ReadableStream(sys.stderr)
    try:
        return _run(build_parser().parse_args(argv))
    finally:
        sys.stdout, sys.stderr = streams


# The commands that may start a new diary; every other one needs the diary to exist already,
# so a mistyped --data-dir is said, not silently made into a new empty diary.
STARTS_A_DIARY = (None, "demo", "join", "check")  # None: the window; check says so itself


def _run(args: argparse.Namespace) -> int:
    data_dir = getattr(args, "data_dir", None)
    try:
        if args.command not in (None, "check") and not getattr(args, "new_diary", None):
            _refuse_another_users_folder(data_dir)
        if _needs_a_diary(args):
            _require_diary(data_dir)
        if args.command == "demo":
            return command_demo(data_dir, args.years)
        if args.command == "check":
            return command_check(data_dir)
        if args.command == "report":
            from masto_diary.report.command import run_report

            return run_report(
                data_dir,
                args.child,
                args.date_from,
                args.date_to,
                args.output,
                args.initials,
                args.paper,
                args.force,
            )
        if args.command == "sync" and not args.moved and _nothing_to_sync(data_dir):
            print("Nothing new from the other laptops.")
            return EXIT_OK
        if args.command in ("share", "join", "sync"):
            from masto_diary.sync import command

            if args.command == "sync":
                return command.run_sync(data_dir, args.moved)
            if args.command == "join":
                return command.run_join(data_dir, args.folder, args.name, args.wait)
            return command.run_share(data_dir, args.folder, args.name)
        if args.command in EXCHANGE_COMMANDS:
            return EXCHANGE_COMMANDS[args.command](args, data_dir)
        _refuse_without_display()
        if args.demo:
            from masto_diary.ui.demo_session import run_demo_gui

            return run_demo_gui(smoke_test=args.smoke_test, minimized=args.minimized)
        from masto_diary.ui.app import run_gui

        return run_gui(data_dir=data_dir, smoke_test=args.smoke_test, minimized=args.minimized)
    except DiaryError as error:
        print(f"{APP_NAME}: {error}", file=sys.stderr)
        return EXIT_PROBLEM
    except OSError as error:  # the commands explain their own files; this is the last resort
        where = f" ({error.filename})" if error.filename else ""
        print(f"{APP_NAME}: {error.strerror or error}{where}.", file=sys.stderr)
        return EXIT_PROBLEM
    except sqlite3.Error as error:  # a read on a full or failing disk, outside any transaction
        from masto_diary.storage.paths import resolve_data_dir

        print(
            f"{APP_NAME}: the diary in {resolve_data_dir(data_dir)} could not be read or written "
            f"({error}). Nothing was changed; if its disk is full, free some space on it and "
            "try again.",
            file=sys.stderr,
        )
        return EXIT_PROBLEM
    except KeyboardInterrupt:
        return EXIT_PROBLEM


def _nothing_to_sync(data_dir: str | None) -> bool:
    """A sync with nothing new answers without the ORM and the key (docs/sync.md, Budgets)."""
    from masto_diary.sync.news import nothing_to_do

    return nothing_to_do(data_dir)


def command_demo(data_dir: str | None, years: int | None) -> int:
    """Write the demo diary into an empty data dir (an existing diary is never touched).

    Its one backup is labelled "demo" (not "close"): ``backup --list`` shows what it holds.
    """
    from masto_diary.demo import write_demo_diary, write_synthetic_diary
    from masto_diary.storage import DIARY_FILENAME, open_diary, resolve_data_dir
    from masto_diary.storage.backups import DEMO_REASON, make_backup

    folder = resolve_data_dir(data_dir)
    target = folder / DIARY_FILENAME
    if target.exists() and target.stat().st_size > 0:
        raise DiaryError(
            f"{target} already exists; the demo is only written into an empty folder "
            "(choose another with --data-dir)."
        )
    if years is not None and not 1 <= years <= 50:
        raise DiaryError(f"--years must be between 1 and 50, got {years}.")
    with open_diary(folder, auto_backup=False, holder="masto-diary demo") as diary:
        if years is None:
            write_demo_diary(diary)
        else:
            write_synthetic_diary(diary, years=years)
    make_backup(target, DEMO_REASON)
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
    if not report.ok:
        for line in recovery_advice(path):
            print(line)
    return EXIT_OK if report.ok else EXIT_PROBLEM


def recovery_advice(path: Path) -> list[str]:
    """What the GUI's "cannot open" dialog offers, as lines for the terminal."""
    from masto_diary.storage.backups import backup_to_restore

    try:
        if not path.exists():
            return []
        newest = backup_to_restore(path)
    except OSError:  # a folder this user may not enter: the sentence above said what to do
        return []
    if newest is None:
        return [
            "No good backup was found in the backups folder. Open another diary file with "
            "--data-dir, or ask for help before changing the file."
        ]
    return [
        f"The newest good backup is {describe_backup(newest)}: {newest.path}",
        f"To restore it (the current file is kept beside it), run: {APP_NAME} restore"
        + (f" --data-dir {path.parent}" if path.parent else ""),
    ]


def describe_contents(backup) -> str:
    if not backup.readable:
        return "its contents cannot be read"
    last = backup.last_entry.isoformat() if backup.last_entry else "none"
    return f"{backup.children} children, {backup.days} days, last entry {last}"


# --------------------------------------------------------------------------- exchange


def _diary_path(data_dir: str | None) -> Path:
    from masto_diary.storage.paths import DIARY_FILENAME, resolve_data_dir

    return resolve_data_dir(data_dir) / DIARY_FILENAME


def _needs_a_diary(args: argparse.Namespace) -> bool:
    if args.command in STARTS_A_DIARY or getattr(args, "new_diary", None):
        return False
    return not (args.command == "backup" and args.list)  # the list only reads the folder


def _require_diary(data_dir: str | None) -> None:
    path = _diary_path(data_dir)
    if not path.exists():
        raise DiaryError(
            f"There is no diary at {path}; check --data-dir (or MASTO_DIARY_HOME). Nothing "
            "was written: only the window, 'demo' and 'join' start a new diary."
        )


def _refuse_without_display() -> None:
    """Without a display Qt aborts with its own message (blaming libxcb-cursor0, installed or
    not) and nothing is cleaned up: on Linux, say what to do before anything is written."""
    import os

    if not sys.platform.startswith("linux"):
        return
    if any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        return
    raise DiaryError(
        "there is no display to open the window on; run it in a desktop session, "
        "or under xvfb-run (xvfb-run masto-diary --demo)."
    )


def _refuse_another_users_folder(data_dir: str | None) -> None:
    """A data folder or diary this user may not read: whose it is and what to do, first."""
    from masto_diary.storage.paths import access_problem

    problem = access_problem(_diary_path(data_dir))
    if problem is not None:
        raise DiaryError(f"{problem}. Nothing was changed.")


def _refuse_while_open(path: Path) -> None:
    """The GUI holds the diary: a restore or import now would fight it for the file."""
    from masto_diary.ui.single_instance import lock_holder

    holder = lock_holder(path.parent)
    if holder is not None:
        raise DiaryError(
            f"masto-diary is open for this diary (process {holder}); close it and try again."
        )


def _refuse_read_only(path: Path) -> None:
    """A diary the user made read-only stays as it is: say so before anything is written."""
    from masto_diary.storage.paths import read_only_reason

    reason = read_only_reason(path)
    if reason is not None:
        raise DiaryError(f"{reason}. Nothing was changed.")


def command_backup(args, data_dir: str | None) -> int:
    """A verified copy with SQLite's backup API; the diary may be open meanwhile."""
    from masto_diary.storage.backups import backup_file, list_backups, make_backup
    from masto_diary.storage.diary_file import inspect_diary_file
    from masto_diary.storage.output import check_output_file, failure

    path = _diary_path(data_dir)
    if args.list:
        backups = list_backups(path.parent)
        for b in backups:
            print(
                f"{b.taken_at:%Y-%m-%d %H:%M:%S}  {b.label:<24} {b.size / 1024:8.0f} KB  "
                f"{describe_contents(b)}  {b.path.name}"
            )
        if not backups:
            print(f"There are no backups in {path.parent / 'backups'} yet.")
        return EXIT_OK
    if not path.exists():
        raise DiaryError(f"There is no diary at {path}.")
    inspect_diary_file(path)
    if args.output:
        target = check_output_file(args.output, "diary-backup.sqlite3", args.force, path.parent)
        try:
            written = backup_file(path, target)
        except OSError as error:
            raise failure(error, target) from None
    else:
        try:
            written = make_backup(path, "manual")
        except OSError as error:
            raise failure(error, path.parent / "backups") from None
    print(f"Backup written and verified: {written} ({written.stat().st_size / 1024:.0f} KB)")
    return EXIT_OK


def command_restore(args, data_dir: str | None) -> int:
    """Put a backup in place of the diary; without FILE, the newest one that differs from it.

    It says which backup it brings back (when, why it was made, what it holds), so after an
    import a plain ``restore`` visibly undoes that import.
    """
    from masto_diary.storage.backups import backup_to_restore, restore_backup
    from masto_diary.storage.writer_lock import WriterLock

    path = _diary_path(data_dir)
    _refuse_while_open(path)
    _refuse_read_only(path)
    if args.backup:
        source = Path(args.backup).expanduser()
    else:
        chosen = backup_to_restore(path)
        if chosen is None:
            raise DiaryError(
                f"There is no good backup in {path.parent / 'backups'} that differs from the "
                "diary as it is now, so there is nothing to go back to."
            )
        print(f"Restoring the backup {describe_backup(chosen)}.")
        source = chosen.path
    result = _restore_shared(data_dir, path, source)
    if result is None:  # not shared: the file itself is swapped
        lock = WriterLock(path, "masto-diary restore")
        try:
            result = restore_backup(source, path)
        finally:
            lock.release()
    print(f"Restored {path} from {result.restored_from.name}.")
    if result.safety_backup:
        print(
            f"The diary as it was is kept in {result.safety_backup}; to go back to it, run: "
            f"{APP_NAME} restore {result.safety_backup}"
        )
    if result.set_aside:
        print(f"The unreadable file was renamed to {result.set_aside}.")
    return EXIT_OK


def _restore_shared(data_dir: str | None, path: Path, source: Path):
    """A shared diary is restored as ordinary changes that travel (sync/restore.py)."""
    from masto_diary.storage import open_diary
    from masto_diary.sync.restore import restore_into

    if not path.exists():
        return None
    try:
        diary = open_diary(data_dir, holder="masto-diary restore", auto_backup=False)
    except DiaryError:  # a damaged diary is not asked whether it is shared: it is swapped
        return None
    with diary:
        result = restore_into(diary, source)
    if result is not None:
        print(
            "The diary is shared: the restore is written as ordinary changes, so the other "
            "laptops get it at their next sync."
        )
    return result


def describe_backup(backup) -> str:
    """ "from 2026-12-04 21:05, made before the import of bea.json (1 children, …)"."""
    from masto_diary.storage.backups import reason_words

    return (
        f"from {backup.taken_at:%Y-%m-%d %H:%M}, {reason_words(backup.reason)} "
        f"({describe_contents(backup)})"
    )


def command_export(args, data_dir: str | None) -> int:
    """Write an export; an existing file is replaced only with ``--force``."""
    from masto_diary.exchange import export_to_file, named_for_format
    from masto_diary.storage import open_diary
    from masto_diary.storage.output import check_output_file, failure

    path = _diary_path(data_dir)
    if not path.exists():
        raise DiaryError(f"There is no diary at {path}.")
    asked = Path(args.output).expanduser()
    named = named_for_format(asked, args.format)
    target = check_output_file(named, "diary.json", args.force, path.parent)
    with open_diary(path=path, reading_only=True) as diary:
        try:
            export_to_file(diary, args.format, target, args.child)
        except OSError as error:
            raise failure(error, target) from None
    if target != asked:
        print(
            f"The CSV export is a ZIP archive of CSV files (one per table), so it was named "
            f"{target.name} instead of {asked.name}."
        )
    print(
        f"Exported to {target} ({target.stat().st_size / 1024:.0f} KB). "
        "It holds your child's health data: keep it private."
    )
    return EXIT_OK


def command_import(args, data_dir: str | None) -> int:
    from masto_diary.exchange.json_format import (
        import_document,
        import_into_new_diary,
        read_document,
    )
    from masto_diary.storage import open_diary

    source = Path(args.file).expanduser()
    if args.new_diary:
        target, summary = import_into_new_diary(Path(args.new_diary).expanduser(), source)
        print(f"A new diary was written to {target}.")
    else:
        path = _diary_path(data_dir)
        _refuse_while_open(path)
        document = read_document(source)  # a bad file is refused before the diary is opened
        from masto_diary.sync.share import attached

        with open_diary(path=path, holder="masto-diary import") as diary, attached(diary):
            summary = import_document(diary, document, args.on_conflict, label=source.name)
    for sentence in summary.sentences():
        print(sentence)
    if summary.backup is not None:
        print(
            f"The diary as it was before this import is kept in {summary.backup}; to undo the "
            f"import, run: {APP_NAME} restore {summary.backup}"
        )
    return EXIT_OK


EXCHANGE_COMMANDS = {
    "backup": command_backup,
    "restore": command_restore,
    "export": command_export,
    "import": command_import,
}
