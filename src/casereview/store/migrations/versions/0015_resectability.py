"""Resectability assessments: contact runs and versioned assessments (issue 16).

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-04

``contact_runs`` keeps each automatic measurement of the tumour's contact with the vessels;
``resectability_versions`` keeps every version of a case's assessment (measurements with a
person's overrides, findings, the suggestion shown), each with the SHA-256 a decision cites.
Both are append-only: triggers refuse UPDATE, so a cited version cannot be rewritten in place
(a change is a new version). ``layer`` and its companions mark an assessment received from a
partner in a package (the sender's layer, kept apart from ours). Existing databases get two
empty tables.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from casereview.store.types import UTCDateTime

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

_TABLES = ("contact_runs", "resectability_versions")
_APPEND_ONLY_MESSAGE = "resectability assessments are append-only; record a new version"


def upgrade() -> None:
    op.create_table(
        "contact_runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(36), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("series_instance_uid", sa.String(64), nullable=False),
        sa.Column("segments_json", sa.Text(), nullable=False),
        sa.Column("not_found_json", sa.Text(), nullable=False),
        sa.Column("contacts_json", sa.Text(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=False),
        sa.Column("layer", sa.String(128), nullable=False, server_default=""),
        sa.Column("layer_package", sa.String(36), nullable=False, server_default=""),
        sa.Column("origin_uid", sa.String(36), nullable=False, server_default=""),
        sa.Column("origin_author", sa.String(128), nullable=False, server_default=""),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name="fk_contact_runs_case_id_cases", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name="fk_contact_runs_created_by_id_users"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_contact_runs"),
        sa.UniqueConstraint("uid", name="uq_contact_runs_uid"),
    )
    op.create_index("ix_contact_runs_case_id", "contact_runs", ["case_id"])
    op.create_index("ix_contact_runs_origin_uid", "contact_runs", ["origin_uid"])
    op.create_table(
        "resectability_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(36), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("criteria_id", sa.String(32), nullable=False),
        sa.Column("inputs_json", sa.Text(), nullable=False),
        sa.Column("suggestion_json", sa.Text(), nullable=False),
        sa.Column("content_sha256", sa.String(64), nullable=False),
        sa.Column("change_kind", sa.String(32), nullable=False),
        sa.Column("change_json", sa.Text(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=False),
        sa.Column("layer", sa.String(128), nullable=False, server_default=""),
        sa.Column("layer_package", sa.String(36), nullable=False, server_default=""),
        sa.Column("origin_uid", sa.String(36), nullable=False, server_default=""),
        sa.Column("origin_author", sa.String(128), nullable=False, server_default=""),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name="fk_resectability_versions_case_id_cases",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["run_id"], ["contact_runs.id"], name="fk_resectability_versions_run_id_contact_runs"
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name="fk_resectability_versions_created_by_id_users"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_resectability_versions"),
        sa.UniqueConstraint("uid", name="uq_resectability_versions_uid"),
        sa.UniqueConstraint("case_id", "layer", "number", name="uq_resectability_version"),
    )
    op.create_index("ix_resectability_versions_case_id", "resectability_versions", ["case_id"])
    op.create_index("ix_resectability_versions_run_id", "resectability_versions", ["run_id"])
    op.create_index(
        "ix_resectability_versions_origin_uid", "resectability_versions", ["origin_uid"]
    )
    _refuse_updates()


def _refuse_updates() -> None:
    """A stored run or version is never changed: a change is a new version."""
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for table in _TABLES:
            op.execute(
                f"CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{_APPEND_ONLY_MESSAGE}'); END"
            )
    elif dialect == "postgresql":
        op.execute(
            "CREATE FUNCTION resectability_refuse_update() RETURNS trigger LANGUAGE plpgsql "
            f"AS $$ BEGIN RAISE EXCEPTION '{_APPEND_ONLY_MESSAGE}'; END $$"
        )
        for table in _TABLES:
            op.execute(
                f"CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION resectability_refuse_update()"
            )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table in _TABLES:
        op.execute(
            f"DROP TRIGGER IF EXISTS {table}_no_update"
            + (f" ON {table}" if dialect == "postgresql" else "")
        )
    if dialect == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS resectability_refuse_update()")
    op.drop_table("resectability_versions")
    op.drop_table("contact_runs")
