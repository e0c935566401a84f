"""Faults a family's machine can meet, each met with a sentence, an exit code and nothing lost.

Every case runs the real command in its own process and checks: the exit code, a sentence
that names what to do, no traceback, and that the diary file is byte for byte as it was.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from masto_diary.storage import DIARY_FILENAME
from tests.exchange_samples import valid_document

EMPTY_DIARY_COMMANDS = [
    ["check"],
    ["export", "--format", "json", "-o", "{out}/export.json"],
    ["import", "{sample}"],
    ["report", "--child", "Luca", "-o", "{out}/report.pdf"],
    ["backup"],
]


def run_command(args: list[str], data_dir: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "masto_diary", *args, "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


@pytest.mark.parametrize("command", EMPTY_DIARY_COMMANDS, ids=lambda c: c[0])
def test_an_empty_diary_file_is_never_replaced(command, tmp_path):
    data_dir = tmp_path / "data"
    data_dir.mkdir(mode=0o700)
    diary = data_dir / DIARY_FILENAME
    diary.touch(mode=0o600)
    sample = tmp_path / "sample.json"
    sample.write_text(json.dumps(valid_document()))
    args = [part.format(out=tmp_path, sample=sample) for part in command]
    result = run_command(args, data_dir)
    said = result.stdout + result.stderr
    assert result.returncode != 0, said
    assert "Traceback" not in said
    assert "empty (0 bytes)" in said and "restore" in said, said
    assert diary.stat().st_size == 0
    assert not (tmp_path / "export.json").exists() and not (tmp_path / "report.pdf").exists()
