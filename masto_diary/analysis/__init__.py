"""The diary's measures: pure functions on plain data (numpy arrays, frozen dataclasses).

No Qt, no database: a loader builds one :class:`DiaryData` per child, and the UI, the report
and the CLI call the functions below on it.  Each function's docstring states the measure's
definition.

The names are loaded from their modules when one is first used (PEP 562), so a caller that
needs one small module (the questionnaires' scoring, on the Today page at start-up) does not
load numpy.
"""

import importlib

_HOMES = {
    "compare": (
        "ComparedPeriod",
        "ComparisonColumn",
        "PeriodSummary",
        "TherapyComparison",
        "baseline_period",
        "compare_before_on",
        "compare_columns",
        "comparison_columns",
        "summarize_period",
    ),
    "cycle": (
        "MIN_CYCLES",
        "NO_INJECTION_YET",
        "Adherence",
        "CycleProfile",
        "InjectionTiming",
        "OverduePeriod",
        "adherence",
        "cycle_profile",
        "days_since_injection",
        "default_max_day",
        "injection_timings",
        "overdue_periods",
    ),
    "episodes": (
        "EpisodeRates",
        "RescueUse",
        "episode_rates",
        "episodes_between",
        "per_28_days",
        "rescue_use",
        "top_triggers",
    ),
    "labs": (
        "BOUND_IGE_NOTE",
        "LabSeries",
        "lab_series",
    ),
    "medications": (
        "DoseChange",
        "DosePeriod",
        "MedicationLane",
        "TaperSummary",
        "lane_changes",
        "medication_lanes",
        "taper_summary",
    ),
    "scores": (
        "ScoreSeries",
        "daily_symptom_score",
        "per_symptom_series",
        "rolling_mean",
        "score_series",
        "symptom_free_days",
    ),
    "series": (
        "ANAPHYLAXIS",
        "DEFAULT_INTERVAL_DAYS",
        "EPISODE_KINDS",
        "DiaryData",
        "EpisodeRecord",
        "InjectionRecord",
        "LabRecord",
        "MedicationRecord",
        "SymptomSpec",
        "day_range",
        "to_datetime64",
    ),
}
_MODULE_OF = {name: module for module, names in _HOMES.items() for name in names}
__all__ = sorted(_MODULE_OF)


def __getattr__(name: str):
    """The first name asked for loads every module above at once (they share numpy), so a
    later one never imports: a report gathered on a worker thread must not import there
    (imports racing the main thread fail; the Report page's modules ask first)."""
    if name not in _MODULE_OF:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    importlib.import_module("numpy.ma")  # np.unique loads it on first use, maybe on a worker
    for module, names in _HOMES.items():
        loaded = importlib.import_module(f"{__name__}.{module}")
        globals().update({each: getattr(loaded, each) for each in names})
    return globals()[name]


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
