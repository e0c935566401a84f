"""Flushing, itch, GI and anaphylaxis episodes with their triggers and rescue treatment."""

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from sqlmodel import col, select

from masto_diary.errors import ValidationError
from masto_diary.models import (
    Episode,
    EpisodeKind,
    EpisodeSymptomLink,
    EpisodeTriggerLink,
    Severity,
    SymptomDefinition,
    Trigger,
    table_of,
)
from masto_diary.services.bulk import RowProblem, check_all, insert_checked, refuse
from masto_diary.services.children import _ensure_trigger
from masto_diary.storage import Diary, changes, read_model
from masto_diary.storage.read_model import EpisodeRecord


def log_episode(
    diary: Diary,
    child_id: int,
    started_at: dt.datetime,
    kind: EpisodeKind,
    severity: Severity = Severity.MILD,
    *,
    ended_at: dt.datetime | None = None,
    symptom_keys: list[str] | tuple[str, ...] = (),
    trigger_labels: list[str] | tuple[str, ...] = (),
    antihistamine: bool = False,
    steroid: bool = False,
    epinephrine: bool = False,
    emergency_visit: bool = False,
    rescue_notes: str = "",
    notes: str = "",
    episode_id: int | None = None,
) -> Episode:
    """Record an episode (or replace episode ``episode_id``); new trigger labels are added."""
    with diary.transaction() as session:
        if episode_id is None:
            episode = Episode(child_id=child_id, started_at=started_at, kind=kind)
            changes.add(session, episode)
        else:
            episode = changes.existing(session, Episode, episode_id, "episode")
        episode.started_at = started_at
        episode.ended_at = ended_at
        episode.kind = kind
        episode.severity = severity
        episode.rescue_antihistamine = antihistamine
        episode.rescue_steroid = steroid
        episode.rescue_epinephrine = epinephrine
        episode.rescue_emergency_visit = emergency_visit
        episode.rescue_notes = rescue_notes
        episode.notes = notes
        episode.check()
        episode.symptoms = _symptoms(session, child_id, symptom_keys)
        # "Heat" and "heat" are one trigger: named twice, it is linked once
        triggers = [_ensure_trigger(session, child_id, t) for t in trigger_labels if t]
        episode.triggers = list({trigger.id: trigger for trigger in triggers}.values())
        session.flush()
        return episode


# --------------------------------------------------------------------------- bulk form

EPISODE_COLUMNS = {c.name for c in table_of(Episode).columns} - {"id", "child_id"}


def check_episodes(
    rows: Sequence[Mapping[str, Any]], symptom_keys: set[str], trigger_labels: set[str]
) -> tuple[list[Any], list[RowProblem]]:
    """``Episode.check()`` of each row, and its ``symptoms`` (keys) and ``triggers`` (labels,
    any case) against the child's: a bulk add names only symptoms and triggers that exist."""
    found, problems = check_all(Episode, [_fields(row) for row in rows])
    for index, row in enumerate(rows):
        problems += _link_problems(index, "symptoms", row["symptoms"], symptom_keys, "symptom")
        labels = row["triggers"]
        problems += _link_problems(index, "triggers", labels, trigger_labels, "trigger", True)
    return found, sorted(problems, key=lambda p: p.index)


def _fields(row: Mapping[str, Any]) -> dict[str, Any]:
    return {"ended_at": None, **{k: v for k, v in row.items() if k in EPISODE_COLUMNS}}


def _link_problems(
    index: int, field: str, values: Sequence[str], known: set[str], noun: str, fold=False
) -> list[RowProblem]:
    problems, seen = [], set()
    for item, shown in enumerate(values):
        value = shown.casefold() if fold else shown
        if value not in known:
            reason = f"'{shown}' is not one of this child's {noun}s"
            problems.append(RowProblem(index, field, reason, item))
        elif value in seen:
            problems.append(RowProblem(index, field, f"'{shown}' is listed twice", item))
        seen.add(value)
    return problems


def add_episodes(
    diary: Diary,
    child_id: int,
    rows: Sequence[Mapping[str, Any]],
    *,
    checked: list[Any] | None = None,
) -> list[int]:
    """Add many episodes with their symptom and trigger links; their ids in the rows' order.

    A row has the Episode columns plus ``symptoms`` (keys) and ``triggers`` (labels).
    ``checked``: what :func:`check_episodes` already gave for these rows without a problem.
    """
    with diary.transaction() as session:
        symptom_ids = dict(
            session.exec(
                select(SymptomDefinition.key, SymptomDefinition.id).where(
                    SymptomDefinition.child_id == child_id
                )
            ).all()
        )
        trigger_ids = {
            label.casefold(): trigger_id
            for label, trigger_id in session.exec(
                select(Trigger.label, Trigger.id).where(Trigger.child_id == child_id)
            ).all()
        }
        problems: list[RowProblem] = []
        if checked:
            found = checked
        else:
            found, problems = check_episodes(rows, set(symptom_ids), set(trigger_ids))
        refuse("Episode", problems)
        ids = insert_checked(session, Episode, child_id, found, ids=True)
        symptom_links = [
            (eid, symptom_ids[key])
            for eid, row in zip(ids, rows, strict=True)
            for key in row["symptoms"]
        ]
        trigger_links = [
            (eid, trigger_ids[label.casefold()])
            for eid, row in zip(ids, rows, strict=True)
            for label in row["triggers"]
        ]
        changes.insert_numbers(
            session, EpisodeSymptomLink, ("episode_id", "symptom_id"), symptom_links
        )
        changes.insert_numbers(
            session, EpisodeTriggerLink, ("episode_id", "trigger_id"), trigger_links
        )
        return ids


def _symptoms(session, child_id: int, keys) -> list[SymptomDefinition]:
    if not keys:
        return []
    found = session.exec(
        select(SymptomDefinition).where(
            SymptomDefinition.child_id == child_id, col(SymptomDefinition.key).in_(keys)
        )
    ).all()
    missing = set(keys) - {s.key for s in found}
    if missing:
        raise ValidationError(
            f"unknown symptom(s) for this child: {', '.join(sorted(missing))}", "symptoms"
        )
    return list(found)


def list_episodes(
    diary: Diary, child_id: int, kind: EpisodeKind | None = None
) -> list[EpisodeRecord]:
    """Newest first, with symptoms and triggers; only those of ``kind`` if given."""
    if kind is not None and kind not in set(EpisodeKind):
        allowed = ", ".join(k.value for k in EpisodeKind)
        raise ValidationError(f"The kind of episode must be one of {allowed}", "kind")
    with read_model.reading(diary) as db:
        found = read_model.episodes(db, child_id)
    return [e for e in reversed(found) if kind is None or e.kind == kind]


def get_episode(diary: Diary, episode_id: int) -> EpisodeRecord:
    """One episode with its symptoms and triggers, for the edit dialog."""
    with read_model.reading(diary) as db:
        return read_model.episode(db, episode_id)


def delete_episode(diary: Diary, episode_id: int) -> None:
    with diary.transaction() as session:
        episode = changes.existing(session, Episode, episode_id, "episode")
        changes.delete(session, episode)
