"""Initial schema: every table of the first release (docs/architecture.md lists them).

Frozen: plain SQLAlchemy types only, so later model changes never alter this revision.

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "child",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=False),
        sa.Column(
            "sex",
            sa.Enum(
                "female",
                "male",
                "other",
                name="ck_sex",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column(
            "diagnosis",
            sa.Enum(
                "cutaneous",
                "indolent_systemic",
                "smouldering_systemic",
                "other",
                "unknown",
                name="ck_diagnosis",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("clinic", sa.String(), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name", name="uq_child_name"),
    )
    op.create_table(
        "clinic_visit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("clinician", sa.String(), nullable=False),
        sa.Column("questions", sa.String(), nullable=False),
        sa.Column("outcome", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["child_id"], ["child.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("clinic_visit", schema=None) as batch_op:
        batch_op.create_index("ix_visit_child_date", ["child_id", "date"], unique=False)

    op.create_table(
        "daily_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("wellbeing", sa.Integer(), nullable=True),
        sa.Column("school_missed", sa.Boolean(), nullable=False),
        sa.Column("sleep_disturbed", sa.Boolean(), nullable=False),
        sa.Column(
            "reported_by",
            sa.Enum(
                "parent",
                "child",
                "other_carer",
                name="ck_reporter",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("notes", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "wellbeing IS NULL OR wellbeing BETWEEN 0 AND 10", name="ck_entry_wellbeing"
        ),
        sa.ForeignKeyConstraint(["child_id"], ["child.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("child_id", "date", name="uq_entry_child_date"),
    )
    with op.batch_alter_table("daily_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_daily_entry_child_id"), ["child_id"], unique=False)

    op.create_table(
        "episode",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.Column(
            "kind",
            sa.Enum(
                "flush",
                "itch",
                "hives_blisters",
                "gastrointestinal",
                "anaphylaxis",
                "other",
                name="ck_episodekind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "severity",
            sa.Enum(
                "mild",
                "moderate",
                "severe",
                name="ck_severity",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("rescue_antihistamine", sa.Boolean(), nullable=False),
        sa.Column("rescue_steroid", sa.Boolean(), nullable=False),
        sa.Column("rescue_epinephrine", sa.Boolean(), nullable=False),
        sa.Column("rescue_emergency_visit", sa.Boolean(), nullable=False),
        sa.Column("rescue_notes", sa.String(), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.CheckConstraint("ended_at IS NULL OR ended_at >= started_at", name="ck_episode_order"),
        sa.ForeignKeyConstraint(["child_id"], ["child.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("episode", schema=None) as batch_op:
        batch_op.create_index("ix_episode_child_started", ["child_id", "started_at"], unique=False)

    op.create_table(
        "lab_result",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("taken_on", sa.Date(), nullable=False),
        sa.Column(
            "analyte",
            sa.Enum(
                "tryptase",
                "total_ige",
                "kit_d816v",
                "custom",
                name="ck_analyte",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("custom_name", sa.String(), nullable=False),
        sa.Column("unit", sa.String(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("ref_low", sa.Float(), nullable=True),
        sa.Column("ref_high", sa.Float(), nullable=True),
        sa.Column("notes", sa.String(), nullable=False),
        sa.CheckConstraint("value >= 0", name="ck_lab_value"),
        sa.ForeignKeyConstraint(["child_id"], ["child.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("lab_result", schema=None) as batch_op:
        batch_op.create_index("ix_lab_child_taken", ["child_id", "taken_on"], unique=False)

    op.create_table(
        "medication",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column(
            "drug_class",
            sa.Enum(
                "h1_antihistamine",
                "h2_antihistamine",
                "cromolyn",
                "leukotriene_antagonist",
                "corticosteroid_oral",
                "corticosteroid_topical",
                "epinephrine",
                "other",
                name="ck_drugclass",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("dose", sa.Float(), nullable=False),
        sa.Column("unit", sa.String(), nullable=False),
        sa.Column("frequency", sa.String(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("reason", sa.String(), nullable=False),
        sa.CheckConstraint("dose >= 0", name="ck_medication_dose"),
        sa.ForeignKeyConstraint(["child_id"], ["child.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("medication", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_medication_child_id"), ["child_id"], unique=False)

    op.create_table(
        "symptom_definition",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=50), nullable=False),
        sa.Column("label", sa.String(length=100), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("scale_max", sa.Integer(), nullable=False),
        sa.CheckConstraint("scale_max BETWEEN 1 AND 10", name="ck_symptom_scale_max"),
        sa.ForeignKeyConstraint(["child_id"], ["child.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("child_id", "key", name="uq_symptom_child_key"),
    )
    with op.batch_alter_table("symptom_definition", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_symptom_definition_child_id"), ["child_id"], unique=False
        )

    op.create_table(
        "treatment_plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("drug", sa.String(), nullable=False),
        sa.Column("dose_mg", sa.Float(), nullable=False),
        sa.Column("interval_days", sa.Integer(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.CheckConstraint("dose_mg > 0", name="ck_plan_dose"),
        sa.CheckConstraint("interval_days BETWEEN 1 AND 365", name="ck_plan_interval"),
        sa.ForeignKeyConstraint(["child_id"], ["child.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("treatment_plan", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_treatment_plan_child_id"), ["child_id"], unique=False)

    op.create_table(
        "trigger",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(["child_id"], ["child.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("child_id", "label", name="uq_trigger_child_label"),
    )
    with op.batch_alter_table("trigger", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_trigger_child_id"), ["child_id"], unique=False)

    op.create_table(
        "weight_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("kg", sa.Float(), nullable=False),
        sa.CheckConstraint("kg > 0 AND kg <= 300", name="ck_weight_kg"),
        sa.ForeignKeyConstraint(["child_id"], ["child.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("child_id", "date", name="uq_weight_child_date"),
    )
    with op.batch_alter_table("weight_record", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_weight_record_child_id"), ["child_id"], unique=False)

    op.create_table(
        "episode_symptom",
        sa.Column("episode_id", sa.Integer(), nullable=False),
        sa.Column("symptom_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["episode_id"], ["episode.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["symptom_id"], ["symptom_definition.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("episode_id", "symptom_id"),
    )
    op.create_table(
        "episode_trigger",
        sa.Column("episode_id", sa.Integer(), nullable=False),
        sa.Column("trigger_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["episode_id"], ["episode.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["trigger_id"], ["trigger.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("episode_id", "trigger_id"),
    )
    op.create_table(
        "injection",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("child_id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=True),
        sa.Column("given_at", sa.DateTime(), nullable=False),
        sa.Column("dose_mg", sa.Float(), nullable=False),
        sa.Column(
            "site",
            sa.Enum(
                "left_upper_arm",
                "right_upper_arm",
                "left_thigh",
                "right_thigh",
                "left_abdomen",
                "right_abdomen",
                name="ck_injectionsite",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("lot", sa.String(), nullable=False),
        sa.Column("expiry", sa.Date(), nullable=True),
        sa.Column(
            "place",
            sa.Enum(
                "clinic",
                "home",
                name="ck_place",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("given_by", sa.String(), nullable=False),
        sa.Column(
            "local_reaction",
            sa.Enum(
                "none",
                "mild",
                "moderate",
                "severe",
                name="ck_localreaction",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("notes", sa.String(), nullable=False),
        sa.CheckConstraint("dose_mg > 0", name="ck_injection_dose"),
        sa.ForeignKeyConstraint(["child_id"], ["child.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["plan_id"], ["treatment_plan.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("injection", schema=None) as batch_op:
        batch_op.create_index("ix_injection_child_given", ["child_id", "given_at"], unique=False)

    op.create_table(
        "symptom_score",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=True),
        sa.Column("symptom_id", sa.Integer(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.CheckConstraint("score >= 0 AND score <= 10", name="ck_score_range"),
        sa.ForeignKeyConstraint(["entry_id"], ["daily_entry.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["symptom_id"], ["symptom_definition.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("entry_id", "symptom_id", name="uq_score_entry_symptom"),
    )
    with op.batch_alter_table("symptom_score", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_symptom_score_entry_id"), ["entry_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_symptom_score_symptom_id"), ["symptom_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("symptom_score", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_symptom_score_symptom_id"))
        batch_op.drop_index(batch_op.f("ix_symptom_score_entry_id"))

    op.drop_table("symptom_score")
    with op.batch_alter_table("injection", schema=None) as batch_op:
        batch_op.drop_index("ix_injection_child_given")

    op.drop_table("injection")
    op.drop_table("episode_trigger")
    op.drop_table("episode_symptom")
    with op.batch_alter_table("weight_record", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_weight_record_child_id"))

    op.drop_table("weight_record")
    with op.batch_alter_table("trigger", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trigger_child_id"))

    op.drop_table("trigger")
    with op.batch_alter_table("treatment_plan", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_treatment_plan_child_id"))

    op.drop_table("treatment_plan")
    with op.batch_alter_table("symptom_definition", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_symptom_definition_child_id"))

    op.drop_table("symptom_definition")
    with op.batch_alter_table("medication", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_medication_child_id"))

    op.drop_table("medication")
    with op.batch_alter_table("lab_result", schema=None) as batch_op:
        batch_op.drop_index("ix_lab_child_taken")

    op.drop_table("lab_result")
    with op.batch_alter_table("episode", schema=None) as batch_op:
        batch_op.drop_index("ix_episode_child_started")

    op.drop_table("episode")
    with op.batch_alter_table("daily_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_daily_entry_child_id"))

    op.drop_table("daily_entry")
    with op.batch_alter_table("clinic_visit", schema=None) as batch_op:
        batch_op.drop_index("ix_visit_child_date")

    op.drop_table("clinic_visit")
    op.drop_table("child")
