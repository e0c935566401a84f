"""Children: default symptoms and triggers, rename, archive, delete, custom and hidden symptoms."""

import datetime as dt
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from masto_diary.errors import NotFoundError, ValidationError
from masto_diary.models import Child, Diagnosis, Sex
from masto_diary.services import (
    children,
    entries,
    episodes,
    injections,
    labs,
    medications,
    overview,
    visits,
)
from masto_diary.storage import DIARY_FILENAME, Diary, open_diary
from tests import reads

BIRTH = dt.date(2016, 5, 1)
DAY = dt.date(2024, 3, 1)
MOMENT = dt.datetime(2024, 3, 1, 15, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def anna_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("anna")
    with open_diary(folder) as template:
        children.create_child(
            template, "Anna", BIRTH, Diagnosis.INDOLENT_SYSTEMIC, Sex.FEMALE, "Clinic A"
        )
    return folder / DIARY_FILENAME


@pytest.fixture
def diary(anna_template: Path, data_dir: Path) -> Iterator[Diary]:
    """A private copy of a diary holding Anna (overrides the empty diary; no auto backups)."""
    data_dir.mkdir(mode=0o700)
    shutil.copyfile(anna_template, data_dir / DIARY_FILENAME)
    with open_diary(data_dir, auto_backup=False) as opened:
        yield opened


@pytest.fixture
def anna(diary: Diary) -> Child:
    return reads.find_child(diary, "Anna")


def count(diary: Diary, table: str, child_id: int | None = None) -> int:
    connection = sqlite3.connect(diary.path)
    try:
        if child_id is None:
            return connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
        query = f'SELECT count(*) FROM "{table}" WHERE child_id = ?'
        return connection.execute(query, (child_id,)).fetchone()[0]
    finally:
        connection.close()


# --------------------------------------------------------------------------- create


def test_new_child_gets_the_default_symptoms_in_order(diary: Diary, anna: Child) -> None:
    symptoms = children.symptoms(diary, anna.id)
    assert [s.key for s in symptoms] == [d.key for d in children.DEFAULT_SYMPTOMS]
    assert len(symptoms) == 14
    assert [s.position for s in symptoms] == list(range(14))
    assert all(s.scale_max == 3 and s.active for s in symptoms)
    assert symptoms[0].label == "Itching"


def test_new_child_gets_the_default_triggers(diary: Diary, anna: Child) -> None:
    labels = [t.label for t in children.triggers(diary, anna.id)]
    assert labels == list(children.DEFAULT_TRIGGERS)
    assert {"heat", "friction/rubbing", "insect sting", "unknown"} <= set(labels)


def test_new_child_fields_are_stored(anna: Child) -> None:
    assert (anna.name, anna.birth_date, anna.clinic) == ("Anna", BIRTH, "Clinic A")
    assert anna.diagnosis is Diagnosis.INDOLENT_SYSTEMIC
    assert anna.sex == Sex.FEMALE
    assert anna.archived is False


def test_name_is_trimmed(diary: Diary) -> None:
    ben = children.create_child(diary, "  Ben  ", dt.date(2019, 1, 1))
    assert ben.name == "Ben"


def test_duplicate_name_is_refused_and_nothing_is_written(diary: Diary) -> None:
    with pytest.raises(ValidationError, match="A child named 'Anna' is already in this diary"):
        children.create_child(diary, " Anna ", dt.date(2019, 1, 1))
    assert count(diary, "child") == 1
    assert count(diary, "symptom_definition") == 14
    assert count(diary, "trigger") == 11


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"name": ""}, "The child's name is required"),
        ({"birth_date": dt.date.today() + dt.timedelta(days=3)}, "cannot be in the future"),
        ({"diagnosis": "eczema"}, "The diagnosis must be one of cutaneous"),
        ({"sex": "unknown"}, "Sex must be one of female, male, other"),
    ],
)
def test_invalid_child_writes_no_symptoms_or_triggers(
    diary: Diary, kwargs: dict, message: str
) -> None:
    fields = {"name": "Ben", "birth_date": dt.date(2019, 1, 1)} | kwargs
    with pytest.raises(ValidationError, match=message):
        children.create_child(diary, **fields)
    assert (count(diary, "child"), count(diary, "symptom_definition")) == (1, 14)


def test_get_and_find_child(diary: Diary, anna: Child) -> None:
    assert children.get_child(diary, anna.id).name == "Anna"
    assert reads.find_child(diary, "  aNNa ").id == anna.id
    with pytest.raises(NotFoundError):
        children.get_child(diary, 999)
    with pytest.raises(NotFoundError, match="There is no child called 'Zoe'"):
        reads.find_child(diary, "Zoe")


def test_children_are_listed_by_name(diary: Diary) -> None:
    children.create_child(diary, "Ben", dt.date(2019, 1, 1))
    children.create_child(diary, "Aaron", dt.date(2020, 1, 1))
    assert [c.name for c in reads.list_children(diary)] == ["Aaron", "Anna", "Ben"]


# --------------------------------------------------------------------------- update, archive


def test_update_child_changes_fields(diary: Diary, anna: Child) -> None:
    children.update_child(diary, anna.id, name="Anna Maria ", clinic="Clinic B", diagnosis="other")
    again = children.get_child(diary, anna.id)
    assert (again.name, again.clinic, again.diagnosis) == ("Anna Maria", "Clinic B", "other")


def test_rename_to_an_existing_name_is_refused(diary: Diary, anna: Child) -> None:
    children.create_child(diary, "Ben", dt.date(2019, 1, 1))
    with pytest.raises(ValidationError, match="A child named 'Ben' is already in this diary"):
        children.update_child(diary, anna.id, name="Ben")
    assert children.get_child(diary, anna.id).name == "Anna"


@pytest.mark.parametrize("name", ["", "   ", None])
def test_blank_name_in_an_update_is_refused_and_the_old_name_kept(
    diary: Diary, anna: Child, name: str | None
) -> None:
    with pytest.raises(ValidationError, match="The child's name is required"):
        children.update_child(diary, anna.id, name=name)
    assert children.get_child(diary, anna.id).name == "Anna"


def test_update_of_a_missing_child_is_not_found(diary: Diary) -> None:
    with pytest.raises(NotFoundError):
        children.update_child(diary, 999, clinic="x")


def test_archived_child_is_hidden_but_keeps_their_diary(diary: Diary, anna: Child) -> None:
    entries.save_entry(diary, anna.id, DAY, {"itching": 1})
    children.set_archived(diary, anna.id, True)
    assert reads.list_children(diary) == []
    assert [c.name for c in reads.list_children(diary, include_archived=True)] == ["Anna"]
    assert overview.child_summaries(diary, today=DAY) == []
    assert entries.read_day(diary, anna.id, DAY).scores == {"itching": 1}
    children.set_archived(diary, anna.id, False)
    assert [c.name for c in reads.list_children(diary)] == ["Anna"]


# --------------------------------------------------------------------------- delete


def fill(diary: Diary, child_id: int) -> None:
    entries.save_entry(diary, child_id, DAY, {"itching": 2, "flushing": 1})
    episodes.log_episode(
        diary, child_id, MOMENT, "flush", symptom_keys=["flushing"], trigger_labels=["heat"]
    )
    injections.set_plan(diary, child_id, DAY, 150)
    injections.log_injection(diary, child_id, MOMENT)
    medications.start_medication(diary, child_id, "Cetirizine", "h1_antihistamine", 10, "mg", DAY)
    labs.add_lab_result(diary, child_id, DAY, "tryptase", 9.0)
    visits.add_visit(diary, child_id, DAY)


CHILD_TABLES = (
    "symptom_definition",
    "daily_entry",
    "trigger",
    "episode",
    "treatment_plan",
    "injection",
    "medication",
    "lab_result",
    "clinic_visit",
)


def test_delete_child_needs_the_exact_typed_name(diary: Diary, anna: Child) -> None:
    fill(diary, anna.id)
    for typed in ("", "anna", "Ann", "Ben"):
        with pytest.raises(ValidationError, match=r"Type the child's name exactly \('Anna'\)"):
            children.delete_child(diary, anna.id, typed)
    assert count(diary, "child") == 1
    assert count(diary, "symptom_score") == 2


def test_delete_child_removes_all_their_records_and_no_one_elses(diary: Diary, anna: Child) -> None:
    ben = children.create_child(diary, "Ben", dt.date(2019, 1, 1))
    fill(diary, anna.id)
    fill(diary, ben.id)
    children.delete_child(diary, anna.id, " Anna ")
    assert [c.name for c in reads.list_children(diary)] == ["Ben"]
    for table in CHILD_TABLES:
        assert count(diary, table, anna.id) == 0, table
        assert count(diary, table, ben.id) > 0, table
    assert count(diary, "symptom_score") == 2
    assert count(diary, "episode_symptom") == count(diary, "episode_trigger") == 1


def test_delete_of_a_missing_child_is_not_found(diary: Diary) -> None:
    with pytest.raises(NotFoundError):
        children.delete_child(diary, 999, "Anna")


# --------------------------------------------------------------------------- symptoms


def test_custom_symptom_goes_to_the_end_with_a_key_from_its_label(
    diary: Diary, anna: Child
) -> None:
    added = children.add_symptom(diary, anna.id, "  Cold hands! ", scale_max=5)
    assert (added.key, added.label, added.position, added.scale_max) == (
        "cold_hands",
        "Cold hands!",
        14,
        5,
    )
    assert children.symptoms(diary, anna.id)[-1].key == "cold_hands"
    assert children.level_descriptions("cold_hands") == children.DEFAULT_LEVEL_WORDS


def test_custom_symptom_with_a_taken_key_gets_a_suffix(diary: Diary, anna: Child) -> None:
    assert children.add_symptom(diary, anna.id, "Itching?!").key == "itching_2"
    assert children.add_symptom(diary, anna.id, "Itching !!").key == "itching_3"


def test_custom_symptom_with_an_existing_label_is_refused(diary: Diary, anna: Child) -> None:
    with pytest.raises(ValidationError, match="The symptom 'flushing' is already in the list"):
        children.add_symptom(diary, anna.id, "flushing")
    assert count(diary, "symptom_definition") == 14


@pytest.mark.parametrize("scale_max", [0, 11])
def test_custom_symptom_scale_must_be_1_to_10(diary: Diary, anna: Child, scale_max: int) -> None:
    with pytest.raises(ValidationError, match="The scale maximum must be 1–10"):
        children.add_symptom(diary, anna.id, "Cold hands", scale_max=scale_max)
    assert count(diary, "symptom_definition") == 14


def test_custom_symptom_can_be_scored_up_to_its_own_scale(diary: Diary, anna: Child) -> None:
    children.add_symptom(diary, anna.id, "Cold hands", scale_max=5)
    entries.save_entry(diary, anna.id, DAY, {"cold_hands": 5})
    assert entries.read_day(diary, anna.id, DAY).scores == {"cold_hands": 5}
    with pytest.raises(ValidationError, match="score for 'Cold hands' must be 0–5, got 6"):
        entries.save_entry(diary, anna.id, DAY, {"cold_hands": 6})


def test_hidden_symptom_leaves_the_form_but_keeps_its_history(diary: Diary, anna: Child) -> None:
    entries.save_entry(diary, anna.id, DAY, {"headache": 2, "itching": 1})
    headache = next(s for s in children.symptoms(diary, anna.id) if s.key == "headache")
    children.update_symptom(diary, headache.id, active=False)
    assert "headache" not in [s.key for s in children.symptoms(diary, anna.id)]
    assert "headache" in [s.key for s in children.symptoms(diary, anna.id, active_only=False)]
    assert entries.read_day(diary, anna.id, DAY).scores == {"headache": 2, "itching": 1}
    children.update_symptom(diary, headache.id, active=True)
    assert "headache" in [s.key for s in children.symptoms(diary, anna.id)]


def test_renamed_symptom_keeps_its_key_and_history(diary: Diary, anna: Child) -> None:
    entries.save_entry(diary, anna.id, DAY, {"itching": 3})
    itching = children.symptoms(diary, anna.id)[0]
    children.update_symptom(diary, itching.id, label="Itchy skin")
    assert children.symptoms(diary, anna.id)[0].label == "Itchy skin"
    assert entries.read_day(diary, anna.id, DAY).scores == {"itching": 3}


def test_symptom_update_is_checked(diary: Diary, anna: Child) -> None:
    itching = children.symptoms(diary, anna.id)[0]
    with pytest.raises(ValidationError, match="The symptom name is required"):
        children.update_symptom(diary, itching.id, label=" ")
    assert children.symptoms(diary, anna.id)[0].label == "Itching"
    with pytest.raises(NotFoundError):
        children.update_symptom(diary, 999, active=False)


def test_reorder_symptoms(diary: Diary, anna: Child) -> None:
    ids = [s.id for s in children.symptoms(diary, anna.id)]
    children.reorder_symptoms(diary, anna.id, list(reversed(ids)))
    assert [s.id for s in children.symptoms(diary, anna.id)] == list(reversed(ids))


def test_reorder_with_another_childs_symptom_changes_nothing(diary: Diary, anna: Child) -> None:
    ben = children.create_child(diary, "Ben", dt.date(2019, 1, 1))
    ids = [s.id for s in children.symptoms(diary, anna.id)]
    foreign = children.symptoms(diary, ben.id)[0].id
    with pytest.raises(NotFoundError, match="does not belong to this child"):
        children.reorder_symptoms(diary, anna.id, [*reversed(ids), foreign])
    assert [s.id for s in children.symptoms(diary, anna.id)] == ids


# --------------------------------------------------------------------------- triggers, helpers


def test_add_trigger_reuses_an_existing_label_whatever_the_case(diary: Diary, anna: Child) -> None:
    heat = next(t for t in children.triggers(diary, anna.id) if t.label == "heat")
    assert children.add_trigger(diary, anna.id, " HEAT ").id == heat.id
    new = children.add_trigger(diary, anna.id, "Swimming pool ")
    assert new.label == "Swimming pool"
    assert [t.label for t in children.triggers(diary, anna.id)][-1] == "Swimming pool"
    assert count(diary, "trigger") == 12


def test_blank_trigger_is_refused(diary: Diary, anna: Child) -> None:
    with pytest.raises(ValidationError, match="The trigger name is required"):
        children.add_trigger(diary, anna.id, "  ")
    assert count(diary, "trigger") == 11


def test_default_symptoms_describe_each_level() -> None:
    for symptom in children.DEFAULT_SYMPTOMS:
        levels = children.level_descriptions(symptom.key)
        assert len(levels) == 4 and levels[0] == "none"
        assert all(text.strip() for text in levels)


@pytest.mark.parametrize(
    ("on", "age"),
    [(dt.date(2024, 4, 30), 7), (dt.date(2024, 5, 1), 8), (dt.date(2016, 5, 1), 0)],
)
def test_age_in_years_turns_on_the_birthday(on: dt.date, age: int) -> None:
    assert children.age_in_years(BIRTH, on) == age


def test_child_names_are_unique_whatever_their_case(diary):
    import datetime as dt

    import pytest

    from masto_diary.errors import ValidationError
    from masto_diary.services import children

    children.create_child(diary, "Élodie", dt.date(2018, 1, 1))
    with pytest.raises(ValidationError, match="already in this diary"):
        children.create_child(diary, "élodie", dt.date(2019, 1, 1))
    other = children.create_child(diary, "Marco", dt.date(2019, 1, 1))
    with pytest.raises(ValidationError, match="already in this diary"):
        children.update_child(diary, other.id, name="ÉLODIE")
    assert children.update_child(diary, other.id, name="marco").name == "marco"
