"""New test databases are copies of one migrated database instead of 18 migrations each.

Most tests open a fresh SQLite database (the ``db`` and ``context`` fixtures, every site of the
exchange tests, every in-process command), and running the migrations from nothing costs 0.1 to
0.4 s each time, a third of ``tests/unit``'s run. The first new database of a test process is
migrated for real into a template; every later one starts as a copy of that file, which is
exactly what the same migrations would have written (the schema, its triggers and the stored
revision; the migrations insert no rows and touch no other file). Everything ``open_database``
does after migrating (the audit record of the new database, WAL, the pragmas) happens as before.

Only a brand-new SQLite file migrated to the head is served from the template: an older database
is upgraded for real, PostgreSQL is migrated for real, and so is every database of the
migration tests (``tests/migrations``), which check the migrations themselves. With the
environment variable ``CASEREVIEW_TESTS_MIGRATE_EACH=1`` every database is migrated for real.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from sqlalchemy.engine import Engine

from casereview.store import migrate
from casereview.store.engine import create_database_engine, sqlite_url_for_path

#: The function the template stands in for (``migrate.upgrade`` is patched for the session).
_real_upgrade = migrate.upgrade

_folder: Path | None = None
_template: Path | None = None
_enabled = True
_copies = 0


def set_folder(folder: Path | None) -> Path | None:
    """Choose where this process keeps its template (set once per session by conftest);
    returns the folder chosen before."""
    global _folder, _template
    previous = _folder
    _folder, _template = folder, None
    return previous


def set_enabled(enabled: bool) -> None:
    """Serve new databases from the template (``False``: migrate each one for real)."""
    global _enabled
    _enabled = enabled


def copies_made() -> int:
    """How many new databases this process started from the template so far."""
    return _copies


def upgrade_from_template(engine: Engine, revision: str = "head") -> None:
    """Same contract as ``casereview.store.migrate.upgrade``; a new SQLite file is a copy."""
    target = _new_sqlite_file(engine)
    if (
        not _enabled
        or _folder is None
        or target is None
        or revision not in ("head", migrate.HEAD_REVISION)
    ):
        _real_upgrade(engine, revision)
        return
    global _copies
    shutil.copyfile(_migrated_template(), target)
    _copies += 1


def _new_sqlite_file(engine: Engine) -> Path | None:
    """The file behind ``engine`` if it is SQLite and holds nothing yet, else None."""
    if engine.dialect.name != "sqlite":
        return None
    name = engine.url.database
    if not name or name == ":memory:" or name.startswith("file:"):
        return None
    path = Path(name)
    if path.exists() and path.stat().st_size > 0:
        return None
    if path.with_name(path.name + "-wal").exists():
        return None  # a database in the making: let the migrations see what is there
    return path


def _migrated_template() -> Path:
    global _template
    if _template is None:
        assert _folder is not None
        _folder.mkdir(parents=True, exist_ok=True)
        path = _folder / "migrated-at-head.sqlite"
        path.unlink(missing_ok=True)
        engine = create_database_engine(sqlite_url_for_path(str(path)))
        try:
            _real_upgrade(engine, migrate.HEAD_REVISION)
        finally:
            engine.dispose()
        # Everything in the main file: a copy needs no write-ahead log beside it.
        connection = sqlite3.connect(path)
        try:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            connection.close()
        assert not path.with_name(path.name + "-wal").exists()
        _template = path
    return _template
