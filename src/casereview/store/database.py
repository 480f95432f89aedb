"""The open case database: engine, schema check and unit-of-work sessions."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, func, select, table, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from casereview.errors import DatabaseBusyError, DatabaseError
from casereview.messages import Message
from casereview.store.audit_heads import AUDIT_SEAL_INFO
from casereview.store.engine import create_database_engine, is_sqlite, writer
from casereview.store.migrate import SchemaOutcome, ensure_schema

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from casereview.domain.audit import AuditSeal

log = logging.getLogger(__name__)


class Database:
    """An open, schema-checked case database.

    Use :meth:`reading` for queries and :meth:`writing` for changes; each ``writing`` block is
    one transaction that is committed (durably) when the block ends without error.

    The ORM (``sqlalchemy.orm`` and the models) is imported when the first session opens, not
    with this module: ``casereview-cli info`` reads through :meth:`count_rows` and starts without
    it (see benchmarks/bench_cli.py).
    """

    def __init__(
        self, engine: Engine, url: str, schema: SchemaOutcome, audit_seal: AuditSeal | None = None
    ) -> None:
        self.engine = engine
        self.url = url
        self.schema = schema
        #: Key and signer of the audit trail (``None``: a plain SHA-256 chain, see
        #: ``AuditRepository.append``).
        self.audit_seal = audit_seal
        self._writer = writer(engine)

    @property
    def is_sqlite(self) -> bool:
        """Whether this is an embedded SQLite database."""
        return is_sqlite(self.url)

    @property
    def display_url(self) -> str:
        """The URL with any password hidden, safe to show and log."""
        return self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """Session for reads; rolled back at the end."""
        from sqlalchemy.orm import Session

        session = Session(bind=self.engine, expire_on_commit=False, info=self._session_info())
        try:
            yield session
        except OperationalError as exc:
            raise _translate(exc) from exc
        finally:
            session.rollback()
            session.close()

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """Session for one write transaction, committed when the block succeeds.

        Raises
        ------
        DatabaseBusyError
            If another program held the database longer than the busy timeout.
        DatabaseError
            If the database refused the change.
        """
        from sqlalchemy.orm import Session

        from casereview.store.case_progress import watch_case_items

        session = Session(bind=self._writer, expire_on_commit=False, info=self._session_info())
        watch_case_items(session)  # a case's "updated" follows its items and decisions
        try:
            yield session
            session.commit()
        except OperationalError as exc:
            session.rollback()
            raise _translate(exc) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def _session_info(self) -> dict[str, object]:
        # The audit repository finds the seal here (store/audit_heads.py).
        return {} if self.audit_seal is None else {AUDIT_SEAL_INFO: self.audit_seal}

    def count_rows(self, table_names: Iterable[str]) -> dict[str, int]:
        """Number of rows in each of ``table_names``, read in one transaction without the ORM.

        Raises
        ------
        DatabaseBusyError
            If another program held the database longer than the busy timeout.
        DatabaseError
            If the database refused the read (for example, a table that does not exist).
        """
        try:
            with self.engine.connect() as connection:
                return {
                    name: connection.scalar(select(func.count()).select_from(table(name))) or 0
                    for name in table_names
                }
        except OperationalError as exc:
            raise _translate(exc) from exc

    def integrity_problems(self) -> list[str]:
        """Run the backend's own consistency check; an empty list means healthy."""
        if not self.is_sqlite:
            return []
        with self.engine.connect() as connection:
            rows = connection.execute(text("PRAGMA integrity_check")).scalars().all()
            fk_rows = connection.execute(text("PRAGMA foreign_key_check")).all()
        problems = [str(row) for row in rows if row != "ok"]
        problems += [f"broken reference in table {row[0]} row {row[1]}" for row in fk_rows]
        return problems

    def close(self) -> None:
        """Close every pooled connection (the WAL is checkpointed by SQLite)."""
        self.engine.dispose()


def _translate(exc: OperationalError) -> DatabaseError:
    text_ = str(exc.orig) if exc.orig is not None else str(exc)
    if "locked" in text_ or "busy" in text_:
        return DatabaseBusyError(
            Message(
                "The database stayed busy with another program for too long. Try again; if it "
                "keeps happening, close other casereview windows using the same data directory."
            )
        )
    return DatabaseError(Message("The database refused the operation ({detail}).", detail=text_))


def open_database(
    url: str, *, backup_dir: Path | None = None, audit_seal: AuditSeal | None = None
) -> Database:
    """Open (creating or upgrading as needed) the case database at ``url``.

    Parameters
    ----------
    url
        SQLAlchemy URL; ``sqlite+pysqlite:///path`` for the embedded default.
    backup_dir
        Where SQLite backups go before an upgrade.
    audit_seal
        The installation's audit key and signer; audit records (including the one of a new or
        upgraded database) are then keyed and the head signed.

    Raises
    ------
    DatabaseTooNewError
        If the database was written by a newer casereview (the file is left untouched).
    DatabaseError
        If it cannot be opened or migrated.
    """
    if is_sqlite(url):
        file_name = make_url(url).database
        if file_name and file_name != ":memory:":
            Path(file_name).parent.mkdir(parents=True, exist_ok=True)
    # Engines connect lazily: ensure_schema reads (and may refuse) the stored revision through
    # a read-only connection before this engine first connects and switches the file to WAL.
    engine = create_database_engine(url)
    try:
        schema = ensure_schema(engine, url, backup_dir)
    except SQLAlchemyError as exc:
        engine.dispose()
        raise DatabaseError(
            Message(
                (
                    "The database could not be prepared ({error_type}). Your data is "
                    "unchanged; see the log file for details."
                ),
                error_type=type(exc).__name__,
            )
        ) from exc
    except BaseException:
        engine.dispose()
        raise
    database = Database(engine, url, schema, audit_seal)
    if schema.action != "current":
        _audit_schema_change(database)
    return database


def _audit_schema_change(database: Database) -> None:
    # Imported only here: a database is rarely created or upgraded, and the models are the
    # slowest part of opening one.
    from casereview.domain.audit import AuditAction
    from casereview.store.repositories import AuditRepository

    schema = database.schema
    action = (
        AuditAction.DATABASE_CREATED
        if schema.action == "created"
        else AuditAction.DATABASE_UPGRADED
    )
    with database.writing() as session:
        AuditRepository(session).append(
            action, "database", schema.to_revision, None, {"from": schema.from_revision}
        )
