"""The services' bulk forms: the single form's rules on every row, every problem at once, and
nothing written when there is one."""

import datetime as dt
import sqlite3

import pytest

from masto_diary.enums import Analyte
from masto_diary.errors import ValidationError
from masto_diary.services import children, episodes, injections, labs, visits, weights
from masto_diary.services.bulk import BulkRefusedError, RowProblem
from masto_diary.storage import Diary

DAY = dt.date(2025, 3, 4)
MOMENT = dt.datetime(2025, 3, 4, 18, 0, tzinfo=dt.UTC)


def count(diary: Diary, table: str) -> int:
    connection = sqlite3.connect(diary.path)
    try:
        return connection.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
    finally:
        connection.close()


@pytest.fixture
def anna(diary: Diary) -> int:
    return children.create_child(diary, "Anna", dt.date(2016, 5, 1)).id


def episode(**fields) -> dict:
    return {"started_at": MOMENT, "kind": "flush", "symptoms": [], "triggers": [], **fields}


def test_rows_go_in_with_their_ids_in_order(diary: Diary, anna: int) -> None:
    ids = weights.add_weights(diary, anna, [{"date": DAY + dt.timedelta(days=n), "kg": 20 + n}
                                            for n in range(3)])  # fmt: skip
    assert ids == sorted(ids) and len(set(ids)) == 3 and count(diary, "weight_record") == 3
    assert weights.add_weight(diary, anna, DAY - dt.timedelta(days=1), 19.5) == ids[-1] + 1


def test_every_problem_of_every_row_and_nothing_written(diary: Diary, anna: int) -> None:
    rows = [{"date": DAY, "kg": 0}, {"date": DAY, "kg": 21}, {"date": DAY, "kg": 400}]
    with pytest.raises(BulkRefusedError) as refused:
        weights.add_weights(diary, anna, rows)
    assert [(p.index, p.field) for p in refused.value.rows] == [(0, "kg"), (1, "date"), (2, "kg"),
                                                                 (2, "date")]  # fmt: skip
    assert refused.value.problems[1] == "Weight 2: 2025-03-04 is listed twice (also at weights[0])"
    assert isinstance(refused.value, ValidationError) and count(diary, "weight_record") == 0


def test_episodes_name_only_the_childs_symptoms_and_triggers(diary: Diary, anna: int) -> None:
    good = episode(symptoms=["flushing"], triggers=["HEAT", "exercise"], severity="moderate")
    bad = episode(
        symptoms=["sneezing"], triggers=["heat", "Heat"], ended_at=MOMENT.replace(hour=17)
    )
    with pytest.raises(BulkRefusedError) as refused:
        episodes.add_episodes(diary, anna, [good, bad])
    assert refused.value.rows == [
        RowProblem(1, "ended_at", "The end must not be before the start"),
        RowProblem(1, "symptoms", "'sneezing' is not one of this child's symptoms", 0),
        RowProblem(1, "triggers", "'Heat' is listed twice", 1),
    ]
    assert count(diary, "episode") == 0
    (episode_id,) = episodes.add_episodes(diary, anna, [good])
    stored = episodes.get_episode(diary, episode_id)
    assert [s.key for s in stored.symptoms] == ["flushing"]
    assert stored.triggers == ("exercise", "heat")


def test_labs_take_the_standard_unit_and_refuse_another(diary: Diary, anna: int) -> None:
    (result_id,) = labs.add_labs(diary, anna, [{"taken_on": DAY, "analyte": Analyte.TRYPTASE,
                                                "value": 12.5}])  # fmt: skip
    assert labs.list_lab_results(diary, anna)[0].unit == "ng/mL"
    wrong = {"taken_on": DAY, "analyte": "tryptase", "value": 12.5, "unit": "mg"}
    with pytest.raises(BulkRefusedError, match="the unit of serum tryptase is ng/mL, got 'mg'"):
        labs.add_labs(diary, anna, [wrong])
    assert result_id and count(diary, "lab_result") == 1


def test_a_child_record_keeps_names_unique_ignoring_case(diary: Diary, anna: int) -> None:
    with pytest.raises(ValidationError, match="A child named 'ANNA' is already in this diary"):
        children.add_child_record(diary, {"name": "ANNA", "birth_date": dt.date(2018, 1, 1)})
    new = children.add_child_record(diary, {"name": "Ben", "birth_date": dt.date(2018, 1, 1)})
    assert children.add_symptoms(diary, new, [{"key": "itching", "label": "Itching"}])
    assert children.symptoms(diary, new)[0].scale_max == 3  # the model's default
    with pytest.raises(BulkRefusedError, match="'heat' is listed twice"):
        children.add_triggers(diary, new, [{"label": "Heat"}, {"label": "heat"}])


def test_plans_injections_and_visits(diary: Diary, anna: int) -> None:
    (plan_id,) = injections.add_plans(diary, anna, [{"start_date": DAY, "dose_mg": 150}])
    doses = [{"plan_id": plan_id, "given_at": MOMENT + dt.timedelta(days=28 * n), "dose_mg": 150}
             for n in range(2)]  # fmt: skip
    assert len(injections.add_injections(diary, anna, doses)) == 2
    with pytest.raises(BulkRefusedError, match="Injection 1: The dose"):
        injections.add_injections(diary, anna, [{**doses[0], "dose_mg": 0}])
    assert len(visits.add_visits(diary, anna, [{"date": DAY, "questions": "Why?"}])) == 1
    assert (count(diary, "injection"), count(diary, "clinic_visit")) == (2, 1)
