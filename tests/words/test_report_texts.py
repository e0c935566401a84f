"""How the report words figures, dates and stored values, in English and in Italian."""

import datetime as dt

import pytest
from PySide6.QtCore import QLocale

from masto_diary.words import i18n
from masto_diary.words import report_texts as texts


@pytest.fixture
def in_english(qapp):
    i18n.uninstall()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(QLocale.system())


@pytest.fixture
def in_italian(qapp):
    assert i18n.install(choice="it") == "it"
    yield
    i18n.uninstall()


def test_figures_and_unknowns(in_english):
    assert texts.number(2.345) == "2.3"
    assert texts.number(None) == texts.DASH
    assert texts.percent(78.6) == "79\u00a0%"  # never broken between the number and the sign
    assert texts.percent(None) == texts.DASH
    assert texts.dose(150.0) == "150"
    assert texts.dose(0.15) == "0.15"
    assert texts.days_text(1) == "1 day"
    assert texts.days_text(12) == "12 days"


def test_dates_name_the_month(in_english):
    assert texts.date(dt.date(2026, 11, 26)) == "26 Nov 2026"
    assert texts.period(dt.date(2026, 8, 29), dt.date(2026, 11, 26)) == (
        "29 Aug 2026 – 26 Nov 2026"
    )
    assert texts.date(None) == texts.DASH


def test_stored_values_by_their_label_and_unknown_ones_as_stored(in_english):
    assert texts.severity("moderate") == "Moderate"
    assert texts.site(None) == texts.DASH
    assert texts.sex(None) == "Not stated"
    assert texts.analyte("tryptase") == "Serum tryptase"
    assert texts.analyte("Histamine") == "Histamine"  # a custom test keeps its own name
    assert texts.episode_kind("sneezing") == "sneezing"  # a value from a newer app


def test_the_empty_period_sentence_fills_both_dates(in_english):
    sentence = texts.empty_period(dt.date(2026, 1, 1), dt.date(2026, 1, 31))
    assert "between 1 Jan 2026 and 31 Jan 2026" in sentence


def test_italian_words_and_numbers(in_italian):
    assert texts.days_text(12) == "12 giorni"
    assert texts.number(2.345) == "2,3"
    assert texts.analyte("tryptase") == "Triptasi sierica"
