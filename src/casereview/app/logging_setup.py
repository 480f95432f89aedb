"""Logging to a rotating file in the data directory.

Log records carry internal ids and hashed UIDs only; names, patient IDs and birth dates are
never passed to a logger (a test imports a patient with a unique marker and searches the logs).
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import warnings
from pathlib import Path

from casereview.library_warnings import log_warning, warning_place

_FORMAT = "%(asctime)s %(levelname)-7s %(name)s [pid %(process)d] %(message)s"
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
    file_handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(file_handler)
    if to_stderr:
        stderr_handler = logging.StreamHandler(sys.stderr)
        stderr_handler.set_name(_HANDLER_NAME + "-stderr")
        stderr_handler.setLevel(logging.DEBUG if verbose else logging.WARNING)
        stderr_handler.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
        # The terminal shows casereview's own messages; libraries' chatter stays in the file.
        stderr_handler.addFilter(lambda record: record.name.startswith("casereview"))
        root.addHandler(stderr_handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    # Third-party chatter at INFO (SQL echo, alembic steps) is not useful in a clinical log.
    for noisy in ("sqlalchemy", "alembic", "PIL", "matplotlib"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    # Libraries' warnings and pydicom's log messages can quote header bytes (names, IDs): the
    # log keeps their kind and place only, and the terminal gets none of them.
    warnings.showwarning = log_warning
    pydicom_logger = logging.getLogger("pydicom")
    if _reduce_to_place not in pydicom_logger.filters:
        pydicom_logger.addFilter(_reduce_to_place)


def _reduce_to_place(record: logging.LogRecord) -> bool:
    """Replace a library log record's text (which may quote file contents) by its place."""
    record.msg = "message at %s"
    record.args = (warning_place(record.pathname, record.lineno),)
    record.exc_info = None
    record.exc_text = None
    return True


def flush_logging() -> None:
    """Flush every handler (before a process exits or a test reads the file)."""
    for handler in logging.getLogger().handlers:
        handler.flush()
