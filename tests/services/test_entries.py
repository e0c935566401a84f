"""The evening entry: the 04:00 day rule, not-recorded versus 0, replace semantics."""

import datetime as dt
import sqlite3
import time
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from masto_diary.errors import ValidationError
from masto_diary.models import Child, Reporter
from masto_diary.services import children, entries
from masto_diary.services.children import DEFAULT_SYMPTOMS
from masto_diary.storage import Diary
from tests import reads

DAY = dt.date(2024, 3, 1)
KEYS = [symptom.key for symptom in DEFAULT_SYMPTOMS]


@pytest.fixture
def diary(anna_diary: Diary) -> Diary:
    """Anna's diary (tests/services/conftest.py) in place of the empty one."""
    return anna_diary


def rows(diary: Diary, table: str) -> list[tuple]:
    connection = sqlite3.connect(diary.path)
    try:
        return connection.execute(f'SELECT * FROM "{table}" ORDER BY id').fetchall()
    finally:
        connection.close()


# --------------------------------------------------------------------------- the 04:00 rule


@pytest.mark.parametrize(
    ("clock", "day"),
    [
        (dt.time(0, 0), dt.date(2024, 3, 9)),
        (dt.time(1, 30), dt.date(2024, 3, 9)),
        (dt.time(3, 59, 59), dt.date(2024, 3, 9)),
        (dt.time(4, 0), dt.date(2024, 3, 10)),
        (dt.time(12, 0), dt.date(2024, 3, 10)),
        (dt.time(23, 59), dt.date(2024, 3, 10)),
    ],
)
def test_entry_before_four_in_the_morning_belongs_to_the_day_before(
    clock: dt.time, day: dt.date
) -> None:
    assert entries.diary_day(dt.datetime.combine(dt.date(2024, 3, 10), clock)) == day


def test_day_rule_crosses_month_and_year_ends() -> None:
    assert entries.diary_day(dt.datetime(2024, 3, 1, 2, 0)) == dt.date(2024, 2, 29)
    assert entries.diary_day(dt.datetime(2025, 1, 1, 3, 0)) == dt.date(2024, 12, 31)


@pytest.fixture
def rome_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Europe/Rome")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_aware_moment_is_judged_on_the_local_clock(rome_time: None) -> None:
    # 02:30 UTC is 03:30 in Rome (winter): still the previous diary day
    assert entries.diary_day(dt.datetime(2024, 3, 10, 2, 30, tzinfo=dt.UTC)) == dt.date(2024, 3, 9)
    # 03:30 UTC is 04:30 in Rome: the new day has begun
    assert entries.diary_day(dt.datetime(2024, 3, 10, 3, 30, tzinfo=dt.UTC)) == dt.date(2024, 3, 10)


def test_diary_day_defaults_to_now() -> None:
    now = dt.datetime.now()
    assert entries.diary_day() in {now.date(), now.date() - dt.timedelta(days=1)}


# --------------------------------------------------------------------------- save and read


def test_saved_entry_reads_back(diary: Diary, anna: Child) -> None:
    saved = entries.save_entry(
        diary,
        anna.id,
        DAY,
        {"itching": 2, "flushing": 0},
        wellbeing=7,
        school_missed=True,
        sleep_disturbed=True,
        reported_by="child",
        notes="hot day at the beach",
    )
    read = entries.read_day(diary, anna.id, DAY)
    assert read == saved
    assert read.scores == {"itching": 2, "flushing": 0}
    assert (read.wellbeing, read.school_missed, read.sleep_disturbed) == (7, True, True)
    assert read.reported_by is Reporter.CHILD
    assert read.notes == "hot day at the beach"
    assert read.updated_at.tzinfo is not None


def test_missing_score_means_not_recorded_not_zero(diary: Diary, anna: Child) -> None:
    entries.save_entry(diary, anna.id, DAY, {"itching": 0, "flushing": None})
    read = entries.read_day(diary, anna.id, DAY)
    assert read.scores == {"itching": 0}
    assert "flushing" not in read.scores and "headache" not in read.scores
    assert len(rows(diary, "symptom_score")) == 1


def test_entry_without_any_score_is_a_recorded_day_with_no_scores(
    diary: Diary, anna: Child
) -> None:
    entries.save_entry(diary, anna.id, DAY, {}, wellbeing=9)
    read = entries.read_day(diary, anna.id, DAY)
    assert read.scores == {} and read.wellbeing == 9


def test_day_without_entry_is_none(diary: Diary, anna: Child) -> None:
    assert entries.read_day(diary, anna.id, DAY) is None


def test_saving_the_same_day_again_replaces_the_entry(diary: Diary, anna: Child) -> None:
    first = entries.save_entry(
        diary, anna.id, DAY, {"itching": 2, "flushing": 1}, wellbeing=4, notes="first"
    )
    second = entries.save_entry(diary, anna.id, DAY, {"itching": 3, "headache": 1})
    read = entries.read_day(diary, anna.id, DAY)
    assert read.scores == {"itching": 3, "headache": 1}
    assert (read.wellbeing, read.notes) == (None, "")
    assert second.id == first.id
    assert len(rows(diary, "daily_entry")) == 1
    assert len(rows(diary, "symptom_score")) == 2
    assert second.updated_at >= first.updated_at


def test_replacing_keeps_the_creation_time(diary: Diary, anna: Child) -> None:
    entries.save_entry(diary, anna.id, DAY, {"itching": 2})
    created = rows(diary, "daily_entry")[0][8]
    entries.save_entry(diary, anna.id, DAY, {"itching": 1})
    assert rows(diary, "daily_entry")[0][8] == created


def test_two_children_have_separate_entries_on_the_same_day(diary: Diary, anna: Child) -> None:
    ben = children.create_child(diary, "Ben", dt.date(2019, 1, 1))
    entries.save_entry(diary, anna.id, DAY, {"itching": 2})
    entries.save_entry(diary, ben.id, DAY, {"itching": 0})
    assert entries.read_day(diary, anna.id, DAY).scores == {"itching": 2}
    assert entries.read_day(diary, ben.id, DAY).scores == {"itching": 0}


# --------------------------------------------------------------------------- refused entries


def test_out_of_range_score_is_refused_with_the_exact_sentence(diary: Diary, anna: Child) -> None:
    with pytest.raises(ValidationError) as caught:
        entries.save_entry(diary, anna.id, DAY, {"itching": 5})
    assert str(caught.value) == "the score for 'Itching' must be 0–3, got 5"
    assert caught.value.field == "scores"
    assert rows(diary, "daily_entry") == []


def test_every_wrong_score_is_listed_at_once(diary: Diary, anna: Child) -> None:
    with pytest.raises(ValidationError) as caught:
        entries.save_entry(diary, anna.id, DAY, {"itching": 4, "flushing": -1, "sneezing": 1})
    assert caught.value.problems == [
        "the score for 'Itching' must be 0–3, got 4",
        "the score for 'Flushing' must be 0–3, got -1",
        "'sneezing' is not one of this child's symptoms",
    ]


@pytest.mark.parametrize("score", [1.5, True, "2"])
def test_score_must_be_a_whole_number(diary: Diary, anna: Child, score: object) -> None:
    with pytest.raises(ValidationError, match="the score for 'Itching' must be 0–3"):
        entries.save_entry(diary, anna.id, DAY, {"itching": score})


def test_symptom_of_another_child_is_unknown(diary: Diary, anna: Child) -> None:
    ben = children.create_child(diary, "Ben", dt.date(2019, 1, 1))
    children.add_symptom(diary, ben.id, "Cold hands")
    with pytest.raises(ValidationError, match="'cold_hands' is not one of this child's symptoms"):
        entries.save_entry(diary, anna.id, DAY, {"cold_hands": 1})


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"wellbeing": 11}, "Wellbeing must be 0–10, got 11"),
        ({"wellbeing": -1}, "Wellbeing must be 0–10, got -1"),
        ({"reported_by": "teacher"}, "Reported by must be one of parent, child, other_carer"),
        ({"notes": "x" * 10_001}, "Notes must be at most 10,000 characters"),
    ],
)
def test_invalid_entry_fields_are_refused_and_nothing_is_written(
    diary: Diary, anna: Child, kwargs: dict, message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        entries.save_entry(diary, anna.id, DAY, {"itching": 1}, **kwargs)
    assert rows(diary, "daily_entry") == [] and rows(diary, "symptom_score") == []


def test_failed_replace_leaves_the_old_entry_untouched(diary: Diary, anna: Child) -> None:
    entries.save_entry(diary, anna.id, DAY, {"itching": 2, "flushing": 1}, wellbeing=5)
    before = (rows(diary, "daily_entry"), rows(diary, "symptom_score"))
    with pytest.raises(ValidationError):
        entries.save_entry(diary, anna.id, DAY, {"itching": 1}, wellbeing=12)
    with pytest.raises(ValidationError):
        entries.save_entry(diary, anna.id, DAY, {"itching": 1, "flushing": 9})
    assert (rows(diary, "daily_entry"), rows(diary, "symptom_score")) == before


# --------------------------------------------------------------------------- neighbours, delete


def test_previous_entry_skips_days_without_an_entry(diary: Diary, anna: Child) -> None:
    entries.save_entry(diary, anna.id, DAY, {"itching": 1})
    entries.save_entry(diary, anna.id, DAY + dt.timedelta(days=1), {"itching": 2})
    later = DAY + dt.timedelta(days=5)
    entries.save_entry(diary, anna.id, later, {"itching": 3})
    previous = entries.read_previous(diary, anna.id, later)
    assert (previous.date, previous.scores) == (DAY + dt.timedelta(days=1), {"itching": 2})
    assert entries.read_previous(diary, anna.id, DAY + dt.timedelta(days=1)).date == DAY
    assert entries.read_previous(diary, anna.id, DAY) is None


def test_last_entry_date(diary: Diary, anna: Child) -> None:
    assert reads.last_entry(diary, anna.id) is None
    entries.save_entry(diary, anna.id, DAY + dt.timedelta(days=3), {})
    entries.save_entry(diary, anna.id, DAY, {})
    assert reads.last_entry(diary, anna.id) == DAY + dt.timedelta(days=3)


def test_delete_entry_removes_its_scores(diary: Diary, anna: Child) -> None:
    entries.save_entry(diary, anna.id, DAY, {"itching": 1, "flushing": 2})
    assert entries.delete_entry(diary, anna.id, DAY) is True
    assert entries.read_day(diary, anna.id, DAY) is None
    assert rows(diary, "symptom_score") == []
    assert entries.delete_entry(diary, anna.id, DAY) is False


# --------------------------------------------------------------------------- properties

SCORES = st.dictionaries(st.sampled_from(KEYS), st.integers(0, 3) | st.none())


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(scores=SCORES, wellbeing=st.integers(0, 10) | st.none())
def test_any_valid_scores_round_trip_through_save_and_get(
    diary: Diary, anna: Child, scores: dict[str, int | None], wellbeing: int | None
) -> None:
    entries.save_entry(diary, anna.id, DAY, scores, wellbeing=wellbeing)
    read = entries.read_day(diary, anna.id, DAY)
    assert read.scores == {key: value for key, value in scores.items() if value is not None}
    assert read.wellbeing == wellbeing
    assert entries.read_day(diary, anna.id, DAY) == read


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    key=st.sampled_from(KEYS),
    score=st.integers().filter(lambda value: not 0 <= value <= 3),
)
def test_any_score_outside_the_scale_is_refused(
    diary: Diary, anna: Child, key: str, score: int
) -> None:
    with pytest.raises(ValidationError, match=f"must be 0–3, got {score}$"):
        entries.save_entry(diary, anna.id, DAY, {key: score})
    assert entries.read_day(diary, anna.id, DAY) is None


# --------------------------------------------------------------------------- fast reads


def test_fast_reads_agree_with_the_orm_reads(diary: Diary, anna: Child) -> None:
    entries.save_entry(diary, anna.id, DAY, {"itching": 2, "sleep": 0}, wellbeing=6, notes="ok")
    later = DAY + dt.timedelta(days=4)
    entries.save_entry(diary, anna.id, later, {}, school_missed=True, reported_by="other_carer")
    assert entries.read_day(diary, anna.id, DAY) == entries.read_day(diary, anna.id, DAY)
    assert entries.read_day(diary, anna.id, later) == entries.read_day(diary, anna.id, later)
    assert entries.read_day(diary, anna.id, DAY + dt.timedelta(days=1)) is None
    assert entries.read_previous(diary, anna.id, later) == entries.read_previous(
        diary, anna.id, later
    )
    assert entries.read_previous(diary, anna.id, DAY) is None


def test_read_symptoms_lists_the_active_ones_in_order(diary: Diary, anna: Child) -> None:
    fatigue = next(s for s in children.symptoms(diary, anna.id) if s.key == "fatigue")
    children.update_symptom(diary, fatigue.id, active=False)
    rows = entries.read_symptoms(diary, anna.id)
    assert [r.key for r in rows] == [k for k in KEYS if k != "fatigue"]
    assert (rows[0].label, rows[0].scale_max) == ("Itching", 3)


# --------------------------------------------------------------------------- bulk add


def record(child_id: int, day: dt.date, **kwargs: object) -> entries.EntryRecord:
    return entries.EntryRecord(child_id=child_id, date=day, **kwargs)


def test_bulk_add_writes_every_day(diary: Diary, anna: Child) -> None:
    written = dt.datetime(2024, 3, 5, 20, 0, tzinfo=dt.UTC)
    batch = [
        record(anna.id, DAY + dt.timedelta(days=n), scores={"itching": n % 4}, updated_at=written)
        for n in range(10)
    ]
    assert entries.save_entries(diary, anna.id, batch) == 10
    last = entries.read_day(diary, anna.id, DAY + dt.timedelta(days=9))
    assert (last.scores, last.updated_at) == ({"itching": 1}, written)


def test_bulk_add_lists_every_problem_and_writes_nothing(diary: Diary, anna: Child) -> None:
    entries.save_entry(diary, anna.id, DAY, {"itching": 1})
    before = (rows(diary, "daily_entry"), rows(diary, "symptom_score"))
    batch = [
        record(anna.id, DAY + dt.timedelta(days=1), scores={"itching": 1}),
        record(anna.id, DAY + dt.timedelta(days=2), scores={"itching": 7}),
    ]
    with pytest.raises(ValidationError, match="2024-03-03: the score for 'Itching' must be 0–3"):
        entries.save_entries(diary, anna.id, batch)
    taken = [record(anna.id, DAY), record(anna.id, DAY + dt.timedelta(days=1))] * 2
    with pytest.raises(ValidationError) as caught:
        entries.save_entries(diary, anna.id, taken)
    assert caught.value.problems == [
        "2024-03-01 is listed twice",
        "2024-03-02 is listed twice",
        "2024-03-01 already has an entry",
    ]
    assert (rows(diary, "daily_entry"), rows(diary, "symptom_score")) == before
