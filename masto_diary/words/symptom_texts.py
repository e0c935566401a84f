"""The default symptoms, level descriptions and triggers as Qt sees them: translatable.

:mod:`masto_diary.services.symptom_scale` and :mod:`masto_diary.services.children` hold these
texts in English and stay free of Qt; the diary stores a child's symptom and trigger labels as
they were created (the English defaults, or whatever the parent typed).  lupdate cannot see
plain strings, so they are repeated here inside ``QT_TRANSLATE_NOOP`` (a test checks that both
lists agree), and every place that shows a label goes through :func:`symptom_label` /
:func:`trigger_label`: a default label the parent never renamed reads in the language of the
app ("Itching" → "Prurito"), a renamed one exactly as typed.
"""

from PySide6.QtCore import QCoreApplication

from masto_diary.services.symptom_scale import DEFAULT_SYMPTOMS, URTICARIA_SYMPTOMS
from masto_diary.words.noop import QT_TRANSLATE_NOOP

SCALE_CONTEXT = "symptom_scale"
TRIGGER_CONTEXT = "triggers"

SYMPTOM_LABELS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("symptom_scale", "Itching"),
    QT_TRANSLATE_NOOP("symptom_scale", "Flushing"),
    QT_TRANSLATE_NOOP("symptom_scale", "Skin lesions / wheals / blisters"),
    QT_TRANSLATE_NOOP("symptom_scale", "Abdominal pain"),
    QT_TRANSLATE_NOOP("symptom_scale", "Diarrhoea"),
    QT_TRANSLATE_NOOP("symptom_scale", "Nausea / vomiting"),
    QT_TRANSLATE_NOOP("symptom_scale", "Bone / muscle pain"),
    QT_TRANSLATE_NOOP("symptom_scale", "Headache"),
    QT_TRANSLATE_NOOP("symptom_scale", "Fatigue"),
    QT_TRANSLATE_NOOP("symptom_scale", "Palpitations / dizziness"),
    QT_TRANSLATE_NOOP("symptom_scale", "Breathing trouble"),
    QT_TRANSLATE_NOOP("symptom_scale", "Mood / irritability"),
    QT_TRANSLATE_NOOP("symptom_scale", "Poor concentration"),
    QT_TRANSLATE_NOOP("symptom_scale", "Poor sleep"),
)

LEVEL_DESCRIPTIONS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("symptom_scale", "none"),
    QT_TRANSLATE_NOOP("symptom_scale", "mild"),
    QT_TRANSLATE_NOOP("symptom_scale", "moderate"),
    QT_TRANSLATE_NOOP("symptom_scale", "severe"),
    # itching
    QT_TRANSLATE_NOOP("symptom_scale", "now and then, easily ignored"),
    QT_TRANSLATE_NOOP("symptom_scale", "often, distracting"),
    QT_TRANSLATE_NOOP("symptom_scale", "constant, scratching, hard to settle"),
    # flushing
    QT_TRANSLATE_NOOP("symptom_scale", "brief redness"),
    QT_TRANSLATE_NOOP("symptom_scale", "several or longer flushes"),
    QT_TRANSLATE_NOOP("symptom_scale", "long or spreading flushes with heat"),
    # skin lesions
    QT_TRANSLATE_NOOP("symptom_scale", "a few, faint"),
    QT_TRANSLATE_NOOP("symptom_scale", "many or swollen"),
    QT_TRANSLATE_NOOP("symptom_scale", "widespread or blistering"),
    # abdominal pain
    QT_TRANSLATE_NOOP("symptom_scale", "mild, short"),
    QT_TRANSLATE_NOOP("symptom_scale", "stops play or meals"),
    QT_TRANSLATE_NOOP("symptom_scale", "severe, needs rest or medicine"),
    # diarrhoea
    QT_TRANSLATE_NOOP("symptom_scale", "one loose stool"),
    QT_TRANSLATE_NOOP("symptom_scale", "several loose stools"),
    QT_TRANSLATE_NOOP("symptom_scale", "many, or with cramps at night"),
    # nausea
    QT_TRANSLATE_NOOP("symptom_scale", "queasy"),
    QT_TRANSLATE_NOOP("symptom_scale", "nausea that limits eating"),
    QT_TRANSLATE_NOOP("symptom_scale", "vomiting"),
    # bone / muscle pain
    QT_TRANSLATE_NOOP("symptom_scale", "mild aches"),
    QT_TRANSLATE_NOOP("symptom_scale", "limits activity"),
    QT_TRANSLATE_NOOP("symptom_scale", "severe, wakes or stops the child"),
    # headache
    QT_TRANSLATE_NOOP("symptom_scale", "needs quiet or medicine"),
    QT_TRANSLATE_NOOP("symptom_scale", "severe, cannot go on"),
    # fatigue
    QT_TRANSLATE_NOOP("symptom_scale", "a little more tired"),
    QT_TRANSLATE_NOOP("symptom_scale", "needs rests"),
    QT_TRANSLATE_NOOP("symptom_scale", "exhausted most of the day"),
    # palpitations
    QT_TRANSLATE_NOOP("symptom_scale", "brief, once"),
    QT_TRANSLATE_NOOP("symptom_scale", "several times"),
    QT_TRANSLATE_NOOP("symptom_scale", "with fainting feeling, had to lie down"),
    # breathing
    QT_TRANSLATE_NOOP("symptom_scale", "slight tightness"),
    QT_TRANSLATE_NOOP("symptom_scale", "wheeze or cough"),
    QT_TRANSLATE_NOOP("symptom_scale", "hard to breathe"),
    # mood
    QT_TRANSLATE_NOOP("symptom_scale", "a bit irritable"),
    QT_TRANSLATE_NOOP("symptom_scale", "upset often"),
    QT_TRANSLATE_NOOP("symptom_scale", "very distressed"),
    # concentration
    QT_TRANSLATE_NOOP("symptom_scale", "slightly distracted"),
    QT_TRANSLATE_NOOP("symptom_scale", "hard to focus"),
    QT_TRANSLATE_NOOP("symptom_scale", "could not do homework or school"),
    # sleep
    QT_TRANSLATE_NOOP("symptom_scale", "woke once"),
    QT_TRANSLATE_NOOP("symptom_scale", "woke several times"),
    QT_TRANSLATE_NOOP("symptom_scale", "little sleep"),
)

URTICARIA_LABELS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("symptom_scale", "Hives (wheals) in the last 24 hours"),
    QT_TRANSLATE_NOOP("symptom_scale", "Itch in the last 24 hours"),
    QT_TRANSLATE_NOOP("symptom_scale", "Deep swelling (angioedema) today"),
)

URTICARIA_LEVELS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("symptom_scale", "no hives"),
    QT_TRANSLATE_NOOP("symptom_scale", "a few hives, fewer than 20"),
    QT_TRANSLATE_NOOP("symptom_scale", "many hives, 20 to 50"),
    QT_TRANSLATE_NOOP("symptom_scale", "more than 50 hives, or large patches run together"),
    QT_TRANSLATE_NOOP("symptom_scale", "no itch"),
    QT_TRANSLATE_NOOP("symptom_scale", "itchy, but it did not bother"),
    QT_TRANSLATE_NOOP("symptom_scale", "bothersome itch, yet the day and sleep went on"),
    QT_TRANSLATE_NOOP("symptom_scale", "itch so bad it stopped the day's activities or sleep"),
    QT_TRANSLATE_NOOP("symptom_scale", "no swelling"),
    QT_TRANSLATE_NOOP("symptom_scale", "yes, deep swelling (lips, eyelids, hands, feet...)"),
)

TRIGGER_LABELS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("triggers", "heat"),
    QT_TRANSLATE_NOOP("triggers", "cold"),
    QT_TRANSLATE_NOOP("triggers", "friction/rubbing"),
    QT_TRANSLATE_NOOP("triggers", "hot bath/shower"),
    QT_TRANSLATE_NOOP("triggers", "exercise"),
    QT_TRANSLATE_NOOP("triggers", "food"),
    QT_TRANSLATE_NOOP("triggers", "infection/fever"),
    QT_TRANSLATE_NOOP("triggers", "stress/excitement"),
    QT_TRANSLATE_NOOP("triggers", "drug"),
    QT_TRANSLATE_NOOP("triggers", "insect sting"),
    QT_TRANSLATE_NOOP("triggers", "unknown"),
)

_DEFAULT_LABELS = {s.key: s.label for s in DEFAULT_SYMPTOMS + URTICARIA_SYMPTOMS}
_DEFAULT_TRIGGERS = frozenset(TRIGGER_LABELS)


def symptom_label(key: str, label: str) -> str:
    """How a symptom is shown: translated while it keeps its default (English) label."""
    if _DEFAULT_LABELS.get(key) == label:
        return QCoreApplication.translate(SCALE_CONTEXT, label)
    return label


def trigger_label(label: str) -> str:
    """How a trigger is shown: a default one ("heat") translated, a parent's own as typed."""
    if label in _DEFAULT_TRIGGERS:
        return QCoreApplication.translate(TRIGGER_CONTEXT, label)
    return label
