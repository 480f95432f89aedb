"""Annotations, key images and segmentations (issue 7).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from casereview.store.types import UTCDateTime

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

UID = 64


def _case_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["case_id"], ["cases.id"], name=op.f(f"fk_{table}_case_id_cases"), ondelete="CASCADE"
    )


def _user_fk(table: str, column: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], ["users.id"], name=op.f(f"fk_{table}_{column}_users"))


def upgrade() -> None:
    op.create_table(
        "annotations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("label", sa.String(200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("points_json", sa.Text(), nullable=False),
        sa.Column("series_instance_uid", sa.String(UID), nullable=False),
        sa.Column("sop_instance_uid", sa.String(UID), nullable=False),
        sa.Column("frame_of_reference_uid", sa.String(UID), nullable=False),
        sa.Column("frame_number", sa.Integer(), nullable=True),
        sa.Column("measurements_json", sa.Text(), nullable=False),
        sa.Column("visible", sa.Boolean(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("modified_by_id", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("modified_at", UTCDateTime(), nullable=False),
        sa.Column("deleted_at", UTCDateTime(), nullable=True),
        _case_fk("annotations"),
        _user_fk("annotations", "author_id"),
        _user_fk("annotations", "modified_by_id"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_annotations")),
        sa.UniqueConstraint("uuid", name=op.f("uq_annotations_uuid")),
    )
    op.create_index(op.f("ix_annotations_case_id"), "annotations", ["case_id"])
    op.create_table(
        "key_images",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("series_instance_uid", sa.String(UID), nullable=False),
        sa.Column("sop_instance_uid", sa.String(UID), nullable=False),
        sa.Column("frame_of_reference_uid", sa.String(UID), nullable=False),
        sa.Column("frame_number", sa.Integer(), nullable=True),
        sa.Column("orientation", sa.String(16), nullable=False),
        sa.Column("plane_json", sa.Text(), nullable=False),
        sa.Column("camera_json", sa.Text(), nullable=False),
        sa.Column("window_center", sa.Float(), nullable=False),
        sa.Column("window_width", sa.Float(), nullable=False),
        sa.Column("zoom_mm", sa.Float(), nullable=False),
        sa.Column("caption", sa.Text(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("deleted_at", UTCDateTime(), nullable=True),
        _case_fk("key_images"),
        _user_fk("key_images", "author_id"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_key_images")),
        sa.UniqueConstraint("uuid", name=op.f("uq_key_images_uuid")),
    )
    op.create_index(op.f("ix_key_images_case_id"), "key_images", ["case_id"])
    op.create_table(
        "segments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("category_value", sa.String(64), nullable=False),
        sa.Column("category_scheme", sa.String(16), nullable=False),
        sa.Column("category_meaning", sa.String(64), nullable=False),
        sa.Column("type_value", sa.String(64), nullable=False),
        sa.Column("type_scheme", sa.String(16), nullable=False),
        sa.Column("type_meaning", sa.String(64), nullable=False),
        sa.Column("colour", sa.String(7), nullable=False),
        sa.Column("series_instance_uid", sa.String(UID), nullable=False),
        sa.Column("frame_of_reference_uid", sa.String(UID), nullable=False),
        sa.Column("visible", sa.Boolean(), nullable=False),
        sa.Column("grid_shape", sa.String(64), nullable=False),
        sa.Column("mask_box", sa.String(128), nullable=False),
        sa.Column("mask", sa.LargeBinary(), nullable=False),
        sa.Column("voxel_count", sa.Integer(), nullable=False),
        sa.Column("volume_ml", sa.Float(), nullable=False),
        sa.Column("diameters_json", sa.Text(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("modified_by_id", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("modified_at", UTCDateTime(), nullable=False),
        sa.Column("deleted_at", UTCDateTime(), nullable=True),
        _case_fk("segments"),
        _user_fk("segments", "author_id"),
        _user_fk("segments", "modified_by_id"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_segments")),
        sa.UniqueConstraint("uuid", name=op.f("uq_segments_uuid")),
        sa.UniqueConstraint("case_id", "number", name="uq_segments_case_number"),
    )
    op.create_index(op.f("ix_segments_case_id"), "segments", ["case_id"])


def downgrade() -> None:
    op.drop_table("segments")
    op.drop_table("key_images")
    op.drop_table("annotations")
