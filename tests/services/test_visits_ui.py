"""The questions for the next visit live in the coming visit's row."""

import datetime as dt

import pytest

from masto_diary.errors import ValidationError
from masto_diary.services import children, visits

TODAY = dt.date(2026, 3, 10)


def test_questions_book_the_next_visit_then_update_it(diary):
    child = children.create_child(diary, "Luca", dt.date(2018, 5, 4))
    visits.add_visit(diary, child.id, dt.date(2026, 2, 1), "Dr Bianchi", "old?", "fine")
    assert visits.next_visit(diary, child.id, TODAY) is None

    booked = visits.save_next_visit_questions(
        diary, child.id, "Can cromolyn stop?", dt.date(2026, 4, 1), TODAY
    )
    again = visits.save_next_visit_questions(
        diary, child.id, "Can cromolyn stop?\nSport?", dt.date(2026, 4, 2), TODAY
    )
    assert again.id == booked.id
    upcoming = visits.next_visit(diary, child.id, TODAY)
    assert (upcoming.date, upcoming.questions) == (
        dt.date(2026, 4, 2),
        "Can cromolyn stop?\nSport?",
    )
    assert len(visits.list_visits(diary, child.id)) == 2


def test_next_visit_is_the_earliest_coming_one(diary):
    child = children.create_child(diary, "Luca", dt.date(2018, 5, 4))
    visits.add_visit(diary, child.id, dt.date(2026, 6, 1))
    visits.add_visit(diary, child.id, dt.date(2026, 4, 1))
    assert visits.next_visit(diary, child.id, TODAY).date == dt.date(2026, 4, 1)
    with pytest.raises(ValidationError, match="today or later"):
        visits.save_next_visit_questions(diary, child.id, "?", dt.date(2026, 3, 1), TODAY)
