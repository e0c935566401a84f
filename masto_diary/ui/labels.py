"""Display names of the model's enums, translatable (the database keeps the English values)."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from masto_diary.enums import Diagnosis, Sex

CONTEXT = "labels"

DIAGNOSIS_LABELS: dict[Diagnosis, str] = {
    Diagnosis.CUTANEOUS: QT_TRANSLATE_NOOP("labels", "Cutaneous mastocytosis"),
    Diagnosis.INDOLENT_SYSTEMIC: QT_TRANSLATE_NOOP("labels", "Indolent systemic mastocytosis"),
    Diagnosis.SMOULDERING_SYSTEMIC: QT_TRANSLATE_NOOP(
        "labels", "Smouldering systemic mastocytosis"
    ),
    Diagnosis.OTHER: QT_TRANSLATE_NOOP("labels", "Other"),
    Diagnosis.UNKNOWN: QT_TRANSLATE_NOOP("labels", "Not known yet"),
}

SEX_LABELS: dict[Sex | None, str] = {
    None: QT_TRANSLATE_NOOP("labels", "Not stated"),
    Sex.FEMALE: QT_TRANSLATE_NOOP("labels", "Girl"),
    Sex.MALE: QT_TRANSLATE_NOOP("labels", "Boy"),
    Sex.OTHER: QT_TRANSLATE_NOOP("labels", "Other"),
}


def label(table: dict, value) -> str:
    """The translated display name of ``value`` in one of the tables above."""
    return QCoreApplication.translate(CONTEXT, table[value])
