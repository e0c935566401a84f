"""The report's patterns: one wear-off line on page 1, the findings that pass on page 2.

The demo report is written and read back (pypdf); a report whose patterns come from a diary
with a planted trigger shows that a stated finding is printed with its numbers, and that the
triggers which did not pass are named only as "not enough to tell".
"""

import dataclasses
import datetime as dt
import shutil
from pathlib import Path

import numpy as np
import pytest
from pypdf import PdfReader

from masto_diary.analysis.patterns import patterns
from masto_diary.report.content import SECTIONS, gather_report
from masto_diary.report.patterns import pattern_blocks
from masto_diary.report.render import write_report
from masto_diary.services import records
from masto_diary.storage import DIARY_FILENAME, open_diary
from masto_diary.words import pattern_texts
from tests.analysis.synthetic_diaries import Plant, synthetic_diary

TODAY = dt.date.today()


def page_texts(path: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def demo(demo_template: Path, tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("patterns-report")
    shutil.copyfile(demo_template, folder / DIARY_FILENAME)
    with open_diary(folder, auto_backup=False) as opened:
        yield opened


@pytest.fixture(scope="module")
def content(demo):
    luca = records.find_child_id(demo, "Luca Rossi")
    return gather_report(demo, luca, TODAY - dt.timedelta(days=600), TODAY)


def test_page_one_has_the_wear_off_line_and_page_two_the_findings(qapp, content, tmp_path):
    path = tmp_path / "report.pdf"
    write_report(content, path, "a4")
    pages = page_texts(path)
    wear = flat(pattern_texts.wear_off_sentence(content.patterns.wear_off))
    short = flat(pattern_texts.wear_off_short(content.patterns.wear_off))
    assert short in pages[0].replace("- ", "-")  # a line may break after "on-"
    assert wear not in pages[0]  # page 1 has the short line, page 2 the sentence
    assert pages[1].startswith("Patterns: wear-off and triggers")
    assert wear in pages[1] and "missed dose, not wear-off" in pages[1]
    assert "Not enough to tell:" in pages[1]
    assert "caused" not in " ".join(pages).lower()
    methods = flat(pattern_texts.method_note(content.patterns))
    assert methods in " ".join(pages)


def test_unticked_section_leaves_page_two_to_the_symptoms(qapp, content, tmp_path):
    path = tmp_path / "no-patterns.pdf"
    chosen = dataclasses.replace(content, sections=frozenset(SECTIONS) - {"patterns"})
    write_report(chosen, path, "a4")
    pages = page_texts(path)
    assert "Patterns: wear-off and triggers" not in pages[1]
    short = flat(pattern_texts.wear_off_short(content.patterns.wear_off))
    assert short in pages[0].replace("- ", "-")


def test_a_stated_trigger_is_printed_with_its_numbers(qapp, content):
    data = synthetic_diary(
        np.random.default_rng(11), plant=Plant(odds_ratio=6.0, exposures=80), days=1460
    )
    found = patterns(data)
    assert [f.label for f in found.stated_triggers] == ["food"]
    texts = [b.text for b in pattern_blocks(dataclasses.replace(content, patterns=found))]
    (food,) = found.stated_triggers
    assert pattern_texts.trigger_sentence(food) in texts
    assert "went with more episodes the next day" in pattern_texts.trigger_sentence(food)
    others = next(t for t in texts if "heat" in t)
    assert "food" not in others and "heat" in others
