"""The read model: every query of the app, one decoder, one frozen record per entity.

Pages, charts and the report read the diary through the services, and the services read it
here (writes go through the ORM services).  See docs/architecture.md.

    with read_model.reading(diary) as db:
        plans = read_model.plans(db, child_id)
"""

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol

from masto_diary.storage.read_model.queries import *  # noqa: F403  (the query functions)
from masto_diary.storage.read_model.records import *  # noqa: F403  (the record classes)


class Readable(Protocol):
    """What a read needs of a diary (:class:`~masto_diary.storage.diary.Diary` is one).

    Named by what it does rather than imported: the diary takes backups, and the backups read
    their contents here, so importing the diary would close an import cycle.
    """

    def read_connection(self) -> sqlite3.Connection: ...


@contextmanager
def reading(diary: Readable) -> Iterator[sqlite3.Connection]:
    """A read-only connection for one ``with`` block, closed afterwards."""
    connection = diary.read_connection()
    try:
        yield connection
    finally:
        connection.close()
