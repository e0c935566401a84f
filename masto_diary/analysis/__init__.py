"""The diary's measures: pure functions on plain data (numpy arrays, frozen dataclasses).

No Qt, no database: a loader builds one :class:`DiaryData` per child, and the UI, the report
and the CLI call the functions below on it.  Each function's docstring states the measure's
definition.
"""

from masto_diary.analysis.compare import (
    PeriodSummary,
    TherapyComparison,
    compare_before_on,
    summarize_period,
)
from masto_diary.analysis.cycle import (
    NO_INJECTION_YET,
    Adherence,
    CycleProfile,
    InjectionTiming,
    OverduePeriod,
    adherence,
    cycle_profile,
    days_since_injection,
    default_max_day,
    injection_timings,
    overdue_periods,
)
from masto_diary.analysis.episodes import (
    EpisodeRates,
    RescueUse,
    episode_rates,
    episodes_between,
    per_28_days,
    rescue_use,
    top_triggers,
)
from masto_diary.analysis.labs import BOUND_IGE_NOTE, LabSeries, lab_series
from masto_diary.analysis.medications import (
    DoseChange,
    DosePeriod,
    MedicationLane,
    TaperSummary,
    lane_changes,
    medication_lanes,
    taper_summary,
)
from masto_diary.analysis.scores import (
    ScoreSeries,
    daily_symptom_score,
    per_symptom_series,
    rolling_mean,
    score_series,
    symptom_free_days,
)
from masto_diary.analysis.series import (
    ANAPHYLAXIS,
    DEFAULT_INTERVAL_DAYS,
    EPISODE_KINDS,
    DiaryData,
    EpisodeRecord,
    InjectionRecord,
    LabRecord,
    MedicationRecord,
    SymptomSpec,
    to_datetime64,
)

__all__ = [
    "ANAPHYLAXIS",
    "BOUND_IGE_NOTE",
    "DEFAULT_INTERVAL_DAYS",
    "EPISODE_KINDS",
    "NO_INJECTION_YET",
    "Adherence",
    "CycleProfile",
    "DiaryData",
    "DoseChange",
    "DosePeriod",
    "EpisodeRates",
    "EpisodeRecord",
    "InjectionRecord",
    "InjectionTiming",
    "LabRecord",
    "LabSeries",
    "MedicationLane",
    "MedicationRecord",
    "OverduePeriod",
    "PeriodSummary",
    "RescueUse",
    "ScoreSeries",
    "SymptomSpec",
    "TaperSummary",
    "TherapyComparison",
    "adherence",
    "compare_before_on",
    "cycle_profile",
    "daily_symptom_score",
    "days_since_injection",
    "default_max_day",
    "episode_rates",
    "episodes_between",
    "injection_timings",
    "lab_series",
    "lane_changes",
    "medication_lanes",
    "overdue_periods",
    "per_28_days",
    "per_symptom_series",
    "rescue_use",
    "rolling_mean",
    "score_series",
    "summarize_period",
    "symptom_free_days",
    "taper_summary",
    "to_datetime64",
    "top_triggers",
]
