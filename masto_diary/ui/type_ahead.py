"""Keys typed while a dialog is opening go to the dialog, in order (X11).

A parent types the episode keys right after Ctrl+E.  The dialog takes a moment to build and a
moment more until the X server gives it the keyboard; a key typed in between is addressed to
the main window, which the modal dialog blocks, and Qt drops it.  Measured with xdotool at
20 ms a key: the first Tab was lost, so "a" (Afternoon) chose the Anaphylaxis kind and every
later key landed one field early.

Qt sends a key to the window its X connection last saw the keyboard go to, so changing the
key's address is not enough while the dialog's "focus in" is still on its way.  This filter
holds such keys back instead (native event filters see each X event before Qt reads it), and
when the dialog has the keyboard sends them again, addressed to it, through the X server:
they then arrive after the focus change and before any key typed later, each exactly as
typed.  A key for a popup (a combo box's list) or for a window that is not blocked is left
alone, and nothing is held for more than a second.  Only the ``xcb`` platform needs it:
Wayland gives the new window the keyboard itself; on Windows and macOS the system posts the
keys to the window it activated.
"""

import ctypes
import ctypes.util
import time

from PySide6.QtCore import QAbstractNativeEventFilter, QByteArray, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QWindow

XCB_KEY_PRESS, XCB_KEY_RELEASE = 2, 3
SENT = 0x80  # the flag the X server sets on an event a client sent
EVENT_SIZE = 32
EVENT_WINDOW, CHILD_WINDOW = 12, 16  # offsets in xcb_key_press_event_t
HOLD_AT_MOST = 1.0  # seconds a key waits for its window to have the keyboard
POLL_MS = 50


class TypeAhead(QAbstractNativeEventFilter):
    """Holds the keys of blocked windows until the modal window has the keyboard."""

    def __init__(self, connection: int, xcb: ctypes.CDLL) -> None:
        super().__init__()
        self._connection, self._xcb = connection, xcb
        self._held: list[bytes] = []
        self._held_since = 0.0
        self._in_flight = 0  # keys sent again, not back yet: later keys wait behind them

    def nativeEventFilter(self, event_type: QByteArray | bytes, message: object) -> object:
        address = int(message)  # a shiboken VoidPtr of size 0: falsy even when it points
        if not address or bytes(event_type) != b"xcb_generic_event_t":
            return False, 0
        response = ctypes.c_uint8.from_address(address).value
        if response & 0x7F not in (XCB_KEY_PRESS, XCB_KEY_RELEASE):
            return False, 0
        if response & SENT and self._in_flight:
            self._in_flight -= 1
            if not self._in_flight:
                QTimer.singleShot(0, self.release)  # what was typed meanwhile, after it
            return False, 0
        if self._must_wait(_event_window(address)):
            self._held.append(ctypes.string_at(address, EVENT_SIZE))
            if not self._held_since:
                self._held_since = time.monotonic()
                QTimer.singleShot(int(HOLD_AT_MOST * 1000) + 50, self.release)
            return True, 0
        return False, 0

    def _must_wait(self, x_window: int) -> bool:
        if self._held or self._in_flight:
            return True  # keep the order
        modal = QGuiApplication.modalWindow()
        if modal is None or not modal.isVisible() or QGuiApplication.focusWindow() is modal:
            return False
        target = _window_of(x_window)
        return target is not None and target is not modal and _blocked(target, modal)

    def release(self) -> None:
        """Send the next held key again, to the window that has the keyboard now.

        One at a time: a held Escape may close the dialog, and the keys after it then belong
        to the window below, once it has the keyboard back."""
        if not self._held or self._in_flight:
            return
        target = _keyboard_window()
        if target is None and time.monotonic() - self._held_since <= HOLD_AT_MOST:
            QTimer.singleShot(POLL_MS, self.release)  # focusWindowChanged may come first
            return
        event = self._held.pop(0)
        self._held_since = time.monotonic() if self._held else 0.0
        # Waited long enough (no window manager gave the keyboard back): the window it was
        # typed at, which Qt uses when no window has the keyboard.
        address = int(target.winId()) if target is not None else _event_window_of(event)
        self._send(event, address)

    def _send(self, event: bytes, x_window: int) -> None:
        buffer = ctypes.create_string_buffer(event, EVENT_SIZE)
        ctypes.c_uint32.from_buffer(buffer, EVENT_WINDOW).value = x_window
        ctypes.c_uint32.from_buffer(buffer, CHILD_WINDOW).value = 0
        self._in_flight += 1
        self._xcb.xcb_send_event(self._connection, 0, x_window, 0, buffer)
        self._xcb.xcb_flush(self._connection)


def _keyboard_window() -> QWindow | None:
    """The window a held key is for: the modal window once it has the keyboard; with none,
    the window that has the keyboard, once it is one that is shown."""
    modal = QGuiApplication.modalWindow()
    focus = QGuiApplication.focusWindow()
    if modal is not None and modal.isVisible():
        return modal if focus is modal else None
    return focus if focus is not None and focus.isVisible() else None  # else: not yet


def _event_window(address: int) -> int:
    return ctypes.c_uint32.from_address(address + EVENT_WINDOW).value


def _event_window_of(event: bytes) -> int:
    return int.from_bytes(event[EVENT_WINDOW : EVENT_WINDOW + 4], "little")


def _window_of(x_window: int) -> QWindow | None:
    for window in QGuiApplication.topLevelWindows():
        if window.isVisible() and int(window.winId()) == x_window:  # visible: created
            return window
    return None


def _blocked(window: QWindow, modal: QWindow) -> bool:
    """Not the modal window, not one of its popups or other windows opened above it."""
    if window.type() in (Qt.WindowType.Popup, Qt.WindowType.ToolTip):
        return False
    parent = window.transientParent()
    while parent is not None:
        if parent is modal:
            return False
        parent = parent.transientParent()
    return True


_installed: list[TypeAhead] = []  # Qt does not own the filter: it lives as long as the app


def install(app: QGuiApplication) -> None:
    """On X11 only; once per application."""
    if app.platformName() != "xcb" or _installed:
        return
    native = app.nativeInterface()
    library = ctypes.util.find_library("xcb")
    if native is None or library is None:
        return
    xcb = ctypes.CDLL(library)
    xcb.xcb_send_event.argtypes = [
        ctypes.c_void_p,
        ctypes.c_uint8,
        ctypes.c_uint32,
        ctypes.c_uint32,
        ctypes.c_char_p,
    ]
    xcb.xcb_send_event.restype = ctypes.c_uint32
    xcb.xcb_flush.argtypes = [ctypes.c_void_p]
    type_ahead = TypeAhead(int(native.connection()), xcb)
    _installed.append(type_ahead)
    app.installNativeEventFilter(type_ahead)
    app.focusWindowChanged.connect(lambda _window: type_ahead.release())
