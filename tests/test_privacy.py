"""Privacy: every file the app writes is 0600 (folders 0700); nothing ever opens a network socket.

The network guard has two layers: ``socket.socket.connect``/``bind``/``sendto`` are patched to
refuse internet families, and an audit hook (``sys.addaudithook``) records every ``socket.*``
event Python raises — creating an AF_INET/AF_INET6 socket, connecting, binding, resolving a name
— so even code that bypasses the patched methods is caught.  Qt's local sockets (single instance)
are Unix-domain sockets and allowed.
"""

import datetime as dt
import importlib.util
import os
import re
import socket
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from masto_diary.cli import main
from masto_diary.exchange import export_to_file
from masto_diary.exchange.json_format import dumps
from masto_diary.services import children, entries
from masto_diary.storage import DIARY_FILENAME, open_diary
from masto_diary.storage.backups import list_backups, make_backup, restore_backup
from tests.exchange_samples import import_file, valid_document

INTERNET = {socket.AF_INET, socket.AF_INET6}
NAME_LOOKUPS = {
    "socket.getaddrinfo",
    "socket.gethostbyname",
    "socket.gethostbyaddr",
    "socket.getnameinfo",
}
PACKAGE = Path(__file__).resolve().parents[1] / "masto_diary"


class NetworkGuard:
    """Records internet socket activity while ``active``; an audit hook cannot be removed."""

    def __init__(self) -> None:
        self.active = False
        self.seen: list[str] = []

    def audit(self, event: str, args: tuple) -> None:
        if not self.active or not event.startswith("socket."):
            return
        if event == "socket.__new__" and len(args) > 1 and args[1] in INTERNET:
            self.seen.append(f"{event} family={args[1]!r}")
        elif event in {"socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg"}:
            if getattr(args[0], "family", None) in INTERNET:
                self.seen.append(f"{event} {args[1]!r}")
        elif event in NAME_LOOKUPS:
            self.seen.append(f"{event} {args[:2]!r}")


GUARD = NetworkGuard()
sys.addaudithook(GUARD.audit)


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[NetworkGuard]:
    """Fail the test if anything touched the network while it ran."""

    def refuse(name: str):
        original = getattr(socket.socket, name)

        def guarded(self, *args, **kwargs):
            if self.family in INTERNET:
                GUARD.seen.append(f"socket.{name} {args!r}")
                raise OSError(f"network access is forbidden in masto-diary ({name})")
            return original(self, *args, **kwargs)

        monkeypatch.setattr(socket.socket, name, guarded)

    for name in ("connect", "connect_ex", "bind", "sendto"):
        refuse(name)
    GUARD.seen.clear()
    GUARD.active = True
    try:
        yield GUARD
    finally:
        GUARD.active = False
    assert GUARD.seen == [], f"network activity: {GUARD.seen}"


def test_the_guard_notices_an_internet_socket(monkeypatch) -> None:
    """The guard itself works: an AF_INET socket (never connected) is recorded."""
    GUARD.seen.clear()
    GUARD.active = True
    try:
        probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        probe.close()
        local = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        local.close()
    finally:
        GUARD.active = False
    assert len(GUARD.seen) == 1 and "family=" in GUARD.seen[0]
    GUARD.seen.clear()


def test_no_module_of_the_app_imports_a_network_library() -> None:
    forbidden = re.compile(
        r"^\s*(?:import|from)\s+(socket|ssl|urllib|http|ftplib|smtplib|requests|httpx|aiohttp"
        r"|PySide6\.QtWebEngine\w*|PySide6\.QtNetworkAuth)\b",
        re.MULTILINE,
    )
    qt_network = re.compile(r"^\s*from\s+PySide6\.QtNetwork\s+import\s+(.+)$", re.MULTILINE)
    for path in PACKAGE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert not forbidden.search(text), f"{path} imports a network library"
        for names in qt_network.findall(text):  # only local (Unix-domain) sockets are allowed
            assert {n.strip() for n in names.split(",")} <= {"QLocalServer", "QLocalSocket"}, path


# --------------------------------------------------------------------------- a whole session


@pytest.fixture
def permissive_umask() -> Iterator[None]:
    """With umask 0 a file would be world-readable unless the code sets its mode itself."""
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


def test_a_full_gui_session_and_report_open_no_network_socket(
    qtbot, demo_diary, tmp_path, no_network, monkeypatch
) -> None:
    from PySide6.QtCore import QSettings

    from masto_diary.ui.dialogs.backups_dialog import BackupsDialog
    from masto_diary.ui.dialogs.export_dialog import ExportDialog
    from masto_diary.ui.dialogs.import_dialog import ImportDialog
    from masto_diary.ui.main_window import MainWindow
    from masto_diary.ui.single_instance import SingleInstance

    instance = SingleInstance(demo_diary.data_dir)
    assert instance.acquire() and instance.listen()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(demo_diary, settings)
    qtbot.addWidget(window)
    window.show()
    for key in window.page_keys():  # every page, charts included
        window.show_page(key)
        qtbot.wait(20)
    backups = BackupsDialog(demo_diary, window)
    qtbot.addWidget(backups)
    backups.back_up_now()
    assert backups.restore(backups.backups[0])
    for fmt in ("json", "csv", "fhir"):
        dialog = ExportDialog(demo_diary, window)
        qtbot.addWidget(dialog)
        dialog.format_box.setCurrentIndex(dialog.format_box.findData(fmt))
        monkeypatch.setattr(dialog, "ask_save_path", lambda fmt=fmt: tmp_path / f"out.{fmt}")
        dialog.export()
        assert (tmp_path / f"out.{fmt}").exists()
    importer = ImportDialog(demo_diary, window)
    qtbot.addWidget(importer)
    (tmp_path / "in.json").write_bytes(dumps(valid_document()))
    assert importer.load(tmp_path / "in.json") and importer.run_import()
    window.close()
    instance.release()
    demo_diary.close()
    _run_report_if_present(demo_diary.data_dir, tmp_path)
    for command in (["backup"], ["check"], ["export", "--format", "fhir", "-o", "x.json"]):
        args = [command[0], "--data-dir", str(demo_diary.data_dir), *command[1:]]
        if "-o" in args:
            args[-1] = str(tmp_path / args[-1])
        assert main(args) == 0


def _run_report_if_present(data_dir: Path, tmp_path: Path) -> None:
    """The clinic report (another part of the app) is written too, once it exists."""
    if importlib.util.find_spec("masto_diary.report.command") is None:
        return
    from masto_diary.report.command import run_report

    output = tmp_path / "report.pdf"
    assert run_report(data_dir, "Luca Rossi", None, None, output) == 0
    assert output.stat().st_size > 0


# --------------------------------------------------------------------------- file modes


def private(path: Path) -> None:
    kind = "folder" if path.is_dir() else "file"
    expected = 0o700 if path.is_dir() else 0o600
    assert stat.S_IMODE(path.stat().st_mode) == expected, f"{kind} {path} is not private"


def test_every_file_written_is_0600_and_every_folder_0700(
    permissive_umask, tmp_path, capsys
) -> None:
    from PySide6.QtCore import QCoreApplication

    from masto_diary.ui.single_instance import SingleInstance

    QCoreApplication.instance() or QCoreApplication([])
    data = tmp_path / "data"
    lock = SingleInstance(data)
    assert lock.acquire()
    with open_diary(data) as diary:
        kid = children.create_child(diary, "Anna", dt.date(2016, 5, 1))
        entries.save_entry(diary, kid.id, dt.date(2024, 3, 1), {"itching": 2})
        make_backup(diary.path, "manual")
        exports = tmp_path / "exports"
        exports.mkdir(mode=0o755)
        for fmt in ("json", "csv", "fhir"):
            export_to_file(diary, fmt, exports / f"diary.{fmt}")
        import_file(diary, dumps(valid_document()))
    assert main(["backup", "--data-dir", str(data), "-o", str(exports / "copy.sqlite3")]) == 0
    assert main(["export", "--data-dir", str(data), "-o", str(exports / "cli.json")]) == 0
    assert main(["import", str(exports / "cli.json"), "--new-diary", str(tmp_path / "new")]) == 0
    lock.release()
    newest = list_backups(data)[0].path
    (data / DIARY_FILENAME).write_bytes(b"not a diary any more")
    (data / DIARY_FILENAME).chmod(0o666)
    result = restore_backup(newest, data / DIARY_FILENAME)
    assert lock.acquire()  # the lock file too, while it exists
    capsys.readouterr()
    with open_diary(data, auto_backup=False) as diary:  # -wal and -shm exist while it is open
        entries.save_entry(diary, kid.id, dt.date(2024, 3, 2), {"itching": 1})
        written = [data, *data.rglob("*"), *exports.iterdir(), result.set_aside]
        written += [tmp_path / "new", *(tmp_path / "new").rglob("*")]
        names = {p.name for p in written}
        assert {"masto-diary.lock", f"{DIARY_FILENAME}-wal", "last-backup.json"} <= names
        for path in written:
            private(path)
    lock.release()
