"""The diary's enumerations: plain Python, no database, no Qt.

Kept apart from :mod:`masto_diary.models` so that start-up code (the overview, the injection
schedule) can use them without importing SQLAlchemy, which alone takes a third of a second.
Values are the lower-case names the database and the exchange format use.
"""

import enum


class Sex(enum.StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"


class Diagnosis(enum.StrEnum):
    CUTANEOUS = "cutaneous"
    INDOLENT_SYSTEMIC = "indolent_systemic"
    SMOULDERING_SYSTEMIC = "smouldering_systemic"
    OTHER = "other"
    UNKNOWN = "unknown"


class Condition(enum.StrEnum):
    """What the diary follows for a child: it picks the symptom set and the measures.

    Chronic spontaneous urticaria is scored with the UAS items (docs/urticaria.md); existing
    children were all followed for mastocytosis, so that is the default.
    """

    MASTOCYTOSIS = "mastocytosis"
    CHRONIC_SPONTANEOUS_URTICARIA = "chronic_spontaneous_urticaria"
    OTHER = "other"


class Reporter(enum.StrEnum):
    PARENT = "parent"
    CHILD = "child"
    OTHER_CARER = "other_carer"


class EpisodeKind(enum.StrEnum):
    FLUSH = "flush"
    ITCH = "itch"
    HIVES_BLISTERS = "hives_blisters"
    GASTROINTESTINAL = "gastrointestinal"
    ANAPHYLAXIS = "anaphylaxis"
    OTHER = "other"


class Severity(enum.StrEnum):
    MILD = "mild"
    MODERATE = "moderate"
    SEVERE = "severe"


class InjectionSite(enum.StrEnum):
    """Sites in the order the rotation suggests them."""

    LEFT_UPPER_ARM = "left_upper_arm"
    RIGHT_UPPER_ARM = "right_upper_arm"
    LEFT_THIGH = "left_thigh"
    RIGHT_THIGH = "right_thigh"
    LEFT_ABDOMEN = "left_abdomen"
    RIGHT_ABDOMEN = "right_abdomen"


class Place(enum.StrEnum):
    CLINIC = "clinic"
    HOME = "home"


class LocalReaction(enum.StrEnum):
    NONE = "none"
    MILD = "mild"
    MODERATE = "moderate"
    SEVERE = "severe"


class DrugClass(enum.StrEnum):
    H1_ANTIHISTAMINE = "h1_antihistamine"
    H2_ANTIHISTAMINE = "h2_antihistamine"
    CROMOLYN = "cromolyn"
    LEUKOTRIENE_ANTAGONIST = "leukotriene_antagonist"
    CORTICOSTEROID_ORAL = "corticosteroid_oral"
    CORTICOSTEROID_TOPICAL = "corticosteroid_topical"
    EPINEPHRINE = "epinephrine"
    OTHER = "other"


class Analyte(enum.StrEnum):
    TRYPTASE = "tryptase"
    TOTAL_IGE = "total_ige"
    KIT_D816V = "kit_d816v"
    CUSTOM = "custom"


ANALYTE_UNITS: dict[Analyte, str] = {
    Analyte.TRYPTASE: "ng/mL",
    Analyte.TOTAL_IGE: "kU/L",
    Analyte.KIT_D816V: "%",
}

DEFAULT_SCALE_MAX = 3
