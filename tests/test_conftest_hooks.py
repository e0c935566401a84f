"""The suite's own guard (tests/conftest.py): an exception in any thread fails its test."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

ESCAPING = """
import gc
import threading


def test_a_thread_raises():
    worker = threading.Thread(target=lambda: 1 / 0, name="worker")
    worker.start()
    worker.join()


class Finalised:
    def __del__(self):
        raise ValueError("raised in a finaliser")


def test_a_finaliser_raises():
    Finalised()
    gc.collect()


def test_nothing_escapes():
    threading.Thread(target=lambda: None).start()
"""


def test_an_exception_in_another_thread_or_a_finaliser_fails_its_test(tmp_path):
    probe = tmp_path / "test_escaping.py"
    probe.write_text(ESCAPING)
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "tests.conftest", "-p", "no:cacheprovider",
         "--rootdir", str(ROOT), str(probe)],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    failed = [line.split(" - ")[0] for line in run.stdout.splitlines() if line.startswith("ERROR")]
    assert failed == ["ERROR ::test_a_thread_raises", "ERROR ::test_a_finaliser_raises"], run.stdout
    assert "an exception in thread 'worker'" in run.stdout
    assert "ZeroDivisionError" in run.stdout
    assert "raised in a finaliser" in run.stdout
