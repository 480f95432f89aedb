"""Bring a database to the schema this version of casereview expects.

On open: a new database is created at head; an older one is backed up (SQLite) and upgraded;
one written by a newer casereview is refused before anything touches it.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, inspect, text
from sqlalchemy.engine import make_url

from casereview.errors import DatabaseError, DatabaseTooNewError
from casereview.messages import Message
from casereview.store.engine import is_sqlite, writer

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")

#: The schema revision this version of casereview writes: the single head of the packaged
#: migrations. Written out so that opening a current database needs no Alembic (importing it
#: takes longer than the rest of ``casereview-cli info``); a test fails when a new migration is
#: added without changing it.
HEAD_REVISION = "0018"


@dataclass(frozen=True, slots=True)
class SchemaOutcome:
    """What :func:`ensure_schema` did.

    Attributes
    ----------
    action
        ``"created"``, ``"upgraded"`` or ``"current"``.
    from_revision, to_revision
        Schema revision before and after (``None`` before for a new database).
    backup_path
        Copy of the database taken before an upgrade (SQLite only).
    """

    action: str
    from_revision: str | None
    to_revision: str
    backup_path: Path | None = None


def alembic_config() -> Config:
    """Return an Alembic configuration pointing at the packaged migrations."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def script_directory() -> ScriptDirectory:
    """Return the packaged migration scripts."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def known_revisions() -> set[str]:
    """Every revision this version of casereview knows."""
    return {rev.revision for rev in script_directory().walk_revisions()}


def _sqlite_path(url: str) -> Path | None:
    database = make_url(url).database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database)


def stored_revision(url: str) -> str | None:
    """Read the schema revision of the database at ``url`` without changing it.

    Returns
    -------
    str or None
        The stored revision, or ``None`` for a missing or empty database.

    Raises
    ------
    DatabaseError
        If the database holds tables but is not a casereview database, or cannot be read.
    """
    path = _sqlite_path(url) if is_sqlite(url) else None
    if is_sqlite(url):
        if path is None or not path.exists() or path.stat().st_size == 0:
            return None
        return _sqlite_revision_read_only(path)
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
            if "alembic_version" not in tables:
                if tables:
                    raise DatabaseError(
                        Message(
                            "The database holds tables but none of casereview's; "
                            "choose an empty database or a casereview database."
                        )
                    )
                return None
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    finally:
        engine.dispose()


def _sqlite_revision_read_only(path: Path) -> str | None:
    # A read-only connection cannot change the file. Without a pending write-ahead log the
    # file is complete, and "immutable" also keeps SQLite from leaving -wal/-shm files beside
    # a database we may be about to refuse.
    wal = path.with_name(path.name + "-wal")
    pending_log = wal.exists() and wal.stat().st_size > 0
    uri = f"file:{quote(str(path.resolve()))}?mode=ro" + ("" if pending_log else "&immutable=1")
    try:
        connection = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise DatabaseError(
            Message(
                (
                    "The database file {name} cannot be opened ({exc}). Check that it "
                    "exists and that you may read it."
                ),
                name=path.name,
                exc=exc,
            )
        ) from exc
    try:
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        if "alembic_version" not in tables:
            if tables:
                raise DatabaseError(
                    Message(
                        (
                            "{name} is an SQLite database but not a casereview database; choose "
                            "another file or data directory."
                        ),
                        name=path.name,
                    )
                )
            return None
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(
            Message(
                (
                    "{name} is not a readable database ({exc}). Restore it from a backup "
                    "in the data directory's backups folder, or open another data "
                    "directory."
                ),
                name=path.name,
                exc=exc,
            )
        ) from exc
    finally:
        connection.close()


def check_not_newer(revision: str | None) -> None:
    """Refuse a revision this version does not know.

    Raises
    ------
    DatabaseTooNewError
        If ``revision`` was written by a newer casereview.
    """
    if revision is not None and revision not in known_revisions():
        raise DatabaseTooNewError(
            Message(
                "This database was written by a newer casereview (schema {revision}; this "
                "version knows up to {head}). It was left untouched. Install the newer "
                "casereview or open another data directory.",
                revision=revision,
                head=HEAD_REVISION,
            )
        )


def backup_sqlite(path: Path, backup_dir: Path, revision: str) -> Path:
    """Copy an SQLite database consistently (online backup API) before it is upgraded.

    Returns
    -------
    Path
        The backup file.
    """
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = backup_dir / f"{path.stem}.schema-{revision}.{stamp}.sqlite"
    source = sqlite3.connect(str(path))
    try:
        destination = sqlite3.connect(str(target))
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()
    return target


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the packaged migrations on ``engine`` up to ``revision``."""
    from alembic import command

    config = alembic_config()
    with writer(engine).connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            # Batch mode rebuilds tables that others refer to (dropping the old copy would count
            # as deleting every parent row); SQLite only lets foreign keys be switched off
            # outside a transaction, so on the driver's connection, before ours begins.
            connection.connection.cursor().execute("PRAGMA foreign_keys = OFF")
        try:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
            if sqlite and connection.exec_driver_sql("PRAGMA foreign_key_check").first():
                connection.rollback()
                raise DatabaseError(
                    Message(
                        "The database upgrade would leave rows pointing at missing ones, so it "
                        "was not applied. Your data is unchanged; see the log file for details."
                    )
                )
            connection.commit()
        finally:
            if sqlite:
                connection.connection.cursor().execute("PRAGMA foreign_keys = ON")


def ensure_schema(engine: Engine, url: str, backup_dir: Path | None) -> SchemaOutcome:
    """Create, upgrade or accept the database behind ``engine``.

    Parameters
    ----------
    engine
        Engine from :func:`casereview.store.engine.create_database_engine` for ``url``.
    url
        The database URL (used to read the revision before the engine touches anything).
    backup_dir
        Where SQLite backups go before an upgrade (next to the database when ``None``).

    Raises
    ------
    DatabaseTooNewError
        If the database comes from a newer casereview; nothing is written.
    DatabaseError
        If the database is not a casereview database or cannot be read.
    """
    before = stored_revision(url)
    head = HEAD_REVISION
    if before == head:
        return SchemaOutcome("current", before, head)
    check_not_newer(before)
    backup_path: Path | None = None
    if before is not None:
        sqlite_path = _sqlite_path(url) if is_sqlite(url) else None
        if sqlite_path is not None:
            backup_path = backup_sqlite(sqlite_path, backup_dir or sqlite_path.parent, before)
            log.info("database backed up before upgrade from schema %s", before)
        else:
            log.warning(
                "upgrading a server database from schema %s; its administrator's backups "
                "are the way back",
                before,
            )
    upgrade(engine, head)
    log.info("database schema %s -> %s", before or "(new)", head)
    return SchemaOutcome("created" if before is None else "upgraded", before, head, backup_path)
