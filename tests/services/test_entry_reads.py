"""The Today page's plain-SQL reads give what the ORM services give, without importing the ORM."""

import datetime as dt
import subprocess
import sys

from masto_diary.enums import Reporter
from masto_diary.services import children, entries

DAY = dt.date(2026, 11, 20)


def test_read_day_equals_get_entry(diary):
    kid = children.create_child(diary, "Luca", dt.date(2018, 5, 4))
    assert entries.read_day(diary, kid.id, DAY) is None
    entries.save_entry(
        diary,
        kid.id,
        DAY,
        {"itching": 2, "flushing": 0, "fatigue": None},
        wellbeing=6,
        school_missed=True,
        reported_by=Reporter.CHILD,
        notes="hot day",
    )
    fast = entries.read_day(diary, kid.id, DAY)
    assert fast == entries.read_day(diary, kid.id, DAY)
    assert fast.scores == {"itching": 2, "flushing": 0}
    assert fast.updated_at.tzinfo is not None and fast.reported_by is Reporter.CHILD


def test_read_previous_skips_missing_days(diary):
    kid = children.create_child(diary, "Luca", dt.date(2018, 5, 4))
    entries.save_entry(diary, kid.id, DAY - dt.timedelta(days=3), {"itching": 1})
    entries.save_entry(diary, kid.id, DAY, {"itching": 3})
    previous = entries.read_previous(diary, kid.id, DAY)
    assert previous == entries.read_previous(diary, kid.id, DAY)
    assert previous.date == DAY - dt.timedelta(days=3) and previous.scores == {"itching": 1}
    assert entries.read_previous(diary, kid.id, DAY - dt.timedelta(days=3)) is None


def test_read_symptoms_lists_active_symptoms_in_order(diary):
    kid = children.create_child(diary, "Luca", dt.date(2018, 5, 4))
    orm = children.symptoms(diary, kid.id)
    children.update_symptom(diary, orm[1].id, active=False)
    children.add_symptom(diary, kid.id, "Leg cramps", scale_max=5)
    rows = entries.read_symptoms(diary, kid.id)
    assert [r.key for r in rows] == [s.key for s in children.symptoms(diary, kid.id)]
    assert "flushing" not in [r.key for r in rows]
    assert rows[-1].label == "Leg cramps" and rows[-1].scale_max == 5


def test_the_read_path_does_not_import_the_orm():
    code = (
        "import sys, masto_diary.services.entries, masto_diary.services.calendar, "
        "masto_diary.services.symptom_scale; "
        "print(sorted(m for m in sys.modules if m.startswith(('sqlalchemy', 'sqlmodel'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
