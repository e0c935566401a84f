"""How the report words numbers, dates and labels: one place, so the tests can use it too.

Every visible string goes through :func:`tr` (context ``"report"``) and the enum labels through
:mod:`masto_diary.words.labels`, so the Italian translation covers the report as well.  Numbers
and month names follow the locale (``QLocale()``); dates are written with the month as a
word ("26 Nov 2026"), which no reader on either side of the Atlantic can misread.
"""

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from masto_diary.enums import (
    Analyte,
    Condition,
    Diagnosis,
    DrugClass,
    EpisodeKind,
    InjectionSite,
    LocalReaction,
    Place,
    Severity,
    Sex,
)
from masto_diary.words import labels
from masto_diary.words.sentence import fill_in

CONTEXT = "report"
DASH = "—"


def tr(text: str) -> str:
    """``text`` translated in the report's context."""
    return QCoreApplication.translate(CONTEXT, text)


def number(value: float | None, decimals: int = 1) -> str:
    """A figure with ``decimals`` decimals in the locale's notation; a dash when unknown."""
    if value is None:
        return DASH
    return QLocale().toString(float(value), "f", decimals)


def percent(value: float | None) -> str:
    """A share (already x 100) as a whole percentage, e.g. "79 %"; a dash when unknown."""
    if value is None:
        return DASH
    text = fill_in(tr("%1 %"), QLocale().toString(round(value)))
    return text.replace(" %", "\u00a0%")  # never "(96" on one line and "%)" on the next


def count(value: int) -> str:
    """A whole number in the locale's notation."""
    return QLocale().toString(int(value))


def dose(value: float) -> str:
    """A dose without trailing zeros: 150, 0.15, 2.5."""
    text = QLocale().toString(float(value), "f", 3)
    decimal = QLocale().decimalPoint()
    if decimal in text:
        text = text.rstrip("0").rstrip(decimal)
    return text


def date(day: dt.date | None) -> str:
    """``26 Nov 2026`` with the locale's month abbreviation."""
    if day is None:
        return DASH
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def short_date(day: dt.date) -> str:
    """``26 Nov`` for chart axes."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM")


def month(day: dt.date) -> str:
    """``Nov 2026`` for long chart axes."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "MMM yyyy")


def period(start: dt.date, end: dt.date) -> str:
    """``29 Aug 2026 – 26 Nov 2026``."""
    return f"{date(start)} – {date(end)}"


def time_of(moment: dt.datetime) -> str:
    """Local time of a moment as ``HH:mm``."""
    return f"{moment.hour:02d}:{moment.minute:02d}"


def days_text(days: int) -> str:
    """``1 day`` / ``N days``."""
    return tr("1 day") if days == 1 else fill_in(tr("%1 days"), count(days))


# --------------------------------------------------------------------------- enum labels


def _enum_label(table: dict, enum_cls, value: str | None) -> str:
    """The translated label of a stored enum value; the value itself if it is unknown."""
    if value is None:
        return DASH
    try:
        return labels.label(table, enum_cls(value))
    except (ValueError, KeyError):
        return str(value)


def diagnosis(value: str) -> str:
    return _enum_label(labels.DIAGNOSIS_LABELS, Diagnosis, value)


def condition(value: str) -> str:
    return _enum_label(labels.CONDITION_LABELS, Condition, value)


def sex(value: str | None) -> str:
    return labels.label(labels.SEX_LABELS, None) if value is None else _sex(value)


def _sex(value: str) -> str:
    return _enum_label(labels.SEX_LABELS, Sex, value)


def episode_kind(value: str) -> str:
    return _enum_label(labels.EPISODE_KIND_LABELS, EpisodeKind, value)


def severity(value: str) -> str:
    return _enum_label(labels.SEVERITY_LABELS, Severity, value)


def site(value: str | None) -> str:
    return _enum_label(labels.SITE_LABELS, InjectionSite, value)


def place(value: str) -> str:
    return _enum_label(labels.PLACE_LABELS, Place, value)


def reaction(value: str) -> str:
    return _enum_label(labels.REACTION_LABELS, LocalReaction, value)


def drug_class(value: str) -> str:
    return _enum_label(labels.DRUG_CLASS_LABELS, DrugClass, value)


def analyte(value: str) -> str:
    """Known analytes by their label; a custom test by its own name."""
    try:
        member = Analyte(value)
    except ValueError:
        return value
    return labels.label(labels.ANALYTE_LABELS, member)


def empty_period(start: dt.date, end: dt.date) -> str:
    """The sentence shown instead of a report when nothing was recorded in the period."""
    return fill_in(
        tr(
            "Nothing was recorded between %1 and %2 (no daily entry, episode or injection), "
            "so no report was made. Choose a period with diary entries."
        ),
        date(start),
        date(end),
    )
