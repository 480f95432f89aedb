"""Schema migrations: one head, data survives every upgrade, newer databases are refused."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import inspect

from casereview.errors import DatabaseError, DatabaseTooNewError
from casereview.store.database import open_database
from casereview.store.engine import create_database_engine, sqlite_url_for_path
from casereview.store.migrate import HEAD_REVISION, script_directory, upgrade

FIXTURES = Path(__file__).with_name("fixtures")


def _revisions_oldest_first() -> list[str]:
    return [rev.revision for rev in reversed(list(script_directory().walk_revisions()))]


def _create_at(path: Path, revision: str) -> None:
    engine = create_database_engine(sqlite_url_for_path(str(path)))
    try:
        upgrade(engine, revision)
    finally:
        engine.dispose()


def _load_fixture(path: Path, revision: str) -> None:
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA foreign_keys = ON")
        connection.executescript((FIXTURES / f"{revision}.sql").read_text(encoding="utf-8"))
        connection.commit()
    finally:
        connection.close()


def _dump(path: Path) -> dict[str, list[dict[str, Any]]]:
    connection = sqlite3.connect(path)
    connection.row_factory = sqlite3.Row
    try:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
                "AND name != 'alembic_version'"
            )
        ]
        return {
            table: [
                dict(row) for row in connection.execute(f'SELECT * FROM "{table}" ORDER BY 1, 2')
            ]
            for table in tables
        }
    finally:
        connection.close()


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_exactly_one_head_and_it_is_the_head_revision_constant() -> None:
    heads = script_directory().get_heads()
    assert len(heads) == 1
    assert heads[0] == _revisions_oldest_first()[-1]
    assert HEAD_REVISION == heads[0], (
        f"store/migrate.py's HEAD_REVISION is {HEAD_REVISION} but the newest migration is "
        f"{heads[0]}: set HEAD_REVISION to the revision of the migration you added"
    )


@pytest.mark.parametrize("revision", _revisions_oldest_first())
def test_every_revision_has_a_fixture_filling_every_table(revision: str, tmp_path: Path) -> None:
    path = tmp_path / "fixture.sqlite"
    _create_at(path, revision)
    _load_fixture(path, revision)
    empty = [table for table, rows in _dump(path).items() if not rows]
    assert empty == [], f"fixtures/{revision}.sql leaves tables empty: {empty}"


@pytest.mark.parametrize("revision", _revisions_oldest_first())
def test_upgrade_from_each_revision_keeps_every_row(revision: str, tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    _create_at(path, revision)
    _load_fixture(path, revision)
    before = _dump(path)

    database = open_database(sqlite_url_for_path(str(path)), backup_dir=tmp_path / "backups")
    try:
        assert database.schema.to_revision == HEAD_REVISION
        expected_action = "current" if revision == HEAD_REVISION else "upgraded"
        assert database.schema.action == expected_action
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        database.close()

    after = _dump(path)
    for table, rows in before.items():
        assert table in after, f"upgrade dropped table {table}"
        if table == "audit_events":
            # The upgrade itself is audited; the old records must be there unchanged, first.
            after_rows = after[table][: len(rows)]
        else:
            after_rows = after[table]
        assert len(after_rows) == len(rows), f"row count of {table} changed"
        for old, new in zip(rows, after_rows, strict=True):
            assert {k: new[k] for k in old} == old, f"a row of {table} changed"

    backups = list((tmp_path / "backups").glob("*.sqlite"))
    if revision == HEAD_REVISION:
        assert backups == []
    else:
        assert len(backups) == 1 and f"schema-{revision}" in backups[0].name
        assert _dump(backups[0]) == before


def test_new_database_is_created_at_head(tmp_path: Path) -> None:
    path = tmp_path / "new" / "casereview.sqlite"
    database = open_database(sqlite_url_for_path(str(path)))
    try:
        assert database.schema.action == "created"
        tables = set(inspect(database.engine).get_table_names())
    finally:
        database.close()
    assert {
        "patients",
        "studies",
        "series",
        "instances",
        "cases",
        "users",
        "audit_events",
    } <= tables


def test_database_from_a_newer_version_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite"
    _create_at(path, HEAD_REVISION)
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.commit()
    connection.close()
    digest, listing = _sha256(path), sorted(p.name for p in tmp_path.iterdir())

    with pytest.raises(DatabaseTooNewError) as caught:
        open_database(sqlite_url_for_path(str(path)), backup_dir=tmp_path / "backups")
    message = str(caught.value)
    assert "newer casereview" in message and "9999_from_the_future" in message
    assert "untouched" in message
    assert _sha256(path) == digest
    assert sorted(p.name for p in tmp_path.iterdir()) == listing  # no -wal, -shm or backups


def test_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE something (x)")
    connection.commit()
    connection.close()
    digest = _sha256(path)
    with pytest.raises(DatabaseError, match="not a casereview database"):
        open_database(sqlite_url_for_path(str(path)))
    assert _sha256(path) == digest


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"this is a text file, not a database" * 100)
    with pytest.raises(DatabaseError, match="not a readable database"):
        open_database(sqlite_url_for_path(str(path)))
    assert path.read_bytes().startswith(b"this is a text file")
