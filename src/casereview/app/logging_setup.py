"""Logging to a rotating file in the data directory.

Log records carry internal ids and hashed UIDs only; names, patient IDs and birth dates are
never passed to a logger (a test imports a patient with a unique marker and searches the logs).
Libraries' records and warnings can quote file contents: every handler reduces them to their
kind and place (:mod:`casereview.library_warnings`), here and in worker processes.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path
from typing import TextIO

from casereview.library_warnings import LOG_FORMAT, guard_handler, guard_warnings

_HANDLER_NAME = "casereview-file"

MAX_LOG_BYTES = 5 * 1024 * 1024
LOG_BACKUPS = 5


def configure_logging(log_file: Path, *, verbose: bool = False, to_stderr: bool = False) -> None:
    """Send casereview's log records to ``log_file`` (rotated at 5 MB, 5 kept).

    Calling it again (another data directory in the same process, as tests do) replaces the
    previous file handler.
    """
    root = logging.getLogger()
    for handler in list(root.handlers):
        if handler.get_name() in (_HANDLER_NAME, _HANDLER_NAME + "-stderr"):
            root.removeHandler(handler)
            handler.close()
    log_file.parent.mkdir(parents=True, exist_ok=True)
    file_handler = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=MAX_LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
    )
    file_handler.set_name(_HANDLER_NAME)
    file_handler.setFormatter(logging.Formatter(LOG_FORMAT))
    # Libraries' log messages can quote header bytes (names, IDs): the file keeps their level,
    # logger and place only.
    root.addHandler(guard_handler(file_handler))
    if to_stderr:
        stderr_handler = _CurrentStderrHandler()
        stderr_handler.set_name(_HANDLER_NAME + "-stderr")
        stderr_handler.setLevel(logging.DEBUG if verbose else logging.WARNING)
        stderr_handler.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
        # The terminal shows casereview's own messages; libraries' chatter stays in the file.
        stderr_handler.addFilter(lambda record: record.name.startswith("casereview"))
        root.addHandler(guard_handler(stderr_handler))
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    # Third-party chatter at INFO (SQL echo, alembic steps) is not useful in a clinical log.
    # The network libraries log more than chatter: pynetdicom prints query identifiers
    # (patient names) at INFO, dicomweb-client and urllib3 the URLs with their query and the
    # request headers (credentials) at DEBUG. Their warnings and errors carry neither.
    for noisy in (
        "sqlalchemy",
        "alembic",
        "PIL",
        "matplotlib",
        "pynetdicom",
        "dicomweb_client",
        "urllib3",
    ):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    # Warnings (pydicom's, codecs') are logged as their kind and place; the terminal gets none.
    guard_warnings()


class _CurrentStderrHandler(logging.StreamHandler[TextIO]):
    """Writes to whatever ``sys.stderr`` is when a record comes, like logging's last resort.

    A handler that kept the stream it was created with would write into a closed one once
    that stream was swapped out and closed (an embedding host, or a test capturing output that
    ran the CLI in process), and print a "Logging error" traceback instead of the message.
    """

    @property
    def stream(self) -> TextIO:
        return sys.stderr

    @stream.setter
    def stream(self, _value: object) -> None:
        """StreamHandler assigns its stream on creation; the current sys.stderr wins."""


def flush_logging() -> None:
    """Flush every handler (before a process exits or a test reads the file)."""
    for handler in logging.getLogger().handlers:
        handler.flush()
