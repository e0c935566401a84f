"""Medication lanes, dose changes and the taper summary."""

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from masto_diary.analysis import (
    DiaryData,
    MedicationRecord,
    lane_changes,
    medication_lanes,
    taper_summary,
)
from tests.analysis.diary_data import from_rows


def d(month: int, day: int, year: int = 2024) -> dt.date:
    return dt.date(year, month, day)


ROWS = [
    # a steroid taper: 10 -> 5 -> 2.5 mg, then stopped after Feb 11
    MedicationRecord("Prednisolone", "corticosteroid_oral", 10, "mg", d(1, 1), d(1, 14)),
    MedicationRecord("Prednisolone", "corticosteroid_oral", 5, "mg", d(1, 15), d(1, 28)),
    MedicationRecord("Prednisolone", "corticosteroid_oral", 2.5, "mg", d(1, 29), d(2, 11)),
    # an antihistamine halved on Mar 1; the second row is typed differently
    MedicationRecord("Cetirizine", "h1_antihistamine", 10, "mg", d(12, 1, 2023), d(2, 29)),
    MedicationRecord("cetirizine ", "h1_antihistamine", 5, "mg", d(3, 1), None),
    # cromolyn with a pause (Jan 21 .. Jan 31)
    MedicationRecord("Cromolyn", "cromolyn", 100, "mg", d(1, 10), d(1, 20)),
    MedicationRecord("Cromolyn", "cromolyn", 100, "mg", d(2, 1), None),
]


def diary() -> DiaryData:
    return from_rows(["a"], {}, medications=reversed(ROWS), first=d(1, 1), last=d(3, 31))


def test_lanes_are_grouped_by_name_and_ordered_by_first_start() -> None:
    lanes = medication_lanes(diary())
    assert [lane.name for lane in lanes] == ["Cetirizine", "Prednisolone", "Cromolyn"]
    cetirizine, prednisolone, _ = lanes
    assert cetirizine.drug_class == "h1_antihistamine"
    assert [p.dose for p in cetirizine.periods] == [10, 5]
    assert [p.dose for p in prednisolone.periods] == [10, 5, 2.5]
    assert prednisolone.first_start == d(1, 1)
    assert prednisolone.dose_on(d(1, 20)).dose == 5
    assert prednisolone.dose_on(d(2, 12)) is None  # stopped
    assert cetirizine.dose_on(d(12, 31, 2030)).dose == 5  # open-ended


def test_lane_changes() -> None:
    _, prednisolone, cromolyn = medication_lanes(diary())
    assert [(c.day, c.kind, c.from_dose, c.to_dose) for c in lane_changes(prednisolone)] == [
        (d(1, 1), "started", None, 10),
        (d(1, 15), "decreased", 10, 5),
        (d(1, 29), "decreased", 5, 2.5),
        (d(2, 12), "stopped", 2.5, None),  # first day without it
    ]
    assert [(c.day, c.kind) for c in lane_changes(cromolyn)] == [
        (d(1, 10), "started"),
        (d(1, 21), "stopped"),
        (d(2, 1), "started"),
    ]


def test_taper_summary_in_a_period() -> None:
    summary = {t.name: t for t in taper_summary(diary(), d(1, 1), d(2, 29))}
    steroid = summary["Prednisolone"]
    assert (steroid.dose_at_start, steroid.dose_at_end, steroid.direction) == (10, None, "stopped")
    # the start on Jan 1 is the period's first day, so it is not a change within it
    assert [c.kind for c in steroid.changes] == ["decreased", "decreased", "stopped"]
    antihistamine = summary["Cetirizine"]
    assert (antihistamine.dose_at_end, antihistamine.direction) == (10, "unchanged")
    assert antihistamine.changes == ()  # halved on Mar 1, after the period
    cromolyn = summary["Cromolyn"]
    assert (cromolyn.dose_at_start, cromolyn.dose_at_end) == (None, 100)
    assert cromolyn.direction == "started"
    assert [c.kind for c in cromolyn.changes] == ["started", "stopped", "started"]


def test_taper_directions() -> None:
    data = diary()
    spring = {t.name: t.direction for t in taper_summary(data, d(1, 1), d(3, 31))}
    assert spring["Cetirizine"] == "reduced"  # 10 -> 5 mg on Mar 1
    january = {t.name: t.direction for t in taper_summary(data, d(1, 5), d(1, 25))}
    assert january["Cromolyn"] == "started and stopped"
    assert january["Prednisolone"] == "reduced"  # 10 on Jan 5 -> 5 on Jan 25
    # only the antihistamine was taken in December
    december = taper_summary(data, d(12, 1, 2023), d(12, 31, 2023))
    assert [t.name for t in december] == ["Cetirizine"]


def test_unit_change_and_increase() -> None:
    rows = [
        MedicationRecord("Ketotifen", "other", 1, "mg", d(1, 1), d(1, 9)),
        MedicationRecord("Ketotifen", "other", 2, "mg", d(1, 10), d(1, 19)),
        MedicationRecord("Ketotifen", "other", 5, "mL", d(1, 20), None),
    ]
    data = from_rows(["a"], {}, medications=rows, first=d(1, 1), last=d(1, 31))
    kinds = [c.kind for c in lane_changes(medication_lanes(data)[0])]
    assert kinds == ["started", "increased", "changed"]
    assert taper_summary(data, d(1, 1), d(1, 15))[0].direction == "increased"
    assert taper_summary(data, d(1, 1), d(1, 31))[0].direction == "changed"  # mg -> mL


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["A", "B", "c"]),
            st.integers(0, 60),
            st.one_of(st.none(), st.integers(0, 30)),
            st.integers(0, 3),
        ),
        max_size=12,
    )
)
def test_lane_properties(raw: list) -> None:
    rows = [
        MedicationRecord(
            name,
            "other",
            dose,
            "mg",
            d(1, 1) + dt.timedelta(days=s),
            None if length is None else d(1, 1) + dt.timedelta(days=s + length),
        )
        for name, s, length, dose in raw
    ]
    data = from_rows(["a"], {}, medications=rows, first=d(1, 1), last=d(3, 31))
    lanes = medication_lanes(data)
    assert sum(len(lane.periods) for lane in lanes) == len(rows)
    assert [lane.first_start for lane in lanes] == sorted(lane.first_start for lane in lanes)
    for lane in lanes:
        changes = lane_changes(lane)
        assert changes[0].kind == "started"
        assert [c.day for c in changes] == sorted(c.day for c in changes)
        starts = sum(c.kind == "started" for c in changes)
        stops = sum(c.kind == "stopped" for c in changes)
        assert stops in (starts - 1, starts)  # every course but an open last one stops
