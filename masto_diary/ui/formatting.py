"""Dates, numbers and enum choices as widgets show them, in the user's locale (Qt knows the
locale; the core stays ISO)."""

import datetime as dt
import re

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QComboBox

from masto_diary.words.labels import label


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(qdate: QDate) -> dt.date:
    return dt.date(qdate.year(), qdate.month(), qdate.day())


def date_format() -> str:
    """The one date format of every field and label: the locale's short date with a
    four-digit year (a two-digit year is easy to read into the wrong century), and ISO 8601
    under the C locale, whose "27 10 2026" reads both ways."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return "yyyy-MM-dd"
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else re.sub(r"y+", "yyyy", pattern)


def short_date(day: dt.date | None) -> str:
    """A day in :func:`date_format`, as the date fields show it."""
    if day is None:
        return "—"
    return QLocale().toString(to_qdate(day), date_format())


def long_date(day: dt.date) -> str:
    return QLocale().toString(to_qdate(day), QLocale.FormatType.LongFormat)


def fill_combo(combo: QComboBox, table: dict) -> None:
    """Fill a combo box with a label table's names, the enum member as item data."""
    for value in table:
        combo.addItem(label(table, value), value)


def figure(value: float, decimals: int) -> str:
    """A score with its questionnaire's decimals in the locale's notation (37,5 in Italian)."""
    return QLocale().toString(float(value), "f", decimals)
