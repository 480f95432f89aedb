"""Problem entries never carry raw bytes from inside a file: names from archives are made safe.

Archive entry names are bytes from inside the archive: control characters (terminal escape
sequences, line breaks, a bell) and names that are not UTF-8 must not reach a problem's reason,
and the place shown for a problem has them replaced.
"""

from __future__ import annotations

import errno
import zipfile
from pathlib import Path
from typing import Any

import pytest

from casereview.dicom.scan import os_error_kind
from casereview.dicom.sources import SHOWN_PATH_LIMIT, expand_sources, shown_path
from casereview.messages import Message
from casereview.services.indexing import import_paths
from casereview.store.database import Database
from support import import_dirs

SERIES = "1.2.826.0.1.3680043.10.511.15.1"
#: Entry names with control characters; the DICOM ones must still be imported.
CONTROL_NAMES = ("esc\x1b[2J\x1b[31mred/IM1.dcm", "line\nbreak/IM2.dcm", "bell\x07IM3.dcm")
#: A placeholder replaced in the written archive by bytes that are not UTF-8.
_PLACEHOLDER, _NOT_UTF8 = b"QQ", b"\xff\x9b"


def _clean(text: str) -> None:
    assert all(ch.isprintable() for ch in text), f"control characters in {text!r}"


def _write_archive(kit: Any, path: Path, tmp_path: Path) -> Path:
    cts = [
        kit.make_ct(tmp_path / "ct" / f"{n}.dcm", series_uid=SERIES, number=n).read_bytes()
        for n in (1, 2, 3, 4)
    ]
    entries: list[tuple[str | zipfile.ZipInfo, bytes]] = [
        *zip(CONTROL_NAMES, cts[:3], strict=True),
        (f"raw-{_PLACEHOLDER.decode()}/IM4.dcm", cts[3]),
        ("../\x1b]0;owned\x07escape.dcm", b"x"),  # refused: it points outside the archive
        (kit.symlink_entry("lnk\x1b[5m.dcm"), b"/etc/passwd"),  # refused: a link
        ("notes\r\x1b[1A.txt", b"not DICOM"),  # unpacked, then not a DICOM file
    ]
    kit.write_zip(path, entries)
    data = path.read_bytes()
    # In the local header and the central directory; without the UTF-8 flag, as old Windows
    # tools write names in the machine's code page.
    assert data.count(_PLACEHOLDER) == 2
    path.write_bytes(data.replace(_PLACEHOLDER, _NOT_UTF8))
    return path


def test_zip_with_control_and_non_utf8_entry_names_gives_clean_problems(
    kit: Any, db: Database, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    archive = _write_archive(kit, tmp_path / "inbox" / "export.zip", tmp_path)

    report = import_paths(db, [archive], "tester", **import_dirs(tmp_path))

    assert report.imported == 4  # every DICOM entry, whatever its name
    assert len(report.problems) == 3
    for problem in report.problems:
        assert isinstance(problem.reason, Message)
        _clean(problem.reason)
        _clean(problem.path)
        for fragment in ("owned", "escape", "lnk", "notes", "esc", "\x1b"):
            assert fragment not in problem.reason
    shown = " | ".join(problem.path for problem in report.problems)
    assert "../?]0;owned?escape.dcm" in shown
    assert "lnk?[5m.dcm" in shown
    captured = capfd.readouterr()
    assert "Traceback" not in captured.out + captured.err


def test_zip_whose_names_claim_utf8_but_are_not_is_refused_cleanly(
    kit: Any, tmp_path: Path
) -> None:
    archive = _write_archive(kit, tmp_path / "inbox" / "export.zip", tmp_path)
    data = bytearray(archive.read_bytes())
    # Set the "names are UTF-8" flag (bit 11) on every local header and central record.
    for signature, flags_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = data.find(signature)
        while start >= 0:
            data[start + flags_at + 1] |= 0x08
            start = data.find(signature, start + 4)
    archive.write_bytes(bytes(data))

    result = expand_sources([archive], staging_dir=tmp_path / "imports")

    assert result.files == ()
    assert [problem.path for problem in result.problems] == [str(archive)]
    assert result.problems[0].reason.startswith("damaged or incomplete zip archive")
    _clean(result.problems[0].reason)


def test_os_errors_are_named_by_their_number_never_their_text() -> None:
    leaky = PermissionError(errno.EACCES, "Permission denied", "/data/DOE^JANE\x1b[2J/IM1.dcm")
    assert os_error_kind(leaky) == "Permission denied, EACCES"
    assert os_error_kind(OSError("bytes \x00\x1b of a file")) == "OSError"


def test_shown_paths_are_printable_and_bounded() -> None:
    assert shown_path("a\x1b[31mb\nc\udcff") == "a?[31mb?c?"
    long = shown_path("x" * 70000)
    assert len(long) == SHOWN_PATH_LIMIT + 1 and long.endswith("…")
    assert shown_path("/data/Série 3/IM1.dcm") == "/data/Série 3/IM1.dcm"
