"""Say a short sentence to a screen reader without moving the focus ("Saved at 19:04").

A status label that changes is silent for a screen reader. What each one reads (measured with
Orca 43 on the AT-SPI bus, tests/ui/test_orca.py; see docs/accessibility.md):

* Orca (Linux) ignores Qt's announcement event (``object:announcement`` is read from Orca 45),
  but speaks an object whose role is *notification* the moment it is shown
  (``object:state-changed:showing``): "notification Saved at 19:04."  Every window therefore
  has one :class:`Notice` line (the main window's in its status bar, a dialog's at its foot)
  that shows the sentence and is shown again for each new one.
* NVDA and Narrator (Windows) and VoiceOver (macOS) read Qt's announcement event (a UI
  Automation notification on Windows), so there the event is posted as well; on Linux it is
  not, so a newer Orca does not say the sentence twice.

A sentence about one field (a refused value) also becomes that field's accessible description
(:func:`describe_problem`): Orca reads it when the field has the focus, at once if it has it.
"""

import sys
import weakref

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleInterface
from PySide6.QtWidgets import (
    QAccessibleWidget,
    QDialog,
    QLabel,
    QMainWindow,
    QWidget,
)

TYPING_PAUSE_MS = 400  # a refusal is said when typing pauses, not after every key
SYMBOLS = "✓●⚠ "  # drawn for the eye; a screen reader would say "check mark", "black circle"

_interfaces: dict[int, QAccessibleInterface] = {}  # kept alive while their widget lives
_fields: "weakref.WeakKeyDictionary[QLabel, tuple[weakref.ref, str]]"
_fields = weakref.WeakKeyDictionary()


def spoken(text: str) -> str:
    """The sentence without the signs drawn for the eye."""
    return text.strip().lstrip(SYMBOLS).strip()


class Notice(QLabel):
    """The line that says what just happened; a screen reader hears it as a notification."""

    def __init__(self, parent: QWidget | None = None, object_name: str = "notice"):
        _install_factory()
        super().__init__(parent, objectName=object_name)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()

    def say(self, text: str) -> None:
        """Show ``text``; shown again (hidden, then shown) so that it is said again."""
        self.setText(text)
        self.setAccessibleName(spoken(text))
        self.hide()
        self.setVisible(bool(text))


class _NoticeInterface(QAccessibleWidget):
    def __init__(self, widget: QWidget):
        super().__init__(widget, QAccessible.Role.Notification)

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return spoken(self.widget().text())
        return super().text(kind)


def _factory(_key: str, obj: QObject) -> QAccessibleInterface | None:
    if not isinstance(obj, Notice):
        return None
    interface = _NoticeInterface(obj)
    key = id(obj)
    _interfaces[key] = interface
    obj.destroyed.connect(lambda _obj=None, key=key: _interfaces.pop(key, None))
    return interface


def _install_factory() -> None:
    if not getattr(_install_factory, "done", False):
        QAccessible.installFactory(_factory)
        _install_factory.done = True


def notice_of(widget: QWidget) -> Notice | None:
    """The window's notice line, made the first time it is needed."""
    window = widget.window()
    if window is None:
        return None
    found = window.findChild(Notice)
    if found is not None:
        return found
    if isinstance(window, QMainWindow):
        notice = Notice(window.statusBar(), "windowNotice")
        window.statusBar().addPermanentWidget(notice, 1)
        return notice
    layout = window.layout()
    if isinstance(window, QDialog) and layout is not None:
        notice = Notice(window, "dialogNotice")
        layout.addWidget(notice)
        return notice
    return None


def announce(widget: QWidget, text: str) -> None:
    """Say ``text`` on behalf of ``widget``: its window's notice line shows it (and Orca speaks
    it); where the platform's screen readers read Qt's announcement event, that is posted too."""
    if not text:
        return
    notice = notice_of(widget)
    if notice is not None:
        notice.say(text)
    if QAccessible.isActive() and not sys.platform.startswith("linux"):
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, spoken(text)))


def describe_problem(field: QWidget, problem: str, description: str = "") -> None:
    """A refusal tied to its field: the field's description says it (Orca reads a changed
    description of the focused field at once, and with the field whenever it is reached);
    ``description`` is what the field says when there is no problem."""
    field.setAccessibleDescription(spoken(problem) or description)


def tie_error(label: QLabel, field: QWidget) -> None:
    """``label`` is the red sentence under ``field``: what it says, the field says too."""
    _fields[label] = (weakref.ref(field), field.accessibleDescription())


def show_tied_error(label: QLabel, text: str) -> None:
    """Show ``text`` under its field and as the field's description (see :func:`tie_error`)."""
    label.setText(text)
    label.setVisible(bool(text))
    tied = _fields.get(label)
    if tied is None:
        return
    timer = label.findChild(QTimer, "describeLater")
    if timer is None:  # typing "abc" says the last sentence once, not one per key
        timer = QTimer(label, objectName="describeLater", singleShot=True, interval=TYPING_PAUSE_MS)
        timer.timeout.connect(lambda: _describe(label))
    timer.start()


def _describe(label: QLabel) -> None:
    field_ref, plain = _fields.get(label, (lambda: None, ""))
    field = field_ref()
    text = label.text() if label.isVisibleTo(label.parentWidget() or label) else ""
    if field is not None and (spoken(text) or plain) != field.accessibleDescription():
        describe_problem(field, text, plain)
