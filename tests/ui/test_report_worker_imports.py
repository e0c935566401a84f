"""The report is gathered on a worker thread (ui/pages/report.py's GatherWorker): it must import
nothing there, because an import racing the main thread's fails in Python ("cannot import name
… from partially initialized module", the warm-up thread's fault of issue 21).  Everything the
gathering needs is imported when the Report page's module is, on the main thread."""

import os
import subprocess
import sys

PROBE = """
import datetime as dt, sys, tempfile
from pathlib import Path
from PySide6.QtWidgets import QApplication
from masto_diary.demo import write_demo_diary
from masto_diary.storage import open_diary
from masto_diary.services import overview
from masto_diary.ui.pages.report import SECTIONS, GatherWorker  # as the window has it

app = QApplication([])
diary = open_diary(Path(tempfile.mkdtemp()), auto_backup=False)
write_demo_diary(diary)
child = overview.child_summaries(diary)[0].child_id
today = dt.date.today()
worker = GatherWorker(diary, child, (today - dt.timedelta(days=365), today), False, SECTIONS)
before = set(sys.modules)
found = {}
worker.gathered.connect(lambda report: found.update(report=report))
worker.start()
worker.wait()
app.processEvents()  # the report is handed over by a queued signal
assert "report" in found
print("imported on the worker:", sorted(set(sys.modules) - before))
"""


def test_gathering_a_report_on_a_worker_thread_imports_nothing(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MASTO_DIARY_HOME": str(tmp_path)}
    run = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=180
    )
    assert run.returncode == 0, run.stderr
    assert "imported on the worker: []" in run.stdout, run.stdout
