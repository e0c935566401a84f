"""Work that waits for the window's first frame, on the main thread.

What start-up can put off (sharing's first sync, reminders and the tray, the single-instance
listener, loading the ORM for the first save) runs right after the window's first expose has
been painted, one step per turn of the event loop, so the parent sees the window first.  It
never runs on another thread: Python's imports are not safe to race (a warm-up thread importing
SQLAlchemy beside the main thread printed "cannot import name … from partially initialized
module" in most launches, and the window then never synced).

A window that is never exposed (started minimised to the tray) gets the same work after
:data:`WAIT_FOR_FIRST_FRAME_MS`.
"""

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

WAIT_FOR_FIRST_FRAME_MS = 2_000


class FirstFrame(QObject):
    """Runs ``steps`` in order once ``window`` is first exposed (or after the wait)."""

    def __init__(self, window: QWidget, steps: list[Callable[[], None]]):
        super().__init__(window)
        self.setObjectName("firstFrame")
        self.steps = list(steps)
        self.exposed_at: float | None = None  # time.perf_counter() of the first expose
        self.exposed_cpu: float | None = None  # time.process_time() then
        self._started = False
        handle = window.windowHandle()
        if handle is not None and handle.isExposed():
            QTimer.singleShot(0, self._start)
            return
        window.installEventFilter(self)  # the native window exists once the widget is shown
        if handle is not None:
            handle.installEventFilter(self)
        QTimer.singleShot(WAIT_FOR_FIRST_FRAME_MS, self._start)

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Show and isinstance(watched, QWidget):
            handle = watched.windowHandle()
            if handle is not None:
                handle.installEventFilter(self)
        elif kind == QEvent.Type.Expose and not self._started and watched.isExposed():
            self.exposed_at, self.exposed_cpu = time.perf_counter(), time.process_time()
            # queued: this expose paints the window first, the steps follow on the next turns
            QTimer.singleShot(0, self._start)
        return False

    def _start(self) -> None:
        if self._started:
            return
        self._started = True
        self._next()

    def _next(self) -> None:
        """One step per turn of the event loop: a paint or a key press may come between."""
        if not self.steps:
            return
        step = self.steps.pop(0)
        step()
        QTimer.singleShot(0, self._next)


def after_first_frame(window: QWidget, *steps: Callable[[], None]) -> FirstFrame:
    """Run ``steps`` one by one after ``window``'s first frame (see the module's docstring)."""
    return FirstFrame(window, list(steps))
