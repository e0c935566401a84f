"""The charts' loader: one child's diary as plain arrays, written through the services first.

The hand-made diary below has a gap, a partly filled day, an empty entry, a hidden symptom,
an episode late in the evening in a time zone far from UTC, two injection plans, a stopped
medication and a custom lab test; every expected value is worked out in the test.
"""

import datetime as dt
import time

import numpy as np
import pytest

from masto_diary.analysis import EpisodeRecord, InjectionRecord, SymptomSpec
from masto_diary.enums import Analyte, Diagnosis, DrugClass, EpisodeKind, Severity
from masto_diary.services import children, entries, episodes, injections, labs, medications
from masto_diary.services.series import load_chart_data
from tests import reads
from tests.analysis.diary_data import from_rows

D1 = dt.date(2026, 3, 2)
D2 = D1 + dt.timedelta(days=1)  # no entry: a gap
D3 = D1 + dt.timedelta(days=2)
D4 = D1 + dt.timedelta(days=3)  # an entry without scores
TODAY = D1 + dt.timedelta(days=9)
AUCKLAND = "Pacific/Auckland"  # UTC+13 in March: a local evening is the next UTC day…


@pytest.fixture
def far_east(monkeypatch: pytest.MonkeyPatch):
    """Run in New Zealand time, where local and UTC calendar days differ for half the day."""
    monkeypatch.setenv("TZ", AUCKLAND)
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def local(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute)).astimezone()


@pytest.fixture
def child_id(diary, far_east) -> int:
    child = children.create_child(diary, "Luca", dt.date(2018, 5, 4), Diagnosis.INDOLENT_SYSTEMIC)
    mood = next(s for s in children.symptoms(diary, child.id) if s.key == "mood")
    entries.save_entry(diary, child.id, D1, {"itching": 2, "flushing": 1, "mood": 3})
    entries.save_entry(diary, child.id, D3, {"itching": 0}, school_missed=True)
    entries.save_entry(diary, child.id, D4, {})
    children.update_symptom(diary, mood.id, active=False)  # hidden later: history is kept
    # 08:30 on D3 in Auckland is 19:30 UTC on D2: the episode belongs to D3
    episodes.log_episode(
        diary, child.id, local(D3, 8, 30), EpisodeKind.ANAPHYLAXIS, Severity.SEVERE,
        trigger_labels=["unknown", "heat"], epinephrine=True, emergency_visit=True,
    )  # fmt: skip
    episodes.log_episode(diary, child.id, local(D1, 23, 50), EpisodeKind.FLUSH)
    injections.set_plan(diary, child.id, D1, 150, 28)
    injections.log_injection(diary, child.id, local(D1, 9, 0))
    injections.set_plan(diary, child.id, D3, 300, 14)
    injections.log_injection(diary, child.id, local(D3, 10, 0), 300)
    h1 = medications.start_medication(
        diary, child.id, "Cetirizine", DrugClass.H1_ANTIHISTAMINE, 10, "mg", D1, "twice daily"
    )
    medications.change_dose(diary, h1.id, 5, D3)
    labs.add_lab_result(diary, child.id, D2, Analyte.TOTAL_IGE, 310, ref_high=200)
    labs.add_lab_result(
        diary, child.id, D2, Analyte.CUSTOM, 30, unit="ug/L", custom_name="Ferritin"
    )
    return child.id


def test_days_run_from_the_first_record_to_today_and_gaps_are_nan(diary, child_id):
    data = reads.diary_data(diary, child_id, today=TODAY)
    assert data.start == D1 and data.end == TODAY and data.n_days == 10
    assert data.days[0] == np.datetime64(D1) and data.days[-1] == np.datetime64(TODAY)
    assert data.recorded.tolist() == [True, False, True, True] + [False] * 6
    keys = list(data.symptom_keys)
    assert len(keys) == 14 and keys[:2] == ["itching", "flushing"]  # list order
    itching, flushing = keys.index("itching"), keys.index("flushing")
    assert data.scores[0, itching] == 2 and data.scores[0, flushing] == 1
    assert data.scores[2, itching] == 0  # a real 0 ...
    assert np.isnan(data.scores[2, flushing])  # ... and "not recorded" on the same day
    assert np.isnan(data.scores[1]).all() and np.isnan(data.scores[3]).all()  # gap, empty entry
    assert np.isnan(data.scores[4:]).all()  # no entry after D4: gaps up to today
    assert data.school_missed.tolist() == [False, False, True] + [False] * 7


def test_hidden_symptoms_keep_their_history_but_are_inactive(diary, child_id):
    data = reads.diary_data(diary, child_id, today=TODAY)
    mood = data.symptom_keys.index("mood")
    assert not data.active[mood] and data.active.sum() == 13
    assert data.scores[0, mood] == 3  # kept
    assert data.scale_max.tolist() == [3] * 14


def test_episode_day_is_the_local_day(diary, child_id):
    data = reads.diary_data(diary, child_id, today=TODAY)
    assert data.episodes == (
        EpisodeRecord(D1, "flush", "mild"),  # 23:50 local on D1 = 10:50 UTC on D1
        EpisodeRecord(
            D3, "anaphylaxis", "severe", ("heat", "unknown"), epinephrine=True,
            emergency_visit=True,
        ),  # 08:30 local on D3 = 19:30 UTC on D2
    )  # fmt: skip


def test_injections_carry_dose_day_and_their_plan_interval(diary, child_id):
    data = reads.diary_data(diary, child_id, today=TODAY)
    assert data.injections == (InjectionRecord(D1, 150.0, 28), InjectionRecord(D3, 300.0, 14))
    assert data.interval_days == 14  # the running plan
    assert data.first_injection == D1


def test_medications_and_labs_are_carried(diary, child_id):
    chart = load_chart_data(diary, child_id, today=TODAY)
    data = chart.data
    assert [(m.name, m.dose, m.start, m.end) for m in data.medications] == [
        ("Cetirizine", 10.0, D1, D2),
        ("Cetirizine", 5.0, D3, None),
    ]
    assert [row.frequency for row in chart.medication_rows] == ["twice daily", "twice daily"]
    assert [(r.day, r.analyte, r.value, r.unit) for r in data.labs] == [
        (D2, "total_ige", 310.0, "kU/L"),
        (D2, "Ferritin", 30.0, "ug/L"),
    ]
    assert [p.ref_high for p in chart.lab_points] == [200.0, None]
    assert chart.label_of("mood") == "Mood / irritability" and chart.today == TODAY


def test_loaded_data_matches_from_rows(diary, child_id):
    """The fast loader gives the same arrays as the measures' own plain constructor."""
    data = reads.diary_data(diary, child_id, today=TODAY)
    rows = {
        D1: {"itching": 2, "flushing": 1, "mood": 3},
        D3: {"itching": 0},
        D4: {},
    }
    specs = [SymptomSpec(key, 3, key != "mood") for key in data.symptom_keys]
    expected = from_rows(
        specs, rows, school_missed=[D3], episodes=data.episodes, injections=data.injections,
        first=D1, last=TODAY,
    )  # fmt: skip
    np.testing.assert_array_equal(data.scores, expected.scores)
    np.testing.assert_array_equal(data.recorded, expected.recorded)
    np.testing.assert_array_equal(data.active, expected.active)


def test_a_stopped_plan_means_no_running_interval(diary, child_id):
    plan = injections.current_plan(diary, child_id)
    injections.update_plan(diary, plan.id, end_date=D4)
    assert reads.diary_data(diary, child_id, today=TODAY).interval_days is None
    assert reads.diary_data(diary, child_id, today=D4).interval_days == 14


def test_a_child_without_records_gives_an_empty_diary(diary):
    child = children.create_child(diary, "Giulia", dt.date(2021, 2, 3))
    data = reads.diary_data(diary, child.id, today=TODAY)
    assert data.n_days == 0 and data.scores.shape == (0, 14)
    assert data.episodes == () and data.injections == () and data.interval_days is None


def test_other_children_are_not_mixed_in(diary, child_id):
    other = children.create_child(diary, "Giulia", dt.date(2021, 2, 3))
    entries.save_entry(diary, other.id, D2, {"itching": 3})
    episodes.log_episode(diary, other.id, local(D2, 12), EpisodeKind.ITCH)
    data = reads.diary_data(diary, child_id, today=TODAY)
    assert not data.recorded[1] and len(data.episodes) == 2
    mine = reads.diary_data(diary, other.id, today=TODAY)
    assert mine.start == D2 and mine.scores[0, 0] == 3 and mine.injections == ()
