"""The Conflicts view in words: which child, which day (with its year), what differs, where
and when each version was saved, and the injections likely logged twice.

``masto_diary/sync/conflicts.py`` finds the names and values; this module only says them, in
the app's language (context "conflicts").  A version that is a deletion says "deleted".
"""

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from masto_diary.words import report_texts
from masto_diary.words.noop import QT_TRANSLATE_NOOP
from masto_diary.words.sentence import fill_in

CONTEXT = "conflicts"
DASH = "—"
WHAT = {
    "daily_entry": QT_TRANSLATE_NOOP("conflicts", "The evening"),
    "symptom_score": QT_TRANSLATE_NOOP("conflicts", "A score"),
    "episode": QT_TRANSLATE_NOOP("conflicts", "The episode"),
    "injection": QT_TRANSLATE_NOOP("conflicts", "The injection"),
    "medication": QT_TRANSLATE_NOOP("conflicts", "The medication"),
    "lab_result": QT_TRANSLATE_NOOP("conflicts", "The lab result"),
    "clinic_visit": QT_TRANSLATE_NOOP("conflicts", "The visit"),
    "weight_record": QT_TRANSLATE_NOOP("conflicts", "The weight"),
    "height_record": QT_TRANSLATE_NOOP("conflicts", "The height"),
    "child": QT_TRANSLATE_NOOP("conflicts", "The child's details"),
    "symptom_definition": QT_TRANSLATE_NOOP("conflicts", "A symptom"),
    "trigger": QT_TRANSLATE_NOOP("conflicts", "A trigger"),
    "treatment_plan": QT_TRANSLATE_NOOP("conflicts", "The treatment plan"),
    "clinic_questionnaire": QT_TRANSLATE_NOOP("conflicts", "A questionnaire"),
    "questionnaire_answer": QT_TRANSLATE_NOOP("conflicts", "The questionnaire's answers"),
}
A_RECORD = QT_TRANSLATE_NOOP("conflicts", "A record")
FIELDS = {
    "symptoms": QT_TRANSLATE_NOOP("conflicts", "symptoms"),
    "triggers": QT_TRANSLATE_NOOP("conflicts", "triggers"),
    "notes": QT_TRANSLATE_NOOP("conflicts", "notes"),
    "wellbeing": QT_TRANSLATE_NOOP("conflicts", "wellbeing"),
    "school_missed": QT_TRANSLATE_NOOP("conflicts", "school missed"),
    "sleep_disturbed": QT_TRANSLATE_NOOP("conflicts", "sleep disturbed"),
    "reported_by": QT_TRANSLATE_NOOP("conflicts", "reported by"),
    "started_at": QT_TRANSLATE_NOOP("conflicts", "start"),
    "ended_at": QT_TRANSLATE_NOOP("conflicts", "end"),
    "kind": QT_TRANSLATE_NOOP("conflicts", "kind"),
    "severity": QT_TRANSLATE_NOOP("conflicts", "severity"),
    "rescue_antihistamine": QT_TRANSLATE_NOOP("conflicts", "antihistamine"),
    "rescue_steroid": QT_TRANSLATE_NOOP("conflicts", "steroid"),
    "rescue_epinephrine": QT_TRANSLATE_NOOP("conflicts", "adrenaline"),
    "rescue_emergency_visit": QT_TRANSLATE_NOOP("conflicts", "emergency visit"),
    "rescue_notes": QT_TRANSLATE_NOOP("conflicts", "rescue notes"),
    "given_at": QT_TRANSLATE_NOOP("conflicts", "time given"),
    "dose_mg": QT_TRANSLATE_NOOP("conflicts", "dose (mg)"),
    "dose": QT_TRANSLATE_NOOP("conflicts", "dose"),
    "site": QT_TRANSLATE_NOOP("conflicts", "site"),
    "place": QT_TRANSLATE_NOOP("conflicts", "place"),
    "local_reaction": QT_TRANSLATE_NOOP("conflicts", "local reaction"),
    "kg": QT_TRANSLATE_NOOP("conflicts", "weight (kg)"),
    "cm": QT_TRANSLATE_NOOP("conflicts", "height (cm)"),
    "name": QT_TRANSLATE_NOOP("conflicts", "name"),
    "label": QT_TRANSLATE_NOOP("conflicts", "name"),
    "birth_date": QT_TRANSLATE_NOOP("conflicts", "birth date"),
    "value": QT_TRANSLATE_NOOP("conflicts", "value"),
    "date": QT_TRANSLATE_NOOP("conflicts", "day"),
}
OTHER_FIELD = QT_TRANSLATE_NOOP("conflicts", "other details")
ENUMS = {
    "kind": report_texts.episode_kind,
    "severity": report_texts.severity,
    "site": report_texts.site,
    "place": report_texts.place,
    "local_reaction": report_texts.reaction,
    "drug_class": report_texts.drug_class,
    "analyte": report_texts.analyte,
    "diagnosis": report_texts.diagnosis,
    "condition": report_texts.condition,
}
BOOLEANS = frozenset(
    {"school_missed", "sleep_disturbed", "archived", "active"}
    | {f for f in FIELDS if "rescue_" in f}
) - {"rescue_notes"}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def day(value: dt.date) -> str:
    """``1 March 2026``: the year always, the month in the app's language."""
    return QLocale().toString(QDate(value.year, value.month, value.day), "d MMMM yyyy")


def moment(value: dt.datetime) -> str:
    """``1 Mar 2026 21:04`` (local time)."""
    when = QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))
    return QLocale().toString(when, "d MMM yyyy HH:mm")


def laptop(side: Any) -> str:
    """The laptop's own name in quotes (“kitchen laptop”), else "another laptop"."""
    return fill_in(tr("“%1”"), side.laptop) if side.laptop else tr("another laptop")


def heading(described: Any) -> str:
    """``Anna — the evening of 1 March 2026``."""
    what = tr(WHAT.get(described.table, A_RECORD))
    if described.day is not None:
        what = fill_in(tr("%1 of %2"), what, day(described.day))
    return fill_in(tr("%1 — %2"), described.child, what) if described.child else what


def kept_line(side: Any) -> str:
    if side.deleted:
        return fill_in(tr("In the diary: deleted %1 on %2."), moment(side.saved), laptop(side))
    return fill_in(
        tr("In the diary: the version saved %1 on %2."), moment(side.saved), laptop(side)
    )


def other_line(side: Any) -> str:
    if side.deleted:
        return fill_in(
            tr("Not kept: the deletion made %1 on %2."), moment(side.saved), laptop(side)
        )
    return fill_in(tr("Not kept: the version saved %1 on %2."), moment(side.saved), laptop(side))


def value_text(field: str, value: Any) -> str:
    """A value as a parent reads it: none as a dash, yes/no, local times, enum labels."""
    if value is None or value == []:
        return DASH
    if isinstance(value, list):
        return ", ".join(value)
    if isinstance(value, dt.datetime):
        return moment(value)
    if field in BOOLEANS:
        return tr("yes") if value else tr("no")
    if field in ENUMS:
        return ENUMS[field](value)
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:39] + "…"
        return fill_in(tr("“%1”"), shown.replace("\n", " "))
    return str(value)


def difference(item: Any) -> str:
    """``itching 3 → 2``: the kept value, then the other one."""
    name = item.name if item.field == "score" else tr(FIELDS.get(item.field, OTHER_FIELD))
    return fill_in(
        tr("%1 %2 → %3"),
        name,
        value_text(item.field, item.kept),
        value_text(item.field, item.other),
    )


def held(item: Any, value: Any) -> str:
    """``Itching 2``: one field of a version."""
    name = item.name if item.field == "score" else tr(FIELDS.get(item.field, OTHER_FIELD))
    return fill_in(tr("%1 %2"), name, value_text(item.field, value))


def sentence(described: Any) -> str:
    """The whole text of one conflict, a line each: what, kept, not kept, what differs."""
    lines = [heading(described), kept_line(described.kept), other_line(described.other)]
    deleted = described.kept.deleted or described.other.deleted
    if described.differences and deleted:  # what the version that is not a deletion holds
        alive = "other" if described.kept.deleted else "kept"
        lines.append(
            fill_in(
                tr("The saved version holds: %1"),
                " · ".join(held(item, getattr(item, alive)) for item in described.differences),
            )
        )
    elif described.differences:
        lines.append(
            fill_in(
                tr("What differs (in the diary → not kept): %1"),
                " · ".join(difference(item) for item in described.differences),
            )
        )
    return "\n".join(lines)


def duplicate_sentence(duplicate: Any) -> str:
    """Two injections of one child on one day, logged on two laptops."""
    what = fill_in(
        tr("%1 — two injections on %2, likely the same dose logged twice"),
        duplicate.child or DASH,
        day(duplicate.day),
    )
    lines = [what]
    for dose in (duplicate.first, duplicate.second):
        lines.append(
            fill_in(
                tr("%1 mg at %2, logged on %3 (%4)"),
                report_texts.dose(dose.dose_mg),
                report_texts.time_of(dose.given),
                laptop(dose.side),
                moment(dose.side.saved),
            )
        )
    lines.append(tr("“Keep one” deletes the second; “Keep both” if both were given."))
    return "\n".join(lines)
