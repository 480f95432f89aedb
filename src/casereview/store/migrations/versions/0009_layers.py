"""Layers: where annotations, key images and segments came from; received MDT opinions (issue 9).

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-21

Our own work has an empty ``layer``; content merged from a received package carries the
sender's institution as its layer, the package it came in and its UUID at the sender (so a
package imported again adds nothing). A partner's MDT decisions are kept apart from ours in
``received_opinions``: they never enter our decision chain and cannot be signed here.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from casereview.store.types import UTCDateTime

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_LAYERED = ("annotations", "key_images", "segments")


def upgrade() -> None:
    for table in _LAYERED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("layer", sa.String(128), nullable=False, server_default=""))
            batch.add_column(
                sa.Column("layer_package", sa.String(36), nullable=False, server_default="")
            )
            batch.add_column(
                sa.Column("origin_uuid", sa.String(36), nullable=False, server_default="")
            )
        op.create_index(f"ix_{table}_origin_uuid", table, ["origin_uuid"], unique=False)
    op.create_table(
        "received_opinions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("institution", sa.String(128), nullable=False),
        sa.Column("package_uid", sa.String(36), nullable=False),
        sa.Column("origin_uid", sa.String(36), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("signed_at", sa.String(40), nullable=False),
        sa.Column("content_json", sa.Text(), nullable=False),
        sa.Column("received_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name="fk_received_opinions_case_id_cases",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_received_opinions"),
        sa.UniqueConstraint("case_id", "origin_uid", name="uq_received_opinion"),
    )
    op.create_index("ix_received_opinions_case_id", "received_opinions", ["case_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_received_opinions_case_id", table_name="received_opinions")
    op.drop_table("received_opinions")
    for table in _LAYERED:
        op.drop_index(f"ix_{table}_origin_uuid", table_name=table)
        with op.batch_alter_table(table) as batch:
            batch.drop_column("origin_uuid")
            batch.drop_column("layer_package")
            batch.drop_column("layer")
