"""Patient identity: rows that share a Patient ID, identity flags, merges and splits (issue 15).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02

Patients were unique by Patient ID and issuer, and studies and series by their UIDs, so an
empty ID, an ID reused by another hospital or a Study Instance UID reused for another person
filed images under someone else. Batch mode rebuilds tables that others refer to, which
:func:`casereview.store.migrate.upgrade` allows by checking foreign keys after the migrations
instead of during them. From here on such images get their own rows and an
``identity_flags`` row for the user to merge or keep apart; ``identity_changes`` records each
merge or split so that it can be undone. Existing rows are kept as they are.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from casereview.store.types import UTCDateTime

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("patients") as batch:
        batch.drop_constraint("uq_patient", type_="unique")
        batch.add_column(sa.Column("merged_into_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            "fk_patients_merged_into_id_patients", "patients", ["merged_into_id"], ["id"]
        )
        batch.create_index(
            "ix_patients_patient_id", ["patient_id", "issuer_of_patient_id"], unique=False
        )
    with op.batch_alter_table("studies") as batch:
        batch.drop_constraint("uq_studies_study_instance_uid", type_="unique")
        batch.create_index("ix_studies_study_instance_uid", ["study_instance_uid"], unique=False)
    with op.batch_alter_table("series") as batch:
        batch.drop_constraint("uq_series_series_instance_uid", type_="unique")
        batch.create_index("ix_series_series_instance_uid", ["series_instance_uid"], unique=False)
    op.create_table(
        "identity_flags",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("reason", sa.String(32), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("other_patient_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("resolved_at", UTCDateTime(), nullable=True),
        sa.Column("resolved_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["patient_id"], ["patients.id"], name="fk_identity_flags_patient_id_patients"
        ),
        sa.ForeignKeyConstraint(
            ["other_patient_id"],
            ["patients.id"],
            name="fk_identity_flags_other_patient_id_patients",
        ),
        sa.ForeignKeyConstraint(
            ["resolved_by_id"], ["users.id"], name="fk_identity_flags_resolved_by_id_users"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_identity_flags"),
        sa.UniqueConstraint("patient_id", "other_patient_id", "reason", name="uq_identity_flag"),
    )
    op.create_index("ix_identity_flags_patient_id", "identity_flags", ["patient_id"])
    op.create_index("ix_identity_flags_other_patient_id", "identity_flags", ["other_patient_id"])
    op.create_table(
        "identity_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("source_patient_id", sa.Integer(), nullable=False),
        sa.Column("target_patient_id", sa.Integer(), nullable=False),
        sa.Column("flag_id", sa.Integer(), nullable=True),
        sa.Column("study_ids_json", sa.Text(), nullable=False),
        sa.Column("case_ids_json", sa.Text(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=False),
        sa.Column("undone_at", UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["source_patient_id"],
            ["patients.id"],
            name="fk_identity_changes_source_patient_id_patients",
        ),
        sa.ForeignKeyConstraint(
            ["target_patient_id"],
            ["patients.id"],
            name="fk_identity_changes_target_patient_id_patients",
        ),
        sa.ForeignKeyConstraint(
            ["flag_id"], ["identity_flags.id"], name="fk_identity_changes_flag_id_identity_flags"
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name="fk_identity_changes_created_by_id_users"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_identity_changes"),
    )
    op.create_index(
        "ix_identity_changes_source_patient_id", "identity_changes", ["source_patient_id"]
    )
    op.create_index(
        "ix_identity_changes_target_patient_id", "identity_changes", ["target_patient_id"]
    )


def downgrade() -> None:
    op.drop_index("ix_identity_changes_target_patient_id", table_name="identity_changes")
    op.drop_index("ix_identity_changes_source_patient_id", table_name="identity_changes")
    op.drop_table("identity_changes")
    op.drop_index("ix_identity_flags_other_patient_id", table_name="identity_flags")
    op.drop_index("ix_identity_flags_patient_id", table_name="identity_flags")
    op.drop_table("identity_flags")
    with op.batch_alter_table("series") as batch:
        batch.drop_index("ix_series_series_instance_uid")
        batch.create_unique_constraint("uq_series_series_instance_uid", ["series_instance_uid"])
    with op.batch_alter_table("studies") as batch:
        batch.drop_index("ix_studies_study_instance_uid")
        batch.create_unique_constraint("uq_studies_study_instance_uid", ["study_instance_uid"])
    with op.batch_alter_table("patients") as batch:
        batch.drop_index("ix_patients_patient_id")
        batch.drop_constraint("fk_patients_merged_into_id_patients", type_="foreignkey")
        batch.drop_column("merged_into_id")
        batch.create_unique_constraint("uq_patient", ["patient_id", "issuer_of_patient_id"])
