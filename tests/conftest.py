"""Shared fixtures: every test gets its own data dir, settings and diary on real SQLite files.

Nothing here mocks the database: ``diary`` is a real file in a temp dir, ``demo_diary`` a real
copy of the demo diary (written once per test session, copied per test).
"""

import os
import shutil
import sys
import threading
import traceback
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from masto_diary.storage import DIARY_FILENAME, Diary, open_diary  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def compiled_translations() -> None:
    """The .qm files are build products (not in git): compile them when missing or stale."""
    import importlib.util

    script = Path(__file__).resolve().parents[1] / "resources" / "i18n" / "build_translations.py"
    spec = importlib.util.spec_from_file_location("build_translations", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.build_if_stale()


_ESCAPED: list[str] = []


def _thread_failed(args: threading.ExceptHookArgs) -> None:
    name = args.thread.name if args.thread is not None else "?"
    told = "".join(traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback))
    _ESCAPED.append(f"an exception in thread {name!r}:\n{told}")


def _unraisable(args) -> None:
    told = "".join(traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback))
    _ESCAPED.append(f"an unraisable exception ({args.err_msg}, {args.object!r}):\n{told}")


@pytest.fixture(autouse=True)
def no_exception_escapes():
    """Any exception in any thread (or in a finaliser, where Python can only print it) fails
    the test during which it happened: an import racing the main thread on a warm-up thread
    once printed a traceback in most launches, and no test noticed."""
    hooks = threading.excepthook, sys.unraisablehook
    threading.excepthook, sys.unraisablehook = _thread_failed, _unraisable
    _ESCAPED.clear()
    try:
        yield
    finally:
        threading.excepthook, sys.unraisablehook = hooks
    if _ESCAPED:
        escaped = "\n".join(_ESCAPED)
        _ESCAPED.clear()
        pytest.fail(escaped, pytrace=False)


@pytest.fixture(autouse=True)
def private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the data dir and Qt's settings at a temp dir so no test touches the real ones."""
    home = tmp_path / "home"
    monkeypatch.setenv("MASTO_DIARY_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "share"))
    monkeypatch.setenv("HOME", str(home))
    return home


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "diary-data"


@pytest.fixture
def diary(data_dir: Path):
    """A fresh empty diary file."""
    opened = open_diary(data_dir)
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo diary, written once per test session."""
    from masto_diary.demo import write_demo_diary

    folder = tmp_path_factory.mktemp("demo-template")
    with open_diary(folder) as template:
        write_demo_diary(template)
    return folder / DIARY_FILENAME


@pytest.fixture
def demo_diary(demo_template: Path, data_dir: Path) -> Diary:
    """A private copy of the demo diary, so a test may change it freely."""
    data_dir.mkdir(mode=0o700, parents=True)
    target = data_dir / DIARY_FILENAME
    shutil.copyfile(demo_template, target)
    target.chmod(0o600)
    opened = open_diary(data_dir)
    yield opened
    opened.close()
