"""Received origin: who made a partner's item, as they wrote the name (issue 14).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04

An annotation, key image or segment merged from a package, and a partner's MDT opinion, keep
the name of their author at the sender (``origin_author``; "" for our own work), so they are
not credited to whoever imported the package. Merged items keep their sender's times in their
own ``created_at``/``modified_at``; an opinion keeps its recording time in
``origin_created_at`` (its ``received_at`` stays the import time).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from casereview.store.types import UTCDateTime

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

_LAYERED = ("annotations", "key_images", "segments")


def upgrade() -> None:
    for table in _LAYERED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(
                sa.Column("origin_author", sa.String(128), nullable=False, server_default="")
            )
    with op.batch_alter_table("received_opinions") as batch:
        batch.add_column(
            sa.Column("origin_author", sa.String(128), nullable=False, server_default="")
        )
        batch.add_column(sa.Column("origin_created_at", UTCDateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("received_opinions") as batch:
        batch.drop_column("origin_created_at")
        batch.drop_column("origin_author")
    for table in _LAYERED:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("origin_author")
