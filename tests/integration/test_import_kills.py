"""SIGKILL during zip and package imports, then start: nothing orphaned, no worker left.

A zip of a few hundred small synthetic CT files and a signed package are imported by
``casereview-cli`` in subprocesses that are killed at fixed delays spread over the import. After
each kill every process of the import (scanner workers included) must be gone within two
seconds; afterwards ``check`` reports what was left, ``check --repair`` (zip imports) or the
next start (package imports) removes it, ``check`` is clean, and a full re-import indexes every
file exactly once with nothing under the data directory that no committed import owns.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import signal
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pydicom
import pytest
from pydicom.dataset import FileMetaDataset
from pydicom.uid import CTImageStorage, ExplicitVRLittleEndian
from sqlalchemy import func, select

from casereview.app.cli import main as cli_main
from casereview.app.exchange_setup import register_exchange_providers
from casereview.dicom.staging_folders import MARKERS, OWNER_MARKER
from casereview.domain.packages import DeidOptions
from casereview.domain.users import Role, User
from casereview.services.cases import create_case_from_uids
from casereview.services.exchange import export_case
from casereview.services.indexing import import_paths
from casereview.services.signing import load_or_create_secret, load_or_create_signing_key
from casereview.services.users import ensure_user
from casereview.store import models
from casereview.store.database import Database, open_database
from casereview.store.engine import sqlite_url_for_path
from casereview.store.repositories_packages import ExchangeRepository

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="reads process sessions from /proc"
)

CLI = [sys.executable, "-m", "casereview.app.cli"]

#: When an import is killed: seconds after it began unpacking (a negative number: after its
#: start, before unpacking), spread over unpacking, scanning and writing; early and late mixed.
ZIP_KILL_DELAYS = (0.0, -0.5, 0.0, 1.2, 0.1, 0.9, 0.25, 0.6, 0.4, 1.5, 0.05)
#: The first kill of each series waits until this many files were unpacked, so at least one
#: kill lands mid-import on any machine, however fast or slow (the timed ones vary with speed).
MID_UNPACK_FILES = 40
#: Ascending: once a package import went through, importing it again stages nothing to leave.
PACKAGE_KILL_DELAYS = (0.0, -0.5, 0.0, 0.05, 0.1, 0.2, 0.3, 0.45)

#: The package: 3 series of 100 slices of another patient.
PACKAGE_SERIES, PACKAGE_SLICES = 3, 100

#: Files in the zip: 4 series of 75 slices.
SERIES, SLICES = 4, 75

UID_ROOT = "1.2.826.0.1.3680043.10.511.77"


def _write_slice(path: Path, study: str, series: int, number: int, patient: str) -> None:
    """A 16×16 CT slice with fixed UIDs (a re-import must find the same instances)."""
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = CTImageStorage
    meta.MediaStorageSOPInstanceUID = f"{study}.{series}.{number}"
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = pydicom.Dataset()
    ds.file_meta = meta
    ds.SpecificCharacterSet = "ISO_IR 192"
    ds.PatientName = f"KILL^{patient}"
    ds.PatientID = f"KILL-{patient}"
    ds.PatientBirthDate = "19600101"
    ds.StudyInstanceUID = study
    ds.SeriesInstanceUID = f"{study}.{series}"
    ds.FrameOfReferenceUID = f"{study}.{series}.0"
    ds.SOPInstanceUID = meta.MediaStorageSOPInstanceUID
    ds.SOPClassUID = CTImageStorage
    ds.Modality = "CT"
    ds.StudyDate = "20250110"
    ds.SeriesNumber = series
    ds.InstanceNumber = number
    ds.ImagePositionPatient = [0.0, 0.0, float(number)]
    ds.ImageOrientationPatient = [1.0, 0.0, 0.0, 0.0, 1.0, 0.0]
    ds.PixelSpacing = [0.8, 0.8]
    ds.SliceThickness = 1.0
    ds.Rows = ds.Columns = 16
    ds.SamplesPerPixel = 1
    ds.PhotometricInterpretation = "MONOCHROME2"
    ds.BitsAllocated = ds.BitsStored = 16
    ds.HighBit = 15
    ds.PixelRepresentation = 1
    ds.RescaleIntercept = -1024
    ds.RescaleSlope = 1
    ds.PixelData = np.full((16, 16), number + 10 * series, dtype=np.int16).tobytes()
    path.parent.mkdir(parents=True, exist_ok=True)
    ds.save_as(path, enforce_file_format=True)


def _write_study(folder: Path, study: str, patient: str, series: int, slices: int) -> list[Path]:
    paths = []
    for s in range(1, series + 1):
        for n in range(1, slices + 1):
            path = folder / f"series{s}" / f"slice{n:03d}.dcm"
            _write_slice(path, study, s, n, patient)
            paths.append(path)
    return paths


@pytest.fixture(scope="module")
def material(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    """The zip of 300 slices and a signed package of another patient's 300 slices."""
    root = tmp_path_factory.mktemp("kill-material")
    zip_files = _write_study(root / "zip-src", f"{UID_ROOT}.1", "ZIP", SERIES, SLICES)
    archive = root / "study.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in zip_files:
            zf.write(path, path.relative_to(root / "zip-src").as_posix())
    package_files = _write_study(
        root / "pkg-src", f"{UID_ROOT}.2", "PKG", PACKAGE_SERIES, PACKAGE_SLICES
    )
    sender = root / "sender"
    sender.mkdir()
    db = open_database(sqlite_url_for_path(str(sender / "casereview.sqlite")))
    try:
        ensure_user(db, User(0, "tester", "Dr Test", Role.SURGEON))
        register_exchange_providers()
        import_paths(
            db,
            package_files,
            "tester",
            staging_dir=sender / "imports",
            quarantine_dir=sender / "quarantine",
            workers=1,
        )
        case = create_case_from_uids(db, "tester", study_uids=[f"{UID_ROOT}.2"], title="Kill test")
        package = root / "case.zip"
        export_case(
            db,
            case.id,
            package,
            "tester",
            options=DeidOptions(),
            signing_key=load_or_create_signing_key(sender / "keys"),
            secret=load_or_create_secret(sender / "keys"),
            institution="Sending Hospital",
        )
    finally:
        db.close()
    yield {"zip": archive, "package": package}


def _cli(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*CLI, "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=_env(),
    )


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("CASEREVIEW_DB", None)
    return env


def _session_members(session: int) -> list[int]:
    """Live processes (zombies aside) of a session: the import and every worker it started."""
    members = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path("/proc", entry, "stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if int(fields[3]) == session and fields[0] != "Z":
            members.append(int(entry))
    return members


def _owner_markers(data: Path) -> set[Path]:
    # The import under watch removes its staging folders as it goes: a folder can vanish
    # while it is being listed, so look again rather than fail.
    for _ in range(50):
        try:
            return set((data / "imports").glob(f"*/{OWNER_MARKER}")) | set(
                (data / "imports").glob(f"*/*/{OWNER_MARKER}")
            )
        except FileNotFoundError:
            time.sleep(0.001)
    raise AssertionError("the staging folders kept changing while they were listed")


def _unpacked_files(data: Path, markers: set[Path]) -> int:
    for _ in range(50):  # folders vanish while listed, as in _owner_markers
        try:
            return sum(
                1
                for marker in markers
                for path in marker.parent.rglob("*")
                if path.is_file() and path.name != OWNER_MARKER
            )
        except FileNotFoundError:
            time.sleep(0.001)
    raise AssertionError("the staging folders kept changing while they were listed")


def _kill_at(data: Path, delay: float, *args: str, after_files: int = 0) -> float:
    """Start an import, SIGKILL it ``delay`` s after it began unpacking (a new staging folder
    appeared; a negative delay counts from the start instead) and, with ``after_files``, once
    that many files were unpacked; seconds until its last process was gone."""
    before = _owner_markers(data)
    started = time.monotonic()
    child = subprocess.Popen(
        [*CLI, "--data-dir", str(data), *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
        env=_env(),
    )
    if delay < 0:
        time.sleep(-delay)
    else:
        while child.poll() is None and not _owner_markers(data) - before:
            if time.monotonic() - started > 60:
                break
            time.sleep(0.005)
        while after_files and child.poll() is None:
            if _unpacked_files(data, _owner_markers(data) - before) >= after_files:
                break
            if time.monotonic() - started > 60:
                break
            time.sleep(0.005)
        time.sleep(delay)
    killed = time.monotonic()
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    while _session_members(child.pid) and time.monotonic() - killed < 10:
        time.sleep(0.02)
    left = _session_members(child.pid)
    for pid in left:  # never leave a stray worker behind, even when the test fails
        os.kill(pid, signal.SIGKILL)
    assert not left, f"worker processes outlived the killed import: {left}"
    return time.monotonic() - killed


def _check(data: Path, *extra: str) -> tuple[int, dict[str, object]]:
    """``casereview-cli --json check --quick``: its exit code and report.

    The command runs in this process (argument parsing, start-up, report and exit code as
    ``casereview-cli`` has them): only the imports need a process of their own to kill, and a
    second interpreter's start-up after each of the nineteen kills would double the test's time.
    """
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        code = cli_main(["--data-dir", str(data), "--json", "check", "--quick", *extra])
    return code, json.loads(printed.getvalue())


def _unowned_files(data: Path, db: Database) -> list[str]:
    """Files under the imports folder that no index row points to and no package holds."""
    with db.reading() as session:
        indexed = set(session.scalars(select(models.Instance.file_path)))
        packages = [Path(p) for p in ExchangeRepository(session).imported_package_folders()]
    unowned = []
    for here, _dirs, names in os.walk(data / "imports"):
        for name in names:
            path = Path(here, name)
            if name in MARKERS or path in packages or any(p in path.parents for p in packages):
                continue
            if str(path) not in indexed:
                unowned.append(str(path.relative_to(data)))
    return sorted(unowned)


def _instances_of(db: Database, study_uid: str) -> tuple[int, int]:
    """(rows, distinct SOP instance UIDs) indexed for a study."""
    with db.reading() as session:
        rows = session.execute(
            select(func.count(), func.count(func.distinct(models.Instance.sop_instance_uid)))
            .select_from(models.Instance)
            .join(models.Series)
            .join(models.Study)
            .where(models.Study.study_instance_uid == study_uid)
        ).one()
    return int(rows[0]), int(rows[1])


def _kill_series(data: Path, delays: tuple[float, ...], *args: str) -> tuple[int, int]:
    """Kill an import at each delay and ``check`` after each; (leftover files, bytes) of the last.

    Each import's start removes what the one before left, so ``check`` runs after every kill
    to see what that kill left.
    """
    vanish: list[float] = []
    counts: list[int] = []
    files = size = 0
    for number, delay in enumerate(delays):
        first = number == 0
        vanish.append(_kill_at(data, delay, *args, after_files=MID_UNPACK_FILES if first else 0))
        code, report = _check(data)
        leftovers = report["staging_leftovers"]
        assert isinstance(leftovers, dict)
        files, size = int(leftovers["files"]), int(leftovers["bytes"])
        assert code == (3 if files else 0), report
        counts.append(files)
    print(
        f"{args[0]}: {len(delays)} kills, workers gone after {max(vanish):.2f} s at most; "
        f"files left per kill: {counts}"
    )
    assert counts[0] > 0, "the kill after the first unpacked files left nothing to tidy"
    return files, size


@pytest.mark.slow
def test_killed_zip_imports_leave_nothing_after_check_repair(
    material: dict[str, Path], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    files, size = _kill_series(data, ZIP_KILL_DELAYS, "import", str(material["zip"]))

    code, report = _check(data, "--repair")
    assert code == 0, report
    assert report["staging_removed"] == {"files": files, "bytes": size}
    db = open_database(sqlite_url_for_path(str(data / "casereview.sqlite")))
    try:
        assert _unowned_files(data, db) == []
        before = _instances_of(db, f"{UID_ROOT}.1")
    finally:
        db.close()
    print(f"indexed before the re-import: {before[0]} of {SERIES * SLICES}")

    done = _cli(data, "--json", "import", str(material["zip"]))
    assert done.returncode == 0, done.stderr
    assert _check(data)[0] == 0
    db = open_database(sqlite_url_for_path(str(data / "casereview.sqlite")))
    try:
        assert _instances_of(db, f"{UID_ROOT}.1") == (SERIES * SLICES, SERIES * SLICES)
        assert _unowned_files(data, db) == []
    finally:
        db.close()


@pytest.mark.slow
def test_killed_package_imports_are_tidied_at_the_next_start(
    material: dict[str, Path], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    package = str(material["package"])
    files, _size = _kill_series(
        data, PACKAGE_KILL_DELAYS, "import-package", "--accept-untrusted", package
    )
    assert _check(data)[0] == (3 if files else 0)

    # Any command but check and info starts by tidying the imports folder.
    assert _cli(data, "studies").returncode == 0
    assert _check(data)[0] == 0

    done = _cli(data, "--json", "import-package", "--accept-untrusted", package)
    assert done.returncode == 0, done.stderr
    assert _check(data)[0] == 0
    db = open_database(sqlite_url_for_path(str(data / "casereview.sqlite")))
    try:
        with db.reading() as session:
            assert len(ExchangeRepository(session).imported_package_folders()) == 1
        rows, distinct = _instances_of_package(db)
        # The images and the package's outcome report (an Encapsulated PDF in the same study).
        assert rows == distinct == PACKAGE_SERIES * PACKAGE_SLICES + 1
        assert _unowned_files(data, db) == []
    finally:
        db.close()


def _instances_of_package(db: Database) -> tuple[int, int]:
    """Images of the package's (de-identified, so re-identified UIDs) study, all studies here."""
    with db.reading() as session:
        rows = session.execute(
            select(func.count(), func.count(func.distinct(models.Instance.sop_instance_uid)))
        ).one()
    return int(rows[0]), int(rows[1])
