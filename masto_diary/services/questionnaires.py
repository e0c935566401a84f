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
from fractions import Fraction

from masto_diary.analysis.questionnaires import Instrument, instrument_of, item_values
from masto_diary.errors import ValidationError
from masto_diary.storage import Diary, read_model
from masto_diary.storage.read_model import QuestionnaireAnswerRecord, QuestionnaireRecord

# The writes import the ORM inside the functions: the Today page reads questionnaires and
# must not pay SQLAlchemy's import (see services/records.py).

RECALL_DAYS = {"daily": 1, "weekly": 7, "2-weekly": 14, "4-weekly": 28}
"""How many days one set of answers covers: the next is due that many days later."""


@dataclass(frozen=True)
class Item:
    """One item of a kept questionnaire: its id, text and the values its answers may take
    (an answer's text is empty inside a number scale, where only the ends are named)."""

    id: str
    text: str
    answers: tuple[tuple[int, str], ...]
    reversed: bool = False


@dataclass(frozen=True)
class KeptQuestionnaire:
    """A loaded questionnaire as the pages and the report use it (parsed from its record)."""

    record: QuestionnaireRecord
    source: str
    instructions: str
    items: tuple[Item, ...]
    instrument: Instrument

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
    def decimals(self) -> int:
        """How many decimals a total has (a sum: none; a 0-100 score may have some)."""
        return self.instrument.rules.decimals

    @property
    def bands(self) -> tuple[tuple[float, float, str], ...]:
        return tuple((float(b.low), float(b.high), b.label) for b in self.instrument.bands)

    @property
    def lowest(self) -> Fraction:
        return self.instrument.possible()[0]

    @property
    def highest(self) -> Fraction:
        return self.instrument.possible()[1]

    def score(self, answers: Mapping[str, int | None]) -> tuple[float | None, str | None]:
        return self.instrument.score(answers)

    def subscale_scores(self, answers: Mapping[str, int | None]):
        """Each subscale with its total and band (None while too few of its items are known)."""
        return self.instrument.subscale_scores(answers)


def item_of(data: Mapping) -> Item:
    """An item of a questionnaire's JSON content, a number scale as its every value."""
    if data.get("scale") is not None:
        scale = data["scale"]
        ends = {scale["min"]: scale["min_text"], scale["max"]: scale["max_text"]}
        answers = tuple((value, ends.get(value, "")) for value in item_values(data))
    else:
        answers = tuple((a["value"], a["text"]) for a in data["answers"])
    return Item(data["id"], data["text"], answers, bool(data.get("reversed", False)))


def kept(record: QuestionnaireRecord) -> KeptQuestionnaire:
    """Parse the kept JSON; it was checked by the loader before it was stored."""
    data = json.loads(record.content)
    items = tuple(item_of(i) for i in data["items"])
    return KeptQuestionnaire(
        record, data["source"], data.get("instructions", ""), items, instrument_of(data)
    )


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


@dataclass(frozen=True)
class Imported:
    """What an import did to one questionnaire: its row, whether it is new, the days added."""

    row_id: int
    new: bool
    added: dict[dt.date, int]  # day -> the new answer row's id


def import_questionnaire(
    diary: Diary,
    child_id: int,
    content: Mapping,
    given: Sequence[tuple[dt.date, Mapping[str, int | None]]],
) -> Imported:
    """Keep a questionnaire of an imported file and add the answers of days that have none
    yet (a merge keeps the diary's own).

    Reads through the writing session, not the read model: an import writes in one
    transaction, which another connection cannot see yet.
    """
    from sqlmodel import col, select

    from masto_diary.models import ClinicQuestionnaire, QuestionnaireAnswer
    from masto_diary.storage import changes

    with diary.transaction() as session:
        table = ClinicQuestionnaire
        had = session.exec(
            select(table.id).where(table.child_id == child_id, table.key == content["id"])
        ).first()
    row_id = keep_questionnaire(diary, child_id, content)
    text = json.dumps(content, ensure_ascii=False, sort_keys=True)
    record = QuestionnaireRecord(row_id, child_id, content["id"], content["title"],
                                 content["recall"], text, dt.datetime.now(dt.UTC))  # fmt: skip
    questionnaire = kept(record)
    added: dict[dt.date, QuestionnaireAnswer] = {}
    with diary.transaction() as session:
        column = col(QuestionnaireAnswer.date)
        days = set(
            session.exec(select(column).where(QuestionnaireAnswer.questionnaire_id == row_id)).all()
        )
        for day, answers in given:
            if day in days or day in added:
                continue
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
            added[day] = row
        session.flush()
        return Imported(row_id, had is None, {day: row.id for day, row in added.items()})


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
) -> tuple[float | None, str | None]:
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
        if value is not None and (
            isinstance(value, bool) or value not in {v for v, _ in item.answers}
        ):
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
