"""Accessibility: every control has a name for screen readers, Tab reaches everything, the
pages stay usable with a dark palette and at 150 % scaling.

"Has a name" is checked as a screen reader sees it (``QAccessibleInterface.text(Name)``):
an accessible name set in the code, or the one Qt derives from a buddy label (fields) or from
the visible text (buttons, check boxes).  A name made only of symbols ("◀", "–") does not
count: it tells a blind parent nothing.
"""

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QRadioButton, QToolButton, QWidget

from masto_diary.ui.colours import contrast, dark_palette
from tests.ui.walk import accessible_name, controls, every_dialog, every_page, open_window

MEANINGFUL = re.compile(r"\w", re.UNICODE)


def unnamed(root: QWidget) -> list[str]:
    return [
        f"{type(w).__name__}#{w.objectName() or '?'} (in {type(w.parentWidget()).__name__})"
        for w in controls(root)
        if not MEANINGFUL.search(accessible_name(w))
    ]


def test_every_control_of_every_page_has_a_name(qtbot, demo_diary, tmp_path):
    window = open_window(qtbot, demo_diary, tmp_path)
    problems = {}
    for key, page in every_page(window):
        if missing := unnamed(page):
            problems[key] = missing
    chrome = [w for w in unnamed(window) if "Page" not in w]  # toolbar, navigation, banner
    if chrome:
        problems["window"] = chrome
    assert problems == {}


def test_every_control_of_every_dialog_has_a_name(qtbot, demo_diary, tmp_path):
    window = open_window(qtbot, demo_diary, tmp_path)
    problems = {}
    for name, dialog in every_dialog(qtbot, window, demo_diary):
        if missing := unnamed(dialog):
            problems[name] = missing
    assert problems == {}


def tab_through(qtbot, root: QWidget, start: QWidget, presses: int) -> set[int]:
    """Press Tab ``presses`` times from ``start``; the ids of every widget that had the focus
    (with their parents: a spin box's inner line edit counts for the spin box)."""
    start.setFocus()
    visited = set()
    for _ in range(presses):
        qtbot.keyClick(QApplication.focusWidget() or root, Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        while focus is not None:
            visited.add(id(focus))
            focus = focus.parentWidget()
    return visited


def _exclusive(widget: QWidget) -> bool:
    """A radio button, or a toggle button of a row that works like one (the Charts views)."""
    return isinstance(widget, QRadioButton) or (
        isinstance(widget, QToolButton) and widget.isCheckable()
    )


def tab_stops(root: QWidget) -> list[QWidget]:
    """Controls Tab must reach; of a group of radio buttons only the chosen one (the arrow
    keys move between them, as everywhere)."""
    return [
        w
        for w in controls(root)
        if w.isVisible()
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not (_exclusive(w) and w.autoExclusive() and not w.isChecked())
    ]


def test_tab_reaches_every_control_of_every_dialog(qtbot, demo_diary, tmp_path):
    """No keyboard trap: Tab leaves text areas and tables and gets round the whole dialog."""
    window = open_window(qtbot, demo_diary, tmp_path)
    problems = {}
    for name, dialog in every_dialog(qtbot, window, demo_diary):
        dialog.activateWindow()
        reachable = tab_stops(dialog)
        if not reachable:
            continue
        visited = tab_through(qtbot, dialog, reachable[0], len(reachable) * 2 + 5)
        missed = [f"{type(w).__name__}#{w.objectName()}" for w in reachable if id(w) not in visited]
        if missed:
            problems[name] = missed
    assert problems == {}


def test_tab_reaches_every_enabled_control_of_every_page(qtbot, demo_diary, tmp_path):
    """Driving Tab from the page list through each page reaches every control that takes focus."""
    window = open_window(qtbot, demo_diary, tmp_path)
    window.activateWindow()
    problems = {}
    for key, page in every_page(window):
        reachable = tab_stops(page)
        if not reachable:
            continue
        visited = tab_through(qtbot, window, window.navigation, len(reachable) * 3 + 10)
        missed = [f"{type(w).__name__}#{w.objectName()}" for w in reachable if id(w) not in visited]
        if missed:
            problems[key] = missed
    assert problems == {}


@pytest.fixture
def dark(qapp):
    old = qapp.palette()
    qapp.setPalette(dark_palette())
    yield
    qapp.setPalette(old)


def test_pages_follow_a_dark_palette(qtbot, demo_diary, tmp_path, dark):
    """Every page draws on the dark window colour, and its labels stay readable on it."""
    window = open_window(qtbot, demo_diary, tmp_path)
    background = dark_palette().color(QPalette.ColorRole.Window)
    for key, page in every_page(window):
        image = page.grab().toImage()
        corner = image.pixelColor(2, image.height() - 3)
        assert corner.lightness() < 100, f"{key}: background {corner.name()} is not dark"
        for label in page.findChildren(QWidget):
            if not label.isVisible() or not hasattr(label, "text") or not label.styleSheet():
                continue
            match = re.search(r"(?<!background-)color:\s*(#[0-9a-fA-F]{6})", label.styleSheet())
            if match:  # a colour fixed in the code: it must read on the dark window too
                ratio = contrast(QColor(match.group(1)), background)
                assert ratio >= 3.0, f"{key}: {label.objectName()} {match.group(1)} ({ratio:.1f}:1)"
