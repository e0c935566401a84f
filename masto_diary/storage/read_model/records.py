"""One frozen record class per stored entity, as every page, chart and the report read it.

Field names are the column names of :mod:`masto_diary.models`, so code written against an ORM
row reads a record unchanged.  Moments are aware datetimes in the family's local time zone,
enums are members, calendar days are dates.  Records are frozen: they cross threads (the
report gathers in a worker) and nobody can change the diary by changing one.
"""

import datetime as dt
from dataclasses import dataclass, field

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

JOINED = {"joined": True}
"""Field metadata: filled from another table, not a column of the record's own table."""


@dataclass(frozen=True)
class ChildRecord:
    id: int
    name: str
    birth_date: dt.date
    sex: Sex | None
    diagnosis: Diagnosis
    clinic: str
    notes: str
    archived: bool
    condition: Condition


@dataclass(frozen=True)
class SymptomRecord:
    """A symptom of a child; hidden ones (``active=False``) keep their history."""

    id: int
    child_id: int
    key: str
    label: str
    position: int
    active: bool
    scale_max: int


@dataclass(frozen=True)
class TriggerRecord:
    id: int
    child_id: int
    label: str


@dataclass(frozen=True)
class WeightRecord:
    id: int
    child_id: int
    date: dt.date
    kg: float


@dataclass(frozen=True)
class HeightRecord:
    id: int
    child_id: int
    date: dt.date
    cm: float


@dataclass(frozen=True)
class EntryRecord:
    """A day's entry; ``scores`` maps symptom key → score (absent = not recorded, never 0).

    Also the input of the bulk write (:func:`masto_diary.services.entries.save_entries`).
    """

    child_id: int
    date: dt.date
    scores: dict[str, int] = field(default_factory=dict, metadata=JOINED)
    wellbeing: int | None = None
    school_missed: bool = False
    sleep_disturbed: bool = False
    reported_by: Reporter = Reporter.PARENT
    notes: str = ""
    id: int | None = None
    updated_at: dt.datetime | None = None
    created_at: dt.datetime | None = None


@dataclass(frozen=True)
class EntryNote:
    """The free-text note of one day's entry (the report's notes section)."""

    day: dt.date
    text: str


@dataclass(frozen=True)
class DayScore:
    """The daily symptom score of one entry: the sum over the *active* symptoms scored.

    ``dss`` is ``None`` when the entry scores no active symptom (never 0).
    """

    day: dt.date
    dss: int | None
    scored: int


@dataclass(frozen=True)
class EpisodeRecord:
    """An episode with its trigger labels (A-Z) and linked symptoms (in list order)."""

    id: int
    child_id: int
    started_at: dt.datetime
    ended_at: dt.datetime | None
    kind: EpisodeKind
    severity: Severity
    rescue_antihistamine: bool
    rescue_steroid: bool
    rescue_epinephrine: bool
    rescue_emergency_visit: bool
    rescue_notes: str
    notes: str
    triggers: tuple[str, ...] = field(default=(), metadata=JOINED)
    symptoms: tuple[SymptomRecord, ...] = field(default=(), metadata=JOINED)

    @property
    def day(self) -> dt.date:
        """The family's calendar day the episode started."""
        return self.started_at.date()


@dataclass(frozen=True)
class PlanRecord:
    """A treatment plan; ``end_date`` is ``None`` while it runs."""

    id: int
    child_id: int
    drug: str
    dose_mg: float
    interval_days: int
    start_date: dt.date
    end_date: dt.date | None


@dataclass(frozen=True)
class InjectionRecord:
    id: int
    child_id: int
    plan_id: int | None
    given_at: dt.datetime
    dose_mg: float
    site: InjectionSite | None
    lot: str
    expiry: dt.date | None
    place: Place
    given_by: str
    local_reaction: LocalReaction
    notes: str

    @property
    def day(self) -> dt.date:
        """The family's calendar day of the dose."""
        return self.given_at.date()


@dataclass(frozen=True)
class MedicationRecord:
    id: int
    child_id: int
    name: str
    drug_class: DrugClass
    dose: float
    unit: str
    frequency: str
    start_date: dt.date
    end_date: dt.date | None
    reason: str


@dataclass(frozen=True)
class LabRecord:
    id: int
    child_id: int
    taken_on: dt.date
    analyte: Analyte
    custom_name: str
    unit: str
    value: float
    ref_low: float | None
    ref_high: float | None
    notes: str

    @property
    def key(self) -> str:
        """The key the measures use: the analyte, or the custom test's own name."""
        if self.analyte == Analyte.CUSTOM:
            return self.custom_name or "custom"
        return str(self.analyte)


@dataclass(frozen=True)
class VisitRecord:
    id: int
    child_id: int
    date: dt.date
    clinician: str
    questions: str
    outcome: str


@dataclass(frozen=True)
class DiaryContents:
    """What a diary file holds, in a sentence's worth (checks and the backup list)."""

    children: int
    days: int
    last_entry: dt.date | None


@dataclass(frozen=True)
class QuestionnaireRecord:
    """A clinic questionnaire loaded for a child; ``content`` is the file's checked JSON."""

    id: int
    child_id: int
    key: str
    title: str
    recall: str
    content: str
    loaded_at: dt.datetime


@dataclass(frozen=True)
class QuestionnaireAnswerRecord:
    """One day's answers (``answers`` is JSON: item id -> value); ``total`` None = incomplete."""

    id: int
    questionnaire_id: int
    date: dt.date
    answers: str
    total: float | None
    band: str | None
