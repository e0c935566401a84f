"""The real AT-SPI tree, as Orca sees it: every page of the demo diary walked with pyatspi.

The app runs under Xvfb with a private session bus (``dbus-run-session``) and the AT-SPI bus
(Debian's at-spi2-core); tests/ui/atspi/walker.py, run with the distribution's python3 and its
python3-pyatspi, opens each page with Ctrl+1 … Ctrl+0 (xdotool) and reports what it found.
``installer/dev.sh test`` installs all of it; elsewhere the test is skipped, and under CI
(``CI`` set) a missing tool is a failure, not a skip.
"""

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from masto_diary.services.symptom_scale import DEFAULT_SYMPTOMS
from tests.tools import in_ci, require_tool

WALKER = Path(__file__).parent / "atspi" / "walker.py"
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
PAGES = ("Overview", "Today", "History", "Episodes", "Injections", "Medications", "Labs")
PAGES += ("Visits", "Charts", "Report", "Growth")
# Qt marks the current item of an item view and the current tab of a tab bar "focused" whether
# or not they have the focus; item views now hold a current item only while focused
# (ui/focus_claims.py) and the Charts views are toggle buttons (ui/widgets/view_switcher.py).
ITEM_ROLES = ("list item", "table cell", "page tab")


def _require_the_walk() -> None:
    """Xvfb, the session bus and xdotool through tests.tools (skip here, fail in CI); the
    AT-SPI bus launcher and the system python's pyatspi the same way."""
    for tool in ("Xvfb", "dbus-run-session", "xdotool"):
        require_tool(tool)
    missing = [] if Path(BUS_LAUNCHER).exists() else ["at-spi2-core"]
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True)
    if probe.returncode != 0:
        missing.append("python3-pyatspi")
    if missing:
        message = f"the AT-SPI walk needs {', '.join(missing)} (installer/dev.sh installs it)"
        if in_ci():
            pytest.fail(message, pytrace=False)
        pytest.skip(message)


def _free_display() -> str:
    for number in range(150, 200):
        if (
            not Path(f"/tmp/.X11-unix/X{number}").exists()
            and not Path(f"/tmp/.X{number}-lock").exists()
        ):
            return f":{number}"
    raise RuntimeError("no free X display")


def _noon_now() -> str:
    """A POSIX time zone in which it is about noon now: before 04:00 the Today page shows
    yesterday (the diary's day rule), which the demo diary has filled in, so a walk at night
    would read other values than one by day."""
    hours_behind = dt.datetime.now(dt.UTC).hour - 12  # POSIX "UTC+5" is five hours behind
    return f"NOON{hours_behind:+d}"


@pytest.fixture(scope="module")
def tree(tmp_path_factory) -> dict[str, dict]:
    _require_the_walk()
    home = tmp_path_factory.mktemp("atspi-home")
    display = _free_display()
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"])
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DBUS_", "QT_", "AT_SPI")) and key != "DISPLAY"
    }
    env.update(
        DISPLAY=display,
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "share"),
        MASTO_DIARY_HOME=str(home / "data"),
        LANG="en_GB.UTF-8",
        LANGUAGE="en",
        TZ=_noon_now(),
    )
    try:
        walked = subprocess.run(
            ["dbus-run-session", "--", SYSTEM_PYTHON, str(WALKER)]
            + [sys.executable, "-m", "masto_diary", "--demo"],
            env=env, capture_output=True, text=True, timeout=400,
        )  # fmt: skip
    finally:
        xvfb.terminate()
        xvfb.wait(10)
    reports = [json.loads(line) for line in walked.stdout.splitlines() if line.startswith("{")]
    assert reports, walked.stderr[-3000:]
    return {report["title"]: report for report in reports}


def test_every_page_was_walked(tree):
    assert tuple(tree) == PAGES


@pytest.mark.parametrize("page", PAGES)
def test_no_focusable_object_on_screen_is_without_a_name(tree, page):
    assert tree[page]["unnamed"] == []


@pytest.mark.parametrize("page", PAGES)
def test_no_two_controls_claim_the_focus(tree, page):
    controls = [f["path"] for f in tree[page]["focused"] if f["role"] not in ITEM_ROLES]
    assert len(controls) <= 1, controls
    popups = [f["path"] for f in tree[page]["focused"] if "< combo box:" in f["path"]]
    assert popups == []  # a closed combo box's list says nothing


def test_each_symptom_row_is_named_by_its_symptom(tree):
    rows = tree["Today"]["rows"]
    assert [row["name"] for row in rows] == [s.label for s in DEFAULT_SYMPTOMS]
    for row in rows:
        assert row["labelled_by"] in ([], [row["name"]]), row  # no heading read instead
        assert row["description"] == "not recorded."  # the score, as the buttons show it
    focused = [f["name"] for f in tree["Today"]["focused"] if f["role"] not in ITEM_ROLES]
    assert focused == ["Itching"]  # Today opens on the first symptom, and Orca says so


def test_no_item_claims_the_focus_beside_the_control(tree):
    """An item may say it is focused only as the current item of the view that has the focus
    (the Overview opens with the keyboard on its children table: Orca reads the child's
    cell); an item of any other view is a second focused object."""
    for page in PAGES:
        controls = [f for f in tree[page]["focused"] if f["role"] not in ITEM_ROLES]
        items = [f["path"] for f in tree[page]["focused"] if f["role"] in ITEM_ROLES]
        of_the_control = [
            path
            for path in items
            if controls and path.split(" < ", 1)[1].startswith(controls[0]["path"].split(" < ")[0])
        ]
        assert len(of_the_control) <= 1 and items == of_the_control, (page, items, controls)
