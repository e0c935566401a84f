"""Revision 0007: a diary whose questionnaires were kept at 0006 upgrades and keeps working.

The stored content (a plain sum) still reads and scores as before, the stored totals stay, a
new questionnaire may be answered for the last 28 days and a total may have decimals.
"""

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest

from masto_diary.errors import ValidationError
from masto_diary.exchange.questionnaire import read_questionnaire
from masto_diary.services import questionnaires
from masto_diary.storage import DIARY_FILENAME, migrate, open_diary

DOCS = Path(__file__).resolve().parents[2] / "docs"
OLD_CONTENT = json.loads((DOCS / "questionnaire-example.json").read_text("utf-8"))
OLD_CONTENT["instructions"] = OLD_CONTENT.get("instructions", "")  # as 0006 stored it


@pytest.fixture
def upgraded(tmp_path: Path):
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    path = folder / DIARY_FILENAME
    migrate.upgrade(path, "0006_questionnaires")
    connection = sqlite3.connect(path)
    with connection:
        connection.execute(
            "INSERT INTO child (id, name, birth_date, diagnosis, clinic, notes, archived, "
            "condition) VALUES (1, 'Anna', '2016-05-01', 'cutaneous', '', '', 0, 'mastocytosis')"
        )
        connection.execute(
            "INSERT INTO clinic_questionnaire (id, child_id, key, title, recall, content, "
            "loaded_at) VALUES (1, 1, 'weekly-skin-check', 'Weekly skin check (example)', "
            "'weekly', ?, '2026-11-01 10:00:00.000000')",
            (json.dumps(OLD_CONTENT, sort_keys=True),),
        )
        connection.execute(
            "INSERT INTO questionnaire_answer (questionnaire_id, date, answers, total, band) "
            "VALUES (1, '2026-11-02', ?, 4, 'some trouble'), (1, '2026-11-09', ?, NULL, NULL)",
            (
                json.dumps({"itch_bother": 1, "night_waking": 1, "missed_plans": 1, "control": 1}),
                json.dumps({"itch_bother": 1}),
            ),
        )
    connection.close()
    diary = open_diary(folder, auto_backup=False)
    yield diary
    diary.close()


def test_the_upgrade_keeps_the_kept_questionnaire_and_its_totals(upgraded):
    with sqlite3.connect(upgraded.path) as connection:
        assert migrate.read_revision(connection) == migrate.HEAD_REVISION
    (kept,) = questionnaires.questionnaires(upgraded, 1)
    given = questionnaires.answers(upgraded, kept.id)
    assert [(a.date, a.total, a.band) for a in given] == [
        (dt.date(2026, 11, 2), 4.0, "some trouble"),
        (dt.date(2026, 11, 9), None, None),
    ]
    assert kept.score(dict.fromkeys((i.id for i in kept.items), 3)) == (12.0, "much trouble")
    assert questionnaires.save_answers(upgraded, kept, dt.date(2026, 11, 16), {"control": 2}) == (
        None, None
    )  # fmt: skip


def test_after_the_upgrade_a_4_weekly_questionnaire_with_decimals_is_kept(upgraded):
    control = read_questionnaire(DOCS / "questionnaire-example-urticaria-control.json").content()
    qol = read_questionnaire(DOCS / "questionnaire-example-quality-of-life.json").content()
    qol["scoring"]["decimals"] = 1
    questionnaires.keep_questionnaire(upgraded, 1, control)
    questionnaires.keep_questionnaire(upgraded, 1, qol)
    kept = {q.record.key: q for q in questionnaires.questionnaires(upgraded, 1)}
    assert kept["urticaria-control-4"].recall == "4-weekly"
    given = dict.fromkeys((i.id for i in kept["quality-of-life-27"].items), 0)
    given["skin_4"] = 1  # 1 of 108: 0.93 → 0.9
    score = questionnaires.save_answers(
        upgraded, kept["quality-of-life-27"], dt.date(2026, 12, 1), given
    )
    assert score == (0.9, "little impairment")
    (saved,) = questionnaires.answers(upgraded, kept["quality-of-life-27"].id)
    assert saved.total == 0.9


def test_a_recall_outside_the_four_is_refused_by_the_model_and_the_table(upgraded):
    bad = dict(OLD_CONTENT, id="other", recall="monthly")
    with pytest.raises(ValidationError, match="recall must be one of daily, weekly, 2-weekly"):
        questionnaires.keep_questionnaire(upgraded, 1, bad)
    with sqlite3.connect(upgraded.path) as connection, pytest.raises(sqlite3.IntegrityError):
        connection.execute(
            "INSERT INTO clinic_questionnaire (child_id, key, title, recall, content, loaded_at) "
            "VALUES (1, 'x', 'x', 'monthly', '{}', '2026-11-01 10:00:00.000000')"
        )
