"""Folder sync: every record gets a stable uid; the change journal and sync settings.

Existing diaries get a random uid for every row of every data table here (link tables derive
theirs from the two rows they join, see masto_diary/sync/rows.py).

Revision ID: 0005_sync_ids
Revises: 0004_growth_height
Create Date: 2026-12-04
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0005_sync_ids"
down_revision = "0004_growth_height"
branch_labels = None
depends_on = None

ID_TABLES = (
    "child",
    "weight_record",
    "symptom_definition",
    "daily_entry",
    "symptom_score",
    "trigger",
    "episode",
    "treatment_plan",
    "injection",
    "medication",
    "lab_result",
    "clinic_visit",
)


def upgrade() -> None:
    identity = op.create_table(
        "sync_identity",
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "row_id"),
        sa.UniqueConstraint("uid", name="uq_sync_identity_uid"),
    )
    op.create_table(
        "sync_change",
        sa.Column("device", sa.String(length=32), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("record", sa.String(), nullable=False),
        sa.Column("sent", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("device", "seq"),
    )
    with op.batch_alter_table("sync_change") as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_change_uid"), ["uid"], unique=False)
    op.create_table(
        "sync_setting",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("value", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    connection = op.get_bind()
    for table in ID_TABLES:
        ids = connection.exec_driver_sql(f'SELECT id FROM "{table}" ORDER BY id').fetchall()
        rows = [{"table_name": table, "row_id": i, "uid": uuid.uuid4().hex} for (i,) in ids]
        if rows:
            op.bulk_insert(identity, rows)


def downgrade() -> None:
    op.drop_table("sync_setting")
    op.drop_table("sync_change")
    op.drop_table("sync_identity")
