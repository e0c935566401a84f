"""Enum labels: every stored value has a name, shown in the language of the app."""

import pytest

from masto_diary import enums
from masto_diary.words import i18n, labels

TABLES = {
    enums.Diagnosis: labels.DIAGNOSIS_LABELS,
    enums.Sex: labels.SEX_LABELS,
    enums.Reporter: labels.REPORTER_LABELS,
    enums.EpisodeKind: labels.EPISODE_KIND_LABELS,
    enums.Severity: labels.SEVERITY_LABELS,
    enums.InjectionSite: labels.SITE_LABELS,
    enums.Place: labels.PLACE_LABELS,
    enums.LocalReaction: labels.REACTION_LABELS,
    enums.DrugClass: labels.DRUG_CLASS_LABELS,
    enums.Analyte: labels.ANALYTE_LABELS,
}


@pytest.mark.parametrize("enum_cls", list(TABLES), ids=lambda cls: cls.__name__)
def test_every_member_of_every_enum_has_a_label(enum_cls):
    table = TABLES[enum_cls]
    assert set(enum_cls) <= set(table)
    assert all(text.strip() for text in table.values())


@pytest.fixture
def in_italian(qapp):
    assert i18n.install(choice="it") == "it"
    yield
    i18n.uninstall()


def test_labels_and_frequencies_read_in_the_language_of_the_app(in_italian):
    assert labels.label(labels.ANALYTE_LABELS, enums.Analyte.TRYPTASE) == "Triptasi sierica"
    assert labels.label(labels.SITE_LABELS, enums.InjectionSite.LEFT_THIGH) == "Coscia sinistra"
    assert labels.frequency_text("twice daily") == "due volte al giorno"
    assert labels.frequency_text("with breakfast") == "with breakfast"  # typed by the parent


def test_english_is_the_source_text(qapp):
    i18n.uninstall()
    assert labels.label(labels.SEX_LABELS, None) == "Not stated"
    assert labels.frequency_text("twice daily") == "twice daily"
