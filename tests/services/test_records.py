"""The report's own reads: child, plans, doses, episodes, visits and notes of a period."""

import datetime as dt
import time

import pytest

from masto_diary.enums import EpisodeKind
from masto_diary.errors import NotFoundError
from masto_diary.services import calendar, children, entries, episodes, records, visits

FIRST = dt.date(2026, 3, 2)
LAST = dt.date(2026, 3, 8)


@pytest.fixture(params=["Pacific/Auckland", "America/Los_Angeles"])
def zone(request, monkeypatch: pytest.MonkeyPatch):
    """Far east (a local morning is the previous UTC day) and far west (an evening the next)."""
    monkeypatch.setenv("TZ", request.param)
    time.tzset()
    yield request.param
    monkeypatch.undo()
    time.tzset()


def local(day: dt.date, hour: int, minute: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute)).astimezone()


def test_a_period_holds_the_episodes_of_its_local_days_edge_to_edge(diary, zone):
    """00:30 on the first day and 23:30 on the last are in; the minutes beyond them are not.

    In Auckland 00:30 on the first day is the previous UTC day, in Los Angeles 23:30 on the
    last day is the next one: a query bounded by the period's UTC days misses both.
    """
    kid = children.create_child(diary, "Luca", dt.date(2018, 5, 4))
    day_before, day_after = FIRST - dt.timedelta(days=1), LAST + dt.timedelta(days=1)
    for moment in (local(day_before, 23, 30), local(FIRST, 0, 30), local(LAST, 23, 30),
                   local(day_after, 0, 30)):  # fmt: skip
        episodes.log_episode(diary, kid.id, moment, EpisodeKind.FLUSH)

    found = records.read_records(diary, kid.id, FIRST, LAST).episodes
    assert [(e.day, e.started_at.strftime("%H:%M")) for e in found] == [
        (FIRST, "00:30"),
        (LAST, "23:30"),
    ]
    march = calendar.month_summary(diary, kid.id, 2026, 3)
    assert march.day(FIRST).episodes == march.day(LAST).episodes == (EpisodeKind.FLUSH,)
    assert march.episode_count == 4  # 1 and 9 March are in March too


def test_records_of_the_report(diary):
    kid = children.create_child(diary, "Luca Rossi", dt.date(2018, 5, 4), clinic="Padova")
    entries.save_entry(diary, kid.id, FIRST, {"itching": 1}, notes="  a calm day ")
    entries.save_entry(diary, kid.id, LAST, {"itching": 1})  # no note
    visits.add_visit(diary, kid.id, FIRST - dt.timedelta(days=20), questions="dose?")
    read = records.read_records(diary, kid.id, FIRST, LAST)
    assert (read.child.name, read.child.clinic) == ("Luca Rossi", "Padova")
    assert [(n.day, n.text) for n in read.notes] == [(FIRST, "a calm day")]
    assert [v.questions for v in read.visits] == ["dose?"]
    assert records.last_visit_before(diary, kid.id, FIRST) == FIRST - dt.timedelta(days=20)
    assert records.last_visit_before(diary, kid.id, FIRST - dt.timedelta(days=20)) is None


def test_children_are_found_by_name_ignoring_case(diary):
    kid = children.create_child(diary, "Luca Rossi", dt.date(2018, 5, 4))
    assert records.find_child_id(diary, "  luca ROSSI ") == kid.id
    assert records.read_child(diary, kid.id).name == "Luca Rossi"
    with pytest.raises(NotFoundError, match=r"no child called 'Zoe'.*Luca Rossi"):
        records.find_child_id(diary, "Zoe")
    with pytest.raises(NotFoundError):
        records.read_child(diary, 999)
