"""Schema revisions: which revision a file has, and bringing it to the newest one.

``HEAD_REVISION`` is a constant so that opening an up-to-date diary (the usual case) never
imports Alembic, which keeps start-up fast; a test checks it matches the migration scripts.
"""

import sqlite3
from pathlib import Path

HEAD_REVISION = "0007_questionnaire_scoring"
MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def alembic_config():
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def known_revisions() -> list[str]:
    """All revisions shipped with this version, oldest first."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def read_revision(connection: sqlite3.Connection) -> str | None:
    """The revision stamped in a diary, or None when it has no ``alembic_version`` table."""
    if not has_table(connection, "alembic_version"):
        return None
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def has_table(connection: sqlite3.Connection, name: str) -> bool:
    """Whether the file has a table of that name (what a schema looks for before it reads)."""
    query = "SELECT 1 FROM sqlite_master WHERE type='table' AND name=?"
    return connection.execute(query, (name,)).fetchone() is not None


def upgrade(path: Path, target: str = "head") -> None:
    """Run the migrations up to ``target`` on the diary at ``path``, in one transaction.

    Foreign keys are switched off meanwhile: SQLite can only change most column definitions by
    copying a table and dropping the old one, and with foreign keys on that drop would cascade
    and delete the child's whole history.  ``foreign_key_check`` afterwards proves nothing
    dangles; on any problem the transaction is rolled back and the file stays as it was.
    """
    from alembic import command
    from sqlalchemy import create_engine, event

    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _migration_pragmas)
    event.listen(engine, "begin", _begin)
    config = alembic_config()
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, target)
            dangling = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if dangling:
                raise RuntimeError(f"migration left {len(dangling)} dangling references")
    finally:
        engine.dispose()


def _migration_pragmas(dbapi_connection, _record) -> None:
    dbapi_connection.execute("PRAGMA foreign_keys=OFF")
    dbapi_connection.execute("PRAGMA journal_mode=WAL")
    dbapi_connection.execute("PRAGMA synchronous=FULL")
    # Python's sqlite3 only opens a transaction before INSERT/UPDATE/DELETE, so the CREATE TABLE
    # of a batch migration would be committed at once and survive a rollback.  Take over:
    # no implicit transactions, and an explicit BEGIN in _begin (SQLAlchemy's pysqlite recipe).
    dbapi_connection.isolation_level = None


def _begin(connection) -> None:
    connection.exec_driver_sql("BEGIN")
