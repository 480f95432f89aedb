"""The tampering tests' fast package copies hold what a plain rewrite of the package holds."""

from __future__ import annotations

import zipfile
from pathlib import Path

from package_rewrite import PackageRewriter

ENTRIES = {
    "DICOM/DICOMDIR": b"dicomdir " * 50,
    "DICOM/PT000000/ST000000/SE000000/IM000000": bytes(range(256)) * 40,
    "DICOM/PT000000/ST000000/SE000000/IM000001": bytes(range(255, -1, -1)) * 40,
    "documents/annotations.json": b'{"annotations": []}',
    "README.TXT": "Hôpital A\r\n".encode(),
    "manifest.json": b'{"files": []}',
    "manifest.sig": b'{"signature": "x"}',
}


def _plain(target: Path, entries: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return target


def _read(package: Path) -> list[tuple[str, bytes, int]]:
    with zipfile.ZipFile(package) as archive:
        assert archive.testzip() is None
        return [(i.filename, archive.read(i), i.compress_type) for i in archive.infolist()]


def test_copies_hold_the_entries_of_a_plain_rewrite(tmp_path: Path) -> None:
    source = _plain(tmp_path / "source.zip", ENTRIES)
    rewriter = PackageRewriter(source, tmp_path / "firsts")
    assert rewriter.entries() == ENTRIES
    changes = {
        "manifest": lambda n, d: d + b" " if n == "manifest.json" else d,
        "document": lambda n, d: b"[]" if n.startswith("documents/") else d,
        "first": lambda n, d: d[:-1] if n == "DICOM/DICOMDIR" else d,
        "dropped": lambda n, d: None if n == "README.TXT" else d,
        "same": lambda n, d: d,
    }
    for label, change in changes.items():
        expected = {n: change(n, d) for n, d in ENTRIES.items()}
        plain = _plain(
            tmp_path / f"{label}-plain.zip", {n: d for n, d in expected.items() if d is not None}
        )
        fast = rewriter.rewrite(tmp_path / f"{label}.zip", change)
        assert _read(fast) == _read(plain), label
    # Each copy but the one changed from its first entry started from its unchanged entries.
    assert sorted(p.name for p in (tmp_path / "firsts").iterdir()) == [
        "first-3-entries.zip",
        "first-4-entries.zip",
        "first-5-entries.zip",
        "first-7-entries.zip",
    ]
