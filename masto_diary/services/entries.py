"""The evening entry: one row per child and calendar day, with a score per symptom."""

import datetime as dt
from dataclasses import dataclass, field

from sqlmodel import select

from masto_diary.errors import ValidationError
from masto_diary.models import DailyEntry, Reporter, SymptomDefinition, SymptomScore, now_utc
from masto_diary.storage import Diary

DAY_STARTS_AT = dt.time(4, 0)


def diary_day(moment: dt.datetime | None = None) -> dt.date:
    """The diary day a local moment belongs to: before 04:00 it is still the previous day.

    Parents often write up the evening after midnight; that entry describes the day before.
    """
    moment = moment or dt.datetime.now()
    if moment.tzinfo is not None:
        moment = moment.astimezone()  # local wall-clock time
    day = moment.date()
    return day - dt.timedelta(days=1) if moment.time() < DAY_STARTS_AT else day


@dataclass
class EntryRecord:
    """A day's entry as plain data; ``scores`` maps symptom key → score (absent = not recorded)."""

    child_id: int
    date: dt.date
    scores: dict[str, int] = field(default_factory=dict)
    wellbeing: int | None = None
    school_missed: bool = False
    sleep_disturbed: bool = False
    reported_by: Reporter = Reporter.PARENT
    notes: str = ""
    id: int | None = None
    updated_at: dt.datetime | None = None


def save_entry(
    diary: Diary,
    child_id: int,
    day: dt.date,
    scores: dict[str, int | None],
    *,
    wellbeing: int | None = None,
    school_missed: bool = False,
    sleep_disturbed: bool = False,
    reported_by: Reporter | str = Reporter.PARENT,
    notes: str = "",
) -> EntryRecord:
    """Create or replace the entry of ``day``: the given scores become the day's scores.

    A symptom missing from ``scores`` (or given as None) is "not recorded", never 0.
    """
    with diary.transaction() as session:
        definitions = _definitions_by_key(session, child_id)
        _check_scores(scores, definitions)
        entry = session.exec(
            select(DailyEntry).where(DailyEntry.child_id == child_id, DailyEntry.date == day)
        ).first()
        if entry is None:
            entry = DailyEntry(child_id=child_id, date=day)
            session.add(entry)
        entry.wellbeing = wellbeing
        entry.school_missed = school_missed
        entry.sleep_disturbed = sleep_disturbed
        entry.reported_by = reported_by
        entry.notes = notes
        entry.updated_at = now_utc()
        entry.check()
        session.flush()
        _replace_scores(session, entry, scores, definitions)
        return _record(entry, {k: v for k, v in scores.items() if v is not None})


def _definitions_by_key(session, child_id: int) -> dict[str, SymptomDefinition]:
    query = select(SymptomDefinition).where(SymptomDefinition.child_id == child_id)
    return {s.key: s for s in session.exec(query).all()}


def _check_scores(scores: dict[str, int | None], definitions: dict[str, SymptomDefinition]) -> None:
    """All problems at once, so a form can mark every wrong field."""
    problems: list[str] = []
    for key, score in scores.items():
        symptom = definitions.get(key)
        if symptom is None:
            problems.append(f"'{key}' is not a symptom of this child")
        elif score is not None and (
            isinstance(score, bool)
            or not isinstance(score, int)
            or not 0 <= score <= symptom.scale_max
        ):
            problems.append(
                f"score for '{symptom.label}' must be 0–{symptom.scale_max}, got {score}"
            )
    if problems:
        raise ValidationError("; ".join(problems), field="scores", problems=problems)


def _replace_scores(session, entry: DailyEntry, scores, definitions) -> None:
    existing = {
        s.symptom_id: s
        for s in session.exec(select(SymptomScore).where(SymptomScore.entry_id == entry.id)).all()
    }
    for key, value in scores.items():
        symptom = definitions[key]
        row = existing.pop(symptom.id, None)
        if value is None:
            if row is not None:
                session.delete(row)
        elif row is None:
            session.add(
                SymptomScore(entry_id=entry.id, symptom_id=symptom.id, score=value, symptom=symptom)
            )
        else:
            row.score = value
    for row in existing.values():  # symptoms not mentioned: no longer recorded that day
        session.delete(row)


def get_entry(diary: Diary, child_id: int, day: dt.date) -> EntryRecord | None:
    with diary.transaction() as session:
        entry = session.exec(
            select(DailyEntry).where(DailyEntry.child_id == child_id, DailyEntry.date == day)
        ).first()
        if entry is None:
            return None
        rows = session.exec(
            select(SymptomDefinition.key, SymptomScore.score)
            .join(SymptomDefinition, SymptomScore.symptom_id == SymptomDefinition.id)
            .where(SymptomScore.entry_id == entry.id)
        ).all()
        return _record(entry, dict(rows))


def previous_entry(diary: Diary, child_id: int, day: dt.date) -> EntryRecord | None:
    """The nearest earlier entry (for "same as yesterday" when yesterday was skipped)."""
    with diary.transaction() as session:
        earlier = session.exec(
            select(DailyEntry.date)
            .where(DailyEntry.child_id == child_id, DailyEntry.date < day)
            .order_by(DailyEntry.date.desc())
        ).first()
    return None if earlier is None else get_entry(diary, child_id, earlier)


def delete_entry(diary: Diary, child_id: int, day: dt.date) -> bool:
    with diary.transaction() as session:
        entry = session.exec(
            select(DailyEntry).where(DailyEntry.child_id == child_id, DailyEntry.date == day)
        ).first()
        if entry is None:
            return False
        session.delete(entry)
        return True


def last_entry_date(diary: Diary, child_id: int) -> dt.date | None:
    with diary.transaction() as session:
        return session.exec(
            select(DailyEntry.date)
            .where(DailyEntry.child_id == child_id)
            .order_by(DailyEntry.date.desc())
        ).first()


def _record(entry: DailyEntry, scores: dict[str, int]) -> EntryRecord:
    return EntryRecord(
        child_id=entry.child_id,
        date=entry.date,
        scores=dict(scores),
        wellbeing=entry.wellbeing,
        school_missed=entry.school_missed,
        sleep_disturbed=entry.sleep_disturbed,
        reported_by=Reporter(entry.reported_by),
        notes=entry.notes,
        id=entry.id,
        updated_at=entry.updated_at,
    )
