"""External programs some tests need: skipped on a developer's machine, a failure in CI.

installer/dev.sh installs every one of them (Debian packages in brackets below).  Outside CI a
missing tool skips the test that needs it, with the package to install; with the environment
variable ``CI`` set (``.ci/run`` runs under it) the same absence FAILS, so a set-up that lost a
package cannot pass with a quiet "skipped".  tests/test_tools.py keeps every such test on this
path.
"""

import os
import shutil

import pytest

PACKAGES = {
    "xvfb-run": "xvfb and xauth",
    "pdftoppm": "poppler-utils",
    "desktop-file-validate": "desktop-file-utils",
    "appstreamcli": "appstream",
    "Xvfb": "xvfb",
    "dbus-run-session": "dbus",
    "dbus-daemon": "dbus",
    "orca": "orca",
    "xdotool": "xdotool",
    "setpriv": "util-linux",
}


def in_ci() -> bool:
    """True when ``CI`` is set to anything but an explicit no."""
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def _missing(name: str) -> str:
    package = PACKAGES.get(name, "its package")
    return f"{name} is not installed (Debian: {package}; installer/dev.sh installs it)"


def require_tool(name: str) -> str:
    """The path of program ``name``; skips the test without it, or fails it in CI."""
    path = shutil.which(name)
    if path is None:
        if in_ci():
            pytest.fail(f"{_missing(name)}; in CI a missing tool is a failure", pytrace=False)
        pytest.skip(_missing(name))
    return path


def optional_tool(name: str) -> str | None:
    """For one check inside a larger test: the path, or None outside CI (fails in CI)."""
    path = shutil.which(name)
    if path is None and in_ci():
        pytest.fail(f"{_missing(name)}; in CI a missing tool is a failure", pytrace=False)
    return path
