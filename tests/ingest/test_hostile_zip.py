"""Hostile and damaged zip archives: each is refused or contained with a reason, and nothing is
ever written outside the archive's own staging folder."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path
from typing import Any

import pytest

from casereview.dicom import zip_staging
from casereview.dicom.sources import ExpandedSources, ZipLimits, expand_sources
from casereview.domain.progress import CancelToken
from casereview.errors import OperationCancelled

SERIES = "1.2.826.0.1.3680043.10.511.7.1"


@pytest.fixture
def work(tmp_path: Path) -> Path:
    """Everything a test creates lives here, so the whole tree can be compared."""
    folder = tmp_path / "work"
    (folder / "inbox").mkdir(parents=True)
    (folder / "data" / "imports").mkdir(parents=True)  # as the data directory provides it
    return folder


@pytest.fixture
def ct_bytes(kit: Any, tmp_path: Path) -> bytes:
    return bytes(kit.make_ct(tmp_path / "ct-source" / "ct.dcm", series_uid=SERIES).read_bytes())


def _expand(archive: Path, work: Path, **kwargs: Any) -> ExpandedSources:
    return expand_sources([archive], staging_dir=work / "data" / "imports", **kwargs)


def _staged_roots(work: Path) -> list[Path]:
    staging = work / "data" / "imports"
    return sorted(staging.iterdir()) if staging.exists() else []


def _reasons(result: ExpandedSources) -> dict[str, str]:
    """Problems keyed by the entry name (the part after the last archive separator)."""
    return {p.path.rsplit(zip_staging.ENTRY_SEPARATOR, 1)[-1]: p.reason for p in result.problems}


def test_hostile_entries_are_skipped_and_nothing_escapes(
    kit: Any, work: Path, tmp_path: Path, ct_bytes: bytes
) -> None:
    absolute = str(tmp_path / "escaped-absolute.dcm")
    archive = kit.write_zip(
        work / "inbox" / "from-partner.zip",
        [
            ("good/IM0001.dcm", ct_bytes),
            ("../escaped-1.dcm", b"x"),
            ("../../escaped-2.dcm", b"x"),
            ("../../../../../../../../escaped-3.dcm", b"x"),
            ("good/../../escaped-4.dcm", b"x"),
            ("..\\escaped-windows.dcm", b"x"),
            ("good/.. /escaped-trailing-space.dcm", b"x"),
            (absolute, b"x"),
            ("C:/escaped-drive.dcm", b"x"),
            ("C:escaped-drive-relative.dcm", b"x"),
            (kit.symlink_entry("shortcut"), str(tmp_path).encode()),
            ("secret.dcm", ct_bytes),
            ("Series: 3/CON.dcm", ct_bytes),
        ],
    )
    kit.patch_entry(archive, "secret.dcm", flag_bits=0x1)
    before = kit.tree(tmp_path)

    result = _expand(archive, work)

    (root,) = _staged_roots(work)
    created = kit.tree(tmp_path) - before
    assert created and all(
        path.startswith(str(root) + os.sep) or path == str(root) for path in created
    ), "something was written outside the staging folder"
    assert not kit.links_below(work / "data")
    assert not (tmp_path / "escaped-absolute.dcm").exists()
    assert result.staged_archives == 1
    staged = {path.relative_to(root / "files").as_posix(): path for path in result.files}
    # Names that are only illegal on Windows are made safe, not dropped: they hold images.
    assert sorted(staged) == ["Series_ 3/_CON.dcm", "good/IM0001.dcm"]
    assert staged["good/IM0001.dcm"].read_bytes() == ct_bytes
    reasons = _reasons(result)
    for name in (
        "../escaped-1.dcm",
        "../../escaped-2.dcm",
        "../../../../../../../../escaped-3.dcm",
        "good/../../escaped-4.dcm",
        "..\\escaped-windows.dcm",
        "good/.. /escaped-trailing-space.dcm",
    ):
        assert "outside the archive folder" in reasons[name], name
    assert "absolute path" in reasons[absolute]
    assert "drive letter" in reasons["C:/escaped-drive.dcm"]
    assert "drive letter" in reasons["C:escaped-drive-relative.dcm"]
    assert "link" in reasons["shortcut"]
    assert reasons["secret.dcm"] == (
        "password-protected archive entry; ask the sender for an unprotected copy"
    )
    assert all(p.path.startswith(str(archive) + " > ") for p in result.problems)
    assert len(result.problems) == 11


def test_link_then_write_through_it_refuses_the_archive(
    kit: Any, work: Path, tmp_path: Path
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    archive = kit.write_zip(
        work / "inbox" / "a.zip",
        [
            (kit.symlink_entry("dir"), str(outside).encode()),
            ("dir/payload.dcm", b"x"),
        ],
    )
    result = _expand(archive, work)
    assert result.files == () and _staged_roots(work) == []
    assert list(outside.iterdir()) == []
    assert any("refused" in p.reason for p in result.problems)


@pytest.mark.parametrize(
    "names",
    [
        ["IM0001.dcm", "IM0001.dcm"],
        ["ct/IM0001.dcm", "CT/im0001.DCM"],
        ["Se\u0301rie/IM1", "S\u00e9rie/IM1"],  # decomposed vs composed é (NFC)
        ["\ufb01le.dcm", "file.dcm"],  # ligature ﬁ vs "fi" (NFKC)
        ["IM1.", "IM1"],  # Windows drops the trailing dot
        ["report", "report/IM1.dcm"],  # a file and a folder of one name
    ],
    ids=["exact", "case", "nfc", "nfkc", "trailing-dot", "file-and-folder"],
)
def test_duplicate_names_refuse_the_whole_archive(kit: Any, work: Path, names: list[str]) -> None:
    archive = kit.write_zip(
        work / "inbox" / "dup.zip",
        [("first-ok.dcm", b"ok")] + [(name, b"x" * i) for i, name in enumerate(names, start=1)],
    )
    result = _expand(archive, work)
    assert result.files == () and result.staged_archives == 0
    assert _staged_roots(work) == []
    (problem,) = result.problems
    assert problem.path == f"{archive} > {names[1]}"
    assert "whole archive was refused" in problem.reason


def test_declared_zip_bomb_is_refused_before_writing(kit: Any, work: Path) -> None:
    # 8 MiB of zeros deflate to about 8 KiB: 1000:1, over the default 200:1.
    archive = kit.write_zip(
        work / "inbox" / "bomb", [("small.dcm", b"ok"), ("zeros.dcm", bytes(8 << 20))]
    )
    assert archive.stat().st_size < 64 << 10
    result = _expand(archive, work)
    assert result.files == () and _staged_roots(work) == []
    (problem,) = result.problems
    assert problem.path == f"{archive} > zeros.dcm"
    assert "zip bomb" in problem.reason


def test_bomb_is_caught_by_counting_bytes_when_headers_are_not_trusted(
    kit: Any, work: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Switching the header checks off leaves only the byte counter: it must stop the copy and
    # remove what was already unpacked.
    monkeypatch.setattr(zip_staging._Unpacker, "_check_declared", lambda *args: None)
    archive = kit.write_zip(
        work / "inbox" / "bomb.zip", [("a-first.dcm", b"ok" * 100), ("zeros.dcm", bytes(8 << 20))]
    )
    result = _expand(archive, work)
    assert result.files == () and _staged_roots(work) == []
    (problem,) = result.problems
    assert "zip bomb" in problem.reason


def test_lying_size_header_yields_a_damaged_entry_only(
    kit: Any, work: Path, ct_bytes: bytes
) -> None:
    archive = kit.write_zip(
        work / "inbox" / "liar.zip", [("good.dcm", ct_bytes), ("liar.dcm", os.urandom(200_000))]
    )
    kit.patch_entry(archive, "liar.dcm", file_size=1000)
    result = _expand(archive, work)
    assert [path.name for path in result.files] == ["good.dcm"]
    assert "damaged archive entry" in _reasons(result)["liar.dcm"]
    (root,) = _staged_roots(work)
    assert not (root / "files" / "liar.dcm").exists()


@pytest.mark.parametrize(
    ("limits", "entries", "expected"),
    [
        (ZipLimits(max_entries=5), [(f"IM{i}", b"x") for i in range(6)], "more than 5 files"),
        (
            ZipLimits(max_total_bytes=1 << 20),
            [("a", os.urandom(600_000)), ("b", os.urandom(600_000))],
            "unpacks to more than",
        ),
        (ZipLimits(max_entry_bytes=1000), [("a", os.urandom(2000))], "archive entry larger than"),
    ],
    ids=["entries", "total", "entry"],
)
def test_limits_refuse_the_archive(
    kit: Any, work: Path, limits: ZipLimits, entries: list[tuple[str, bytes]], expected: str
) -> None:
    archive = kit.write_zip(work / "inbox" / "big.zip", entries, compression=zipfile.ZIP_STORED)
    result = _expand(archive, work, limits=limits)
    assert result.files == () and _staged_roots(work) == []
    (problem,) = result.problems
    assert expected in problem.reason and "refused" in problem.reason


def test_overlapping_entries_refuse_the_archive(kit: Any, work: Path) -> None:
    archive = kit.write_zip(
        work / "inbox" / "overlap.zip", [("a.dcm", os.urandom(5000)), ("b.dcm", os.urandom(5000))]
    )
    kit.patch_entry(archive, "b.dcm", header_offset_of="a.dcm")
    result = _expand(archive, work)
    assert result.files == () and _staged_roots(work) == []
    assert "overlap" in result.problems[0].reason


def test_truncated_archive_is_reported(kit: Any, work: Path, ct_bytes: bytes) -> None:
    archive = kit.write_zip(
        work / "inbox" / "cut.zip", [(f"IM{i}.dcm", ct_bytes + os.urandom(4000)) for i in range(4)]
    )
    archive.write_bytes(archive.read_bytes()[: archive.stat().st_size // 2])
    result = _expand(archive, work)
    assert result.files == () and _staged_roots(work) == []
    (problem,) = result.problems
    assert problem.path == str(archive)
    assert "damaged or incomplete zip archive" in problem.reason


def test_corrupt_entry_keeps_the_good_ones(kit: Any, work: Path) -> None:
    payloads = {f"IM{i}.dcm": bytes(range(256)) * 200 + os.urandom(2000) for i in range(3)}
    archive = kit.write_zip(work / "inbox" / "flipped.zip", list(payloads.items()))
    with zipfile.ZipFile(archive) as zf:
        info = zf.getinfo("IM1.dcm")
        middle = info.header_offset + 30 + len(info.filename) + info.compress_size // 2
    data = bytearray(archive.read_bytes())
    data[middle : middle + 16] = bytes(16)
    archive.write_bytes(bytes(data))

    result = _expand(archive, work)
    assert sorted(path.name for path in result.files) == ["IM0.dcm", "IM2.dcm"]
    assert all(path.read_bytes() == payloads[path.name] for path in result.files)
    assert "damaged archive entry" in _reasons(result)["IM1.dcm"]


def test_unsupported_compression_is_reported(kit: Any, work: Path) -> None:
    archive = kit.write_zip(
        work / "inbox" / "bz.zip", [("IM1.dcm", b"x" * 100)], compression=zipfile.ZIP_BZIP2
    )
    result = _expand(archive, work)
    assert result.files == ()
    assert "compressed with a method" in result.problems[0].reason


class _CancelAfter(CancelToken):
    """Cancels itself at the n-th check: in the middle of unpacking."""

    def __init__(self, checks: int) -> None:
        super().__init__()
        self.left = checks

    def raise_if_cancelled(self) -> None:
        self.left -= 1
        if self.left <= 0:
            self.cancel()
        super().raise_if_cancelled()


def test_cancel_removes_what_was_unpacked(kit: Any, work: Path, ct_bytes: bytes) -> None:
    first = kit.write_zip(work / "inbox" / "1.zip", [("a.dcm", ct_bytes)])
    second = kit.write_zip(work / "inbox" / "2.zip", [(f"IM{i}.dcm", ct_bytes) for i in range(20)])
    with pytest.raises(OperationCancelled):
        expand_sources(
            [first, second], staging_dir=work / "data" / "imports", cancel=_CancelAfter(12)
        )
    assert _staged_roots(work) == []


def test_nested_archive_with_duplicates_is_refused_alone(
    kit: Any, work: Path, ct_bytes: bytes
) -> None:
    inner = kit.write_zip(work / "build" / "inner.zip", [("IM1.dcm", b"a"), ("im1.DCM", b"b")])
    outer = kit.write_zip(
        work / "inbox" / "outer.zip", [("keep.dcm", ct_bytes), ("inner.zip", inner.read_bytes())]
    )
    result = _expand(outer, work)
    assert [path.name for path in result.files] == ["keep.dcm"]
    (problem,) = result.problems
    assert problem.path == f"{outer} > inner.zip > im1.DCM"
    assert "whole archive was refused" in problem.reason


def test_bomb_nested_in_an_archive_refuses_the_outer_archive(
    kit: Any, work: Path, ct_bytes: bytes
) -> None:
    inner = kit.write_zip(work / "build" / "inner.zip", [("zeros.dcm", bytes(8 << 20))])
    outer = kit.write_zip(
        work / "inbox" / "outer.zip",
        [("keep.dcm", ct_bytes), ("inner.zip", inner.read_bytes())],
        compression=zipfile.ZIP_STORED,
    )
    result = _expand(outer, work)
    assert result.files == () and _staged_roots(work) == []
    (problem,) = result.problems
    assert problem.path == f"{outer} > inner.zip > zeros.dcm" and "zip bomb" in problem.reason
