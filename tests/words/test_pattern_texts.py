"""The patterns' sentences: the issue's three wear-off forms, 'went with', never 'caused'."""

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QLocale

from masto_diary.analysis.patterns import CycleRise, TriggerFinding, WearOff
from masto_diary.words import i18n, pattern_texts

DAY = dt.date(2024, 1, 1)
CYCLES = tuple(CycleRise(DAY, DAY, 0, 1.0, 3.1) for _ in range(11))


@pytest.fixture(autouse=True)
def english(qapp):
    """The English catalogue holds the plural forms ("1 cycle", "2 cycles")."""
    assert i18n.install(choice="en") == "en"
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    i18n.uninstall()
    QLocale.setDefault(QLocale.system())


def test_the_three_forms_of_the_wear_off_sentence() -> None:
    rose = WearOff(5, (7, 20), CYCLES, (), rise=2.1, low=0.8, high=3.4, p=0.001, q=0.004)
    assert pattern_texts.wear_off_sentence(rose) == (
        "Scores rose by 2.1 (95 % CI 0.8 to 3.4) in the last 5 days of 11 on-time cycles: "
        "the effect may wear off before the next dose."
    )
    assert pattern_texts.wear_off_short(rose) == (
        "Wear-off: scores rose by 2.1 (95 % CI 0.8 to 3.4) in the last 5 days of 11 on-time cycles."
    )
    flat = dataclasses.replace(rose, rise=0.3, low=-0.4, high=1.0, p=0.4, q=0.6)
    assert pattern_texts.wear_off_sentence(flat).startswith(
        "No rise beyond chance in the last 5 days of 11 on-time cycles (change 0.3, 95 % CI -0.4"
    )
    few = WearOff(5, (7, 20), CYCLES[:3], ())
    assert pattern_texts.wear_off_sentence(few) == (
        "Too few on-time dose cycles to tell whether the effect wears off (3 of at least 6)."
    )


def test_a_late_cycle_is_a_missed_dose_not_wear_off() -> None:
    late = WearOff(7, (7, 20), (), (CycleRise(DAY, DAY, 8, 0.2, 7.1),))
    text = pattern_texts.late_sentence(late)
    assert "1 cycle with the next dose late" in text and "6.9 higher" in text
    assert "missed dose, not wear-off" in text
    assert pattern_texts.late_sentence(WearOff(7, (7, 20), (), ())) == ""


def test_trigger_words_say_went_with_and_what_would_be_needed() -> None:
    stated = TriggerFinding("heat", 30, 30, 18, 200, 50, 2.4, 1.5, 3.8, 0.001, 0.004, 12)
    text = pattern_texts.trigger_sentence(stated)
    assert text.startswith("heat went with more episodes the next day: 18 of 30 days")
    assert "ratio 2.4, 95 % CI 1.5 to 3.8" in text and "caused" not in text
    thin = TriggerFinding("food", 6, 6, 2, 200, 50, 1.4, 0.4, 4.1, 0.3, 0.6, 64)
    lots = TriggerFinding("cold", 190, 190, 60, 900, 280, 1.0, 0.8, 1.2, 0.5, 0.7, 9)
    few = TriggerFinding("drug", 1, 1, 0, 200, 50)
    line = pattern_texts.unclear_line([thin, lots, few])
    assert "with days enough to have seen a doubling: cold (190 days logged)." in line
    assert "Not enough to tell: food (6 days logged, about 64 needed), drug (1 day logged)." in line


def test_italian_words(qapp) -> None:
    assert i18n.install(choice="it") == "it"
    QLocale.setDefault(QLocale(QLocale.Language.Italian, QLocale.Country.Italy))
    late = WearOff(7, (7, 20), (), (CycleRise(DAY, DAY, 8, 0.2, 7.1),) * 2)
    assert pattern_texts.late_sentence(late).startswith("A parte, 2 cicli con la dose")
    assert "6,9" in pattern_texts.late_sentence(late)
