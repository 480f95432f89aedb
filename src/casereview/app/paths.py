"""Where casereview keeps its files."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from casereview.errors import ConfigurationError
from casereview.messages import Message

#: Environment variable that overrides the data directory (tests always set it).
HOME_ENV = "CASEREVIEW_HOME"


@dataclass(frozen=True, slots=True)
class DataPaths:
    """The layout of a data directory."""

    root: Path

    @property
    def database(self) -> Path:
        """The embedded SQLite database."""
        return self.root / "casereview.sqlite"

    @property
    def logs(self) -> Path:
        """Rotating log files (never PHI)."""
        return self.root / "logs"

    @property
    def log_file(self) -> Path:
        """The current log file."""
        return self.logs / "casereview.log"

    @property
    def backups(self) -> Path:
        """Database copies taken before schema upgrades."""
        return self.root / "backups"

    @property
    def cache(self) -> Path:
        """Thumbnails and other data that can be rebuilt."""
        return self.root / "cache"

    @property
    def settings(self) -> Path:
        """User settings."""
        return self.root / "settings.json"

    @property
    def ui_state(self) -> Path:
        """Window geometry and layout."""
        return self.root / "ui-state.ini"

    @property
    def imports(self) -> Path:
        """Where files unpacked from zip archives are kept (the index points at them)."""
        return self.root / "imports"

    @property
    def quarantine(self) -> Path:
        """Incoming files that clash with indexed ones (same UID, other content)."""
        return self.root / "quarantine"

    @property
    def keys(self) -> Path:
        """The institution's signing key and de-identification secret (owner-only files)."""
        return self.root / "keys"

    @property
    def demo(self) -> Path:
        """Where the synthetic demo case is written."""
        return self.root / "demo"

    def create(self) -> None:
        """Create the directories.

        Raises
        ------
        ConfigurationError
            If the directory cannot be created or written.
        """
        try:
            for directory in (self.root, self.logs, self.backups, self.cache, self.imports):
                directory.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ConfigurationError(
                Message(
                    "The data directory {root} cannot be created ({reason}). "
                    "Choose another with --data-dir or {variable}.",
                    root=str(self.root),
                    reason=exc.strerror or str(exc),
                    variable=HOME_ENV,
                )
            ) from exc
        if not os.access(self.root, os.W_OK):
            raise ConfigurationError(
                Message(
                    "The data directory {root} is not writable. "
                    "Choose another with --data-dir or {variable}.",
                    root=str(self.root),
                    variable=HOME_ENV,
                )
            )


def resolve_data_dir(
    explicit: str | os.PathLike[str] | None = None, environ: Mapping[str, str] | None = None
) -> DataPaths:
    """Choose the data directory: ``--data-dir``, then ``CASEREVIEW_HOME``, then the platform's.

    Parameters
    ----------
    explicit
        Value of ``--data-dir`` if given.
    environ
        Environment to read (``os.environ`` by default).
    """
    environ = os.environ if environ is None else environ
    if explicit:
        root = Path(explicit)
    elif environ.get(HOME_ENV):
        root = Path(environ[HOME_ENV])
    else:
        root = Path(platformdirs.user_data_dir("casereview", appauthor=False))
    return DataPaths(root.expanduser().resolve())
