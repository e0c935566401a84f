"""Heights: one per child and day, the bulk form the import uses (like services/weights.py).

The Growth page saves a day's weight and height together through :mod:`services.growth`;
this module holds the checked bulk insert of many heights at once.
"""

from collections.abc import Mapping, Sequence
from typing import Any

from masto_diary.models import HeightRecord
from masto_diary.services.bulk import RowProblem, add_all, check_all, listed_twice
from masto_diary.storage import Diary


def check_heights(rows: Sequence[Mapping[str, Any]]) -> tuple[list[Any], list[RowProblem]]:
    """The checked rows and their problems: ``HeightRecord.check()``, then days listed twice."""
    checked, problems = check_all(HeightRecord, rows)
    days = [row["date"] for row in rows]
    problems += listed_twice(days, "date", lambda d: d.isoformat(), "heights")
    return checked, sorted(problems, key=lambda p: p.index)


def add_heights(diary: Diary, child_id: int, rows: Sequence[Mapping[str, Any]]) -> list[int]:
    """Add many heights (``date``, ``cm``) at once, or none when any row has a problem."""
    return add_all(diary, HeightRecord, child_id, rows, check_heights, "Height")
