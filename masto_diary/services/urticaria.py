"""Urticaria use cases: a child's daily UAS items and weekly UAS7 from the diary.

The UAS items are stored as the child's symptoms ``uas_wheals`` and ``uas_itch`` (0–3) and
``angioedema`` (0 no / 1 yes), so they are written like every score (``entries.save_entry``,
the bulk ``entries.save_entries``) through the one write seam and read through the read model;
this module only picks those columns out of the chart data and hands them to
:mod:`masto_diary.analysis.uas7`.  Why the items are symptoms: docs/urticaria.md.
"""

import datetime as dt
from dataclasses import dataclass

import numpy as np

from masto_diary.analysis import uas7
from masto_diary.analysis.series import DiaryData
from masto_diary.services.symptom_scale import ANGIOEDEMA, UAS_ITCH, UAS_WHEALS


@dataclass(frozen=True, eq=False)
class UasDays:
    """One value per diary day from ``start``: ``NaN`` = not scored (never 0)."""

    start: dt.date
    wheals: np.ndarray
    itch: np.ndarray
    angioedema: np.ndarray  # 1 yes, 0 no, NaN not recorded
    first_dose: dt.date | None = None  # of the child's first injection, if any

    def response(self) -> uas7.UasResponse:
        """UAS7 before the first dose and now, and the weeks well controlled since."""
        return uas7.response(self.daily, self.start, self.first_dose)

    @property
    def daily(self) -> np.ndarray:
        return uas7.daily_uas(self.wheals, self.itch)

    def weeks(self, anchor: dt.date | None = None) -> list[uas7.UasWeek]:
        """UAS7 of each whole week counted from ``anchor`` (default: the diary's first day)."""
        return uas7.weekly_uas7(self.daily, self.start, anchor)


def uas_days(data: DiaryData) -> UasDays:
    """The UAS columns of a child's diary data; a child without them has every day missing."""
    wheals, itch, angioedema = (_column(data, key) for key in (UAS_WHEALS, UAS_ITCH, ANGIOEDEMA))
    first_dose = data.injections[0].day if data.injections else None
    return UasDays(data.start, wheals, itch, angioedema, first_dose=first_dose)


def _column(data: DiaryData, key: str) -> np.ndarray:
    if key not in data.symptom_keys:
        return np.full(len(data.days), np.nan)
    return data.scores[:, data.symptom_keys.index(key)].copy()
