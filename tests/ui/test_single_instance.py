"""One masto-diary per data dir: a second start raises the first window or explains; a lock left
by a crashed process is taken over."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QMainWindow

from masto_diary.storage import open_diary
from masto_diary.ui.single_instance import (
    SingleInstance,
    bring_to_front,
    lock_holder,
    lock_path,
    server_name,
)

HOLD_AND_DIE = """
import os, signal, sys
from PySide6.QtCore import QCoreApplication
from masto_diary.ui.single_instance import SingleInstance
app = QCoreApplication([])
instance = SingleInstance(sys.argv[1])
assert instance.acquire()
os.kill(os.getpid(), signal.SIGKILL)
"""


def run(*args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, timeout=timeout, env=env
    )


def test_the_second_instance_is_refused_and_sees_who_holds_the_lock(qapp, data_dir):
    first = SingleInstance(data_dir)
    assert first.acquire()
    assert lock_path(data_dir).stat().st_mode & 0o777 == 0o600
    second = SingleInstance(data_dir)
    assert not second.acquire()
    assert second.holder()[0] == os.getpid()
    assert lock_holder(data_dir) == os.getpid()
    first.release()
    assert second.acquire()
    second.release()
    assert lock_holder(data_dir) is None


def test_each_data_dir_has_its_own_lock_and_socket_name(qapp, tmp_path):
    one, two = SingleInstance(tmp_path / "one"), SingleInstance(tmp_path / "two")
    assert one.acquire() and two.acquire()
    assert server_name(tmp_path / "one") != server_name(tmp_path / "two")
    assert str(tmp_path) not in server_name(tmp_path / "one")  # the name reveals no path
    one.release()
    two.release()


def test_a_second_start_asks_the_first_to_come_to_the_front(qtbot, data_dir):
    first = SingleInstance(data_dir)
    assert first.acquire() and first.listen()
    window = QMainWindow()
    qtbot.addWidget(window)
    window.showMinimized()
    first.activation_requested.connect(lambda: bring_to_front(window))
    second = SingleInstance(data_dir)
    assert not second.acquire()
    with qtbot.waitSignal(first.activation_requested, timeout=3000):
        assert second.ask_running_to_raise(timeout_ms=0)
    assert not window.isMinimized() and window.isVisible()
    first.release()


def test_a_lock_left_by_a_killed_process_is_taken_over(qapp, data_dir, tmp_path):
    script = tmp_path / "hold_and_die.py"
    script.write_text(HOLD_AND_DIE)
    result = run(str(script), str(data_dir))
    assert result.returncode == -signal.SIGKILL
    assert lock_path(data_dir).exists()  # left behind by the crash
    assert lock_holder(data_dir) is None
    instance = SingleInstance(data_dir)
    assert instance.acquire()
    instance.release()


def test_without_an_answering_window_the_second_start_explains(qapp, data_dir):
    open_diary(data_dir).close()
    holder = SingleInstance(data_dir)
    assert holder.acquire()  # held, but nobody listens (e.g. still starting up)
    try:
        result = run("-m", "masto_diary", "--data-dir", str(data_dir), "--smoke-test")
    finally:
        holder.release()
    assert result.returncode == 1
    assert "already open for this diary" in result.stderr
    assert f"process {os.getpid()}" in result.stderr
    assert "Traceback" not in result.stderr


def test_two_real_starts_one_window(data_dir):
    open_diary(data_dir).close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    first = subprocess.Popen(
        [sys.executable, "-m", "masto_diary", "--data-dir", str(data_dir)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        deadline = time.monotonic() + 30
        result = None
        while time.monotonic() < deadline:
            if lock_holder(Path(data_dir)) == first.pid:
                result = run("-m", "masto_diary", "--data-dir", str(data_dir), "--smoke-test")
                if result.returncode == 0:
                    break
            time.sleep(0.2)
        assert result is not None and result.returncode == 0, result and result.stderr
        assert "its window was brought to the front" in result.stderr
        assert first.poll() is None  # the first one is still running
    finally:
        first.kill()
        first.wait(timeout=10)
    # and after that crash, a new start takes the diary over
    third = run("-m", "masto_diary", "--data-dir", str(data_dir), "--smoke-test")
    assert third.returncode == 0, third.stderr
    assert "window ready" in third.stdout
