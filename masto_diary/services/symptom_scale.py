"""The symptom sets a child starts with, by condition, and what each level means.

Mastocytosis (and "other", as a list the parent then edits) starts with the app's own 0–3
scale.  Chronic spontaneous urticaria starts with the two daily items of the Urticaria Activity
Score and angioedema yes/no (see :mod:`masto_diary.analysis.uas7` for the guideline).

Kept apart from :mod:`masto_diary.services.children` (which needs the ORM) so that the Today
page can show the level descriptions at start-up without importing SQLAlchemy.
"""

from dataclasses import dataclass

from masto_diary.enums import Condition


@dataclass(frozen=True)
class DefaultSymptom:
    key: str
    label: str
    levels: tuple[str, ...]  # what 0, 1, 2 ... mean for this symptom
    scale_max: int = 3


# The app's own 0–3 scale (not a copy of any published instrument).
DEFAULT_SYMPTOMS: tuple[DefaultSymptom, ...] = (
    DefaultSymptom(
        "itching",
        "Itching",
        (
            "none",
            "now and then, easily ignored",
            "often, distracting",
            "constant, scratching, hard to settle",
        ),
    ),
    DefaultSymptom(
        "flushing",
        "Flushing",
        (
            "none",
            "brief redness",
            "several or longer flushes",
            "long or spreading flushes with heat",
        ),
    ),
    DefaultSymptom(
        "skin_lesions",
        "Skin lesions / wheals / blisters",
        ("none", "a few, faint", "many or swollen", "widespread or blistering"),
    ),
    DefaultSymptom(
        "abdominal_pain",
        "Abdominal pain",
        ("none", "mild, short", "stops play or meals", "severe, needs rest or medicine"),
    ),
    DefaultSymptom(
        "diarrhoea",
        "Diarrhoea",
        ("none", "one loose stool", "several loose stools", "many, or with cramps at night"),
    ),
    DefaultSymptom(
        "nausea", "Nausea / vomiting", ("none", "queasy", "nausea that limits eating", "vomiting")
    ),
    DefaultSymptom(
        "bone_muscle_pain",
        "Bone / muscle pain",
        ("none", "mild aches", "limits activity", "severe, wakes or stops the child"),
    ),
    DefaultSymptom(
        "headache", "Headache", ("none", "mild", "needs quiet or medicine", "severe, cannot go on")
    ),
    DefaultSymptom(
        "fatigue",
        "Fatigue",
        ("none", "a little more tired", "needs rests", "exhausted most of the day"),
    ),
    DefaultSymptom(
        "palpitations",
        "Palpitations / dizziness",
        ("none", "brief, once", "several times", "with fainting feeling, had to lie down"),
    ),
    DefaultSymptom(
        "breathing",
        "Breathing trouble",
        ("none", "slight tightness", "wheeze or cough", "hard to breathe"),
    ),
    DefaultSymptom(
        "mood", "Mood / irritability", ("none", "a bit irritable", "upset often", "very distressed")
    ),
    DefaultSymptom(
        "concentration",
        "Poor concentration",
        ("none", "slightly distracted", "hard to focus", "could not do homework or school"),
    ),
    DefaultSymptom(
        "sleep", "Poor sleep", ("none", "woke once", "woke several times", "little sleep")
    ),
)

UAS_WHEALS = "uas_wheals"
UAS_ITCH = "uas_itch"
ANGIOEDEMA = "angioedema"

# The UAS items as the urticaria guideline defines them (Zuberbier T et al., Allergy
# 2022;77:734-766), the level texts in the app's own words.  Wheals and itch are over the last
# 24 hours; angioedema is 0 no / 1 yes and is not part of the UAS.
URTICARIA_SYMPTOMS: tuple[DefaultSymptom, ...] = (
    DefaultSymptom(
        UAS_WHEALS,
        "Hives (wheals) in the last 24 hours",
        (
            "no hives",
            "a few hives, fewer than 20",
            "many hives, 20 to 50",
            "more than 50 hives, or large patches run together",
        ),
    ),
    DefaultSymptom(
        UAS_ITCH,
        "Itch in the last 24 hours",
        (
            "no itch",
            "itchy, but it did not bother",
            "bothersome itch, yet the day and sleep went on",
            "itch so bad it stopped the day's activities or sleep",
        ),
    ),
    DefaultSymptom(
        ANGIOEDEMA,
        "Deep swelling (angioedema) today",
        ("no swelling", "yes, deep swelling (lips, eyelids, hands, feet...)"),
        scale_max=1,
    ),
)

DEFAULT_LEVEL_WORDS: tuple[str, str, str, str] = ("none", "mild", "moderate", "severe")


def starting_symptoms(condition: Condition | str) -> tuple[DefaultSymptom, ...]:
    """The symptoms a new child of this condition starts with ("other" edits the default list)."""
    if Condition(condition) is Condition.CHRONIC_SPONTANEOUS_URTICARIA:
        return URTICARIA_SYMPTOMS
    return DEFAULT_SYMPTOMS


def level_descriptions(key: str) -> tuple[str, ...]:
    """One-line description of each level of a default symptom (custom symptoms get words)."""
    for symptom in DEFAULT_SYMPTOMS + URTICARIA_SYMPTOMS:
        if symptom.key == key:
            return symptom.levels
    return DEFAULT_LEVEL_WORDS
