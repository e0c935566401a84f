"""SQLAlchemy engine for one diary file, with the PRAGMAs every connection needs.

``synchronous=FULL`` with WAL means a save that returned is on disk even after a power cut;
``foreign_keys=ON`` is off by default in SQLite and must be set per connection.
"""

from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session

from masto_diary.errors import ValidationError

CONNECTION_PRAGMAS = (
    "PRAGMA foreign_keys=ON",
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA busy_timeout=5000",
)


def make_engine(path: Path, read_only: bool = False) -> Engine:
    """An engine whose every connection carries :data:`CONNECTION_PRAGMAS`.

    A diary the user made read-only is read through SQLite's read-only URI, with
    ``query_only`` on, so no code path can write it (not even as the administrator).
    """
    if read_only:
        from masto_diary.storage.paths import read_only_uri

        engine = create_engine(
            f"sqlite:///{read_only_uri(path)}&uri=true",
            connect_args={"check_same_thread": False},
        )
        event.listen(engine, "connect", _apply_read_only_pragmas)
        return engine
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False},
    )
    event.listen(engine, "connect", _apply_pragmas)
    return engine


def _apply_read_only_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA query_only=ON")
    cursor.close()


def _apply_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    for pragma in CONNECTION_PRAGMAS:
        cursor.execute(pragma)
    cursor.close()


def _check_rows(session: Session, _flush_context, _instances) -> None:
    """Run each new or changed row's ``check()`` so nothing invalid is written."""
    for row in list(session.new) + list(session.dirty):
        check = getattr(row, "check", None)
        if check is not None:
            check()


def install_validation() -> None:
    """Hook :func:`_check_rows` into every ORM session (idempotent)."""
    if not event.contains(Session, "before_flush", _check_rows):
        event.listen(Session, "before_flush", _check_rows)


install_validation()

__all__ = ["CONNECTION_PRAGMAS", "ValidationError", "install_validation", "make_engine"]
