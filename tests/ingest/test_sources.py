"""expand_sources: folders, links, DICOMDIR media, archives recognised by content, nesting."""

from __future__ import annotations

import os
import shutil
import warnings
from pathlib import Path
from typing import Any

import pydicom
import pytest

from casereview.dicom.sources import ExpandedSources, expand_sources

SERIES = "1.2.826.0.1.3680043.10.511.8.1"


@pytest.fixture
def staging(tmp_path: Path) -> Path:
    return tmp_path / "data" / "imports"


def _reasons(result: ExpandedSources) -> dict[str, str]:
    return {p.path: p.reason for p in result.problems}


def test_folder_walk_is_sorted_deduplicated_and_stays_in_the_tree(
    tmp_path: Path, staging: Path
) -> None:
    root = tmp_path / "cd"
    for relative in (
        "b/2.dcm",
        "a/1.dcm",
        "a/sub/3.txt",
        "0.dcm",
        "imports/staged.dcm",
        "quarantine/kept.dcm",
    ):
        (root / relative).parent.mkdir(parents=True, exist_ok=True)
        (root / relative).write_bytes(b"data " + relative.encode())
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "secret.dcm").write_bytes(b"outside")
    (root / "link-out").symlink_to(outside, target_is_directory=True)
    (root / "file-out").symlink_to(outside / "secret.dcm")
    (root / "link-in").symlink_to(root / "a", target_is_directory=True)
    (root / "same-file").symlink_to(root / "0.dcm")
    (root / "broken").symlink_to(root / "gone.dcm")
    os.mkfifo(root / "a" / "pipe")  # opening it to sniff its content would hang the import

    result = expand_sources(
        [root, root / "a" / "1.dcm", root],
        staging_dir=root / "imports",
        skip_dirs=[root / "quarantine"],
    )

    assert [p.relative_to(root).as_posix() for p in result.files] == [
        "0.dcm",
        "a/1.dcm",
        "a/sub/3.txt",
        "b/2.dcm",
    ]
    reasons = _reasons(result)
    assert "outside the chosen folder" in reasons[str(root / "link-out")]
    assert "outside the chosen folder" in reasons[str(root / "file-out")]
    assert "does not exist" in reasons[str(root / "broken")]
    assert "pipe" in reasons[str(root / "a" / "pipe")]
    assert len(result.problems) == 4
    assert (result.staged_archives, result.dicomdirs) == (0, 0)


def test_missing_source_is_reported(tmp_path: Path, staging: Path) -> None:
    result = expand_sources([tmp_path / "no-such-disc"], staging_dir=staging)
    assert result.files == ()
    assert "not found" in result.problems[0].reason


def test_dicomdir_with_upper_case_ids_finds_lower_case_files(
    kit: Any, tmp_path: Path, staging: Path
) -> None:
    sources = [
        kit.make_ct(tmp_path / "src" / f"{i}.dcm", series_uid=SERIES, number=i) for i in range(1, 4)
    ]
    media = tmp_path / "media"
    on_disk = kit.make_dicomdir_media(media, sources, lower_case=True)
    record_ids = [
        list(r.ReferencedFileID)
        for r in pydicom.dcmread(media / "DICOMDIR").DirectoryRecordSequence
        if "ReferencedFileID" in r
    ]
    assert all(part.isupper() for ids in record_ids for part in ids if part.isalpha())
    assert all(not (media / Path(*ids)).exists() for ids in record_ids)
    (media / "notes").mkdir()
    (media / "notes" / "readme.txt").write_text("not referenced, still scanned")

    result = expand_sources([media], staging_dir=staging)

    assert result.problems == ()
    assert result.dicomdirs == 1
    assert list(result.files) == [*on_disk, media / "notes" / "readme.txt"]
    assert media / "DICOMDIR" not in result.files

    given_directly = expand_sources([media / "DICOMDIR"], staging_dir=staging)
    assert list(given_directly.files) == on_disk and given_directly.dicomdirs == 1


def test_dicomdir_missing_and_outside_references_are_reported(
    kit: Any, tmp_path: Path, staging: Path
) -> None:
    sources = [
        kit.make_ct(tmp_path / "src" / f"{i}.dcm", series_uid=SERIES, number=i) for i in range(1, 4)
    ]
    media = tmp_path / "disc" / "media"
    on_disk = kit.make_dicomdir_media(media, sources, lower_case=False)
    on_disk[1].unlink()
    # Point the last image record at a file next to the media folder.
    (media.parent / "SECRET").write_bytes(b"outside the disc")
    dicomdir = pydicom.dcmread(media / "DICOMDIR")
    images = [r for r in dicomdir.DirectoryRecordSequence if r.DirectoryRecordType == "IMAGE"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # ".." is not a valid CS value: that is the point
        images[-1].ReferencedFileID = ["..", "SECRET"]
        dicomdir.save_as(media / "DICOMDIR")

    result = expand_sources([media], staging_dir=staging)

    assert list(result.files) == [on_disk[0], on_disk[2]]  # the third is still found by the walk
    reasons = _reasons(result)
    assert "missing from the disc" in reasons[str(on_disk[1])]
    assert "outside its own folder" in reasons[str(media / ".." / "SECRET")]
    assert len(result.problems) == 2


def test_damaged_dicomdir_is_reported_and_the_folder_still_walked(
    kit: Any, tmp_path: Path, staging: Path
) -> None:
    sources = [
        kit.make_ct(tmp_path / "src" / f"{i}.dcm", series_uid=SERIES, number=i) for i in range(1, 3)
    ]
    media = tmp_path / "media"
    on_disk = kit.make_dicomdir_media(media, sources, lower_case=False)
    data = (media / "DICOMDIR").read_bytes()
    (media / "DICOMDIR").write_bytes(data[: len(data) // 2])

    result = expand_sources([media], staging_dir=staging)

    assert sorted(result.files) == sorted(on_disk)
    (problem,) = result.problems
    assert problem.path == str(media / "DICOMDIR") and "damaged disc index" in problem.reason


def test_zip_is_recognised_by_content_not_name(kit: Any, tmp_path: Path, staging: Path) -> None:
    ct = kit.make_ct(tmp_path / "src" / "ct.dcm", series_uid=SERIES)
    parcel = kit.write_zip(tmp_path / "mail" / "PARCEL", [("IMG/IM0001", ct.read_bytes())])
    fake = tmp_path / "mail" / "images.zip"
    fake.write_bytes(b"plain text with a zip name")
    # A DICOM file whose free-form preamble starts like a zip is still DICOM.
    polyglot = tmp_path / "mail" / "polyglot.dcm"
    polyglot.write_bytes(b"PK\x03\x04" + ct.read_bytes()[4:])
    tarball = tmp_path / "mail" / "study.tgz"
    tarball.write_bytes(b"\x1f\x8b\x08\x00" + bytes(100))

    result = expand_sources([tmp_path / "mail"], staging_dir=staging)

    assert result.staged_archives == 1
    staged = [path for path in result.files if path.is_relative_to(staging)]
    assert [path.name for path in staged] == ["IM0001"]
    assert staged[0].read_bytes() == ct.read_bytes()
    assert fake in result.files and polyglot in result.files
    assert parcel not in result.files
    (problem,) = result.problems
    assert problem.path == str(tarball) and "gzip archive" in problem.reason
    # The index will point at the staged copies: they stay after expansion.
    assert staged[0].exists()


def test_nested_zips_are_unpacked_up_to_the_depth_limit(
    kit: Any, tmp_path: Path, staging: Path
) -> None:
    ct = kit.make_ct(tmp_path / "src" / "ct.dcm", series_uid=SERIES).read_bytes()
    level3 = kit.write_zip(tmp_path / "build" / "l3.zip", [("c.dcm", ct)])
    level2 = kit.write_zip(
        tmp_path / "build" / "l2.zip", [("b.dcm", ct), ("deeper/l3.zip", level3.read_bytes())]
    )
    level1 = kit.write_zip(
        tmp_path / "build" / "l1.zip", [("a.dcm", ct), ("l2", level2.read_bytes())]
    )
    outer = kit.write_zip(
        tmp_path / "inbox" / "outer.zip", [("top.dcm", ct), ("l1.zip", level1.read_bytes())]
    )

    result = expand_sources([outer], staging_dir=staging)

    assert sorted(path.name for path in result.files) == ["a.dcm", "b.dcm", "top.dcm"]
    assert result.staged_archives == 3
    (problem,) = result.problems
    assert problem.path == f"{outer} > l1.zip > l2 > deeper/l3.zip"
    assert "more than 3 levels" in problem.reason
    # Unpacked (or refused) inner archives are not kept next to their contents.
    leftovers = [name for name in kit.tree(staging) if name.endswith((".zip", "/l2"))]
    assert leftovers == []


def test_dicomdir_inside_a_zip(kit: Any, tmp_path: Path, staging: Path) -> None:
    sources = [
        kit.make_ct(tmp_path / "src" / f"{i}.dcm", series_uid=SERIES, number=i) for i in range(1, 3)
    ]
    media = tmp_path / "media"
    kit.make_dicomdir_media(media, sources, lower_case=True)
    entries = [
        (path.relative_to(media).as_posix(), path.read_bytes())
        for path in sorted(media.rglob("*"))
        if path.is_file()
    ]
    archive = kit.write_zip(tmp_path / "inbox" / "disc.zip", entries)
    shutil.rmtree(media)

    result = expand_sources([archive], staging_dir=staging)

    assert result.problems == ()
    assert (result.staged_archives, result.dicomdirs) == (1, 1)
    assert len(result.files) == 2 and all(p.name.startswith("im") for p in result.files)
