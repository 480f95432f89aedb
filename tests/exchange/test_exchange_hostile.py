"""Hostile packages are refused before anything leaves the staging folder; nothing is imported."""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from casereview.dicom.zip_staging import ZipLimits
from casereview.domain.packages import PackageRejected, VerificationStatus
from casereview.services.exchange import PACKAGE_ZIP_LIMITS, import_package, verify_package
from casereview.store import models


def _package_entries(path: Path) -> list[tuple[zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(path) as archive:
        return [(info, archive.read(info)) for info in archive.infolist()]


def _write(target: Path, entries: list[tuple[zipfile.ZipInfo | str, bytes]]) -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in entries:
            archive.writestr(info, data)
    return target


def _link(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info


def _hostile(sender, tmp_path: Path, kind: str) -> Path:
    entries: list[tuple[zipfile.ZipInfo | str, bytes]] = list(_package_entries(sender.package))
    if kind == "traversal":
        entries.append(("../../outside.txt", b"escape"))
    elif kind == "absolute":
        entries.append(("/tmp/casereview-absolute.txt", b"escape"))
    elif kind == "symlink":
        entries.append((_link("DICOM/link"), b"/etc/passwd"))
    elif kind == "duplicate":
        entries.append((entries[1][0].filename, b"shadowing bytes"))
    elif kind == "case-collision":
        name = entries[1][0].filename
        entries.append((name.lower(), b"shadowing bytes"))
    elif kind == "nested-zip":
        entries.append(("DICOM/inner.zip", (sender.package).read_bytes()))
    elif kind == "bomb":
        entries.append(("DICOM/zeros", bytes(64 * 1024 * 1024)))
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate on purpose
        return _write(tmp_path / f"{kind}.zip", entries)


@pytest.mark.parametrize(
    "kind",
    ["traversal", "absolute", "symlink", "duplicate", "case-collision", "nested-zip", "bomb"],
)
def test_hostile_package_is_refused(sender, tmp_path: Path, receiver, site_dirs, kind) -> None:
    db, root = receiver
    package = _hostile(sender, tmp_path, kind)
    limits = ZipLimits(
        max_entries=PACKAGE_ZIP_LIMITS.max_entries,
        max_total_bytes=PACKAGE_ZIP_LIMITS.max_total_bytes,
        max_entry_bytes=PACKAGE_ZIP_LIMITS.max_entry_bytes,
        max_ratio=100.0,
        max_depth=1,
    )
    result = verify_package(package, staging_dir=root / "verify", own_key=sender.key, limits=limits)
    assert result.status is VerificationStatus.INVALID
    assert result.problems
    with pytest.raises(PackageRejected):
        import_package(
            db,
            package,
            "tester",
            own_key=sender.key,
            accept_untrusted=True,
            limits=limits,
            **site_dirs(root),
        )
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(models.Instance)) == 0
    assert not (tmp_path / "outside.txt").exists() and not (root / "outside.txt").exists()
    assert not Path("/tmp/casereview-absolute.txt").exists()
    leftovers = [p for p in root.rglob("*") if p.is_file() and "casereview.sqlite" not in p.name]
    assert leftovers == []


def test_too_many_entries_is_refused_before_unpacking(sender, tmp_path: Path, receiver) -> None:
    _, root = receiver
    limits = ZipLimits(max_entries=10, max_depth=1)
    result = verify_package(sender.package, staging_dir=root / "verify", limits=limits)
    assert result.status is VerificationStatus.INVALID
    assert any("more than 10 files" in p for p in result.problems)
    assert not any(p.is_file() for p in (root / "verify").rglob("*"))


def test_not_a_package(tmp_path: Path, receiver) -> None:
    _, root = receiver
    plain = _write(tmp_path / "plain.zip", [("hello.txt", b"hello")])
    result = verify_package(plain, staging_dir=root / "verify")
    assert result.status is VerificationStatus.INVALID
    assert "manifest.json is missing" in result.problems[0]
    not_zip = tmp_path / "not.zip"
    not_zip.write_bytes(b"definitely not a zip")
    assert verify_package(not_zip, staging_dir=root / "verify").status is VerificationStatus.INVALID
