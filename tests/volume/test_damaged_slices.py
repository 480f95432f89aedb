"""A series with damaged slices opens without them and says how many were left out.

One slice has truncated pixel data (its header is intact, so it is indexed and fails only when
decoded), another a broken header (a sequence nested too deeply to read). Examined from the
files' headers or from the index, and through the CLI's ``examine`` and ``volume``, the series
opens as one volume on the full grid, with warnings that count the files left out.
"""

from __future__ import annotations

import json
import struct
from pathlib import Path

import pydicom
import pytest

from casereview.app import cli
from casereview.dicom.series_examine import examine_series
from casereview.dicom.volume import load_volume
from support import write_ct_slices

SLICES = 8
TRUNCATED, BROKEN = 2, 5  # indices of the damaged slices
_UNREADABLE = "1 file(s) of this series could not be read and were left out"
_UNDECODABLE = "1 image file(s) of this series could not be decoded and were left out"


def _truncate_pixels(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - len(data) // 3])


def _break_header(path: Path) -> None:
    """Insert a sequence nested far deeper than any reader follows, just after the file meta."""
    data = path.read_bytes()
    meta_end = 144 + struct.unpack_from("<I", data, 140)[0]
    opening = b"\x08\x00\x15\x11SQ\x00\x00\xff\xff\xff\xff" + b"\xfe\xff\x00\xe0\xff\xff\xff\xff"
    closing = b"\xfe\xff\x0d\xe0\x00\x00\x00\x00" + b"\xfe\xff\xdd\xe0\x00\x00\x00\x00"
    path.write_bytes(data[:meta_end] + opening * 3000 + closing * 3000 + data[meta_end:])


def _uid(path: Path) -> str:
    return str(pydicom.dcmread(path, stop_before_pixels=True).SOPInstanceUID)


def test_series_examined_from_headers_opens_without_damaged_slices(tmp_path: Path) -> None:
    paths = write_ct_slices(tmp_path / "series", slices=SLICES, rows=32, columns=32)
    uids = [_uid(path) for path in paths]
    _truncate_pixels(paths[TRUNCATED])
    _break_header(paths[BROKEN])

    examination = examine_series(paths)

    assert [path for path, _ in examination.skipped] == [paths[BROKEN]]
    assert len(examination.loadables) == 1
    part = examination.part(0)
    assert len(part.frames) == SLICES - 1
    assert any(note.startswith(_UNREADABLE) for note in part.warnings)
    assert any("nested too deeply" in note for note in part.warnings)

    loaded = load_volume(part, workers=1)
    assert loaded.shape == (SLICES, 32, 32)  # the full grid: the gaps are interpolated
    decoded = set(loaded.sop_instance_uids) - {""}
    assert decoded == set(uids) - {uids[TRUNCATED], uids[BROKEN]}
    undecodable = [note for note in loaded.warnings if note.startswith(_UNDECODABLE)]
    assert len(undecodable) == 1 and paths[TRUNCATED].name in undecodable[0]
    assert any(note.startswith(_UNREADABLE) for note in loaded.warnings)


def test_indexed_series_with_damaged_slices_opens_in_cli_examine_and_volume(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "series"
    paths = write_ct_slices(folder, slices=SLICES, rows=32, columns=32)
    series_uid = str(pydicom.dcmread(paths[0], stop_before_pixels=True).SeriesInstanceUID)
    _truncate_pixels(paths[TRUNCATED])  # the header is intact: it is indexed
    assert cli.main(["import", str(folder)]) == 0
    assert f"imported        {SLICES}" in capsys.readouterr().out
    # Damaged after import: examination sees the file changed and reads its header again.
    _break_header(paths[BROKEN])

    assert cli.main(["examine", series_uid]) == 0
    captured = capsys.readouterr()
    assert f"({SLICES - 1} images" in captured.out
    assert f"warning: {_UNREADABLE}" in captured.out
    assert "other files: 1" in captured.out
    assert "Traceback" not in captured.err

    assert cli.main(["examine", series_uid, "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert [item["path"] for item in payload["skipped"]] == [str(paths[BROKEN])]

    out = tmp_path / "volume.nii.gz"
    assert cli.main(["volume", series_uid, "--out", str(out)]) == 0
    captured = capsys.readouterr()
    assert f"shape           {SLICES} x 32 x 32" in captured.out
    assert f"warning: {_UNREADABLE}" in captured.out
    assert f"warning: {_UNDECODABLE}" in captured.out
    assert paths[TRUNCATED].name in captured.out
    assert "Traceback" not in captured.err
    assert out.is_file()
