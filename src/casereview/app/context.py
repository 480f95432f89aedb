"""Building the application context shared by the GUI and the CLI."""

from __future__ import annotations

import logging
import os

from casereview import __version__
from casereview.app.logging_setup import configure_logging
from casereview.app.paths import DataPaths, resolve_data_dir
from casereview.domain.settings import Settings
from casereview.domain.users import User
from casereview.messages import Message
from casereview.services.audit_keys import load_audit_seal
from casereview.store.database import Database, open_database
from casereview.store.engine import sqlite_url_for_path
from casereview.store.settings_file import load_settings, save_settings

log = logging.getLogger(__name__)

#: Environment variable naming a database URL (``--db`` wins over it).
DB_ENV = "CASEREVIEW_DB"


class AppContext:
    """Everything a front end needs: where files are, the settings, the open database, the user.

    Parameters
    ----------
    paths, settings, db
        The data directory's paths, its settings and its open database.
    user
        The stored user to work as, or ``None`` to work as the user the settings name, who is
        looked up (and created, audited, if missing) the first time :attr:`user` is read. Until
        then nothing is written, so a command that only reads (``casereview-cli info``) leaves
        the database as it found it and starts without the ORM.
    audit_warning
        What the audit trail check at start found wrong, for the front end to show (``None``
        when the trail looked intact).
    """

    __slots__ = ("_user", "audit_warning", "db", "paths", "settings", "version")

    def __init__(
        self,
        paths: DataPaths,
        settings: Settings,
        db: Database,
        user: User | None = None,
        audit_warning: Message | None = None,
    ) -> None:
        self.paths = paths
        self.settings = settings
        self.db = db
        self.version = __version__
        self._user = user
        self.audit_warning = audit_warning

    @property
    def user(self) -> User:
        """The user this context works as."""
        if self._user is None:
            # Imported when first needed: the users service brings the ORM models with it.
            from casereview.services.users import ensure_user

            self._user = ensure_user(self.db, _user_from(self.settings))
        return self._user

    def update_settings(self, settings: Settings) -> None:
        """Store new settings and make sure the (possibly new) user exists."""
        from casereview.services.users import ensure_user

        save_settings(self.paths.settings, settings)
        self.settings = settings
        self._user = ensure_user(self.db, _user_from(settings))

    def switch_user(self, user: User) -> None:
        """Work as ``user`` from now on and remember it for this workstation (the settings)."""
        from casereview.services.users import ensure_user

        stored = ensure_user(self.db, user)
        settings = self.settings.with_changes(
            user_name=stored.username,
            user_display_name=stored.display_name,
            user_role=stored.role,
        )
        save_settings(self.paths.settings, settings)
        self.settings = settings
        self._user = stored

    def close(self) -> None:
        """Release the database."""
        self.db.close()


def _user_from(settings: Settings) -> User:
    return User(
        id=0,
        username=settings.user_name,
        display_name=settings.user_display_name,
        role=settings.user_role,
        institution=settings.institution_name,
    )


def _clean_staging(db: Database, paths: DataPaths) -> None:
    """Remove what interrupted imports left; a start with nothing to remove lists one folder."""
    from casereview.dicom.staging_folders import abandoned_roots

    if not abandoned_roots(paths.imports):
        return
    from casereview.services.integrity import remove_staging_leftovers

    try:
        remove_staging_leftovers(db, paths.imports)
    except OSError as exc:  # a tidy-up that fails must not keep anyone from working
        log.warning("could not tidy the imports folder: %s", exc.strerror)


def _check_audit_trail(db: Database) -> Message | None:
    """The cheap audit check at start: the signed head against the trail's newest records.

    Not blocking: what it finds is logged (ids and counts only) and handed to the front end,
    which shows it; ``casereview-cli audit verify`` recomputes the whole chain.
    """
    from casereview.services.audit_check import check_audit_at_start

    result = check_audit_at_start(db)
    if result.intact:
        return None
    message = result.describe()
    # Info, not warning: the front end shows the message itself (the CLI on stderr, which also
    # receives warnings from the log); the log file keeps it either way.
    log.info("audit trail check at start: %s", message)
    return message


def bootstrap(
    data_dir: str | os.PathLike[str] | None = None,
    db_url: str | None = None,
    *,
    verbose: bool = False,
    log_to_stderr: bool = False,
    user: str | None = None,
    user_on_demand: bool = False,
    exchange: bool = True,
    clean_staging: bool = True,
) -> AppContext:
    """Prepare the data directory, logging, settings and database.

    Parameters
    ----------
    data_dir
        ``--data-dir`` value; falls back to ``CASEREVIEW_HOME`` and the platform's directory.
    db_url
        ``--db`` value; falls back to ``CASEREVIEW_DB`` and the SQLite file in the data dir.
    user
        ``--user`` value: the user name to work as (must exist, checked here); without it, the
        user this workstation remembers in its settings (created if missing).
    user_on_demand
        Without ``user``, look the workstation's user up (creating it) when a command first
        reads :attr:`AppContext.user` instead of now. The command line does this so that
        read-only commands write nothing and start without the ORM.
    exchange
        Register the case-package providers. The command line leaves them to the package
        commands that use them: importing the exchange takes longer than the rest of the
        start-up (see benchmarks/bench_cli.py).
    clean_staging
        Delete what interrupted imports left in the imports folder (files no committed import
        owns); ``casereview-cli check`` leaves them for its report.

    Raises
    ------
    ConfigurationError
        If the data directory or the settings are unusable.
    DatabaseError
        If the database cannot be opened (including one from a newer version).
    NotFoundError
        If ``user`` names no stored user.
    """
    paths = resolve_data_dir(data_dir)
    paths.create()
    configure_logging(paths.log_file, verbose=verbose, to_stderr=log_to_stderr)
    log.info("casereview %s starting (pid %d)", __version__, os.getpid())
    settings = load_settings(paths.settings)
    if not paths.settings.exists():
        save_settings(paths.settings, settings)
    url = db_url or os.environ.get(DB_ENV) or sqlite_url_for_path(str(paths.database))
    seal = load_audit_seal(paths.keys, url, paths.root)
    db = open_database(url, backup_dir=paths.backups, audit_seal=seal)
    log.info(
        "database %s at schema %s (%s)", db.display_url, db.schema.to_revision, db.schema.action
    )
    current: User | None = None
    try:
        audit_warning = _check_audit_trail(db)
        if clean_staging:
            _clean_staging(db, paths)
        if user:
            from casereview.services.users import get_user

            current = get_user(db, user)
        elif not user_on_demand:
            from casereview.services.users import ensure_user

            current = ensure_user(db, _user_from(settings))
    except BaseException:
        db.close()
        raise
    if exchange:
        from casereview.app.exchange_setup import register_exchange_providers

        register_exchange_providers()
    return AppContext(
        paths=paths, settings=settings, db=db, user=current, audit_warning=audit_warning
    )
