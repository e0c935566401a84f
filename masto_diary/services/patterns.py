"""The patterns of one child and period, on the score that child is followed with.

A child scored with the urticaria items is followed with the daily UAS (its wear-off told in
UAS7 points); any other child with the daily symptom score.  The window's Charts ▸ Patterns
view and page 2 of the report both call :func:`child_patterns`, so they cannot disagree.
The statistics themselves live in :mod:`masto_diary.analysis.patterns`.
"""

import datetime as dt

from masto_diary.analysis import DiaryData
from masto_diary.analysis.patterns import Patterns, patterns
from masto_diary.services.symptom_scale import UAS_WHEALS
from masto_diary.services.urticaria import uas_days


def child_patterns(data: DiaryData, start: dt.date, end: dt.date) -> Patterns:
    """Wear-off and triggers over ``start..end`` with the false discovery rate over all."""
    if UAS_WHEALS in data.symptom_keys:
        return patterns(data, start, end, score=uas_days(data).daily, units="uas7")
    return patterns(data, start, end)
