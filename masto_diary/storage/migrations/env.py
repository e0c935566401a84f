"""Alembic environment: always runs on a connection handed over by masto_diary.storage.

Migrations never open a connection of their own, so the same PRAGMAs apply and a test can
run them on a temporary file.
"""

from alembic import context
from sqlmodel import SQLModel

import masto_diary.models  # noqa: F401  (registers the tables on SQLModel.metadata)

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
)
with context.begin_transaction():
    context.run_migrations()
