"""Daily symptom score, its 7-day rolling mean, symptom-free days and per-symptom series.

The daily symptom score (DSS) is the app's own composite: the plain sum of the 0..scale_max
scores of the *active* symptoms recorded that day.  A plain sum is easy to explain to a parent
and a doctor in one sentence, and the report states exactly that.  Using the active symptom set
for every day (also days before a symptom was hidden) keeps the score on one scale across the
whole diary, so "before" and "on therapy" are compared like with like.

Missing data is never turned into a zero: a day without an entry, or an entry in which no
active symptom was scored, has no DSS (``NaN``).  Counting such days as 0 would make a diary
that was filled in less often look healthier.
"""

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from masto_diary.analysis.series import DiaryData

ROLLING_WINDOW_DAYS = 7
ROLLING_MIN_DAYS = 4


def _columns(data: DiaryData, keys: Sequence[str] | None) -> np.ndarray:
    """Column indices of ``keys`` (default: the active symptoms); unknown keys raise."""
    if keys is None:
        return np.flatnonzero(data.active)
    index = {key: j for j, key in enumerate(data.symptom_keys)}
    missing = [key for key in keys if key not in index]
    if missing:
        raise ValueError(f"unknown symptom key(s): {', '.join(missing)}")
    return np.array([index[key] for key in keys], dtype=np.int64)


def daily_symptom_score(data: DiaryData, keys: Sequence[str] | None = None) -> np.ndarray:
    """DSS per day: sum of the recorded scores of the active symptoms (or of ``keys``).

    ``NaN`` when the day has no entry or when none of those symptoms was scored in it: a
    partly filled entry still counts (it is what the parent saw), an empty one is a gap.
    Returns a float array of ``n_days``.
    """
    block = data.scores[:, _columns(data, keys)]
    seen = ~np.isnan(block)
    total = np.where(seen, block, 0.0).sum(axis=1)
    has_score = seen.any(axis=1) & data.recorded
    return np.where(has_score, total, np.nan)


def rolling_mean(
    values: np.ndarray,
    window: int = ROLLING_WINDOW_DAYS,
    min_days: int = ROLLING_MIN_DAYS,
) -> np.ndarray:
    """Trailing mean over the ``window`` days ending on each day, ignoring gaps (``NaN``).

    The mean is ``NaN`` unless at least ``min_days`` of the window's days have a value, so a
    line is not drawn from one or two lonely entries (7 days, at least 4 recorded).
    Days before the first one count as gaps.
    """
    if window < 1 or not 1 <= min_days <= window:
        raise ValueError("need window >= 1 and 1 <= min_days <= window")
    values = np.asarray(values, dtype=np.float64)
    if len(values) == 0:
        return np.full(0, np.nan)
    padded = np.concatenate((np.full(window - 1, np.nan), values))
    windows = np.lib.stride_tricks.sliding_window_view(padded, window)
    seen = ~np.isnan(windows)
    count = seen.sum(axis=1)
    total = np.where(seen, windows, 0.0).sum(axis=1)
    out = np.full(len(values), np.nan)
    enough = count >= min_days
    out[enough] = total[enough] / count[enough]
    return out


def symptom_free_days(data: DiaryData) -> np.ndarray:
    """Bool per day: an entry with at least one active score, all of them 0, and no episode.

    Equivalently ``DSS == 0`` and no episode started that day.  Gaps are ``False`` here; use
    ``~np.isnan(daily_symptom_score(data))`` as the denominator when computing a share, so
    unrecorded days neither help nor hurt.
    """
    dss = daily_symptom_score(data)
    return (dss == 0) & (data.episodes_per_day() == 0)


def per_symptom_series(data: DiaryData, keys: Sequence[str] | None = None) -> dict[str, np.ndarray]:
    """Score per day of each symptom (default: all, hidden ones too), ``NaN`` where not recorded.

    Hidden symptoms are included so their history can still be charted on request.
    """
    columns = np.arange(len(data.symptom_keys)) if keys is None else _columns(data, keys)
    masked = np.where(data.recorded[:, None], data.scores[:, columns], np.nan)
    return {data.symptom_keys[j]: masked[:, pos] for pos, j in enumerate(columns)}


@dataclass(frozen=True, eq=False)
class ScoreSeries:
    """The trend chart's series, all ``n_days`` long and aligned with ``days``."""

    days: np.ndarray
    dss: np.ndarray
    mean_7d: np.ndarray
    symptom_free: np.ndarray
    scored: np.ndarray


def score_series(data: DiaryData, score: np.ndarray | None = None) -> ScoreSeries:
    """DSS, its 7-day rolling mean, symptom-free days and the "has a DSS" mask in one go;
    ``score`` is another daily measure to use instead (the daily UAS of a child with
    urticaria, services/figures.py)."""
    dss = daily_symptom_score(data) if score is None else np.asarray(score, dtype=np.float64)
    return ScoreSeries(
        days=data.days,
        dss=dss,
        mean_7d=rolling_mean(dss),
        symptom_free=(dss == 0) & (data.episodes_per_day() == 0),
        scored=~np.isnan(dss),
    )
