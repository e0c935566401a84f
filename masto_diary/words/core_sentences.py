"""The core's sentences (the models' ``check()``, the services, storage) in the family's language.

The core raises English sentences and stays free of Qt (docs/architecture.md), so the window
translates them here, at its edge: each sentence shape the core makes is a pattern and the
translatable template it becomes; the parts that vary (a field's label, a number, a name) are
put back with :func:`~masto_diary.words.sentence.fill_in`, and the labels are translated too.
A sentence no pattern knows is shown as it is (in English), never dropped.
"""

import errno
import functools
import re

from PySide6.QtCore import QCoreApplication

from masto_diary.words.noop import QT_TRANSLATE_NOOP
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
# Compiled on the first refusal (:func:`patterns`), not on import: the window imports this
# module on its way to the first frame, and fifty patterns cost milliseconds to compile.
SHAPES: tuple[tuple[str, str], ...] = tuple(
    (pattern, template)
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
            r"^The measurement's day, (\S+), is before the child's birth on (\S+): check the "
            r"day\.$",
            QT_TRANSLATE_NOOP(
                "core",
                "The measurement's day, %1, is before the child's birth on %2: check the day.",
            ),
        ),
        (
            r"^The measurement's day, (\S+), is in the future: check the day\.$",
            QT_TRANSLATE_NOOP(
                "core", "The measurement's day, %1, is in the future: check the day."
            ),
        ),
        *(
            (
                rf"^This {noun} is far outside WHO's growth charts for the child's age and sex "
                r"\(z-score (\S+); WHO calls beyond ±(\S+) implausible\): check the value, and "
                r"keep it only if it is right\.$",
                template,
            )
            for noun, template in (
                (
                    "weight",
                    QT_TRANSLATE_NOOP(
                        "core",
                        "This weight is far outside WHO's growth charts for the child's age "
                        "and sex (z-score %1; WHO calls beyond ±%2 implausible): "
                        "check the value, and keep it only if it is right.",
                    ),
                ),
                (
                    "height",
                    QT_TRANSLATE_NOOP(
                        "core",
                        "This height is far outside WHO's growth charts for the child's age "
                        "and sex (z-score %1; WHO calls beyond ±%2 implausible): "
                        "check the value, and keep it only if it is right.",
                    ),
                ),
                (
                    "weight for the height",
                    QT_TRANSLATE_NOOP(
                        "core",
                        "This weight for the height is far outside WHO's growth charts for "
                        "the child's age and sex (z-score %1; WHO calls beyond ±%2 implausible): "
                        "check the value, and keep it only if it is right.",
                    ),
                ),
            )
        ),  # fmt: skip
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
        # storage: a file that is not a diary, or cannot be opened (storage/diary_file.py)
        (
            r"^(\S+) is empty \(0 bytes\), so it holds no diary\. The file has been left as it "
            r"is; restore the newest backup \(File ▸ Backups…, or masto-diary restore\) or "
            r"open another file\.$",
            QT_TRANSLATE_NOOP(
                "core",
                "%1 is empty (0 bytes), so it holds no diary. The file has been left as it is; "
                "restore the newest backup (File ▸ Backups…) or open another file.",
            ),
        ),
        (
            r"^(\S+) is not a masto-diary diary: it is not an SQLite database\. The file has "
            r"been left as it is\.$",
            QT_TRANSLATE_NOOP(
                "core",
                "%1 is not a masto-diary diary: it is not an SQLite database. The file has been "
                "left as it is.",
            ),
        ),
        (
            r"^(\S+) is damaged and cannot be read \((.+)\)\. The file has been left as it "
            r"is; restore a backup or open another file\.$",
            QT_TRANSLATE_NOOP(
                "core",
                "%1 is damaged and cannot be read (%2). The file has been left as it is; "
                "restore a backup or open another file.",
            ),
        ),
        (
            r"^(\S+) is damaged: SQLite's integrity check reports “(.+)”\. The file has been "
            r"left as it is; restore a backup or open another file\.$",
            QT_TRANSLATE_NOOP(
                "core",
                "%1 is damaged: SQLite's integrity check reports “%2”. The file has been left "
                "as it is; restore a backup or open another file.",
            ),
        ),
        (
            r"^(\S+) is damaged: some of its records refer to records that are missing "
            r"\((.+)\)\. The file has been left as it is; restore a backup or open another "
            r"file\.$",
            QT_TRANSLATE_NOOP(
                "core",
                "%1 is damaged: some of its records refer to records that are missing (%2). "
                "The file has been left as it is; restore a backup or open another file.",
            ),
        ),
        (
            r"^row (\d+) of '(\w+)' refers to a missing row of '(\w+)'$",
            QT_TRANSLATE_NOOP("core", "row %1 of '%2' refers to a missing row of '%3'"),
        ),
        (
            r"^(\d+) rows of '(\w+)' \((.+)\) refer to missing rows of '(\w+)'$",
            QT_TRANSLATE_NOOP("core", "%1 rows of '%2' (%3) refer to missing rows of '%4'"),
        ),
        (
            r"^(\S+) is an SQLite database but not a masto-diary diary(?: \(it has a 'child' "
            r"table but no schema version\))?\. The file has been left as it is\.$",
            QT_TRANSLATE_NOOP(
                "core",
                "%1 is an SQLite database but not a masto-diary diary. The file has been left "
                "as it is.",
            ),
        ),
        (
            r"^(\S+) was written by a newer version of masto-diary \(schema (.+)\)\. Install "
            r"the newer version to open it; the file has been left as it is\.$",
            QT_TRANSLATE_NOOP(
                "core",
                "%1 was written by a newer version of masto-diary (schema %2). Install the "
                "newer version to open it; the file has been left as it is.",
            ),
        ),
        (
            r"^The diary (.+) cannot be read: (.+)\.$",
            QT_TRANSLATE_NOOP("core", "The diary %1 cannot be read: %2."),
        ),
        # storage: another user's folder or diary (storage/paths.py)
        (
            r"^masto-diary may not read (.+): it belongs to the user (\S+)\. "
            r"Start masto-diary as that user, or ask them to copy the diary into a folder of "
            r"yours \(or, as the administrator, run: (.+)\)$",
            QT_TRANSLATE_NOOP(
                "core",
                "masto-diary may not read %1: it belongs to the user %2. Start masto-diary as "
                "that user, or ask them to copy the diary into a folder of yours (or, as the "
                "administrator, run: %3)",
            ),
        ),
        (
            r"^masto-diary may not read (.+): it belongs to another user\. Start masto-diary as "
            r"that user, or ask them to copy the diary into a folder of yours \(or, as the "
            r"administrator, run: (.+)\)$",
            QT_TRANSLATE_NOOP(
                "core",
                "masto-diary may not read %1: it belongs to another user. Start masto-diary as "
                "that user, or ask them to copy the diary into a folder of yours (or, as the "
                "administrator, run: %2)",
            ),
        ),
        (
            r"^You took away your own right to read (.+)\. Allow reading and writing in its "
            r"properties \(or run: (.+)\), then start masto-diary again$",
            QT_TRANSLATE_NOOP(
                "core",
                "You took away your own right to read %1. Allow reading and writing in its "
                "properties (or run: %2), then start masto-diary again",
            ),
        ),
        (
            r"^masto-diary may not write in the folder (.+) \(it belongs to another user\)\. "
            r"Open a diary in your own folder, or ask that user to copy it for you$",
            QT_TRANSLATE_NOOP(
                "core",
                "masto-diary may not write in the folder %1 (it belongs to another user). Open "
                "a diary in your own folder, or ask that user to copy it for you",
            ),
        ),
        # storage: writing, the lock, backups (storage/diary.py, writer_lock.py, backups.py)
        (
            r"^The diary in (.+) can no longer be written \(the file or its disk became "
            r"read-only\)\. Nothing was changed; make it writable and try again\.$",
            QT_TRANSLATE_NOOP(
                "core",
                "The diary in %1 can no longer be written (the file or its disk became "
                "read-only). Nothing was changed; make it writable and try again.",
            ),
        ),
        (
            r"^The disk of the folder (.+) reported an error while saving\. Nothing was "
            r"changed; check the disk and try again\.$",
            QT_TRANSLATE_NOOP(
                "core",
                "The disk of the folder %1 reported an error while saving. Nothing was changed; "
                "check the disk and try again.",
            ),
        ),
        (
            r"^The diary (\S+) is in use by (.+)\. Wait for it to finish, or close the "
            r"masto-diary window, then try again\. Nothing was changed\.$",
            QT_TRANSLATE_NOOP(
                "core",
                "The diary %1 is in use by %2. Wait for it to finish, or close the masto-diary "
                "window, then try again. Nothing was changed.",
            ),
        ),
        (
            r"^The diary in (.+) cannot be opened for writing: (.+)\. Check that the folder is "
            r"yours and writable, or open a copy of the diary elsewhere\.$",
            QT_TRANSLATE_NOOP(
                "core",
                "The diary in %1 cannot be opened for writing: %2. Check that the folder is "
                "yours and writable, or open a copy of the diary elsewhere.",
            ),
        ),
        (
            r"^The backup (\S+) could not be written in the folder (.+) \((.+)\); the diary "
            r"was not changed\. Free some space on that disk, or choose another backups "
            r"folder, and try again\.$",
            QT_TRANSLATE_NOOP(
                "core",
                "The backup %1 could not be written in the folder %2 (%3); the diary was not "
                "changed. Free some space on that disk, or choose another backups folder, and "
                "try again.",
            ),
        ),
        (
            r"^The backup (\S+) (?:failed its integrity check|is damaged): (.+)\.$",
            QT_TRANSLATE_NOOP("core", "The backup %1 is damaged: %2."),
        ),
        (
            r"^(\S+) is still open in another window or program; close it and try again\.$",
            QT_TRANSLATE_NOOP(
                "core", "%1 is still open in another window or program; close it and try again."
            ),
        ),
        # services: a record changed meanwhile, medication and plan dates
        (
            r"^There is no [a-z ]+ with id (\d+)$",  # storage.changes.existing
            QT_TRANSLATE_NOOP(
                "core", "This record is no longer in the diary: it was deleted meanwhile"
            ),
        ),
        (
            r"^It can no longer be undone: the diary changed in the same place since\.$",
            QT_TRANSLATE_NOOP(
                "core", "It can no longer be undone: the diary changed in the same place since."
            ),
        ),
        (r"^(.+) is still being taken$", QT_TRANSLATE_NOOP("core", "%1 is still being taken")),
        (
            r"^(.+) can restart after (\S+)$",
            QT_TRANSLATE_NOOP("core", "%1 can restart after %2"),
        ),
        (
            r"^(.+) was already stopped on (\S+)$",
            QT_TRANSLATE_NOOP("core", "%1 was already stopped on %2"),
        ),
        (
            r"^The new dose must start after (\S+), when the current dose started$",
            QT_TRANSLATE_NOOP(
                "core", "The new dose must start after %1, when the current dose started"
            ),
        ),
        (
            r"^A medication cannot stop before it started \((\S+)\)$",
            QT_TRANSLATE_NOOP("core", "A medication cannot stop before it started (%1)"),
        ),
        (
            r"^A new plan must start after the current plan's start \((\S+)\)$",
            QT_TRANSLATE_NOOP("core", "A new plan must start after the current plan's start (%1)"),
        ),
        (
            r"^The plan must start after the previous plan's start \((\S+)\)$",
            QT_TRANSLATE_NOOP("core", "The plan must start after the previous plan's start (%1)"),
        ),
        # last: a reason the diary is read-only (translated above) and what was done
        (
            r"^(.+)\. masto-diary only reads this diary \(open the window to look at it, export "
            r"it or make a report\); nothing was changed\.$",
            QT_TRANSLATE_NOOP(
                "core",
                "%1. masto-diary only reads this diary (look at it, export it or make a "
                "report); nothing was changed.",
            ),
        ),
        (r"^(.+)\. Nothing was changed\.$", QT_TRANSLATE_NOOP("core", "%1. Nothing was changed.")),
    )
)


@functools.cache
def patterns() -> tuple[tuple[re.Pattern, str], ...]:
    return tuple((re.compile(pattern), template) for pattern, template in SHAPES)


# Templates whose parts are core sentences themselves (a reason, a list of dangling rows).
NESTED = frozenset(
    {
        "%1 is damaged: some of its records refer to records that are missing (%2). "
        "The file has been left as it is; restore a backup or open another file.",
        "%1. masto-diary only reads this diary (look at it, export it or make a "
        "report); nothing was changed.",
        "%1. Nothing was changed.",
    }
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


# What the operating system said (``OSError.errno``), for a file the window could not write.
OS_ERRORS = {
    errno.EACCES: QT_TRANSLATE_NOOP("core", "%1: masto-diary is not allowed to write there"),
    errno.EPERM: QT_TRANSLATE_NOOP("core", "%1: masto-diary is not allowed to write there"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("core", "%1: the disk is full; free some space on it"),
    errno.EROFS: QT_TRANSLATE_NOOP("core", "%1: the disk can only be read"),
    errno.ENOENT: QT_TRANSLATE_NOOP("core", "%1: the folder does not exist"),
    errno.EISDIR: QT_TRANSLATE_NOOP("core", "%1 is a folder; choose a file name"),
}
OS_ERROR_OTHER = QT_TRANSLATE_NOOP("core", "%1: the computer reported an error (%2)")


def translate_os_error(error: OSError) -> str:
    """An ``OSError`` as a sentence naming the file, never "[Errno 13] Permission denied: …"."""
    where = error.filename or error.filename2 or ""
    template = OS_ERRORS.get(error.errno or 0)
    if template is None:
        return fill_in(_tr(OS_ERROR_OTHER), where, error.strerror or error.__class__.__name__)
    return fill_in(_tr(template), where)


def translate_core(message: str | Exception) -> str:
    """The core's English sentence in the installed language (parts joined by "; " each)."""
    if isinstance(message, OSError):
        return translate_os_error(message)
    text = str(message)
    whole = _translate_one(text)
    if whole is not None or "; " not in text:
        return whole or text
    return "; ".join(_translate_one(part) or part for part in text.split("; "))


def _translate_one(text: str) -> str | None:
    if text in FIXED:
        return _tr(text)
    for pattern, template in patterns():
        found = pattern.match(text)
        if found is None:
            continue
        parts = [part or "" for part in found.groups()]
        if "label" in pattern.groupindex:
            parts[0] = _tr(found["label"])
        if template in NESTED:
            parts = [translate_core(part) for part in parts]
        return fill_in(_tr(template), *parts)
    return None
