"""Liver resection plans and Couinaud landmarks kept with the case (issue 17).

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-04

``liver_plan_versions`` keeps every saved liver plan of a case (inputs, result, the SHA-256 a
decision cites, author, note, and the partner institution for a plan received in a package);
``couinaud_landmark_sets`` keeps the landmarks each set of Couinaud segments was built from.
Both are append-only: triggers refuse UPDATE and DELETE of a row, so a cited plan can be
neither rewritten nor taken away (a change is a new version). Like the resectability tables of
0015, the rows belong to their case (``ON DELETE CASCADE``): the DELETE trigger lets a row go
only when its case is gone, which is how a case's deletion cascades. Existing databases get
two empty tables.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from casereview.store.types import UTCDateTime

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

_TABLES = ("liver_plan_versions", "couinaud_landmark_sets")
_APPEND_ONLY_MESSAGE = "liver plans are append-only; save a new version"
# A row may go only with its case (the cascade of a case's deletion runs after the case's row
# is gone, on SQLite and PostgreSQL alike).
_CASE_EXISTS = "EXISTS (SELECT 1 FROM cases WHERE cases.id = OLD.case_id)"


def upgrade() -> None:
    op.create_table(
        "liver_plan_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(36), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("inputs_json", sa.Text(), nullable=False),
        sa.Column("result_json", sa.Text(), nullable=False),
        sa.Column("content_sha256", sa.String(64), nullable=False),
        sa.Column("author", sa.String(128), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False, server_default=""),
        sa.Column("origin", sa.String(128), nullable=False, server_default=""),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name="fk_liver_plan_versions_case_id_cases",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_liver_plan_versions"),
        sa.UniqueConstraint("uid", name="uq_liver_plan_versions_uid"),
        sa.UniqueConstraint("case_id", "number", name="uq_liver_plan_version"),
    )
    op.create_index("ix_liver_plan_versions_case_id", "liver_plan_versions", ["case_id"])
    op.create_table(
        "couinaud_landmark_sets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(36), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("series_instance_uid", sa.String(64), nullable=False),
        sa.Column("landmarks_json", sa.Text(), nullable=False),
        sa.Column("segments_json", sa.Text(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name="fk_couinaud_landmark_sets_case_id_cases",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name="fk_couinaud_landmark_sets_created_by_id_users"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_couinaud_landmark_sets"),
        sa.UniqueConstraint("uid", name="uq_couinaud_landmark_sets_uid"),
    )
    op.create_index("ix_couinaud_landmark_sets_case_id", "couinaud_landmark_sets", ["case_id"])
    _refuse_changes()


def _refuse_changes() -> None:
    """A stored plan or landmark set is never changed or removed: a change is a new version."""
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for table in _TABLES:
            op.execute(
                f"CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{_APPEND_ONLY_MESSAGE}'); END"
            )
            op.execute(
                f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} "
                f"WHEN {_CASE_EXISTS} "
                f"BEGIN SELECT RAISE(ABORT, '{_APPEND_ONLY_MESSAGE}'); END"
            )
    elif dialect == "postgresql":
        op.execute(
            "CREATE FUNCTION liver_plan_refuse_change() RETURNS trigger LANGUAGE plpgsql "
            "AS $$ BEGIN "
            f"IF TG_OP = 'DELETE' AND NOT {_CASE_EXISTS} THEN RETURN OLD; END IF; "
            f"RAISE EXCEPTION '{_APPEND_ONLY_MESSAGE}'; END $$"
        )
        for table in _TABLES:
            for verb in ("UPDATE", "DELETE"):
                op.execute(
                    f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
                    "FOR EACH ROW EXECUTE FUNCTION liver_plan_refuse_change()"
                )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table in _TABLES:
        for verb in ("update", "delete"):
            op.execute(
                f"DROP TRIGGER IF EXISTS {table}_no_{verb}"
                + (f" ON {table}" if dialect == "postgresql" else "")
            )
    if dialect == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS liver_plan_refuse_change()")
    op.drop_table("couinaud_landmark_sets")
    op.drop_table("liver_plan_versions")
