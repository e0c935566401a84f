"""Dates and numbers in the user's locale (Qt knows the locale; the core stays ISO)."""

import datetime as dt

from PySide6.QtCore import QDate, QLocale


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(qdate: QDate) -> dt.date:
    return dt.date(qdate.year(), qdate.month(), qdate.day())


def short_date(day: dt.date | None) -> str:
    if day is None:
        return "—"
    return QLocale().toString(to_qdate(day), QLocale.FormatType.ShortFormat)


def long_date(day: dt.date) -> str:
    return QLocale().toString(to_qdate(day), QLocale.FormatType.LongFormat)
