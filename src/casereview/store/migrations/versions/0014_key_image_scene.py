"""Key image scene: what a 3-D key image showed besides its camera (issue 20).

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-04

``key_images.scene_json`` keeps a 3-D key image's scene (the surfaces by segment with their
colour, opacity and visibility, the volume rendering's transfer function, planes, crop box and
clipping plane) so it is drawn again as it was flagged. Key images flagged before keep "" and
are drawn as before (the case's visible segments).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("key_images") as batch:
        batch.add_column(sa.Column("scene_json", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("key_images") as batch:
        batch.drop_column("scene_json")
