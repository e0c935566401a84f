"""Lab values over time, one series per analyte, with the omalizumab-bound IgE note.

Omalizumab binds free IgE, and the usual total-IgE assays measure the drug-IgE complexes too,
so total IgE rises after the first dose and stays high.  That rise is expected, not a sign of
worsening, so every total-IgE value taken after the first injection carries a note saying so.
"""

import datetime as dt
from dataclasses import dataclass

import numpy as np

from masto_diary.analysis.series import DiaryData, LabRecord, to_datetime64

TRYPTASE = "tryptase"
TOTAL_IGE = "total_ige"
KIT_D816V = "kit_d816v"
KNOWN_ANALYTES: tuple[str, ...] = (TRYPTASE, TOTAL_IGE, KIT_D816V)
BOUND_IGE_NOTE = "includes omalizumab-bound IgE"


@dataclass(frozen=True, eq=False)
class LabSeries:
    """One analyte over time: ``days`` (``datetime64[D]``), ``values`` (float), per-point units.

    ``includes_bound_ige`` is ``True`` for total-IgE points taken after the first injection.
    """

    analyte: str
    days: np.ndarray
    values: np.ndarray
    units: tuple[str, ...]
    includes_bound_ige: np.ndarray

    @property
    def unit(self) -> str:
        """Unit of the most recent value ("" when the series is empty)."""
        return self.units[-1] if self.units else ""

    @property
    def notes(self) -> tuple[str, ...]:
        """Per point, :data:`BOUND_IGE_NOTE` where it applies, else ""."""
        return tuple(BOUND_IGE_NOTE if flag else "" for flag in self.includes_bound_ige)


def _analyte_order(analytes: set[str]) -> list[str]:
    """Tryptase, total IgE, KIT D816V first (the case's Fig. 1), then others by name."""
    known = [a for a in KNOWN_ANALYTES if a in analytes]
    return known + sorted(analytes - set(KNOWN_ANALYTES))


def _series(analyte: str, records: list[LabRecord], first: dt.date | None) -> LabSeries:
    days = to_datetime64(r.day for r in records)
    after_first = np.array([first is not None and r.day > first for r in records], dtype=bool)
    return LabSeries(
        analyte=analyte,
        days=days,
        values=np.array([r.value for r in records], dtype=np.float64),
        units=tuple(r.unit for r in records),
        includes_bound_ige=after_first & (analyte == TOTAL_IGE),
    )


def lab_series(data: DiaryData) -> dict[str, LabSeries]:
    """Lab values grouped by analyte, each in date order.

    An IgE sample taken on the day of the first injection is not flagged: at the clinic blood
    is drawn before the dose is given.
    """
    groups: dict[str, list[LabRecord]] = {}
    for record in data.labs:  # sorted by day
        groups.setdefault(str(record.analyte), []).append(record)
    first = data.first_injection
    return {a: _series(a, groups[a], first) for a in _analyte_order(set(groups))}
