"""MDT meetings, agenda, attendance, decisions, action items and the hash-chained audit trail (issue 8).

Also chains the audit records written before this revision (the append-only triggers are lifted
for that one data migration and put back at once), and freezes signed decisions with triggers.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from casereview.domain.audit import GENESIS_HASH, chain_hash
from casereview.store.types import UTCDateTime

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_APPEND_ONLY_MESSAGE = "audit_events is append-only"
_FROZEN_MESSAGE = "a signed decision cannot be changed or deleted; record an amendment"
_AMEND_SIGNED_MESSAGE = "only a signed decision can be amended"


def upgrade() -> None:
    op.create_table(
        "meetings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(36), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("scheduled_at", UTCDateTime(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("location", sa.String(200), nullable=False),
        sa.Column("remote_link", sa.Text(), nullable=False),
        sa.Column("chair", sa.String(128), nullable=False),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("quorum_roles", sa.String(400), nullable=False),
        sa.Column("quorum_minimum", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_meetings_created_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meetings")),
        sa.UniqueConstraint("uid", name=op.f("uq_meetings_uid")),
    )
    op.create_index(op.f("ix_meetings_scheduled_at"), "meetings", ["scheduled_at"])
    op.create_table(
        "agenda_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("history", sa.Text(), nullable=False),
        sa.Column("staging", sa.Text(), nullable=False),
        sa.Column("imaging_reviewed", sa.Boolean(), nullable=False),
        sa.Column("key_images_selected", sa.Boolean(), nullable=False),
        sa.Column("pathology_available", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(32), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meetings.id"], name=op.f("fk_agenda_items_meeting_id_meetings")
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_agenda_items_case_id_cases")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_items")),
        sa.UniqueConstraint("meeting_id", "case_id", name="uq_agenda_case"),
    )
    op.create_index(op.f("ix_agenda_items_meeting_id"), "agenda_items", ["meeting_id"])
    op.create_index(op.f("ix_agenda_items_case_id"), "agenda_items", ["case_id"])
    op.create_table(
        "attendees",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(128), nullable=False),
        sa.Column("role", sa.String(32), nullable=False),
        sa.Column("specialty", sa.String(128), nullable=False),
        sa.Column("institution", sa.String(128), nullable=False),
        sa.Column("attendance", sa.String(16), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meetings.id"], name=op.f("fk_attendees_meeting_id_meetings")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendees")),
    )
    op.create_index(op.f("ix_attendees_meeting_id"), "attendees", ["meeting_id"])
    op.create_table(
        "decisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(36), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("agenda_item_id", sa.Integer(), nullable=True),
        sa.Column("recommendation", sa.String(64), nullable=False),
        sa.Column("procedure", sa.String(200), nullable=False),
        sa.Column("other", sa.String(200), nullable=False),
        sa.Column("intent", sa.String(32), nullable=False),
        sa.Column("rationale", sa.Text(), nullable=False),
        sa.Column("guideline_reference", sa.String(200), nullable=False),
        sa.Column("trial_eligibility", sa.String(32), nullable=False),
        sa.Column("trial_reference", sa.String(200), nullable=False),
        sa.Column("staging", sa.Text(), nullable=False),
        sa.Column("dissent", sa.Text(), nullable=False),
        sa.Column("participants_json", sa.Text(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=False),
        sa.Column("signed_at", UTCDateTime(), nullable=True),
        sa.Column("signed_by", sa.String(128), nullable=False),
        sa.Column("signed_by_id", sa.Integer(), nullable=True),
        sa.Column("amends_id", sa.Integer(), nullable=True),
        sa.Column("amendment_reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_decisions_case_id_cases")),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["agenda_items.id"],
            name=op.f("fk_decisions_agenda_item_id_agenda_items"),
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_decisions_created_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["signed_by_id"], ["users.id"], name=op.f("fk_decisions_signed_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["amends_id"], ["decisions.id"], name=op.f("fk_decisions_amends_id_decisions")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decisions")),
        sa.UniqueConstraint("uid", name=op.f("uq_decisions_uid")),
        sa.UniqueConstraint("amends_id", name=op.f("uq_decisions_amends_id")),
    )
    op.create_index(op.f("ix_decisions_case_id"), "decisions", ["case_id"])
    op.create_index(op.f("ix_decisions_agenda_item_id"), "decisions", ["agenda_item_id"])
    op.create_table(
        "action_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agenda_item_id", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(128), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["agenda_items.id"],
            name=op.f("fk_action_items_agenda_item_id_agenda_items"),
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_action_items_created_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_items")),
    )
    op.create_index(op.f("ix_action_items_agenda_item_id"), "action_items", ["agenda_item_id"])
    _freeze_signed_decisions()
    _chain_audit_trail()


def _freeze_signed_decisions() -> None:
    """Refuse UPDATE and DELETE of a signed decision, and amendments of unsigned ones."""
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER decisions_signed_no_{verb.lower()} BEFORE {verb} ON decisions "
                f"WHEN OLD.signed_at IS NOT NULL "
                f"BEGIN SELECT RAISE(ABORT, '{_FROZEN_MESSAGE}'); END"
            )
        op.execute(
            "CREATE TRIGGER decisions_amend_signed_only BEFORE INSERT ON decisions "
            "WHEN NEW.amends_id IS NOT NULL AND "
            "(SELECT signed_at FROM decisions WHERE id = NEW.amends_id) IS NULL "
            f"BEGIN SELECT RAISE(ABORT, '{_AMEND_SIGNED_MESSAGE}'); END"
        )
    elif dialect == "postgresql":
        op.execute(
            "CREATE FUNCTION decisions_refuse_signed_change() RETURNS trigger LANGUAGE plpgsql "
            "AS $$ BEGIN IF OLD.signed_at IS NOT NULL THEN "
            f"RAISE EXCEPTION '{_FROZEN_MESSAGE}'; END IF; "
            "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$"
        )
        op.execute(
            "CREATE TRIGGER decisions_signed_frozen BEFORE UPDATE OR DELETE ON decisions "
            "FOR EACH ROW EXECUTE FUNCTION decisions_refuse_signed_change()"
        )
        op.execute(
            "CREATE FUNCTION decisions_refuse_unsigned_amend() RETURNS trigger LANGUAGE plpgsql "
            "AS $$ BEGIN IF NEW.amends_id IS NOT NULL AND (SELECT signed_at FROM decisions "
            "WHERE id = NEW.amends_id) IS NULL THEN "
            f"RAISE EXCEPTION '{_AMEND_SIGNED_MESSAGE}'; END IF; RETURN NEW; END $$"
        )
        op.execute(
            "CREATE TRIGGER decisions_amend_signed_only BEFORE INSERT ON decisions "
            "FOR EACH ROW EXECUTE FUNCTION decisions_refuse_unsigned_amend()"
        )


def _chain_audit_trail() -> None:
    """Add the hash-chain columns and chain every existing audit record, oldest first."""
    op.add_column(
        "audit_events", sa.Column("prev_hash", sa.String(64), nullable=False, server_default="")
    )
    op.add_column(
        "audit_events", sa.Column("row_hash", sa.String(64), nullable=False, server_default="")
    )
    bind = op.get_bind()
    dialect = bind.dialect.name
    # The append-only triggers are lifted inside this transaction only, to write the hashes.
    if dialect == "sqlite":
        op.execute("DROP TRIGGER audit_events_no_update")
    elif dialect == "postgresql":
        op.execute("ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_change")
    events = sa.table(
        "audit_events",
        sa.column("id", sa.Integer()),
        sa.column("occurred_at", UTCDateTime()),
        sa.column("user_id", sa.Integer()),
        sa.column("action", sa.String()),
        sa.column("entity_type", sa.String()),
        sa.column("entity_id", sa.String()),
        sa.column("details_json", sa.Text()),
        sa.column("prev_hash", sa.String()),
        sa.column("row_hash", sa.String()),
    )
    previous = GENESIS_HASH
    rows = bind.execute(sa.select(events).order_by(events.c.id)).all()
    for row in rows:
        digest = chain_hash(
            previous,
            row.id,
            row.occurred_at,
            row.user_id,
            row.action,
            row.entity_type,
            row.entity_id,
            row.details_json,
        )
        bind.execute(
            events.update().where(events.c.id == row.id).values(prev_hash=previous, row_hash=digest)
        )
        previous = digest
    if dialect == "sqlite":
        op.execute(
            "CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events "
            f"BEGIN SELECT RAISE(ABORT, '{_APPEND_ONLY_MESSAGE}'); END"
        )
    elif dialect == "postgresql":
        op.execute("ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_change")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS decisions_signed_frozen ON decisions")
        op.execute("DROP TRIGGER IF EXISTS decisions_amend_signed_only ON decisions")
        op.execute("DROP FUNCTION IF EXISTS decisions_refuse_signed_change()")
        op.execute("DROP FUNCTION IF EXISTS decisions_refuse_unsigned_amend()")
    op.drop_table("action_items")
    op.drop_table("decisions")
    op.drop_table("attendees")
    op.drop_table("agenda_items")
    op.drop_table("meetings")
    if dialect == "sqlite":
        # Dropping columns rebuilds the table on SQLite; the triggers go with it and come back.
        op.execute("DROP TRIGGER IF EXISTS audit_events_no_update")
        op.execute("DROP TRIGGER IF EXISTS audit_events_no_delete")
        with op.batch_alter_table("audit_events") as batch:
            batch.drop_column("row_hash")
            batch.drop_column("prev_hash")
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER audit_events_no_{verb.lower()} BEFORE {verb} ON audit_events "
                f"BEGIN SELECT RAISE(ABORT, '{_APPEND_ONLY_MESSAGE}'); END"
            )
    else:
        op.drop_column("audit_events", "row_hash")
        op.drop_column("audit_events", "prev_hash")
