"""Weights: one per child and day (the dose of some drugs follows the weight)."""

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from masto_diary.models import WeightRecord
from masto_diary.services.bulk import RowProblem, add_all, check_all, listed_twice
from masto_diary.storage import Diary


def add_weight(diary: Diary, child_id: int, day: dt.date, kg: float) -> int:
    """Record the weight of ``day``; returns the new row's id."""
    return add_weights(diary, child_id, [{"date": day, "kg": kg}])[0]


def check_weights(rows: Sequence[Mapping[str, Any]]) -> tuple[list[Any], list[RowProblem]]:
    """The checked rows and their problems: ``WeightRecord.check()``, then days listed twice."""
    checked, problems = check_all(WeightRecord, rows)
    days = [row["date"] for row in rows]
    problems += listed_twice(days, "date", lambda d: d.isoformat(), "weights")
    return checked, sorted(problems, key=lambda p: p.index)


def add_weights(diary: Diary, child_id: int, rows: Sequence[Mapping[str, Any]]) -> list[int]:
    """Add many weights (``date``, ``kg``) at once, or none when any row has a problem."""
    return add_all(diary, WeightRecord, child_id, rows, check_weights, "Weight")
