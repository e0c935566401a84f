"""Questionnaires that score like real instruments: a total may be a mean or a 0-100 score with
decimals (``questionnaire_answer.total`` REAL instead of INTEGER), and a questionnaire may be
answered for the last 14 or 28 days (``recall`` '2-weekly' and '4-weekly').

The stored questionnaires keep their content unchanged: a file kept before has none of the new
scoring keys and reads as the plain sum it was (analysis/questionnaires.instrument_of), and
every stored total is a whole number, which REAL holds exactly.  SQLite cannot change a column's
type or a CHECK in place, so both tables are copied into new ones (Alembic's batch mode) and
their rows, ids and indexes kept.

Revision ID: 0007_questionnaire_scoring
Revises: 0006_questionnaires
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_questionnaire_scoring"
down_revision = "0006_questionnaires"
branch_labels = None
depends_on = None

OLD_RECALLS = "recall IN ('daily', 'weekly')"
NEW_RECALLS = "recall IN ('daily', 'weekly', '2-weekly', '4-weekly')"


def upgrade() -> None:
    with op.batch_alter_table("clinic_questionnaire", recreate="always") as batch:
        batch.drop_constraint("ck_questionnaire_recall", type_="check")
        batch.create_check_constraint("ck_questionnaire_recall", NEW_RECALLS)
    with op.batch_alter_table("questionnaire_answer", recreate="always") as batch:
        batch.alter_column("total", type_=sa.Float(), existing_type=sa.Integer())


def downgrade() -> None:
    """Back to whole totals and two recalls; refused while a row needs the new ones."""
    connection = op.get_bind()
    needing = connection.exec_driver_sql(
        "SELECT (SELECT count(*) FROM clinic_questionnaire WHERE recall NOT IN "
        "('daily', 'weekly')) + (SELECT count(*) FROM questionnaire_answer WHERE total IS NOT "
        "NULL AND total != CAST(total AS INTEGER))"
    ).scalar()
    if needing:
        raise RuntimeError(
            f"{needing} questionnaire rows use a recall or a total the older version cannot hold"
        )
    with op.batch_alter_table("questionnaire_answer", recreate="always") as batch:
        batch.alter_column("total", type_=sa.Integer(), existing_type=sa.Float())
    with op.batch_alter_table("clinic_questionnaire", recreate="always") as batch:
        batch.drop_constraint("ck_questionnaire_recall", type_="check")
        batch.create_check_constraint("ck_questionnaire_recall", OLD_RECALLS)
