"""DiaryData built from plain rows, for the measures' tests and benchmarks.

The app builds its DiaryData from the read model (services.series); tests write the few days
they need by hand with :func:`from_rows`.
"""

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence

import numpy as np

from masto_diary.analysis.series import (
    DEFAULT_INTERVAL_DAYS,
    DiaryData,
    EpisodeRecord,
    InjectionRecord,
    LabRecord,
    MedicationRecord,
    SymptomSpec,
    day_range,
)


def from_rows(
    symptoms: Sequence[SymptomSpec | str],
    entries: Mapping[dt.date, Mapping[str, float | None]],
    *,
    school_missed: Iterable[dt.date] = (),
    episodes: Iterable[EpisodeRecord] = (),
    injections: Iterable[InjectionRecord] = (),
    medications: Iterable[MedicationRecord] = (),
    labs: Iterable[LabRecord] = (),
    interval_days: int | None = DEFAULT_INTERVAL_DAYS,
    first: dt.date | None = None,
    last: dt.date | None = None,
) -> DiaryData:
    """Build the arrays from plain rows.

    ``entries`` maps each day that has a daily entry to ``{symptom_key: score}``; a key that
    is missing or ``None`` is "not recorded".  The days run from ``first`` to ``last``;
    either defaults to the earliest / latest day of an entry, episode or injection.
    Entries and school days outside that range are left out of the per-day arrays (the
    event tuples are kept whole).  With no data and no ``first``/``last`` the diary is
    empty and starts today.  An unknown symptom key raises :class:`ValueError`.
    """
    specs = tuple(SymptomSpec(s) if isinstance(s, str) else s for s in symptoms)
    episodes, injections = tuple(episodes), tuple(injections)
    lo, hi = _day_range(entries, episodes, injections, first, last)
    n = max((hi - lo).days + 1, 0)
    scores = np.full((n, len(specs)), np.nan)
    recorded = np.zeros(n, dtype=bool)
    column = {spec.key: j for j, spec in enumerate(specs)}
    rows, cols, values = [], [], []
    for day, row in entries.items():
        i = (day - lo).days
        if not 0 <= i < n:
            continue
        recorded[i] = True
        for key, value in row.items():
            if value is None:
                continue
            if key not in column:
                raise ValueError(f"score for unknown symptom {key!r} on {day}")
            rows.append(i)
            cols.append(column[key])
            values.append(value)
    scores[rows, cols] = values
    missed = np.zeros(n, dtype=bool)
    for day in school_missed:
        if 0 <= (day - lo).days < n:
            missed[(day - lo).days] = True
    return DiaryData(
        start=lo,
        days=day_range(lo, n),
        symptom_keys=tuple(spec.key for spec in specs),
        scale_max=np.array([spec.scale_max for spec in specs], dtype=np.int64),
        active=np.array([spec.active for spec in specs], dtype=bool),
        scores=scores,
        recorded=recorded,
        school_missed=missed,
        episodes=episodes,
        injections=injections,
        medications=tuple(medications),
        labs=tuple(labs),
        interval_days=interval_days,
    )


def _day_range(
    entries: Mapping[dt.date, object],
    episodes: tuple[EpisodeRecord, ...],
    injections: tuple[InjectionRecord, ...],
    first: dt.date | None,
    last: dt.date | None,
) -> tuple[dt.date, dt.date]:
    """First and last day for :func:`from_rows` (``hi < lo`` means empty)."""
    days = [*entries.keys(), *(e.day for e in episodes), *(i.day for i in injections)]
    lo = first if first is not None else (min(days) if days else None)
    hi = last if last is not None else (max(days) if days else None)
    if lo is None and hi is None:
        today = dt.date.today()
        return today, today - dt.timedelta(days=1)
    if lo is None:
        lo = hi
    if hi is None:
        hi = lo
    return lo, hi
