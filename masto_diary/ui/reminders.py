"""Reminders while the app runs: the next injection, and the evening entry not written yet.

There is no background service: nothing runs behind the family's back.  A
:class:`ReminderCenter` owned by the main window checks once a minute (a ``QTimer``) and after
every save, and shows what is due in a banner at the top of the window and, where the desktop
has a system tray, as a tray message (once per reminder and day).  To be reminded without
opening the app, the parent can let it start minimised at login (Settings ▸ Start at login):
:func:`set_autostart` writes an XDG autostart entry on Linux and a ``Run`` registry value on
Windows.

* **Injection**: the day before the next dose is due and on the day itself, for every child
  with a current treatment plan; an overdue dose keeps its banner (in words, not only red)
  until it is recorded, because the benefit of omalizumab wears off when a dose is late.
* **Evening entry** (off until chosen; the first evening asks once, see
  :mod:`masto_diary.ui.reminder_offer`): from the time the parent set, when a child has no entry
  for the diary day (after midnight that is still the evening before, as on the Today page).

The rules are in :func:`due_reminders`, a plain function of the time, the child summaries and
"is there an entry for that day", so tests drive them with any clock.
"""

import datetime as dt
import os
import shlex
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from masto_diary.resources import APP_ID
from masto_diary.services import entries, overview
from masto_diary.services.overview import ChildSummary
from masto_diary.ui.colours import is_dark, readable
from masto_diary.ui.formatting import short_date
from masto_diary.ui.reminder_offer import ReminderOffer
from masto_diary.ui.widgets.announce import announce
from masto_diary.words.sentence import fill_in

INJECTIONS_KEY = "reminders/injections"  # bool, default on
EVENING_KEY = "reminders/evening"  # "HH:MM", or "" for off (the default)
DISMISSED_KEY = "reminders/dismissed"  # keys of banners the parent closed (they hold the day)
AUTOSTART_KEY = "startup/at_login"
CHECK_INTERVAL_MS = 60_000
DEFAULT_EVENING_TIME = dt.time(20, 0)
BANNER_COLOUR = "#fff4ce"  # a calm yellow; the words carry the meaning, not the colour
BANNER_TEXT = "#3d2e00"
BANNER_DARK = "#3b3417"  # the same yellow, dimmed for a dark desktop theme
BANNER_DARK_TEXT = "#f3e6b3"
OVERDUE_TEXT = "#b3261e"


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("ReminderCenter", text, None, n)


def local_now() -> dt.datetime:
    return dt.datetime.now().astimezone()


# --------------------------------------------------------------------------- settings


@dataclass(frozen=True)
class ReminderSettings:
    """What the parent chose in Settings: injection reminders on/off, an evening time or off."""

    injections: bool = True
    evening: dt.time | None = None

    @classmethod
    def load(cls, settings: QSettings) -> "ReminderSettings":
        injections = settings.value(INJECTIONS_KEY, True)
        if isinstance(injections, str):  # INI files give strings back
            injections = injections.lower() not in ("false", "0", "")
        return cls(bool(injections), parse_time(str(settings.value(EVENING_KEY, "") or "")))

    def save(self, settings: QSettings) -> None:
        settings.setValue(INJECTIONS_KEY, self.injections)
        settings.setValue(EVENING_KEY, self.evening.strftime("%H:%M") if self.evening else "")


def parse_time(text: str) -> dt.time | None:
    """ "20:30" → 20:30; anything else (the empty string included) → None, i.e. off."""
    try:
        return dt.datetime.strptime(text.strip(), "%H:%M").time()
    except ValueError:
        return None


# --------------------------------------------------------------------------- rules


@dataclass(frozen=True)
class Reminder:
    """One thing to remind of; ``key`` names it for a day, so closing it lasts that day."""

    key: str
    kind: str  # injection-tomorrow, injection-today, injection-overdue, evening
    child_id: int
    text: str
    page: str  # where its button leads: "injections" or "today"
    day: dt.date

    @property
    def urgent(self) -> bool:
        return self.kind == "injection-overdue"


def due_reminders(
    now: dt.datetime,
    summaries: list[ChildSummary],
    chosen: ReminderSettings,
    has_entry: Callable[[int, dt.date], bool],
) -> list[Reminder]:
    """What to remind of at ``now`` (local wall-clock time), children in the overview's order."""
    today = now.date()
    found: list[Reminder] = []
    for child in summaries:
        if child.archived:
            continue
        reminder = injection_reminder(child, today) if chosen.injections else None
        if reminder is not None:
            found.append(reminder)
        if chosen.evening is not None:
            day = entries.diary_day(now)
            evening_at = dt.datetime.combine(day, chosen.evening, tzinfo=now.tzinfo)
            if now >= evening_at and not has_entry(child.child_id, day):
                found.append(
                    Reminder(
                        f"evening:{child.child_id}:{day.isoformat()}:{today.isoformat()}",
                        "evening",
                        child.child_id,
                        _evening_text(child.name, day, today),
                        "today",
                        day,
                    )
                )
    return found


def injection_reminder(child: ChildSummary, today: dt.date) -> Reminder | None:
    """The day before, the day of, and every day a dose is overdue; else nothing."""
    status = child.injection
    due = status.next_due
    if due is None:
        return None
    days = (due - today).days
    if status.overdue:
        kind = "injection-overdue"
        text = fill_in(
            _tr(
                "%1: the injection is OVERDUE by %n day(s); it was due on %2.",
                n=status.overdue_days,
            ),
            child.name,
            short_date(due),
        )
    elif days == 0:
        kind = "injection-today"
        text = fill_in(_tr("%1: the injection is due today."), child.name)
    elif days == 1:
        kind = "injection-tomorrow"
        text = fill_in(
            _tr("%1: the next injection is due tomorrow, %2."), child.name, short_date(due)
        )
    else:
        return None
    return Reminder(
        f"{kind}:{child.child_id}:{due.isoformat()}:{today.isoformat()}",
        kind,
        child.child_id,
        text,
        "injections",
        today,
    )


def _evening_text(name: str, day: dt.date, today: dt.date) -> str:
    if day == today:
        return fill_in(_tr("%1: today's diary entry is not written yet."), name)
    return fill_in(_tr("%1: the diary entry for %2 is not written yet."), name, short_date(day))


# --------------------------------------------------------------------------- banner


class ReminderBanner(QFrame):
    """The strip at the top of the main window: one line per reminder, each with two buttons."""

    open_requested = Signal(object)  # Reminder
    dismissed = Signal(str)  # key

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reminderBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Reminders"))
        dark = is_dark()
        background, text = (BANNER_DARK, BANNER_DARK_TEXT) if dark else (BANNER_COLOUR, BANNER_TEXT)
        urgent = readable(OVERDUE_TEXT, QColor(background)).name()
        self.setStyleSheet(
            f"QFrame#reminderBanner {{ background: {background}; border: 1px solid #b89b3c; }}"
            f" QFrame#reminderBanner QLabel {{ color: {text}; }}"
            f' QFrame#reminderBanner QLabel[urgent="true"] {{ color: {urgent};'
            " font-weight: bold; }"
        )
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 4, 8, 4)
        self._layout.setSpacing(2)
        self.reminders: list[Reminder] = []
        self.hide()

    def set_reminders(self, reminders: list[Reminder]) -> None:
        if [r.key for r in reminders] == [r.key for r in self.reminders]:
            return
        self.reminders = list(reminders)
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.setParent(None)  # gone from the Tab order at once
                widget.deleteLater()
        for reminder in reminders:
            self._layout.addWidget(self._row(reminder))
        self.setVisible(bool(reminders))

    def _row(self, reminder: Reminder) -> QWidget:
        row = QWidget(objectName=f"reminderRow-{reminder.kind}")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        prefix = "⚠ " if reminder.urgent else ""  # a sign that every font has
        text = QLabel(prefix + reminder.text, objectName="reminderText")
        text.setWordWrap(True)
        text.setProperty("urgent", reminder.urgent)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if reminder.page == "injections":
            open_text = self.tr("Record the injection…")
        else:
            open_text = self.tr("Write the entry…")
        open_button = QPushButton(open_text, objectName="reminderOpenButton")
        open_button.setAccessibleName(f"{open_text.rstrip('…')}: {reminder.text}")
        open_button.clicked.connect(lambda: self.open_requested.emit(reminder))
        close_button = QPushButton(self.tr("Dismiss"), objectName="reminderDismissButton")
        close_button.setAccessibleName(fill_in(self.tr("Dismiss the reminder: %1"), reminder.text))
        close_button.setToolTip(self.tr("Hide this reminder until tomorrow"))
        close_button.clicked.connect(lambda: self.dismissed.emit(reminder.key))
        layout.addWidget(text, 1)
        layout.addWidget(open_button)
        layout.addWidget(close_button)
        return row


# --------------------------------------------------------------------------- centre


class ReminderCenter(QObject):
    """Checks the reminders every minute while the app runs and shows them (banner, tray)."""

    notified = Signal(str, str)  # title, message: each reminder once (tray message, tests)

    def __init__(
        self,
        window,
        diary,
        settings: QSettings | None = None,
        clock: Callable[[], dt.datetime] | None = None,
        tray: bool | None = None,
    ):
        super().__init__(window)
        self.window = window
        self.diary = diary
        self.settings = settings or QSettings()
        self.clock = clock or local_now
        self.chosen = ReminderSettings.load(self.settings)
        self._notified: set[str] = set()
        self.current: list[Reminder] = []
        self.banner = ReminderBanner()
        self.banner.open_requested.connect(self.open_reminder)
        self.banner.dismissed.connect(self.dismiss)
        clock = DEFAULT_EVENING_TIME.strftime("%H:%M")
        self.offer = ReminderOffer(self.settings, clock, autostart_supported())
        self.offer.chosen.connect(self.offer_answered)
        _put_above_central_widget(window, self.offer, self.banner)
        self.tray_available = QSystemTrayIcon.isSystemTrayAvailable() if tray is None else tray
        self.tray: QSystemTrayIcon | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        if hasattr(window, "data_changed"):
            window.data_changed.connect(self.check)  # a saved entry or dose clears its reminder
        if hasattr(window, "child_changed"):
            window.child_changed.connect(self.check)  # the first child: time to ask

    def start(self) -> None:
        self.check()
        self.timer.start()

    def offer_answered(self, yes: bool) -> None:
        """The first evening's question: yes turns on the evening reminder (and the injection
        reminders) and lets the diary start minimised at login, where the system allows it."""
        if yes:
            chosen = ReminderSettings.load(self.settings)
            ReminderSettings(True, chosen.evening or DEFAULT_EVENING_TIME).save(self.settings)
            if autostart_supported():
                self.settings.setValue(AUTOSTART_KEY, True)
                set_autostart(True, getattr(self.diary, "data_dir", None))
            self.settings.sync()
        self.apply_settings()

    def apply_settings(self) -> None:
        """Settings changed: read them again and check at once."""
        self.chosen = ReminderSettings.load(self.settings)
        self.check()

    # ----------------------------------------------------------------- checking

    def check(self) -> list[Reminder]:
        now = self.clock()
        summaries = overview.child_summaries(self.diary, now.date())
        self.offer.ask_if_due(bool(summaries))
        found = due_reminders(now, summaries, self.chosen, self._has_entry)
        dismissed = self._dismissed(now.date())
        self.current = [r for r in found if r.key not in dismissed]
        self.banner.set_reminders(self.current)
        self._tab_first()
        new = [r for r in self.current if r.key not in self._notified]
        for reminder in new:
            self._notified.add(reminder.key)
            self.notify(reminder)
        if new:  # said once, when the window opens or when it becomes due
            announce(self.window, " ".join(("⚠ " if r.urgent else "") + r.text for r in new))
        return self.current

    def _tab_first(self) -> None:
        """The reminders' buttons are the window's first Tab stops after the child switcher:
        what is urgent is reached first, not after every control of the page."""
        buttons = self.banner.findChildren(QPushButton)
        first = getattr(self.window, "child_switcher", None)
        if not buttons or first is None:
            return
        chain = [first, *buttons, getattr(self.window, "navigation", None)]
        for before, after in zip(chain, chain[1:], strict=False):
            if before is not None and after is not None:
                QWidget.setTabOrder(before, after)

    def _has_entry(self, child_id: int, day: dt.date) -> bool:
        return entries.read_day(self.diary, child_id, day) is not None

    def notify(self, reminder: Reminder) -> None:
        title = QCoreApplication.translate("app", "Mastocytosis diary")
        self.notified.emit(title, reminder.text)
        if self.tray_available:
            tray = self._tray()
            icon = (
                QSystemTrayIcon.MessageIcon.Warning
                if reminder.urgent
                else QSystemTrayIcon.MessageIcon.Information
            )
            tray.showMessage(title, reminder.text, icon, 30_000)

    # ----------------------------------------------------------------- dismissing

    def _dismissed(self, today: dt.date) -> set[str]:
        stored = self.settings.value(DISMISSED_KEY, []) or []
        keys = [stored] if isinstance(stored, str) else list(stored)
        # a key ends with the day it was shown: keep today's only, so the list never grows
        return {k for k in keys if k.endswith(today.isoformat())}

    def dismiss(self, key: str) -> None:
        today = self.clock().date()
        kept = sorted(self._dismissed(today) | {key})
        self.settings.setValue(DISMISSED_KEY, kept)
        self.check()

    def open_reminder(self, reminder: Reminder) -> None:
        """The banner's button: that child's Injections page, or Today on the missing day."""
        self.show_window()
        self.window.select_child(reminder.child_id)
        if reminder.page == "today":
            self.window.navigate("today", reminder.day)
        else:
            self.window.navigate("injections")

    # ----------------------------------------------------------------- tray

    def _tray(self) -> QSystemTrayIcon:
        if self.tray is None:
            app = QApplication.instance()
            self.tray = QSystemTrayIcon(app.windowIcon(), self)
            self.tray.setObjectName("reminderTray")
            self.tray.setToolTip(QCoreApplication.translate("app", "Mastocytosis diary"))
            menu = QMenu()
            open_action = QAction(self.tr("&Open the diary"), menu)
            open_action.triggered.connect(self.show_window)
            quit_action = QAction(self.tr("&Quit"), menu)
            quit_action.triggered.connect(self.quit)
            menu.addAction(open_action)
            menu.addAction(quit_action)
            self._tray_menu = menu  # QSystemTrayIcon does not take ownership of its menu
            self.tray.setContextMenu(menu)
            self.tray.activated.connect(self._tray_activated)
            self.tray.messageClicked.connect(self.show_window)
            self.tray.show()
        return self.tray

    def _tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.show_window()

    def hide_to_tray(self) -> None:
        """Started at login: out of the way in the tray, or minimised where there is none."""
        if self.tray_available:
            self._tray()
            self.window.hide()
        else:
            self.window.showMinimized()

    def quit(self) -> None:
        """The tray's Quit: close the window the usual way (it may ask about unsaved changes)."""
        if self.window.close():
            QApplication.quit()

    def show_window(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()


def _put_above_central_widget(window, *banners: QWidget) -> None:
    """Wrap the window's central widget so the banners sit above the navigation and pages.

    The reminders start after the window's first frame (ui/app.py), when the parent may
    already be typing: the widget that has the keyboard keeps it (taking the central widget
    out hides it, and Qt would move the focus elsewhere)."""
    focused = QApplication.focusWidget()
    central = window.takeCentralWidget()
    wrapper = QWidget(objectName="centralWithBanner")
    layout = QVBoxLayout(wrapper)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    for banner in banners:
        layout.addWidget(banner)
    if central is not None:
        layout.addWidget(central, 1)
        central.show()
    window.setCentralWidget(wrapper)
    wrapper.show()  # the window may be on screen already; new children start hidden
    if focused is not None and central is not None and central.isAncestorOf(focused):
        focused.setFocus(Qt.FocusReason.OtherFocusReason)


# --------------------------------------------------------------------------- autostart


def autostart_file() -> Path:
    """``$XDG_CONFIG_HOME/autostart/<app id>.desktop`` (freedesktop.org Desktop Application
    Autostart Specification); ``~/.config`` when the variable is not set."""
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "autostart" / f"{APP_ID}.desktop"


def launch_command(data_dir: Path | None = None) -> list[str]:
    """How to start this very installation again: the bundle, the installed script, or python.

    A diary outside the default data folder is passed with ``--data-dir`` so the right one opens.
    """
    if getattr(sys, "frozen", False):  # the PyInstaller bundle
        command = [sys.executable]
    elif script := shutil.which("masto-diary"):
        command = [script]
    else:
        command = [sys.executable, "-m", "masto_diary"]
    if data_dir is not None:
        from masto_diary.storage import resolve_data_dir

        if Path(data_dir).resolve() != Path(resolve_data_dir(None)).resolve():
            command += ["--data-dir", str(data_dir)]
    return command + ["--minimized"]


def desktop_entry(command: list[str]) -> str:
    """The autostart ``.desktop`` file; Exec quoted per the Desktop Entry Specification."""
    exec_line = " ".join(_desktop_quote(part) for part in command)
    name = QCoreApplication.translate("app", "Mastocytosis diary")
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={name}\n"
        f"Exec={exec_line}\n"
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def _desktop_quote(argument: str) -> str:
    if argument and all(c.isalnum() or c in "-_./=:+," for c in argument):
        return argument
    escaped = argument.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`")
    escaped = escaped.replace("$", "\\$")
    return f'"{escaped}"'


WINDOWS_RUN_KEY = r"HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\Run"


def autostart_supported() -> bool:
    return sys.platform.startswith("linux") or sys.platform == "win32"


def autostart_enabled() -> bool:
    if sys.platform == "win32":
        return QSettings(WINDOWS_RUN_KEY, QSettings.Format.NativeFormat).contains("masto-diary")
    return autostart_file().is_file()


def set_autostart(enabled: bool, data_dir: Path | None = None) -> Path | None:
    """Start minimised at login, or not; returns the file written (Linux).

    Linux: an XDG autostart entry.  Windows: a value under the user's ``Run`` registry key
    (what the Startup folder would do too, without a shortcut file).  macOS: not offered; the
    parent adds the app in System Settings ▸ General ▸ Login Items (installer/README.md).
    """
    command = launch_command(data_dir)
    if sys.platform == "win32":
        registry = QSettings(WINDOWS_RUN_KEY, QSettings.Format.NativeFormat)
        if enabled:
            registry.setValue("masto-diary", windows_command_line(command))
        else:
            registry.remove("masto-diary")
        return None
    path = autostart_file()
    if not enabled:
        path.unlink(missing_ok=True)
        return None
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(desktop_entry(command), encoding="utf-8")
    return path


def windows_command_line(command: list[str]) -> str:
    """A command line for Windows (``Run`` values are parsed like a command prompt line)."""
    if sys.platform == "win32":
        import subprocess

        return subprocess.list2cmdline(command)
    return shlex.join(command)
