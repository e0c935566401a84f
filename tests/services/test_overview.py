"""The overview: one line per child with age, diagnosis, last entry and the next injection."""

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from masto_diary.models import Diagnosis, InjectionSite
from masto_diary.services import children, entries, injections, overview
from masto_diary.storage import DIARY_FILENAME, Diary, open_diary
from tests import reads

TODAY = dt.date(2024, 6, 1)
PLAN_START = dt.date(2024, 1, 10)


def at(day: dt.date, hour: int = 10) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour)).astimezone()


@pytest.fixture(scope="module")
def family_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Anna on omalizumab and late for her dose, Ben with a few entries, Cara archived."""
    folder = tmp_path_factory.mktemp("family")
    with open_diary(folder) as template:
        anna = children.create_child(
            template, "Anna", dt.date(2016, 6, 2), Diagnosis.INDOLENT_SYSTEMIC
        )
        ben = children.create_child(template, "ben", dt.date(2019, 6, 1), "cutaneous")
        cara = children.create_child(template, "Cara", dt.date(2012, 1, 1))
        injections.set_plan(template, anna.id, PLAN_START, 150, interval_days=28)
        injections.log_injection(
            template, anna.id, at(TODAY - dt.timedelta(days=40)), site="left_thigh"
        )
        injections.log_injection(template, anna.id, at(TODAY - dt.timedelta(days=68)))
        entries.save_entry(template, anna.id, TODAY - dt.timedelta(days=1), {"itching": 1})
        entries.save_entry(template, ben.id, TODAY - dt.timedelta(days=9), {})
        entries.save_entry(template, ben.id, TODAY - dt.timedelta(days=3), {})
        children.set_archived(template, cara.id, True)
    return folder / DIARY_FILENAME


@pytest.fixture
def diary(family_template: Path, data_dir: Path) -> Iterator[Diary]:
    """A private copy of the family's diary (overrides the empty diary; no auto backups)."""
    data_dir.mkdir(mode=0o700)
    shutil.copyfile(family_template, data_dir / DIARY_FILENAME)
    with open_diary(data_dir, auto_backup=False) as opened:
        yield opened


def summary(diary: Diary, name: str, today: dt.date = TODAY) -> overview.ChildSummary:
    by_name = {s.name: s for s in overview.child_summaries(diary, today, include_archived=True)}
    return by_name[name]


def test_one_line_per_active_child_sorted_by_name(diary: Diary) -> None:
    assert [s.name for s in overview.child_summaries(diary, TODAY)] == ["Anna", "ben"]


def test_archived_children_come_last_when_asked_for(diary: Diary) -> None:
    listed = overview.child_summaries(diary, TODAY, include_archived=True)
    assert [(s.name, s.archived) for s in listed] == [
        ("Anna", False),
        ("ben", False),
        ("Cara", True),
    ]


def test_age_diagnosis_and_last_entry(diary: Diary) -> None:
    anna, ben, cara = (summary(diary, name) for name in ("Anna", "ben", "Cara"))
    assert (anna.age_years, ben.age_years, cara.age_years) == (7, 5, 12)
    assert anna.diagnosis is Diagnosis.INDOLENT_SYSTEMIC
    assert (ben.diagnosis, cara.diagnosis) == (Diagnosis.CUTANEOUS, Diagnosis.UNKNOWN)
    assert anna.last_entry == TODAY - dt.timedelta(days=1)
    assert ben.last_entry == TODAY - dt.timedelta(days=3)
    assert cara.last_entry is None


def test_late_dose_shows_as_overdue(diary: Diary) -> None:
    status = summary(diary, "Anna").injection
    assert status.last_given_on == TODAY - dt.timedelta(days=40)
    assert status.next_due == TODAY - dt.timedelta(days=12)
    assert (status.overdue, status.overdue_days) == (True, 12)
    assert status.last_site is InjectionSite.LEFT_THIGH


def test_dose_given_today_clears_the_overdue(diary: Diary) -> None:
    anna = reads.find_child(diary, "Anna")
    injections.log_injection(diary, anna.id, at(TODAY, 9))
    status = summary(diary, "Anna").injection
    assert (status.overdue, status.next_due, status.days_since_last) == (
        False,
        TODAY + dt.timedelta(days=28),
        0,
    )


def test_child_without_a_plan_has_no_due_date(diary: Diary) -> None:
    status = summary(diary, "ben").injection
    assert (status.next_due, status.overdue, status.last_given_on) == (None, False, None)


@pytest.mark.parametrize("offset", [-30, 0, 12, 13, 100])
def test_overview_agrees_with_the_injection_service(diary: Diary, offset: int) -> None:
    today = TODAY + dt.timedelta(days=offset)
    for child in reads.list_children(diary, include_archived=True):
        assert summary(diary, child.name, today).injection == injections.injection_status(
            diary, child.id, today
        )


def test_new_plan_after_the_last_dose_is_due_on_its_start(diary: Diary) -> None:
    anna = reads.find_child(diary, "Anna")
    injections.set_plan(diary, anna.id, TODAY + dt.timedelta(days=5), 300, interval_days=14)
    status = summary(diary, "Anna").injection
    assert (status.next_due, status.overdue) == (TODAY + dt.timedelta(days=5), False)


def test_empty_diary_has_an_empty_overview(tmp_path: Path) -> None:
    with open_diary(tmp_path / "empty") as empty:
        assert overview.child_summaries(empty, TODAY) == []
