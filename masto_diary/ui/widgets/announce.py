"""Say a short sentence to a screen reader without moving the focus ("Saved at 19:04").

A status label that changes is silent for Orca unless the change is announced; Qt 6.8's
announcement event is the polite way to do it (it does not interrupt what is being read).
"""

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget


def announce(widget: QWidget, text: str) -> None:
    """Announce ``text`` on behalf of ``widget`` (nothing happens without a screen reader)."""
    if not text or not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    QAccessible.updateAccessibility(event)
