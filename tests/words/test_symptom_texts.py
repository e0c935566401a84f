"""The default symptoms, levels and triggers as shown: translated while they are the defaults,
as typed once the parent renamed them."""

import pytest

from masto_diary.services.children import DEFAULT_TRIGGERS
from masto_diary.services.symptom_scale import (
    DEFAULT_LEVEL_WORDS,
    DEFAULT_SYMPTOMS,
    URTICARIA_SYMPTOMS,
)
from masto_diary.words import i18n, symptom_texts


def test_symptom_and_trigger_texts_match_the_services():
    assert tuple(s.label for s in DEFAULT_SYMPTOMS) == symptom_texts.SYMPTOM_LABELS
    levels = {level for s in DEFAULT_SYMPTOMS for level in s.levels} | set(DEFAULT_LEVEL_WORDS)
    assert levels == set(symptom_texts.LEVEL_DESCRIPTIONS)
    assert symptom_texts.TRIGGER_LABELS == DEFAULT_TRIGGERS
    assert tuple(s.label for s in URTICARIA_SYMPTOMS) == symptom_texts.URTICARIA_LABELS
    assert [v for s in URTICARIA_SYMPTOMS for v in s.levels] == list(symptom_texts.URTICARIA_LEVELS)


@pytest.fixture
def in_italian(qapp):
    assert i18n.install(choice="it") == "it"
    yield
    i18n.uninstall()


def test_defaults_read_in_the_language_of_the_app(in_italian):
    assert symptom_texts.symptom_label("itching", "Itching") == "Prurito"
    assert symptom_texts.trigger_label("heat") == "caldo"


def test_a_renamed_symptom_or_own_trigger_stays_as_typed(in_italian):
    assert symptom_texts.symptom_label("itching", "Itchy skin") == "Itchy skin"
    assert symptom_texts.symptom_label("my_own", "Itching") == "Itching"  # not the default key
    assert symptom_texts.trigger_label("sun cream") == "sun cream"
