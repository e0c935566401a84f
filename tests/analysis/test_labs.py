"""Lab series per analyte and the omalizumab-bound IgE flag."""

import datetime as dt

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from masto_diary.analysis import (
    BOUND_IGE_NOTE,
    DiaryData,
    InjectionRecord,
    LabRecord,
    lab_series,
)
from tests.analysis.diary_data import from_rows

FIRST_DOSE = dt.date(2024, 1, 3)

LABS = [
    LabRecord(dt.date(2024, 3, 1), "tryptase", 8.3, "ng/mL"),
    LabRecord(dt.date(2023, 12, 1), "tryptase", 8.1, "ng/mL"),
    LabRecord(dt.date(2023, 12, 1), "total_ige", 120, "kU/L"),
    LabRecord(FIRST_DOSE, "total_ige", 118, "kU/L"),  # drawn before the first dose
    LabRecord(dt.date(2024, 2, 1), "total_ige", 900, "IU/mL"),  # after: bound IgE included
    LabRecord(dt.date(2023, 12, 1), "kit_d816v", 0.5, "%"),
    LabRecord(dt.date(2024, 1, 5), "ferritin", 30, "ug/L"),
    LabRecord(dt.date(2024, 1, 6), "alkaline phosphatase", 200, "U/L"),
]


def diary(injections: list[InjectionRecord]) -> DiaryData:
    return from_rows(["a"], {}, injections=injections, labs=LABS, first=FIRST_DOSE)


def test_series_per_analyte_in_date_order() -> None:
    series = lab_series(diary([InjectionRecord(FIRST_DOSE, 150)]))
    # the case's three analytes first, then custom ones by name
    assert list(series) == [
        "tryptase",
        "total_ige",
        "kit_d816v",
        "alkaline phosphatase",
        "ferritin",
    ]
    tryptase = series["tryptase"]
    np.testing.assert_array_equal(
        tryptase.days, np.array(["2023-12-01", "2024-03-01"], dtype="datetime64[D]")
    )
    np.testing.assert_array_equal(tryptase.values, [8.1, 8.3])
    assert tryptase.unit == "ng/mL"
    assert not tryptase.includes_bound_ige.any()  # only IgE carries the note


def test_ige_after_the_first_dose_is_flagged() -> None:
    ige = lab_series(diary([InjectionRecord(FIRST_DOSE, 150)]))["total_ige"]
    np.testing.assert_array_equal(ige.values, [120, 118, 900])
    # Dec 1: before; Jan 3: the day of the first dose (blood drawn first); Feb 1: after
    np.testing.assert_array_equal(ige.includes_bound_ige, [False, False, True])
    assert ige.notes == ("", "", BOUND_IGE_NOTE)
    assert ige.units == ("kU/L", "kU/L", "IU/mL") and ige.unit == "IU/mL"


def test_no_injection_no_flag() -> None:
    ige = lab_series(diary([]))["total_ige"]
    assert not ige.includes_bound_ige.any()
    assert lab_series(from_rows(["a"], {})) == {}


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.builds(
            LabRecord,
            day=st.dates(dt.date(2023, 1, 1), dt.date(2025, 1, 1)),
            analyte=st.sampled_from(["tryptase", "total_ige", "x"]),
            value=st.floats(0, 1e4),
        ),
        max_size=20,
    ),
    st.one_of(st.none(), st.dates(dt.date(2023, 1, 1), dt.date(2025, 1, 1))),
)
def test_lab_properties(labs: list[LabRecord], first: dt.date | None) -> None:
    injections = [] if first is None else [InjectionRecord(first, 150)]
    data = from_rows(["a"], {}, labs=labs, injections=injections, first=first)
    series = lab_series(data)
    assert sum(len(s.values) for s in series.values()) == len(labs)
    for analyte, s in series.items():
        assert np.all(np.diff(s.days).astype(int) >= 0)
        expected = [
            analyte == "total_ige" and first is not None and day > np.datetime64(first)
            for day in s.days
        ]
        np.testing.assert_array_equal(s.includes_bound_ige, expected)
