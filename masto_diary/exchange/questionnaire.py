"""A clinic's own questionnaire file: its format, and reading it with every problem listed.

The format is documented in docs/questionnaires.md and, as a JSON Schema generated from the
models below, in docs/questionnaire-schema.json (``python -m masto_diary.exchange.questionnaire``
rewrites it; a test fails when it is stale).  Validated questionnaires for mastocytosis and
urticaria are licensed and their text may not be shipped, so the app reads whatever the clinic
gives the family and ships only an example of its own wording (docs/questionnaire-example.json).

A bad file is refused like a bad import: every problem with its JSON path, nothing kept.
"""

import json
import sys
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictInt, StrictStr
from pydantic import ValidationError as PydanticValidationError

from masto_diary.analysis.questionnaires import band_gaps, band_of, total
from masto_diary.exchange.problems import ImportRefusedError, Problem, Problems
from masto_diary.exchange.reasons import friendly_reason, json_path

FORMAT_NAME = "masto-diary-questionnaire"
FORMAT_VERSION = 1
MAX_BYTES = 1_000_000
SCHEMA_PATH = Path(__file__).resolve().parents[2] / "docs" / "questionnaire-schema.json"

Key = Annotated[StrictStr, Field(pattern=r"^[a-z0-9][a-z0-9_-]{0,49}$")]
Label = Annotated[StrictStr, Field(min_length=1, max_length=300)]
Value = Annotated[StrictInt, Field(ge=0, le=100)]


class _Part(BaseModel):
    """Unknown keys are refused: a misspelt key would otherwise be dropped without a word."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class AnswerLevel(_Part):
    value: Value
    text: Label


class Item(_Part):
    id: Key
    text: Label
    answers: Annotated[list[AnswerLevel], Field(min_length=2, max_length=11)]


class ScoreBand(_Part):
    low: Value
    high: Value
    label: Label


class Scoring(_Part):
    method: Literal["sum"] = "sum"
    bands: list[ScoreBand] = Field(default_factory=list)


class Questionnaire(_Part):
    """A questionnaire as a clinic writes it; ``recall`` is how often it is answered."""

    format: Literal["masto-diary-questionnaire"]
    version: Literal[1]
    id: Key
    title: Label
    source: Annotated[Label, Field(description="who wrote it and under which terms it is used")]
    recall: Literal["daily", "weekly"]
    instructions: Annotated[StrictStr, Field(max_length=2000)] = ""
    items: Annotated[list[Item], Field(min_length=1, max_length=50)]
    scoring: Scoring = Field(default_factory=Scoring)

    @property
    def item_ids(self) -> list[str]:
        return [item.id for item in self.items]

    @property
    def bands(self) -> list[tuple[int, int, str]]:
        return [(b.low, b.high, b.label) for b in self.scoring.bands]

    @property
    def lowest(self) -> int:
        return sum(min(a.value for a in item.answers) for item in self.items)

    @property
    def highest(self) -> int:
        return sum(max(a.value for a in item.answers) for item in self.items)

    def score(self, answers: dict[str, int | None]) -> tuple[int | None, str | None]:
        """The total and its band; both None while an item is unanswered (never a 0)."""
        found = total(self.item_ids, answers)
        return found, band_of(found, self.bands)


def read_questionnaire(source: Path | bytes, name: str | None = None) -> Questionnaire:
    """Read and check a questionnaire file; any problem raises ImportRefusedError (all listed)."""
    label = name or (source.name if isinstance(source, Path) else "The questionnaire")
    raw = _parse(_read(source, label), label)
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


def _check_meaning(q: Questionnaire, problems: Problems) -> None:
    """What a schema cannot say: ids and values used twice, bands that miss or overlap."""
    seen: set[str] = set()
    for index, item in enumerate(q.items):
        if item.id in seen:
            problems.add(f"$.items[{index}].id", f"'{item.id}' is the id of an earlier item")
        seen.add(item.id)
        values = [a.value for a in item.answers]
        if len(set(values)) != len(values):
            problems.add(f"$.items[{index}].answers", "two answers have the same value")
    for sentence in band_gaps(q.bands, q.lowest, q.highest):
        problems.add("$.scoring.bands", sentence)


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


def _parse(data: bytes, label: str) -> object:
    try:
        return json.loads(data.removeprefix(b"\xef\xbb\xbf").decode("utf-8"))
    except UnicodeDecodeError:
        reason = "the file is not UTF-8 text"
    except (json.JSONDecodeError, RecursionError, ValueError) as error:
        reason = f"the file is not valid JSON: {error}"
    raise ImportRefusedError(label, [Problem("$", reason)])


def questionnaire_schema() -> dict:
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        **Questionnaire.model_json_schema(mode="validation"),
        "description": (
            "A clinic's own questionnaire for masto-diary: items with their answer levels, "
            "how often it is answered (recall), scoring (sum and bands) and its source. See "
            "questionnaires.md for the rules a schema cannot express."
        ),
    }


def schema_text() -> str:
    return json.dumps(questionnaire_schema(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    SCHEMA_PATH.write_text(schema_text(), encoding="utf-8")
    print(f"Wrote {SCHEMA_PATH}", file=sys.stderr)
