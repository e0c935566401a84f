"""Two carers answer the same questionnaire on the same day: one record, the later kept."""

import datetime as dt
import json
from pathlib import Path

from masto_diary.services import questionnaires
from masto_diary.sync import share
from tests import reads
from tests.sync.two_laptops import sync

DAY = dt.date(2026, 3, 1)
EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "questionnaire-example.json"


def test_the_same_questionnaire_and_day_on_two_laptops_meet_as_one(laptops) -> None:
    kitchen, study, _ = laptops
    content = json.loads(EXAMPLE.read_text("utf-8"))
    for diary, value in ((kitchen, 1), (study, 2)):
        anna = reads.find_child(diary, "Anna")
        with share.attached(diary):
            questionnaires.keep_questionnaire(diary, anna.id, content)
            (kept,) = questionnaires.questionnaires(diary, anna.id)
            questionnaires.save_answers(diary, kept, DAY, {i.id: value for i in kept.items})
    results = [sync(kitchen), sync(study), sync(kitchen)]
    assert [r.held_back for r in results] == [[], [], []]
    for diary in (kitchen, study):
        (kept,) = questionnaires.questionnaires(diary, reads.find_child(diary, "Anna").id)
        (saved,) = questionnaires.answers(diary, kept.id)
        assert saved.total == 2 * len(kept.items)  # the later save (study's) is kept
