"""The Urticaria Activity Score: daily UAS (0–6) and UAS7 (0–42) for chronic spontaneous urticaria.

Definition (Zuberbier T et al., The international EAACI/GA²LEN/EuroGuiDerm/APAAACI guideline for
the definition, classification, diagnosis, and management of urticaria, Allergy
2022;77:734-766): once a day the patient scores the last 24 hours for wheals (0 none, 1 fewer
than 20, 2 20–50, 3 more than 50 or large confluent areas) and itch (0 none, 1 mild: present
but not annoying, 2 moderate: troublesome but not interfering with daily activity or sleep,
3 intense: severe enough to interfere with daily activity or sleep).  The daily UAS is their sum
(0–6); UAS7 is the sum of the daily UAS over seven consecutive days (0–42).  Bands:
0 itch- and hive-free, 1–6 well controlled, 7–15 mild, 16–27 moderate, 28–42 severe.

Missing days (the app's decision, written down in docs/urticaria.md):

* A day counts only if *both* items were scored; a day with one item has no daily UAS.  A
  missing day or item is ``NaN`` and is never read as 0: a week filled in less often must not
  look better controlled.
* A week with all 7 days is scored as the plain sum.
* A week with 4, 5 or 6 scored days is scored from the mean of its scored days times 7,
  rounded half up to a whole number (integer arithmetic, no float edge cases), and is marked
  ``complete=False`` so every chart and table can show that it was estimated.  This is the kind
  of rule the omalizumab urticaria trials used for missing diary days.
* A week with 3 or fewer scored days has no UAS7 (``None``): too little to say anything.

Weeks are consecutive 7-day blocks counted from an anchor day the caller chooses (the first
day of the period shown, or the day of a dose), never calendar weeks, so "the 7 days after the
injection" is one week.

Pure numpy and the standard library, like every measure (docs/architecture.md).
"""

import datetime as dt
from dataclasses import dataclass

import numpy as np

ITEM_MAX = 3
DAILY_MAX = 2 * ITEM_MAX
WEEK_DAYS = 7
WEEKLY_MAX = WEEK_DAYS * DAILY_MAX
MIN_SCORED_DAYS = 4
"""A week with fewer scored days than this has no UAS7."""

ITCH_AND_HIVE_FREE = "itch_and_hive_free"
WELL_CONTROLLED = "well_controlled"
MILD = "mild"
MODERATE = "moderate"
SEVERE = "severe"

BANDS: tuple[tuple[int, str], ...] = (
    (0, ITCH_AND_HIVE_FREE),
    (6, WELL_CONTROLLED),
    (15, MILD),
    (27, MODERATE),
    (WEEKLY_MAX, SEVERE),
)
"""Upper bound (inclusive) of each band, lowest first."""


@dataclass(frozen=True, slots=True)
class UasWeek:
    """One week of UAS: ``score`` and ``band`` are None when fewer than 4 days were scored."""

    start: dt.date
    scored_days: int
    score: int | None
    band: str | None

    @property
    def complete(self) -> bool:
        """All seven days were scored: the UAS7 is a plain sum, not an estimate."""
        return self.scored_days == WEEK_DAYS

    @property
    def end(self) -> dt.date:
        return self.start + dt.timedelta(days=WEEK_DAYS - 1)


def daily_uas(wheals: np.ndarray, itch: np.ndarray) -> np.ndarray:
    """Daily UAS (0–6) per day; ``NaN`` unless both items were scored that day."""
    wheals = _item(wheals, "wheals")
    itch = _item(itch, "itch")
    if wheals.shape != itch.shape:
        raise ValueError("wheals and itch must cover the same days")
    return wheals + itch  # NaN + anything is NaN: one missing item leaves the day unscored


def band(score: int) -> str:
    """The guideline's band of a UAS7 (0–42)."""
    if isinstance(score, bool) or int(score) != score or not 0 <= score <= WEEKLY_MAX:
        raise ValueError(f"a UAS7 is a whole number 0–{WEEKLY_MAX}, got {score!r}")
    return next(name for upper, name in BANDS if score <= upper)


def week_score(daily: np.ndarray) -> int | None:
    """UAS7 of one 7-day block of daily UAS (see the module's rule for missing days)."""
    daily = np.asarray(daily, dtype=np.float64)
    if daily.shape != (WEEK_DAYS,):
        raise ValueError(f"a week has {WEEK_DAYS} days, got {daily.shape}")
    scored = daily[~np.isnan(daily)]
    n = len(scored)
    if n < MIN_SCORED_DAYS:
        return None
    total = int(scored.sum())
    if n == WEEK_DAYS:
        return total
    return (2 * WEEK_DAYS * total + n) // (2 * n)  # round(total * 7 / n), halves up


def weekly_uas7(daily: np.ndarray, start: dt.date, anchor: dt.date | None = None) -> list[UasWeek]:
    """The UAS7 of each 7-day block of ``daily`` (day 0 is ``start``), counted from ``anchor``.

    Days before ``anchor`` (default ``start``) are left out; a last block shorter than 7 days is
    left out too, because its missing days lie in the future, not in the diary.
    """
    daily = np.asarray(daily, dtype=np.float64)
    anchor = anchor or start
    skip = (anchor - start).days
    if skip < 0:
        raise ValueError("the anchor day must not be before the first day")
    weeks = []
    for offset in range(skip, len(daily) - WEEK_DAYS + 1, WEEK_DAYS):
        block = daily[offset : offset + WEEK_DAYS]
        score = week_score(block)
        weeks.append(
            UasWeek(
                start=start + dt.timedelta(days=offset),
                scored_days=int(np.count_nonzero(~np.isnan(block))),
                score=score,
                band=None if score is None else band(score),
            )
        )
    return weeks


def _item(values: np.ndarray, name: str) -> np.ndarray:
    """One item as floats; anything but 0–3 or NaN is refused rather than clipped."""
    values = np.asarray(values, dtype=np.float64)
    known = values[~np.isnan(values)]
    if np.any((known < 0) | (known > ITEM_MAX) | (known != np.round(known))):
        raise ValueError(f"{name} is scored 0–{ITEM_MAX}")
    return values


# --------------------------------------------------------------------------- response

COMPLETE_RESPONSE = "complete_response"  # UAS7 0
CONTROLLED = "well_controlled"  # UAS7 1–6
NOT_CONTROLLED = "not_controlled"  # UAS7 7 or more


@dataclass(frozen=True, slots=True)
class UasResponse:
    """UAS7 at baseline and now, and how the weeks since the first dose went.

    ``baseline``: the 7 days before the first dose.  ``now``: the last 7 days of the data.
    ``weeks_well_controlled`` counts the scored weeks since the first dose with UAS7 ≤ 6, out
    of ``weeks_scored``; weeks without a score count in neither.
    """

    baseline: UasWeek | None
    now: UasWeek | None
    weeks_scored: int
    weeks_well_controlled: int

    @property
    def category(self) -> str | None:
        """Complete response (UAS7 0), well controlled (≤ 6) or not; None without a score."""
        if self.now is None or self.now.score is None:
            return None
        if self.now.score == 0:
            return COMPLETE_RESPONSE
        return CONTROLLED if self.now.score <= 6 else NOT_CONTROLLED


def response(daily: np.ndarray, start: dt.date, first_dose: dt.date | None) -> UasResponse:
    """The response to treatment started on ``first_dose`` (None: no treatment yet)."""
    daily = np.asarray(daily, dtype=np.float64)
    now = _block(daily, start, len(daily) - WEEK_DAYS)
    if first_dose is None:
        return UasResponse(None, now, 0, 0)
    dose_index = (first_dose - start).days
    baseline = _block(daily, start, dose_index - WEEK_DAYS)
    after = weekly_uas7(daily, start, first_dose) if dose_index >= 0 else []
    scored = [week.score for week in after if week.score is not None]
    controlled = sum(1 for score in scored if score <= 6)
    return UasResponse(baseline, now, len(scored), controlled)


def _block(daily: np.ndarray, start: dt.date, offset: int) -> UasWeek | None:
    """The week starting ``offset`` days after ``start``; None if it is not all in the data."""
    if offset < 0 or offset + WEEK_DAYS > len(daily):
        return None
    block = daily[offset : offset + WEEK_DAYS]
    score = week_score(block)
    return UasWeek(
        start=start + dt.timedelta(days=offset),
        scored_days=int(np.count_nonzero(~np.isnan(block))),
        score=score,
        band=None if score is None else band(score),
    )
