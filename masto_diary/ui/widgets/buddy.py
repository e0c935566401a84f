"""A form label tied to its field: the label's Alt+letter moves the focus to the field, and
screen readers name the field by the label's words."""

from PySide6.QtWidgets import QLabel, QWidget


def buddy_label(text: str, field: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(field)
    return label
