"""The README's commands work when copied and pasted into a shell at the top of a checkout.

Its screenshot command once said ``python docs/make_screenshots.py`` (not the venv's Python, so
PySide6 was missing) and rewrote the tracked pictures in docs/screenshots on every try.
"""

import hashlib
import re
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
SHELL_BLOCKS = re.findall(r"```sh\n(.*?)```", README, re.S)
INLINE = re.findall(r"`([^`\n]+)`", README)
RUNNERS = ("bash", ".venv/bin/python", ".venv/bin/masto-diary", "python", "python3", "pip")


def commands() -> list[str]:
    """The shell blocks' lines and inline code that starts like a command."""
    lines = [line.strip() for block in SHELL_BLOCKS for line in block.splitlines()]
    inline = [code for code in INLINE if len(code.split()) > 1 and code.split()[0] in RUNNERS]
    return [c for c in lines + inline if c and not c.startswith("#")]


def test_commands_use_the_checkouts_environment_and_existing_files():
    found = commands()
    assert any("make_screenshots.py" in c for c in found), found
    for command in found:
        words = shlex.split(command)
        assert words[0] not in ("python", "python3", "pip"), f"not the venv's: {command}"
        if words[0] in ("bash", ".venv/bin/python"):
            assert (ROOT / words[1]).is_file(), f"{command}: no {words[1]}"


def _digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.glob("*.png")}


def test_the_screenshot_command_runs_and_leaves_the_tracked_pictures(tmp_path):
    (command,) = [c for c in commands() if "make_screenshots.py" in c]
    words = shlex.split(command)
    assert words[0] == ".venv/bin/python" and "--out" not in words
    tracked = _digests(ROOT / "docs" / "screenshots")
    out = ROOT / "tmp" / "screenshots"
    made = [out / "overview.png", out / "overview-1024x640.png"]
    for path in made:
        path.unlink(missing_ok=True)
    result = subprocess.run(
        [sys.executable, *words[1:], "--pages", "overview"],  # the venv's Python, as .venv/bin's
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr
    try:
        assert all(path.stat().st_size > 0 for path in made), result.stdout
        assert _digests(ROOT / "docs" / "screenshots") == tracked
    finally:
        for path in made:
            path.unlink(missing_ok=True)
