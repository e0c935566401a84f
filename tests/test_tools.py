"""A test that needs a missing program fails in CI instead of being skipped without a word.

On a fresh machine ``installer/dev.sh test`` did not install Xvfb, and the bundle's X11 test was
skipped in silence.  Every check for an external program now goes through tests/tools.py.
"""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.tools import in_ci

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
# A skip decided by looking for a program or a module.  Test modules (test_*.py, conftest.py)
# ask tests/tools.py; helper modules beside them (tools.py, *_support.py) make the decision with
# in_ci() themselves.
TOOL_SKIPS = re.compile(r"skipif\([^)]*which|importorskip|shutil\.which")


def _test_modules() -> list[Path]:
    return [
        path
        for path in sorted(TESTS.rglob("*.py"))
        if (path.name.startswith("test_") or path.name == "conftest.py")
        and path.name != "test_tools.py"
    ]


def test_no_test_skips_on_a_missing_tool_by_itself():
    offenders = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in _test_modules()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if TOOL_SKIPS.search(line)
    ]
    assert offenders == [], "use tests.tools.require_tool or optional_tool:\n" + "\n".join(
        offenders
    )


@pytest.mark.parametrize(
    ("value", "expected"),
    [("true", True), ("1", True), ("yes", True), ("", False), ("false", False), ("0", False)],
)
def test_ci_is_any_value_but_an_explicit_no(monkeypatch, value, expected):
    monkeypatch.setenv("CI", value)
    assert in_ci() is expected


@pytest.mark.parametrize(("ci", "outcome"), [("true", "failed"), ("", "skipped")])
def test_a_missing_tool_fails_in_ci_and_skips_elsewhere(tmp_path, ci, outcome):
    test = tmp_path / "test_needs_a_tool.py"
    test.write_text(
        "from tests.tools import require_tool\n\n"
        "def test_it():\n"
        "    require_tool('masto-diary-no-such-program')\n",
        encoding="utf-8",
    )
    pytest_run = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"]
    result = subprocess.run(
        [*pytest_run, "--rootdir", str(tmp_path), "-c", os.devnull, str(test)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "CI": ci, "PYTHONPATH": str(ROOT)},
        timeout=120,
    )
    assert f"1 {outcome}" in result.stdout, result.stdout + result.stderr


def test_dev_sh_installs_xvfb_for_the_x11_test():
    script = (ROOT / "installer" / "dev.sh").read_text(encoding="utf-8")
    packages = set(
        re.findall(
            r"[a-z0-9][a-z0-9.+-]+", " ".join(re.findall(r'PACKAGES="([^"]*)"', script, re.S))
        )
    )
    assert {"xvfb", "xauth", "poppler-utils", "desktop-file-utils", "appstream"} <= packages
