"""Starting the GUI: QApplication, open the diary (or explain why not), show the window."""

import os
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from masto_diary import APP_NAME, __version__
from masto_diary.errors import DiaryError
from masto_diary.resources import APP_ID, ICON_SIZES, icon_file
from masto_diary.ui.first_frame import after_first_frame
from masto_diary.words import i18n
from masto_diary.words.sentence import fill_in

PROCESS_START = time.perf_counter()


def make_application(argv: list[str] | None = None, quiet_focus: bool = True) -> QApplication:
    """The QApplication, named, translated and with the app's icon.

    ``quiet_focus`` installs ui/focus_claims.py's application event filter now; the window
    installs it right after its first frame instead (``run_gui``): a Python filter on every
    event of every object cost about a tenth of the start-up before the first frame.
    """
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    i18n.install()  # before any translated text or widget: both read it when they are made
    app.setApplicationDisplayName(QCoreApplication.translate("app", "Mastocytosis diary"))
    app.setDesktopFileName(APP_ID)  # Wayland docks match the window to the .desktop file by it
    app.setWindowIcon(app_icon())
    if quiet_focus:
        from masto_diary.ui import focus_claims, type_ahead

        focus_claims.install(app)
        type_ahead.install(app)
    return app


def app_icon() -> QIcon:
    """The icon from the PNGs shipped in the package (no QtSvg at start-up; about 2 ms)."""
    icon = QIcon()
    for size in ICON_SIZES[:-1]:  # 512 px is for installers only
        icon.addFile(str(icon_file(size)), QSize(size, size))
    return icon


def open_demo_dir() -> Path:
    """A fresh private temp folder holding the demo diary."""
    from masto_diary.demo import write_demo_diary
    from masto_diary.storage import open_diary

    folder = Path(tempfile.mkdtemp(prefix="masto-diary-demo-"))
    with open_diary(folder) as diary:
        write_demo_diary(diary)
    return folder


def run_gui(
    data_dir: str | None = None,
    demo: bool = False,
    smoke_test: bool = False,
    minimized: bool = False,
) -> int:
    """Open the diary in the main window; ``minimized`` is how the login autostart opens it."""
    app = make_application(quiet_focus=False)
    from masto_diary.storage import DIARY_FILENAME, resolve_data_dir
    from masto_diary.storage.paths import access_problem
    from masto_diary.ui import focus_claims, type_ahead
    from masto_diary.ui.single_instance import SingleInstance, bring_to_front

    if demo:
        data_dir = str(open_demo_dir())
    not_allowed = access_problem(resolve_data_dir(data_dir) / DIARY_FILENAME)
    if not_allowed is not None:
        return cannot_read_folder(not_allowed, smoke_test)
    instance = SingleInstance(resolve_data_dir(data_dir))
    if not instance.acquire():
        return already_running(instance, smoke_test)
    diary, message = open_or_recover(instance, instance.data_dir / DIARY_FILENAME, smoke_test)
    if diary is None:
        instance.release()
        return 1
    from masto_diary.ui.main_window import MainWindow

    window = MainWindow(diary)
    if minimized and not smoke_test:
        window.showMinimized()
    else:
        window.show()
    if message:
        window.statusBar().showMessage(message, 30_000)
    instance.activation_requested.connect(lambda: bring_to_front(window))
    echo_status_bar(window)
    # On the main thread, after the first frame (sharing and the first save load the ORM):
    # a shared diary journals every save and syncs; QtNetwork loads for the listener.
    # The filters too: no dialog opens before the first frame.
    steps = [
        lambda: focus_claims.install(app),
        lambda: type_ahead.install(app),
        window.start_sharing,
        instance.listen,
    ]
    if smoke_test:  # said first: benchmarks time the first frame, not what follows it
        steps.insert(0, lambda: _report_ready(window, first_frame))
    else:  # the reminders first: they put their bars above the pages
        steps.insert(0, lambda: start_reminders(window, minimized))
        steps.append(load_for_the_first_save)
    first_frame = after_first_frame(window, *steps)
    code = app.exec()
    diary.close()
    instance.release()
    return code


def cannot_read_folder(sentence: str, smoke_test: bool) -> int:
    """A data folder or diary of another user: say whose it is and what to do, then stop.

    Before, the lock that could not be made there read as "already open" (docs/architecture.md).
    """
    from masto_diary.words.core_sentences import translate_core

    message = translate_core(sentence)
    print(message, file=sys.stderr)
    if not smoke_test:
        QMessageBox.warning(
            None, QCoreApplication.translate("app", "The diary cannot be opened"), message
        )
    return 1


def already_running(instance, smoke_test: bool) -> int:
    """A second start on the same data dir: raise the first window, or explain why not."""
    if instance.ask_running_to_raise():
        print(
            QCoreApplication.translate(
                "app",
                "masto-diary is already open for this diary; its window was brought to the front.",
            ),
            file=sys.stderr,
        )
        return 0
    holder = instance.holder()
    who = (
        fill_in(QCoreApplication.translate("app", "process %1"), holder[0])
        if holder
        else QCoreApplication.translate("app", "another program")
    )
    message = fill_in(
        QCoreApplication.translate(
            "app",
            "masto-diary is already open for this diary (%1), but its window did not answer. "
            "Close it, or wait until it has finished, then start masto-diary again.",
        ),
        who,
    )
    print(message, file=sys.stderr)
    if not smoke_test:
        QMessageBox.information(
            None, QCoreApplication.translate("app", "masto-diary is already open"), message
        )
    return 1


def open_or_recover(instance, path: Path, smoke_test: bool):
    """Open the diary; when it cannot be, let the parent restore, pick another file or quit.

    Returns the diary (None when they chose to quit) and a sentence for the status bar.
    """
    from masto_diary.storage import open_diary
    from masto_diary.storage.diary import DiaryReadOnlyError
    from masto_diary.ui.dialogs.open_problem_dialog import OpenProblemDialog

    message = ""
    while True:
        try:
            return open_diary(path=path, holder="the masto-diary window"), message
        except DiaryReadOnlyError:  # made read-only on purpose: shown, never chmodded back
            return open_diary(path=path, reading_only=True), message
        except DiaryError as error:
            if smoke_test:
                raise
            dialog = OpenProblemDialog(path, error)
            dialog.exec()
        if dialog.choice == "quit":
            return None, ""
        message = dialog.message
        if dialog.choice == "other" and dialog.chosen_path is not None:
            path = switch_folder(instance, dialog.chosen_path) or path


def switch_folder(instance, chosen: Path) -> Path | None:
    """Opening a file in another folder moves the single-instance lock there too."""
    from masto_diary.ui.single_instance import SingleInstance

    if chosen.parent.resolve() == instance.data_dir.resolve():
        return chosen
    other = SingleInstance(chosen.parent)
    if not other.acquire():
        QMessageBox.information(
            None,
            QCoreApplication.translate("app", "masto-diary is already open"),
            QCoreApplication.translate(
                "app", "That diary is already open in another masto-diary window."
            ),
        )
        return None
    other.release()
    instance.release()
    instance.data_dir = chosen.parent
    instance.acquire()
    return chosen


def load_for_the_first_save() -> None:
    """Import the ORM and the services of a save after the first frame, on the main thread,
    so the first Ctrl+S does not wait for them (never on another thread: imports must not race)."""
    import masto_diary.services.children  # noqa: F401
    import masto_diary.services.entries  # noqa: F401


def start_reminders(window, minimized: bool) -> None:
    """Reminders and the tray icon come after the first frame (they read the diary)."""
    from masto_diary.ui.reminders import ReminderCenter

    window.reminders = ReminderCenter(window, window.diary, window.settings)
    window.reminders.start()
    if minimized:
        window.reminders.hide_to_tray()


def _report_ready(window, first_frame) -> None:
    """For benchmarks and installer tests: when the first frame was up, then quit."""
    exposed = first_frame.exposed_at or time.perf_counter()
    elapsed = exposed - PROCESS_START
    cpu = first_frame.exposed_cpu or time.process_time()  # the process's own, whatever the load
    print(
        f"window ready: {window.current_page_key()} page, {elapsed * 1000:.0f} ms, "
        f"cpu {cpu * 1000:.0f} ms",
        flush=True,
    )
    QTimer.singleShot(50, window.close)


STATUS_ECHO_VARIABLE = "MASTO_DIARY_ECHO_STATUS"


def echo_status_bar(window) -> None:
    """With MASTO_DIARY_ECHO_STATUS set, print what the status bar shows whenever it changes.

    For the launch test (tests/ui/test_launch.py), which starts the real app as a process and
    must know what the parent reads: the text comes from the status bar's own widgets (its
    message and every visible label in it), polled on the main thread.
    """
    if not os.environ.get(STATUS_ECHO_VARIABLE):
        return
    from PySide6.QtWidgets import QLabel

    bar = window.statusBar()
    shown = [""]

    def echo() -> None:
        parts = [bar.currentMessage()]
        parts += [label.text() for label in bar.findChildren(QLabel) if label.isVisible()]
        text = " | ".join(part for part in parts if part)
        if text != shown[0]:
            shown[0] = text
            print(f"status bar: {text}", flush=True)

    timer = QTimer(window, interval=100, objectName="statusEcho")
    timer.timeout.connect(echo)
    timer.start()
