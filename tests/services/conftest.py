"""Fixtures for the services' tests: a diary that already holds Anna.

Most services need a child before they can write anything.  Anna's diary is written once per
session and copied for each test; a module that wants it in place of the empty ``diary`` of
tests/conftest.py says so with a one-line ``diary`` fixture returning ``anna_diary``.
"""

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from masto_diary.models import Child
from masto_diary.services import children
from masto_diary.storage import DIARY_FILENAME, Diary, open_diary
from tests import reads


@pytest.fixture(scope="session")
def anna_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("anna")
    with open_diary(folder) as template:
        children.create_child(template, "Anna", dt.date(2016, 5, 1))
    return folder / DIARY_FILENAME


@pytest.fixture
def anna_diary(anna_template: Path, data_dir: Path) -> Iterator[Diary]:
    """A private copy of a diary holding Anna (no automatic backups)."""
    data_dir.mkdir(mode=0o700)
    shutil.copyfile(anna_template, data_dir / DIARY_FILENAME)
    with open_diary(data_dir, auto_backup=False) as opened:
        yield opened


@pytest.fixture
def anna(anna_diary: Diary) -> Child:
    return reads.find_child(anna_diary, "Anna")
