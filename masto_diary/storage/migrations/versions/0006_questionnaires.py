"""A child's clinic questionnaires (the file's content kept) and the answers given to them.

Revision ID: 0006_questionnaires
Revises: 0006_height_ids
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_questionnaires"
down_revision = "0006_height_ids"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "clinic_questionnaire",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=50), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("recall", sa.String(length=10), nullable=False),
        sa.Column("content", sa.String(), nullable=False),
        sa.Column("loaded_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("recall IN ('daily', 'weekly')", name="ck_questionnaire_recall"),
        sa.ForeignKeyConstraint(["child_id"], ["child.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("child_id", "key", name="uq_questionnaire_child_key"),
    )
    op.create_index("ix_clinic_questionnaire_child_id", "clinic_questionnaire", ["child_id"])
    op.create_table(
        "questionnaire_answer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("questionnaire_id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("answers", sa.String(), nullable=False),
        sa.Column("total", sa.Integer(), nullable=True),
        sa.Column("band", sa.String(length=300), nullable=True),
        sa.ForeignKeyConstraint(
            ["questionnaire_id"], ["clinic_questionnaire.id"], ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("questionnaire_id", "date", name="uq_questionnaire_answer_date"),
    )
    op.create_index(
        "ix_questionnaire_answer_questionnaire_id", "questionnaire_answer", ["questionnaire_id"]
    )


def downgrade() -> None:
    op.drop_index("ix_questionnaire_answer_questionnaire_id", table_name="questionnaire_answer")
    op.drop_table("questionnaire_answer")
    op.drop_index("ix_clinic_questionnaire_child_id", table_name="clinic_questionnaire")
    op.drop_table("clinic_questionnaire")
