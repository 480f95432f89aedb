"""Builders for ingest tests: synthetic CT files, DICOMDIR media, zip archives good and hostile.

Test modules get them through the ``kit`` fixture (importing from a conftest is ambiguous when
several folders have one).
"""

from __future__ import annotations

import os
import stat
import struct
import warnings
import zipfile
from collections.abc import Iterable
from pathlib import Path

import pydicom
import pytest
from pydicom.fileset import FileSet
from pydicom.uid import generate_uid

from support import write_ct_file

STUDY_UID = "1.2.826.0.1.3680043.10.511.1"


def make_ct(
    path: Path,
    *,
    series_uid: str,
    number: int = 1,
    sop_uid: str | None = None,
    name: str = "TEST^MESSY",
) -> Path:
    """Write a minimal CT header file with what a DICOMDIR record needs; return ``path``."""
    write_ct_file(
        path,
        name=name,
        charset="ISO_IR 100",
        sop_uid=sop_uid or generate_uid(),
        series_uid=series_uid,
    )
    dataset = pydicom.dcmread(path)
    dataset.StudyDate = "20260102"
    dataset.StudyTime = "101500"
    dataset.StudyID = "1"
    dataset.AccessionNumber = "ACC1"
    dataset.InstanceNumber = number
    dataset.save_as(path, enforce_file_format=True)
    return path


def make_dicomdir_media(folder: Path, sources: Iterable[Path], *, lower_case: bool) -> list[Path]:
    """Write DICOM media (DICOMDIR plus 8-character upper-case file IDs) into ``folder``.

    With ``lower_case`` every file and folder below ``folder`` except the DICOMDIR is renamed
    to lower case afterwards, as happens when a disc is copied by some tools.

    Returns
    -------
    list of Path
        The media's image files on disk, in the DICOMDIR's order.
    """
    fileset = FileSet()
    for source in sources:
        fileset.add(pydicom.dcmread(source))
    fileset.write(folder)
    referenced = [Path(instance.path) for instance in fileset]
    if not lower_case:
        return referenced
    for root, dirs, files in os.walk(folder, topdown=False):
        for name in [*files, *dirs]:
            if name != "DICOMDIR":
                os.rename(Path(root) / name, Path(root) / name.lower())
    return [
        folder / Path(*(part.lower() for part in p.relative_to(folder).parts)) for p in referenced
    ]


def write_zip(
    path: Path,
    entries: Iterable[tuple[str | zipfile.ZipInfo, bytes]],
    *,
    compression: int = zipfile.ZIP_DEFLATED,
) -> Path:
    """Write a zip archive exactly as told (no name clean-up, duplicates allowed)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about duplicate names; they are the point
        with zipfile.ZipFile(path, "w", compression=compression) as archive:
            for name, data in entries:
                info = name if isinstance(name, zipfile.ZipInfo) else zipfile.ZipInfo(name)
                info.compress_type = compression
                archive.writestr(info, data)
    return path


def symlink_entry(name: str) -> zipfile.ZipInfo:
    """A zip entry that unpacks as a symbolic link with Info-ZIP on Unix."""
    info = zipfile.ZipInfo(name)
    info.create_system = 3
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info


def _central_records(data: bytes) -> list[tuple[int, str]]:
    """(offset, name) of each central-directory record."""
    end = data.rfind(b"PK\x05\x06")
    (start,) = struct.unpack_from("<I", data, end + 16)
    records = []
    position = start
    while data[position : position + 4] == b"PK\x01\x02":
        name_length, extra_length, comment_length = struct.unpack_from("<HHH", data, position + 28)
        name = data[position + 46 : position + 46 + name_length].decode("utf-8", "replace")
        records.append((position, name))
        position += 46 + name_length + extra_length + comment_length
    return records


def patch_entry(
    path: Path,
    name: str,
    *,
    flag_bits: int | None = None,
    file_size: int | None = None,
    header_offset_of: str | None = None,
) -> None:
    """Rewrite header fields of entry ``name`` in place (local and central headers)."""
    data = bytearray(path.read_bytes())
    records = {entry: offset for offset, entry in _central_records(bytes(data))}
    central = records[name]
    (local,) = struct.unpack_from("<I", data, central + 42)
    if flag_bits is not None:
        for position in (local + 6, central + 8):  # general purpose flags
            (flags,) = struct.unpack_from("<H", data, position)
            struct.pack_into("<H", data, position, flags | flag_bits)
    if file_size is not None:
        struct.pack_into("<I", data, local + 22, file_size)
        struct.pack_into("<I", data, central + 24, file_size)
    if header_offset_of is not None:
        (other,) = struct.unpack_from("<I", data, records[header_offset_of] + 42)
        struct.pack_into("<I", data, central + 42, other)
    path.write_bytes(bytes(data))


def tree(root: Path) -> set[str]:
    """Every path below ``root`` (files, folders, links; links not followed)."""
    found: set[str] = set()
    for current, dirs, files in os.walk(root):
        for name in [*dirs, *files]:
            found.add(os.path.join(current, name))
    return found


def links_below(root: Path) -> list[str]:
    """Symbolic links anywhere below ``root``."""
    return [path for path in tree(root) if os.path.islink(path)]


class IngestKit:
    """The builders above, handed to tests by the ``kit`` fixture."""

    study_uid = STUDY_UID
    make_ct = staticmethod(make_ct)
    make_dicomdir_media = staticmethod(make_dicomdir_media)
    write_zip = staticmethod(write_zip)
    symlink_entry = staticmethod(symlink_entry)
    patch_entry = staticmethod(patch_entry)
    tree = staticmethod(tree)
    links_below = staticmethod(links_below)


@pytest.fixture
def kit() -> type[IngestKit]:
    """Builders for synthetic DICOM, DICOMDIR media and zip archives."""
    return IngestKit
