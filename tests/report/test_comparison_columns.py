"""The report's comparison columns never share a day or an event (issue 13, item 1).

Hypothesis draws periods over the demo diary and the 10-year synthetic diary (a period may
start before the diary, hold the first dose, or lie wholly on therapy) and checks the rules of
:func:`masto_diary.analysis.comparison_columns`: the columns are disjoint, the period's own
columns cover exactly its days, and every count adds up across them.
"""

import datetime as dt
import itertools
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from masto_diary.analysis import DiaryData, compare_columns, summarize_period
from masto_diary.demo import write_synthetic_diary
from masto_diary.services import records
from masto_diary.storage import open_diary
from tests import reads

IN_PERIOD = {"period", "on_in_period", "before_in_period"}
ADDITIVE = (
    "days",
    "days_recorded",
    "days_scored",
    "symptom_free_days",
    "episodes",
    "anaphylaxis",
    "epinephrine_uses",
    "emergency_visits",
    "antihistamine_rescues",
    "steroid_rescues",
    "school_days_missed",
)
CACHE: dict[str, DiaryData] = {}


@pytest.fixture(scope="module")
def diaries(tmp_path_factory: pytest.TempPathFactory) -> dict[str, DiaryData]:
    """Luca of the demo diary and the first child of the 10-year diary, read once."""
    from masto_diary.demo import write_demo_diary

    if CACHE:
        return CACHE
    for name, write in (("demo", write_demo_diary), ("ten", _ten_years)):
        folder: Path = tmp_path_factory.mktemp(name)
        with open_diary(folder) as diary:
            write(diary)
            child = _synthetic(diary) if name == "ten" else _luca(diary)
            CACHE[name] = reads.diary_data(diary, child)
    return CACHE


def _ten_years(diary) -> None:
    write_synthetic_diary(diary, years=10)


def _synthetic(diary) -> int:
    return records.find_child_id(diary, "synthetic child (10 years, seed 0)")


def _luca(diary) -> int:
    return records.find_child_id(diary, "luca rossi")


def _episodes_in(data: DiaryData, start: dt.date, end: dt.date) -> int:
    return sum(1 for e in data.episodes if start <= e.day <= end)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    which=st.sampled_from(["demo", "ten"]),
    start_share=st.floats(-0.1, 1.0),
    length=st.integers(1, 800),
)
def test_columns_are_disjoint_and_counts_add_up(diaries, which, start_share, length):
    data = diaries[which]
    start = data.start + dt.timedelta(days=int(start_share * data.n_days))
    end = min(start + dt.timedelta(days=length - 1), data.end)
    lo = max(start, data.start)
    if end < lo:
        return
    compared = compare_columns(data, lo, end)
    columns = [c.column for c in compared]
    for a, b in itertools.combinations(columns, 2):
        assert a.end < b.start or b.end < a.start, (a, b)
    for c in columns:
        assert data.start <= c.start <= c.end
    own = [c for c in compared if c.column.kind in IN_PERIOD]
    assert sum(c.column.days for c in own) == (end - lo).days + 1
    whole = summarize_period(data, lo, end)
    for name in ADDITIVE:
        assert sum(getattr(c.summary, name) for c in own) == getattr(whole, name), name
    for c in compared:
        assert c.summary.episodes == _episodes_in(data, c.column.start, c.column.end)
    first = data.first_injection
    if first is not None:
        for c in columns:  # each column lies wholly on one side of the first dose
            assert c.end < first or c.start >= first, c
