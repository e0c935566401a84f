"""The core's sentences (the models' ``check()``, the services, storage) in the family's language.

The core raises English sentences and stays free of Qt (docs/architecture.md), so the window
translates them here, at its edge: each sentence shape the core makes is a pattern and the
translatable template it becomes; the parts that vary (a field's label, a number, a name) are
put back with :func:`~masto_diary.words.sentence.fill_in`, and the labels are translated too.
A sentence no pattern knows is shown as it is (in English), never dropped.
"""

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from masto_diary.words.sentence import fill_in

CONTEXT = "core"

# The labels the models put in front of a rule (models.py), so that lupdate collects them.
LABELS = (
    QT_TRANSLATE_NOOP("core", "Given by"),
    QT_TRANSLATE_NOOP("core", "Notes"),
    QT_TRANSLATE_NOOP("core", "Reported by"),
    QT_TRANSLATE_NOOP("core", "Sex"),
    QT_TRANSLATE_NOOP("core", "The analyte"),
    QT_TRANSLATE_NOOP("core", "The birth date"),
    QT_TRANSLATE_NOOP("core", "The clinic"),
    QT_TRANSLATE_NOOP("core", "The clinician"),
    QT_TRANSLATE_NOOP("core", "The day"),
    QT_TRANSLATE_NOOP("core", "The day of the weight"),
    QT_TRANSLATE_NOOP("core", "The day the sample was taken"),
    QT_TRANSLATE_NOOP("core", "The diagnosis"),
    QT_TRANSLATE_NOOP("core", "The drug class"),
    QT_TRANSLATE_NOOP("core", "The end time"),
    QT_TRANSLATE_NOOP("core", "The frequency"),
    QT_TRANSLATE_NOOP("core", "The injection site"),
    QT_TRANSLATE_NOOP("core", "The kind of episode"),
    QT_TRANSLATE_NOOP("core", "The lot"),
    QT_TRANSLATE_NOOP("core", "The name of the test"),
    QT_TRANSLATE_NOOP("core", "The outcome"),
    QT_TRANSLATE_NOOP("core", "The place"),
    QT_TRANSLATE_NOOP("core", "The questions"),
    QT_TRANSLATE_NOOP("core", "The reason"),
    QT_TRANSLATE_NOOP("core", "The rescue notes"),
    QT_TRANSLATE_NOOP("core", "The severity"),
    QT_TRANSLATE_NOOP("core", "The start date"),
    QT_TRANSLATE_NOOP("core", "The start time"),
    QT_TRANSLATE_NOOP("core", "The time of the injection"),
    QT_TRANSLATE_NOOP("core", "The unit"),
    QT_TRANSLATE_NOOP("core", "The visit date"),
    QT_TRANSLATE_NOOP("core", "The child's name"),
    QT_TRANSLATE_NOOP("core", "The creation time"),
    QT_TRANSLATE_NOOP("core", "The dose (mg)"),
    QT_TRANSLATE_NOOP("core", "The dose unit"),
    QT_TRANSLATE_NOOP("core", "The dose"),
    QT_TRANSLATE_NOOP("core", "The drug name"),
    QT_TRANSLATE_NOOP("core", "The end date"),
    QT_TRANSLATE_NOOP("core", "The expiry date"),
    QT_TRANSLATE_NOOP("core", "The interval (days)"),
    QT_TRANSLATE_NOOP("core", "The local reaction"),
    QT_TRANSLATE_NOOP("core", "The lower reference limit"),
    QT_TRANSLATE_NOOP("core", "The medication name"),
    QT_TRANSLATE_NOOP("core", "The scale maximum"),
    QT_TRANSLATE_NOOP("core", "The symptom key"),
    QT_TRANSLATE_NOOP("core", "The symptom name"),
    QT_TRANSLATE_NOOP("core", "The time of the last change"),
    QT_TRANSLATE_NOOP("core", "The trigger name"),
    QT_TRANSLATE_NOOP("core", "The upper reference limit"),
    QT_TRANSLATE_NOOP("core", "Wellbeing"),
)

# Only the labels above: a sentence about something else is left as it is, not half-translated.
_LABEL = "(?P<label>" + "|".join(map(re.escape, sorted(LABELS, key=len, reverse=True))) + ")"
_HIDDEN = r"control characters or text-direction marks \(found (.+)\); type it again without them"

# (pattern of the English sentence, its translatable template); the first that matches wins.
PATTERNS: tuple[tuple[re.Pattern, str], ...] = tuple(
    (re.compile(pattern), template)
    for pattern, template in (
        (
            rf"^{_LABEL} cannot hold line breaks, {_HIDDEN}$",
            QT_TRANSLATE_NOOP(
                "core",
                "%1 cannot hold line breaks, control characters or text-direction marks "
                "(found %2); type it again without them",
            ),
        ),
        (
            rf"^{_LABEL} cannot hold {_HIDDEN}$",
            QT_TRANSLATE_NOOP(
                "core",
                "%1 cannot hold control characters or text-direction marks (found %2); type it "
                "again without them",
            ),
        ),
        (
            rf"^{_LABEL} must be between (.+) and (.+), got (.+)$",
            QT_TRANSLATE_NOOP("core", "%1 must be between %2 and %3, got %4"),
        ),
        (
            rf"^{_LABEL} must be at most ([\d,]+) characters$",
            QT_TRANSLATE_NOOP("core", "%1 must be at most %2 characters"),
        ),
        (rf"^{_LABEL} is required$", QT_TRANSLATE_NOOP("core", "%1 is required")),
        (rf"^{_LABEL} must be text$", QT_TRANSLATE_NOOP("core", "%1 must be text")),
        (
            rf"^{_LABEL} must carry its time zone$",
            QT_TRANSLATE_NOOP("core", "%1 must carry its time zone"),
        ),
        (
            rf"^{_LABEL} must be a number, got (.+)$",
            QT_TRANSLATE_NOOP("core", "%1 must be a number, got %2"),
        ),
        (
            rf"^{_LABEL} must be at least (\S+), got (.+)$",
            QT_TRANSLATE_NOOP("core", "%1 must be at least %2, got %3"),
        ),
        (
            rf"^{_LABEL} must be (\S+)–(\S+), got (.+)$",
            QT_TRANSLATE_NOOP("core", "%1 must be %2–%3, got %4"),
        ),
        (
            rf"^{_LABEL} must be one of (.+), got (.+)$",
            QT_TRANSLATE_NOOP("core", "%1 must be one of %2, got %3"),
        ),
        (
            r"^A child named '(.+)' is already in this diary$",
            QT_TRANSLATE_NOOP("core", "A child named '%1' is already in this diary"),
        ),
        (
            r"^The symptom '(.+)' is already in the list$",
            QT_TRANSLATE_NOOP("core", "The symptom '%1' is already in the list"),
        ),
        (
            r"^The trigger '(.+)' is already in the list$",
            QT_TRANSLATE_NOOP("core", "The trigger '%1' is already in the list"),
        ),
        (
            r"^weight must be above 0 and at most 300 kg, got (.+)$",
            QT_TRANSLATE_NOOP("core", "The weight must be above 0 and at most 300 kg, got %1"),
        ),
        (
            r"^The diary could not be saved: the disk of the folder (.+) is full\. Nothing was "
            r"changed; free some space on that disk and try again\.$",
            QT_TRANSLATE_NOOP(
                "core",
                "The diary could not be saved: the disk of the folder %1 is full. Nothing was "
                "changed; free some space on that disk and try again.",
            ),
        ),
        (
            r"^The folder (.+) is on a disk that can only be read\. Copy the folder to a disk you "
            r"can write on and open that copy \(--data-dir\) to write in the diary$",
            QT_TRANSLATE_NOOP(
                "core",
                "The folder %1 is on a disk that can only be read. Copy the folder to a disk you "
                "can write on and open that copy to write in the diary",
            ),
        ),
        (
            r"^(\S+) in (.+) was made read-only\. To write in it again, allow writing in the "
            r"file's properties \(or run: (.+)\)$",
            QT_TRANSLATE_NOOP(
                "core",
                "%1 in %2 was made read-only. To write in it again, allow writing in the file's "
                "properties (or run: %3)",
            ),
        ),
        (
            r"^The folder (.+) was made read-only\. To write in the diary again, allow writing "
            r"in the folder's properties \(or run: (.+)\)$",
            QT_TRANSLATE_NOOP(
                "core",
                "The folder %1 was made read-only. To write in the diary again, allow writing in "
                "the folder's properties (or run: %2)",
            ),
        ),
    )
)

FIXED = (
    QT_TRANSLATE_NOOP("core", "The birth date cannot be in the future"),
    QT_TRANSLATE_NOOP("core", "The end must not be before the start"),
    QT_TRANSLATE_NOOP("core", "The plan cannot end before it starts"),
    QT_TRANSLATE_NOOP("core", "A medication cannot end before it starts"),
    QT_TRANSLATE_NOOP("core", "The next visit must be dated today or later"),
    QT_TRANSLATE_NOOP("core", "Give the dose: there is no treatment plan yet"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def translate_core(message: str | Exception) -> str:
    """The core's English sentence in the installed language (parts joined by "; " each)."""
    text = str(message)
    whole = _translate_one(text)
    if whole is not None or "; " not in text:
        return whole or text
    return "; ".join(_translate_one(part) or part for part in text.split("; "))


def _translate_one(text: str) -> str | None:
    if text in FIXED:
        return _tr(text)
    for pattern, template in PATTERNS:
        found = pattern.match(text)
        if found is None:
            continue
        parts = list(found.groups())
        if "label" in pattern.groupindex:
            parts[0] = _tr(found["label"])
        return fill_in(_tr(template), *parts)
    return None
