"""No identity on disk: damaged files of an identified patient leave no trace of her outside the
database and the image store.

A patient "Wang^Li=王^丽" (ID ZJ0012345, born 1958-03-12, accession ACC4471902) has a good CT
series and files damaged the ways that make libraries talk (a corrupted length that makes
pydicom read name bytes as a tag, truncations, a bad VR, an unknown and a broken character set,
a birth date pydicom rejects quoting it, a broken deflate stream), loose and in a zip. They are
imported, shown (thumbnails, volumes, examination), checked and exported through the command
line (a real process whose workers fork) and through the services the GUI calls from its task
threads (workers from a fork server). Then every file under both data directories (except the
database files and the image store) and every file the run left in its temporary folder is
searched, name and content, for every form of her identity in every encoding it could take.
"""

from __future__ import annotations

import atexit
import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import threading
import warnings
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TypeVar

import pydicom
import pytest
from pydicom.uid import DeflatedExplicitVRLittleEndian, generate_uid
from sqlalchemy import select

from casereview.app.context import AppContext, bootstrap
from casereview.app.logging_setup import flush_logging
from casereview.domain.packages import DeidOptions
from casereview.errors import CasereviewError
from casereview.services.cases import create_case_from_uids
from casereview.services.exchange import export_case, preview_export
from casereview.services.indexing import import_paths
from casereview.services.integrity import check_store
from casereview.services.signing import load_or_create_secret, load_or_create_signing_key
from casereview.services.thumbnails import series_thumbnail
from casereview.services.volumes import examine_indexed_series, load_series_volume
from casereview.store import models
from casereview.store.database import Database
from identity_leaks import (
    ACCESSION,
    BIRTH_DATE,
    PATIENT_ID,
    PATIENT_NAME,
    find_leaks,
    fullwidth,
    leaks_in,
)
from support import write_ct_slices

CLI = [sys.executable, "-m", "casereview.app.cli"]


# -- the patient's files ----------------------------------------------------------------


T = TypeVar("T")


def _identified(path: Path, **changes: object) -> pydicom.Dataset:
    dataset = pydicom.dcmread(path)
    dataset.PatientBirthDate = BIRTH_DATE
    dataset.OtherPatientNames = "WANG^LI"
    dataset.IssuerOfPatientID = "ZJ"
    for keyword, value in changes.items():
        setattr(dataset, keyword, value)
    return dataset


#: Damaged files get SOP Instance UIDs of one length (stem, kind, copy), so that copies of a
#: damaged file are made by replacing the UID's last digits in its bytes.
_UID_STEM = "1.2.826.0.1.3680043.10.511.1414."
#: Copies of each damaged file: with the good series, enough files for the import to scan in
#: worker processes (the workers' logging is under test too).
DAMAGED_COPIES = 10


def _uid(kind: int, copy: int) -> str:
    return f"{_UID_STEM}{kind:02d}.{copy:04d}"


def _element_offset(data: bytes | bytearray, group: int, element: int) -> int:
    offset = data.find(struct.pack("<HH", group, element), 132)
    assert offset > 0, f"({group:04X},{element:04X}) not found"
    return offset


def _damaged_files(template: Path, folder: Path) -> list[bytes]:
    """One file per kind of damage that makes pydicom or a codec warn or fail."""
    series_uid = generate_uid()
    files: list[bytes] = []

    def written(*, deflated: bool = False, **changes: object) -> bytearray:
        dataset = _identified(template, **changes)
        dataset.SeriesInstanceUID = series_uid
        dataset.SOPInstanceUID = _uid(len(files), 0)
        dataset.file_meta.MediaStorageSOPInstanceUID = dataset.SOPInstanceUID
        if deflated:
            dataset.file_meta.TransferSyntaxUID = DeflatedExplicitVRLittleEndian
        target = folder / "scratch.dcm"
        dataset.save_as(target)
        data = bytearray(target.read_bytes())
        target.unlink()
        return data

    # Corrupted lengths: the name ends after two bytes, so pydicom reads the rest of the name
    # as a tag ("VR lookup failed for the raw element with tag (676E,4C5E)"); the name runs on
    # into the next elements; the issuer claims the rest of the file.
    data = written()
    struct.pack_into("<H", data, _element_offset(data, 0x0010, 0x0010) + 6, 2)
    files.append(bytes(data))
    data = written()
    struct.pack_into("<H", data, _element_offset(data, 0x0010, 0x0010) + 6, 0x7FFF)
    files.append(bytes(data))
    data = written()
    struct.pack_into("<H", data, _element_offset(data, 0x0010, 0x0021) + 6, 0xFFF0)
    files.append(bytes(data))
    # Truncated in the name, and in the pixels.
    data = written()
    files.append(bytes(data[: _element_offset(data, 0x0010, 0x0010) + 14]))
    data = written()
    files.append(bytes(data[:-3000]))
    # A VR that does not exist, on the name.
    data = written()
    at = _element_offset(data, 0x0010, 0x0010) + 4
    data[at : at + 2] = b"ZZ"
    files.append(bytes(data))
    # Character sets: unknown, the patient's ID in the wrong field (pydicom quotes it:
    # "Unknown encoding 'ZJ0012345'"), GB18030 (valid), UTF-8 with a broken byte in the name.
    files.append(bytes(written(SpecificCharacterSet="ISO_IR 999")))
    files.append(bytes(written(SpecificCharacterSet=PATIENT_ID)))
    files.append(bytes(written(SpecificCharacterSet="GB18030")))
    files.append(bytes(written()).replace("丽".encode(), b"\xe4\xb8\xff", 1))
    # Birth dates pydicom rejects, quoting them ("Invalid value for VR DA: '195803120'").
    files.append(bytes(written(PatientBirthDate=BIRTH_DATE + "0")))
    files.append(bytes(written(PatientBirthDate="12/03/1958")))
    # A deflated file cut in half, and one with its stream corrupted.
    data = written(deflated=True)
    body = _element_offset(data, 0x0002, 0x0010) + 60
    files.append(bytes(data[: body + (len(data) - body) // 2]))
    data = written(deflated=True)
    for at in range(body + 40, len(data), 97):
        data[at] ^= 0x5A
    files.append(bytes(data))
    return files


def _copy(data: bytes, kind: int, copy: int) -> bytes:
    return data.replace(_uid(kind, 0).encode(), _uid(kind, copy).encode())


@dataclass(frozen=True)
class PatientFiles:
    """Where the patient's files are (folders and an archive) and her good series' UID."""

    paths: list[Path]
    series_uid: str


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> PatientFiles:
    """The patient's files, in folders and an archive named after her as staff name them."""
    root = tmp_path_factory.mktemp("patient-files")
    good_dir = root / "Wang Li 王丽 CT 1958-03-12"
    slices = write_ct_slices(
        good_dir, slices=70, patient_name=PATIENT_NAME, patient_id=PATIENT_ID, accession=ACCESSION
    )
    for path in slices:
        _identified(path).save_as(path)
    with warnings.catch_warnings():
        # pydicom rightly warns while these are written: the damage is the point.
        warnings.simplefilter("ignore")
        damaged = _damaged_files(slices[2], root)
    loose, zipped = root / f"{PATIENT_ID} damaged", root / "王丽_19580312.zip"
    loose.mkdir()
    for kind, data in enumerate(damaged):
        for copy in range(1, DAMAGED_COPIES + 1):
            (loose / f"IM{kind:02d}{copy:04d}.dcm").write_bytes(_copy(data, kind, copy))
    with zipfile.ZipFile(zipped, "w") as archive:
        for kind, data in enumerate(damaged):
            archive.writestr(f"DICOM/S1/IM{kind:04d}", _copy(data, kind, DAMAGED_COPIES + 1))
    series_uid = str(pydicom.dcmread(slices[0], stop_before_pixels=True).SeriesInstanceUID)
    return PatientFiles([good_dir, loose, zipped], series_uid)


@pytest.fixture
def temp_dir(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The system temporary folder of this run (and of its subprocesses), searched afterwards.

    A short folder of its own under the real temporary folder, not under ``tmp_path``:
    multiprocessing may start its fork server during the test and put its socket in here, and a
    UNIX socket path holds at most 107 bytes (below ``tmp_path`` it did not fit once pytest's
    run counter reached three digits, and every later pool of that worker failed).
    """
    folder = Path(tempfile.mkdtemp(prefix="cr-tmp-"))
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", None)
    yield folder
    # multiprocessing keeps the temporary folder it first used (where its fork server listens)
    # for the life of the process: a folder it adopted stays until the worker exits.
    if any(folder.glob("pymp-*")):
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
    else:
        shutil.rmtree(folder, ignore_errors=True)


def _assert_no_identity(
    home: Path, temp_dir: Path, source: PatientFiles, streams: list[str]
) -> None:
    on_disk = find_leaks(home, data_dir=True)
    assert not on_disk, f"identity under the data directory: {on_disk}"
    left_in_temp = find_leaks(temp_dir, data_dir=False)
    assert not left_in_temp, f"identity in temporary files: {left_in_temp}"
    for stream in streams:
        # Problem reports name the files the user chose, in the folders she named: those are
        # hers to see; anything else of the patient on the terminal is a leak.
        for chosen in source.paths:
            stream = stream.replace(str(chosen), "<chosen>")
        assert not leaks_in(stream.encode("utf-8")), f"identity on the terminal: {stream[-3000:]}"
    logs = list((home / "logs").glob("casereview.log*"))
    assert logs and any("library warning" in p.read_text("utf-8") for p in logs), (
        "the run should have logged libraries' warnings as their kind and place"
    )


# -- the command line -------------------------------------------------------------------


def _cli(home: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ}
    environment.pop("CASEREVIEW_DB", None)
    return subprocess.run(
        [*CLI, "--data-dir", str(home), *argv],
        capture_output=True,
        text=True,
        env=environment,
        timeout=600,
        check=False,
    )


@pytest.mark.slow
def test_command_line_leaves_no_identity_on_disk(
    source: PatientFiles, tmp_path: Path, temp_dir: Path
) -> None:
    home = tmp_path / "cli-home"
    paths = [str(p) for p in source.paths]
    runs = [_cli(home, "import", *paths)]
    assert runs[-1].returncode == 0, runs[-1].stderr[-2000:]
    runs.append(_cli(home, "--json", "studies"))
    listing = json.loads(runs[-1].stdout)
    runs.pop()  # the study list shows the patient by design; only its exit code matters here
    series_uids = [
        series["series_instance_uid"]
        for patient in listing
        for study in patient["studies"]
        for series in study["series"]
    ]
    assert len(series_uids) >= 2, "the damaged files should form series of their own"
    for uid in series_uids:
        runs.append(_cli(home, "examine", uid))
        runs.append(_cli(home, "volume", "--out", str(tmp_path / "volume.nii.gz"), uid))
    runs.append(_cli(home, "--json", "case", "new", "--series", source.series_uid, "--title", "CT"))
    assert runs[-1].returncode == 0, runs[-1].stderr[-2000:]
    case_id = json.loads(runs[-1].stdout)["id"]
    runs.append(_cli(home, "export", str(case_id), "--out", str(tmp_path / "cli-package.zip")))
    assert runs[-1].returncode == 0, runs[-1].stderr[-2000:]
    runs.append(_cli(home, "check"))
    assert runs[-1].returncode in (0, 3), runs[-1].stderr[-2000:]
    for run in runs:
        assert "Traceback" not in run.stderr, run.stderr[-3000:]
    _assert_no_identity(
        home, temp_dir, source, [s for run in runs for s in (run.stdout, run.stderr)]
    )


# -- the services the GUI calls -----------------------------------------------------------


def _on_task_thread(work: Callable[[], T]) -> T:
    """Run ``work`` on another thread, as the GUI's task runner does (workers then come from a
    fork server, not a fork of this process)."""
    outcome: list[T] = []
    failure: list[BaseException] = []

    def run() -> None:
        try:
            outcome.append(work())
        except BaseException as exc:  # handed back to the test's thread
            failure.append(exc)

    thread = threading.Thread(target=run, name="task-runner")
    thread.start()
    thread.join()
    if failure:
        raise failure[0]
    return outcome[0]


@pytest.mark.slow
def test_workstation_services_leave_no_identity_on_disk(
    source: PatientFiles,
    tmp_path: Path,
    temp_dir: Path,
    capfd: pytest.CaptureFixture[str],
) -> None:
    home = tmp_path / "gui-home"
    context: AppContext = bootstrap(home)
    try:
        _run_workstation(context, source, tmp_path)
    finally:
        context.close()
        flush_logging()
    captured = capfd.readouterr()
    _assert_no_identity(home, temp_dir, source, [captured.out, captured.err])


def _show_series(db: Database, series_id: int, thumbnails: Path) -> None:
    """What the browser and viewer do with a series: its picture, its parts, its volume."""
    try:
        series_thumbnail(db, series_id, thumbnails)
    except CasereviewError:
        pass  # a damaged series may have no picture; the browser says why
    examine_indexed_series(db, series_id)
    try:
        load_series_volume(db, series_id)
    except CasereviewError:
        pass  # it opens as pictures or says why


def _run_workstation(context: AppContext, source: PatientFiles, tmp_path: Path) -> None:
    assert context.user is not None
    db, paths, user = context.db, context.paths, context.user.username
    report = _on_task_thread(
        lambda: import_paths(
            db,
            list(source.paths),
            user,
            staging_dir=paths.imports,
            quarantine_dir=paths.quarantine,
            workers=2,
        )
    )
    assert report.imported > 6 and report.problems
    with db.reading() as session:
        series_ids = list(session.scalars(select(models.Series.id)))
    for series_id in series_ids:
        _on_task_thread(partial(_show_series, db, series_id, paths.cache / "thumbnails"))
    case = create_case_from_uids(db, user, series_uids=[source.series_uid], title="CT")
    secret = load_or_create_secret(paths.keys)
    options = DeidOptions()
    _on_task_thread(lambda: preview_export(db, case.id, options, secret, workers=2))
    _on_task_thread(
        lambda: export_case(
            db,
            case.id,
            tmp_path / "gui-package.zip",
            user,
            options=options,
            signing_key=load_or_create_signing_key(paths.keys),
            secret=secret,
            institution=context.settings.institution_name,
            workers=2,
        )
    )
    _on_task_thread(lambda: check_store(db, imports_dir=paths.imports))


def test_leak_search_finds_every_encoding(tmp_path: Path) -> None:
    """The search itself: each form planted in each encoding, and in a name, is found."""
    home = tmp_path / "planted"
    (home / "logs").mkdir(parents=True)
    (home / "imports" / "20261204T040000Z-x").mkdir(parents=True)
    (home / "imports" / "20261204T040000Z-x" / "IM1").write_bytes("王丽 in DICOM".encode())
    (home / "backups").mkdir()
    (home / "backups" / "王丽.sqlite").write_bytes("王丽".encode())
    planted = {
        "utf8.log": "x 王丽 y".encode(),
        "utf16.txt": "born 12.03.1958".encode("utf-16-le"),
        "gb.txt": "王^丽".encode("gb18030"),
        "ini.ini": b"name=\\x738b\\x4e3d",
        "json.json": json.dumps({"n": "王丽"}).encode(),
        "wide.txt": fullwidth(PATIENT_ID).encode(),
        "latin.txt": b"patient WANG seen",
        "clean.txt": "liver lesion, 肝脏, 2026-11-03".encode(),
    }
    for name, data in planted.items():
        (home / "logs" / name).write_bytes(data)
    (home / "logs" / "Li Wang.png").write_bytes(b"")
    (home / "quarantine" / PATIENT_ID).mkdir(parents=True)
    found = find_leaks(home, data_dir=True)
    assert set(found) == {f"logs/{n}" for n in planted if n != "clean.txt"} | {
        "logs/Li Wang.png",
        f"quarantine/{PATIENT_ID}",
    }
    shutil.rmtree(home)
