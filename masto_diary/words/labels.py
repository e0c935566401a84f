"""Display names of the model's enums, translatable (the database keeps the English values).

Every page, dialog and the report use these tables through :func:`label`, so a value reads
the same everywhere; ``fill_combo`` in the user interface's ``formatting`` module offers them
in a combo box.
"""

from PySide6.QtCore import QCoreApplication

from masto_diary.enums import (
    Analyte,
    Condition,
    Diagnosis,
    DrugClass,
    EpisodeKind,
    InjectionSite,
    LocalReaction,
    Place,
    Reporter,
    Severity,
    Sex,
)
from masto_diary.words.noop import QT_TRANSLATE_NOOP

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

CONDITION_LABELS: dict[Condition, str] = {
    Condition.MASTOCYTOSIS: QT_TRANSLATE_NOOP("labels", "Mastocytosis"),
    Condition.CHRONIC_SPONTANEOUS_URTICARIA: QT_TRANSLATE_NOOP(
        "labels", "Chronic spontaneous urticaria"
    ),
    Condition.OTHER: QT_TRANSLATE_NOOP("labels", "Other condition"),
}

SEX_LABELS: dict[Sex | None, str] = {
    None: QT_TRANSLATE_NOOP("labels", "Not stated"),
    Sex.FEMALE: QT_TRANSLATE_NOOP("labels", "Girl"),
    Sex.MALE: QT_TRANSLATE_NOOP("labels", "Boy"),
    Sex.OTHER: QT_TRANSLATE_NOOP("labels", "Other"),
}

REPORTER_LABELS: dict[Reporter, str] = {
    Reporter.PARENT: QT_TRANSLATE_NOOP("labels", "Parent"),
    Reporter.CHILD: QT_TRANSLATE_NOOP("labels", "The child"),
    Reporter.OTHER_CARER: QT_TRANSLATE_NOOP("labels", "Other carer"),
}

EPISODE_KIND_LABELS: dict[EpisodeKind, str] = {
    EpisodeKind.FLUSH: QT_TRANSLATE_NOOP("labels", "Flushing"),
    EpisodeKind.ITCH: QT_TRANSLATE_NOOP("labels", "Itch"),
    EpisodeKind.HIVES_BLISTERS: QT_TRANSLATE_NOOP("labels", "Hives / blisters"),
    EpisodeKind.GASTROINTESTINAL: QT_TRANSLATE_NOOP("labels", "Gastrointestinal"),
    EpisodeKind.ANAPHYLAXIS: QT_TRANSLATE_NOOP("labels", "Anaphylaxis"),
    EpisodeKind.OTHER: QT_TRANSLATE_NOOP("labels", "Other"),
}

SEVERITY_LABELS: dict[Severity, str] = {
    Severity.MILD: QT_TRANSLATE_NOOP("labels", "Mild"),
    Severity.MODERATE: QT_TRANSLATE_NOOP("labels", "Moderate"),
    Severity.SEVERE: QT_TRANSLATE_NOOP("labels", "Severe"),
}

SITE_LABELS: dict[InjectionSite, str] = {
    InjectionSite.LEFT_UPPER_ARM: QT_TRANSLATE_NOOP("labels", "Left upper arm"),
    InjectionSite.RIGHT_UPPER_ARM: QT_TRANSLATE_NOOP("labels", "Right upper arm"),
    InjectionSite.LEFT_THIGH: QT_TRANSLATE_NOOP("labels", "Left thigh"),
    InjectionSite.RIGHT_THIGH: QT_TRANSLATE_NOOP("labels", "Right thigh"),
    InjectionSite.LEFT_ABDOMEN: QT_TRANSLATE_NOOP("labels", "Abdomen, left"),
    InjectionSite.RIGHT_ABDOMEN: QT_TRANSLATE_NOOP("labels", "Abdomen, right"),
}

PLACE_LABELS: dict[Place, str] = {
    Place.CLINIC: QT_TRANSLATE_NOOP("labels", "Clinic"),
    Place.HOME: QT_TRANSLATE_NOOP("labels", "Home"),
}

REACTION_LABELS: dict[LocalReaction, str] = {
    LocalReaction.NONE: QT_TRANSLATE_NOOP("labels", "None"),
    LocalReaction.MILD: QT_TRANSLATE_NOOP("labels", "Mild"),
    LocalReaction.MODERATE: QT_TRANSLATE_NOOP("labels", "Moderate"),
    LocalReaction.SEVERE: QT_TRANSLATE_NOOP("labels", "Severe"),
}

DRUG_CLASS_LABELS: dict[DrugClass, str] = {
    DrugClass.H1_ANTIHISTAMINE: QT_TRANSLATE_NOOP("labels", "H1 antihistamine"),
    DrugClass.H2_ANTIHISTAMINE: QT_TRANSLATE_NOOP("labels", "H2 antihistamine"),
    DrugClass.CROMOLYN: QT_TRANSLATE_NOOP("labels", "Cromolyn (mast-cell stabiliser)"),
    DrugClass.LEUKOTRIENE_ANTAGONIST: QT_TRANSLATE_NOOP("labels", "Leukotriene antagonist"),
    DrugClass.CORTICOSTEROID_ORAL: QT_TRANSLATE_NOOP("labels", "Corticosteroid, oral"),
    DrugClass.CORTICOSTEROID_TOPICAL: QT_TRANSLATE_NOOP("labels", "Corticosteroid, topical"),
    DrugClass.EPINEPHRINE: QT_TRANSLATE_NOOP("labels", "Epinephrine (adrenaline)"),
    DrugClass.OTHER: QT_TRANSLATE_NOOP("labels", "Other"),
}

ANALYTE_LABELS: dict[Analyte, str] = {
    Analyte.TRYPTASE: QT_TRANSLATE_NOOP("labels", "Serum tryptase"),
    Analyte.TOTAL_IGE: QT_TRANSLATE_NOOP("labels", "Total IgE"),
    Analyte.KIT_D816V: QT_TRANSLATE_NOOP("labels", "KIT D816V allele burden"),
    Analyte.CUSTOM: QT_TRANSLATE_NOOP("labels", "Other test"),
}

SCORE_WORDS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("labels", "none"),
    QT_TRANSLATE_NOOP("labels", "mild"),
    QT_TRANSLATE_NOOP("labels", "moderate"),
    QT_TRANSLATE_NOOP("labels", "severe"),
)


# How often a medicine is taken: the phrases the medication dialog offers (marked in its
# context).  The diary stores the phrase as it was saved, so :func:`frequency_text` shows one
# of these in the app's language and anything the parent typed as typed.
FREQUENCIES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("MedicationDialog", "once daily"),
    QT_TRANSLATE_NOOP("MedicationDialog", "twice daily"),
    QT_TRANSLATE_NOOP("MedicationDialog", "three times daily"),
    QT_TRANSLATE_NOOP("MedicationDialog", "four times daily"),
    QT_TRANSLATE_NOOP("MedicationDialog", "every other day"),
    QT_TRANSLATE_NOOP("MedicationDialog", "as needed"),
)


def frequency_text(stored: str) -> str:
    """A stored frequency as shown ("twice daily" → "due volte al giorno" in Italian)."""
    if stored in FREQUENCIES:
        return QCoreApplication.translate("MedicationDialog", stored)
    return stored


def diagnosis_label(condition, diagnosis) -> str:
    """What the child is followed for, in words: the mastocytosis type, or the condition.

    The diagnosis types are mastocytosis's; a child followed for urticaria (or another
    condition) has none, and "Not known yet" would say their diagnosis is unknown.
    """
    if condition == Condition.MASTOCYTOSIS:
        return label(DIAGNOSIS_LABELS, diagnosis)
    return label(CONDITION_LABELS, condition)


def label(table: dict, value) -> str:
    """The translated display name of ``value`` in one of the tables above."""
    return QCoreApplication.translate(CONTEXT, table[value])
