"""The kitchen laptop shares a diary holding Anna; the study laptop joined it."""

import datetime as dt
from pathlib import Path

import pytest

from masto_diary.services import children
from masto_diary.storage import open_diary
from masto_diary.sync import share
from tests.sync.two_laptops import PASS


@pytest.fixture
def laptops(tmp_path: Path):
    shared = tmp_path / "Sync"
    shared.mkdir()
    kitchen = open_diary(tmp_path / "kitchen", auto_backup=False)
    children.create_child(kitchen, "Anna", dt.date(2016, 5, 1))
    share.share(kitchen, shared, PASS, "kitchen laptop")
    study = open_diary(tmp_path / "study", auto_backup=False)
    result = share.join(study, shared, PASS, "study laptop")
    assert result.applied > 0
    yield kitchen, study, shared
    kitchen.close()
    study.close()
