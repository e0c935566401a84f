"""Keys typed before a dialog has shown go to it, in order: real keystrokes (xdotool) at 20 ms
each into the real app under Xvfb (X11).

Measured on the previous main: after Ctrl+E the first key (Tab) reached the main window while
the dialog was opening and Qt dropped it, so "a" (Afternoon) chose the Anaphylaxis kind and
every later key landed one field early.  masto_diary/ui/type_ahead.py holds such keys and
gives them to the dialog once it has the keyboard.
"""

import datetime as dt
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.tools import require_tool

KEYS_AFTER_CTRL_E = ["Tab", "a", "Tab", "4", "Tab", "m", "alt+r", "h", "e", "space", "Return"]


def _free_display() -> str:
    for number in range(200, 260):
        if (
            not Path(f"/tmp/.X11-unix/X{number}").exists()
            and not Path(f"/tmp/.X{number}-lock").exists()
        ):
            return f":{number}"
    raise RuntimeError("no free X display")


def _nine_pm_zone() -> str:
    """A POSIX zone in which it is 21:xx now: the afternoon has passed, the diary day is today."""
    behind = dt.datetime.now(dt.UTC).hour - 21
    return f"NINEPM{behind:+d}"


def _xdotool(env: dict, *args: str) -> str:
    return subprocess.run(
        ["xdotool", *args], env=env, capture_output=True, text=True, timeout=60, check=True
    ).stdout.strip()


def _episodes(data: Path) -> list[tuple]:
    connection = sqlite3.connect(data / "diary.sqlite3")
    try:
        return connection.execute(
            "SELECT e.id, e.kind, e.severity, e.started_at, e.ended_at, "
            "(SELECT group_concat(t.label) FROM episode_trigger et JOIN trigger t "
            " ON t.id = et.trigger_id WHERE et.episode_id = e.id) FROM episode e ORDER BY e.id"
        ).fetchall()
    finally:
        connection.close()


@pytest.fixture
def app_on_x(tmp_path):
    """The real app on the demo diary, on a private Xvfb, its window focused."""
    require_tool("Xvfb")
    require_tool("xdotool")
    data = tmp_path / "data"
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_") and k != "DISPLAY"}
    env.update(
        DISPLAY=_free_display(),
        HOME=str(tmp_path),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "share"),
        LANG="en_GB.UTF-8",
        LANGUAGE="en",
        TZ=_nine_pm_zone(),
    )
    demo = [sys.executable, "-m", "masto_diary", "demo", "--data-dir", str(data)]
    subprocess.run(demo, env=env, check=True, capture_output=True, timeout=120)
    screen = [env["DISPLAY"], "-screen", "0", "1280x800x24", "-nolisten", "tcp"]
    xvfb = subprocess.Popen(["Xvfb", *screen], stderr=subprocess.DEVNULL)
    app = None
    try:
        for _ in range(100):
            if Path(f"/tmp/.X11-unix/X{env['DISPLAY'][1:]}").exists():
                break
            time.sleep(0.05)
        app = subprocess.Popen(
            [sys.executable, "-m", "masto_diary", "--data-dir", str(data)],
            env=env,
            stderr=subprocess.PIPE,
            text=True,
        )
        found = ["search", "--sync", "--onlyvisible", "--name", "Mastocytosis diary"]
        window = _xdotool(env, *found).split()[0]
        time.sleep(2)  # the first frame and what follows it
        _xdotool(env, "windowfocus", window)
        time.sleep(0.5)
        yield env, data
    finally:
        if app is not None:
            app.terminate()
            app.wait(30)
        xvfb.terminate()
        xvfb.wait(10)


@pytest.mark.slow
def test_the_episode_keys_typed_right_after_ctrl_e_land_in_the_dialog(app_on_x):
    env, data = app_on_x
    before = _episodes(data)
    _xdotool(env, "key", "ctrl+2")  # Today
    time.sleep(1)
    _xdotool(env, "key", "--delay", "20", "ctrl+e", *KEYS_AFTER_CTRL_E)
    deadline = time.monotonic() + 10
    while len(_episodes(data)) == len(before) and time.monotonic() < deadline:
        time.sleep(0.1)
    new = _episodes(data)[len(before) :]
    assert len(new) == 1, f"no episode was saved from the keys: {new}"
    _id, kind, severity, started, ended, triggers = new[0]
    assert (kind, severity, triggers) == ("flush", "moderate", "heat")
    started_at, ended_at = dt.datetime.fromisoformat(started), dt.datetime.fromisoformat(ended)
    assert ended_at - started_at == dt.timedelta(minutes=45)
