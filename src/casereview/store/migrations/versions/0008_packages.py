"""Exchange packages: imported and exported packages, pseudonym mappings, institution keys (issue 9).

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from casereview.store.types import UTCDateTime

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "exchange_packages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("package_uid", sa.String(36), nullable=False),
        sa.Column("direction", sa.String(8), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("institution", sa.String(128), nullable=False),
        sa.Column("key_fingerprint", sa.String(64), nullable=False),
        sa.Column("verification", sa.String(16), nullable=False),
        sa.Column("package_created_at", sa.String(40), nullable=False),
        sa.Column("recorded_at", UTCDateTime(), nullable=False),
        sa.Column("file_count", sa.Integer(), nullable=False),
        sa.Column("image_count", sa.Integer(), nullable=False),
        sa.Column("options_json", sa.Text(), nullable=False),
        sa.Column("storage_path", sa.Text(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name="fk_exchange_packages_case_id_cases"
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name="fk_exchange_packages_user_id_users"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_exchange_packages"),
        sa.UniqueConstraint("package_uid", "direction", name="uq_exchange_package"),
    )
    op.create_index(
        "ix_exchange_packages_package_uid", "exchange_packages", ["package_uid"], unique=False
    )
    op.create_table(
        "exchange_pseudonyms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("package_id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("pseudonym", sa.String(64), nullable=False),
        sa.Column("date_shift_days", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["package_id"],
            ["exchange_packages.id"],
            name="fk_exchange_pseudonyms_package_id_exchange_packages",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["patient_id"], ["patients.id"], name="fk_exchange_pseudonyms_patient_id_patients"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_exchange_pseudonyms"),
    )
    op.create_index(
        "ix_exchange_pseudonyms_package_id", "exchange_pseudonyms", ["package_id"], unique=False
    )
    op.create_index(
        "ix_exchange_pseudonyms_patient_id", "exchange_pseudonyms", ["patient_id"], unique=False
    )
    op.create_index(
        "ix_exchange_pseudonyms_pseudonym", "exchange_pseudonyms", ["pseudonym"], unique=False
    )
    op.create_table(
        "exchange_uid_mappings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("package_id", sa.Integer(), nullable=False),
        sa.Column("original_uid", sa.String(64), nullable=False),
        sa.Column("replacement_uid", sa.String(64), nullable=False),
        sa.ForeignKeyConstraint(
            ["package_id"],
            ["exchange_packages.id"],
            name="fk_exchange_uid_mappings_package_id_exchange_packages",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_exchange_uid_mappings"),
    )
    for column in ("package_id", "original_uid", "replacement_uid"):
        op.create_index(
            f"ix_exchange_uid_mappings_{column}", "exchange_uid_mappings", [column], unique=False
        )


def downgrade() -> None:
    op.drop_table("exchange_uid_mappings")
    op.drop_table("exchange_pseudonyms")
    op.drop_index("ix_exchange_packages_package_uid", table_name="exchange_packages")
    op.drop_table("exchange_packages")
