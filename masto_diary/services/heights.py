"""Heights: one per child and day, the bulk form the import uses (like services/weights.py).

The Growth page saves a day's weight and height together through :mod:`services.growth`;
this module holds the checked bulk insert of many heights at once.
"""

from collections.abc import Mapping, Sequence
from typing import Any

from masto_diary.models import HeightRecord
from masto_diary.services.bulk import RowProblem, check_all, insert_checked, listed_twice, refuse
from masto_diary.storage import Diary


def check_heights(rows: Sequence[Mapping[str, Any]]) -> tuple[list[Any], list[RowProblem]]:
    """The checked rows and their problems: ``HeightRecord.check()``, then days listed twice."""
    checked, problems = check_all(HeightRecord, rows)
    days = [row["date"] for row in rows]
    problems += listed_twice(days, "date", lambda d: d.isoformat(), "heights")
    return checked, sorted(problems, key=lambda p: p.index)


def add_heights(diary: Diary, child_id: int, rows: Sequence[Mapping[str, Any]]) -> list[int]:
    """Add many heights (``date``, ``cm``) at once, or none when any row has a problem."""
    checked, problems = check_heights(rows)
    refuse("Height", problems)
    with diary.transaction() as session:
        return insert_checked(session, HeightRecord, child_id, checked, ids=True)
