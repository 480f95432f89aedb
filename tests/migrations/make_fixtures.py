"""Make the committed database fixtures, each written by the casereview that shipped its schema.

For every schema revision in :data:`RELEASES` this script checks the commit named there out into
a temporary git worktree, runs that commit's own code (its store, services and migrations, with
``PYTHONPATH`` pointing at the worktree's ``src`` and today's virtualenv for the third-party
libraries) through one of the era scripts in ``fixture_makers/``, and saves the database it
wrote as ``tests/fixtures/databases/schema_<revision>.sqlite``. Nothing in a fixture is written
by today's code or today's migrations.

The images the databases index are made here from pydicom's own test files (never patient
data) and kept content-addressed in ``tests/fixtures/databases/images/<sha256>.dcm`` so that
``tests/migrations/test_committed_databases.py`` can put them back where an index row expects
them and run ``casereview-cli check``.

Usage (from the repository root; takes a few minutes)::

    .venv/bin/python tests/migrations/make_fixtures.py            # every release
    .venv/bin/python tests/migrations/make_fixtures.py 0010 0011  # just these

To add the fixture of a new release, add a row to :data:`RELEASES` naming the last commit at
which the new revision is the head (run the script before the next migration lands, or name
that commit afterwards), pick or write the era script that fills it, run the script for that
revision and describe the file in ``tests/fixtures/databases/README.md``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pydicom
from pydicom.data import get_testdata_file
from pydicom.dataset import Dataset
from pydicom.uid import UID

REPOSITORY = Path(__file__).resolve().parents[2]
MAKERS = Path(__file__).with_name("fixture_makers")
OUTPUT = REPOSITORY / "tests" / "fixtures" / "databases"
IMAGES = OUTPUT / "images"

#: Fixed UID root (the casereview test root used by the other fixtures) so every release indexes
#: the same instances and the image files are shared between fixtures.
UID_ROOT = "1.2.826.0.1.3680043.10.96.14."


@dataclass(frozen=True, slots=True)
class Release:
    """Where one revision's fixture comes from.

    Attributes
    ----------
    revision
        The schema revision the database is left at.
    commit
        The commit whose code writes it.
    maker
        The era script under ``fixture_makers/`` that fills it.
    why
        Why this commit (kept in the README).
    """

    revision: str
    commit: str
    maker: str
    why: str


RELEASES: tuple[Release, ...] = (
    Release(
        "0001",
        "c0d4433150d0e8cdf795841960fb5a6e82bf7b33",
        "fill_foundation.py",
        "0001 and 0002 arrived together; this commit's own migrations stop at 0001 and its "
        "repositories fill it (no importer existed yet)",
    ),
    Release(
        "0002",
        "744c822996b7419a8cc3c3c302b97600301c9428",
        "fill_ingest.py",
        "last commit with 0002 as head (has the first importer)",
    ),
    Release(
        "0003",
        "af826ebd21fc0e5a48db443aca484392f4961eff",
        "fill_ingest.py",
        "last commit with 0003 as head",
    ),
    Release(
        "0004",
        "a41b6609998e729db2e3902318b33e9426ce57ac",
        "fill_ingest.py",
        "the only commit with 0004 as head",
    ),
    Release(
        "0007",
        "6f0726e66be631763579e100c97cf40f6b16e6a0",
        "fill_features.py",
        "0007 (meetings, hash-chained audit) was never a head of code that wrote hashed audit "
        "records; the last 0008 commit's migrations stop at 0007 (0008 only adds tables)",
    ),
    Release(
        "0008",
        "6f0726e66be631763579e100c97cf40f6b16e6a0",
        "fill_features.py",
        "last commit with 0008 as head",
    ),
    Release(
        "0009",
        "3d08535f004a98f49fdb390738d5788d43928185",
        "fill_features.py",
        "last commit with 0009 as head",
    ),
    Release(
        "0010",
        "69a1a3d9b5096f77c18b3fa3e30bc5f36c2b626b",
        "fill_current.py",
        "last commit with 0010 as head",
    ),
)


#: Revisions that no commit's code can write, and why. The commits that gave 0005 and 0006 their
#: tables (924652a, dca636a; also 144f0c8 and 3ac802d) ship a migration 0007 that imports
#: ``GENESIS_HASH`` from a ``domain/audit.py`` that does not have it yet, so Alembic cannot load
#: their migrations to create or upgrade any database; the first commit that can (b786275)
#: already writes hashed audit records that a 0005 or 0006 schema has no columns for. The
#: earlier scaffold commit 8d214f5 has empty 0005/0006 migrations that no release kept.
NEVER_WRITTEN = {
    "0005": "its commits cannot load their own migration 0007 (GENESIS_HASH missing)",
    "0006": "its commits cannot load their own migration 0007 (GENESIS_HASH missing)",
}


def _uid(*parts: int) -> UID:
    return UID(UID_ROOT + ".".join(str(part) for part in parts))


def _identity(ds: Dataset, name: str, birth_date: str = "19580312") -> None:
    ds.SpecificCharacterSet = "ISO_IR 192"
    ds.PatientName = name
    ds.PatientID = "CR-MIG-0042"
    ds.IssuerOfPatientID = "HOSP-A"
    ds.PatientBirthDate = birth_date
    ds.PatientSex = "F"


def write_images(folder: Path) -> list[Path]:
    """Write the study every release indexes, made from pydicom's test files.

    A CT series of three slices and an MR image of one patient with an ideographic name, and
    one CT image of a second study that carries the same Patient ID with another name (an
    identity conflict for the releases that know about them).

    Returns
    -------
    list of Path
        The files written, in a stable order.
    """
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    ct_source = Path(get_testdata_file("CT_small.dcm"))
    mr_source = Path(get_testdata_file("MR_small.dcm"))
    for number in range(3):
        ds = pydicom.dcmread(ct_source)
        _identity(ds, "Chen^Mei=陈^美")
        ds.StudyInstanceUID = _uid(1)
        ds.StudyDate, ds.StudyTime = "20261103", "091500"
        ds.AccessionNumber = "ACC-MIG-7"
        ds.StudyDescription = "CT 腹部增强"
        ds.SeriesInstanceUID = _uid(1, 1)
        ds.SeriesNumber = 2
        ds.SeriesDescription = "门静脉期 Portal venous"
        ds.FrameOfReferenceUID = _uid(1, 9)
        ds.SOPInstanceUID = _uid(1, 1, number + 1)
        ds.file_meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
        ds.InstanceNumber = number + 1
        ds.ImagePositionPatient = [-158.135803, -179.035797, -75.7 + 5.0 * number]
        ds.SliceLocation = -75.7 + 5.0 * number
        ds.AcquisitionNumber = 1
        path = folder / f"ct_{number + 1}.dcm"
        ds.save_as(path, enforce_file_format=True)
        written.append(path)
    ds = pydicom.dcmread(mr_source)
    _identity(ds, "Chen^Mei=陈^美")
    ds.StudyInstanceUID = _uid(1)
    ds.StudyDate, ds.StudyTime = "20261103", "091500"
    ds.AccessionNumber = "ACC-MIG-7"
    ds.StudyDescription = "CT 腹部增强"
    ds.SeriesInstanceUID = _uid(1, 2)
    ds.SeriesNumber = 7
    ds.SeriesDescription = "MR 参考 localiser"
    ds.FrameOfReferenceUID = _uid(1, 8)
    ds.SOPInstanceUID = _uid(1, 2, 1)
    ds.file_meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
    path = folder / "mr_1.dcm"
    ds.save_as(path, enforce_file_format=True)
    written.append(path)
    ds = pydicom.dcmread(ct_source)
    _identity(ds, "Chen^Wei=陈^伟", birth_date="19610704")
    ds.StudyInstanceUID = _uid(2)
    ds.StudyDate, ds.StudyTime = "20260520", "140000"
    ds.AccessionNumber = "ACC-MIG-9"
    ds.StudyDescription = "CT 胸部"
    ds.SeriesInstanceUID = _uid(2, 1)
    ds.SeriesNumber = 3
    ds.SeriesDescription = "Lung 肺窗"
    ds.FrameOfReferenceUID = _uid(2, 9)
    ds.SOPInstanceUID = _uid(2, 1, 1)
    ds.file_meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
    path = folder / "other_study.dcm"
    ds.save_as(path, enforce_file_format=True)
    written.append(path)
    # One fixed modification time, so every release records the same one.
    for path in written:
        os.utime(path, ns=(1_793_000_000_000_000_000, 1_793_000_000_000_000_000))
    return written


def _worktree(commit: str, where: Path) -> None:
    subprocess.run(
        ["git", "-C", str(REPOSITORY), "worktree", "add", "--detach", str(where), commit],
        check=True,
        capture_output=True,
    )


def _remove_worktree(where: Path) -> None:
    subprocess.run(
        ["git", "-C", str(REPOSITORY), "worktree", "remove", "--force", str(where)],
        check=True,
        capture_output=True,
    )


def make(release: Release, scratch: Path) -> Path:
    """Write the fixture of one release and return its path.

    Raises
    ------
    subprocess.CalledProcessError
        If the release's code fails; its output is printed first.
    """
    work = scratch / release.revision
    incoming = work / "incoming"
    write_images(incoming)
    data = work / "data"
    database = data / "casereview.sqlite"
    tree = Path(tempfile.gettempdir()) / f"wt-{release.revision}"
    if tree.exists():
        _remove_worktree(tree)
    _worktree(release.commit, tree)
    try:
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("CASEREVIEW", "PYTHON"))
        }
        env["PYTHONPATH"] = os.pathsep.join([str(tree / "src"), str(MAKERS)])
        env["CASEREVIEW_HOME"] = str(data)
        env["QT_QPA_PLATFORM"] = "offscreen"
        command = [
            sys.executable,
            str(MAKERS / release.maker),
            "--revision",
            release.revision,
            "--data",
            str(data),
            "--incoming",
            str(incoming),
            "--scratch",
            str(work / "scratch"),
        ]
        done = subprocess.run(command, env=env, cwd=work, capture_output=True, text=True)
        if done.returncode != 0:
            print(done.stdout, done.stderr, sep="\n", file=sys.stderr)
            done.check_returncode()
    finally:
        _remove_worktree(tree)
    return _save(release, database)


def _save(release: Release, database: Path) -> Path:
    connection = sqlite3.connect(database)
    try:
        stored = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        if stored != release.revision:
            raise RuntimeError(f"{release.commit} left the database at {stored}")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("PRAGMA journal_mode = DELETE")
        connection.execute("VACUUM")
        files = [
            (Path(row[0]), row[1])
            for row in connection.execute("SELECT file_path, sha256 FROM instances")
        ]
    finally:
        connection.close()
    IMAGES.mkdir(parents=True, exist_ok=True)
    for path, digest in files:
        if hashlib.sha256(path.read_bytes()).hexdigest() != digest:
            raise RuntimeError(f"{path.name} changed after it was indexed")
        shutil.copyfile(path, IMAGES / f"{digest}.dcm")
    target = OUTPUT / f"schema_{release.revision}.sqlite"
    shutil.copyfile(database, target)
    return target


def main(argv: list[str] | None = None) -> int:
    """Make the fixtures of the revisions named on the command line (all by default)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("revisions", nargs="*", help="revisions to make (default: all)")
    args = parser.parse_args(argv)
    chosen = [r for r in RELEASES if not args.revisions or r.revision in args.revisions]
    OUTPUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="casereview-fixtures-") as scratch:
        for release in chosen:
            target = make(release, Path(scratch))
            print(json.dumps({"revision": release.revision, "file": target.name}))
    _prune_images()
    return 0


def _prune_images() -> None:
    """Delete images no fixture's index points to any more (left by a remade release)."""
    wanted: set[str] = set()
    for database in OUTPUT.glob("schema_*.sqlite"):
        connection = sqlite3.connect(database)
        try:
            wanted.update(row[0] for row in connection.execute("SELECT sha256 FROM instances"))
        finally:
            connection.close()
    for image in IMAGES.glob("*.dcm"):
        if image.stem not in wanted:
            image.unlink()


if __name__ == "__main__":
    raise SystemExit(main())
