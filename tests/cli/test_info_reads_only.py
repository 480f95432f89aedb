"""``casereview-cli info`` on an existing database reads only, and starts without Alembic or the
ORM (benchmarks/bench_cli.py times it; here we check what it loads and what it leaves behind)."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from casereview.app.context import bootstrap
from casereview.services.info import COUNTED_TABLES
from casereview.store.models import Base

#: Modules that an up-to-date database needs neither to open nor to describe.
NOT_FOR_INFO = ("alembic", "sqlalchemy.orm", "casereview.store.models")

_PROBE = """
import contextlib, io, json, sys
from casereview.app.cli import main
out = io.StringIO()
with contextlib.redirect_stdout(out):
    code = main(sys.argv[1:])
print(json.dumps({"code": code, "out": out.getvalue(), "modules": sorted(sys.modules)}))
"""


def _run(args: list[str], home: Path) -> dict[str, object]:
    env = {**os.environ, "CASEREVIEW_HOME": str(home)}
    env.pop("CASEREVIEW_DB", None)
    result = subprocess.run(
        [sys.executable, "-c", _PROBE, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    probe: dict[str, object] = json.loads(result.stdout.splitlines()[-1])
    assert probe["code"] == 0, probe["out"]
    return probe


def _row_counts(database: Path) -> dict[str, int]:
    connection = sqlite3.connect(database)
    try:
        return {
            name: connection.execute(f"SELECT count(*) FROM {name}").fetchone()[0]
            for name in COUNTED_TABLES
        }
    finally:
        connection.close()


def _loaded(probe: dict[str, object], prefixes: tuple[str, ...]) -> set[str]:
    names = probe["modules"]
    assert isinstance(names, list)
    modules = [str(name) for name in names]
    return {p for p in prefixes if any(m == p or m.startswith(p + ".") for m in modules)}


def test_info_on_a_current_database_loads_no_alembic_nor_orm_and_writes_nothing(
    tmp_path: Path,
) -> None:
    home = tmp_path / "home"
    _run(["info"], home)  # the first start creates the database
    database = home / "casereview.sqlite"
    counts_before = _row_counts(database)
    digest_before = hashlib.sha256(database.read_bytes()).hexdigest()

    probe = _run(["info", "--json"], home)

    assert not _loaded(probe, NOT_FOR_INFO)
    assert json.loads(str(probe["out"]))["counts"] == counts_before
    assert _row_counts(database) == counts_before
    assert hashlib.sha256(database.read_bytes()).hexdigest() == digest_before


def test_the_probe_sees_the_orm_of_a_command_that_reads_users(tmp_path: Path) -> None:
    """The check above can fail: ``user list`` reads users through the ORM."""
    home = tmp_path / "home"
    _run(["info"], home)
    assert _loaded(_run(["user", "list"], home), NOT_FOR_INFO) == {
        "sqlalchemy.orm",
        "casereview.store.models",
    }


def test_the_workstation_user_is_created_when_first_needed(_isolated_home: Path) -> None:
    ctx = bootstrap(user_on_demand=True)
    try:
        database = _isolated_home / "casereview.sqlite"
        assert _row_counts(database)["users"] == 0
        assert ctx.user.username == "local"
        assert _row_counts(database)["users"] == 1
    finally:
        ctx.close()
    eager = bootstrap()  # the GUI's way: the user exists once bootstrap returns
    try:
        assert eager.user.username == "local" and _row_counts(database)["users"] == 1
    finally:
        eager.close()


def test_counted_tables_are_tables_of_the_schema() -> None:
    assert set(COUNTED_TABLES) <= set(Base.metadata.tables)
