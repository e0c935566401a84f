"""Budgets of the largest questionnaire the format allows: 100 items of 21 levels, 20 subscales,
prorating and a 0-100 transform.

Printed beside baselines measured in the same run: Python's plain ``json.loads`` of the same
bytes (what strict reading adds on top) and the 4-item example (what size adds).
"""

import datetime as dt
import json
import random
import time
from pathlib import Path

import pytest

from masto_diary.exchange.questionnaire import read_questionnaire
from masto_diary.services import children, questionnaires
from masto_diary.storage import open_diary
from tests.perf.conftest import print_table

pytestmark = pytest.mark.perf

DOCS = Path(__file__).resolve().parents[2] / "docs"
DAYS = 3650


def largest() -> bytes:
    levels = [{"value": v, "text": f"level {v}"} for v in range(21)]
    items = [{"id": f"i{n}", "text": f"Question {n}", "answers": levels} for n in range(100)]
    subscales = [
        {"id": f"s{k}", "title": f"Part {k}", "items": [f"i{n}" for n in range(5 * k, 5 * k + 5)]}
        for k in range(20)
    ]
    return json.dumps({
        "format": "masto-diary-questionnaire", "version": 1, "id": "largest",
        "title": "Largest", "source": "benchmark", "recall": "daily", "items": items,
        "scoring": {
            "transform": {"subtract": "lowest", "divide_by": "range", "multiply_by": 100},
            "decimals": 2, "prorate": True, "min_answered": 0.8, "subscales": subscales,
            "bands": [{"low": 0, "high": 49.99, "label": "lower"},
                      {"low": 50, "high": 100, "label": "upper"}],
        },
    }).encode()  # fmt: skip


def best_of(action, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return min(times)


def test_the_largest_questionnaire_reads_scores_and_opens_within_budget(tmp_path, qtbot):
    data = largest()
    example = (DOCS / "questionnaire-example.json").read_bytes()
    plain = best_of(lambda: json.loads(data))
    small = best_of(lambda: read_questionnaire(example))
    read = best_of(lambda: read_questionnaire(data))
    q = read_questionnaire(data)
    rng = random.Random(0)
    answers = [
        {f"i{n}": (None if rng.random() < 0.1 else rng.randrange(21)) for n in range(100)}
        for _ in range(DAYS)
    ]
    instrument = q.instrument
    score = best_of(lambda: [instrument.score(a) for a in answers], runs=2)
    parts = best_of(lambda: [instrument.subscale_scores(a) for a in answers], runs=2)

    from masto_diary.ui.dialogs.questionnaire_dialog import AnswerDialog

    with open_diary(tmp_path / "d", auto_backup=False) as diary:
        child = children.create_child(diary, "Anna", dt.date(2012, 1, 1))
        questionnaires.keep_questionnaire(diary, child.id, q.content())
        (kept,) = questionnaires.questionnaires(diary, child.id)

        def open_dialog() -> None:
            dialog = AnswerDialog(diary, kept, dt.date(2026, 1, 1))
            dialog.show()
            qtbot.waitExposed(dialog)
            dialog.close()
            dialog.deleteLater()

        dialog_s = best_of(open_dialog, runs=3)
    print_table(
        f"Largest questionnaire ({len(data):,} bytes, 100 items x 21 levels, 20 subscales)",
        [
            ("json.loads, same bytes (baseline)", f"{plain * 1e3:.1f} ms", ""),
            ("4-item example read (baseline)", f"{small * 1e3:.1f} ms", ""),
            ("read and checked", f"{read * 1e3:.1f} ms",
             f"budget 300 ms ({read / plain:.0f}x json)"),
            (f"{DAYS} days scored", f"{score * 1e3:.0f} ms", "budget 3000 ms"),
            (f"{DAYS} days, 20 subscales each", f"{parts * 1e3:.0f} ms", "budget 6000 ms"),
            ("answer dialog open and shown", f"{dialog_s * 1e3:.0f} ms", "budget 1500 ms"),
        ],
    )  # fmt: skip
    assert read < 0.3
    assert score < 3.0
    assert parts < 6.0
    assert dialog_s < 1.5
