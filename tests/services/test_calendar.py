"""Month view data and the Today banner, read without the ORM: checked against the services."""

import datetime as dt
import time

import pytest

from masto_diary.enums import EpisodeKind, InjectionSite
from masto_diary.services import calendar, children, entries, episodes, injections

NOV = dt.date(2026, 11, 1)


@pytest.fixture
def luca(diary):
    return children.create_child(diary, "Luca", dt.date(2018, 5, 4))


def _utc(*args) -> dt.datetime:
    return dt.datetime(*args, tzinfo=dt.UTC)


def test_every_day_of_the_month_with_its_score(diary, luca):
    entries.save_entry(diary, luca.id, dt.date(2026, 11, 3), {"itching": 2, "flushing": 3})
    entries.save_entry(diary, luca.id, dt.date(2026, 11, 4), {"itching": 0, "fatigue": 0})
    entries.save_entry(diary, luca.id, dt.date(2026, 10, 31), {"itching": 3})  # other month
    month = calendar.month_summary(diary, luca.id, 2026, 11)

    assert len(month.days) == 30 and month.days[0].day == NOV
    assert month.day(dt.date(2026, 11, 3)).dss == 5
    assert month.day(dt.date(2026, 11, 3)).scored == 2
    zero = month.day(dt.date(2026, 11, 4))
    assert zero.dss == 0 and zero.has_entry
    gap = month.day(dt.date(2026, 11, 5))
    assert gap.dss is None and not gap.has_entry  # no entry is a gap, never 0
    assert month.recorded_days == 2 and month.mean_dss == 2.5


def test_hidden_symptoms_do_not_count_and_an_unscored_entry_has_no_score(diary, luca):
    entries.save_entry(diary, luca.id, dt.date(2026, 11, 3), {"itching": 2, "headache": 3})
    entries.save_entry(diary, luca.id, dt.date(2026, 11, 4), {}, notes="away at grandma's")
    headache = next(s for s in children.symptoms(diary, luca.id) if s.key == "headache")
    children.update_symptom(diary, headache.id, active=False)
    month = calendar.month_summary(diary, luca.id, 2026, 11)

    assert month.day(dt.date(2026, 11, 3)).dss == 2
    notes_only = month.day(dt.date(2026, 11, 4))
    assert notes_only.has_entry and notes_only.dss is None and notes_only.scored == 0
    assert month.recorded_days == 1


def test_episodes_and_injections_are_marked_on_their_day(diary, luca):
    episodes.log_episode(diary, luca.id, _utc(2026, 11, 8, 15, 0), EpisodeKind.FLUSH)
    episodes.log_episode(diary, luca.id, _utc(2026, 11, 8, 18, 0), EpisodeKind.ANAPHYLAXIS)
    episodes.log_episode(diary, luca.id, _utc(2026, 12, 1, 9, 0), EpisodeKind.ITCH)
    injections.set_plan(diary, luca.id, dt.date(2026, 10, 1), 150, 28)
    injections.log_injection(diary, luca.id, _utc(2026, 11, 12, 9, 30))
    month = calendar.month_summary(diary, luca.id, 2026, 11)

    eighth = month.day(dt.date(2026, 11, 8))
    assert eighth.episodes == (EpisodeKind.FLUSH, EpisodeKind.ANAPHYLAXIS)
    assert eighth.anaphylaxis and not eighth.injection
    assert month.day(dt.date(2026, 11, 12)).injection
    assert (month.episode_count, month.anaphylaxis_count, month.injection_days) == (2, 1, 1)
    assert not month.day(dt.date(2026, 11, 30)).episodes  # 1 Dec is next month


@pytest.fixture
def rome(monkeypatch):
    """Local time is Rome (UTC+1 in winter), as for the family of the published case."""
    monkeypatch.setenv("TZ", "Europe/Rome")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_moments_belong_to_the_local_day(diary, luca, rome):
    # 23:30 UTC on 30 Nov is 00:30 on 1 Dec in Rome
    episodes.log_episode(diary, luca.id, _utc(2026, 11, 30, 23, 30), EpisodeKind.FLUSH)
    injections.log_injection(diary, luca.id, _utc(2026, 10, 31, 23, 15), 150)
    november = calendar.month_summary(diary, luca.id, 2026, 11)
    december = calendar.month_summary(diary, luca.id, 2026, 12)

    assert november.episode_count == 0
    assert december.day(dt.date(2026, 12, 1)).episodes == (EpisodeKind.FLUSH,)
    assert november.day(NOV).injection


def test_other_children_are_not_mixed_in(diary, luca):
    giulia = children.create_child(diary, "Giulia", dt.date(2021, 1, 1))
    entries.save_entry(diary, giulia.id, dt.date(2026, 11, 3), {"itching": 3})
    episodes.log_episode(diary, giulia.id, _utc(2026, 11, 3, 12), EpisodeKind.ITCH)
    month = calendar.month_summary(diary, luca.id, 2026, 11)
    assert month.recorded_days == 0 and month.episode_count == 0


def test_injection_status_matches_the_orm_service(diary, luca):
    today = dt.date(2026, 11, 26)
    assert calendar.injection_status(diary, luca.id, today).next_due is None
    injections.set_plan(diary, luca.id, dt.date(2026, 9, 1), 150, 28)
    assert calendar.injection_status(diary, luca.id, today) == injections.injection_status(
        diary, luca.id, today
    )
    injections.log_injection(diary, luca.id, _utc(2026, 10, 1, 9), site=InjectionSite.LEFT_THIGH)
    status = calendar.injection_status(diary, luca.id, today)
    assert status == injections.injection_status(diary, luca.id, today)
    assert status.next_due == dt.date(2026, 10, 29) and status.overdue_days == 28
    assert status.last_site == InjectionSite.LEFT_THIGH and status.days_since_last == 56
