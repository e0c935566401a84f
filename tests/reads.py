"""Short ways for tests to read the diary, each through functions the app itself calls."""

import datetime as dt

from masto_diary.analysis import DiaryData
from masto_diary.services import overview, records
from masto_diary.services.series import load_chart_data
from masto_diary.storage import Diary
from masto_diary.storage.read_model import ChildRecord, PlanRecord


def find_child(diary: Diary, name: str) -> ChildRecord:
    """The child called ``name``, as the report command finds it."""
    return records.read_child(diary, records.find_child_id(diary, name))


def list_children(diary: Diary, include_archived: bool = False) -> list[ChildRecord]:
    """The children in the overview's order (archived last, A-Z ignoring case)."""
    summaries = overview.child_summaries(diary, include_archived=include_archived)
    return [records.read_child(diary, s.child_id) for s in summaries]


def last_entry(diary: Diary, child_id: int) -> dt.date | None:
    """The day of the child's newest entry, as the overview shows it."""
    summaries = overview.child_summaries(diary, include_archived=True)
    return next(s.last_entry for s in summaries if s.child_id == child_id)


def diary_data(diary: Diary, child_id: int, today: dt.date | None = None) -> DiaryData:
    """The measures' input, as the Charts page and the report load it."""
    return load_chart_data(diary, child_id, today).data


def plans(diary: Diary, child_id: int) -> tuple[PlanRecord, ...]:
    """The child's treatment plans, oldest first, as the report reads them."""
    today = dt.date.today()
    return records.read_records(diary, child_id, today, today).plans
