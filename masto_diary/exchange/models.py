"""The masto-diary JSON format, version 1, as pydantic models: what an import accepts.

These models are the single description of the format: the import validates files with them and
:mod:`masto_diary.exchange.schema` turns them into the JSON Schema in ``docs/``, so the
documentation cannot drift from what the code accepts.  They check the *shape* of a file (types,
required keys, enum values, plain ranges); rules that need the whole child (dangling references,
duplicate days, a score above its symptom's scale) are checked afterwards by the import.

Types are strict on purpose: ``"yes"`` is not a boolean and ``"5"`` is not a number here, so a
file from another tool fails loudly instead of being guessed at.
"""

import datetime as dt
import math
import re
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    StrictStr,
    WithJsonSchema,
)
from pydantic_core import PydanticCustomError

from masto_diary.enums import (
    Analyte,
    Condition,
    Diagnosis,
    DrugClass,
    EpisodeKind,
    InjectionSite,
    LocalReaction,
    Place,
    Reporter,
    Severity,
    Sex,
)

FORMAT_NAME = "masto-diary"
FORMAT_VERSION = 1
DAY_PATTERN = re.compile(r"\d{4}-\d{2}-\d{2}")


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _day(value: Any) -> dt.date:
    """``YYYY-MM-DD`` only: no times, no week dates, no numbers of seconds."""
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if not isinstance(value, str) or not DAY_PATTERN.fullmatch(value):
        raise PydanticCustomError(
            "day_format", "must be a date written YYYY-MM-DD, got {got}", {"got": _short(value)}
        )
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise PydanticCustomError(
            "day_value", "{got} is not a date in the calendar", {"got": _short(value)}
        ) from None


def _moment(value: Any) -> dt.datetime:
    """ISO-8601 date and time *with* its offset; kept as an aware datetime in UTC."""
    if isinstance(value, dt.datetime):
        moment = value
    elif isinstance(value, str) and "T" in value and len(value) <= 40:
        try:
            moment = dt.datetime.fromisoformat(value)
        except ValueError:
            moment = None
    else:
        moment = None
    if moment is None:
        raise PydanticCustomError(
            "moment_format",
            "must be a date and time written like 2024-03-01T18:30:00+01:00, got {got}",
            {"got": _short(value)},
        )
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise PydanticCustomError(
            "moment_offset",
            "must carry its offset from UTC (for example +01:00 or Z), got {got}",
            {"got": _short(value)},
        )
    try:
        return moment.astimezone(dt.UTC)
    except OverflowError:  # 0001-01-01T00:00+14:00 is before the calendar's first moment in UTC
        raise PydanticCustomError(
            "moment_range", "must be between 1900 and 2199, got {got}", {"got": _short(value)}
        ) from None


def _number(value: Any) -> float:
    """A JSON number (integer or decimal), never a string or a boolean, always finite."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise PydanticCustomError("number", "must be a number, got {got}", {"got": _short(value)})
    if isinstance(value, float) and not math.isfinite(value):
        raise PydanticCustomError("number", "must be a finite number, got {got}", {"got": value})
    return float(value)


Day = Annotated[
    dt.date, BeforeValidator(_day), WithJsonSchema({"type": "string", "format": "date"})
]
Moment = Annotated[
    dt.datetime,
    BeforeValidator(_moment),
    WithJsonSchema({"type": "string", "format": "date-time"}),
]
Number = Annotated[float, BeforeValidator(_number), WithJsonSchema({"type": "number"})]
Text = Annotated[StrictStr, Field(max_length=10_000)]
Name = Annotated[StrictStr, Field(min_length=1, max_length=100)]
Short = Annotated[StrictStr, Field(max_length=200)]
Uid = Annotated[
    StrictStr,
    Field(
        pattern=r"^[0-9a-f]{32}$",
        description="the record's id in a shared diary (folder sync); kept by an import",
    ),
]


class Part(BaseModel):
    """Unknown keys are refused: a misspelt key would otherwise be dropped without a word."""

    model_config = ConfigDict(extra="forbid")


CONFIRMED = (
    "true when the value lies beyond WHO's plausibility limits for the child's age and sex "
    "(|z| > 5 for weight and BMI, > 6 for height) and was checked and kept; such a value is "
    "refused without it"
)


class WeightIn(Part):
    date: Day
    kg: Annotated[Number, Field(gt=0, le=300, description="body weight in kilograms")]
    confirmed: Annotated[bool, Field(description=CONFIRMED)] = False
    uid: Uid | None = None


class HeightIn(Part):
    date: Day
    cm: Annotated[Number, Field(gt=0, le=250, description="height (length under 2 years) in cm")]
    confirmed: Annotated[bool, Field(description=CONFIRMED)] = False
    uid: Uid | None = None


class SymptomIn(Part):
    key: Annotated[StrictStr, Field(min_length=1, max_length=50, description="stable key")]
    label: Name
    position: StrictInt = 0
    active: StrictBool = Field(True, description="false: hidden, its history is kept")
    scale_max: Annotated[StrictInt, Field(ge=1, le=10)] = 3
    uid: Uid | None = None


class TriggerIn(Part):
    label: Name
    uid: Uid | None = None


class DailyEntryIn(Part):
    date: Day = Field(description="the family's local calendar day")
    wellbeing: Annotated[StrictInt, Field(ge=0, le=10)] | None = None
    school_missed: StrictBool = False
    sleep_disturbed: StrictBool = False
    reported_by: Reporter = Reporter.PARENT
    notes: Text = ""
    created_at: Moment | None = None
    updated_at: Moment | None = None
    scores: dict[str, Annotated[StrictInt, Field(ge=0, le=10)]] = Field(
        default_factory=dict,
        description="symptom key → score 0..scale_max; a symptom not listed was not recorded",
    )
    uid: Uid | None = None


class RescueIn(Part):
    antihistamine: StrictBool = False
    steroid: StrictBool = False
    epinephrine: StrictBool = False
    emergency_visit: StrictBool = False
    notes: Text = ""


class EpisodeIn(Part):
    started_at: Moment
    ended_at: Moment | None = None
    kind: EpisodeKind
    severity: Severity = Severity.MILD
    symptoms: list[StrictStr] = Field(default_factory=list, description="symptom keys")
    triggers: list[StrictStr] = Field(default_factory=list, description="trigger labels")
    rescue: RescueIn = Field(default_factory=RescueIn)
    notes: Text = ""
    uid: Uid | None = None


class TreatmentPlanIn(Part):
    id: Annotated[StrictInt, Field(ge=1, description="number of the plan within this child")]
    drug: Name = "omalizumab"
    dose_mg: Annotated[Number, Field(gt=0, le=10_000)]
    interval_days: Annotated[StrictInt, Field(ge=1, le=365)] = 28
    start_date: Day
    end_date: Day | None = None
    uid: Uid | None = None


class InjectionIn(Part):
    given_at: Moment
    plan: StrictInt | None = Field(None, description="the id of one of this child's plans")
    dose_mg: Annotated[Number, Field(gt=0, le=10_000)]
    site: InjectionSite | None = None
    lot: Short = ""
    expiry: Day | None = None
    place: Place = Place.CLINIC
    given_by: Short = ""
    local_reaction: LocalReaction = LocalReaction.NONE
    notes: Text = ""
    uid: Uid | None = None


class MedicationIn(Part):
    name: Name
    drug_class: DrugClass = DrugClass.OTHER
    dose: Annotated[Number, Field(ge=0)]
    unit: Annotated[StrictStr, Field(min_length=1, max_length=20)] = "mg"
    frequency: Short = ""
    start_date: Day
    end_date: Day | None = None
    reason: Text = ""
    uid: Uid | None = None


class LabIn(Part):
    taken_on: Day
    analyte: Analyte
    custom_name: Annotated[StrictStr, Field(max_length=100)] = ""
    unit: Annotated[StrictStr, Field(max_length=20)] = ""
    value: Annotated[Number, Field(ge=0)]
    ref_low: Annotated[Number, Field(ge=0)] | None = None
    ref_high: Annotated[Number, Field(ge=0)] | None = None
    notes: Text = ""
    uid: Uid | None = None


class VisitIn(Part):
    date: Day
    clinician: Short = ""
    questions: Text = ""
    outcome: Text = ""
    uid: Uid | None = None


class QuestionnaireAnswerIn(Part):
    date: Day
    answers: dict[str, Annotated[StrictInt, Field(ge=-10_000, le=10_000)] | None] = Field(
        description="item id → the answer's value; null: left unanswered"
    )
    uid: Uid | None = None


class ChildQuestionnaireIn(Part):
    questionnaire: dict[str, Any] = Field(
        description="the clinic's questionnaire as it was loaded (docs/questionnaires.md)"
    )
    answers: list[QuestionnaireAnswerIn] = Field(default_factory=list)
    uid: Uid | None = None


class ChildIn(Part):
    name: Name
    birth_date: Day
    sex: Sex | None = None
    diagnosis: Diagnosis = Diagnosis.UNKNOWN
    condition: Condition = Condition.MASTOCYTOSIS  # files written before it: mastocytosis
    clinic: Short = ""
    notes: Text = ""
    archived: StrictBool = False
    uid: Uid | None = None
    weights: list[WeightIn] = Field(default_factory=list)
    heights: list[HeightIn] = Field(default_factory=list)
    symptoms: list[SymptomIn] = Field(default_factory=list)
    triggers: list[TriggerIn] = Field(default_factory=list)
    daily_entries: list[DailyEntryIn] = Field(default_factory=list)
    episodes: list[EpisodeIn] = Field(default_factory=list)
    treatment_plans: list[TreatmentPlanIn] = Field(default_factory=list)
    injections: list[InjectionIn] = Field(default_factory=list)
    medications: list[MedicationIn] = Field(default_factory=list)
    labs: list[LabIn] = Field(default_factory=list)
    visits: list[VisitIn] = Field(default_factory=list)
    questionnaires: list[ChildQuestionnaireIn] = Field(default_factory=list)


class DocumentIn(Part):
    """A whole file: ``{"format": "masto-diary", "version": 1, "exported_at": …, …}``."""

    model_config = ConfigDict(extra="forbid", title="masto-diary JSON exchange format, version 1")

    format: Literal["masto-diary"]
    version: Literal[1]
    exported_at: Moment
    children: list[ChildIn]
