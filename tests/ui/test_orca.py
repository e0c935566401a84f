"""What Orca says: the real screen reader listens while the app is driven with keys.

One journey of a blind parent on a demo diary whose Luca has an overdue dose: the overdue
dose is spoken when the window opens, the evening entry is scored and saved (Ctrl+S is said
back), a lab value "abc" is refused and the refusal is said with its field, and the PDF report
is written and its file and folder are said. tests/ui/orca/session.py runs Xvfb, a session
bus, the AT-SPI bus and Orca 43 with its debug output; ``installer/dev.sh test`` installs them
(A11Y_PACKAGES), elsewhere the test is skipped, and under CI a missing tool fails it.
docs/accessibility.md says how to run it by hand and read what Orca said.
"""

import configparser
import datetime as dt
import sys
from pathlib import Path

import pytest

from tests.tools import in_ci, require_tool
from tests.ui.orca.session import BUS_LAUNCHER, OrcaSession, clean_environment

pytestmark = pytest.mark.orca
TITLE = "Mastocytosis diary"


def _require_orca() -> None:
    for tool in ("Xvfb", "dbus-daemon", "xdotool", "orca"):
        require_tool(tool)
    missing = [] if Path(BUS_LAUNCHER).exists() else ["at-spi2-core"]
    if missing:
        message = f"the Orca test needs {', '.join(missing)} (installer/dev.sh installs it)"
        if in_ci():
            pytest.fail(message, pytrace=False)
        pytest.skip(message)


def _noon_now() -> str:
    """A POSIX time zone in which it is about noon now (before 04:00 Today shows yesterday)."""
    return f"NOON{dt.datetime.now(dt.UTC).hour - 12:+d}"


def _overdue_demo(folder: Path) -> str:
    """The demo diary with Luca's two last doses removed: his next dose is overdue."""
    from masto_diary.services import injections, overview
    from masto_diary.storage import open_diary
    from masto_diary.ui.demo_session import write_demo

    write_demo(folder)
    with open_diary(folder, auto_backup=False) as diary:
        luca = next(s for s in overview.child_summaries(diary) if s.name == "Luca Rossi")
        for dose in injections.list_injections(diary, luca.child_id)[-2:]:
            injections.delete_injection(diary, dose.id)
        assert overview.child_summaries(diary)[1].injection.overdue
        return str(luca.child_id)


def _settings(home: Path, child: str) -> None:
    """Luca chosen, the evening-reminder question already answered."""
    config = configparser.ConfigParser()
    config.optionxform = str
    config["window"] = {"child": child, "page": "overview"}
    config["reminders"] = {"offered": "true"}
    folder = home / "config" / "masto-diary"
    folder.mkdir(parents=True)
    with (folder / "masto-diary.conf").open("w") as file:
        config.write(file)


@pytest.fixture(scope="module")
def orca(tmp_path_factory):
    _require_orca()
    home = tmp_path_factory.mktemp("orca-home")
    data = home / "data"
    data.mkdir(mode=0o700)
    (home / "Documents").mkdir()
    env = clean_environment(home, TZ=_noon_now())
    env["TZ"] = _noon_now()
    import os

    previous_tz = os.environ.get("TZ")
    os.environ["TZ"] = env["TZ"]
    try:
        child = _overdue_demo(data)
    finally:
        if previous_tz is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = previous_tz
    _settings(home, child)
    session = OrcaSession(home, env)
    try:
        session.start([sys.executable, "-m", "masto_diary", "--data-dir", str(data)], TITLE)
        yield session
    finally:
        session.close()
        print("Orca said:", session.said())


def test_the_overdue_dose_is_spoken_when_the_window_opens(orca):
    orca.wait_for(r"Luca Rossi.*OVERDUE by \d+ days", step="when the window opened")


def test_the_evening_entry_and_its_save_are_spoken(orca):
    orca.focus_window()
    orca.key("ctrl+2")  # Go ▸ Today: the focus on the first symptom, then where it is
    orca.wait_for(r"Itching", step="on the first symptom")
    day = dt.date.today().strftime("%-d %B %Y")
    orca.wait_for(rf"Today, Luca Rossi, \w+, {day}, today", step="after Ctrl+2 (page, child, day)")
    orca.key("2")  # score it, the focus goes on to the next symptom
    orca.wait_for(r"Flushing", step="after the score 2 (the next symptom)")
    orca.key("ctrl+s")
    orca.wait_for(r"Saved at \d\d:\d\d", step="after Ctrl+S")


def test_a_refused_lab_value_is_spoken_with_its_field(orca):
    orca.key("ctrl+7")  # Go ▸ Labs
    orca.wait_for(r"Labs", step="after Ctrl+7")
    orca.key("ctrl+n")
    orca.wait_for(r"lab result", step="when the dialog opened")
    orca.key("alt+v")
    orca.wait_for(r"Value", step="after Alt+V (the value field)")
    orca.type("abc")
    orca.wait_for(r"Value: .abc. is not a number", step="after typing abc")
    orca.key("Escape")  # the dialog closes: the next step starts from the window


def test_the_written_report_is_spoken_with_its_folder(orca):
    orca.focus_window()
    orca.key("ctrl+0")  # Go ▸ Report
    orca.wait_for(r"Report", step="after Ctrl+0")
    orca.key("alt+s")
    orca.wait_for(r"Save the report as PDF", step="the file dialog")
    orca.key("Return")
    orca.wait_for(r"report-Luca-Rossi.*Documents", timeout=60, step="after the PDF was written")


def test_wellbeing_and_a_date_field_are_said_with_their_label_and_value(orca):
    """Before: "Wellbeing (0–10): not recorded spin button." and a date field's sections only
    ("07 unselected", "Text unselected", "/"); the whole date was never said."""
    orca.focus_window()
    orca.key("ctrl+2")
    orca.wait_for(r"Today, Luca Rossi", step="after Ctrl+2")
    orca.press_until("alt+w", r"^Wellbeing: not recorded spin button", step="after Alt+W")
    orca.key(*["Up"] * 8)  # from "not recorded" to 7
    orca.wait_for(r"^7 of 10$", step="after eight times Up")
    orca.key("ctrl+s")  # saved: moving to another day asks nothing
    orca.wait_for(r"Saved at", step="after Ctrl+S")
    orca.press_until("alt+d", r"^Go to day: [\d/]+ spin button", step="after Alt+D")
    today = dt.date.today()
    orca.wait_for(rf"^{today:%A, %-d %B %Y}", step="after Alt+D (the date in words)")
    orca.key("Down")
    yesterday = today - dt.timedelta(days=1)
    orca.wait_for(rf"^{yesterday:%A, %-d %B %Y}", step="after Down (the new date in words)")
