"""Libraries' log records and warnings reach the log as kind and place, in every process.

Any logger that is not casereview's (pydicom, highdicom, PIL, pynetdicom, the ``py.warnings``
logger) is reduced to "library message LEVEL from LOGGER at module.py:line"; an exception on a
record keeps its type and stack, never its text; workers started by a fork server (as the GUI's
are) log to the same file with the same guard.
"""

from __future__ import annotations

import io
import logging
import multiprocessing
import sys
import warnings
from pathlib import Path

import pytest

from casereview.app.logging_setup import configure_logging, flush_logging
from casereview.dicom.workers import worker_pool
from casereview.library_warnings import configured_log_file

IDENTITY = "Wang^Li=王^丽 ZJ0012345 19580312"


@pytest.fixture
def log_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(warnings, "showwarning", warnings.showwarning)
    path = tmp_path / "logs" / "casereview.log"
    configure_logging(path)
    return path


def _text(path: Path) -> str:
    flush_logging()
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["pydicom", "highdicom", "PIL.PngImagePlugin", "pynetdicom.assoc"])
def test_a_library_record_keeps_its_level_logger_and_place(log_file: Path, name: str) -> None:
    logging.getLogger(name).warning("could not read %s", IDENTITY)

    text = _text(log_file)
    assert f"library message WARNING from {name} at unit/test_library_log_guard.py:" in text
    assert "ZJ0012345" not in text and "王" not in text and "Wang" not in text


def test_own_records_keep_their_text_and_exceptions_only_their_type(log_file: Path) -> None:
    own = logging.getLogger("casereview.tests")
    message = "Invalid value for VR PN: " + repr(IDENTITY)  # as a library would word it
    try:
        raise ValueError(message)
    except ValueError:
        own.exception("import of series #%d failed", 7)

    text = _text(log_file)
    assert "import of series #7 failed" in text
    assert "ValueError (message not logged)" in text
    assert "test_own_records_keep_their_text_and_exceptions_only_their_type" in text  # the stack
    assert "ZJ0012345" not in text and "Invalid value" not in text


def test_a_library_exception_is_dropped_with_its_text(log_file: Path) -> None:
    try:
        raise KeyError(IDENTITY)
    except KeyError:
        logging.getLogger("highdicom.seg").exception("failed on %s", IDENTITY)

    text = _text(log_file)
    assert "library message ERROR from highdicom.seg" in text
    assert "ZJ0012345" not in text and "KeyError" not in text


def test_a_warning_is_logged_as_its_kind_and_place(log_file: Path) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.warn(f"Unknown encoding '{IDENTITY}'", UserWarning, stacklevel=1)

    text = _text(log_file)
    assert "library warning UserWarning at unit/test_library_log_guard.py:" in text
    assert "ZJ0012345" not in text


def talk_like_a_library(marker: str) -> int:
    """In a worker: what pydicom does with a damaged file, and a line of casereview's own."""
    logging.getLogger("pydicom").warning("Unknown encoding '%s'", IDENTITY)
    warnings.warn(f"Unknown encoding '{IDENTITY}'", UserWarning, stacklevel=1)
    logging.getLogger("casereview.dicom.scan").warning("worker %s done", marker)
    return 1


@pytest.mark.parametrize("method", ["fork", "forkserver"])
def test_workers_log_to_the_same_file_through_the_same_guard(
    log_file: Path, method: str, capfd: pytest.CaptureFixture[str]
) -> None:
    if method not in multiprocessing.get_all_start_methods():
        pytest.skip(f"no {method} start method here")
    assert configured_log_file() == str(log_file)

    with worker_pool(1, multiprocessing.get_context(method)) as pool:
        assert pool.submit(talk_like_a_library, method).result() == 1

    text = _text(log_file)
    assert f"worker {method} done" in text
    assert "library message WARNING from pydicom at" in text
    assert "library warning UserWarning at unit/test_library_log_guard.py:" in text
    assert "ZJ0012345" not in text
    captured = capfd.readouterr()
    assert "ZJ0012345" not in captured.out + captured.err


def test_the_terminal_handler_follows_the_current_stderr(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A CLI run in process set up logging to the stderr of its time; once that stream is
    replaced and closed, a later warning goes to the new stderr, never a "Logging error"."""
    monkeypatch.setattr(warnings, "showwarning", warnings.showwarning)
    first = io.StringIO()
    monkeypatch.setattr(sys, "stderr", first)
    configure_logging(tmp_path / "logs" / "casereview.log", to_stderr=True)
    logging.getLogger("casereview.test").warning("first %s", "message")
    assert "first message" in first.getvalue()
    first.close()
    second = io.StringIO()
    monkeypatch.setattr(sys, "stderr", second)
    logging.getLogger("casereview.test").warning("second %s", "message")
    assert "second message" in second.getvalue()
    assert "Logging error" not in second.getvalue()
    configure_logging(tmp_path / "logs" / "casereview.log")  # leave no terminal handler behind
