"""The audit trail is append-only and hash-chained; tampering is found and the row named."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from meeting_support import MeetingWorld, build_world
from sqlalchemy.engine import make_url

from casereview.app.cli import main as cli_main
from casereview.domain.audit import GENESIS_HASH, AuditAction
from casereview.services import cases as case_service
from casereview.services.audit import latest_events, verify_audit_chain
from casereview.store.database import Database


def _raw(db: Database) -> sqlite3.Connection:
    path = make_url(db.url).database
    assert path
    return sqlite3.connect(path)


def _tamper(db: Database, statement: str, *params: object) -> None:
    """Edit the trail behind casereview's back: drop the triggers as an attacker would."""
    connection = _raw(db)
    try:
        connection.execute("DROP TRIGGER IF EXISTS audit_events_no_update")
        connection.execute("DROP TRIGGER IF EXISTS audit_events_no_delete")
        connection.execute(statement, params)
        connection.commit()
    finally:
        connection.close()


@pytest.fixture
def trail(world: MeetingWorld) -> MeetingWorld:
    case_service.record_case_viewed(world.db, world.case_ids[0], "tester", "presentation")
    return world


def test_every_record_is_chained_and_the_chain_verifies(trail: MeetingWorld) -> None:
    events = list(reversed(latest_events(trail.db)))
    assert len(events) >= 6
    assert events[0].prev_hash == GENESIS_HASH
    for before, after in zip(events, events[1:], strict=False):
        assert after.prev_hash == before.row_hash and len(after.row_hash) == 64
    assert events[-1].action is AuditAction.CASE_VIEWED
    result = verify_audit_chain(trail.db)
    assert result.intact and result.records_checked == len(events)


def test_triggers_still_refuse_updates_and_deletes(trail: MeetingWorld) -> None:
    connection = _raw(trail.db)
    try:
        for statement in ("UPDATE audit_events SET action = 'x'", "DELETE FROM audit_events"):
            with pytest.raises(sqlite3.IntegrityError, match="append-only"):
                connection.execute(statement)
    finally:
        connection.close()


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("action", "case.deleted"),
        ("details_json", '{"where": "nowhere"}'),
        ("user_id", 424242),
        ("entity_id", "999"),
        ("occurred_at", "2020-01-01 00:00:00.000000"),
    ],
)
def test_editing_any_field_of_any_row_is_found_and_named(
    trail: MeetingWorld, column: str, value: object
) -> None:
    ids = [event.id for event in latest_events(trail.db)]
    for target in (min(ids), sorted(ids)[len(ids) // 2], max(ids)):
        # Fresh copy of the trail for each row: restore by undoing the edit afterwards.
        connection = _raw(trail.db)
        original = connection.execute(
            f"SELECT {column} FROM audit_events WHERE id = ?", (target,)
        ).fetchone()[0]
        connection.close()
        _tamper(trail.db, f"UPDATE audit_events SET {column} = ? WHERE id = ?", value, target)
        result = verify_audit_chain(trail.db)
        assert not result.intact
        assert result.broken is not None and result.broken.event_id == target
        assert result.records_checked == sorted(ids).index(target)
        assert f"record #{target}" in result.describe()
        _tamper(trail.db, f"UPDATE audit_events SET {column} = ? WHERE id = ?", original, target)
        assert verify_audit_chain(trail.db).intact


def test_deleting_or_recomputing_a_row_breaks_the_chain_at_the_next(trail: MeetingWorld) -> None:
    ids = sorted(event.id for event in latest_events(trail.db))
    _tamper(trail.db, "DELETE FROM audit_events WHERE id = ?", ids[2])
    result = verify_audit_chain(trail.db)
    assert result.broken is not None and result.broken.event_id == ids[3]
    assert "deleted" in result.broken.reason


def test_cli_audit_verify_exits_non_zero_and_names_the_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], _isolated_home: Path
) -> None:
    from casereview.app.context import bootstrap
    from casereview.domain.users import Role, User
    from casereview.services.users import ensure_user

    context = bootstrap()
    try:
        ensure_user(context.db, User(0, "tester", "Dr Test", Role.SURGEON))
        build_world(context.db, tmp_path / "files")
        db_url = context.db.url
    finally:
        context.close()
    assert cli_main(["audit", "verify"]) == 0
    assert "intact" in capsys.readouterr().out

    path = make_url(db_url).database
    assert path
    connection = sqlite3.connect(path)
    target = connection.execute(
        "SELECT id FROM audit_events WHERE action = 'meeting.created'"
    ).fetchone()[0]
    connection.close()
    context = bootstrap()
    try:
        _tamper(
            context.db,
            "UPDATE audit_events SET details_json = '{\"forged\": 1}' WHERE id = ?",
            target,
        )
    finally:
        context.close()
    assert cli_main(["audit", "verify"]) == 3
    out = capsys.readouterr().out
    assert f"record #{target} (meeting.created)" in out and "altered" in out
    assert cli_main(["--json", "audit", "verify"]) == 3
    assert f'"broken_id": {target}' in capsys.readouterr().out
