"""Synthetic diaries for the patterns' calibration and power tests (numpy, no database).

Built like the demo and the 10-year diary: a slowly wandering disease activity (so bad days
come in runs), a season (more flushing in summer), doses every 28 days with one in ten given
4-9 days late (and the symptoms coming back on the overdue days: a missed dose, not wear-off),
evenings nobody filled in (a few single days and a 10-day holiday), episodes whose chance
follows the activity and the season, and triggers the parent names on them (heat more often in
summer: a trigger confounded by the season, which the analysis must adjust for).

Under the null there is no wear-off and no trigger changes what follows; :class:`Plant` adds a
rise in the last week of on-time cycles or a trigger that multiplies the next day's odds of an
episode.
"""

import datetime as dt
from dataclasses import dataclass

import numpy as np

from masto_diary.analysis.series import (
    DiaryData,
    EpisodeRecord,
    InjectionRecord,
    SymptomSpec,
    day_range,
)

TRIGGERS = ("heat", "exercise", "hot bath/shower", "friction/rubbing", "stress/excitement", "food")
SYMPTOMS = tuple(SymptomSpec(key, scale_max=10) for key in ("itching", "flushing", "fatigue"))
INTERVAL = 28


@dataclass(frozen=True)
class Plant:
    """An effect planted in a synthetic diary (all zero: the null)."""

    wear_off: float = 0.0  # points added to the daily score in the last 7 days of on-time cycles
    odds_ratio: float = 1.0  # next-day episode odds after a day with ``trigger`` logged
    exposures: int = 0  # days the planted trigger is logged on
    trigger: str = "food"


def synthetic_diary(
    rng: np.random.Generator,
    *,
    days: int = 730,
    therapy_from: int = 120,
    base_rate: float = 0.15,
    plant: Plant = Plant(),
) -> DiaryData:
    """One diary; ``therapy_from``: the first dose's day (days before it are pre-therapy)."""
    start = dt.date(2018, 1, 1) + dt.timedelta(days=int(rng.integers(0, 365)))
    doses, late_mask, cycle_day, on_time_last = _doses(rng, days, therapy_from)
    season = np.sin(2 * np.pi * (np.arange(days) + start.timetuple().tm_yday - 110) / 365.25)
    activity = _activity(rng, days, season, late_mask)
    latent = activity[:, None] + rng.normal(0.0, 0.8, (days, len(SYMPTOMS)))
    scores = np.rint(np.clip(latent, 0, None))
    if plant.wear_off:
        scores[on_time_last] += plant.wear_off / len(SYMPTOMS)
    recorded = _recorded(rng, days)
    scores[~recorded] = np.nan
    episode_days, labels = _episodes(rng, days, base_rate, season, activity, plant)
    episodes = tuple(
        EpisodeRecord(start + dt.timedelta(days=int(d)), "flush", triggers=(label,))
        for d, label in zip(episode_days, labels, strict=True)
    )
    injections = tuple(
        InjectionRecord(start + dt.timedelta(days=int(d)), 300.0, INTERVAL) for d in doses
    )
    return DiaryData(
        start=start,
        days=day_range(start, days),
        symptom_keys=tuple(s.key for s in SYMPTOMS),
        scale_max=np.array([s.scale_max for s in SYMPTOMS]),
        active=np.ones(len(SYMPTOMS), bool),
        scores=scores,
        recorded=recorded,
        school_missed=np.zeros(days, bool),
        episodes=episodes,
        injections=injections,
    )


def _doses(rng: np.random.Generator, days: int, first: int):
    """Dose days (1 in 10 late by 4-9 days), the overdue days, the day in cycle, and the last
    7 days of each cycle whose next dose came on time."""
    doses = [first]
    while True:
        late = int(rng.integers(4, 10)) if rng.random() < 0.1 else 0
        following = doses[-1] + INTERVAL + late
        if following >= days:
            break
        doses.append(following)
    overdue = np.zeros(days, bool)
    on_time_last = np.zeros(days, bool)
    cycle_day = np.full(days, -1)
    for given, following in zip(doses, doses[1:], strict=False):
        cycle_day[given:following] = np.arange(following - given)
        if following - given > INTERVAL:
            overdue[given + INTERVAL + 1 : following] = True
        else:
            on_time_last[following - 7 : following] = True
    return np.array(doses), overdue, cycle_day, on_time_last


def _activity(rng, days, season, overdue) -> np.ndarray:
    """AR(1) disease activity around a seasonal level, higher while a dose is overdue."""
    level = 1.0 + 0.3 * season + 1.0 * overdue
    noise = rng.normal(0.0, 0.35, days)
    out = np.empty(days)
    out[0] = level[0]
    for i in range(1, days):
        out[i] = level[i] + 0.7 * (out[i - 1] - level[i - 1]) + noise[i]
    return out


def _recorded(rng, days) -> np.ndarray:
    """About 5 % of evenings missed, plus a 10-day holiday."""
    recorded = rng.random(days) > 0.05
    holiday = int(rng.integers(0, days - 10))
    recorded[holiday : holiday + 10] = False
    return recorded


def _episodes(rng, days, base_rate, season, activity, plant: Plant):
    """Episode days and the trigger named on each (the planted one on ``exposures`` days)."""
    logit = np.log(base_rate / (1 - base_rate)) + 0.5 * season + 0.8 * (activity - activity.mean())
    happened = rng.random(days) < 1 / (1 + np.exp(-logit))
    chosen = np.flatnonzero(happened)
    summer = season[chosen] > 0.3
    weights = np.where(summer[:, None], [4, 1, 1, 1, 1, 1], [1, 1, 1, 1, 1, 1]).astype(float)
    if plant.exposures:  # the planted trigger is named only on its exposure days
        weights[:, TRIGGERS.index(plant.trigger)] = 0
    weights /= weights.sum(axis=1, keepdims=True)
    picks = (rng.random(len(chosen))[:, None] > np.cumsum(weights, axis=1)).sum(axis=1)
    labels = np.array(TRIGGERS)[np.minimum(picks, len(TRIGGERS) - 1)]
    if plant.exposures:
        labels, happened = _plant_trigger(rng, chosen, labels, happened, logit, plant)
        chosen = np.flatnonzero(happened)
    return chosen, labels


def _plant_trigger(rng, chosen, labels, happened, logit, plant: Plant):
    """Name the trigger on ``exposures`` episode days; the next day's odds x ``odds_ratio``."""
    exposed = np.sort(rng.choice(chosen[:-1], plant.exposures, replace=False))
    by_day = dict(zip(chosen.tolist(), labels.tolist(), strict=True))
    for day in exposed.tolist():
        by_day[day] = plant.trigger
    after = exposed + 1
    p0 = 1 / (1 + np.exp(-logit[after]))
    odds = p0 / (1 - p0) * plant.odds_ratio
    p1 = odds / (1 + odds)
    extra = after[(~happened[after]) & (rng.random(len(after)) < (p1 - p0) / (1 - p0))]
    happened = happened.copy()
    happened[extra] = True
    others = [t for t in TRIGGERS if t != plant.trigger]
    for day in extra.tolist():
        by_day[day] = others[int(rng.integers(0, len(others)))]
    days_sorted = sorted(by_day)
    return np.array([by_day[d] for d in days_sorted]), happened
