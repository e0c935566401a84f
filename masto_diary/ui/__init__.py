"""The Qt user interface: main window, pages, dialogs.  Pages call services, never SQL."""

import sys

if sys.version_info < (3, 12):  # pragma: no cover - depends on the interpreter
    # PySide6 6.12 (abi3 wheels) returns None, True and False without taking a reference.
    # From Python 3.12 these are immortal and that is harmless; before, every such call
    # (setText, QPainter.save, isVisible, …) lowers their reference count by one, and after a
    # few thousand calls the process aborts with "none_dealloc: deallocating None" (or
    # "bool_dealloc").  They are never freed, so a reference count no session can use up is
    # a safe cure.
    import ctypes

    for _singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(_singleton)).value += 1 << 48
