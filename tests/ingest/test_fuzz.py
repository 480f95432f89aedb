"""Ingest fuzzing: 500 mutants of real files never abort an import, and every series says why.

Seed files (pydicom's and pydicom-data's test files, slices of the demo case) are rewritten for
one identified test patient, then mutated with a fixed seed: truncations, flipped bytes, length
fields set huge, deeply nested sequences, garbage appended, the header of one file with the
pixels of another, and empty files. Every mutant must be imported or be a problem with a clean
reason; every imported series must open (volume or pictures) or say why; nothing of the patient's
identity and no library warning may reach the terminal or the log.
"""

from __future__ import annotations

import os
import random
import struct
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pydicom
import pytest
from pydicom.data import get_testdata_file
from sqlalchemy import select

from casereview.errors import DicomReadError
from casereview.services.indexing import ImportReport, import_paths
from casereview.services.volumes import examine_indexed_series, load_series_volume
from casereview.store import models
from casereview.store.database import Database
from demo_cache import generate_demo_cached
from support import import_dirs

FUZZ_SEED = 1515
MUTANTS = 500
PATIENT_NAME = "FUZZMARKER^IDENTITY"
PATIENT_ID = "FUZZ-PID-90417"
BIRTH_DATE = "19310917"
#: Every seed gets a SOP Instance UID of this form; each mutant numbers its own (same length, so
#: the file's structure is untouched) and is a new image rather than a clash with the seed.
_UID_STEM = "1.2.826.0.1.3680043.10.511.1515."

#: Seed files from pydicom's and pydicom-data's test files: native, deflated, RLE, JPEG
#: lossless, JPEG 2000, colour JPEG, and an object without pixels.
LIBRARY_SEEDS = (
    "CT_small.dcm",
    "MR_small.dcm",
    "image_dfl.dcm",
    "MR_small_RLE.dcm",
    "JPEG-LL.dcm",
    "emri_small_jpeg_2k_lossless.dcm",
    "SC_rgb_small_odd_jpeg.dcm",
    "rtplan.dcm",
)

_PIXEL_TAG = b"\xe0\x7f\x10\x00"
_EXPLICIT_VRS = {b"UI", b"CS", b"LO", b"PN", b"DS", b"IS", b"US", b"SH", b"DA", b"TM", b"UL"}
_LONG_VRS = {b"OB", b"OW", b"SQ", b"UN", b"UT"}


def _uid(seed: int, mutant: int) -> bytes:
    return f"{_UID_STEM}{seed:02d}.{mutant:04d}".encode()


def _identified(path: Path, seed: int) -> bytes:
    """The file rewritten for the test patient (so leaks of identity can be searched for)."""
    dataset = pydicom.dcmread(path)
    dataset.SOPInstanceUID = _uid(seed, 0).decode()
    dataset.file_meta.MediaStorageSOPInstanceUID = dataset.SOPInstanceUID
    dataset.PatientName = PATIENT_NAME
    dataset.PatientID = PATIENT_ID
    dataset.PatientBirthDate = BIRTH_DATE
    target = Path(os.environ.get("TMPDIR", "/tmp")) / f"fuzz-seed-{os.getpid()}.dcm"
    dataset.save_as(target)
    data = target.read_bytes()
    target.unlink()
    return data


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> list[bytes]:
    """The seed files' bytes, identified as the test patient."""
    found: list[bytes] = []
    for name in LIBRARY_SEEDS:
        path = get_testdata_file(name)
        assert path is not None, f"{name} is missing from pydicom's and pydicom-data's files"
        found.append(_identified(Path(path), len(found)))
    demo = generate_demo_cached(
        tmp_path_factory.mktemp("demo"), small=True, phases=("portal-venous",)
    )
    slices = sorted(demo.out_dir.rglob("IM*.dcm"))
    assert slices, "the demo case wrote no slices"
    for path in slices[30:33]:
        found.append(_identified(path, len(found)))
    return found


def _meta_end(data: bytes) -> int:
    """Offset just past the file meta group (pydicom writes its group length first)."""
    if data[128:132] != b"DICM" or data[132:136] != b"\x02\x00\x00\x00":
        return 132
    (length,) = struct.unpack_from("<I", data, 140)
    return 144 + length


def _element_headers(data: bytes) -> list[int]:
    """Offsets of explicit-VR element headers in the dataset's first part."""
    start = _meta_end(data)
    end = min(len(data), start + 4000)
    return [p for p in range(start, end - 8) if data[p + 4 : p + 6] in _EXPLICIT_VRS | _LONG_VRS]


def _deep_sequence(depth: int) -> bytes:
    """An explicit-VR sequence nested ``depth`` deep (undefined lengths, properly closed)."""
    opening = b"\x08\x00\x15\x11SQ\x00\x00\xff\xff\xff\xff" + b"\xfe\xff\x00\xe0\xff\xff\xff\xff"
    closing = b"\xfe\xff\x0d\xe0\x00\x00\x00\x00" + b"\xfe\xff\xdd\xe0\x00\x00\x00\x00"
    return opening * depth + closing * depth


def _truncated(rng: random.Random, data: bytes, other: bytes) -> bytes:
    return data[: rng.randrange(1, len(data))]


def _flipped(rng: random.Random, data: bytes, other: bytes) -> bytes:
    mutant = bytearray(data)
    start = _meta_end(data) if rng.random() < 0.7 else 0
    for _ in range(rng.randint(1, 24)):
        mutant[rng.randrange(start, len(mutant))] = rng.randrange(256)
    return bytes(mutant)


def _huge_length(rng: random.Random, data: bytes, other: bytes) -> bytes:
    headers = _element_headers(data)
    if not headers:
        return _flipped(rng, data, other)
    mutant = bytearray(data)
    for p in rng.sample(headers, min(len(headers), rng.randint(1, 3))):
        if data[p + 4 : p + 6] in _LONG_VRS:
            struct.pack_into("<I", mutant, p + 8, rng.choice([0xFFFFFFF0, 0x7FFFFFFF, 0x10000000]))
        else:
            struct.pack_into("<H", mutant, p + 6, rng.choice([0xFFFF, 0xFFFE, 0x8001]))
    return bytes(mutant)


def _deeply_nested(rng: random.Random, data: bytes, other: bytes) -> bytes:
    at = _meta_end(data)
    return data[:at] + _deep_sequence(rng.choice([400, 3000, 20000])) + data[at:]


def _garbage_appended(rng: random.Random, data: bytes, other: bytes) -> bytes:
    return data + rng.randbytes(rng.randint(1, 4096))


def _other_pixels(rng: random.Random, data: bytes, other: bytes) -> bytes:
    mine, theirs = data.rfind(_PIXEL_TAG), other.rfind(_PIXEL_TAG)
    if mine < 0 or theirs < 0:
        return data + other[rng.randrange(len(other)) :]
    return data[:mine] + other[theirs:]


def _empty(rng: random.Random, data: bytes, other: bytes) -> bytes:
    return b""


MUTATIONS: tuple[Callable[[random.Random, bytes, bytes], bytes], ...] = (
    _truncated,
    _flipped,
    _flipped,
    _huge_length,
    _huge_length,
    _deeply_nested,
    _garbage_appended,
    _other_pixels,
    _empty,
)


def _write_mutants(folder: Path, seeds: list[bytes]) -> list[Path]:
    rng = random.Random(FUZZ_SEED)
    paths = []
    for number in range(MUTANTS):
        index = rng.randrange(len(seeds))
        data = seeds[index].replace(_uid(index, 0), _uid(index, number + 1))
        other = rng.choice(seeds)
        mutation = MUTATIONS[number % len(MUTATIONS)]
        path = folder / f"part{number % 7}" / f"{mutation.__name__.strip('_')}-{number:03d}.dcm"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(mutation(rng, data, other))
        paths.append(path)
    return paths


def _assert_clean(text: str) -> None:
    assert all(ch.isprintable() for ch in text), f"control characters in {text!r}"
    for identity in (PATIENT_NAME, "FUZZMARKER", PATIENT_ID, BIRTH_DATE):
        assert identity not in text, "patient identity in a user-visible text"


def _accounted(db: Database, report: ImportReport) -> set[str]:
    with db.reading() as session:
        indexed = set(session.scalars(select(models.Instance.file_path)))
    reported = {p.path for p in [*report.problems, *report.conflicts]}
    return {str(Path(p).resolve()) for p in indexed | reported | set(report.duplicate_files)}


def _open_every_series(db: Database, series_ids: set[int]) -> dict[str, int]:
    """Open each series; return how many opened as volumes, as pictures, or said why not."""
    outcome = {"volume": 0, "pictures": 0, "explained": 0}
    for series_id in sorted(series_ids):
        examination = examine_indexed_series(db, series_id)
        for _, reason in examination.skipped:
            _assert_clean(reason)
        try:
            volume = load_series_volume(db, series_id)
        except DicomReadError as error:
            _assert_clean(error.message)
            outcome["pictures" if examination.images else "explained"] += 1
            continue
        for note in volume.warnings:
            _assert_clean(note)
        outcome["volume"] += 1
    return outcome


@pytest.mark.slow
def test_fuzzed_files_are_each_imported_or_reported(
    seeds: list[bytes], db: Database, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    paths = _write_mutants(tmp_path / "mutants", seeds)
    report = import_paths(db, [tmp_path / "mutants"], "tester", workers=2, **import_dirs(tmp_path))

    assert report.files_seen == MUTANTS
    missing = {str(p.resolve()) for p in paths} - _accounted(db, report)
    assert not missing, f"mutants neither imported nor reported: {sorted(missing)[:5]}"
    assert report.imported > 0 and report.problems
    for problem in [*report.problems, *report.conflicts]:
        assert problem.reason
        _assert_clean(problem.reason)
    reasons = {problem.reason.template for problem in report.problems}
    assert "damaged DICOM file: sequences nested too deeply to read" in reasons
    assert "empty file" in reasons

    outcome = _open_every_series(db, report.series_ids)
    assert sum(outcome.values()) == len(report.series_ids)
    assert outcome["volume"] > 0
    captured = capfd.readouterr()
    for stream in (captured.out, captured.err):
        assert "Traceback" not in stream
        assert "Warning" not in stream
        _assert_clean(stream.replace("\n", " "))
    with capfd.disabled():  # the figures, for the record
        print(
            f"fuzz: {MUTANTS} mutants, {report.imported} imported, {len(report.problems)} problems, "
            f"{len(report.conflicts)} quarantined, {report.duplicates} duplicates; series {outcome}; "
            f"reasons {sorted(reasons)}"
        )


@pytest.mark.slow
def test_cli_imports_fuzzed_files_without_traceback_or_identity(
    seeds: list[bytes], tmp_path: Path
) -> None:
    folder = tmp_path / "mutants"
    paths = _write_mutants(folder, seeds)
    data_dir = tmp_path / "home"
    environment = {**os.environ, "CASEREVIEW_HOME": str(data_dir)}
    environment.pop("CASEREVIEW_DB", None)
    result = subprocess.run(
        [str(Path(sys.executable).parent / "casereview-cli"), "import", str(folder)],
        capture_output=True,
        text=True,
        env=environment,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    assert "Warning" not in result.stderr
    for stream in (result.stdout, result.stderr):
        _assert_clean(stream.replace("\n", " ").replace("\t", " "))
    logs = list(data_dir.rglob("*.log"))
    assert logs, "the import wrote no log"
    for log_file in logs:
        text = log_file.read_text(encoding="utf-8")
        for identity in (PATIENT_NAME, "FUZZMARKER", PATIENT_ID, BIRTH_DATE):
            assert identity not in text
    assert str(len(paths)) in result.stdout
