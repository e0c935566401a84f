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
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from masto_diary.enums import Reporter
from masto_diary.errors import ValidationError
from masto_diary.services.bulk import RowProblem, checked, columns, listed_twice
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
    reported_by: Reporter = Reporter.PARENT,
    notes: str = "",
) -> EntryRecord:
    """Create or replace the entry of ``day``: the given scores become the day's scores.

    A symptom missing from ``scores`` (or given as None) is "not recorded", never 0.
    """
    from sqlmodel import select

    from masto_diary.models import DailyEntry
    from masto_diary.storage import changes

    with diary.transaction() as session:
        definitions = _definitions_by_key(session, child_id)
        _check_scores(scores, definitions)
        entry = session.exec(
            select(DailyEntry).where(DailyEntry.child_id == child_id, DailyEntry.date == day)
        ).first()
        if entry is None:
            entry = DailyEntry(child_id=child_id, date=day)
            changes.add(session, entry)
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


def save_entries(
    diary: Diary,
    child_id: int,
    records: Iterable[EntryRecord],
    *,
    checked: list[dict] | None = None,
) -> int:
    """Add many new days at once (demo, synthetic and imported diaries); returns how many.

    Each record passes the same checks as :func:`save_entry` (:func:`check_entries`), but the
    rows go in with two multi-row INSERTs through the write seam instead of a round trip per
    day, which is what makes a 10-year diary quick to write.  Only adds: a day that already has
    an entry, or comes twice, is refused.  Every problem is reported at once and, on any,
    nothing is written.  ``updated_at`` (default now) and ``created_at`` are kept, so an import
    keeps when a day was written.  ``checked``: the rows :func:`check_entries` already gave for
    these records without a problem (the import checks every child before it writes any).
    """
    from masto_diary.models import DailyEntry, SymptomScore
    from masto_diary.storage import changes

    records = list(records)
    with diary.transaction() as session:
        definitions = _definitions_by_key(session, child_id)
        scales = {key: (s.scale_max, s.label) for key, s in definitions.items()}
        rows, problems = (checked, []) if checked else check_entries(records, scales, twice=False)
        if problems:
            days = [r.date.isoformat() if r.date else "(no day)" for r in records]
            raise ValidationError(
                f"{days[problems[0].index]}: {problems[0].reason}",
                problems[0].field,
                [f"{days[p.index]}: {p.reason}" for p in problems],
            )
        _refuse_taken_days(session, child_id, [record.date for record in records])
        entry_ids = changes.insert_rows(
            session, DailyEntry, [{"child_id": child_id, **r} for r in rows], True
        )
        symptom_ids = {key: s.id for key, s in definitions.items()}
        scores = (
            (entry_id, symptom_ids[key], score)
            for entry_id, record in zip(entry_ids, records, strict=True)
            for key, score in record.scores.items()
            if score is not None
        )
        changes.insert_numbers(session, SymptomScore, ("entry_id", "symptom_id", "score"), scores)
        return len(rows)


def check_entries(
    records: list[EntryRecord],
    scales: dict[str, tuple[int, str]],
    now: dt.datetime | None = None,
    twice: bool = True,
) -> tuple[list[dict], list[RowProblem]]:
    """The INSERT rows of ``records`` and every problem, in record order.

    The rules of :func:`save_entry`: scores against the child's symptoms (``scales``: key →
    scale maximum and label), ``DailyEntry.check()``, a written time with its zone; and a day
    listed twice (``twice``) when the caller reports it here.
    """
    from masto_diary.models import DailyEntry

    problems: list[RowProblem] = []
    if twice:
        days = [r.date for r in records]
        problems += listed_twice(days, "date", lambda d: d.isoformat(), "daily_entries")
    now = now or _now_utc()
    rows = []
    for index, record in enumerate(records):
        created = record.created_at or record.updated_at or now
        fields = {
            "date": record.date,
            "wellbeing": record.wellbeing,
            "school_missed": bool(record.school_missed),
            "sleep_disturbed": bool(record.sleep_disturbed),
            "reported_by": record.reported_by,
            "notes": record.notes or "",
            "created_at": created,
            "updated_at": record.updated_at or created,
        }
        fields = columns(checked(DailyEntry, index, fields, problems), fields)
        problems += [
            RowProblem(index, "scores", reason, key)
            for key, reason in score_problems(record.scores, scales)
        ]
        rows.append(fields)
    return rows, sorted(problems, key=lambda p: p.index)


def _refuse_taken_days(session, child_id: int, days: list[dt.date]) -> None:
    """A bulk add never overwrites: days already in the diary or listed twice are refused."""
    from sqlmodel import col, select

    from masto_diary.models import DailyEntry

    counts = Counter(days)
    twice = sorted(day for day, count in counts.items() if count > 1)
    query = select(col(DailyEntry.date)).where(DailyEntry.child_id == child_id)
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
    scales = {key: (s.scale_max, s.label) for key, s in definitions.items()}
    problems = [reason for _key, reason in score_problems(scores, scales)]
    if problems:
        raise ValidationError("; ".join(problems), field="scores", problems=problems)


def score_problems(
    scores: Mapping[str, int | None], scales: dict[str, tuple[int, str]]
) -> list[tuple[str, str]]:
    """(symptom key, reason) for each score that is not a symptom's or is off its scale."""
    problems = []
    for key, score in scores.items():
        known = scales.get(key)
        if known is None:
            problems.append((key, f"'{key}' is not one of this child's symptoms"))
        elif score is not None and (type(score) is not int or not 0 <= score <= known[0]):
            problems.append((key, f"the score for '{known[1]}' must be 0–{known[0]}, got {score}"))
    return problems


def _replace_scores(session, entry: DailyEntry, scores, definitions) -> None:
    from sqlmodel import select

    from masto_diary.models import SymptomScore
    from masto_diary.storage import changes

    existing = {
        s.symptom_id: s
        for s in session.exec(select(SymptomScore).where(SymptomScore.entry_id == entry.id)).all()
    }
    for key, value in scores.items():
        symptom = definitions[key]
        row = existing.pop(symptom.id, None)
        if value is None:
            if row is not None:
                changes.delete(session, row)
        elif row is None:
            changes.add(
                session,
                SymptomScore(
                    entry_id=entry.id, symptom_id=symptom.id, score=value, symptom=symptom
                ),
            )
        else:
            row.score = value
    for row in existing.values():  # symptoms not mentioned: no longer recorded that day
        changes.delete(session, row)


def delete_entry(diary: Diary, child_id: int, day: dt.date) -> bool:
    from sqlmodel import select

    from masto_diary.models import DailyEntry
    from masto_diary.storage import changes

    with diary.transaction() as session:
        entry = session.exec(
            select(DailyEntry).where(DailyEntry.child_id == child_id, DailyEntry.date == day)
        ).first()
        if entry is None:
            return False
        changes.delete(session, entry)
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
        created_at=entry.created_at,
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
