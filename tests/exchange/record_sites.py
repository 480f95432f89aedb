"""Hospitals that send and receive a clinical record (resectability assessment, liver plan).

Shared by the package tests of the two records: each hospital is a fresh database with its
own signing key and secret under a folder of its own; the sender, "Hôpital A", installs the
small demo case with its reference segments, exports signed packages, and the receivers
trust its key. Helpers read a package's entries and a DICOM object's codes.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pydicom
import pytest
from exchange_helpers import open_site
from pydicom.dataset import Dataset

from casereview.domain.packages import DeidOptions, ExportReport, TrustedKey
from casereview.services.exchange import export_case
from casereview.services.segmentations import import_seg
from casereview.services.signing import load_or_create_secret, load_or_create_signing_key
from casereview.store.database import Database

#: The sending institution, accented as a French hospital writes it.
SENDER = "Hôpital A"


@dataclass
class Site:
    """One hospital: its database, signing key, secret and folders."""

    root: Path
    db: Database
    key: Any
    secret: bytes

    def dirs(self) -> dict[str, Path]:
        """The import folders, as ``import_package`` takes them."""
        return {"staging_dir": self.root / "imports", "quarantine_dir": self.root / "quarantine"}


def open_hospital(root: Path, user: str) -> Site:
    """A hospital under ``root`` with one user ``user``, its signing key and its secret."""
    db = open_site(root, user)
    return Site(
        root, db, load_or_create_signing_key(root / "keys"), load_or_create_secret(root / "keys")
    )


def install_reference_demo(site: Site, user: str) -> int:
    """The small demo (portal-venous phase) with its reference segments; the case's id."""
    from casereview.demo.install import install_demo

    demo = site.root / "demo"
    installed = install_demo(
        site.db, demo, user, **site.dirs(), small=True, phases=("portal-venous",)
    )
    case_id = installed.case.id
    import_seg(site.db, case_id, next(demo.rglob("SEG_90_reference/SEG0001.dcm")), user)
    return case_id


def trusted(sender: Site) -> list[TrustedKey]:
    """The receivers' trust in :data:`SENDER`'s key."""
    return [TrustedKey(SENDER, sender.key.public_key_b64)]


def export_from(
    site: Site, case_id: int, out: Path, options: DeidOptions | None = None
) -> ExportReport:
    """``case_id`` exported by user "a" of :data:`SENDER`, signed, to ``out``."""
    return export_case(
        site.db,
        case_id,
        out,
        "a",
        options=DeidOptions() if options is None else options,
        signing_key=site.key,
        secret=site.secret,
        institution=SENDER,
    )


@contextmanager
def dicom_files_written() -> Iterator[list[Path]]:
    """The files (not buffers) DICOM objects are written to inside the block, as they are.

    Every DICOM write goes through ``pydicom.dcmwrite`` (``Dataset.save_as`` included).
    """
    written: list[Path] = []
    real = pydicom.dcmwrite

    def recording(destination: Any, dataset: Dataset, *args: Any, **kwargs: Any) -> None:
        if not hasattr(destination, "write"):
            written.append(Path(destination))
        real(destination, dataset, *args, **kwargs)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pydicom, "dcmwrite", recording)
        yield written


def package_entries(package: Path) -> dict[str, bytes]:
    """Every file of a package by its name in the archive."""
    with zipfile.ZipFile(package) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def code_items(dataset: Dataset) -> Iterator[Dataset]:
    """Every item of every sequence below ``dataset`` that holds a code."""
    for element in dataset:
        if element.VR == "SQ":
            for item in element.value:
                if "CodeValue" in item:
                    yield item
                yield from code_items(item)
