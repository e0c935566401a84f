"""Real diaries, random aggregate edits, random syncs: both laptops end equal, holding the rows
the model says (``aggregates.expected_rows`` of everything journalled).

Two carers save and delete the same evenings with random scores, log, edit and delete
episodes with random symptoms and triggers, and add the same triggers by name, syncing in a
random order; after both have read everything their JSON exports are equal, and every
evening's scores and every episode's symptoms and triggers are exactly what the merge rules
say.  The shared pair is made once and copied back for each example (a share and a join per
example would take seconds each).
"""

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from masto_diary.exchange.json_format import export_document
from masto_diary.services import children, entries, episodes
from masto_diary.storage import open_diary
from masto_diary.sync import share
from masto_diary.sync.aggregates import PART_TABLES, expected_rows
from masto_diary.sync.merge import Merged
from masto_diary.sync.record import ChangeRecord
from tests import reads
from tests.sync.two_laptops import PASS, sync

DAYS = [dt.date(2026, 3, 1), dt.date(2026, 3, 2)]
SYMPTOMS = ["itching", "flushing", "skin_lesions"]
TRIGGERS = ["heat", "Heat", "dust"]
START = dt.datetime(2026, 3, 1, 18, 0, tzinfo=dt.UTC)

step = st.tuples(
    st.sampled_from(
        ["evening", "no evening", "episode", "edit episode", "no episode", "trigger", "sync"]
    ),  # fmt: skip
    st.integers(0, 1),  # which laptop
    st.integers(0, 2**12),
)


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """Kitchen shares a diary holding Anna, study joined it (made once)."""
    base = tmp_path_factory.mktemp("pair")
    (base / "Sync").mkdir()
    kitchen = open_diary(base / "kitchen", auto_backup=False)
    children.create_child(kitchen, "Anna", dt.date(2016, 5, 1))
    share.share(kitchen, base / "Sync", PASS, "kitchen laptop")
    study = open_diary(base / "study", auto_backup=False)
    share.join(study, base / "Sync", PASS, "study laptop")
    kitchen.close()
    study.close()
    return base


def _fresh(template: Path) -> list:
    """The pair as it was just after the join (same paths: the diaries name the folder)."""
    work = template.parent / (template.name + "-work")
    if work.exists():
        shutil.rmtree(work)
    shutil.copytree(template, work)
    for name in ("kitchen", "study", "Sync"):
        shutil.rmtree(template / name)
        shutil.copytree(work / name, template / name)
    return [open_diary(template / name, auto_backup=False) for name in ("kitchen", "study")]


def _do(diary, kind: str, n: int) -> None:
    anna = reads.find_child(diary, "Anna").id
    day = DAYS[n % 2]
    with share.attached(diary):
        if kind == "evening":
            scores = {key: (n >> i) % 4 for i, key in enumerate(SYMPTOMS) if (n >> (i + 4)) % 2}
            entries.save_entry(diary, anna, day, scores, notes=f"n{n}")
        elif kind == "no evening":
            entries.delete_entry(diary, anna, day)
        elif kind == "trigger":
            children.add_trigger(diary, anna, TRIGGERS[n % 3])
        else:
            _episode(diary, anna, kind, n)


def _episode(diary, anna: int, kind: str, n: int) -> None:
    logged = episodes.list_episodes(diary, anna)
    if kind == "no episode":
        if logged:
            episodes.delete_episode(diary, logged[n % len(logged)].id)
        return
    target = logged[n % len(logged)].id if kind == "edit episode" and logged else None
    episodes.log_episode(
        diary, anna, START + dt.timedelta(hours=n % 5), "flush",
        symptom_keys=[key for i, key in enumerate(SYMPTOMS) if (n >> i) % 2],
        trigger_labels=[label for i, label in enumerate(TRIGGERS) if (n >> (i + 3)) % 2],
        notes=f"n{n}", episode_id=target,
    )  # fmt: skip


def _export(diary) -> dict:
    document = export_document(diary)
    document.pop("exported_at")
    return document


def _parts_held(diary) -> dict[tuple[str, ...], object]:
    """Every score and link of the diary, named by uids as the model names them."""
    connection = sqlite3.connect(diary.path)
    try:
        uid = dict(
            ((table, row_id), uid)
            for table, row_id, uid in connection.execute(
                "SELECT table_name, row_id, uid FROM sync_identity"
            )
        )
        found = {}
        for table, (root, part) in PART_TABLES.items():
            value = part.value_column or "1"
            query = f'SELECT {part.root_column}, {part.member_column}, {value} FROM "{table}"'
            for root_id, member_id, held in connection.execute(query):
                key = (table, uid[(root, root_id)], uid[(part.member_table, member_id)])
                found[key] = held if part.value_column else True
        return found
    finally:
        connection.close()


def _expected_parts(diary) -> dict[tuple[str, ...], object]:
    connection = sqlite3.connect(diary.path)
    try:
        merged = Merged()
        merged.add_all(
            ChangeRecord.from_json(text)
            for (text,) in connection.execute("SELECT record FROM sync_change")
        )
    finally:
        connection.close()
    return {key: value for key, value in expected_rows(merged.winners()).items() if len(key) == 3}


@settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=st.lists(step, min_size=1, max_size=12))
def test_random_aggregate_edits_on_two_laptops_end_equal_and_as_the_model_says(steps, template):
    laptops = _fresh(template)
    try:
        for kind, who, n in steps:
            if kind == "sync":
                sync(laptops[who])
            else:
                _do(laptops[who], kind, n)
        for diary in [*laptops, *laptops]:
            results = sync(diary)
            assert results.held_back == []
        assert _export(laptops[0]) == _export(laptops[1])
        for diary in laptops:
            assert _parts_held(diary) == _expected_parts(diary)
        anna = reads.find_child(laptops[0], "Anna").id
        labels = [t.label.casefold() for t in children.triggers(laptops[0], anna)]
        assert len(labels) == len(set(labels))  # "heat" and "Heat" made on two laptops: once
    finally:
        for diary in laptops:
            diary.close()
