"""A clinic's own questionnaire file: its format, and reading it with every problem listed.

The format is documented in docs/questionnaires.md and, as a JSON Schema generated from the
models below, in docs/questionnaire-schema.json (``python -m masto_diary.exchange.questionnaire``
rewrites it; a test fails when it is stale).  Validated questionnaires for mastocytosis and
urticaria are licensed and their text may not be shipped, so the app reads whatever the clinic
gives the family and ships only examples of its own wording (docs/questionnaire-*.json).

A bad file is refused like a bad import: every problem with its JSON path, nothing kept.  The
file is read as strictly as the diary's own export (exchange/strict_json.py): a key given twice,
``NaN`` or ``Infinity`` are refused, and texts may not hold control characters (rules.py).
The scoring itself (sum or mean, reversed items, a linear transform, subscales, prorating) is
:mod:`masto_diary.analysis.questionnaires`; this module checks that a file's scoring means
something before it is kept.
"""

import math
import sys
from fractions import Fraction
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    StrictStr,
    WithJsonSchema,
)
from pydantic import ValidationError as PydanticValidationError
from pydantic_core import PydanticCustomError

from masto_diary.analysis import questionnaires as measure
from masto_diary.exchange import strict_json
from masto_diary.exchange.problems import ImportRefusedError, Problem, Problems
from masto_diary.exchange.reasons import friendly_reason, json_path
from masto_diary.rules import forbidden_character

FORMAT_NAME = "masto-diary-questionnaire"
FORMAT_VERSION = 1
MAX_BYTES = 1_000_000
MAX_ITEMS = 100
MAX_LEVELS = 21
MAX_SCALE_STEPS = 100
VALUE_LIMIT = 10_000
NUMBER_LIMIT = 1_000_000
SCHEMA_PATH = Path(__file__).resolve().parents[2] / "docs" / "questionnaire-schema.json"
RECALLS = ("daily", "weekly", "2-weekly", "4-weekly")


def _clean(multiline: bool):
    def check(text: str) -> str:
        found = forbidden_character(text, multiline)
        if found is not None:
            what = "control characters or text-direction marks"
            if not multiline:
                what = "line breaks, " + what
            raise PydanticCustomError(
                "text_characters",
                "cannot hold {what} (found U+{code}); the file must be written again without them",
                {"what": what, "code": f"{ord(found):04X}"},
            )
        return text

    return AfterValidator(check)


def _number(value: Any) -> int | float:
    """A JSON number, never text or true/false, finite and of a sane size."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise PydanticCustomError("number", "must be a number, got {got}", {"got": repr(value)})
    if not math.isfinite(value) or abs(value) > NUMBER_LIMIT:
        raise PydanticCustomError(
            "number_size",
            "must be a number between -{limit} and {limit}, got {got}",
            {"limit": f"{NUMBER_LIMIT:,}", "got": repr(value)},
        )
    return value


def _or_word(word: str):
    """A number, or the one word that names a value worked out from the items."""

    def check(value: Any) -> Any:
        return value if value == word else _number(value)

    return BeforeValidator(check)


Key = Annotated[StrictStr, Field(pattern=r"^[a-z0-9][a-z0-9_-]{0,49}$")]
Label = Annotated[StrictStr, Field(min_length=1, max_length=300), _clean(multiline=False)]
Value = Annotated[StrictInt, Field(ge=-VALUE_LIMIT, le=VALUE_LIMIT)]
Number = Annotated[Any, BeforeValidator(_number), WithJsonSchema({"type": "number"})]


class _Part(BaseModel):
    """Unknown keys are refused: a misspelt key would otherwise be dropped without a word."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class AnswerLevel(_Part):
    value: Value
    text: Label


class NumberScale(_Part):
    """Every whole number from ``min`` to ``max`` (an itch scale 0–10), its ends named."""

    min: Value
    max: Value
    min_text: Label
    max_text: Label


class Item(_Part):
    id: Key
    text: Label
    answers: Annotated[
        list[AnswerLevel] | None,
        Field(min_length=2, max_length=MAX_LEVELS, description="the answers, each with its value"),
    ] = None
    scale: Annotated[
        NumberScale | None, Field(description="instead of answers: a scale of whole numbers")
    ] = None
    reversed: Annotated[
        StrictBool, Field(description="scored as lowest + highest − the answer's value")
    ] = False


class ScoreBand(_Part):
    low: Number
    high: Number
    label: Label


class Transform(_Part):
    """total = (raw − subtract) / divide_by × multiply_by + add."""

    subtract: Annotated[
        Any,
        _or_word(measure.LOWEST),
        WithJsonSchema({"anyOf": [{"type": "number"}, {"const": measure.LOWEST}]}),
        Field(description='a number, or "lowest": the lowest possible raw score'),
    ] = 0
    divide_by: Annotated[
        Any,
        _or_word(measure.RANGE),
        WithJsonSchema({"anyOf": [{"type": "number"}, {"const": measure.RANGE}]}),
        Field(description='a number, or "range": the possible raw range (highest − lowest)'),
    ] = 1
    multiply_by: Number = 1
    add: Number = 0


class SubscaleIn(_Part):
    id: Key
    title: Label
    items: Annotated[list[Key], Field(min_length=1, max_length=MAX_ITEMS)]
    bands: Annotated[list[ScoreBand], Field(max_length=50)] = Field(default_factory=list)


class Scoring(_Part):
    method: Literal["sum", "mean"] = "sum"
    transform: Transform | None = None
    decimals: Annotated[StrictInt, Field(ge=0, le=2)] = 0
    min_answered: Annotated[
        Number, Field(description="share of items that must be answered (with prorate)")
    ] = 1
    prorate: StrictBool = False
    bands: Annotated[list[ScoreBand], Field(max_length=50)] = Field(default_factory=list)
    subscales: Annotated[list[SubscaleIn], Field(max_length=20)] = Field(default_factory=list)


class Questionnaire(_Part):
    """A questionnaire as a clinic writes it; ``recall`` is how often it is answered."""

    format: Literal["masto-diary-questionnaire"]
    version: Literal[1]
    id: Key
    title: Label
    source: Annotated[Label, Field(description="who wrote it and under which terms it is used")]
    recall: Literal[RECALLS]  # type: ignore[valid-type]
    instructions: Annotated[StrictStr, Field(max_length=2000), _clean(multiline=True)] = ""
    items: Annotated[list[Item], Field(min_length=1, max_length=MAX_ITEMS)]
    scoring: Scoring = Field(default_factory=Scoring)

    @property
    def item_ids(self) -> list[str]:
        return [item.id for item in self.items]

    @property
    def instrument(self) -> measure.Instrument:
        return measure.instrument_of(self.content())

    @property
    def bands(self) -> list[tuple[Fraction, Fraction, str]]:
        return [(b.low, b.high, b.label) for b in self.instrument.bands]

    @property
    def lowest(self) -> Fraction:
        return self.instrument.possible()[0]

    @property
    def highest(self) -> Fraction:
        return self.instrument.possible()[1]

    def score(self, answers: dict[str, int | None]) -> tuple[float | None, str | None]:
        """The total and its band; both None when too few items were answered (never a 0)."""
        return self.instrument.score(answers)

    def content(self) -> dict:
        """What the diary keeps: the file as it was written, checked (defaults left out)."""
        return self.model_dump(mode="json", exclude_unset=True)


def read_questionnaire(source: Path | bytes, name: str | None = None) -> Questionnaire:
    """Read and check a questionnaire file; any problem raises ImportRefusedError (all listed)."""
    label = name or (source.name if isinstance(source, Path) else "The questionnaire")
    raw = strict_json.parse(_decode(_read(source, label), label), label, "a questionnaire")
    strict_json.refuse_duplicate_keys(raw, label)
    problems = Problems()
    try:
        questionnaire = Questionnaire.model_validate(raw)
    except PydanticValidationError as error:
        for item in error.errors(include_url=False):
            problems.add(json_path(item["loc"]), friendly_reason(item))
        problems.refuse(label)
        raise  # pragma: no cover - refuse() always raises when pydantic found errors
    _check_meaning(questionnaire, problems)
    problems.refuse(label)
    return questionnaire


# --------------------------------------------------------------------------- meaning


def _check_meaning(q: Questionnaire, problems: Problems) -> None:
    """What a schema cannot say; every problem at once, each at its path."""
    if not _check_items(q, problems):
        return  # the scoring below needs each item's scale
    before = len(problems.items)
    _check_rules(q, problems)
    if len(problems.items) > before:
        return
    instrument = q.instrument
    lowest, highest = instrument.possible()
    for sentence in measure.band_gaps(instrument.bands, lowest, highest, instrument.rules.decimals):
        problems.add("$.scoring.bands", sentence)
    _check_subscales(q, instrument, problems)


def _check_items(q: Questionnaire, problems: Problems) -> bool:
    """Ids once each; each item answers or a scale (not both), values once, min below max.
    False when an item has no scale to score on."""
    scorable = True
    seen: set[str] = set()
    for index, item in enumerate(q.items):
        path = f"$.items[{index}]"
        if item.id in seen:
            problems.add(f"{path}.id", f"'{item.id}' is the id of an earlier item")
        seen.add(item.id)
        if (item.answers is None) == (item.scale is None):
            problems.add(path, 'must have either "answers" or "scale" (one of the two)')
            scorable = False
        elif item.answers is not None:
            values = [a.value for a in item.answers]
            if len(set(values)) != len(values):
                problems.add(f"{path}.answers", "two answers have the same value")
        elif item.scale is not None and item.scale.min >= item.scale.max:
            problems.add(
                f"{path}.scale",
                f"min {item.scale.min} must be below max {item.scale.max}",
            )
            scorable = False
        elif item.scale is not None and item.scale.max - item.scale.min > MAX_SCALE_STEPS:
            problems.add(
                f"{path}.scale",
                f"runs over more than {MAX_SCALE_STEPS} steps ({item.scale.min}–{item.scale.max})",
            )
            scorable = False
    return scorable


def _check_rules(q: Questionnaire, problems: Problems) -> None:
    """A transform that can be worked out, a share between 0 and 1, prorating that can hold."""
    rules = q.scoring
    transform = rules.transform
    if transform is not None:
        if transform.divide_by == 0:
            problems.add(
                "$.scoring.transform.divide_by",
                'must not be 0: a total cannot be divided by zero (use "range" for the '
                "possible range of the raw score)",
            )
        if transform.multiply_by == 0:
            problems.add(
                "$.scoring.transform.multiply_by",
                "must not be 0: every total would be the same number",
            )
    share = rules.min_answered
    if not 0 < share <= 1:
        problems.add(
            "$.scoring.min_answered",
            f"must be a share above 0 and at most 1 (0.75 is three items in four), got {share}",
        )
    elif share < 1 and not rules.prorate:
        problems.add(
            "$.scoring.min_answered",
            'a total from fewer than all items needs "prorate": true; without it the '
            "unanswered items would count as 0",
        )
    if rules.prorate:
        _check_same_scale(q, problems)


def _check_same_scale(q: Questionnaire, problems: Problems) -> None:
    """Prorating counts an unanswered item as the mean of the others: only fair on one scale."""
    items = q.instrument.items
    first = items[0]
    for index, item in enumerate(items[1:], start=1):
        if (item.low, item.high) != (first.low, first.high):
            problems.add(
                f"$.items[{index}]",
                f"scores {item.low}–{item.high} while items[0] scores {first.low}–{first.high}: "
                '"prorate" needs every item on the same scale',
            )


def _check_subscales(q: Questionnaire, instrument: measure.Instrument, problems: Problems) -> None:
    known = set(q.item_ids)
    ids: set[str] = set()
    for index, (part, kept) in enumerate(
        zip(q.scoring.subscales, instrument.subscales, strict=True)
    ):
        path = f"$.scoring.subscales[{index}]"
        if part.id in ids:
            problems.add(f"{path}.id", f"'{part.id}' is the id of an earlier subscale")
        ids.add(part.id)
        for number, item_id in enumerate(part.items):
            if item_id not in known:
                problems.add(f"{path}.items[{number}]", f"'{item_id}' is not an item's id")
            elif part.items.index(item_id) != number:
                problems.add(f"{path}.items[{number}]", f"'{item_id}' is listed twice")
        if any(item_id not in known for item_id in part.items):
            continue
        lowest, highest = instrument.possible(part.items)
        for sentence in measure.band_gaps(kept.bands, lowest, highest, instrument.rules.decimals):
            problems.add(f"{path}.bands", sentence)


# --------------------------------------------------------------------------- the file


def _read(source: Path | bytes, label: str) -> bytes:
    if isinstance(source, bytes):
        data = source
    else:
        try:
            with source.open("rb") as handle:
                data = handle.read(MAX_BYTES + 1)
        except OSError as error:
            raise ImportRefusedError(label, [Problem("$", f"cannot be read: {error}")]) from None
    if len(data) > MAX_BYTES:
        reason = f"is larger than {MAX_BYTES:,} bytes: not a questionnaire"
        raise ImportRefusedError(label, [Problem("$", reason)])
    return data


def _decode(data: bytes, label: str) -> str:
    try:
        return data.removeprefix(b"\xef\xbb\xbf").decode("utf-8")
    except UnicodeDecodeError:
        raise ImportRefusedError(label, [Problem("$", "the file is not UTF-8 text")]) from None


def questionnaire_schema() -> dict:
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        **Questionnaire.model_json_schema(mode="validation"),
        "description": (
            "A clinic's own questionnaire for masto-diary: items with their answer levels or "
            "number scales (reversed where the instrument says so), how often it is answered "
            "(recall), scoring (sum or mean, a linear transform, rounding, prorating, bands, "
            "subscales) and its source. See questionnaires.md for the rules a schema cannot "
            "express."
        ),
    }


def schema_text() -> str:
    import json

    return json.dumps(questionnaire_schema(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    SCHEMA_PATH.write_text(schema_text(), encoding="utf-8")
    print(f"Wrote {SCHEMA_PATH}", file=sys.stderr)
