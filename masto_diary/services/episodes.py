"""Flushing, itch, GI and anaphylaxis episodes with their triggers and rescue treatment."""

import datetime as dt

from sqlmodel import select

from masto_diary.errors import NotFoundError, ValidationError
from masto_diary.models import Episode, EpisodeKind, Severity, SymptomDefinition
from masto_diary.services.children import _ensure_trigger
from masto_diary.storage import Diary, read_model
from masto_diary.storage.read_model import EpisodeRecord


def log_episode(
    diary: Diary,
    child_id: int,
    started_at: dt.datetime,
    kind: EpisodeKind | str,
    severity: Severity | str = Severity.MILD,
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
            session.add(episode)
        else:
            episode = session.get(Episode, episode_id)
            if episode is None:
                raise NotFoundError(f"There is no episode with id {episode_id}")
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
        episode.triggers = [_ensure_trigger(session, child_id, t) for t in trigger_labels if t]
        session.flush()
        return episode


def _symptoms(session, child_id: int, keys) -> list[SymptomDefinition]:
    if not keys:
        return []
    found = session.exec(
        select(SymptomDefinition).where(
            SymptomDefinition.child_id == child_id, SymptomDefinition.key.in_(keys)
        )
    ).all()
    missing = set(keys) - {s.key for s in found}
    if missing:
        raise ValidationError(
            f"unknown symptom(s) for this child: {', '.join(sorted(missing))}", "symptoms"
        )
    return list(found)


def list_episodes(
    diary: Diary, child_id: int, kind: EpisodeKind | str | None = None
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
        episode = session.get(Episode, episode_id)
        if episode is None:
            raise NotFoundError(f"There is no episode with id {episode_id}")
        session.delete(episode)
