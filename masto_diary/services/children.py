"""Children, their symptom sets and their trigger lists."""

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from typing import Any

from sqlmodel import select

from masto_diary.errors import NotFoundError, ValidationError
from masto_diary.models import Child, Condition, Diagnosis, Sex, SymptomDefinition, Trigger
from masto_diary.services.bulk import (
    RowProblem,
    add_all,
    check_all,
    checked,
    columns,
    listed_twice,
    refuse,
)
from masto_diary.services.overview import age_in_years  # noqa: F401  (re-exported)
from masto_diary.services.symptom_scale import (  # noqa: F401  (re-exported)
    DEFAULT_LEVEL_WORDS,
    DEFAULT_SYMPTOMS,
    URTICARIA_SYMPTOMS,
    DefaultSymptom,
    level_descriptions,
    starting_symptoms,
)
from masto_diary.storage import Diary, changes, read_model
from masto_diary.storage.read_model import ChildRecord, SymptomRecord, TriggerRecord

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


def create_child(
    diary: Diary,
    name: str,
    birth_date: dt.date,
    diagnosis: Diagnosis | str = Diagnosis.UNKNOWN,
    sex: Sex | str | None = None,
    clinic: str = "",
    notes: str = "",
    condition: Condition | str = Condition.MASTOCYTOSIS,
) -> Child:
    """Add a child with the condition's starting symptom set and the default trigger list."""
    fields = {"name": (name or "").strip(), "birth_date": birth_date, "diagnosis": diagnosis,
              "sex": sex, "clinic": clinic, "notes": notes, "condition": condition}  # fmt: skip
    with diary.transaction() as session:
        child_id = add_child_record(diary, fields)
        symptoms = [
            {"key": s.key, "label": s.label, "position": position, "scale_max": s.scale_max}
            for position, s in enumerate(starting_symptoms(Condition(condition)))
        ]
        add_symptoms(diary, child_id, symptoms)
        add_triggers(diary, child_id, [{"label": label} for label in DEFAULT_TRIGGERS])
        return changes.existing(session, Child, child_id, "child")


# --------------------------------------------------------------------------- bulk forms
#
# The import and the synthetic diaries add a child with the symptoms and triggers they bring
# (not the defaults); the same rules, every problem at once, multi-row INSERTs.

CHILD_COLUMNS = (
    "name", "birth_date", "sex", "diagnosis", "clinic", "notes", "archived", "condition"
)  # fmt: skip


def check_child(fields: Mapping[str, Any]) -> list[RowProblem]:
    """The problems of a child's own fields (``Child.check()``)."""
    problems: list[RowProblem] = []
    checked(Child, 0, fields, problems)
    return problems


def add_child_record(diary: Diary, fields: Mapping[str, Any]) -> int:
    """Add a child without default symptoms or triggers; returns the new id."""
    problems: list[RowProblem] = []
    defaults = {"archived": False, "condition": Condition.MASTOCYTOSIS}
    row = checked(Child, 0, {**defaults, **fields}, problems)
    refuse("Child", problems)
    with diary.transaction() as session:
        if _name_taken(session, row.name):
            raise ValidationError(f"A child named '{row.name}' is already in this diary", "name")
        return changes.insert_rows(session, Child, [columns(row, CHILD_COLUMNS)], ids=True)[0]


def check_symptoms(rows: Sequence[Mapping[str, Any]]) -> tuple[list[Any], list[RowProblem]]:
    """``SymptomDefinition.check()`` of each row, then keys listed twice."""
    found, problems = check_all(SymptomDefinition, rows)
    keys = [row["key"] for row in rows]
    problems += listed_twice(keys, "key", lambda k: f"'{k}'", "symptoms")
    return found, sorted(problems, key=lambda p: p.index)


def add_symptoms(diary: Diary, child_id: int, rows: Sequence[Mapping[str, Any]]) -> list[int]:
    """Add symptoms (``key``, ``label``, ``position``, ``active``, ``scale_max``); their ids."""
    return add_all(diary, SymptomDefinition, child_id, rows, check_symptoms, "Symptom")


def check_triggers(rows: Sequence[Mapping[str, Any]]) -> tuple[list[Any], list[RowProblem]]:
    """``Trigger.check()`` of each row, then labels listed twice (ignoring case)."""
    found, problems = check_all(Trigger, rows)
    labels = [row["label"] for row in rows]
    problems += listed_twice(labels, "label", lambda v: f"'{v}'", "triggers", str.casefold)
    return found, sorted(problems, key=lambda p: p.index)


def add_triggers(diary: Diary, child_id: int, rows: Sequence[Mapping[str, Any]]) -> list[int]:
    """Add triggers (``label``); their ids in the rows' order."""
    return add_all(diary, Trigger, child_id, rows, check_triggers, "Trigger")


def _name_taken(session, name: str, except_id: int | None = None) -> bool:
    """Names compare case-insensitively (Unicode casefold): "anna" beside "Anna" confuses."""
    wanted = name.strip().casefold()
    rows = session.exec(select(Child.id, Child.name)).all()
    return any(n.casefold() == wanted and i != except_id for i, n in rows)


def get_child(diary: Diary, child_id: int) -> ChildRecord:
    with read_model.reading(diary) as db:
        return read_model.child(db, child_id)


def update_child(diary: Diary, child_id: int, **edits) -> Child:
    """Change any of a child's fields; the whole change is checked before it is written."""
    with diary.transaction() as session:
        child = changes.existing(session, Child, child_id, "child")
        if "name" in edits:
            edits["name"] = (edits["name"] or "").strip()
            if _name_taken(session, edits["name"], except_id=child_id):
                raise ValidationError(
                    f"A child named '{edits['name']}' is already in this diary", "name"
                )
        before = child.condition
        for field, value in edits.items():
            setattr(child, field, value)
        child.check()
        if child.condition != before:
            _ready_for_condition(diary, session, child)
        return child


def _ready_for_condition(diary: Diary, session, child: Child) -> None:
    """Make the child's condition's starting symptoms present and shown; delete nothing.

    The symptoms of the old condition keep their scores (the parent can hide them in the
    settings); the new condition's symptoms the child does not have yet are added at the end of
    the list and hidden ones are shown again.  A child found to have urticaria thus gets the
    UAS items without losing a day of history.
    """
    existing = {
        s.key: s
        for s in session.exec(
            select(SymptomDefinition).where(SymptomDefinition.child_id == child.id)
        ).all()
    }
    position = max((s.position for s in existing.values()), default=-1) + 1
    rows = []
    for wanted in starting_symptoms(child.condition):
        if wanted.key in existing:
            existing[wanted.key].active = True
            continue
        rows.append({"key": wanted.key, "label": wanted.label, "position": position,
                     "scale_max": wanted.scale_max})  # fmt: skip
        position += 1
    if rows:
        add_symptoms(diary, child.id, rows)


def set_archived(diary: Diary, child_id: int, archived: bool) -> Child:
    return update_child(diary, child_id, archived=archived)


def delete_child(diary: Diary, child_id: int, typed_name: str) -> None:
    """Delete a child and all their records; the parent must have typed the exact name."""
    with diary.transaction() as session:
        child = changes.existing(session, Child, child_id, "child")
        if typed_name.strip() != child.name:
            raise ValidationError(
                f"Type the child's name exactly ('{child.name}') to delete their diary",
                "typed_name",
            )
        changes.delete(session, child)


def symptoms(diary: Diary, child_id: int, active_only: bool = True) -> list[SymptomRecord]:
    """The child's symptoms in list order; hidden ones too unless ``active_only``."""
    with read_model.reading(diary) as db:
        return read_model.symptoms(db, child_id, active_only)


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
        changes.add(session, symptom)
        return symptom


def update_symptom(diary: Diary, symptom_id: int, **edits) -> SymptomDefinition:
    """Rename, hide (``active=False``: history is kept) or change a symptom."""
    with diary.transaction() as session:
        symptom = changes.existing(session, SymptomDefinition, symptom_id, "symptom")
        for field, value in edits.items():
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


def triggers(diary: Diary, child_id: int) -> list[TriggerRecord]:
    with read_model.reading(diary) as db:
        return read_model.triggers(db, child_id)


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
    changes.add(session, trigger)
    session.flush()
    return trigger


# --------------------------------------------------------------------------- settings dialog
#
# A trigger that episodes refer to cannot be removed, only renamed: removing it would silently
# strip it from those episodes and change the trigger counts the clinic sees.  An unused
# trigger (added by mistake, or a default the family never needs) can be removed.


def rename_symptom(diary: Diary, symptom_id: int, label: str) -> SymptomDefinition:
    """Give a symptom a new name; the key (and so every past score) stays the same."""
    label = (label or "").strip()
    with diary.transaction() as session:
        symptom = changes.existing(session, SymptomDefinition, symptom_id, "symptom")
        others = session.exec(
            select(SymptomDefinition.label).where(
                SymptomDefinition.child_id == symptom.child_id,
                SymptomDefinition.id != symptom_id,
            )
        ).all()
        if any(other.casefold() == label.casefold() for other in others):
            raise ValidationError(f"The symptom '{label}' is already in the list", "label")
        symptom.label = label
        symptom.check()
        return symptom


def trigger_usage(diary: Diary, child_id: int) -> dict[int, int]:
    """How many episodes name each of the child's triggers (unused triggers are absent)."""
    with read_model.reading(diary) as db:
        return read_model.trigger_usage(db, child_id)


def rename_trigger(diary: Diary, trigger_id: int, label: str) -> Trigger:
    """Rename a trigger; the episodes that name it follow the new name."""
    label = (label or "").strip()
    with diary.transaction() as session:
        trigger = changes.existing(session, Trigger, trigger_id, "trigger")
        others = session.exec(
            select(Trigger.label).where(
                Trigger.child_id == trigger.child_id, Trigger.id != trigger_id
            )
        ).all()
        if any(other.casefold() == label.casefold() for other in others):
            raise ValidationError(f"The trigger '{label}' is already in the list", "label")
        trigger.label = label
        trigger.check()
        return trigger


def remove_trigger(diary: Diary, trigger_id: int) -> None:
    """Remove an unused trigger; one that episodes name is kept (see the note above)."""
    from masto_diary.models import EpisodeTriggerLink

    with diary.transaction() as session:
        trigger = changes.existing(session, Trigger, trigger_id, "trigger")
        used = session.exec(
            select(EpisodeTriggerLink).where(EpisodeTriggerLink.trigger_id == trigger_id)
        ).all()
        if used:
            raise ValidationError(
                f"'{trigger.label}' is named in {len(used)} episode(s); it can be renamed "
                "but not removed, so those episodes keep their trigger",
                "trigger",
            )
        changes.delete(session, trigger)


def record_counts(diary: Diary, child_id: int) -> dict[str, int]:
    """How many records of each kind the child has: told to the parent before a deletion."""
    with read_model.reading(diary) as db:
        return read_model.record_counts(db, child_id)
