"""Benchmark: every analysis measure on a synthetic 10-year diary (budget: < 100 ms together).

Run with ``pytest tests/perf/test_perf_analysis.py -m perf -s``.  Prints one line per measure
(median of several runs) beside a baseline measured in the same run: a bare ``np.nansum`` over
the day x symptom matrix, i.e. the least work any daily score needs.
"""

import dataclasses
import datetime as dt
import statistics
import time
from collections.abc import Callable

import numpy as np
import pytest

from masto_diary import analysis as an
from masto_diary.analysis import (
    DiaryData,
    EpisodeRecord,
    InjectionRecord,
    LabRecord,
    MedicationRecord,
    SymptomSpec,
)
from tests.analysis.diary_data import from_rows

pytestmark = pytest.mark.perf

BUDGET_MS = 100.0
RUNS = 7
YEARS = 10
SYMPTOMS = 14
EPISODES = 2000
TRIGGERS = ("heat", "cold", "friction", "bath", "exercise", "food", "infection", "stress")


def synthetic_diary(seed: int = 20240101) -> tuple[DiaryData, dict]:
    """A deterministic 10-year diary: 3,650 days x 14 symptoms, 2,000 episodes, ~260 doses."""
    rng = np.random.default_rng(seed)
    start = dt.date(2014, 1, 1)
    n = 365 * YEARS
    symptoms = [SymptomSpec(f"s{j}", 3, active=j != 13) for j in range(SYMPTOMS)]
    recorded = rng.random(n) < 0.9
    scores = rng.integers(0, 4, size=(n, SYMPTOMS)).astype(float)
    scores[rng.random((n, SYMPTOMS)) < 0.05] = np.nan
    day = [start + dt.timedelta(days=int(i)) for i in range(n)]
    entries = {
        day[i]: {
            s.key: (None if np.isnan(v) else int(v))
            for s, v in zip(symptoms, scores[i], strict=True)
        }
        for i in np.flatnonzero(recorded)
    }
    episodes = [
        EpisodeRecord(
            day[int(i)],
            str(rng.choice(an.EPISODE_KINDS)),
            "mild",
            tuple(str(t) for t in rng.choice(TRIGGERS, int(rng.integers(0, 3)), replace=False)),
            epinephrine=bool(rng.random() < 0.02),
            emergency_visit=bool(rng.random() < 0.01),
            antihistamine=bool(rng.random() < 0.3),
        )
        for i in rng.integers(0, n, EPISODES)
    ]
    first_dose = 30  # a month of diary before therapy
    offsets = np.cumsum(14 + rng.integers(-2, 3, size=300)) + first_dose
    injections = [InjectionRecord(day[int(o)], 150.0, 14) for o in offsets if o < n]
    medications = [
        MedicationRecord(f"drug{m}", "other", float(dose), "mg", day[s], day[min(s + 200, n - 1)])
        for m in range(6)
        for dose, s in zip((20, 10, 5), (m * 100, m * 100 + 201, m * 100 + 402), strict=True)
    ]
    labs = [
        LabRecord(day[int(i)], analyte, float(rng.uniform(1, 500)), "u")
        for i in range(0, n, 60)
        for analyte in ("tryptase", "total_ige", "kit_d816v")
    ]
    rows = dict(
        symptoms=symptoms,
        entries=entries,
        school_missed=[day[int(i)] for i in rng.integers(0, n, 100)],
        episodes=episodes,
        injections=injections,
        medications=medications,
        labs=labs,
        interval_days=14,
        first=start,
        last=day[-1],
    )
    return from_rows(**rows), rows


def median_ms(func: Callable[[], object], runs: int = RUNS) -> float:
    func()  # warm-up
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        func()
        times.append((time.perf_counter() - t0) * 1000.0)
    return statistics.median(times)


def measures(data: DiaryData) -> dict[str, Callable[[], object]]:
    last_year = data.end - dt.timedelta(days=364)
    dss = an.daily_symptom_score(data)
    return {
        "daily_symptom_score": lambda: an.daily_symptom_score(data),
        "rolling_mean (7 d)": lambda: an.rolling_mean(dss),
        "symptom_free_days": lambda: an.symptom_free_days(data),
        "score_series": lambda: an.score_series(data),
        "per_symptom_series (14)": lambda: an.per_symptom_series(data),
        "episode_rates": lambda: an.episode_rates(data),
        "rescue_use": lambda: an.rescue_use(data),
        "top_triggers": lambda: an.top_triggers(data),
        "days_since_injection": lambda: an.days_since_injection(data),
        "cycle_profile": lambda: an.cycle_profile(data),
        "cycle_profile (last year)": lambda: an.cycle_profile(data, last_year),
        "adherence": lambda: an.adherence(data),
        "overdue_periods": lambda: an.overdue_periods(data),
        "compare_before_on": lambda: an.compare_before_on(data),
        "summarize_period (year)": lambda: an.summarize_period(data, last_year),
        "medication_lanes": lambda: an.medication_lanes(data),
        "taper_summary": lambda: an.taper_summary(data),
        "lab_series": lambda: an.lab_series(data),
    }


def all_in_one_go(data: DiaryData) -> list[object]:
    """Every measure once on a fresh copy, so no cached per-diary array is reused."""
    fresh = dataclasses.replace(data)
    return [func() for func in measures(fresh).values()]


def test_all_measures_on_ten_years(request: pytest.FixtureRequest) -> None:
    data, rows = synthetic_diary()
    assert data.n_days == 3650 and len(data.episodes) == EPISODES
    assert 250 <= len(data.injections) <= 270

    baseline = median_ms(lambda: np.nansum(data.scores, axis=1))
    timed = {name: median_ms(func) for name, func in measures(data).items()}
    total = sum(timed.values())
    together = median_ms(lambda: all_in_one_go(data))
    build = median_ms(lambda: from_rows(**rows), runs=3)

    print(f"\n10-year diary: {data.n_days} days x {len(data.symptom_keys)} symptoms, "
          f"{len(data.episodes)} episodes, {len(data.injections)} injections")  # fmt: skip
    print(f"{'measure':<28}{'median ms':>11}{'x baseline':>12}")
    print(f"{'baseline np.nansum(axis=1)':<28}{baseline:>11.3f}{1.0:>12.1f}")
    for name, ms in timed.items():
        print(f"{name:<28}{ms:>11.3f}{ms / baseline:>12.1f}")
    print(f"{'TOTAL (sum of medians)':<28}{total:>11.3f}{total / baseline:>12.1f}")
    print(f"{'ALL in one go (fresh data)':<28}{together:>11.3f}{together / baseline:>12.1f}")
    print(f"{'(not in budget) from_rows':<28}{build:>11.3f}{build / baseline:>12.1f}")
    print(f"budget {BUDGET_MS:.0f} ms -> {'OK' if together < BUDGET_MS else 'OVER'}")

    if "perf" in (request.config.getoption("markexpr") or ""):
        assert together < BUDGET_MS, f"all measures took {together:.1f} ms"
