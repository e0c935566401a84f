"""Service functions added for the Episodes and Injections pages (no Qt here)."""

import datetime as dt

import pytest

from masto_diary.enums import EpisodeKind, InjectionSite
from masto_diary.errors import NotFoundError, ValidationError
from masto_diary.services import children, episodes, injections
from masto_diary.services.injections import InjectionInput
from tests import reads

START = dt.date(2025, 1, 6)


def _noon(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(12, 0)).astimezone()


@pytest.fixture
def luca(diary):
    return children.create_child(diary, "Luca", dt.date(2017, 3, 1)).id


def test_log_injections_saves_every_row_with_its_plan(diary, luca):
    plan = injections.set_plan(diary, luca, START, 150, 28)
    rows = [
        InjectionInput(_noon(START + dt.timedelta(days=28 * n)), 150, site, "L1")
        for n, site in enumerate((InjectionSite.LEFT_UPPER_ARM, InjectionSite.RIGHT_UPPER_ARM))
    ]
    saved = injections.log_injections(diary, luca, rows)

    stored = injections.list_injections(diary, luca)
    assert [i.id for i in saved] == [i.id for i in stored]
    assert [i.site for i in stored] == [InjectionSite.LEFT_UPPER_ARM, InjectionSite.RIGHT_UPPER_ARM]
    assert {i.plan_id for i in stored} == {plan.id}
    assert {i.lot for i in stored} == {"L1"}


def test_one_invalid_row_saves_nothing_and_names_every_problem(diary, luca):
    rows = [
        InjectionInput(_noon(START), 150),
        InjectionInput(_noon(START + dt.timedelta(days=28)), 0),  # invalid dose
        InjectionInput(_noon(START), 150),  # same day as row 1
    ]
    with pytest.raises(ValidationError) as caught:
        injections.log_injections(diary, luca, rows)

    assert injections.list_injections(diary, luca) == []
    assert caught.value.field == "rows"
    assert caught.value.problems[0].startswith("Row 2: The dose (mg)")
    assert caught.value.problems[1].startswith("Row 3: a dose on 2025-01-06 is already in this")


def test_log_injections_refuses_a_day_already_in_the_diary(diary, luca):
    injections.log_injection(diary, luca, _noon(START), 150)
    with pytest.raises(ValidationError, match="already in the diary"):
        injections.log_injections(diary, luca, [InjectionInput(_noon(START), 150)])
    with pytest.raises(ValidationError, match="no dose"):
        injections.log_injections(diary, luca, [])
    assert len(injections.list_injections(diary, luca)) == 1


def test_naive_moment_in_a_row_is_refused_before_writing(diary, luca):
    naive = dt.datetime(2025, 1, 6, 12, 0)
    with pytest.raises(ValidationError, match="Row 1: .*time zone"):
        injections.log_injections(diary, luca, [InjectionInput(naive, 150)])


def test_dose_timings_count_lateness_from_the_previous_dose_and_its_plan(diary, luca):
    first = injections.set_plan(diary, luca, START, 150, 28)
    second = injections.set_plan(diary, luca, START + dt.timedelta(days=60), 300, 14)
    days = [START, START + dt.timedelta(days=28), START + dt.timedelta(days=61)]
    days.append(days[-1] + dt.timedelta(days=10))
    timings = injections.dose_timings(days, [first, second])

    assert [t.days_since_previous for t in timings] == [None, 28, 33, 10]
    assert [t.days_late for t in timings] == [None, 0, 5, -4]  # 3rd: due 28 after the 2nd
    assert [t.on_time for t in timings] == [None, True, False, False]
    assert timings[3].due == days[2] + dt.timedelta(days=14)


def test_history_is_newest_first_with_intervals(diary, luca):
    injections.set_plan(diary, luca, START, 150, 28)
    for offset in (0, 28, 40):
        injections.log_injection(diary, luca, _noon(START + dt.timedelta(days=offset)))
    history = injections.injection_history(diary, luca)

    assert [h.timing.days_since_previous for h in history] == [12, 28, None]
    assert history[0].timing.days_late == -16
    assert injections.last_injection(diary, luca).id == history[0].injection.id


def test_moving_a_plan_start_moves_the_end_of_the_plan_before(diary, luca):
    old = injections.set_plan(diary, luca, START, 150, 28)
    new = injections.set_plan(diary, luca, START + dt.timedelta(days=100), 300, 28)
    injections.update_plan(diary, new.id, start_date=START + dt.timedelta(days=90))

    plans = reads.plans(diary, luca)
    assert [p.id for p in plans] == [old.id, new.id]
    assert plans[0].end_date == START + dt.timedelta(days=89)
    with pytest.raises(ValidationError, match="after the previous plan"):
        injections.update_plan(diary, new.id, start_date=START)
    assert reads.plans(diary, luca)[1].start_date == START + dt.timedelta(days=90)


def test_editing_an_old_dose_keeps_the_plan_of_its_day(diary, luca):
    old = injections.set_plan(diary, luca, START, 150, 28)
    dose = injections.log_injection(diary, luca, _noon(START + dt.timedelta(days=1)))
    injections.set_plan(diary, luca, START + dt.timedelta(days=50), 300, 28)
    edited = injections.log_injection(
        diary, luca, dose.given_at, 150, lot="X9", injection_id=dose.id
    )
    assert edited.plan_id == old.id
    assert injections.get_injection(diary, dose.id).lot == "X9"
    with pytest.raises(NotFoundError):
        injections.get_injection(diary, 999)


def test_get_episode_loads_its_symptoms_and_triggers(diary, luca):
    moment = _noon(START)
    saved = episodes.log_episode(
        diary,
        luca,
        moment,
        EpisodeKind.FLUSH,
        symptom_keys=["flushing"],
        trigger_labels=["heat", "sun cream"],
    )
    episode = episodes.get_episode(diary, saved.id)
    assert [s.key for s in episode.symptoms] == ["flushing"]
    assert sorted(episode.triggers) == ["heat", "sun cream"]
    with pytest.raises(NotFoundError):
        episodes.get_episode(diary, 999)
