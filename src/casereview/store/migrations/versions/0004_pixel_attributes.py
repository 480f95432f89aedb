"""Pixel attributes of indexed images (bits, rescale, window, pixel offset) for volume building.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_TEXT_COLUMNS = (
    ("image_type", 160),
    ("rescale_slope", 64),
    ("rescale_intercept", 64),
    ("window_center", 160),
    ("window_width", 160),
    ("acquisition_number", 16),
    ("echo_numbers", 64),
    ("temporal_position", 16),
    ("spacing_between_slices", 64),
)
_INT_COLUMNS = ("samples_per_pixel", "bits_allocated", "bits_stored", "pixel_representation")


def upgrade() -> None:
    # Rows indexed before this revision keep bits_allocated NULL: the volume builder reads
    # their headers as before, and re-importing the files fills the columns. Nothing existing
    # is changed.
    with op.batch_alter_table("instances") as batch:
        for name, length in _TEXT_COLUMNS:
            batch.add_column(sa.Column(name, sa.String(length), nullable=False, server_default=""))
        for name in _INT_COLUMNS:
            batch.add_column(sa.Column(name, sa.Integer(), nullable=True))
        batch.add_column(sa.Column("pixel_data_offset", sa.BigInteger(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("instances") as batch:
        for name in ("pixel_data_offset", *_INT_COLUMNS, *(n for n, _ in _TEXT_COLUMNS)):
            batch.drop_column(name)
