"""Saved 3-D views and volume-rendering presets (issue 6).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from casereview.store.types import UTCDateTime

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "saved_views_3d",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(128), nullable=False),
        sa.Column("series_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("camera_json", sa.Text(), nullable=False),
        sa.Column("preset_json", sa.Text(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["series_id"],
            ["series.id"],
            name=op.f("fk_saved_views_3d_series_id_series"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_saved_views_3d_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_saved_views_3d_created_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_saved_views_3d")),
    )
    op.create_index("ix_saved_views_3d_series_name", "saved_views_3d", ["series_id", "name"])
    op.create_index(op.f("ix_saved_views_3d_case_id"), "saved_views_3d", ["case_id"])
    op.create_table(
        "rendering_presets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(128), nullable=False),
        sa.Column("transfer_json", sa.Text(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_rendering_presets_created_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rendering_presets")),
        sa.UniqueConstraint("name", name=op.f("uq_rendering_presets_name")),
    )


def downgrade() -> None:
    op.drop_table("rendering_presets")
    op.drop_index(op.f("ix_saved_views_3d_case_id"), table_name="saved_views_3d")
    op.drop_index("ix_saved_views_3d_series_name", table_name="saved_views_3d")
    op.drop_table("saved_views_3d")
