"""Guards against a Qt binding that corrupts the interpreter.

PySide6-Essentials 6.12.0 on Python 3.11 returned None/True/False without taking a reference:
after a few thousand calls such as ``setText`` the process aborted with "none_dealloc".
pyproject.toml excludes that release; this test fails if such a binding comes back.
"""

import subprocess
import sys

PROBE = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
before = sys.getrefcount(None), sys.getrefcount(True)
for _ in range(50_000):
    label.setText("x")
    label.isVisible()
after = sys.getrefcount(None), sys.getrefcount(True)
print(after[0] - before[0], after[1] - before[1])
"""


def test_qt_calls_keep_none_and_bool_reference_counts():
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-500:]
    none_drift, bool_drift = (int(n) for n in result.stdout.split())
    assert abs(none_drift) < 1000 and abs(bool_drift) < 1000
