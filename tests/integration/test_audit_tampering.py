"""Attacks on the audit trail, each one found by ``audit verify`` (issue 14).

The attacker here can edit the database file (dropping the append-only triggers first) and the
files beside it, but cannot read the keys folder: the chain is keyed and the head is signed.
"""

from __future__ import annotations

import hashlib
import hmac
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from casereview.app.cli import main as cli_main
from casereview.app.context import AppContext, bootstrap
from casereview.domain.audit import (
    CHAIN_HMAC,
    CHAIN_SHA256,
    GENESIS_HASH,
    AuditAction,
    chain_hash,
    keyed_chain_hash,
)
from casereview.services.audit import MissingRecords, check_audit_at_start, verify_audit_chain
from casereview.services.audit_check import missing_audit_triggers
from casereview.services.audit_keys import CHAIN_KEY_NAME, load_audit_seal
from casereview.services.integrity import check_store
from casereview.store.audit_heads import sqlite_head_file
from casereview.store.database import open_database
from casereview.store.engine import create_database_engine, sqlite_url_for_path
from casereview.store.migrate import upgrade
from casereview.store.repositories import AuditRepository

_COLUMNS = (
    "id, occurred_at, user_id, action, entity_type, entity_id, details_json, prev_hash, "
    "row_hash, chain"
)


@contextmanager
def _opened() -> Iterator[AppContext]:
    """Start casereview on the test's data directory (the check at start runs) and stop it."""
    context = bootstrap()
    try:
        yield context
    finally:
        context.close()


def _append(context: AppContext, count: int, per_transaction: int = 1) -> None:
    done = 0
    while done < count:
        with context.db.writing() as session:
            repository = AuditRepository(session)
            for _ in range(min(per_transaction, count - done)):
                repository.append(AuditAction.CASE_VIEWED, "case", done, None, {"n": done})
                done += 1


@pytest.fixture
def home(_isolated_home: Path) -> Path:
    """A data directory whose trail holds a few dozen keyed records."""
    context = bootstrap()
    try:
        _append(context, 30)
    finally:
        context.close()
    return _isolated_home


@pytest.fixture
def context(home: Path) -> Iterator[AppContext]:
    ctx = bootstrap()
    yield ctx
    ctx.close()


def _attack(home: Path, *statements: tuple[str, tuple[object, ...]]) -> None:
    """Edit the database behind casereview's back, as an attacker would: triggers first."""
    connection = sqlite3.connect(home / "casereview.sqlite")
    try:
        connection.execute("DROP TRIGGER IF EXISTS audit_events_no_update")
        connection.execute("DROP TRIGGER IF EXISTS audit_events_no_delete")
        for statement, params in statements:
            connection.execute(statement, params)
        connection.commit()
    finally:
        connection.close()


def _rows(home: Path) -> list[sqlite3.Row]:
    connection = sqlite3.connect(home / "casereview.sqlite")
    connection.row_factory = sqlite3.Row
    try:
        return connection.execute(f"SELECT {_COLUMNS} FROM audit_events ORDER BY id").fetchall()
    finally:
        connection.close()


def _ids(home: Path) -> list[int]:
    return [row["id"] for row in _rows(home)]


def _fields(row: sqlite3.Row) -> tuple[int, datetime, int | None, str, str, str, str]:
    when = datetime.fromisoformat(row["occurred_at"]).replace(tzinfo=UTC)
    return (
        row["id"],
        when,
        row["user_id"],
        row["action"],
        row["entity_type"],
        row["entity_id"],
        row["details_json"],
    )


def _rechain_from(home: Path, start_id: int, digest: str) -> None:
    """Recompute every hash from ``start_id`` on, as an attacker covering an edit would.

    ``digest`` is ``"sha256"`` (the public chain) or ``"hmac-guess"`` (HMAC with a key the
    attacker made up, since the real one is not theirs).
    """
    rows = _rows(home)
    guessed_key = hashlib.sha256(b"attacker").digest()
    previous = GENESIS_HASH
    statements: list[tuple[str, tuple[object, ...]]] = []
    for row in rows:
        if row["id"] < start_id:
            previous = row["row_hash"]
            continue
        if digest == "sha256":
            new_hash = chain_hash(previous, *_fields(row))
        else:
            new_hash = keyed_chain_hash(guessed_key, previous, *_fields(row))
        statements.append(
            (
                "UPDATE audit_events SET prev_hash = ?, row_hash = ? WHERE id = ?",
                (previous, new_hash, row["id"]),
            )
        )
        previous = new_hash
    _attack(home, *statements)


def test_untampered_trail_verifies_after_1000_appends(context: AppContext, home: Path) -> None:
    _append(context, 1000, per_transaction=10)
    result = verify_audit_chain(context.db)
    assert result.intact, result.describe()
    rows = _rows(home)
    assert result.records_checked == len(rows) > 1000
    assert {row["chain"] for row in rows} == {CHAIN_HMAC}
    assert check_audit_at_start(context.db).intact
    head_file = sqlite_head_file(home / "casereview.sqlite").read_text(encoding="ascii")
    assert f'"record_count": {len(rows)}' in head_file
    assert f'"last_id": {rows[-1]["id"]}' in head_file
    key = home / "keys" / CHAIN_KEY_NAME
    assert key.stat().st_mode & 0o777 == 0o600 and len(key.read_bytes()) == 32


@pytest.mark.parametrize("deleted", [1, 2])
def test_deleting_the_newest_records_is_found(home: Path, deleted: int) -> None:
    ids = _ids(home)
    kept = ids[-deleted - 1]
    _attack(home, ("DELETE FROM audit_events WHERE id > ?", (kept,)))
    expected = (
        f"1 record is missing after record #{kept}"
        if deleted == 1
        else f"{deleted} records are missing after record #{kept}"
    )
    with _opened() as context:
        assert context.audit_warning is not None and expected in context.audit_warning
        result = verify_audit_chain(context.db)
        assert result.missing == MissingRecords(deleted, kept)
        assert expected in result.describe()
        # Work goes on; the gap and the head keep saying so.
        _append(context, 3)
        assert verify_audit_chain(context.db).missing is not None


def test_deleting_every_record_is_found(home: Path) -> None:
    count = len(_ids(home))
    _attack(home, ("DELETE FROM audit_events", ()))
    with _opened() as context:
        result = verify_audit_chain(context.db)
        assert result.missing == MissingRecords(count, 0)
        assert f"{count} records are missing from its start" in result.describe()


def test_editing_a_row_is_found_and_named(context: AppContext, home: Path) -> None:
    target = _ids(home)[10]
    _attack(home, ("UPDATE audit_events SET details_json = '{}' WHERE id = ?", (target,)))
    result = verify_audit_chain(context.db)
    assert result.broken is not None and result.broken.event_id == target
    assert f"record #{target}" in result.describe() and "changed" in result.describe()


@pytest.mark.parametrize("digest", ["sha256", "hmac-guess"])
def test_editing_a_row_and_recomputing_every_later_hash_is_found(
    context: AppContext, home: Path, digest: str
) -> None:
    target = _ids(home)[10]
    _attack(home, ("UPDATE audit_events SET details_json = '{}' WHERE id = ?", (target,)))
    _rechain_from(home, target, digest)
    result = verify_audit_chain(context.db)
    assert result.broken is not None and result.broken.event_id == target


def test_recomputing_the_whole_trail_as_the_public_chain_is_found(
    context: AppContext, home: Path
) -> None:
    first = _ids(home)[0]
    _attack(home, ("UPDATE audit_events SET chain = ?", (CHAIN_SHA256,)))
    _rechain_from(home, first, "sha256")
    result = verify_audit_chain(context.db)
    assert not result.intact
    assert result.head_problem is not None and "rewritten" in result.head_problem


@pytest.mark.parametrize("chain", [CHAIN_HMAC, CHAIN_SHA256])
def test_appending_a_forged_row_is_found(context: AppContext, home: Path, chain: str) -> None:
    last = _rows(home)[-1]
    forged_id = last["id"] + 1
    occurred = datetime(2026, 12, 4, 5, 0, tzinfo=UTC)
    fields = (forged_id, occurred, None, "case.viewed", "case", "1", "{}")
    forged_hash = (
        chain_hash(last["row_hash"], *fields)
        if chain == CHAIN_SHA256
        else hmac.new(b"guess", b"x", hashlib.sha256).hexdigest()
    )
    _attack(
        home,
        (
            f"INSERT INTO audit_events ({_COLUMNS}) VALUES (?, ?, NULL, ?, ?, ?, ?, ?, ?, ?)",
            (
                forged_id,
                "2026-12-04 05:00:00.000000",
                "case.viewed",
                "case",
                "1",
                "{}",
                last["row_hash"],
                forged_hash,
                chain,
            ),
        ),
    )
    result = verify_audit_chain(context.db)
    assert result.broken is not None and result.broken.event_id == forged_id


def test_inserting_a_row_in_the_middle_is_found(context: AppContext, home: Path) -> None:
    rows = _rows(home)
    after = rows[10]
    later = [row for row in rows if row["id"] > after["id"]]
    statements: list[tuple[str, tuple[object, ...]]] = [
        ("DELETE FROM audit_events WHERE id > ?", (after["id"],))
    ]
    for row in later:  # every later record moves up one id, as an attacker makes room
        values = dict(row)
        values["id"] += 1
        statements.append(
            (
                f"INSERT INTO audit_events ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                tuple(values[name.strip()] for name in _COLUMNS.split(",")),
            )
        )
    inserted = after["id"] + 1
    fields = (inserted, datetime(2026, 12, 4, tzinfo=UTC), None, "case.viewed", "case", "1", "{}")
    statements.append(
        (
            f"INSERT INTO audit_events ({_COLUMNS}) VALUES (?, ?, NULL, ?, ?, ?, ?, ?, ?, ?)",
            (
                inserted,
                "2026-12-04 00:00:00.000000",
                "case.viewed",
                "case",
                "1",
                "{}",
                after["row_hash"],
                chain_hash(after["row_hash"], *fields),
                CHAIN_HMAC,
            ),
        )
    )
    _attack(home, *statements)
    result = verify_audit_chain(context.db)
    assert result.broken is not None and result.broken.event_id == inserted


def test_restoring_an_older_copy_of_the_database_is_found(home: Path, tmp_path: Path) -> None:
    database = home / "casereview.sqlite"
    old_copy = tmp_path / "old-copy.sqlite"
    shutil.copyfile(database, old_copy)
    count_then = len(_ids(home))
    with _opened() as context:
        _append(context, 5)
    count_now = len(_ids(home))
    for suffix in ("-wal", "-shm"):
        database.with_name(database.name + suffix).unlink(missing_ok=True)
    shutil.copyfile(old_copy, database)
    with _opened() as context:
        assert context.audit_warning is not None and "older copy" in context.audit_warning
        result = verify_audit_chain(context.db)
        assert result.older_copy is not None
        assert (result.older_copy.expected, result.older_copy.found) == (count_now, count_then)
        assert "replaced by an older copy" in result.describe()
        # Writing to the old copy must not wipe the evidence from the head file.
        _append(context, 2)
        assert verify_audit_chain(context.db).older_copy is not None


def test_deleting_the_head_file_is_found(context: AppContext, home: Path) -> None:
    sqlite_head_file(home / "casereview.sqlite").unlink()
    result = verify_audit_chain(context.db)
    assert result.head_problem is not None and "deleted" in result.head_problem


def test_editing_the_head_file_is_found(context: AppContext, home: Path) -> None:
    head_file = sqlite_head_file(home / "casereview.sqlite")
    count = len(_ids(home))
    text = head_file.read_text(encoding="ascii")
    head_file.write_text(
        text.replace(f'"record_count": {count}', f'"record_count": {count - 1}'), encoding="ascii"
    )
    result = verify_audit_chain(context.db)
    assert result.head_problem is not None and "altered" in result.head_problem


def test_editing_the_head_in_the_database_is_found(context: AppContext, home: Path) -> None:
    _attack(home, ("UPDATE audit_heads SET record_count = record_count - 1", ()))
    result = verify_audit_chain(context.db)
    assert result.head_problem is not None and "signature" in result.head_problem


def test_integrity_check_reports_dropped_triggers(context: AppContext, home: Path) -> None:
    assert not [p for p in check_store(context.db).database_problems if "trigger" in p]
    _attack(home)
    problems = check_store(context.db).database_problems
    assert any("audit_events_no_delete" in problem for problem in problems)
    assert any("audit_events_no_update" in problem for problem in problems)


@pytest.mark.parametrize(
    ("trigger", "table"),
    [
        ("decisions_signed_no_update", "decisions"),
        ("decision_evidence_signed_no_delete", "decision_evidence"),
        ("resectability_versions_no_update", "resectability_versions"),
        ("liver_plan_versions_no_delete", "liver_plan_versions"),
    ],
)
def test_integrity_check_reports_dropped_triggers_of_signed_and_cited_records(
    context: AppContext, home: Path, trigger: str, table: str
) -> None:
    # Dropping the trigger is how a signed decision or a cited plan gets rewritten unseen.
    connection = sqlite3.connect(home / "casereview.sqlite")
    try:
        connection.execute(f"DROP TRIGGER {trigger}")
        connection.commit()
    finally:
        connection.close()
    problems = [p for p in check_store(context.db).database_problems if "trigger" in p]
    assert len(problems) == 1 and trigger in problems[0] and table in problems[0]


def test_cli_audit_verify_names_missing_records(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = _ids(home)
    _attack(home, ("DELETE FROM audit_events WHERE id = ?", (ids[-1],)))
    assert cli_main(["audit", "verify"]) == 3
    captured = capsys.readouterr()
    assert f"1 record is missing after record #{ids[-2]}" in captured.out
    assert "warning" in captured.err


def test_trail_from_schema_0010_verifies_after_the_upgrade(_isolated_home: Path) -> None:
    path = _isolated_home / "casereview.sqlite"
    path.parent.mkdir(parents=True)
    engine = create_database_engine(sqlite_url_for_path(str(path)))
    try:
        upgrade(engine, "0010")
    finally:
        engine.dispose()
    connection = sqlite3.connect(path)
    previous = GENESIS_HASH
    try:
        for number in range(1, 21):  # a plain SHA-256 chain, as casereview wrote it at 0010
            occurred = datetime(2026, 3, 5, 9, number, tzinfo=UTC)
            fields = (number, occurred, None, "case.viewed", "case", str(number), "{}")
            row_hash = chain_hash(previous, *fields)
            connection.execute(
                "INSERT INTO audit_events (id, occurred_at, user_id, action, entity_type, "
                "entity_id, details_json, prev_hash, row_hash) "
                "VALUES (?, ?, NULL, 'case.viewed', 'case', ?, '{}', ?, ?)",
                (
                    number,
                    occurred.strftime("%Y-%m-%d %H:%M:%S.%f"),
                    str(number),
                    previous,
                    row_hash,
                ),
            )
            previous = row_hash
        connection.commit()
    finally:
        connection.close()

    with _opened() as context:
        assert context.db.schema.action == "upgraded"
        assert context.audit_warning is None
        _append(context, 5)
        result = verify_audit_chain(context.db)
        assert result.intact, result.describe()
    rows = _rows(_isolated_home)
    assert [row["chain"] for row in rows[:20]] == [CHAIN_SHA256] * 20
    assert {row["chain"] for row in rows[20:]} == {CHAIN_HMAC}
    assert rows[20]["prev_hash"] == previous  # the keyed chain continues from the legacy one
    assert (_isolated_home / "casereview.audit-head.json").exists()


@pytest.mark.postgresql
def test_postgresql_trail_is_keyed_and_truncation_and_disabled_triggers_are_found(
    postgresql_url: str, tmp_path: Path
) -> None:
    seal = load_audit_seal(tmp_path / "keys", postgresql_url, tmp_path / "data")
    database = open_database(postgresql_url, audit_seal=seal)
    try:
        with database.writing() as session:
            repository = AuditRepository(session)
            for number in range(20):
                repository.append(AuditAction.CASE_VIEWED, "case", number, None)
        # An append rolled back still used a number of the sequence: a gap, not a deletion.
        with pytest.raises(RuntimeError), database.writing() as session:
            AuditRepository(session).append(AuditAction.CASE_VIEWED, "case", 99, None)
            raise RuntimeError("rolled back")
        with database.writing() as session:
            AuditRepository(session).append(AuditAction.CASE_VIEWED, "case", 100, None)
        result = verify_audit_chain(database)
        assert result.intact, result.describe()
        assert check_audit_at_start(database).intact
        assert seal.head_file is not None and seal.head_file.exists()
        assert missing_audit_triggers(database) == []
    finally:
        database.close()

    engine = create_engine(postgresql_url)
    with engine.begin() as connection:
        connection.execute(text("ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_change"))
        newest = connection.scalar(text("SELECT max(id) FROM audit_events"))
        kept = connection.scalar(
            text("SELECT max(id) FROM audit_events WHERE id < :id"), {"id": newest}
        )
        connection.execute(text("DELETE FROM audit_events WHERE id = :id"), {"id": newest})
    engine.dispose()
    database = open_database(postgresql_url, audit_seal=seal)
    try:
        result = verify_audit_chain(database)
        assert result.missing == MissingRecords(1, kept)
        assert [str(problem) for problem in missing_audit_triggers(database)] and (
            "audit_events_no_change" in missing_audit_triggers(database)[0]
        )
    finally:
        database.close()


def test_a_workstation_with_other_keys_is_told_to_share_the_keys_folder(home: Path) -> None:
    shutil.move(home / "keys", home / "keys-elsewhere")
    with _opened() as context:
        assert context.audit_warning is not None and "keys folder" in context.audit_warning
        result = verify_audit_chain(context.db)
        assert result.broken is None and result.head_problem is not None


def test_deleting_a_record_in_the_middle_is_reported_as_missing(
    context: AppContext, home: Path
) -> None:
    ids = _ids(home)
    _attack(home, ("DELETE FROM audit_events WHERE id IN (?, ?)", (ids[10], ids[11])))
    result = verify_audit_chain(context.db)
    assert result.missing == MissingRecords(2, ids[9])
    assert result.broken is not None and result.broken.event_id == ids[12]
    assert f"2 records are missing after record #{ids[9]}" in result.describe()
