"""Dates, numbers and enum choices as widgets show them, in the user's locale (Qt knows the
locale; the core stays ISO)."""

import datetime as dt

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QComboBox

from masto_diary.words.labels import label


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(qdate: QDate) -> dt.date:
    return dt.date(qdate.year(), qdate.month(), qdate.day())


def short_date(day: dt.date | None) -> str:
    """The locale's short date; ISO 8601 under the C locale, whose "8 11 2026" is ambiguous."""
    if day is None:
        return "—"
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return day.isoformat()
    return locale.toString(to_qdate(day), QLocale.FormatType.ShortFormat)


def long_date(day: dt.date) -> str:
    return QLocale().toString(to_qdate(day), QLocale.FormatType.LongFormat)


def fill_combo(combo: QComboBox, table: dict) -> None:
    """Fill a combo box with a label table's names, the enum member as item data."""
    for value in table:
        combo.addItem(label(table, value), value)
