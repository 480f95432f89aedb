"""Warnings of libraries (pydicom, codecs) go to the log as their kind and place, never their text.

A library's warning text can quote header bytes, and header bytes can hold a patient's name or
ID: the log records only the warning's category and the library module and line that raised it,
and nothing of it reaches the terminal.
"""

from __future__ import annotations

import logging
import warnings
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import PurePath
from typing import TextIO

log = logging.getLogger(__name__)


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
