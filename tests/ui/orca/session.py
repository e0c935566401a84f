"""Orca, the real screen reader, listening to the real app: what a blind parent hears.

A private X display (Xvfb), a private session bus (``dbus-daemon``), the AT-SPI bus, Orca 43
(Debian 12's) with its debug output in a file and no speech synthesizer (the debug file still
records every ``SPEECH OUTPUT`` line Orca would have spoken), then the app, driven with keys
through xdotool as a parent would type them. :meth:`OrcaSession.wait_for` waits for an
utterance (it never sleeps a fixed time), and a failure quotes everything Orca said.

Used by tests/ui/test_orca.py; docs/accessibility.md says how to run it by hand.
"""

import os
import re
import subprocess
import time
from collections.abc import Sequence
from pathlib import Path

BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
SYSTEM_PYTHON = "/usr/bin/python3"  # Orca is a Debian package of the system's python
RUN_ORCA = Path(__file__).with_name("run_orca.py")
SPOKEN = re.compile(r"SPEECH OUTPUT: '(.*)'(?: voice=\w+)? ?\{")
ORCA_LISTENS = "registering listener for: window:destroy"  # Orca's last step before it hears
KEYS_DELAY_MS = "40"


class OrcaSilentError(AssertionError):
    """Orca did not say what was awaited; the message quotes what it said."""


def free_display(first: int = 200) -> str:
    for number in range(first, first + 60):
        if (
            not Path(f"/tmp/.X11-unix/X{number}").exists()
            and not Path(f"/tmp/.X{number}-lock").exists()
        ):
            return f":{number}"
    raise RuntimeError("no free X display")


class OrcaSession:
    """Start with :meth:`start`, end with :meth:`close` (also after a failure)."""

    def __init__(self, home: Path, env: dict[str, str]):
        self.home = home
        self.debug_file = home / "orca-debug.out"
        self.app_log = home / "app-stderr.txt"
        self.orca_log = home / "orca-stderr.txt"
        self.env = env
        self.processes: list[subprocess.Popen] = []
        self.app: subprocess.Popen | None = None
        self.window = ""
        self.heard = 0  # utterances before this index were already consumed

    # ----------------------------------------------------------------- start and stop

    def start(self, app_command: Sequence[str], title: str, timeout: float = 60) -> None:
        display = free_display()
        self._spawn(["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"])
        self.env["DISPLAY"] = display
        self._wait(lambda: Path(f"/tmp/.X11-unix/X{display[1:]}").exists(), 20, "Xvfb")
        bus = self._spawn(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE,
        )
        self.env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().decode().strip()
        self._spawn([BUS_LAUNCHER, "--launch-immediately"])
        self._wait(self._accessibility_bus_up, 20, "the AT-SPI bus")
        orca = [SYSTEM_PYTHON, str(RUN_ORCA), "--debug-file", str(self.debug_file)]
        orca += ["-u", str(self.home / "orca")]
        self._spawn([*orca, "-d", "braille"], stderr=self.orca_log.open("w"))
        self._wait(lambda: ORCA_LISTENS in self._debug_text(), timeout, "Orca to listen")
        app_env = dict(self.env, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1")
        with self.app_log.open("w") as log:
            self.app = subprocess.Popen(
                list(app_command), env=app_env, stderr=log, stdout=subprocess.DEVNULL,
                cwd=self.home,
            )  # fmt: skip
        self.processes.append(self.app)
        found = subprocess.run(
            ["xdotool", "search", "--sync", "--onlyvisible", "--name", title],
            env=self.env, capture_output=True, text=True, timeout=timeout, check=True,
        )  # fmt: skip
        self.window = found.stdout.split()[0]
        self.focus_window()

    def close(self) -> None:
        for process in reversed(self.processes):
            if process.poll() is None:
                process.terminate()
        for process in reversed(self.processes):
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(10)

    def _spawn(self, command: list[str], **kwargs) -> subprocess.Popen:
        kwargs.setdefault("stdout", subprocess.DEVNULL)
        kwargs.setdefault("stderr", subprocess.DEVNULL)
        process = subprocess.Popen(command, env=self.env, **kwargs)
        self.processes.append(process)
        return process

    def _accessibility_bus_up(self) -> bool:
        probe = subprocess.run(
            ["dbus-send", "--session", "--print-reply", "--dest=org.a11y.Bus", "/org/a11y/bus",
             "org.a11y.Bus.GetAddress"],
            env=self.env, capture_output=True, timeout=20,
        )  # fmt: skip
        return probe.returncode == 0

    def _wait(self, ready, timeout: float, what: str) -> None:
        deadline = time.monotonic() + timeout
        while not ready():
            if time.monotonic() > deadline:
                log = (
                    self.orca_log.read_text(errors="replace")[-2000:]
                    if self.orca_log.exists()
                    else ""
                )
                raise OrcaSilentError(f"waited {timeout:.0f} s for {what}; Orca's stderr: {log}")
            time.sleep(0.1)

    # ----------------------------------------------------------------- keys

    def focus_window(self) -> None:
        """No window manager under Xvfb: give the main window the keyboard focus."""
        subprocess.run(
            ["xdotool", "windowfocus", "--sync", self.window], env=self.env, check=True, timeout=30
        )

    def key(self, *keys: str) -> None:
        """Press keys (xdotool names: "ctrl+s", "Tab", "1")."""
        subprocess.run(
            ["xdotool", "key", "--clearmodifiers", "--delay", KEYS_DELAY_MS, *keys],
            env=self.env, check=True, timeout=30,
        )  # fmt: skip

    def type(self, text: str) -> None:
        subprocess.run(
            ["xdotool", "type", "--delay", KEYS_DELAY_MS, text],
            env=self.env,
            check=True,
            timeout=30,
        )

    # ----------------------------------------------------------------- what Orca said

    def _debug_text(self) -> str:
        try:
            return self.debug_file.read_text(errors="replace")
        except FileNotFoundError:
            return ""

    def said(self) -> list[str]:
        """Every utterance so far, in order (key echoes such as "tab " included)."""
        return [m.group(1) for m in SPOKEN.finditer(self._debug_text())]

    def press_until(self, keys: str, pattern: str, step: str, tries: int = 3) -> str:
        """Press ``keys`` (Alt+letter) until Orca says ``pattern``.  On a loaded machine Qt's
        accessibility bridge may wait for Orca's answer to the letter's key event until it
        times out ("keyEventError NoReply" on stderr): the letter is lost and the bare Alt
        opens the menu bar.  Escape closes the menu and the keys are pressed again; the
        utterance itself is still required."""
        for attempt in range(1, tries + 1):
            self.key(keys)
            try:
                return self.wait_for(pattern, timeout=20 if attempt < tries else 30, step=step)
            except OrcaSilentError:
                if attempt == tries:
                    raise
                self.key("Escape")
        raise AssertionError("unreachable")

    def wait_for(self, pattern: str, timeout: float = 30, step: str = "") -> str:
        """The first new utterance that matches ``pattern`` (a regular expression, any case);
        utterances up to it count as heard. Fails with everything said since the last step."""
        wanted = re.compile(pattern, re.IGNORECASE)
        deadline = time.monotonic() + timeout
        while True:
            utterances = self.said()
            for index in range(self.heard, len(utterances)):
                if wanted.search(utterances[index]):
                    self.heard = index + 1
                    return utterances[index]
            if time.monotonic() > deadline or (self.app and self.app.poll() is not None):
                raise OrcaSilentError(self.failure(pattern, step, utterances))
            time.sleep(0.1)

    def since_last(self) -> list[str]:
        utterances = self.said()
        new, self.heard = utterances[self.heard :], len(utterances)
        return new

    def failure(self, pattern: str, step: str, utterances: list[str]) -> str:
        app_errors = (
            self.app_log.read_text(errors="replace")[-2000:] if self.app_log.exists() else ""
        )
        return (
            f"Orca did not say /{pattern}/ {step}.\n"
            f"Said since the previous step: {utterances[self.heard :]!r}\n"
            f"Said before: {utterances[: self.heard][-15:]!r}\n"
            f"App stderr: {app_errors}\nOrca debug file: {self.debug_file}"
        )


def clean_environment(home: Path, **extra: str) -> dict[str, str]:
    """The caller's environment without its display, buses and Qt settings, in ``home``."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DBUS_", "QT_", "AT_SPI", "XDG_")) and key != "DISPLAY"
    }
    runtime = home / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "share"),
        XDG_RUNTIME_DIR=str(runtime),
        LANG="en_GB.UTF-8",
        LANGUAGE="en",
        NO_AT_BRIDGE="0",
        **extra,
    )
    return env
