"""Children, their symptom sets and their trigger lists."""

import datetime as dt
import re
from dataclasses import dataclass

from sqlmodel import select

from masto_diary.errors import NotFoundError, ValidationError
from masto_diary.models import Child, Diagnosis, Sex, SymptomDefinition, Trigger
from masto_diary.services.overview import age_in_years  # noqa: F401  (re-exported)
from masto_diary.storage import Diary


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

DEFAULT_TRIGGERS: tuple[str, ...] = (
    "heat",
    "cold",
    "friction/rubbing",
    "hot bath/shower",
    "exercise",
    "food",
    "infection/fever",
    "stress/excitement",
    "drug",
    "insect sting",
    "unknown",
)


def level_descriptions(key: str) -> tuple[str, ...]:
    """One-line description of each level of a default symptom (custom symptoms get words)."""
    for symptom in DEFAULT_SYMPTOMS:
        if symptom.key == key:
            return symptom.levels
    return DEFAULT_LEVEL_WORDS


def create_child(
    diary: Diary,
    name: str,
    birth_date: dt.date,
    diagnosis: Diagnosis | str = Diagnosis.UNKNOWN,
    sex: Sex | str | None = None,
    clinic: str = "",
    notes: str = "",
) -> Child:
    """Add a child with the default symptom set and trigger list."""
    name = (name or "").strip()
    with diary.transaction() as session:
        if session.exec(select(Child.id).where(Child.name == name)).first() is not None:
            raise ValidationError(f"A child named '{name}' is already in this diary", "name")
        child = Child(
            name=name,
            birth_date=birth_date,
            diagnosis=diagnosis,
            sex=sex,
            clinic=clinic,
            notes=notes,
        )
        child.check()
        session.add(child)
        session.flush()
        for position, symptom in enumerate(DEFAULT_SYMPTOMS):
            session.add(
                SymptomDefinition(
                    child_id=child.id, key=symptom.key, label=symptom.label, position=position
                )
            )
        for label in DEFAULT_TRIGGERS:
            session.add(Trigger(child_id=child.id, label=label))
        return child


def get_child(diary: Diary, child_id: int) -> Child:
    with diary.transaction() as session:
        child = session.get(Child, child_id)
        if child is None:
            raise NotFoundError(f"There is no child with id {child_id} in this diary")
        return child


def find_child(diary: Diary, name: str) -> Child:
    """The child called ``name`` (case-insensitive), for the command line."""
    with diary.transaction() as session:
        for child in session.exec(select(Child)).all():
            if child.name.casefold() == name.strip().casefold():
                return child
    raise NotFoundError(f"There is no child called '{name}' in this diary")


def list_children(diary: Diary, include_archived: bool = False) -> list[Child]:
    with diary.transaction() as session:
        query = select(Child).order_by(Child.name)
        if not include_archived:
            query = query.where(Child.archived == False)  # noqa: E712
        return list(session.exec(query).all())


def update_child(diary: Diary, child_id: int, **changes) -> Child:
    """Change any of a child's fields; the whole change is checked before it is written."""
    with diary.transaction() as session:
        child = session.get(Child, child_id)
        if child is None:
            raise NotFoundError(f"There is no child with id {child_id} in this diary")
        if "name" in changes:
            changes["name"] = changes["name"].strip()
            clash = session.exec(
                select(Child.id).where(Child.name == changes["name"], Child.id != child_id)
            ).first()
            if clash is not None:
                raise ValidationError(
                    f"A child named '{changes['name']}' is already in this diary", "name"
                )
        for field, value in changes.items():
            setattr(child, field, value)
        child.check()
        return child


def set_archived(diary: Diary, child_id: int, archived: bool) -> Child:
    return update_child(diary, child_id, archived=archived)


def delete_child(diary: Diary, child_id: int, typed_name: str) -> None:
    """Delete a child and all their records; the parent must have typed the exact name."""
    with diary.transaction() as session:
        child = session.get(Child, child_id)
        if child is None:
            raise NotFoundError(f"There is no child with id {child_id} in this diary")
        if typed_name.strip() != child.name:
            raise ValidationError(
                f"Type the child's name exactly ('{child.name}') to delete their diary",
                "typed_name",
            )
        session.delete(child)


def symptoms(diary: Diary, child_id: int, active_only: bool = True) -> list[SymptomDefinition]:
    with diary.transaction() as session:
        query = select(SymptomDefinition).where(SymptomDefinition.child_id == child_id)
        if active_only:
            query = query.where(SymptomDefinition.active == True)  # noqa: E712
        return list(session.exec(query.order_by(SymptomDefinition.position)).all())


def add_symptom(diary: Diary, child_id: int, label: str, scale_max: int = 3) -> SymptomDefinition:
    """A custom symptom at the end of the list; its key is made from the label."""
    key = re.sub(r"[^a-z0-9]+", "_", label.strip().casefold()).strip("_") or "symptom"
    with diary.transaction() as session:
        existing = session.exec(
            select(SymptomDefinition).where(SymptomDefinition.child_id == child_id)
        ).all()
        keys = {s.key for s in existing}
        if any(s.label.casefold() == label.strip().casefold() for s in existing):
            raise ValidationError(f"The symptom '{label.strip()}' is already in the list", "label")
        unique_key, n = key, 2
        while unique_key in keys:
            unique_key, n = f"{key}_{n}", n + 1
        symptom = SymptomDefinition(
            child_id=child_id,
            key=unique_key,
            label=label.strip(),
            position=max((s.position for s in existing), default=-1) + 1,
            scale_max=scale_max,
        )
        symptom.check()
        session.add(symptom)
        return symptom


def update_symptom(diary: Diary, symptom_id: int, **changes) -> SymptomDefinition:
    """Rename, hide (``active=False``: history is kept) or change a symptom."""
    with diary.transaction() as session:
        symptom = session.get(SymptomDefinition, symptom_id)
        if symptom is None:
            raise NotFoundError(f"There is no symptom with id {symptom_id}")
        for field, value in changes.items():
            setattr(symptom, field, value)
        symptom.check()
        return symptom


def reorder_symptoms(diary: Diary, child_id: int, symptom_ids: list[int]) -> None:
    with diary.transaction() as session:
        for position, symptom_id in enumerate(symptom_ids):
            symptom = session.get(SymptomDefinition, symptom_id)
            if symptom is None or symptom.child_id != child_id:
                raise NotFoundError(f"Symptom {symptom_id} does not belong to this child")
            symptom.position = position


def triggers(diary: Diary, child_id: int) -> list[Trigger]:
    with diary.transaction() as session:
        query = select(Trigger).where(Trigger.child_id == child_id).order_by(Trigger.id)
        return list(session.exec(query).all())


def add_trigger(diary: Diary, child_id: int, label: str) -> Trigger:
    with diary.transaction() as session:
        return _ensure_trigger(session, child_id, label)


def _ensure_trigger(session, child_id: int, label: str) -> Trigger:
    """The child's trigger called ``label`` (case-insensitive), created if new."""
    label = label.strip()
    for trigger in session.exec(select(Trigger).where(Trigger.child_id == child_id)).all():
        if trigger.label.casefold() == label.casefold():
            return trigger
    trigger = Trigger(child_id=child_id, label=label)
    trigger.check()
    session.add(trigger)
    session.flush()
    return trigger
