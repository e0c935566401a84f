"""The read model: every query of the app, one decoder, one frozen record per entity.

Pages, charts and the report read the diary through the services, and the services read it
here (writes go through the ORM services).  See docs/architecture.md.

    with read_model.reading(diary) as db:
        plans = read_model.plans(db, child_id)
"""

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from masto_diary.storage.read_model.queries import *  # noqa: F403  (the query functions)
from masto_diary.storage.read_model.records import *  # noqa: F403  (the record classes)

if TYPE_CHECKING:  # the diary module itself reads backups through this package
    from masto_diary.storage import Diary


@contextmanager
def reading(diary: "Diary") -> Iterator[sqlite3.Connection]:
    """A read-only connection for one ``with`` block, closed afterwards."""
    connection = diary.read_connection()
    try:
        yield connection
    finally:
        connection.close()
