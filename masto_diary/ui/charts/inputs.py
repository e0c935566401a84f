"""The measures every chart needs, computed once per load and shared by all of them.

Changing the range must take well under 100 ms on a 10-year diary, so whatever does not
depend on the range (daily score, rolling mean, overdue periods, lanes, lab series) is worked
out once by :func:`masto_diary.services.series.chart_figures` (the report starts from the same
figures) when the page (re)loads the diary; a range change only slices these arrays and
recomputes the few figures that depend on the period (profile, summary).
"""

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from masto_diary import analysis
from masto_diary.analysis import EpisodeRecord
from masto_diary.services.series import ChartData, ChartFigures, chart_figures
from masto_diary.storage.read_model import MedicationRecord

RANGE_CHOICES: tuple[int | str, ...] = (30, 90, 365, "all", "custom")


@dataclass(frozen=True)
class Period:
    """An inclusive range of days; the charts show it and the figures are computed over it."""

    start: dt.date
    end: dt.date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    def overlaps(self, start: dt.date, end: dt.date | None) -> bool:
        return start <= self.end and (end is None or end >= self.start)


@dataclass(frozen=True, eq=False)
class ChartInputs(ChartFigures):
    """One child's data and the range-independent measures (see the module docstring)."""

    _symptoms: dict[str, np.ndarray] = field(default_factory=dict)

    @classmethod
    def compute(cls, chart: ChartData) -> "ChartInputs":
        figures = chart_figures(chart)
        return cls(figures.chart, figures.scores, figures.overdue, figures.lanes, figures.labs)

    @cached_property
    def full_period(self) -> Period:
        """From the diary's first day to today (or its last day, if later)."""
        data = self.data
        if data.n_days == 0:
            return Period(self.chart.today, self.chart.today)
        return Period(data.start, data.end)

    def period_for(self, choice: int | str, custom: Period | None = None) -> Period:
        """The period of a range choice: the last N days, everything, or a custom period."""
        full = self.full_period
        if choice == "all":
            return full
        if choice == "custom" and custom is not None:
            return custom
        days = int(choice) if choice != "custom" else 90
        return Period(full.end - dt.timedelta(days=days - 1), full.end)

    def window(self, period: Period) -> slice:
        """Slice of the per-day arrays inside ``period`` (clipped to the diary)."""
        return self.data.period_slice(period.start, period.end)

    def symptom_series(self, key: str) -> np.ndarray:
        """One symptom's score per day (NaN = not recorded), computed when first asked for."""
        if key not in self._symptoms:
            self._symptoms.update(analysis.per_symptom_series(self.data, [key]))
        return self._symptoms[key]

    def episodes_in(self, period: Period) -> tuple[EpisodeRecord, ...]:
        return analysis.episodes_between(self.data, period.start, period.end)

    def injections_in(self, period: Period) -> tuple[analysis.InjectionRecord, ...]:
        return tuple(i for i in self.data.injections if period.contains(i.day))

    def medication_row(self, name: str, start: dt.date) -> MedicationRecord | None:
        """The medication row behind a lane's dose period (for its frequency)."""
        key = name.strip().casefold()
        return next(
            (
                row
                for row in self.chart.medication_rows
                if row.start_date == start and row.name.strip().casefold() == key
            ),
            None,
        )
