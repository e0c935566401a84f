"""Every rule of the data model, checked on a real diary file.

Each invalid row must raise :class:`ValidationError` naming the field and the rule, and must
never reach the database: the table reads the same before and after.
"""

import datetime as dt
import math
import re
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, SQLModel, select

from masto_diary.errors import ValidationError
from masto_diary.models import (
    Analyte,
    Child,
    ClinicVisit,
    DailyEntry,
    Diagnosis,
    Episode,
    EpisodeKind,
    Injection,
    LabResult,
    Medication,
    SymptomDefinition,
    SymptomScore,
    TreatmentPlan,
    Trigger,
    WeightRecord,
)
from masto_diary.services import children, entries, episodes, injections, labs, medications, visits
from masto_diary.storage import DIARY_FILENAME, Diary, open_diary

DAY = dt.date(2024, 3, 1)
START = dt.datetime(2024, 3, 1, 18, 0, tzinfo=dt.UTC)
NAIVE = dt.datetime(2024, 3, 1, 18, 0)


@dataclass(frozen=True)
class World:
    diary: Diary
    child_id: int
    entry_id: int
    itching_id: int
    plan_id: int


@pytest.fixture(scope="module")
def world_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    """A diary with one child, one entry and a plan, written once per module."""
    folder = tmp_path_factory.mktemp("world")
    with open_diary(folder) as template:
        kid = children.create_child(
            template, "Anna", dt.date(2016, 5, 1), Diagnosis.INDOLENT_SYSTEMIC
        )
        record = entries.save_entry(template, kid.id, DAY, {"itching": 1})
        itching = next(s for s in children.symptoms(template, kid.id) if s.key == "itching")
        plan = injections.set_plan(template, kid.id, DAY, 150)
    ids = {"child_id": kid.id, "entry_id": record.id, "itching_id": itching.id, "plan_id": plan.id}
    return folder / DIARY_FILENAME, ids


@pytest.fixture
def world(world_template: tuple[Path, dict[str, int]], data_dir: Path) -> Iterator[World]:
    """A private copy of the template (no auto backups), reachable as ``world.diary``."""
    source, ids = world_template
    data_dir.mkdir(mode=0o700)
    shutil.copyfile(source, data_dir / DIARY_FILENAME)
    with open_diary(data_dir, auto_backup=False) as opened:
        yield World(diary=opened, **ids)


def table_rows(diary: Diary, table: str) -> list[tuple]:
    with diary.engine.connect() as connection:
        return connection.exec_driver_sql(f'SELECT * FROM "{table}" ORDER BY 1').fetchall()


def add(diary: Diary, make: Callable[[Session], SQLModel]) -> None:
    with diary.transaction() as session:
        session.add(make(session))


def itching(session: Session, world: World) -> SymptomDefinition:
    return session.get(SymptomDefinition, world.itching_id)


Factory = Callable[[Session, World], SQLModel]


def child(**kw) -> Factory:
    fields = {"name": "Ben", "birth_date": dt.date(2018, 1, 1)} | kw
    return lambda _s, _w: Child(**fields)


def weight(kg: float) -> Factory:
    return lambda _s, w: WeightRecord(child_id=w.child_id, date=DAY, kg=kg)


def symptom(**kw) -> Factory:
    fields = {"key": "cold_hands", "label": "Cold hands"} | kw
    return lambda _s, w: SymptomDefinition(child_id=w.child_id, **fields)


def entry(**kw) -> Factory:
    return lambda _s, w: DailyEntry(child_id=w.child_id, date=DAY + dt.timedelta(days=1), **kw)


def score(value) -> Factory:
    return lambda s, w: SymptomScore(
        entry_id=w.entry_id, symptom_id=w.itching_id, score=value, symptom=itching(s, w)
    )


def episode(**kw) -> Factory:
    fields = {"started_at": START, "kind": EpisodeKind.FLUSH} | kw
    return lambda _s, w: Episode(child_id=w.child_id, **fields)


def plan(**kw) -> Factory:
    fields = {"start_date": DAY, "dose_mg": 150.0, "interval_days": 28} | kw
    return lambda _s, w: TreatmentPlan(child_id=w.child_id, **fields)


def injection(**kw) -> Factory:
    fields = {"given_at": START, "dose_mg": 150.0} | kw
    return lambda _s, w: Injection(child_id=w.child_id, **fields)


def medication(**kw) -> Factory:
    fields = {"name": "Cetirizine", "dose": 5.0, "unit": "mg", "start_date": DAY} | kw
    return lambda _s, w: Medication(child_id=w.child_id, **fields)


def lab(**kw) -> Factory:
    fields = {"taken_on": DAY, "analyte": Analyte.TRYPTASE, "value": 8.0} | kw
    return lambda _s, w: LabResult(child_id=w.child_id, **fields)


# (table, row factory, field, message) — one case per rule.
INVALID: list[tuple[str, Factory, str, str]] = [
    ("child", child(name="   "), "name", "The child's name is required"),
    ("child", child(name="x" * 101), "name", "The child's name must be at most 100 characters"),
    ("child", child(birth_date=None), "birth_date", "The birth date is required"),
    (
        "child",
        child(birth_date=dt.date.today() + dt.timedelta(days=1)),
        "birth_date",
        "The birth date cannot be in the future",
    ),
    (
        "child",
        child(diagnosis="mastocytoma"),
        "diagnosis",
        "The diagnosis must be one of cutaneous, indolent_systemic, smouldering_systemic, "
        "other, unknown, got 'mastocytoma'",
    ),
    ("child", child(sex="x"), "sex", "Sex must be one of female, male, other, got 'x'"),
    ("weight_record", weight(0), "kg", "weight must be above 0 and at most 300 kg, got 0"),
    ("weight_record", weight(-3.5), "kg", "weight must be above 0 and at most 300 kg"),
    ("weight_record", weight(300.5), "kg", "weight must be above 0 and at most 300 kg"),
    ("weight_record", weight(math.nan), "kg", "weight must be above 0 and at most 300 kg"),
    ("symptom_definition", symptom(key=""), "key", "The symptom key is required"),
    ("symptom_definition", symptom(label=" "), "label", "The symptom name is required"),
    ("symptom_definition", symptom(scale_max=0), "scale_max", "The scale maximum must be 1–10"),
    ("symptom_definition", symptom(scale_max=11), "scale_max", "must be 1–10, got 11"),
    ("daily_entry", entry(wellbeing=-1), "wellbeing", "Wellbeing must be 0–10, got -1"),
    ("daily_entry", entry(wellbeing=11), "wellbeing", "Wellbeing must be 0–10, got 11"),
    (
        "daily_entry",
        entry(reported_by="teacher"),
        "reported_by",
        "Reported by must be one of parent, child, other_carer, got 'teacher'",
    ),
    ("daily_entry", entry(notes="x" * 10_001), "notes", "Notes must be at most 10,000 characters"),
    ("daily_entry", entry(created_at=NAIVE), "created_at", "must carry its time zone"),
    ("daily_entry", entry(updated_at=NAIVE), "updated_at", "must carry its time zone"),
    ("symptom_score", score(5), "Itching", "score for 'Itching' must be 0–3, got 5"),
    ("symptom_score", score(-1), "Itching", "score for 'Itching' must be 0–3, got -1"),
    ("symptom_score", score(2.5), "Itching", "score for 'Itching' must be a whole number"),
    ("symptom_score", score(True), "Itching", "score for 'Itching' must be a whole number"),
    ("trigger", lambda _s, w: Trigger(child_id=w.child_id, label=""), "label", "is required"),
    ("episode", episode(started_at=None), "started_at", "The start time is required"),
    ("episode", episode(started_at=NAIVE), "started_at", "The start time must carry its time zone"),
    ("episode", episode(ended_at=NAIVE), "ended_at", "The end time must carry its time zone"),
    (
        "episode",
        episode(ended_at=START - dt.timedelta(minutes=1)),
        "ended_at",
        "The end must not be before the start",
    ),
    (
        "episode",
        episode(kind="sneeze"),
        "kind",
        "The kind of episode must be one of flush, itch, hives_blisters, gastrointestinal, "
        "anaphylaxis, other, got 'sneeze'",
    ),
    (
        "episode",
        episode(severity="extreme"),
        "severity",
        "The severity must be one of mild, moderate, severe, got 'extreme'",
    ),
    ("treatment_plan", plan(dose_mg=0), "dose_mg", "The dose (mg) must be"),
    ("treatment_plan", plan(dose_mg=-150), "dose_mg", "got -150"),
    ("treatment_plan", plan(interval_days=0), "interval_days", "must be 1–365, got 0"),
    ("treatment_plan", plan(interval_days=366), "interval_days", "must be 1–365, got 366"),
    (
        "treatment_plan",
        plan(end_date=DAY - dt.timedelta(days=1)),
        "end_date",
        "The plan cannot end before it starts",
    ),
    ("treatment_plan", plan(drug=""), "drug", "The drug name is required"),
    ("injection", injection(given_at=NAIVE), "given_at", "must carry its time zone"),
    ("injection", injection(dose_mg=0), "dose_mg", "The dose (mg) must be"),
    (
        "injection",
        injection(site="buttock"),
        "site",
        "The injection site must be one of left_upper_arm, right_upper_arm, left_thigh, "
        "right_thigh, left_abdomen, right_abdomen, got 'buttock'",
    ),
    ("injection", injection(place="school"), "place", "must be one of clinic, home"),
    (
        "injection",
        injection(local_reaction="huge"),
        "local_reaction",
        "must be one of none, mild, moderate, severe, got 'huge'",
    ),
    ("medication", medication(name=""), "name", "The medication name is required"),
    (
        "medication",
        medication(drug_class="vitamin"),
        "drug_class",
        "must be one of h1_antihistamine, h2_antihistamine, cromolyn",
    ),
    ("medication", medication(dose=-1.0), "dose", "The dose must be at least 0, got -1"),
    ("medication", medication(unit=""), "unit", "The dose unit is required"),
    (
        "medication",
        medication(end_date=DAY - dt.timedelta(days=1)),
        "end_date",
        "A medication cannot end before it starts",
    ),
    ("lab_result", lab(value=-0.1), "value", "Serum tryptase must be at least 0, got -0.1"),
    ("lab_result", lab(analyte=Analyte.TOTAL_IGE, value=-1.0), "value", "Total IgE must be"),
    (
        "lab_result",
        lab(analyte=Analyte.KIT_D816V, value=100.5),
        "value",
        "KIT D816V allele burden must be 0–100, got 100.5",
    ),
    ("lab_result", lab(analyte="histamine"), "analyte", "must be one of tryptase, total_ige"),
    (
        "lab_result",
        lab(analyte=Analyte.CUSTOM, unit="µg/L"),
        "custom_name",
        "The name of the test is required",
    ),
    (
        "lab_result",
        lab(analyte=Analyte.CUSTOM, custom_name="Histamine"),
        "unit",
        "The unit is required",
    ),
    ("lab_result", lab(ref_low=-1.0), "ref_low", "The lower reference limit must be at least 0"),
    (
        "lab_result",
        lab(ref_low=5.0, ref_high=1.0),
        "ref_high",
        "The upper reference limit must not be below the lower one",
    ),
    (
        "clinic_visit",
        lambda _s, w: ClinicVisit(child_id=w.child_id, date=None),
        "date",
        "The visit date is required",
    ),
]


@pytest.mark.parametrize(
    ("table", "make", "field", "message"),
    INVALID,
    ids=[f"{case[0]}-{case[2]}-{i}" for i, case in enumerate(INVALID)],
)
def test_invalid_row_is_refused_with_field_and_rule_and_never_written(
    world: World, table: str, make: Factory, field: str, message: str
) -> None:
    before = table_rows(world.diary, table)
    with pytest.raises(ValidationError, match=re.escape(message)) as caught:
        add(world.diary, lambda session: make(session, world))
    assert caught.value.field == field
    assert table_rows(world.diary, table) == before


VALID_EDGES: list[tuple[str, Factory]] = [
    ("weight_record", weight(300)),
    ("daily_entry", entry(wellbeing=0)),
    ("daily_entry", entry(wellbeing=10)),
    ("symptom_definition", symptom(scale_max=10)),
    ("episode", episode(ended_at=START)),
    ("treatment_plan", plan(interval_days=1)),
    ("treatment_plan", plan(interval_days=365, end_date=DAY)),
    ("medication", medication(dose=0.0, end_date=DAY)),
    ("lab_result", lab(analyte=Analyte.KIT_D816V, value=100.0)),
    ("lab_result", lab(analyte=Analyte.TOTAL_IGE, value=0.0, ref_low=0.0, ref_high=0.0)),
    ("lab_result", lab(analyte=Analyte.CUSTOM, custom_name="Histamine", unit="nmol/L")),
    ("child", child(sex="female", diagnosis="cutaneous")),
]


@pytest.mark.parametrize(("table", "make"), VALID_EDGES)
def test_values_on_the_edge_of_each_range_are_accepted(
    world: World, table: str, make: Factory
) -> None:
    before = len(table_rows(world.diary, table))
    add(world.diary, lambda session: make(session, world))
    assert len(table_rows(world.diary, table)) == before + 1


@pytest.mark.parametrize("value", [0, 3])
def test_score_at_zero_and_scale_max_is_accepted(world: World, value: int) -> None:
    with world.diary.transaction() as session:
        row = session.exec(select(SymptomScore).where(SymptomScore.entry_id == world.entry_id))
        row.one().score = value
    assert table_rows(world.diary, "symptom_score")[0][3] == value


def test_enum_given_as_string_is_stored_as_member(diary: Diary) -> None:
    children.create_child(diary, "Ben", dt.date(2018, 1, 1), diagnosis="cutaneous", sex="male")
    with diary.transaction() as session:
        ben = session.exec(select(Child)).one()
    assert ben.diagnosis is Diagnosis.CUTANEOUS
    assert ben.sex == "male"


def test_changed_row_is_checked_too_and_database_keeps_the_old_value(world: World) -> None:
    before = table_rows(world.diary, "daily_entry")
    with (
        pytest.raises(ValidationError, match="Wellbeing must be 0–10, got 42"),
        world.diary.transaction() as session,
    ):
        session.get(DailyEntry, world.entry_id).wellbeing = 42
    assert table_rows(world.diary, "daily_entry") == before


def test_moment_is_stored_in_utc_and_read_back_aware(world: World) -> None:
    rome = dt.timezone(dt.timedelta(hours=2))
    started = dt.datetime(2024, 6, 1, 20, 30, tzinfo=rome)
    add(world.diary, lambda _s: Episode(child_id=world.child_id, started_at=started, kind="itch"))
    stored = table_rows(world.diary, "episode")[0][2]
    assert stored.startswith("2024-06-01 18:30:00")
    with world.diary.transaction() as session:
        back = session.exec(select(Episode)).one()
    assert back.started_at == started
    assert back.started_at.tzinfo == dt.UTC


# --------------------------------------------------------------------------- unique keys

UNIQUE: list[tuple[str, Factory]] = [
    ("child", child(name="Anna")),
    ("daily_entry", lambda _s, w: DailyEntry(child_id=w.child_id, date=DAY)),
    (
        "symptom_score",
        lambda _s, w: SymptomScore(entry_id=w.entry_id, symptom_id=w.itching_id, score=2),
    ),
    ("trigger", lambda _s, w: Trigger(child_id=w.child_id, label="heat")),
    ("symptom_definition", symptom(key="itching")),
]


@pytest.mark.parametrize(("table", "make"), UNIQUE, ids=[case[0] for case in UNIQUE])
def test_unique_key_is_enforced_by_sqlite(world: World, table: str, make: Factory) -> None:
    before = table_rows(world.diary, table)
    with pytest.raises(IntegrityError, match="UNIQUE constraint failed"):
        add(world.diary, lambda session: make(session, world))
    assert table_rows(world.diary, table) == before


def test_weight_is_unique_per_child_and_day(world: World) -> None:
    add(world.diary, lambda s: weight(24.5)(s, world))
    with pytest.raises(IntegrityError, match="UNIQUE"):
        add(world.diary, lambda s: weight(25.0)(s, world))


def test_same_trigger_label_is_allowed_for_another_child(world: World) -> None:
    ben = children.create_child(world.diary, "Ben", dt.date(2018, 1, 1))
    assert "heat" in [t.label for t in children.triggers(world.diary, ben.id)]


# --------------------------------------------------------------------------- foreign keys


def test_score_for_a_nonexistent_entry_is_refused_by_sqlite(world: World) -> None:
    before = table_rows(world.diary, "symptom_score")
    with pytest.raises(IntegrityError, match="FOREIGN KEY constraint failed"):
        add(
            world.diary,
            lambda _s: SymptomScore(entry_id=9999, symptom_id=world.itching_id, score=1),
        )
    assert table_rows(world.diary, "symptom_score") == before


ORPHANS: list[tuple[str, Factory]] = [
    ("weight_record", lambda _s, _w: WeightRecord(child_id=999, date=DAY, kg=20)),
    ("daily_entry", lambda _s, _w: DailyEntry(child_id=999, date=DAY)),
    ("trigger", lambda _s, _w: Trigger(child_id=999, label="heat")),
    ("episode", lambda _s, _w: Episode(child_id=999, started_at=START, kind="flush")),
    ("injection", lambda _s, _w: Injection(child_id=999, given_at=START, dose_mg=150)),
    ("clinic_visit", lambda _s, _w: ClinicVisit(child_id=999, date=DAY)),
    ("lab_result", lab(analyte=Analyte.TRYPTASE)),
    ("treatment_plan", plan()),
    ("medication", medication()),
    ("symptom_definition", symptom()),
]


@pytest.mark.parametrize(("table", "make"), ORPHANS, ids=[case[0] for case in ORPHANS])
def test_row_for_a_nonexistent_child_is_refused(world: World, table: str, make: Factory) -> None:
    def orphan(session: Session) -> SQLModel:
        row = make(session, world)
        row.child_id = 999
        return row

    before = table_rows(world.diary, table)
    with pytest.raises(IntegrityError, match="FOREIGN KEY"):
        add(world.diary, orphan)
    assert table_rows(world.diary, table) == before


CHILD_TABLES = (
    "weight_record",
    "symptom_definition",
    "daily_entry",
    "symptom_score",
    "trigger",
    "episode",
    "episode_symptom",
    "episode_trigger",
    "treatment_plan",
    "injection",
    "medication",
    "lab_result",
    "clinic_visit",
)


def fill_child(diary: Diary, name: str) -> int:
    """A child with at least one row in every table."""
    kid = children.create_child(diary, name, dt.date(2016, 5, 1))
    entries.save_entry(diary, kid.id, DAY, {"itching": 2, "flushing": 1})
    episodes.log_episode(
        diary, kid.id, START, "flush", symptom_keys=["flushing"], trigger_labels=["heat"]
    )
    injections.set_plan(diary, kid.id, DAY, 150)
    injections.log_injection(diary, kid.id, START, site="left_thigh")
    medications.start_medication(diary, kid.id, "Cetirizine", "h1_antihistamine", 10, "mg", DAY)
    labs.add_lab_result(diary, kid.id, DAY, "tryptase", 9.1)
    visits.add_visit(diary, kid.id, DAY, "Dr. Rossi")
    add(diary, lambda _s: WeightRecord(child_id=kid.id, date=DAY, kg=26.0))
    return kid.id


def counts(diary: Diary) -> dict[str, int]:
    return {table: len(table_rows(diary, table)) for table in CHILD_TABLES}


def test_deleting_a_child_cascades_to_all_their_rows_only(diary: Diary) -> None:
    anna = fill_child(diary, "Anna")
    fill_child(diary, "Ben")
    both = counts(diary)
    assert all(n >= 2 for n in both.values()), both
    with diary.transaction() as session:
        session.delete(session.get(Child, anna))
    after = counts(diary)
    assert after == {table: n // 2 for table, n in both.items()}


def test_deleting_a_plan_keeps_its_injections(world: World) -> None:
    injections.log_injection(world.diary, world.child_id, START)
    with world.diary.transaction() as session:
        session.delete(session.get(TreatmentPlan, world.plan_id))
    (row,) = injections.list_injections(world.diary, world.child_id)
    assert row.plan_id is None


# --------------------------------------------------------------------------- transactions


def test_outer_transaction_rolls_back_every_service_call_inside_it(diary: Diary) -> None:
    with pytest.raises(ValidationError), diary.transaction():
        kid = children.create_child(diary, "Anna", dt.date(2016, 5, 1))
        entries.save_entry(diary, kid.id, DAY, {"itching": 2})
        entries.save_entry(diary, kid.id, DAY, {"itching": 9})
    assert all(n == 0 for n in counts(diary).values())
    assert table_rows(diary, "child") == []


def test_any_error_inside_a_transaction_rolls_it_back(diary: Diary) -> None:
    with pytest.raises(KeyError), diary.transaction() as session:
        session.add(Child(name="Anna", birth_date=dt.date(2016, 5, 1)))
        session.flush()
        raise KeyError("boom")
    assert table_rows(diary, "child") == []


# --------------------------------------------------------------------------- properties


@given(scale_max=st.integers(1, 10), value=st.integers(-1000, 1000))
def test_any_score_outside_zero_to_scale_max_is_refused(scale_max: int, value: int) -> None:
    definition = SymptomDefinition(child_id=1, key="itching", label="Itching", scale_max=scale_max)
    row = SymptomScore(entry_id=1, symptom_id=1, score=value, symptom=definition)
    if 0 <= value <= scale_max:
        row.check()
    else:
        with pytest.raises(ValidationError) as caught:
            row.check()
        assert str(caught.value) == f"score for 'Itching' must be 0–{scale_max}, got {value}"


@given(wellbeing=st.integers(-100, 100))
def test_wellbeing_outside_zero_to_ten_is_refused(wellbeing: int) -> None:
    row = DailyEntry(child_id=1, date=DAY, wellbeing=wellbeing)
    if 0 <= wellbeing <= 10:
        row.check()
    else:
        with pytest.raises(ValidationError, match=f"Wellbeing must be 0–10, got {wellbeing}"):
            row.check()


@given(value=st.floats(allow_nan=False, allow_infinity=False, min_value=-1e6, max_value=1e6))
def test_kit_d816v_burden_must_be_a_percentage(value: float) -> None:
    row = LabResult(child_id=1, taken_on=DAY, analyte=Analyte.KIT_D816V, value=value)
    if 0 <= value <= 100:
        row.check()
    else:
        with pytest.raises(ValidationError, match="KIT D816V allele burden must be 0–100"):
            row.check()


@pytest.mark.parametrize("value", [math.inf, -math.inf, math.nan])
def test_lab_value_must_be_a_finite_number(value: float) -> None:
    row = LabResult(child_id=1, taken_on=DAY, analyte=Analyte.TRYPTASE, value=value)
    with pytest.raises(ValidationError, match="Serum tryptase must be a number"):
        row.check()
