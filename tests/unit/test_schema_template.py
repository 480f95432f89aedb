"""The test suite's new databases (copies of one migrated database) are what migrating gives.

``tests/schema_template.py`` serves every new SQLite database of a test process from a copy of
one it migrated for real. That is only sound while the migrations write nothing but the
schema: a migration that inserted rows, or a stored revision out of step, would make the copies
differ from a database a user's first start creates. This compares the two, row by row.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import schema_template
from casereview.store import migrate
from casereview.store.database import open_database
from casereview.store.engine import sqlite_url_for_path


def _contents(path: Path) -> tuple[list[str], dict[str, object]]:
    """The database as SQL (audit records aside: they carry the time they were written) and
    the pragmas a copy could get wrong."""
    connection = sqlite3.connect(path)
    try:
        lines = [
            line
            for line in connection.iterdump()
            if not line.startswith('INSERT INTO "audit_events"')
        ]
        pragmas = {
            name: connection.execute(f"PRAGMA {name}").fetchone()[0]
            for name in ("journal_mode", "user_version", "application_id", "page_size")
        }
    finally:
        connection.close()
    return lines, pragmas


def test_a_copied_database_is_the_migrated_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(migrate, "upgrade", schema_template.upgrade_from_template)
    previous = schema_template.set_folder(tmp_path / "template")
    try:
        schema_template.set_enabled(False)
        try:
            migrated = open_database(sqlite_url_for_path(str(tmp_path / "migrated.sqlite")))
        finally:
            schema_template.set_enabled(True)
        migrated.close()
        copies = schema_template.copies_made()
        copied = open_database(sqlite_url_for_path(str(tmp_path / "copied.sqlite")))
        assert copied.schema.action == "created" and copied.schema.from_revision is None
        copied.close()
    finally:
        schema_template.set_folder(previous)
    assert schema_template.copies_made() == copies + 1, "the copy did not come from the template"
    assert _contents(tmp_path / "copied.sqlite") == _contents(tmp_path / "migrated.sqlite")
    # The audit trail starts the same way: one record of the new database.
    for name in ("copied.sqlite", "migrated.sqlite"):
        connection = sqlite3.connect(tmp_path / name)
        try:
            actions = [row[0] for row in connection.execute("SELECT action FROM audit_events")]
        finally:
            connection.close()
        assert actions == ["database.created"], name
