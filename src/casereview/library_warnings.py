"""Libraries' warnings and log records reach the log as their kind and place, never their text.

A library's message can quote header bytes (pydicom's "Invalid value for VR DA: '19580312x'",
a tag made of a name's bytes), and header bytes can hold a patient's name, ID or birth date.
So the log keeps, of every warning, its category and the library module and line that raised
it; of every record from a logger that is not casereview's own, its level, logger and place;
and of any exception attached to a record, its type and stack (an exception's text can quote
data too). Nothing of it reaches the terminal. The same holds in worker processes, which get
their logging from :func:`configure_worker_logging`.
"""

from __future__ import annotations

import logging
import traceback
import warnings
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import PurePath
from typing import TextIO

log = logging.getLogger(__name__)

#: The logger whose records keep their text: casereview's own code never logs identity.
OWN_LOGGER = "casereview"

#: Layout of a line in the log file (the pid tells the main process from its workers).
LOG_FORMAT = "%(asctime)s %(levelname)-7s %(name)s [pid %(process)d] %(message)s"


def warning_place(filename: str, lineno: int) -> str:
    """Where a warning was raised, as ``package/module.py:line`` (no folders of the machine)."""
    parts = PurePath(filename).parts
    return f"{'/'.join(parts[-2:])}:{lineno}"


def log_warning(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: TextIO | None = None,
    line: str | None = None,
) -> None:
    """A :func:`warnings.showwarning` that logs the warning's kind and place only."""
    log.info("library warning %s at %s", category.__name__, warning_place(filename, lineno))


@contextmanager
def logged_warnings() -> Iterator[None]:
    """Collect the warnings raised inside the block and log each kind and place once, counted.

    Reading damaged or unusual files makes pydicom warn per element; one log line per kind
    and place keeps the log readable, and nothing is printed.
    """
    seen: Counter[tuple[str, str]] = Counter()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            yield
        finally:
            for item in caught:
                seen[(item.category.__name__, warning_place(item.filename, item.lineno))] += 1
    for (kind, place), count in sorted(seen.items()):
        log.info("library warning %s at %s (%d times)", kind, place, count)


def is_own_record(record: logging.LogRecord) -> bool:
    """Whether ``record`` comes from one of casereview's loggers."""
    return record.name == OWN_LOGGER or record.name.startswith(OWN_LOGGER + ".")


def exception_outline(error: BaseException) -> str:
    """An exception as its type and stack, without its message (which can quote data)."""
    frames = "".join(traceback.format_tb(error.__traceback__)).rstrip("\n")
    return f"{type(error).__name__} (message not logged)\n{frames}"


class LibraryRecordFilter(logging.Filter):
    """A handler filter that keeps the text of casereview's records only.

    A record of any other logger (pydicom, pynetdicom, PIL, highdicom, SQLAlchemy, a codec, the
    ``py.warnings`` logger) becomes "library message LEVEL from LOGGER at module.py:line". Any
    exception attached to a record is reduced to its type and stack. The record is rewritten
    in place, so every handler after this one sees the reduced record too.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        """Rewrite ``record`` if needed; never drop it (its place is worth keeping)."""
        if not is_own_record(record):
            record.msg = "library message %s from %s at %s"
            record.args = (
                record.levelname,
                record.name,
                warning_place(record.pathname, record.lineno),
            )
            record.exc_info = None
            record.exc_text = None
            record.stack_info = None
        elif record.exc_info and record.exc_info[1] is not None:
            record.exc_text = exception_outline(record.exc_info[1])
            record.exc_info = None
        return True


def guard_handler(handler: logging.Handler) -> logging.Handler:
    """Add the :class:`LibraryRecordFilter` to ``handler`` (once) and return it."""
    if not any(isinstance(f, LibraryRecordFilter) for f in handler.filters):
        handler.addFilter(LibraryRecordFilter())
    return handler


def guard_warnings() -> None:
    """Send every warning shown in this process to the log as its kind and place."""
    warnings.showwarning = log_warning


def configured_log_file() -> str | None:
    """The file this process logs to through a guarded handler, if logging is configured."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, logging.FileHandler) and any(
            isinstance(f, LibraryRecordFilter) for f in handler.filters
        ):
            return handler.baseFilename
    return None


def configure_worker_logging(log_file: str | None, level: int) -> None:
    """Give a worker process the main process's guarded logging (a pool initializer's part).

    A forked worker inherits the guarded handlers and the warning hook: only the hook is set
    again. A worker started afresh (fork server, spawn) has no handler at all, and Python's
    last-resort handler would print library records in full on the terminal: it gets a
    guarded handler appending to the main process's log file (or, with no log file, one that
    drops records).

    Parameters
    ----------
    log_file
        The main process's log file (:func:`configured_log_file`), or ``None``.
    level
        The main process's root logging level.
    """
    guard_warnings()
    root = logging.getLogger()
    if root.handlers:
        for inherited in root.handlers:
            guard_handler(inherited)
        return
    handler: logging.Handler
    if log_file is None:
        handler = logging.NullHandler()
    else:
        handler = logging.FileHandler(log_file, encoding="utf-8", delay=True)
        handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root.addHandler(guard_handler(handler))
    root.setLevel(level)
