"""Decisions cite their evidence: the assessment version, key images, annotations (issue 16).

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-06

``decision_evidence`` holds what each decision cites (kind, UID, version number, SHA-256 and a
frozen JSON snapshot of what was read). Signing freezes the citations as 0007 freezes the
decision: triggers refuse to UPDATE or DELETE the evidence of a signed decision and to INSERT
new evidence for one, whatever the client. Evidence of a draft follows the draft (changed with
it, deleted with it). Existing databases get an empty table: decisions recorded before cite
nothing.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from casereview.store.types import UTCDateTime

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

# "signed decision" is what the decision service recognises as a refusal to touch one.
_FROZEN_MESSAGE = "the evidence of a signed decision cannot be changed; record an amendment"

_SIGNED_OLD = "(SELECT signed_at FROM decisions WHERE id = OLD.decision_id) IS NOT NULL"
_SIGNED_NEW = "(SELECT signed_at FROM decisions WHERE id = NEW.decision_id) IS NOT NULL"


def upgrade() -> None:
    op.create_table(
        "decision_evidence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("decision_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("uid", sa.String(64), nullable=False),
        sa.Column("number", sa.Integer(), nullable=True),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("snapshot_json", sa.Text(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["decision_id"],
            ["decisions.id"],
            name="fk_decision_evidence_decision_id_decisions",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_decision_evidence"),
        sa.UniqueConstraint("decision_id", "kind", "uid", name="uq_decision_evidence_item"),
    )
    op.create_index("ix_decision_evidence_decision_id", "decision_evidence", ["decision_id"])
    _freeze_evidence_of_signed_decisions()


def _freeze_evidence_of_signed_decisions() -> None:
    """Refuse INSERT, UPDATE and DELETE of the evidence of a signed decision."""
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for verb, condition in (
            ("INSERT", _SIGNED_NEW),
            # Moving a draft's row onto a signed decision is refused as well as changing one.
            ("UPDATE", f"{_SIGNED_OLD} OR {_SIGNED_NEW}"),
            ("DELETE", _SIGNED_OLD),
        ):
            op.execute(
                f"CREATE TRIGGER decision_evidence_signed_no_{verb.lower()} "
                f"BEFORE {verb} ON decision_evidence WHEN {condition} "
                f"BEGIN SELECT RAISE(ABORT, '{_FROZEN_MESSAGE}'); END"
            )
    elif dialect == "postgresql":
        op.execute(
            "CREATE FUNCTION decision_evidence_refuse_signed() RETURNS trigger LANGUAGE plpgsql "
            "AS $$ BEGIN "
            "IF TG_OP IN ('UPDATE', 'DELETE') AND (SELECT signed_at FROM decisions "
            "WHERE id = OLD.decision_id) IS NOT NULL THEN "
            f"RAISE EXCEPTION '{_FROZEN_MESSAGE}'; END IF; "
            "IF TG_OP IN ('INSERT', 'UPDATE') AND (SELECT signed_at FROM decisions "
            "WHERE id = NEW.decision_id) IS NOT NULL THEN "
            f"RAISE EXCEPTION '{_FROZEN_MESSAGE}'; END IF; "
            "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$"
        )
        op.execute(
            "CREATE TRIGGER decision_evidence_signed_frozen "
            "BEFORE INSERT OR UPDATE OR DELETE ON decision_evidence "
            "FOR EACH ROW EXECUTE FUNCTION decision_evidence_refuse_signed()"
        )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS decision_evidence_signed_frozen ON decision_evidence")
        op.execute("DROP FUNCTION IF EXISTS decision_evidence_refuse_signed()")
    else:
        for verb in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS decision_evidence_signed_no_{verb}")
    op.drop_table("decision_evidence")
