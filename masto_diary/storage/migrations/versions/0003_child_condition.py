"""Each child has a condition (mastocytosis, chronic spontaneous urticaria, other).

Every child written before this revision was followed for mastocytosis, so they get that.

Revision ID: 0003_child_condition
Revises: 0002
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_child_condition"
down_revision = "0002"
branch_labels = None
depends_on = None

CONDITIONS = ("mastocytosis", "chronic_spontaneous_urticaria", "other")


def upgrade() -> None:
    with op.batch_alter_table("child") as batch_op:
        batch_op.add_column(
            sa.Column(
                "condition",
                sa.Enum(
                    *CONDITIONS,
                    name="ck_condition",
                    native_enum=False,
                    create_constraint=True,
                    length=32,
                ),
                nullable=False,
                server_default="mastocytosis",
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("child") as batch_op:
        batch_op.drop_column("condition")
