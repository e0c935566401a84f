"""Heights for the growth chart: one per child and day, like weights.

Revision ID: 0004_growth_height
Revises: 0003_child_condition
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_growth_height"
down_revision = "0003_child_condition"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "height_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("cm", sa.Float(), nullable=False),
        sa.CheckConstraint("cm > 0 AND cm <= 250", name="ck_height_cm"),
        sa.ForeignKeyConstraint(["child_id"], ["child.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("child_id", "date", name="uq_height_child_date"),
    )
    op.create_index("ix_height_record_child_id", "height_record", ["child_id"])


def downgrade() -> None:
    op.drop_index("ix_height_record_child_id", table_name="height_record")
    op.drop_table("height_record")
