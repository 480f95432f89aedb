"""User credentials: a PIN or password per workstation user to confirm who signs (issue 20).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-04

``user_credentials`` holds, for each user who has set one, a salted scrypt hash of their PIN
or password (never the secret itself), when it was set, and the count of failed attempts and
the lockout end that slow down guessing. A user without a row has no PIN yet and is asked to
set one before they can sign.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from casereview.store.types import UTCDateTime

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "user_credentials",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("secret_hash", sa.String(255), nullable=False),
        sa.Column("set_at", UTCDateTime(), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("locked_until", UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_user_credentials_user_id_users")
        ),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_user_credentials")),
    )


def downgrade() -> None:
    op.drop_table("user_credentials")
