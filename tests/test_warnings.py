"""Warnings raised in our own code fail the test run, so a deprecation is met while it is
still a warning (numpy 2.5 warned 1,988 times about the "generic" timedelta unit in the
charts' series; a later numpy makes it an error)."""

import datetime as dt
import warnings

import numpy as np
import pytest

from masto_diary.analysis import day_range


@pytest.mark.parametrize("module", ["masto_diary.analysis.series", "masto_diary.ui.app"])
def test_a_warning_raised_in_our_code_is_an_error(module):
    with pytest.raises(DeprecationWarning):
        warnings.warn_explicit("a deprecated call", DeprecationWarning, "x.py", 1, module=module)


def test_a_warning_of_another_library_about_itself_stays_a_warning():
    with pytest.warns(DeprecationWarning):
        warnings.warn_explicit("its own", DeprecationWarning, "x.py", 1, module="pyqtgraph.x")


def test_the_days_carry_a_day_unit_at_the_end_of_the_calendar():
    days = day_range(dt.date(9999, 12, 29), 3)
    assert days.dtype == np.dtype("datetime64[D]")
    assert days[-1].astype(dt.date) == dt.date(9999, 12, 31)
    assert np.all(np.diff(days) == np.timedelta64(1, "D"))
    assert len(day_range(dt.date(2024, 2, 28), 0)) == 0
