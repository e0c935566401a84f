"""The diary's tables, enums and validation rules (SQLModel; no Qt, no session handling).

SQLModel table classes skip pydantic validation, so each table has a ``check()`` method with its
rules in plain words.  :func:`masto_diary.storage.engine.install_validation` calls ``check()`` on
every new or changed row before each flush, so nothing invalid reaches the database; CHECK and
UNIQUE constraints in the schema are the second line of defence.

Calendar days (``date``) are the family's local day; moments (``datetime``) are timezone-aware
and stored in UTC by :class:`UTCDateTime`.
"""

import datetime as dt
import enum
import math

import sqlalchemy as sa
from sqlalchemy.types import TypeDecorator
from sqlmodel import Column, Field, Relationship, SQLModel

from masto_diary.enums import (  # noqa: F401  (re-exported)
    ANALYTE_UNITS,
    DEFAULT_SCALE_MAX,
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
from masto_diary.errors import ValidationError
from masto_diary.rules import (
    day_out_of_range,
    forbidden_character,
    moment_out_of_range,
    range_sentence,
    text_sentence,
)

UTC = dt.UTC

# A row's ``id`` is typed ``int``: SQLite gives it at the first flush (None until then), and every
# row a service hands on has been flushed, so its callers need not test for None.


def table_of(model: "type[SQLModel] | SQLModel") -> sa.Table:
    """The table of a model class or row (SQLModel sets ``__table__`` without declaring it)."""
    table: sa.Table = getattr(model, "__table__")  # noqa: B009
    return table


# --------------------------------------------------------------------------- column types


class UTCDateTime(TypeDecorator):
    """Stores aware datetimes as naive UTC and gives them back as aware UTC.

    A naive datetime is refused: guessing its zone would shift episodes across days.
    """

    impl = sa.DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValidationError("a moment must carry its time zone", field="datetime")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: dt.datetime | None, dialect) -> dt.datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


def _moment_column(nullable: bool = False) -> Column:
    return Column(UTCDateTime(), nullable=nullable)


def _enum_column(enum_cls: type[enum.Enum], nullable: bool = False, **kw) -> Column:
    """Enum stored by its lower-case value (the exchange format uses the same names)."""
    return Column(
        sa.Enum(
            enum_cls,
            values_callable=lambda e: [m.value for m in e],
            native_enum=False,
            validate_strings=True,
            length=32,
            create_constraint=True,
            name=f"ck_{enum_cls.__name__.lower()}",
        ),
        nullable=nullable,
        **kw,
    )


def now_utc() -> dt.datetime:
    return dt.datetime.now(UTC)


# --------------------------------------------------------------------------- rule helpers


def _require_text(value: str | None, field: str, label: str, max_len: int = 200) -> None:
    if value is None or not str(value).strip():
        raise ValidationError(f"{label} is required", field=field)
    if len(value) > max_len:
        raise ValidationError(f"{label} must be at most {max_len} characters", field=field)
    _require_clean(value, field, label)


def _require_clean(value: str | None, field: str, label: str, multiline: bool = False) -> None:
    """No control characters or text-direction marks (see :mod:`masto_diary.rules`)."""
    if not value:
        return
    if not isinstance(value, str):
        raise ValidationError(f"{label} must be text", field=field)
    character = forbidden_character(value, multiline)
    if character is not None:
        raise ValidationError(text_sentence(label, character, multiline), field=field)


def _require_notes(value: str | None, field: str, label: str, max_len: int = 10_000) -> None:
    if value and len(value) > max_len:
        raise ValidationError(f"{label} must be at most {max_len:,} characters", field=field)
    _require_clean(value, field, label, multiline=True)


def _require_day(value: dt.date | None, field: str, label: str, required: bool = True) -> None:
    if value is None:
        if required:
            raise ValidationError(f"{label} is required", field=field)
        return
    if day_out_of_range(value):
        raise ValidationError(f"{range_sentence(label)}, got {value.isoformat()}", field=field)


def _require_range(
    value: float | int | None, field: str, label: str, low: float, high: float | None
) -> None:
    if value is None:
        return
    if isinstance(value, float) and not math.isfinite(value):
        raise ValidationError(f"{label} must be a number, got {value}", field=field)
    if value < low or (high is not None and value > high):
        upper = "" if high is None else f"–{_fmt(high)}"
        rule = (
            f"must be {_fmt(low)}{upper}" if high is not None else f"must be at least {_fmt(low)}"
        )
        raise ValidationError(f"{label} {rule}, got {_fmt(value)}", field=field)


def _require_enum(value, enum_cls: type[enum.Enum], field: str, label: str):
    """The enum member for ``value`` (so strings from forms or files become members)."""
    try:
        return enum_cls(value)
    except ValueError:
        allowed = ", ".join(m.value for m in enum_cls)
        raise ValidationError(
            f"{label} must be one of {allowed}, got {value!r}", field=field
        ) from None


def _require_order(start, end, field: str, message: str) -> None:
    if start is not None and end is not None and end < start:
        raise ValidationError(message, field=field)


def _require_moment(value: dt.datetime | None, field: str, label: str) -> None:
    if value is None:
        raise ValidationError(f"{label} is required", field=field)
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValidationError(f"{label} must carry its time zone", field=field)
    if moment_out_of_range(value):
        raise ValidationError(f"{range_sentence(label)}, got {value.isoformat()}", field=field)


def _fmt(number: float | int) -> str:
    return f"{number:g}" if isinstance(number, float) else str(number)


# --------------------------------------------------------------------------- tables


class Child(SQLModel, table=True):
    __table_args__ = (sa.UniqueConstraint("name", name="uq_child_name"),)

    id: int = Field(default=None, primary_key=True)
    name: str = Field(max_length=100)
    birth_date: dt.date
    sex: Sex | None = Field(default=None, sa_column=_enum_column(Sex, nullable=True))
    diagnosis: Diagnosis = Field(default=Diagnosis.UNKNOWN, sa_column=_enum_column(Diagnosis))
    condition: Condition = Field(
        default=Condition.MASTOCYTOSIS,
        sa_column=_enum_column(Condition, server_default=Condition.MASTOCYTOSIS.value),
    )
    clinic: str = ""
    notes: str = ""
    archived: bool = False

    def check(self) -> None:
        _require_text(self.name, "name", "The child's name", 100)
        if self.birth_date is not None and self.birth_date > dt.date.today():
            raise ValidationError("The birth date cannot be in the future", field="birth_date")
        _require_day(self.birth_date, "birth_date", "The birth date")
        _require_clean(self.clinic, "clinic", "The clinic")
        _require_notes(self.notes, "notes", "Notes")
        self.diagnosis = _require_enum(self.diagnosis, Diagnosis, "diagnosis", "The diagnosis")
        self.condition = _require_enum(self.condition, Condition, "condition", "The condition")
        if self.sex is not None:
            self.sex = _require_enum(self.sex, Sex, "sex", "Sex")


class WeightRecord(SQLModel, table=True):
    __tablename__ = "weight_record"
    __table_args__ = (
        sa.UniqueConstraint("child_id", "date", name="uq_weight_child_date"),
        sa.CheckConstraint("kg > 0 AND kg <= 300", name="ck_weight_kg"),
    )

    id: int = Field(default=None, primary_key=True)
    child_id: int = Field(foreign_key="child.id", ondelete="CASCADE", index=True)
    date: dt.date
    kg: float

    def check(self) -> None:
        _require_day(self.date, "date", "The day of the weight")
        if self.kg is None or not (0 < self.kg <= 300):
            raise ValidationError(f"weight must be above 0 and at most 300 kg, got {self.kg}", "kg")


class HeightRecord(SQLModel, table=True):
    """A height (standing, or length lying down under 2 years) on a day, for the growth chart."""

    __tablename__ = "height_record"
    __table_args__ = (
        sa.UniqueConstraint("child_id", "date", name="uq_height_child_date"),
        sa.CheckConstraint("cm > 0 AND cm <= 250", name="ck_height_cm"),
    )

    id: int = Field(default=None, primary_key=True)
    child_id: int = Field(foreign_key="child.id", ondelete="CASCADE", index=True)
    date: dt.date
    cm: float

    def check(self) -> None:
        _require_day(self.date, "date", "The day of the height")
        if self.cm is None or not (0 < self.cm <= 250):
            raise ValidationError(f"height must be above 0 and at most 250 cm, got {self.cm}", "cm")


class SymptomDefinition(SQLModel, table=True):
    __tablename__ = "symptom_definition"
    __table_args__ = (
        sa.UniqueConstraint("child_id", "key", name="uq_symptom_child_key"),
        sa.CheckConstraint("scale_max BETWEEN 1 AND 10", name="ck_symptom_scale_max"),
    )

    id: int = Field(default=None, primary_key=True)
    child_id: int = Field(foreign_key="child.id", ondelete="CASCADE", index=True)
    key: str = Field(max_length=50)
    label: str = Field(max_length=100)
    position: int = 0
    active: bool = True
    scale_max: int = DEFAULT_SCALE_MAX

    def check(self) -> None:
        _require_text(self.key, "key", "The symptom key", 50)
        _require_text(self.label, "label", "The symptom name", 100)
        _require_range(self.scale_max, "scale_max", "The scale maximum", 1, 10)


class DailyEntry(SQLModel, table=True):
    __tablename__ = "daily_entry"
    __table_args__ = (
        sa.UniqueConstraint("child_id", "date", name="uq_entry_child_date"),
        sa.CheckConstraint(
            "wellbeing IS NULL OR wellbeing BETWEEN 0 AND 10", name="ck_entry_wellbeing"
        ),
    )

    id: int = Field(default=None, primary_key=True)
    child_id: int = Field(foreign_key="child.id", ondelete="CASCADE", index=True)
    date: dt.date
    wellbeing: int | None = None
    school_missed: bool = False
    sleep_disturbed: bool = False
    reported_by: Reporter = Field(default=Reporter.PARENT, sa_column=_enum_column(Reporter))
    notes: str = ""
    created_at: dt.datetime = Field(default_factory=now_utc, sa_column=_moment_column())
    updated_at: dt.datetime = Field(default_factory=now_utc, sa_column=_moment_column())

    scores: list["SymptomScore"] = Relationship(
        back_populates="entry",
        sa_relationship_kwargs={"cascade": "all, delete-orphan", "passive_deletes": True},
    )

    def check(self) -> None:
        _require_day(self.date, "date", "The day")
        _require_range(self.wellbeing, "wellbeing", "Wellbeing", 0, 10)
        self.reported_by = _require_enum(self.reported_by, Reporter, "reported_by", "Reported by")
        _require_notes(self.notes, "notes", "Notes")
        _require_moment(self.created_at, "created_at", "The creation time")
        _require_moment(self.updated_at, "updated_at", "The time of the last change")


class SymptomScore(SQLModel, table=True):
    __tablename__ = "symptom_score"
    __table_args__ = (
        sa.UniqueConstraint("entry_id", "symptom_id", name="uq_score_entry_symptom"),
        sa.CheckConstraint("score >= 0 AND score <= 10", name="ck_score_range"),
    )

    id: int = Field(default=None, primary_key=True)
    entry_id: int | None = Field(
        default=None, foreign_key="daily_entry.id", ondelete="CASCADE", index=True
    )
    symptom_id: int = Field(foreign_key="symptom_definition.id", ondelete="CASCADE", index=True)
    score: int

    entry: DailyEntry | None = Relationship(back_populates="scores")
    symptom: SymptomDefinition | None = Relationship()

    def check(self) -> None:
        symptom = self.symptom
        label = symptom.label if symptom else f"symptom {self.symptom_id}"
        scale_max = symptom.scale_max if symptom else DEFAULT_SCALE_MAX
        if not isinstance(self.score, int) or isinstance(self.score, bool):
            raise ValidationError(f"score for '{label}' must be a whole number", field=label)
        _require_range(self.score, label, f"score for '{label}'", 0, scale_max)


class EpisodeSymptomLink(SQLModel, table=True):
    __tablename__ = "episode_symptom"

    episode_id: int = Field(foreign_key="episode.id", primary_key=True, ondelete="CASCADE")
    symptom_id: int = Field(
        foreign_key="symptom_definition.id", primary_key=True, ondelete="CASCADE"
    )


class EpisodeTriggerLink(SQLModel, table=True):
    __tablename__ = "episode_trigger"

    episode_id: int = Field(foreign_key="episode.id", primary_key=True, ondelete="CASCADE")
    trigger_id: int = Field(foreign_key="trigger.id", primary_key=True, ondelete="CASCADE")


class Trigger(SQLModel, table=True):
    __table_args__ = (sa.UniqueConstraint("child_id", "label", name="uq_trigger_child_label"),)

    id: int = Field(default=None, primary_key=True)
    child_id: int = Field(foreign_key="child.id", ondelete="CASCADE", index=True)
    label: str = Field(max_length=100)

    def check(self) -> None:
        _require_text(self.label, "label", "The trigger name", 100)


class Episode(SQLModel, table=True):
    __table_args__ = (
        sa.CheckConstraint("ended_at IS NULL OR ended_at >= started_at", name="ck_episode_order"),
        sa.Index("ix_episode_child_started", "child_id", "started_at"),
    )

    id: int = Field(default=None, primary_key=True)
    child_id: int = Field(foreign_key="child.id", ondelete="CASCADE")
    started_at: dt.datetime = Field(sa_column=_moment_column())
    ended_at: dt.datetime | None = Field(default=None, sa_column=_moment_column(nullable=True))
    kind: EpisodeKind = Field(sa_column=_enum_column(EpisodeKind))
    severity: Severity = Field(default=Severity.MILD, sa_column=_enum_column(Severity))
    rescue_antihistamine: bool = False
    rescue_steroid: bool = False
    rescue_epinephrine: bool = False
    rescue_emergency_visit: bool = False
    rescue_notes: str = ""
    notes: str = ""

    symptoms: list[SymptomDefinition] = Relationship(link_model=EpisodeSymptomLink)
    triggers: list[Trigger] = Relationship(link_model=EpisodeTriggerLink)

    def check(self) -> None:
        _require_moment(self.started_at, "started_at", "The start time")
        if self.ended_at is not None:
            _require_moment(self.ended_at, "ended_at", "The end time")
        self.kind = _require_enum(self.kind, EpisodeKind, "kind", "The kind of episode")
        self.severity = _require_enum(self.severity, Severity, "severity", "The severity")
        _require_order(
            self.started_at, self.ended_at, "ended_at", "The end must not be before the start"
        )
        _require_notes(self.rescue_notes, "rescue_notes", "The rescue notes")
        _require_notes(self.notes, "notes", "Notes")


class TreatmentPlan(SQLModel, table=True):
    __tablename__ = "treatment_plan"
    __table_args__ = (
        sa.CheckConstraint("interval_days BETWEEN 1 AND 365", name="ck_plan_interval"),
        sa.CheckConstraint("dose_mg > 0", name="ck_plan_dose"),
    )

    id: int = Field(default=None, primary_key=True)
    child_id: int = Field(foreign_key="child.id", ondelete="CASCADE", index=True)
    drug: str = "omalizumab"
    dose_mg: float = 150.0
    interval_days: int = 28
    start_date: dt.date
    end_date: dt.date | None = None

    def check(self) -> None:
        _require_text(self.drug, "drug", "The drug name", 100)
        _require_range(self.dose_mg, "dose_mg", "The dose (mg)", 0.001, 10_000)
        _require_range(self.interval_days, "interval_days", "The interval (days)", 1, 365)
        _require_day(self.start_date, "start_date", "The start date")
        _require_day(self.end_date, "end_date", "The end date", required=False)
        _require_order(
            self.start_date, self.end_date, "end_date", "The plan cannot end before it starts"
        )


class Injection(SQLModel, table=True):
    __table_args__ = (
        sa.CheckConstraint("dose_mg > 0", name="ck_injection_dose"),
        sa.Index("ix_injection_child_given", "child_id", "given_at"),
    )

    id: int = Field(default=None, primary_key=True)
    child_id: int = Field(foreign_key="child.id", ondelete="CASCADE")
    plan_id: int | None = Field(default=None, foreign_key="treatment_plan.id", ondelete="SET NULL")
    given_at: dt.datetime = Field(sa_column=_moment_column())
    dose_mg: float
    site: InjectionSite | None = Field(
        default=None, sa_column=_enum_column(InjectionSite, nullable=True)
    )
    lot: str = ""
    expiry: dt.date | None = None
    place: Place = Field(default=Place.CLINIC, sa_column=_enum_column(Place))
    given_by: str = ""
    local_reaction: LocalReaction = Field(
        default=LocalReaction.NONE, sa_column=_enum_column(LocalReaction)
    )
    notes: str = ""

    def check(self) -> None:
        _require_moment(self.given_at, "given_at", "The time of the injection")
        _require_range(self.dose_mg, "dose_mg", "The dose (mg)", 0.001, 10_000)
        if self.site is not None:
            self.site = _require_enum(self.site, InjectionSite, "site", "The injection site")
        self.place = _require_enum(self.place, Place, "place", "The place")
        self.local_reaction = _require_enum(
            self.local_reaction, LocalReaction, "local_reaction", "The local reaction"
        )
        _require_day(self.expiry, "expiry", "The expiry date", required=False)
        _require_clean(self.lot, "lot", "The lot")
        _require_clean(self.given_by, "given_by", "Given by")
        _require_notes(self.notes, "notes", "Notes")


class Medication(SQLModel, table=True):
    __table_args__ = (sa.CheckConstraint("dose >= 0", name="ck_medication_dose"),)

    id: int = Field(default=None, primary_key=True)
    child_id: int = Field(foreign_key="child.id", ondelete="CASCADE", index=True)
    name: str = Field(max_length=100)
    drug_class: DrugClass = Field(default=DrugClass.OTHER, sa_column=_enum_column(DrugClass))
    dose: float
    unit: str = "mg"
    frequency: str = ""
    start_date: dt.date
    end_date: dt.date | None = None
    reason: str = ""

    def check(self) -> None:
        _require_text(self.name, "name", "The medication name", 100)
        self.drug_class = _require_enum(self.drug_class, DrugClass, "drug_class", "The drug class")
        _require_range(self.dose, "dose", "The dose", 0, None)
        _require_text(self.unit, "unit", "The dose unit", 20)
        _require_clean(self.frequency, "frequency", "The frequency")
        _require_notes(self.reason, "reason", "The reason")
        _require_day(self.start_date, "start_date", "The start date")
        _require_day(self.end_date, "end_date", "The end date", required=False)
        _require_order(
            self.start_date, self.end_date, "end_date", "A medication cannot end before it starts"
        )


class LabResult(SQLModel, table=True):
    __tablename__ = "lab_result"
    __table_args__ = (
        sa.CheckConstraint("value >= 0", name="ck_lab_value"),
        sa.Index("ix_lab_child_taken", "child_id", "taken_on"),
    )

    id: int = Field(default=None, primary_key=True)
    child_id: int = Field(foreign_key="child.id", ondelete="CASCADE")
    taken_on: dt.date
    analyte: Analyte = Field(sa_column=_enum_column(Analyte))
    custom_name: str = ""
    unit: str = ""
    value: float
    ref_low: float | None = None
    ref_high: float | None = None
    notes: str = ""

    def check(self) -> None:
        self.analyte = _require_enum(self.analyte, Analyte, "analyte", "The analyte")
        analyte = Analyte(self.analyte)
        if analyte is Analyte.CUSTOM:
            _require_text(self.custom_name, "custom_name", "The name of the test", 100)
            _require_text(self.unit, "unit", "The unit", 20)
        _require_day(self.taken_on, "taken_on", "The day the sample was taken")
        _require_clean(self.custom_name, "custom_name", "The name of the test")
        _require_clean(self.unit, "unit", "The unit")
        _require_notes(self.notes, "notes", "Notes")
        label = self.display_name
        _require_range(self.value, "value", label, 0, 100 if analyte is Analyte.KIT_D816V else None)
        _require_range(self.ref_low, "ref_low", "The lower reference limit", 0, None)
        _require_range(self.ref_high, "ref_high", "The upper reference limit", 0, None)
        _require_order(
            self.ref_low,
            self.ref_high,
            "ref_high",
            "The upper reference limit must not be below the lower one",
        )

    @property
    def display_name(self) -> str:
        names = {
            Analyte.TRYPTASE: "Serum tryptase",
            Analyte.TOTAL_IGE: "Total IgE",
            Analyte.KIT_D816V: "KIT D816V allele burden",
        }
        return names.get(Analyte(self.analyte), self.custom_name or "Lab value")


class ClinicVisit(SQLModel, table=True):
    __tablename__ = "clinic_visit"
    __table_args__ = (sa.Index("ix_visit_child_date", "child_id", "date"),)

    id: int = Field(default=None, primary_key=True)
    child_id: int = Field(foreign_key="child.id", ondelete="CASCADE")
    date: dt.date
    clinician: str = ""
    questions: str = ""
    outcome: str = ""

    def check(self) -> None:
        _require_day(self.date, "date", "The visit date")
        _require_clean(self.clinician, "clinician", "The clinician")
        _require_notes(self.questions, "questions", "The questions")
        _require_notes(self.outcome, "outcome", "The outcome")


# --------------------------------------------------------------------------- questionnaires
# A clinic's own questionnaire (docs/questionnaires.md): the file's content is kept in the
# diary, so the diary does not depend on the file staying where it was loaded from.


RECALLS = ("daily", "weekly", "2-weekly", "4-weekly")
"""How often a questionnaire is answered: each evening, or for the last 7, 14 or 28 days."""


class ClinicQuestionnaire(SQLModel, table=True):
    """A questionnaire loaded for a child; loading the same ``key`` again replaces its content."""

    __tablename__ = "clinic_questionnaire"
    __table_args__ = (
        sa.UniqueConstraint("child_id", "key", name="uq_questionnaire_child_key"),
        sa.CheckConstraint(
            "recall IN ('daily', 'weekly', '2-weekly', '4-weekly')", name="ck_questionnaire_recall"
        ),
    )

    id: int = Field(default=None, primary_key=True)
    child_id: int = Field(foreign_key="child.id", ondelete="CASCADE", index=True)
    key: str = Field(max_length=50)
    title: str = Field(max_length=300)
    recall: str = Field(max_length=10)
    content: str  # the file's JSON as checked by exchange/questionnaire.py
    loaded_at: dt.datetime = Field(default_factory=now_utc, sa_column=_moment_column())

    def check(self) -> None:
        _require_text(self.key, "key", "The questionnaire id", max_len=50)
        _require_text(self.title, "title", "The questionnaire title", max_len=300)
        if self.recall not in RECALLS:
            raise ValidationError(
                f"recall must be one of {', '.join(RECALLS)}, got {self.recall!r}", "recall"
            )
        _require_text(self.content, "content", "The questionnaire", max_len=1_000_000)
        _require_moment(self.loaded_at, "loaded_at", "The moment it was loaded")


class QuestionnaireAnswer(SQLModel, table=True):
    """One day's answers; ``total``/``band`` are None while an item is unanswered (never 0)."""

    __tablename__ = "questionnaire_answer"
    __table_args__ = (
        sa.UniqueConstraint("questionnaire_id", "date", name="uq_questionnaire_answer_date"),
    )

    id: int = Field(default=None, primary_key=True)
    questionnaire_id: int = Field(
        foreign_key="clinic_questionnaire.id", ondelete="CASCADE", index=True
    )
    date: dt.date
    answers: str  # JSON object item id -> value (or null), as the questionnaire's items say
    total: float | None = None  # rounded to the questionnaire's decimals (a mean, a 0-100 score)
    band: str | None = Field(default=None, max_length=300)

    def check(self) -> None:
        _require_day(self.date, "date", "The day of the answers")
        _require_text(self.answers, "answers", "The answers", max_len=100_000)


TABLES: tuple[type[SQLModel], ...] = (
    Child,
    WeightRecord,
    HeightRecord,
    SymptomDefinition,
    DailyEntry,
    SymptomScore,
    Trigger,
    Episode,
    EpisodeSymptomLink,
    EpisodeTriggerLink,
    TreatmentPlan,
    Injection,
    Medication,
    LabResult,
    ClinicVisit,
    ClinicQuestionnaire,
    QuestionnaireAnswer,
)


# --------------------------------------------------------------------------- folder sync
# Bookkeeping of masto_diary/sync (docs/sync.md): not diary data, never exported.


class SyncIdentity(SQLModel, table=True):
    """The stable uid of one row: row ids differ between laptops, uids do not."""

    __tablename__ = "sync_identity"
    __table_args__ = (sa.UniqueConstraint("uid", name="uq_sync_identity_uid"),)

    table_name: str = Field(primary_key=True, max_length=40)
    row_id: int = Field(primary_key=True)
    uid: str = Field(max_length=32)


class SyncChange(SQLModel, table=True):
    """One change record, this laptop's or another's (the journal and what was received)."""

    __tablename__ = "sync_change"

    device: str = Field(primary_key=True, max_length=32)
    seq: int = Field(primary_key=True)
    uid: str = Field(max_length=32, index=True)
    record: str  # the record's canonical JSON (masto_diary/sync/record.py)
    sent: bool = False  # this laptop's record is in its change file


class SyncSetting(SQLModel, table=True):
    """This laptop's device id and name, the shared folder, the clock."""

    __tablename__ = "sync_setting"

    key: str = Field(primary_key=True, max_length=40)
    value: str
