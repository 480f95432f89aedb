"""Geometry of indexed images (position, orientation, spacing, size, frames) for volume building.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_TEXT_COLUMNS = (
    "image_position_patient",
    "image_orientation_patient",
    "pixel_spacing",
    "slice_thickness",
)
_INT_COLUMNS = ("rows", "columns", "number_of_frames")


def upgrade() -> None:
    # Rows indexed before this revision get empty geometry; re-importing their files (or the
    # volume builder, which reads headers anyway) fills it. Nothing existing is changed.
    with op.batch_alter_table("instances") as batch:
        for name in _INT_COLUMNS:
            batch.add_column(sa.Column(name, sa.Integer(), nullable=True))
        for name in _TEXT_COLUMNS:
            batch.add_column(sa.Column(name, sa.String(160), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("instances") as batch:
        for name in (*_TEXT_COLUMNS, *_INT_COLUMNS):
            batch.drop_column(name)
