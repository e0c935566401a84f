"""Folder sync: heights get their uid too (0005_sync_ids listed its tables by hand and missed
``height_record``, added by 0004_growth_height).

Only rows without a uid get one, so a diary whose heights were already journalled keeps theirs.

Revision ID: 0006_height_ids
Revises: 0005_sync_ids
Create Date: 2026-12-04
"""

import uuid

revision = "0006_height_ids"
down_revision = "0005_sync_ids"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from alembic import op

    connection = op.get_bind()
    ids = connection.exec_driver_sql(
        'SELECT id FROM "height_record" WHERE id NOT IN '
        "(SELECT row_id FROM sync_identity WHERE table_name = 'height_record') ORDER BY id"
    ).fetchall()
    if ids:
        connection.exec_driver_sql(
            "INSERT INTO sync_identity (table_name, row_id, uid) VALUES ('height_record', ?, ?)",
            [(row_id, uuid.uuid4().hex) for (row_id,) in ids],
        )


def downgrade() -> None:
    """Nothing to undo: a uid more is harmless to 0005's tables."""
