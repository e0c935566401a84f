"""The core's English sentences reach an Italian window in Italian (words.core_sentences)."""

import datetime as dt

import pytest

from masto_diary import models as m
from masto_diary.errors import NotFoundError, ValidationError
from masto_diary.services import children, episodes, injections, labs, questionnaires, visits
from masto_diary.words import i18n
from masto_diary.words.core_sentences import translate_core


def refusal(row) -> str:
    with pytest.raises(ValidationError) as raised:
        row.check()
    return str(raised.value)


CASES = [
    (m.Child(name="Bea\x00"), "Il nome del bambino: non sono ammessi a capo"),
    (m.Child(name=""), "Il nome del bambino: campo obbligatorio"),
    (m.Child(name="x" * 300), "Il nome del bambino: al massimo 100 caratteri"),
    (m.Child(name="Bea", birth_date=dt.date(1800, 1, 1)), "La data di nascita: deve essere tra"),
    (m.Child(name="Bea", birth_date=dt.date(2100, 1, 1)), "non può essere nel futuro"),
    (m.WeightRecord(child_id=1, date=dt.date(2024, 1, 1), kg=-1), "Il peso deve essere sopra 0"),
]


@pytest.fixture
def in_italian(qapp):
    assert i18n.install(choice="it") == "it"
    yield
    i18n.uninstall()


@pytest.mark.parametrize("row, italian", CASES, ids=lambda value: str(value)[:30])
def test_a_models_refusal_reads_in_italian(row, italian, in_italian):
    english = refusal(row)
    said = translate_core(english)
    assert italian in said, (english, said)
    assert said != english


def test_the_parts_that_vary_are_kept_and_unknown_sentences_pass_through(in_italian):
    said = translate_core("The symptom '50%2 itch' is already in the list")
    assert said == "Il sintomo '50%2 itch' è già nell'elenco"
    assert translate_core("Something new; and more") == "Something new; and more"
    joined = translate_core("The day is required; The lot must be at most 200 characters")
    assert joined == "Il giorno: campo obbligatorio; Il lotto: al massimo 200 caratteri"


def test_english_stays_english(qapp):
    i18n.uninstall()
    english = refusal(m.Child(name=""))
    assert translate_core(english) == english


GONE = {  # each service's edit or delete of a record that another window or laptop removed
    "episode": lambda diary: episodes.delete_episode(diary, 999),
    "injection": lambda diary: injections.delete_injection(diary, 999),
    "plan": lambda diary: injections.update_plan(diary, 999, dose_mg=150),
    "lab result": lambda diary: labs.delete_lab_result(diary, 999),
    "visit": lambda diary: visits.delete_visit(diary, 999),
    "child": lambda diary: children.update_child(diary, 999, name="Bea"),
    "symptom": lambda diary: children.rename_symptom(diary, 999, "Itch"),
    "trigger": lambda diary: children.remove_trigger(diary, 999),
    "questionnaire": lambda diary: questionnaires.remove_questionnaire(diary, 999),
}


@pytest.mark.parametrize("what", sorted(GONE))
def test_a_record_deleted_meanwhile_is_said_in_italian(diary, in_italian, what):
    with pytest.raises(NotFoundError) as raised:
        GONE[what](diary)
    said = translate_core(str(raised.value))
    assert said == "Questo dato non è più nel diario: nel frattempo è stato eliminato", said
