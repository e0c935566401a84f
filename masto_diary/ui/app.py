"""Starting the GUI: QApplication, open the diary (or explain why not), show the window."""

import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from masto_diary import APP_NAME, __version__
from masto_diary.errors import DiaryError

PROCESS_START = time.perf_counter()


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app.setApplicationDisplayName(QCoreApplication.translate("app", "Mastocytosis diary"))
    return app


def open_demo_dir() -> Path:
    """A fresh private temp folder holding the demo diary."""
    from masto_diary.demo import write_demo_diary
    from masto_diary.storage import open_diary

    folder = Path(tempfile.mkdtemp(prefix="masto-diary-demo-"))
    with open_diary(folder) as diary:
        write_demo_diary(diary)
    return folder


def run_gui(data_dir: str | None = None, demo: bool = False, smoke_test: bool = False) -> int:
    app = make_application()
    from masto_diary.storage import open_diary

    try:
        if demo:
            data_dir = str(open_demo_dir())
        diary = open_diary(data_dir)
    except DiaryError as error:
        if smoke_test:
            raise
        QMessageBox.critical(
            None, QCoreApplication.translate("app", "The diary cannot be opened"), str(error)
        )
        return 1
    from masto_diary.ui.main_window import MainWindow

    window = MainWindow(diary)
    window.show()
    if smoke_test:
        QTimer.singleShot(0, lambda: _report_ready(window))
    else:
        QTimer.singleShot(0, warm_up_in_background)
    code = app.exec()
    diary.close()
    return code


def warm_up_in_background() -> None:
    """Import the ORM while the parent looks at the overview, so the first save is instant."""
    import threading

    def load() -> None:
        import masto_diary.services.children  # noqa: F401
        import masto_diary.services.entries  # noqa: F401

    threading.Thread(target=load, name="warm-up", daemon=True).start()


def _report_ready(window) -> None:
    """For benchmarks and installer tests: say when the first frame is up, then quit."""
    elapsed = time.perf_counter() - PROCESS_START
    print(f"window ready: {window.current_page_key()} page, {elapsed * 1000:.0f} ms", flush=True)
    QTimer.singleShot(50, window.close)
