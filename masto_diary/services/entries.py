"""The evening entry: one row per child and calendar day, with a score per symptom.

Writes go through the ORM.  The reads the Today page needs at start-up (:func:`read_day`,
:func:`read_previous`, :func:`read_symptoms`) go through :mod:`masto_diary.storage.read_model`
instead, and the ORM is imported inside the functions that use it: importing SQLAlchemy costs
more than half a second, which the first window must not wait for (the app warms it up in the
background once the window is shown).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

from masto_diary.enums import Reporter
from masto_diary.errors import ValidationError
from masto_diary.storage import Diary, read_model
from masto_diary.storage.read_model import EntryRecord, SymptomRecord

if TYPE_CHECKING:
    from masto_diary.models import DailyEntry, SymptomDefinition

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
    from sqlmodel import select

    from masto_diary.models import DailyEntry

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
        entry.updated_at = _now_utc()
        entry.check()
        session.flush()
        _replace_scores(session, entry, scores, definitions)
        return _record(entry, {k: v for k, v in scores.items() if v is not None})


def save_entries(diary: Diary, child_id: int, records: Iterable[EntryRecord]) -> int:
    """Add many new days at once (demo, synthetic and imported diaries); returns how many.

    Each record passes the same checks as :func:`save_entry` (scores against the child's
    symptoms, then ``DailyEntry.check()``), but the rows go in with two multi-row INSERTs
    instead of a round trip per day, which is what makes a 10-year diary quick to write.
    Only adds: a day that already has an entry, or comes twice, is refused.  Every problem is
    reported at once and, on any, nothing is written.  ``record.updated_at`` (default now) is
    kept as both the created and the updated time, so an import keeps when a day was written.
    """
    records = list(records)
    from sqlalchemy import insert

    from masto_diary.models import DailyEntry, SymptomScore

    with diary.transaction() as session:
        definitions = _definitions_by_key(session, child_id)
        rows = [_checked_entry_row(child_id, record, definitions) for record in records]
        _refuse_taken_days(session, child_id, [record.date for record in records])
        if not rows:
            return 0
        inserted = session.execute(
            insert(DailyEntry).returning(DailyEntry.id, DailyEntry.date), rows
        ).all()
        entry_ids = {day: entry_id for entry_id, day in inserted}
        scores = [
            {"entry_id": entry_ids[record.date], "symptom_id": definitions[key].id, "score": score}
            for record in records
            for key, score in record.scores.items()
            if score is not None
        ]
        if scores:
            session.execute(insert(SymptomScore), scores)
        return len(rows)


def _checked_entry_row(
    child_id: int, record: EntryRecord, definitions: dict[str, SymptomDefinition]
) -> dict:
    """The INSERT parameters of one record, after the checks :func:`save_entry` applies."""
    from masto_diary.models import DailyEntry

    try:
        _check_scores(record.scores, definitions)
        entry = DailyEntry(
            child_id=child_id,
            date=record.date,
            wellbeing=record.wellbeing,
            school_missed=record.school_missed,
            sleep_disturbed=record.sleep_disturbed,
            reported_by=record.reported_by,
            notes=record.notes,
        )
        entry.check()
        written = record.updated_at or _now_utc()
        if written.tzinfo is None or written.utcoffset() is None:
            raise ValidationError("the time it was written must carry its time zone", "updated_at")
    except ValidationError as error:
        day = record.date.isoformat() if record.date else "(no day)"
        raise ValidationError(
            f"{day}: {error}", error.field, [f"{day}: {p}" for p in error.problems]
        ) from None
    return {
        "child_id": child_id,
        "date": entry.date,
        "wellbeing": entry.wellbeing,
        "school_missed": bool(entry.school_missed),
        "sleep_disturbed": bool(entry.sleep_disturbed),
        "reported_by": entry.reported_by,
        "notes": entry.notes or "",
        "created_at": written,
        "updated_at": written,
    }


def _refuse_taken_days(session, child_id: int, days: list[dt.date]) -> None:
    """A bulk add never overwrites: days already in the diary or listed twice are refused."""
    from sqlmodel import select

    from masto_diary.models import DailyEntry

    counts = Counter(days)
    twice = sorted(day for day, count in counts.items() if count > 1)
    query = select(DailyEntry.date).where(DailyEntry.child_id == child_id)
    taken = set(session.exec(query).all()) & counts.keys()
    problems = [f"{day.isoformat()} is listed twice" for day in twice]
    problems += [f"{day.isoformat()} already has an entry" for day in sorted(taken)]
    if problems:
        raise ValidationError("; ".join(problems), field="date", problems=problems)


def _definitions_by_key(session, child_id: int) -> dict[str, SymptomDefinition]:
    from sqlmodel import select

    from masto_diary.models import SymptomDefinition

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
    from sqlmodel import select

    from masto_diary.models import SymptomScore

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


def delete_entry(diary: Diary, child_id: int, day: dt.date) -> bool:
    from sqlmodel import select

    from masto_diary.models import DailyEntry

    with diary.transaction() as session:
        entry = session.exec(
            select(DailyEntry).where(DailyEntry.child_id == child_id, DailyEntry.date == day)
        ).first()
        if entry is None:
            return False
        session.delete(entry)
        return True


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


def _now_utc() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


# --------------------------------------------------------------------------- reads


def read_symptoms(diary: Diary, child_id: int) -> list[SymptomRecord]:
    """The child's active symptoms in their order, as the Today page shows them."""
    with read_model.reading(diary) as db:
        return read_model.symptoms(db, child_id, active_only=True)


def read_day(diary: Diary, child_id: int, day: dt.date) -> EntryRecord | None:
    """The day's entry with every score (hidden symptoms too), or ``None``."""
    with read_model.reading(diary) as db:
        return read_model.entry(db, child_id, day)


def read_previous(diary: Diary, child_id: int, day: dt.date) -> EntryRecord | None:
    """The nearest entry before ``day`` (for "same as yesterday" when yesterday was skipped)."""
    with read_model.reading(diary) as db:
        return read_model.entry_before(db, child_id, day)
