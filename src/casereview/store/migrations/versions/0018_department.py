"""The department database: edit versions and change notifications (issue 19).

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-10

Several workstations share one PostgreSQL database. Two things make that safe and live:

- ``row_version`` on every table people edit in place (cases, meetings, agenda items,
  attendees, decisions, action items): an editor hands back the version it loaded, and a change
  made meanwhile by someone else is refused instead of overwritten
  (``services.edit_conflicts``). Existing rows start at version 1. SQLite gets the same
  columns and checks (one code path).
- On PostgreSQL only, triggers that ``pg_notify('casereview_changes', …)`` after every change
  of a row the views show, so the other workstations refresh within moments
  (``store.notifications``). The payload holds the table, the operation and internal ids,
  never patient data: ``{"table": "agenda_items", "op": "update", "id": 7, "case_id": 3,
  "meeting_id": 2}``. A notification is delivered when its transaction commits, and not at all
  when it rolls back.

Signed decisions stay frozen: the triggers of revision 0007 are untouched, and adding a
column with a default rewrites no row.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

#: Tables whose rows people edit in place.
VERSIONED_TABLES = ("cases", "meetings", "agenda_items", "attendees", "decisions", "action_items")

#: The channel every workstation listens on.
CHANNEL = "casereview_changes"

#: Table → SQL expressions (over ``r``, the new row or the deleted one) of its case and meeting.
#: Decisions and action items reach their meeting through their agenda item.
_AGENDA_MEETING = "(SELECT meeting_id FROM agenda_items WHERE id = r.agenda_item_id)"
_AGENDA_CASE = "(SELECT case_id FROM agenda_items WHERE id = r.agenda_item_id)"
NOTIFIED_TABLES: dict[str, tuple[str, str]] = {
    "cases": ("r.id", "NULL"),
    "meetings": ("NULL", "r.id"),
    "agenda_items": ("r.case_id", "r.meeting_id"),
    "attendees": ("NULL", "r.meeting_id"),
    "decisions": ("r.case_id", _AGENDA_MEETING),
    "action_items": (_AGENDA_CASE, _AGENDA_MEETING),
    "annotations": ("r.case_id", "NULL"),
    "key_images": ("r.case_id", "NULL"),
    "segments": ("r.case_id", "NULL"),
    "saved_views_3d": ("r.case_id", "NULL"),
    "received_opinions": ("r.case_id", "NULL"),
    "resectability_versions": ("r.case_id", "NULL"),
    "liver_plan_versions": ("r.case_id", "NULL"),
    "series": ("NULL", "NULL"),
    "patients": ("NULL", "NULL"),
}


def _function(table: str) -> str:
    case_id, meeting_id = NOTIFIED_TABLES[table]
    # One function per table: each reads only the id columns it needs (a generic to_jsonb of
    # the row would copy a segment's mask or an annotation's text just to drop it).
    return f"""
CREATE OR REPLACE FUNCTION casereview_notify_{table}() RETURNS trigger AS $$
DECLARE
    r {table}%ROWTYPE;
BEGIN
    IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
    PERFORM pg_notify('{CHANNEL}', json_build_object(
        'table', TG_TABLE_NAME,
        'op', lower(TG_OP),
        'id', r.id,
        'case_id', {case_id},
        'meeting_id', {meeting_id}
    )::text);
    RETURN NULL;
END;
$$ LANGUAGE plpgsql
"""


def upgrade() -> None:
    for table in VERSIONED_TABLES:
        op.add_column(
            table, sa.Column("row_version", sa.Integer(), nullable=False, server_default="1")
        )
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in NOTIFIED_TABLES:
        op.execute(_function(table))
        op.execute(
            f"CREATE TRIGGER casereview_notify_{table} AFTER INSERT OR UPDATE OR DELETE ON "
            f"{table} FOR EACH ROW EXECUTE FUNCTION casereview_notify_{table}()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in NOTIFIED_TABLES:
            op.execute(f"DROP TRIGGER IF EXISTS casereview_notify_{table} ON {table}")
            op.execute(f"DROP FUNCTION IF EXISTS casereview_notify_{table}()")
    for table in VERSIONED_TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("row_version")
