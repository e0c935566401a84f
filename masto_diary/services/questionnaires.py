"""A child's clinic questionnaires and the answers given to them (docs/questionnaires.md).

The file is read and checked by :mod:`masto_diary.exchange.questionnaire` (above this layer);
this module keeps its checked JSON in the diary, so the diary does not depend on the file
staying where it was, and stores each day's answers with the total and band worked out when
they were saved.  Loading a questionnaire with the same id again replaces the kept content
and keeps every answer given so far (a clinic sending a corrected file must not wipe the
child's history); answers keep the total they had when saved.  An unanswered item leaves the
total unknown, never 0 (:mod:`masto_diary.analysis.questionnaires`).
"""

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from masto_diary.analysis.questionnaires import Band, band_of, total
from masto_diary.errors import ValidationError
from masto_diary.storage import Diary, read_model
from masto_diary.storage.read_model import QuestionnaireAnswerRecord, QuestionnaireRecord

# The writes import the ORM inside the functions: the Today page reads questionnaires and
# must not pay SQLAlchemy's import (see services/records.py).

RECALL_DAYS = {"daily": 1, "weekly": 7}
"""How many days one set of answers covers: the next is due that many days later."""


@dataclass(frozen=True)
class Item:
    """One item of a kept questionnaire: its id, text and the values its answers may take."""

    id: str
    text: str
    answers: tuple[tuple[int, str], ...]


@dataclass(frozen=True)
class KeptQuestionnaire:
    """A loaded questionnaire as the pages and the report use it (parsed from its record)."""

    record: QuestionnaireRecord
    source: str
    instructions: str
    items: tuple[Item, ...]
    bands: tuple[Band, ...]

    @property
    def id(self) -> int:
        return self.record.id

    @property
    def title(self) -> str:
        return self.record.title

    @property
    def recall(self) -> str:
        return self.record.recall

    @property
    def lowest(self) -> int:
        return sum(min(value for value, _ in item.answers) for item in self.items)

    @property
    def highest(self) -> int:
        return sum(max(value for value, _ in item.answers) for item in self.items)

    def score(self, answers: Mapping[str, int | None]) -> tuple[int | None, str | None]:
        found = total([item.id for item in self.items], answers)
        return found, band_of(found, self.bands)


def kept(record: QuestionnaireRecord) -> KeptQuestionnaire:
    """Parse the kept JSON; it was checked by the loader before it was stored."""
    data = json.loads(record.content)
    items = tuple(
        Item(i["id"], i["text"], tuple((a["value"], a["text"]) for a in i["answers"]))
        for i in data["items"]
    )
    bands = tuple(
        (b["low"], b["high"], b["label"]) for b in data.get("scoring", {}).get("bands", [])
    )
    return KeptQuestionnaire(record, data["source"], data.get("instructions", ""), items, bands)


def keep_questionnaire(diary: Diary, child_id: int, content: Mapping) -> int:
    """Store a checked questionnaire (its JSON form) for a child; the same id replaces it.

    Returns the row id, the same one when a questionnaire with this id was loaded before,
    so its answers stay attached.
    """
    from sqlmodel import select

    from masto_diary.models import ClinicQuestionnaire, now_utc
    from masto_diary.storage import changes

    text = json.dumps(content, ensure_ascii=False, sort_keys=True)
    with diary.transaction() as session:
        row = session.exec(
            select(ClinicQuestionnaire).where(
                ClinicQuestionnaire.child_id == child_id,
                ClinicQuestionnaire.key == content["id"],
            )
        ).first()
        if row is None:
            row = ClinicQuestionnaire(
                child_id=child_id, key=content["id"], title="", recall="", content=""
            )
            changes.add(session, row)
        row.title = content["title"]
        row.recall = content["recall"]
        row.content = text
        row.loaded_at = now_utc()
        row.check()
        session.flush()
        return row.id


def import_questionnaire(
    diary: Diary,
    child_id: int,
    content: Mapping,
    given: Sequence[tuple[dt.date, Mapping[str, int | None]]],
) -> tuple[int, int]:
    """Keep a questionnaire of an imported file and add the answers of days that have none
    yet (a merge keeps the diary's own); returns (added, already there).

    Reads through the writing session, not the read model: an import writes in one
    transaction, which another connection cannot see yet.
    """
    from sqlmodel import select

    from masto_diary.models import QuestionnaireAnswer
    from masto_diary.storage import changes

    row_id = keep_questionnaire(diary, child_id, content)
    text = json.dumps(content, ensure_ascii=False, sort_keys=True)
    record = QuestionnaireRecord(row_id, child_id, content["id"], content["title"],
                                 content["recall"], text, dt.datetime.now(dt.UTC))  # fmt: skip
    questionnaire = kept(record)
    with diary.transaction() as session:
        column = QuestionnaireAnswer.date
        days = set(
            session.exec(select(column).where(QuestionnaireAnswer.questionnaire_id == row_id)).all()
        )
        new = [(day, answers) for day, answers in given if day not in days]
        for day, answers in new:
            values = _checked(questionnaire, answers)
            score, band = questionnaire.score(values)
            row = QuestionnaireAnswer(
                questionnaire_id=row_id,
                date=day,
                answers=json.dumps(values, sort_keys=True),
                total=score,
                band=band,
            )
            row.check()
            changes.add(session, row)
        session.flush()
    return len(new), len(given) - len(new)


def questionnaires(diary: Diary, child_id: int) -> list[KeptQuestionnaire]:
    """The child's loaded questionnaires, in the order they were first loaded."""
    with read_model.reading(diary) as db:
        return [kept(record) for record in read_model.questionnaires(db, child_id)]


def answers(diary: Diary, questionnaire_id: int) -> list[QuestionnaireAnswerRecord]:
    """The answers given to a questionnaire, oldest first."""
    with read_model.reading(diary) as db:
        return read_model.questionnaire_answers(db, questionnaire_id)


def save_answers(
    diary: Diary,
    questionnaire: KeptQuestionnaire,
    day: dt.date,
    given: Mapping[str, int | None],
) -> tuple[int | None, str | None]:
    """Save (or replace) a day's answers; returns the total and band (None when incomplete)."""
    from sqlmodel import select

    from masto_diary.models import QuestionnaireAnswer
    from masto_diary.storage import changes

    values = _checked(questionnaire, given)
    score, band = questionnaire.score(values)
    with diary.transaction() as session:
        row = session.exec(
            select(QuestionnaireAnswer).where(
                QuestionnaireAnswer.questionnaire_id == questionnaire.id,
                QuestionnaireAnswer.date == day,
            )
        ).first()
        if row is None:
            row = QuestionnaireAnswer(questionnaire_id=questionnaire.id, date=day, answers="{}")
            changes.add(session, row)
        row.answers = json.dumps(values, sort_keys=True)
        row.total = score
        row.band = band
        row.check()
        session.flush()
    return score, band


def _checked(
    questionnaire: KeptQuestionnaire, given: Mapping[str, int | None]
) -> dict[str, int | None]:
    """Every item once, each value one the item offers; an unknown item id is refused."""
    items = {item.id: item for item in questionnaire.items}
    unknown = sorted(set(given) - set(items))
    if unknown:
        raise ValidationError(f"'{unknown[0]}' is not an item of this questionnaire", "answers")
    values: dict[str, int | None] = {}
    for item_id, item in items.items():
        value = given.get(item_id)
        if value is not None and value not in {v for v, _ in item.answers}:
            raise ValidationError(f"{value} is not an answer of item '{item_id}'", "answers")
        values[item_id] = value
    return values


def remove_questionnaire(diary: Diary, questionnaire_id: int) -> None:
    """Remove a questionnaire and, with it, every answer given to it."""
    from masto_diary.models import ClinicQuestionnaire
    from masto_diary.storage import changes

    with diary.transaction() as session:
        row = changes.existing(session, ClinicQuestionnaire, questionnaire_id, "questionnaire")
        changes.delete(session, row)


def due(recall: str, last_answered: dt.date | None, today: dt.date) -> bool:
    """Whether the questionnaire should be offered today: never answered, or its recall
    period (a day, a week) has passed since the last answers."""
    if last_answered is None:
        return True
    return (today - last_answered).days >= RECALL_DAYS[recall]


def is_due(diary: Diary, questionnaire: KeptQuestionnaire, today: dt.date) -> bool:
    """:func:`due` for a kept questionnaire, from its newest answers."""
    given = answers(diary, questionnaire.id)
    return due(questionnaire.recall, given[-1].date if given else None, today)
