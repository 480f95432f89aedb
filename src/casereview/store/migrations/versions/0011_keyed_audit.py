"""Keyed audit chain with a signed head; audit record ids are never reused (issue 14).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-04

Records written so far keep their plain SHA-256 chain and are marked ``chain = 'sha256'``. The
keyed chain (HMAC-SHA256 with the installation's audit key, ``chain = 'hmac'``) continues from
the last of them. The key lives in the keys folder, which a migration cannot see, so the first
keyed record is the "database upgraded" record written when casereview opens the database
after this migration; ``audit_heads`` receives the signed head from that record on.

On SQLite the audit table is rebuilt with ``AUTOINCREMENT`` (and its append-only triggers put
back), so that deleting the newest records leaves a gap in the ids that verification reports;
on PostgreSQL the id sequence, which appends never advanced, is set past the newest record.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.schema import SchemaItem

from casereview.store.types import UTCDateTime

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

_APPEND_ONLY_MESSAGE = "audit_events is append-only"
_COPIED_COLUMNS = (
    "id, occurred_at, user_id, action, entity_type, entity_id, details_json, prev_hash, row_hash"
)


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _rebuild_sqlite_audit_table(autoincrement=True)
    else:
        op.add_column(
            "audit_events",
            sa.Column("chain", sa.String(16), nullable=False, server_default="sha256"),
        )
        if dialect == "postgresql":
            op.execute(
                "SELECT setval(pg_get_serial_sequence('audit_events', 'id'), "
                "COALESCE(MAX(id), 0) + 1, false) FROM audit_events"
            )
    op.create_table(
        "audit_heads",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_count", sa.Integer(), nullable=False),
        sa.Column("last_id", sa.Integer(), nullable=False),
        sa.Column("last_hash", sa.String(64), nullable=False),
        sa.Column("public_key", sa.String(64), nullable=False),
        sa.Column("signature", sa.String(128), nullable=False),
        sa.Column("signed_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_heads")),
    )


def _audit_table(name: str, *, autoincrement: bool, with_chain: bool) -> None:
    columns: list[SchemaItem] = [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("occurred_at", UTCDateTime(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("entity_type", sa.String(32), nullable=False),
        sa.Column("entity_id", sa.String(64), nullable=False),
        sa.Column("details_json", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False, server_default=""),
        sa.Column("row_hash", sa.String(64), nullable=False, server_default=""),
    ]
    if with_chain:
        columns.append(sa.Column("chain", sa.String(16), nullable=False, server_default="sha256"))
    op.create_table(
        name,
        *columns,
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name="fk_audit_events_user_id_users"),
        sa.PrimaryKeyConstraint("id", name="pk_audit_events"),
        sqlite_autoincrement=autoincrement,
    )


def _rebuild_sqlite_audit_table(*, autoincrement: bool) -> None:
    """Copy the trail into a table of the new shape, then put indexes and triggers back.

    The triggers go with the old table; nothing else writes during the migration's transaction.
    """
    _audit_table("audit_events_rebuilt", autoincrement=autoincrement, with_chain=autoincrement)
    op.execute(
        f"INSERT INTO audit_events_rebuilt ({_COPIED_COLUMNS}) "
        f"SELECT {_COPIED_COLUMNS} FROM audit_events ORDER BY id"
    )
    op.execute("DROP TABLE audit_events")
    op.execute("ALTER TABLE audit_events_rebuilt RENAME TO audit_events")
    op.create_index("ix_audit_events_occurred_at", "audit_events", ["occurred_at"])
    op.create_index("ix_audit_events_entity", "audit_events", ["entity_type", "entity_id"])
    for verb in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER audit_events_no_{verb.lower()} BEFORE {verb} ON audit_events "
            f"BEGIN SELECT RAISE(ABORT, '{_APPEND_ONLY_MESSAGE}'); END"
        )


def downgrade() -> None:
    op.drop_table("audit_heads")
    if op.get_bind().dialect.name == "sqlite":
        _rebuild_sqlite_audit_table(autoincrement=False)
    else:
        op.drop_column("audit_events", "chain")
