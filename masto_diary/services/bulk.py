"""What the services' bulk forms share: checking many rows at once and refusing them together.

A bulk form (``entries.save_entries``, ``episodes.add_episodes`` …) applies the rules of its
single form to every row, gathers every problem with the row's position, and writes nothing
when there is any; otherwise it inserts all rows with one multi-row INSERT through the write seam
(:mod:`masto_diary.storage.changes`).  The import turns the positions into JSON paths; a dialog
turns them into "Row N" sentences.
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from types import SimpleNamespace
from typing import Any

from masto_diary.errors import ValidationError


@dataclass(frozen=True)
class RowProblem:
    """One problem of row ``index``: in ``field`` and, for a list or mapping, at ``item``."""

    index: int
    field: str | None
    reason: str
    item: str | int | None = None


class BulkRefusedError(ValidationError):
    """Nothing was written; ``rows`` lists every problem of every row."""

    def __init__(self, what: str, rows: Sequence[RowProblem]):
        self.rows = list(rows)
        problems = [f"{what} {p.index + 1}: {p.reason}" for p in self.rows]
        super().__init__("; ".join(problems), self.rows[0].field, problems)


@cache
def _stand_in(model: Any) -> type:
    """A plain stand-in for ``model`` with its ``check()`` and properties.

    Building a SQLModel table object costs ~0.4 ms (instrumented attributes); ten years of days
    would spend seconds on objects that are only checked and thrown away.  The rules stay the
    model's own ``check()``.
    """
    from pydantic_core import PydanticUndefined

    members = {k: v for k, v in vars(model).items() if isinstance(v, property)}
    defaults = {
        name: info.default
        for name, info in model.model_fields.items()
        if info.default is not PydanticUndefined and name != "id"
    }
    return type(
        f"{model.__name__}Row", (SimpleNamespace,), {"check": model.check, **defaults, **members}
    )


def checked(model: type, index: int, fields: Mapping[str, Any], problems: list[RowProblem]) -> Any:
    """``model.check()`` on ``fields``; the row (with enums filled in) or its problems."""
    row = _stand_in(model)(**fields)
    try:
        row.check()
    except ValidationError as error:
        problems += [RowProblem(index, error.field, reason) for reason in error.problems]
    return row


def listed_twice(
    values: Iterable[Any], field: str, shown=str, noun: str = "", fold=lambda v: v
) -> list[RowProblem]:
    """Rows whose ``field`` repeats an earlier row's (after ``fold``), pointing at the first."""
    first: dict[Any, int] = {}
    problems = []
    for index, value in enumerate(values):
        key = fold(value)
        if key in first:
            where = f" (also at {noun}[{first[key]}])" if noun else ""
            problems.append(RowProblem(index, field, f"{shown(value)} is listed twice{where}"))
        first.setdefault(key, index)
    return problems


def refuse(what: str, problems: list[RowProblem]) -> None:
    """Raise :class:`BulkRefusedError` when there is any problem, sorted by row."""
    if problems:
        raise BulkRefusedError(what, sorted(problems, key=lambda p: p.index))


def columns(row: Any, names: Iterable[str]) -> dict[str, Any]:
    """The checked stand-in's values for the INSERT (``check()`` may have normalised them)."""
    return {name: getattr(row, name) for name in names}


def check_all(model: type, rows: Sequence[Mapping[str, Any]]) -> tuple[list[Any], list[RowProblem]]:
    """Every row through ``model.check()``: the checked rows and every problem, in row order."""
    problems: list[RowProblem] = []
    found = [checked(model, i, {"child_id": 0, **row}, problems) for i, row in enumerate(rows)]
    return found, problems


def insert_checked(
    session, model: Any, child_id: int, rows: Sequence[Any], ids: bool = False
) -> list[int]:
    """The checked stand-ins as one multi-row INSERT through the write seam."""
    from masto_diary.models import table_of
    from masto_diary.storage import changes

    names = [c.name for c in table_of(model).columns if c.name not in ("id", "child_id")]
    values = [
        {"child_id": child_id, **columns(row, (n for n in names if hasattr(row, n)))}
        for row in rows
    ]
    return changes.insert_rows(session, model, values, ids=ids)


def add_all(
    diary,
    model: type,
    child_id: int,
    rows: Sequence[Mapping[str, Any]],
    check=None,
    what: str = "Row",
) -> list[int]:
    """The common bulk form: ``check(rows)`` (default ``model.check()`` of each), refuse on
    any problem, else one multi-row INSERT; the new ids in the rows' order."""
    found, problems = (check or (lambda r: check_all(model, r)))(rows)
    refuse(what, problems)
    with diary.transaction() as session:
        return insert_checked(session, model, child_id, found, ids=True)
