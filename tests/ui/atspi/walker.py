"""Walk the real AT-SPI tree of masto-diary, page by page, as Orca would see it.

Run by tests/ui/test_atspi_tree.py with Debian's own python3 (python3-pyatspi is a system
package) inside ``dbus-run-session``, with an Xvfb display in ``DISPLAY``:

    dbus-run-session -- /usr/bin/python3 tests/ui/atspi/walker.py APP_COMMAND...

It starts the AT-SPI bus, then the app (``QT_LINUX_ACCESSIBILITY_ALWAYS_ON``), opens every page
through the "Pages" list's AT-SPI selection and prints one JSON line per page: the focusable
objects on screen without a name, the objects that say they have the focus, and the names of
the Today page's symptom rows. The pytest side judges them.
"""

import json
import os
import subprocess
import sys
import time

BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
MAX_CHILDREN = 60  # a table's first rows are enough; thousands of cells add nothing but time
APP_NAME = "masto-diary"


def start_bus() -> subprocess.Popen:
    launcher = subprocess.Popen([BUS_LAUNCHER, "--launch-immediately"])
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        probe = subprocess.run(
            ["dbus-send", "--session", "--print-reply", "--dest=org.a11y.Bus", "/org/a11y/bus",
             "org.a11y.Bus.GetAddress"],
            capture_output=True,
        )  # fmt: skip
        if probe.returncode == 0:
            return launcher
        time.sleep(0.1)
    raise SystemExit("the AT-SPI bus did not start")


def find_app(pyatspi, timeout: float = 60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            app = desktop.getChildAtIndex(index)
            named = app is not None and APP_NAME in (app.name or "").lower()
            if named and app.childCount and find(app, lambda o: o.name == "Pages"):
                return app
        time.sleep(0.3)
    raise SystemExit("the app did not appear on the AT-SPI bus")


def children(obj):
    for index in range(min(obj.childCount, MAX_CHILDREN)):
        try:
            child = obj.getChildAtIndex(index)
        except Exception:  # noqa: BLE001  (an object gone meanwhile)
            continue
        if child is not None:
            yield child


def walk(obj, depth: int = 0):
    yield obj
    if depth < 40:
        for child in children(obj):
            yield from walk(child, depth + 1)


def find(root, wanted):
    return next((o for o in walk(root) if wanted(o)), None)


def describe(obj, pyatspi) -> dict:
    states = obj.getState()
    return {
        "role": obj.getRoleName(),
        "name": obj.name or "",
        "path": path_of(obj),
        "showing": states.contains(pyatspi.STATE_SHOWING),
    }


def path_of(obj) -> str:
    parts = []
    while obj is not None and len(parts) < 6:
        parts.append(f"{obj.getRoleName()}:{obj.name or ''}")
        obj = obj.parent
    return " < ".join(parts)


def page_report(app, pyatspi, key: str) -> dict:
    states_of = pyatspi
    unnamed, focused, rows = [], [], []
    for obj in walk(app):
        try:
            states = obj.getState()
        except Exception:  # noqa: BLE001
            continue
        if states.contains(states_of.STATE_FOCUSED):
            focused.append(describe(obj, pyatspi))
        showing = states.contains(states_of.STATE_SHOWING) and states.contains(
            states_of.STATE_VISIBLE
        )
        if showing and states.contains(states_of.STATE_FOCUSABLE) and not (obj.name or "").strip():
            unnamed.append(describe(obj, pyatspi))
    if key == "today":
        rows = symptom_rows(app, pyatspi)
    return {"page": key, "unnamed": unnamed, "focused": focused, "rows": rows}


def symptom_rows(app, pyatspi) -> list[dict]:
    """Each symptom row: its name and the names of what labels it (Orca says those first)."""
    found = []
    for obj in walk(app):
        states = obj.getState()
        if not (
            states.contains(pyatspi.STATE_FOCUSABLE) and states.contains(pyatspi.STATE_SHOWING)
        ):
            continue
        if obj.getRoleName() not in ("filler", "panel") or not obj.description:
            continue
        labelled_by = [
            target.name
            for relation in obj.getRelationSet()
            if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY
            for target in (relation.getTarget(i) for i in range(relation.getNTargets()))
        ]
        found.append({"name": obj.name, "description": obj.description, "labelled_by": labelled_by})
    return found


def focus_window() -> str:
    """The main window's X id, given the keyboard focus (there is no window manager)."""
    found = subprocess.run(
        ["xdotool", "search", "--sync", "--onlyvisible", "--name", "Mastocytosis diary"],
        capture_output=True, text=True, timeout=30, check=True,
    )  # fmt: skip
    window = found.stdout.split()[0]
    subprocess.run(["xdotool", "windowfocus", "--sync", window], check=True, timeout=30)
    return window


def key(window: str, keys: str) -> None:
    subprocess.run(["xdotool", "windowfocus", "--sync", window], check=True, timeout=30)
    subprocess.run(["xdotool", "key", "--clearmodifiers", keys], check=True, timeout=30)


def main() -> int:
    launcher = start_bus()
    import pyatspi

    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_QPA_PLATFORM="xcb")
    app_process = subprocess.Popen(sys.argv[1:], env=env)
    try:
        app = find_app(pyatspi)
        pages = find(app, lambda o: o.name == "Pages" and o.getRoleName() == "list")
        titles = [pages.getChildAtIndex(i).name for i in range(pages.childCount)]
        window = focus_window()
        for index, title in enumerate(titles):
            # Go ▸ page: Ctrl+1 … Ctrl+0, typed into the focused window as a parent would;
            # pages after the tenth through the Go menu (Alt+G, the last entry)
            if index < 10:
                key(window, f"ctrl+{(index + 1) % 10}")
            else:
                key(window, "alt+g")
                time.sleep(0.5)
                key(window, "End")
                key(window, "Return")
            time.sleep(2.0)  # the page is built when first shown
            report = page_report(app, pyatspi, "today" if index == 1 else title)
            report["title"] = title
            print(json.dumps(report), flush=True)
    finally:
        app_process.terminate()
        try:
            app_process.wait(10)
        except subprocess.TimeoutExpired:
            app_process.kill()
        launcher.terminate()
    return 0


if __name__ == "__main__":
    sys.exit(main())
