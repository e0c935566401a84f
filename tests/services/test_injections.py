"""Treatment plans and injections: next due date, overdue, dose changes, site rotation."""

import datetime as dt
import sqlite3
import time
from collections.abc import Iterator

import pytest

from masto_diary.errors import NotFoundError, ValidationError
from masto_diary.models import Child, InjectionSite, LocalReaction, Place
from masto_diary.services import injections
from masto_diary.storage import Diary
from tests import reads

START = dt.date(2024, 1, 10)


def at(day: dt.date, hour: int = 10) -> dt.datetime:
    """A moment on the family's local clock."""
    return dt.datetime.combine(day, dt.time(hour)).astimezone()


def days(n: int) -> dt.timedelta:
    return dt.timedelta(days=n)


@pytest.fixture
def diary(anna_diary: Diary) -> Diary:
    """Anna's diary (tests/services/conftest.py) in place of the empty one."""
    return anna_diary


@pytest.fixture
def on_plan(diary: Diary, anna: Child) -> Child:
    """Anna on omalizumab 150 mg every 28 days from START."""
    injections.set_plan(diary, anna.id, START, 150)
    return anna


def count(diary: Diary, table: str) -> int:
    connection = sqlite3.connect(diary.path)
    try:
        return connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
    finally:
        connection.close()


# --------------------------------------------------------------------------- due dates


def test_without_a_plan_nothing_is_due(diary: Diary, anna: Child) -> None:
    status = injections.injection_status(diary, anna.id, today=START)
    assert (status.next_due, status.overdue_days, status.overdue) == (None, 0, False)
    assert (status.last_given_on, status.days_since_last, status.last_site) == (None, None, None)


def test_plan_without_a_dose_is_due_on_its_start(diary: Diary, on_plan: Child) -> None:
    before = injections.injection_status(diary, on_plan.id, today=START - days(3))
    assert (before.next_due, before.overdue) == (START, False)
    after = injections.injection_status(diary, on_plan.id, today=START + days(2))
    assert (after.next_due, after.overdue_days) == (START, 2)


def test_injected_today_is_due_again_after_the_interval(diary: Diary, on_plan: Child) -> None:
    today = START + days(56)
    injections.log_injection(diary, on_plan.id, at(today), site="left_thigh")
    status = injections.injection_status(diary, on_plan.id, today=today)
    assert status.last_given_on == today
    assert status.days_since_last == 0
    assert status.next_due == today + days(28)
    assert (status.overdue, status.overdue_days) == (False, 0)
    assert status.last_site is InjectionSite.LEFT_THIGH


def test_dose_due_today_is_not_yet_overdue(diary: Diary, on_plan: Child) -> None:
    injections.log_injection(diary, on_plan.id, at(START))
    status = injections.injection_status(diary, on_plan.id, today=START + days(28))
    assert (status.next_due, status.overdue, status.days_since_last) == (
        START + days(28),
        False,
        28,
    )


def test_late_dose_is_overdue_by_the_days_past_due(diary: Diary, on_plan: Child) -> None:
    injections.log_injection(diary, on_plan.id, at(START))
    status = injections.injection_status(diary, on_plan.id, today=START + days(36))
    assert status.next_due == START + days(28)
    assert (status.overdue, status.overdue_days) == (True, 8)


def test_next_due_counts_from_the_latest_dose(diary: Diary, on_plan: Child) -> None:
    injections.log_injection(diary, on_plan.id, at(START + days(30)))
    injections.log_injection(diary, on_plan.id, at(START))  # entered late, older
    status = injections.injection_status(diary, on_plan.id, today=START + days(40))
    assert status.last_given_on == START + days(30)
    assert status.next_due == START + days(58)


def test_interval_of_the_plan_sets_the_next_due_date(diary: Diary, anna: Child) -> None:
    injections.set_plan(diary, anna.id, START, 300, interval_days=14)
    injections.log_injection(diary, anna.id, at(START))
    status = injections.injection_status(diary, anna.id, today=START)
    assert status.next_due == START + days(14)


def test_ended_plan_gives_no_due_date(diary: Diary, on_plan: Child) -> None:
    injections.log_injection(diary, on_plan.id, at(START))
    plan = injections.current_plan(diary, on_plan.id)
    injections.update_plan(diary, plan.id, end_date=START + days(20))
    status = injections.injection_status(diary, on_plan.id, today=START + days(60))
    assert (status.next_due, status.overdue, status.last_given_on) == (None, False, START)


@pytest.fixture
def rome_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Europe/Rome")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_dose_day_is_the_local_day(rome_time: None, diary: Diary, on_plan: Child) -> None:
    late_evening_utc = dt.datetime(2024, 3, 1, 23, 30, tzinfo=dt.UTC)  # 00:30 on 2 March in Rome
    injections.log_injection(diary, on_plan.id, late_evening_utc)
    status = injections.injection_status(diary, on_plan.id, today=dt.date(2024, 3, 2))
    assert (status.last_given_on, status.days_since_last) == (dt.date(2024, 3, 2), 0)


# --------------------------------------------------------------------------- plans


def test_new_plan_ends_the_current_one_the_day_before(diary: Diary, on_plan: Child) -> None:
    change = START + days(90)
    new = injections.set_plan(diary, on_plan.id, change, 300, interval_days=14)
    first, second = reads.plans(diary, on_plan.id)
    assert (first.start_date, first.end_date, first.dose_mg) == (START, change - days(1), 150)
    assert (second.start_date, second.end_date, second.dose_mg) == (change, None, 300)
    assert injections.current_plan(diary, on_plan.id).id == new.id


def test_new_plan_must_start_after_the_current_one(diary: Diary, on_plan: Child) -> None:
    with pytest.raises(ValidationError, match="A new plan must start after the current plan"):
        injections.set_plan(diary, on_plan.id, START, 300)
    (plan,) = reads.plans(diary, on_plan.id)
    assert plan.end_date is None


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"interval_days": 0}, "The interval (days) must be 1–365, got 0"),
        ({"interval_days": 366}, "The interval (days) must be 1–365, got 366"),
        ({"dose_mg": 0}, "The dose (mg) must be"),
        ({"drug": " "}, "The drug name is required"),
    ],
)
def test_invalid_new_plan_leaves_the_current_plan_open(
    diary: Diary, on_plan: Child, kwargs: dict, message: str
) -> None:
    fields = {"start_date": START + days(60), "dose_mg": 300} | kwargs
    with pytest.raises(ValidationError) as caught:
        injections.set_plan(diary, on_plan.id, **fields)
    assert message in str(caught.value)
    (plan,) = reads.plans(diary, on_plan.id)
    assert plan.end_date is None


def test_update_plan_is_checked(diary: Diary, on_plan: Child) -> None:
    plan = injections.current_plan(diary, on_plan.id)
    with pytest.raises(ValidationError, match="The plan cannot end before it starts"):
        injections.update_plan(diary, plan.id, end_date=START - days(1))
    assert injections.current_plan(diary, on_plan.id).end_date is None
    with pytest.raises(NotFoundError):
        injections.update_plan(diary, 999, dose_mg=300)


# --------------------------------------------------------------------------- injections


def test_dose_defaults_to_the_plan_and_the_details_are_kept(diary: Diary, on_plan: Child) -> None:
    injection = injections.log_injection(
        diary,
        on_plan.id,
        at(START),
        site="right_upper_arm",
        lot="A123",
        expiry=dt.date(2025, 6, 30),
        place="home",
        given_by="mum",
        local_reaction="mild",
        notes="slight redness",
    )
    (stored,) = injections.list_injections(diary, on_plan.id)
    assert stored.id == injection.id
    assert stored.dose_mg == 150
    assert stored.plan_id == injections.current_plan(diary, on_plan.id).id
    assert stored.site is InjectionSite.RIGHT_UPPER_ARM
    assert (stored.place, stored.local_reaction) == (Place.HOME, LocalReaction.MILD)
    assert (stored.lot, stored.expiry, stored.given_by) == ("A123", dt.date(2025, 6, 30), "mum")


def test_dose_is_linked_to_the_plan_in_force_on_its_day(diary: Diary, on_plan: Child) -> None:
    second = injections.set_plan(diary, on_plan.id, START + days(56), 300)
    early = injections.log_injection(diary, on_plan.id, at(START + days(28)))
    late = injections.log_injection(diary, on_plan.id, at(START + days(56)))
    assert (early.dose_mg, late.dose_mg) == (150, 300)
    assert late.plan_id == second.id and early.plan_id != second.id


def test_without_a_plan_the_dose_must_be_given(diary: Diary, anna: Child) -> None:
    with pytest.raises(ValidationError, match="Give the dose: there is no treatment plan yet"):
        injections.log_injection(diary, anna.id, at(START))
    injection = injections.log_injection(diary, anna.id, at(START), 75)
    assert (injection.dose_mg, injection.plan_id) == (75, None)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"dose_mg": 0}, "The dose (mg) must be"),
        ({"dose_mg": -150}, "The dose (mg) must be"),
        ({"given_at": dt.datetime(2024, 1, 10, 10, 0)}, "must carry its time zone"),
        ({"site": "buttock"}, "The injection site must be one of left_upper_arm"),
        ({"place": "school"}, "The place must be one of clinic, home, got 'school'"),
        ({"local_reaction": "huge"}, "The local reaction must be one of none, mild"),
    ],
)
def test_invalid_injection_is_refused_and_nothing_is_written(
    diary: Diary, on_plan: Child, kwargs: dict, message: str
) -> None:
    fields = {"given_at": at(START)} | kwargs
    with pytest.raises(ValidationError) as caught:
        injections.log_injection(diary, on_plan.id, **fields)
    assert message in str(caught.value)
    assert count(diary, "injection") == 0


def test_editing_an_injection_changes_it_in_place(diary: Diary, on_plan: Child) -> None:
    first = injections.log_injection(diary, on_plan.id, at(START), site="left_thigh")
    injections.log_injection(
        diary, on_plan.id, at(START + days(1)), 150, site="right_thigh", injection_id=first.id
    )
    (stored,) = injections.list_injections(diary, on_plan.id)
    assert (stored.id, stored.site) == (first.id, InjectionSite.RIGHT_THIGH)
    assert stored.given_at.astimezone().date() == START + days(1)
    with pytest.raises(NotFoundError):
        injections.log_injection(diary, on_plan.id, at(START), 150, injection_id=999)


def test_injections_are_listed_oldest_first_and_can_be_deleted(
    diary: Diary, on_plan: Child
) -> None:
    late = injections.log_injection(diary, on_plan.id, at(START + days(28)))
    early = injections.log_injection(diary, on_plan.id, at(START))
    assert [i.id for i in injections.list_injections(diary, on_plan.id)] == [early.id, late.id]
    injections.delete_injection(diary, late.id)
    assert [i.id for i in injections.list_injections(diary, on_plan.id)] == [early.id]
    with pytest.raises(NotFoundError):
        injections.delete_injection(diary, late.id)


# --------------------------------------------------------------------------- site rotation


def test_site_rotation_goes_round_and_wraps() -> None:
    site = injections.next_site(None)
    seen = [site]
    for _ in range(len(InjectionSite)):
        site = injections.next_site(site)
        seen.append(site)
    assert seen[:6] == list(InjectionSite)
    assert seen[0] is InjectionSite.LEFT_UPPER_ARM
    assert injections.next_site(InjectionSite.RIGHT_ABDOMEN) is InjectionSite.LEFT_UPPER_ARM
    assert seen[6] is InjectionSite.LEFT_UPPER_ARM


def test_site_rotation_accepts_the_stored_value() -> None:
    assert injections.next_site("left_upper_arm") is InjectionSite.RIGHT_UPPER_ARM


def test_status_suggests_the_site_after_the_last_one(diary: Diary, on_plan: Child) -> None:
    injections.log_injection(diary, on_plan.id, at(START), site="right_abdomen")
    status = injections.injection_status(diary, on_plan.id, today=START)
    assert injections.next_site(status.last_site) is InjectionSite.LEFT_UPPER_ARM
