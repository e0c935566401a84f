"""Medication timeline (one lane per medication) and the dose changes within a period.

A dose change is recorded by ending one medication row and starting the next, so a lane is
the run of rows with the same name.  Drawn under the symptom trend, the lanes show whether a
steroid was stopped or an antihistamine reduced while the symptoms stayed down (the doctor's
"can other drugs be tapered?").
"""

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from masto_diary.analysis.series import DiaryData, MedicationRecord

ChangeKind = Literal["started", "stopped", "increased", "decreased", "changed"]

TIMES_PER_DAY: dict[str, float] = {
    "once daily": 1.0,
    "twice daily": 2.0,
    "three times daily": 3.0,
    "four times daily": 4.0,
    "every other day": 0.5,
}
"""Doses a day of the frequencies the medication dialog offers (stored in English).  "as
needed" and a parent's own words have none: their daily dose is unknown, never a guess."""


def times_per_day(frequency: str) -> float | None:
    """Doses a day that ``frequency`` means; None when it does not say (as needed, free text)."""
    return TIMES_PER_DAY.get(frequency.strip().casefold())


@dataclass(frozen=True)
class DosePeriod:
    """One dose of one medication from ``start`` to ``end`` (inclusive; ``None`` = ongoing)."""

    start: dt.date
    end: dt.date | None
    dose: float
    unit: str
    frequency: str = ""

    @property
    def daily(self) -> float | None:
        """The dose a day (dose × doses a day); None when the frequency does not say."""
        times = times_per_day(self.frequency)
        return None if times is None else self.dose * times

    def covers(self, day: dt.date) -> bool:
        """Whether the dose was being taken on ``day``."""
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class MedicationLane:
    """All dose periods of one medication, in order of start."""

    name: str
    drug_class: str
    periods: tuple[DosePeriod, ...]

    @property
    def first_start(self) -> dt.date:
        """Day the medication was first started."""
        return self.periods[0].start

    def dose_on(self, day: dt.date) -> DosePeriod | None:
        """The dose period covering ``day`` (the latest-starting one if rows overlap)."""
        covering = [p for p in self.periods if p.covers(day)]
        return covering[-1] if covering else None


def _lane_key(name: str) -> str:
    """Rows belong to one lane when their names match ignoring case and outer spaces."""
    return name.strip().casefold()


def medication_lanes(data: DiaryData) -> tuple[MedicationLane, ...]:
    """One lane per medication name, ordered by first start (ties by name).

    The lane shows the name and class of its earliest row; rows are matched by name ignoring
    case and surrounding spaces, so "Cetirizine" and "cetirizine " share a lane.
    """
    groups: dict[str, list[MedicationRecord]] = {}
    for record in data.medications:  # sorted by start
        groups.setdefault(_lane_key(record.name), []).append(record)
    lanes = [
        MedicationLane(
            name=rows[0].name.strip(),
            drug_class=str(rows[0].drug_class),
            periods=tuple(
                DosePeriod(r.start, r.end, float(r.dose), r.unit, r.frequency) for r in rows
            ),
        )
        for rows in groups.values()
    ]
    return tuple(sorted(lanes, key=lambda lane: (lane.first_start, lane.name.casefold())))


@dataclass(frozen=True)
class DoseChange:
    """A start, stop or change of dose of one medication on ``day``.

    For a stop, ``day`` is the first day without the medication (the day after the row's end),
    so that a stop and a start on the same calendar line read naturally.  ``kind`` compares
    the daily doses (dose × doses a day) when both are known: 5 mg twice daily to 5 mg once
    daily is a decrease, not "unchanged".
    """

    name: str
    day: dt.date
    kind: ChangeKind
    from_dose: float | None
    to_dose: float | None
    unit: str
    before: "DosePeriod | None" = None
    after: "DosePeriod | None" = None


def _change_kind(before: DosePeriod, after: DosePeriod) -> ChangeKind:
    """Up or down by the daily dose when both frequencies say it, else by the single dose
    when the frequency did not change; "changed" otherwise (a unit or an unknown frequency)."""
    if before.unit != after.unit:
        return "changed"
    old, new = before.daily, after.daily
    if old is None or new is None:
        if before.frequency.strip().casefold() != after.frequency.strip().casefold():
            return "changed"
        old, new = before.dose, after.dose
    if new < old:
        return "decreased"
    return "increased" if new > old else "changed"


def lane_changes(lane: MedicationLane) -> tuple[DoseChange, ...]:
    """Every start, stop and dose change of one lane, in order.

    Two rows are one continuous course when the second starts no later than the day after
    the first ends; otherwise there is a stop and a new start in between.
    """
    changes: list[DoseChange] = []
    previous: DosePeriod | None = None
    one_day = dt.timedelta(days=1)
    for period in lane.periods:
        continuous = previous is not None and (
            previous.end is None or period.start <= previous.end + one_day
        )
        if previous is not None and continuous:
            kind = _change_kind(previous, period)
            changes.append(
                DoseChange(lane.name, period.start, kind, previous.dose, period.dose, period.unit,
                           previous, period)
            )  # fmt: skip
        else:
            if previous is not None and previous.end is not None:
                stop = previous.end + one_day
                changes.append(
                    DoseChange(lane.name, stop, "stopped", previous.dose, None, previous.unit,
                               previous, None)
                )  # fmt: skip
            changes.append(
                DoseChange(lane.name, period.start, "started", None, period.dose, period.unit,
                           None, period)
            )  # fmt: skip
        previous = period
    if previous is not None and previous.end is not None:
        stop = previous.end + one_day
        changes.append(
            DoseChange(lane.name, stop, "stopped", previous.dose, None, previous.unit, previous)
        )
    return tuple(changes)


@dataclass(frozen=True)
class TaperSummary:
    """What happened to one medication during a period.

    ``dose_at_start`` / ``dose_at_end`` are the single doses taken on the period's first and
    last day (``None`` = not taken), ``at_start`` / ``at_end`` those days' dose periods (with
    their frequency and daily dose).  ``direction``: "stopped", "started", "started and
    stopped" (only taken in between), "reduced", "increased" (by the daily dose when both
    frequencies say it), "unchanged" or "changed" (the dose went both up and down, or the unit
    or an unknown frequency changed).
    """

    name: str
    drug_class: str
    unit: str
    dose_at_start: float | None
    dose_at_end: float | None
    changes: tuple[DoseChange, ...]
    direction: str
    at_start: DosePeriod | None = None
    at_end: DosePeriod | None = None
    last_taken: DosePeriod | None = None  # the last dose taken in the period (for a stop)


def _direction(
    start: DosePeriod | None, end: DosePeriod | None, changes: tuple[DoseChange, ...]
) -> str:
    if start is None and end is None:
        return "started and stopped"
    if end is None:
        return "stopped"
    if start is None:
        return "started"
    if start.unit != end.unit:
        return "changed"
    kinds = {c.kind for c in changes}
    old, new = start.daily, end.daily
    if old is None or new is None:
        if start.frequency.strip().casefold() != end.frequency.strip().casefold():
            return "changed"
        old, new = start.dose, end.dose
    if new < old and "increased" not in kinds:
        return "reduced"
    if new > old and "decreased" not in kinds:
        return "increased"
    return "unchanged" if not changes else "changed"


def taper_summary(
    data: DiaryData, start: dt.date | None = None, end: dt.date | None = None
) -> tuple[TaperSummary, ...]:
    """Per medication taken at some point in the period, its doses at both ends and changes.

    Medications not taken at all during the period are left out; the order is the lane order.
    """
    lo, hi = data.resolve_period(start, end)
    result: list[TaperSummary] = []
    for lane in medication_lanes(data):
        taken = any(p.start <= hi and (p.end is None or p.end >= lo) for p in lane.periods)
        if not taken:
            continue
        changes = tuple(c for c in lane_changes(lane) if lo < c.day <= hi)
        first, last = lane.dose_on(lo), lane.dose_on(hi)
        taken_in = [p for p in lane.periods if p.start <= hi and (p.end is None or p.end >= lo)]
        result.append(
            TaperSummary(
                name=lane.name,
                drug_class=lane.drug_class,
                unit=(last or first or lane.periods[-1]).unit,
                dose_at_start=first.dose if first else None,
                dose_at_end=last.dose if last else None,
                changes=changes,
                direction=_direction(first, last, changes),
                at_start=first,
                at_end=last,
                last_taken=taken_in[-1],
            )
        )
    return tuple(result)
