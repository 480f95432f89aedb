"""Databases written by each released casereview open, upgrade and stay whole with today's code.

The files in ``tests/fixtures/databases`` were written by the released code of each schema
revision (``make_fixtures.py`` runs that commit's code in a git worktree), not by today's
migrations, so these tests catch a migration that only works on databases today's code makes.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from make_fixtures import IMAGES, NEVER_WRITTEN
from make_fixtures import OUTPUT as DATABASES

from casereview.app.cli import main as cli_main
from casereview.app.context import bootstrap
from casereview.domain.identity import FlagStatus
from casereview.services.audit import verify_audit_chain
from casereview.services.decisions import decisions_of_case
from casereview.services.identity import list_flags
from casereview.store.migrate import HEAD_REVISION, script_directory


def _fixture_revisions() -> list[str]:
    return sorted(path.stem.removeprefix("schema_") for path in DATABASES.glob("schema_*.sqlite"))


def _query(path: Path, sql: str) -> list[tuple[Any, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def _dump(path: Path) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table (Alembic's own aside), in primary-key order."""
    connection = sqlite3.connect(path)
    connection.row_factory = sqlite3.Row
    try:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'"
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


def _normalised_sql(sql: str | None) -> str:
    return re.sub(r"\s+", " ", sql or "").strip().lower()


def _schema(path: Path) -> dict[str, Any]:
    """Tables with their columns, foreign keys and indexes, and triggers; ordering aside."""
    connection = sqlite3.connect(path)
    try:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        schema: dict[str, Any] = {}
        for table in tables:
            columns = {
                (name, kind.upper(), bool(notnull), default, primary)
                for _, name, kind, notnull, default, primary in connection.execute(
                    f'PRAGMA table_info("{table}")'
                )
            }
            foreign_keys = {
                (row[2], row[3], row[4], row[5], row[6])
                for row in connection.execute(f'PRAGMA foreign_key_list("{table}")')
            }
            indexes = set()
            for _, name, unique, origin, _partial in connection.execute(
                f'PRAGMA index_list("{table}")'
            ):
                indexed = tuple(
                    row[2] for row in connection.execute(f'PRAGMA index_info("{name}")')
                )
                # Automatic indexes of UNIQUE/PRIMARY KEY constraints are named by position.
                label = name if origin == "c" else origin
                indexes.add((label, bool(unique), indexed))
            schema[f"table {table}"] = {
                "columns": columns,
                "foreign keys": foreign_keys,
                "indexes": indexes,
            }
        for name, table, sql in connection.execute(
            "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger'"
        ):
            schema[f"trigger {name}"] = (table, _normalised_sql(sql))
        return schema
    finally:
        connection.close()


def _put_images_back(database: Path, folder: Path) -> None:
    """Copy the indexed images where the index says, as the user's image store would hold them.

    The fixtures' rows point into the generator's temporary folders; the images are kept
    content-addressed beside the fixtures. Rewriting only ``file_path`` stands for the user's
    files being at the same place as when they were indexed.
    """
    folder.mkdir(parents=True)
    connection = sqlite3.connect(database)
    try:
        rows = connection.execute("SELECT id, sha256, file_mtime_ns FROM instances").fetchall()
        for instance_id, digest, mtime_ns in rows:
            target = folder / f"{instance_id}.dcm"
            shutil.copyfile(IMAGES / f"{digest}.dcm", target)
            os.utime(target, ns=(mtime_ns, mtime_ns))
            connection.execute(
                "UPDATE instances SET file_path = ? WHERE id = ?", (str(target), instance_id)
            )
        connection.commit()
    finally:
        connection.close()


def _prepare(revision: str, tmp_path: Path) -> Path:
    """A copy of one release's database in a fresh data directory, images in place."""
    data = tmp_path / "data"
    data.mkdir()
    database = data / "casereview.sqlite"
    shutil.copyfile(DATABASES / f"schema_{revision}.sqlite", database)
    _put_images_back(database, tmp_path / "images")
    return data


@pytest.fixture(params=_fixture_revisions())
def released(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[str, Path]:
    """Revision and data directory of a prepared copy of each release's database."""
    revision: str = request.param
    return revision, _prepare(revision, tmp_path)


def test_every_released_revision_has_a_database_or_a_reason() -> None:
    revisions = [rev.revision for rev in reversed(list(script_directory().walk_revisions()))]
    made = set(_fixture_revisions())
    newest = max(made)
    assert newest in revisions
    released = revisions[: revisions.index(newest) + 1]
    missing = [rev for rev in released if rev not in made and rev not in NEVER_WRITTEN]
    assert missing == [], f"no committed database for schema revisions {missing}"
    assert not made & NEVER_WRITTEN.keys()


def test_fixtures_are_at_their_revision_and_hold_the_chinese_identity() -> None:
    for revision in _fixture_revisions():
        path = DATABASES / f"schema_{revision}.sqlite"
        assert _query(path, "SELECT version_num FROM alembic_version") == [(revision,)]
        names = {row[0] for row in _query(path, "SELECT patient_name FROM patients")}
        assert "Chen^Mei=陈^美" in names, revision
        for (digest,) in _query(path, "SELECT sha256 FROM instances"):
            assert (IMAGES / f"{digest}.dcm").is_file(), f"{revision}: image {digest} missing"


def test_upgrade_keeps_every_row_and_matches_a_new_database(
    released: tuple[str, Path], tmp_path: Path
) -> None:
    revision, data = released
    database = data / "casereview.sqlite"
    before = _dump(database)

    context = bootstrap(data)
    try:
        assert context.db.schema.from_revision == revision
        assert context.db.schema.to_revision == HEAD_REVISION
        assert context.db.schema.action == "upgraded"
        verification = verify_audit_chain(context.db)
        assert verification.intact, verification.describe()
        assert verification.records_checked >= len(before["audit_events"])
    finally:
        context.close()

    after = _dump(database)
    for table, rows in before.items():
        assert table in after, f"the upgrade from {revision} dropped table {table}"
        # The upgrade and the start are audited after the old records, which stay first.
        kept = after[table][: len(rows)] if table == "audit_events" else after[table]
        assert len(kept) == len(rows), f"the upgrade from {revision} changed the rows of {table}"
        for old, new in zip(rows, kept, strict=True):
            assert {key: new[key] for key in old} == old, f"a row of {table} changed"

    fresh = tmp_path / "fresh"
    new_context = bootstrap(fresh)
    new_context.close()
    expected = _schema(fresh / "casereview.sqlite")
    actual = _schema(database)
    assert sorted(actual) == sorted(expected)
    for name, shape in expected.items():
        assert actual[name] == shape, f"{name} differs from a new database's"


def test_upgraded_database_passes_check_and_audit_verify(
    released: tuple[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    _, data = released
    assert cli_main(["--data-dir", str(data), "check"]) == 0, capsys.readouterr().out
    assert cli_main(["--data-dir", str(data), "audit", "verify"]) == 0, capsys.readouterr().out


def _signed_decisions(database: Path) -> list[dict[str, Any]]:
    connection = sqlite3.connect(database)
    connection.row_factory = sqlite3.Row
    try:
        return [
            dict(row)
            for row in connection.execute(
                "SELECT * FROM decisions WHERE signed_at IS NOT NULL ORDER BY id"
            )
        ]
    finally:
        connection.close()


def test_chinese_text_and_signed_decisions_survive(released: tuple[str, Path]) -> None:
    revision, data = released
    database = data / "casereview.sqlite"
    signed_before = _signed_decisions(database) if revision >= "0007" else []
    context = bootstrap(data)
    try:
        with context.db.engine.connect() as connection:
            names = {
                row[0] for row in connection.exec_driver_sql("SELECT patient_name FROM patients")
            }
            users = {row[0] for row in connection.exec_driver_sql("SELECT display_name FROM users")}
            case_titles = [
                row[0] for row in connection.exec_driver_sql("SELECT title FROM cases ORDER BY id")
            ]
        assert "Chen^Mei=陈^美" in names
        assert "李娜 Li Na" in users
        if revision >= "0002":
            assert case_titles[0] == "胰头占位 Pancreatic head mass"
        if revision < "0007":
            return
        decisions = decisions_of_case(context.db, 1)
        flags = list_flags(context.db, open_only=False) if revision >= "0010" else []
        with context.db.engine.connect() as connection:
            layers = (
                {
                    row[0]
                    for row in connection.exec_driver_sql(
                        "SELECT layer FROM annotations WHERE case_id = 1 "
                        "UNION SELECT layer FROM segments WHERE case_id = 1"
                    )
                }
                if revision >= "0009"
                else set()
            )
    finally:
        context.close()
    if revision >= "0009":
        # The partner's answer merged into our case as its own layer, beside our own work.
        assert layers == {"", "Hôpital B"}
    if revision >= "0010":
        assert [flag.status for flag in flags] == [FlagStatus.KEPT_APART]
    signed = [decision for decision in decisions if decision.signed_at is not None]
    assert len(signed) == 2 and len(signed_before) == 2
    original, amendment = sorted(signed, key=lambda decision: decision.id)
    assert original.signed_by == "本地用户 Local user"
    assert original.superseded_by_id == amendment.id
    assert amendment.amends_id == original.id
    assert amendment.amendment_reason == "影像复核后更正 corrected after image review"
    assert original.content.procedure == "胰十二指肠切除术 Whipple"
    assert "可直接切除" in original.content.rationale
    assert "FOLFIRINOX" in amendment.content.rationale
    # Every column the release wrote is as it was (an upgrade may add columns, not change).
    signed_after = _signed_decisions(database)
    assert [
        {key: new[key] for key in old} for old, new in zip(signed_before, signed_after, strict=True)
    ] == signed_before


def _tamper_with_audit_record(database: Path, event_id: int) -> None:
    """Edit one audit record the way anyone holding the file can: lift the trigger, put it back."""
    connection = sqlite3.connect(database)
    try:
        (trigger_sql,) = connection.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
            ("audit_events_no_update",),
        ).fetchone()
        connection.execute("DROP TRIGGER audit_events_no_update")
        changed = connection.execute(
            "UPDATE audit_events SET details_json = '{}' WHERE id = ?", (event_id,)
        )
        assert changed.rowcount == 1
        connection.execute(trigger_sql)
        connection.commit()
    finally:
        connection.close()


@pytest.mark.parametrize(
    "revision", [revision for revision in _fixture_revisions() if revision >= "0007"]
)
def test_upgrade_does_not_launder_a_record_edited_before_it(revision: str, tmp_path: Path) -> None:
    # From 0007 on the release wrote a hash chain; an edit made before the upgrade must still
    # be found after it (older trails are chained by the upgrade itself and cannot be).
    data = _prepare(revision, tmp_path)
    database = data / "casereview.sqlite"
    (event_id,) = _query(
        database, "SELECT id FROM audit_events WHERE action = 'case.created' ORDER BY id LIMIT 1"
    )[0]
    _tamper_with_audit_record(database, event_id)

    context = bootstrap(data)
    try:
        verification = verify_audit_chain(context.db)
    finally:
        context.close()
    assert not verification.intact
    assert verification.broken is not None and verification.broken.event_id == event_id
