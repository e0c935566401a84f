"""The app's own 0–3 symptom scale: the default symptom set and what each level means.

Kept apart from :mod:`masto_diary.services.children` (which needs the ORM) so that the Today
page can show the level descriptions at start-up without importing SQLAlchemy.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class DefaultSymptom:
    key: str
    label: str
    levels: tuple[str, str, str, str]  # what 0, 1, 2 and 3 mean for this symptom


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

DEFAULT_LEVEL_WORDS: tuple[str, str, str, str] = ("none", "mild", "moderate", "severe")


def level_descriptions(key: str) -> tuple[str, ...]:
    """One-line description of each level of a default symptom (custom symptoms get words)."""
    for symptom in DEFAULT_SYMPTOMS:
        if symptom.key == key:
            return symptom.levels
    return DEFAULT_LEVEL_WORDS
