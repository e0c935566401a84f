"""The shared rules: the dates the diary holds and the characters a text may hold."""

import datetime as dt

import pytest

from masto_diary.errors import ValidationError
from masto_diary.models import Child, DailyEntry, Episode, Trigger
from masto_diary.rules import forbidden_character, moment_out_of_range, shorten

NOW = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("text", "multiline", "found"),
    [
        ("Luca", False, None),
        ("Zoë 李", False, None),
        ("line\nbreak", True, None),
        ("tab\there", True, None),
        ("line\nbreak", False, "\n"),
        ("nul\x00", True, "\x00"),
        ("esc\x1b[31m", False, "\x1b"),
        ("abc\u202eevil", False, "\u202e"),
        ("iso\u2066late", True, "\u2066"),
        ("sep\u2028", False, "\u2028"),
        ("del\x7f", True, "\x7f"),
    ],
)
def test_forbidden_character(text, multiline, found):
    assert forbidden_character(text, multiline) == found


@pytest.mark.parametrize(
    ("moment", "out"),
    [
        (dt.datetime(1900, 1, 1, tzinfo=dt.UTC), False),
        (dt.datetime(1899, 12, 31, 23, tzinfo=dt.UTC), True),
        (dt.datetime(2199, 12, 31, 23, tzinfo=dt.UTC), False),
        (dt.datetime(2199, 12, 31, 23, tzinfo=dt.timezone(dt.timedelta(hours=-5))), True),
        (dt.datetime(1, 1, 1, 0, 30, tzinfo=dt.timezone(dt.timedelta(hours=1))), True),
        (dt.datetime(9999, 12, 31, 23, tzinfo=dt.timezone(dt.timedelta(hours=-1))), True),
    ],
)
def test_moments_outside_the_diary_range(moment, out):
    assert moment_out_of_range(moment) is out


def test_a_name_with_a_direction_override_is_refused_with_the_rule():
    with pytest.raises(ValidationError) as refused:
        Child(name="Luca\u202e", birth_date=dt.date(2018, 1, 1)).check()
    assert refused.value.field == "name"
    assert "text-direction marks (found U+202E)" in str(refused.value)


@pytest.mark.parametrize("day", [dt.date(1899, 12, 31), dt.date(2200, 1, 1), dt.date(1, 1, 1)])
def test_days_outside_the_range_are_refused(day):
    with pytest.raises(ValidationError, match="between 01 Jan 1900 and 31 Dec 2199"):
        DailyEntry(child_id=1, date=day).check()


def test_an_episode_at_the_end_of_the_calendar_is_refused():
    start = dt.datetime(9999, 12, 31, 23, 59, tzinfo=dt.UTC)
    with pytest.raises(ValidationError, match="between") as refused:
        Episode(child_id=1, started_at=start, kind="flush").check()
    assert refused.value.field == "started_at"


def test_notes_keep_line_breaks_but_not_nul():
    DailyEntry(child_id=1, date=dt.date(2025, 1, 1), notes="slept badly\nitchy").check()
    with pytest.raises(ValidationError, match="U\\+0000"):
        DailyEntry(child_id=1, date=dt.date(2025, 1, 1), notes="a\x00b").check()


def test_labels_are_one_line():
    with pytest.raises(ValidationError, match="line breaks"):
        Trigger(child_id=1, label="heat\ncold").check()


def test_shorten_keeps_short_text_and_cuts_long_text():
    assert shorten("abc") == "abc"
    assert shorten("x" * 10_000_000) == "x" * 79 + "…"
