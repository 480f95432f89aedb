"""Case packages: export a de-identified, signed case; verify and import a received one.

Export
    The case's images are de-identified in worker processes (header only; pixel bytes are
    copied unchanged), images that may carry burned-in text are held back unless the user
    confirmed them, and content providers add DICOM objects (SR, SEG, KOS, PDF) and JSON
    documents, which go through the same de-identification. Everything is written into a zip:
    a DICOMDIR file-set under ``DICOM/``, documents under ``documents/``, ``README.TXT`` and
    ``INDEX.HTM`` for a reader without casereview, ``manifest.json`` (every file with size and
    SHA-256) and ``manifest.sig`` (Ed25519). The pseudonym mapping is stored in the database
    and never written into the package.

Verify and import
    The archive is unpacked into its own staging folder with the hostile-archive rules of
    :mod:`casereview.dicom.zip_staging` (any refused entry refuses the package), then the
    manifest, every hash, unlisted files and the signature are checked. Only an intact package
    is indexed; an untrusted or unsigned one only after the user agreed. Importing the same
    package again changes nothing.

Extension points
    :func:`register_content_provider` adds export content (issue 7 annotations as SR TID 1500,
    segments as SEG, key images as KOS; issue 8 decisions as PDF and JSON).
    :func:`register_layer_importer` adds what turns a received package's objects into the
    sender's own layer ("opinion from <institution>") beside ours.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import html
import io
import json
import logging
import os
import re
import shutil
import uuid
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

import pydicom
from pydicom.dataset import Dataset
from pydicom.errors import InvalidDicomError
from sqlalchemy import insert, select

from casereview import __version__
from casereview.dicom.deid import (
    ChangeLog,
    DeidentifiedFile,
    Deidentifier,
    PatientPseudonym,
    deidentify_source,
    encode_dataset,
    hold_back_reason,
    read_header,
    read_source,
    record_dataset,
)
from casereview.dicom.redact import display_frame, mark_cleaned, redact_dataset
from casereview.dicom.fileset import FILESET_FOLDER, build_fileset
from casereview.dicom.workers import map_in_order
from casereview.dicom.zip_staging import ZipLimits, stage_archive
from casereview.domain.audit import AuditAction
from casereview.domain.packages import (
    MANIFEST_NAME,
    SIGNATURE_NAME,
    DeidOptions,
    ExportPreview,
    ExportReport,
    HeldBackFile,
    HoldBackReason,
    Manifest,
    ManifestFile,
    PackageError,
    PackageImportReport,
    PackageNeedsConfirmation,
    PackageRejected,
    RedactionRegion,
    Redactions,
    TrustedKey,
    VerificationResult,
    VerificationStatus,
)
from casereview.domain.privacy import pseudonymous_tag
from casereview.domain.progress import CancelToken, ProgressReporter, no_progress
from casereview.errors import NotFoundError, ValidationError
from casereview.services.indexing import import_paths
from casereview.services.signing import (
    SigningKey,
    decode_public_key,
    fingerprint,
    trusted_institution,
    verify_signature,
)
from casereview.store import models
from casereview.store.database import Database
from casereview.store.models_packages import ExchangePackage, ExchangePseudonym, ExchangeUidMapping
from casereview.store.repositories import AuditRepository, UserRepository

log = logging.getLogger(__name__)

#: Folder of JSON documents inside a package.
DOCUMENTS_FOLDER = "documents"
README_NAME = "README.TXT"
INDEX_NAME = "INDEX.HTM"

#: Zip limits for received packages: stricter than for CDs (a package holds one case).
PACKAGE_ZIP_LIMITS = ZipLimits(
    max_entries=50_000,
    max_total_bytes=16 * 1024**3,
    max_entry_bytes=2 * 1024**3,
    max_ratio=200.0,
    max_depth=1,
)

#: Files per worker task.
_CHUNK_FILES = 24
#: Below this many files the export runs in this process (a pool costs more than it saves).
_PARALLEL_MIN_FILES = 64
_COPY_CHUNK = 1 << 20


# -- Extension points ----------------------------------------------------------------------


@dataclass(slots=True)
class ExtraContent:
    """What a content provider adds to a package.

    Attributes
    ----------
    datasets
        ``(kind, dataset)`` pairs: DICOM objects (e.g. ``"dicom-sr"``, ``"dicom-seg"``,
        ``"dicom-ko"``, ``"dicom-pdf"``) built against the case's ORIGINAL UIDs and patient
        module. The exporter de-identifies them like the images, so every reference is mapped
        consistently.
    documents
        ``(file name, JSON-ready object)`` pairs written under ``documents/``; UIDs of the case
        in them are replaced and the patient's identifiers removed by the exporter.
    """

    datasets: list[tuple[str, Dataset]] = field(default_factory=list)
    documents: list[tuple[str, Any]] = field(default_factory=list)


class ContentProvider(Protocol):
    """Adds content of one kind (annotations, segments, key images, decisions) to an export."""

    name: str

    def gather(self, db: Database, case_id: int) -> ExtraContent:
        """Return the extra objects and documents for ``case_id``."""
        ...


@dataclass(slots=True)
class ReceivedPackage:
    """A verified, indexed package, as a layer importer sees it.

    Attributes
    ----------
    manifest
        The verified manifest (sender institution, package id, file list).
    root
        The folder holding the package's files (paths as in the manifest).
    verification
        How the package verified.
    """

    manifest: Manifest
    root: Path
    verification: VerificationResult
    #: The local case the sender's layer was put on (set by the layer importer).
    case_id: int | None = None

    def files_of_kind(self, kind: str) -> list[Path]:
        return [self.root / f.path for f in self.manifest.files if f.kind == kind]


class LayerImporter(Protocol):
    """Turns a received package's objects into the sender's layer beside ours, never over it."""

    kinds: frozenset[str]

    def merge(self, db: Database, package: ReceivedPackage, actor: str) -> list[str]:
        """Add the sender's content as its own layer; return one line per layer added."""
        ...


_PROVIDERS: list[ContentProvider] = []
_LAYER_IMPORTERS: list[LayerImporter] = []


def register_content_provider(provider: ContentProvider) -> None:
    """Add a provider to every export (the composition root registers them once)."""
    if all(p.name != provider.name for p in _PROVIDERS):
        _PROVIDERS.append(provider)


def register_layer_importer(importer: LayerImporter) -> None:
    """Add an importer for the sender's layer to every package import."""
    if importer not in _LAYER_IMPORTERS:
        _LAYER_IMPORTERS.append(importer)


def content_providers() -> list[ContentProvider]:
    return list(_PROVIDERS)


def _origins(db: Database, case_id: int) -> dict[str, tuple[str, str]]:
    """``uuid → (layer, origin uuid)`` of the case's content (see ``exchange_layers``)."""
    from casereview.services.exchange_layers import origins

    return origins(db, case_id)


def _evidence(path: str) -> Dataset:
    """An image header for building SR/KOS evidence, with values highdicom refuses blanked.

    Scanner data is sometimes off-standard (a Patient's Sex of "U", free text); that must not
    make an export fail. The header is de-identified with the object afterwards anyway.
    """
    header = read_header(Path(path))
    if str(header.get("PatientSex", "")) not in ("", "M", "F", "O"):
        header.PatientSex = ""
    return header


class KeyImageProvider:
    """Key images as a Key Object Selection ("For Conference") and as ``key-images.json``.

    The KOS is for any DICOM viewer; the JSON keeps everything casereview needs to show the
    same views again (plane, window, zoom, caption) for the recipient's layer importer.
    """

    name = "key-images"

    def gather(self, db: Database, case_id: int) -> ExtraContent:
        from casereview.dicom.kos import key_object_selection
        from casereview.services.annotations import list_key_images

        key_images = [k for k in list_key_images(db, case_id) if k.reference.sop_instance_uid]
        if not key_images:
            return ExtraContent()
        wanted = {k.reference.sop_instance_uid for k in key_images}
        with db.reading() as session:
            rows = session.execute(
                select(models.Instance.sop_instance_uid, models.Instance.file_path).where(
                    models.Instance.sop_instance_uid.in_(sorted(wanted))
                )
            )
            paths = {sop: path for sop, path in rows}
        shown = [k for k in key_images if k.reference.sop_instance_uid in paths]
        if not shown:
            return ExtraContent()
        evidence = [_evidence(paths[k.reference.sop_instance_uid]) for k in shown]
        layers = _origins(db, case_id)
        description = "\n".join(
            f"{number}. {k.caption or k.orientation}" for number, k in enumerate(shown, start=1)
        )
        document = {
            "schema": "casereview-key-images/1",
            "key_images": [
                {
                    "uuid": k.uuid,
                    "series_instance_uid": k.reference.series_instance_uid,
                    "sop_instance_uid": k.reference.sop_instance_uid,
                    "frame_of_reference_uid": k.reference.frame_of_reference_uid,
                    "frame_number": k.reference.frame_number,
                    "orientation": k.orientation,
                    "plane": None
                    if k.plane is None
                    else {"origin": k.plane.origin, "u": k.plane.u, "v": k.plane.v},
                    "window_center": k.window_center,
                    "window_width": k.window_width,
                    "zoom_mm": k.zoom_mm,
                    "caption": k.caption,
                    "layer": layers.get(k.uuid, ("", ""))[0],
                    "origin_uuid": layers.get(k.uuid, ("", ""))[1],
                }
                for k in shown
            ],
        }
        return ExtraContent(
            datasets=[("dicom-ko", key_object_selection(evidence, description=description))],
            documents=[("key-images.json", document)],
        )


class AnnotationProvider:
    """Annotations as a Comprehensive 3-D SR (TID 1500) and as ``annotations.json``.

    The SR is for other DICOM software; the JSON keeps the exact geometry (LPS mm), kind,
    label, text and measurements for the recipient's layer importer.
    """

    name = "annotations"

    def gather(self, db: Database, case_id: int) -> ExtraContent:
        from casereview.dicom.sr import measurement_report
        from casereview.services.annotations import list_annotations

        annotations = list_annotations(db, case_id)
        if not annotations:
            return ExtraContent()
        wanted = {a.reference.sop_instance_uid for a in annotations if a.reference.sop_instance_uid}
        series = {a.reference.series_instance_uid for a in annotations}
        with db.reading() as session:
            rows = session.execute(
                select(models.Instance.sop_instance_uid, models.Instance.file_path)
                .join(models.Series)
                .where(
                    models.Instance.sop_instance_uid.in_(sorted(wanted))
                    | models.Series.series_instance_uid.in_(sorted(series))
                )
                .order_by(models.Instance.sop_instance_uid.in_(sorted(wanted)).desc())
                .limit(max(len(wanted), 1))
            )
            paths = {sop: path for sop, path in rows}
        evidence = [_evidence(path) for path in paths.values()]
        layers = _origins(db, case_id)
        document = {
            "schema": "casereview-annotations/1",
            "annotations": [
                {
                    "uuid": a.uuid,
                    "kind": a.kind.value,
                    "label": a.label,
                    "text": a.text,
                    "points": [list(p) for p in a.points],
                    "series_instance_uid": a.reference.series_instance_uid,
                    "sop_instance_uid": a.reference.sop_instance_uid,
                    "frame_of_reference_uid": a.reference.frame_of_reference_uid,
                    "frame_number": a.reference.frame_number,
                    "measurements": [m.to_json() for m in a.measurements],
                    "layer": layers.get(a.uuid, ("", ""))[0],
                    "origin_uuid": layers.get(a.uuid, ("", ""))[1],
                }
                for a in annotations
            ],
        }
        datasets: list[tuple[str, Dataset]] = []
        if evidence and any(a.reference.frame_of_reference_uid for a in annotations):
            datasets.append(("dicom-sr", measurement_report(annotations, evidence)))
        return ExtraContent(datasets=datasets, documents=[("annotations.json", document)])


class DecisionProvider:
    """The case's current MDT decisions as ``decisions.json`` and as an Encapsulated PDF.

    Names of the people in the discussion are left out (the Basic Profile removes staff names
    too); the exporter removes the patient's identifiers from every text.
    """

    name = "decisions"

    def gather(self, db: Database, case_id: int) -> ExtraContent:
        from casereview.dicom.encapsulated import encapsulated_pdf, text_pdf
        from casereview.services.decisions import decisions_of_case

        decisions = [d for d in decisions_of_case(db, case_id) if d.is_current]
        if not decisions:
            return ExtraContent()
        entries = []
        lines: list[str] = []
        for decision in decisions:
            content = decision.content
            entry = {
                "uid": decision.uid,
                "status": "signed" if decision.is_signed else "draft",
                "signed_at": decision.signed_at.isoformat() if decision.signed_at else "",
                "amends": bool(decision.amends_id),
                "amendment_reason": decision.amendment_reason,
                "recommendation": content.recommendation.value,
                "recommendation_text": content.recommendation_text,
                "intent": content.intent.value,
                "rationale": content.rationale,
                "staging": content.staging,
                "guideline_reference": content.guideline_reference,
                "trial_eligibility": content.trial_eligibility.value,
                "trial_reference": content.trial_reference,
                "dissent": content.dissent,
            }
            entries.append(entry)
            lines += [
                f"Recommendation: {content.recommendation_text}",
                f"Intent: {content.intent.value.replace('_', ' ')}",
                f"Status: {entry['status']}"
                + (f", signed {entry['signed_at'][:10]}" if entry["signed_at"] else ""),
                f"Staging: {content.staging or '-'}",
                f"Rationale: {content.rationale}",
                f"Guideline: {content.guideline_reference or '-'}",
                f"Clinical trial: {content.trial_eligibility.value.replace('_', ' ')}"
                + (f" ({content.trial_reference})" if content.trial_reference else ""),
                f"Dissent: {content.dissent or 'none recorded'}",
                "",
            ]
        with db.reading() as session:
            first = session.scalar(
                select(models.Instance.file_path)
                .join(models.Series)
                .join(models.Study)
                .join(models.Case, models.Case.patient_id == models.Study.patient_id)
                .where(models.Case.id == case_id)
                .limit(1)
            )
        document = {"schema": "casereview-decisions/1", "decisions": entries}
        datasets: list[tuple[str, Dataset]] = []
        if first is not None:
            # The PDF is bytes the de-identifier cannot read into: the patient's identifiers
            # are taken out of its text here.
            phi = _case_files(db, case_id).phi
            pdf = text_pdf(
                "MDT outcome",
                [
                    *(_remove_phi(line, phi) for line in lines),
                    "casereview supports case review and team discussion; clinical decisions "
                    "rest with the treating team.",
                ],
            )
            datasets.append(
                ("dicom-pdf", encapsulated_pdf(pdf, _evidence(first), title="MDT outcome"))
            )
        return ExtraContent(datasets=datasets, documents=[("decisions.json", document)])


# -- Case files ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _CaseFiles:
    case_id: int
    patient_pk: int
    patient_key: str
    phi: tuple[str, ...]
    paths: tuple[str, ...]


def _case_files(db: Database, case_id: int) -> _CaseFiles:
    with db.reading() as session:
        case = session.get(models.Case, case_id)
        if case is None:
            raise NotFoundError(f"Case #{case_id} does not exist.")
        series_ids = [s.id for s in case.series]
        if not series_ids:
            series_ids = list(
                session.scalars(
                    select(models.Series.id).where(
                        models.Series.study_id.in_([s.id for s in case.studies])
                    )
                )
            )
        paths = list(
            session.scalars(
                select(models.Instance.file_path)
                .where(models.Instance.series_id.in_(series_ids))
                .order_by(models.Instance.series_id, models.Instance.instance_number)
            )
        )
        patient = case.patient
        key = f"{patient.issuer_of_patient_id}\0{patient.patient_id}"
        phi = _phi_strings(patient.patient_name, patient.patient_id, patient.birth_date)
        accession = session.scalars(
            select(models.Study.accession_number).where(models.Study.patient_id == patient.id)
        ).all()
        phi = tuple(sorted(set(phi) | {a for a in accession if len(a) >= 3}))
        patient_pk = patient.id
    if not paths:
        raise ValidationError(f"Case #{case_id} has no images to export.")
    return _CaseFiles(case_id, patient_pk, key, phi, tuple(paths))


def _only_received_images(db: Database, case_files: _CaseFiles) -> bool:
    """Whether every image of the case arrived in a received package (a reply case)."""
    with db.reading() as session:
        folders = [
            str(Path(p)) + os.sep
            for p in session.scalars(
                select(ExchangePackage.storage_path).where(
                    ExchangePackage.direction == "import", ExchangePackage.storage_path != ""
                )
            )
        ]
    if not folders:
        return False
    return all(any(str(Path(p)).startswith(f) for f in folders) for p in case_files.paths)


def _phi_strings(name: str, patient_id: str, birth_date: str) -> tuple[str, ...]:
    """Strings that must not appear in any document of a package."""
    found = {patient_id.strip(), birth_date.strip()}
    for part in re.split(r"[\^= ]+", name):
        found.add(part.strip())
    return tuple(sorted(s for s in found if len(s) >= 3))


# -- Workers ---------------------------------------------------------------------------------


@dataclass(slots=True)
class _Done:
    """A de-identified image, or one held back."""

    source: str
    sop_instance_uid: str
    file: DeidentifiedFile | None
    held: HeldBackFile | None
    cleaned: bool = False


_RegionMap = dict[str, tuple[RedactionRegion, ...]]


def _deidentify_chunk(
    task: tuple[Sequence[str], Deidentifier, PatientPseudonym, frozenset[str], bool, _RegionMap],
) -> tuple[list[_Done], ChangeLog, dict[str, str]]:
    """Worker: de-identify files of one chunk (module level, so it pickles by name)."""
    paths, deidentifier, patient, confirmed, header_only, redactions = task
    log_ = ChangeLog()
    done: list[_Done] = []
    for path in paths:
        done.append(
            _deidentify_one(
                Path(path), deidentifier, patient, confirmed, header_only, log_, redactions
            )
        )
    return done, log_, deidentifier.uid_map()


def _deidentify_one(
    path: Path,
    deidentifier: Deidentifier,
    patient: PatientPseudonym,
    confirmed: frozenset[str],
    header_only: bool,
    log_: ChangeLog,
    redactions: _RegionMap | None = None,
) -> _Done:
    try:
        source = read_source(path)  # parsed once: hold-back check and de-identification
    except (InvalidDicomError, OSError, ValueError):
        held = HeldBackFile("", "", "", None, HoldBackReason.UNREADABLE)
        return _Done(str(path), "", None, held)
    header = source.dataset
    sop = str(header.get("SOPInstanceUID", ""))
    regions = (redactions or {}).get(sop)
    if regions and not header_only:
        return _clean_one(path, sop, regions, deidentifier, patient, log_)
    reason = hold_back_reason(header)
    if reason is not None and sop not in confirmed:
        number = header.get("InstanceNumber")
        held = HeldBackFile(
            sop,
            str(header.get("SeriesDescription", "")),
            str(header.get("Modality", "")),
            int(number) if number not in (None, "") else None,
            reason,
        )
        return _Done(str(path), sop, None, held)
    if header_only:
        deidentifier.apply(header, patient, log_)
        return _Done(str(path), sop, None, None)
    return _Done(str(path), sop, deidentify_source(source, deidentifier, patient, log_), None)


def _clean_one(
    path: Path,
    sop: str,
    regions: Sequence[RedactionRegion],
    deidentifier: Deidentifier,
    patient: PatientPseudonym,
    log_: ChangeLog,
) -> _Done:
    """Black out the user's regions in every frame, then de-identify like any image.

    The whole file is read (the pixels change) and written uncompressed; the SOP Instance UID
    is remapped like every other, so references to the image still resolve.
    """
    try:
        ds = pydicom.dcmread(path)
    except (InvalidDicomError, OSError, ValueError) as exc:
        raise ValidationError(
            "An image marked for cleaning could not be read; exclude it instead."
        ) from exc
    redact_dataset(ds, regions)
    ds = deidentifier.apply(ds, patient, log_)
    mark_cleaned(ds)
    header = encode_dataset(ds)
    file = DeidentifiedFile(
        header=header, tail_offset=0, tail_length=0, dataset=record_dataset(ds), compressed=False
    )
    return _Done(str(path), sop, file, None, cleaned=True)


def _run_deid(
    case_files: _CaseFiles,
    deidentifier: Deidentifier,
    patient: PatientPseudonym,
    confirmed: frozenset[str],
    *,
    header_only: bool,
    workers: int | None,
    progress: ProgressReporter,
    cancel: CancelToken | None,
    message: str,
    redactions: _RegionMap | None = None,
) -> tuple[list[_Done], ChangeLog, dict[str, str]]:
    paths = list(case_files.paths)
    chunks = [paths[i : i + _CHUNK_FILES] for i in range(0, len(paths), _CHUNK_FILES)]
    regions = redactions or {}
    tasks = [(chunk, deidentifier, patient, confirmed, header_only, regions) for chunk in chunks]
    workers = workers or os.cpu_count() or 1
    results: list[_Done] = []
    changes = ChangeLog()
    uid_map: dict[str, str] = {}
    progress(0, len(paths), message)
    if workers == 1 or len(paths) < _PARALLEL_MIN_FILES:
        outputs: Iterable[tuple[object, tuple[list[_Done], ChangeLog, dict[str, str]]]] = (
            (task, _deidentify_chunk(task)) for task in tasks
        )
    else:
        outputs = map_in_order(_deidentify_chunk, tasks, workers=workers, cancel=cancel)
    for _, (done, chunk_log, chunk_map) in outputs:
        if cancel is not None:
            cancel.raise_if_cancelled()
        results.extend(done)
        changes.merge(chunk_log)
        uid_map.update(chunk_map)
        progress(len(results), len(paths), message)
    return results, changes, uid_map


# -- Cleaning burned-in text ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class HeldBackPicture:
    """A held-back image's first frame, 8-bit, for the user to mark burned-in text on.

    Attributes
    ----------
    pixels
        Rows x columns (grey) or rows x columns x 3 (RGB), ``uint8``, windowed for display.
    frames
        Number of frames (the regions are cleaned in every one).
    """

    pixels: Any
    frames: int


def held_back_picture(db: Database, case_id: int, sop_instance_uid: str) -> HeldBackPicture:
    """Load an image of a case for marking the burned-in text to clean.

    Raises
    ------
    NotFoundError
        If the image is not part of the case.
    ValidationError
        If its pixels cannot be read.
    """
    case_files = _case_files(db, case_id)
    with db.reading() as session:
        path = session.scalars(
            select(models.Instance.file_path).where(
                models.Instance.sop_instance_uid == sop_instance_uid
            )
        ).first()
    if path is None or path not in case_files.paths:
        raise NotFoundError("The image to clean is no longer part of this case.")
    try:
        ds = pydicom.dcmread(path)
    except (InvalidDicomError, OSError, ValueError) as exc:
        raise ValidationError("The image could not be read; exclude it instead.") from exc
    return HeldBackPicture(display_frame(ds), int(ds.get("NumberOfFrames", 1) or 1))


# -- Preview -------------------------------------------------------------------------------


def preview_export(
    db: Database,
    case_id: int,
    options: DeidOptions,
    secret: bytes,
    *,
    workers: int | None = None,
    progress: ProgressReporter = no_progress,
    cancel: CancelToken | None = None,
) -> ExportPreview:
    """What an export of ``case_id`` with ``options`` will change, before writing anything.

    Every header of the case is de-identified in memory; the result lists attribute names and
    actions (never values) and the images held back.

    Raises
    ------
    NotFoundError
        If the case does not exist.
    ValidationError
        If it has no images.
    """
    case_files = _case_files(db, case_id)
    deidentifier = Deidentifier(options, secret)
    patient = deidentifier.pseudonym_for(case_files.patient_key)
    done, changes, _ = _run_deid(
        case_files,
        deidentifier,
        patient,
        frozenset(),
        header_only=True,
        workers=workers,
        progress=progress,
        cancel=cancel,
        message="Checking what will be removed",
    )
    held = [d.held for d in done if d.held is not None]
    return ExportPreview(
        files=len(done) - len(held),
        changes=changes.changes(),
        held_back=held,
        date_shift_days=patient.date_shift_days if options.retain_modified_dates else None,
        pseudonym=patient.pseudonym,
    )


# -- Export --------------------------------------------------------------------------------


@dataclass(slots=True)
class _Entry:
    """One file of the package being written."""

    path: str
    kind: str
    write: Callable[[io.BufferedIOBase], None]
    compress: bool


class _HashingWriter(io.RawIOBase):
    """Counts and hashes what passes to the zip entry."""

    def __init__(self, sink: io.BufferedIOBase) -> None:
        self.sink = sink
        self.hash = hashlib.sha256()
        self.size = 0

    def writable(self) -> bool:
        return True

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        self.hash.update(data)
        self.size += len(data)
        self.sink.write(data)
        return len(data)


def export_case(
    db: Database,
    case_id: int,
    out: Path,
    actor: str,
    *,
    options: DeidOptions,
    signing_key: SigningKey,
    secret: bytes,
    institution: str,
    confirmed: Iterable[str] = (),
    redactions: Redactions | None = None,
    compress: bool = True,
    compress_level: int = 6,
    workers: int | None = None,
    progress: ProgressReporter = no_progress,
    cancel: CancelToken | None = None,
) -> ExportReport:
    """Write a de-identified, signed package of a case.

    Parameters
    ----------
    db
        Open case database.
    case_id
        The case to export.
    out
        The zip file to write (replaced atomically when complete).
    actor
        User recorded in the audit trail.
    options
        De-identification options.
    signing_key, secret
        The institution's key pair and de-identification secret (``services.signing``).
    institution
        Sender name written into the manifest.
    confirmed
        SOP Instance UIDs of held-back images the user checked and wants included.
    redactions
        Rectangles of burned-in text to black out, per SOP Instance UID: such an image is
        cleaned (every frame), written uncompressed with Burned In Annotation "NO" and
        exported; the manifest lists it under ``content.cleaned_images``.
    compress, compress_level
        Whether to deflate, and how hard (already compressed pixel data is always stored).
    workers
        De-identification processes (default: one per core).
    progress, cancel
        Progress reporting and cancellation (nothing is left behind on cancel).

    Returns
    -------
    ExportReport
        What was written and what was held back.

    Raises
    ------
    NotFoundError, ValidationError
        If the case does not exist or has nothing exportable.
    PackageError
        If the package cannot be written.
    OperationCancelled
        If cancelled.
    """
    regions: _RegionMap = {
        str(sop): tuple(found) for sop, found in (redactions or {}).items() if found
    }
    case_files = _case_files(db, case_id)
    if not options.retain_uids and _only_received_images(db, case_files):
        # An answer to a package: its UIDs are already the first sender's pseudonyms (nothing
        # new is revealed by keeping them) and keeping them lets that sender put our opinion
        # on its own images when the package comes back.
        options = dataclasses.replace(options, retain_uids=True)
    deidentifier = Deidentifier(options, secret)
    patient = deidentifier.pseudonym_for(case_files.patient_key)
    done, _changes, uid_map = _run_deid(
        case_files,
        deidentifier,
        patient,
        frozenset(confirmed),
        header_only=False,
        workers=workers,
        progress=progress,
        cancel=cancel,
        message="De-identifying images",
        redactions=regions,
    )
    deidentifier.adopt(uid_map)  # computed by the workers; the same secret gives the same map
    unknown = set(regions) - {d.sop_instance_uid for d in done}
    if unknown:
        raise ValidationError(
            f"{len(unknown)} image(s) to clean are not part of this case "
            f"(SOP Instance UID {sorted(unknown)[0]}); check the UIDs."
        )
    images = [d for d in done if d.file is not None]
    held = [d.held for d in done if d.held is not None]
    if not images:
        raise ValidationError(
            "Every image of this case is held back for burned-in text; confirm the ones that "
            "are clean or add other series."
        )

    extra_datasets: list[tuple[str, Dataset, bytes]] = []
    documents: list[tuple[str, bytes]] = []
    for provider in _PROVIDERS:
        try:
            content = provider.gather(db, case_id)
        except (ValueError, TypeError, AttributeError) as exc:
            raise PackageError(
                f"The case's {provider.name} could not be written as DICOM ({exc}); export "
                "without them or correct the images' headers."
            ) from exc
        for kind, dataset in content.datasets:
            deidentifier.apply(dataset, patient)
            extra_datasets.append((kind, dataset, encode_dataset(dataset)))
        for name, document in content.documents:
            documents.append(
                (_document_name(name), _scrub_document(document, deidentifier, case_files.phi))
            )

    layout = build_fileset(
        [d.file.dataset for d in images if d.file is not None]
        + [dataset for _, dataset, _ in extra_datasets]
    )
    package_id = str(uuid.uuid4())
    created = datetime.now(UTC).replace(microsecond=0).isoformat()

    entries: list[_Entry] = [
        _Entry(f"{FILESET_FOLDER}/DICOMDIR", "dicomdir", _bytes_writer(layout.dicomdir), True)
    ]
    cleaned: list[str] = []
    for item in images:
        assert item.file is not None
        sop = str(item.file.dataset.SOPInstanceUID)
        if item.cleaned:
            cleaned.append(layout.paths[sop])
        entries.append(
            _Entry(
                layout.paths[sop],
                "dicom-image",
                _image_writer(item.file, Path(item.source)),
                not item.file.compressed,
            )
        )
    for kind, dataset, encoded in extra_datasets:
        entries.append(
            _Entry(layout.paths[str(dataset.SOPInstanceUID)], kind, _bytes_writer(encoded), True)
        )
    for name, data in documents:
        entries.append(_Entry(f"{DOCUMENTS_FOLDER}/{name}", "document", _bytes_writer(data), True))
    summary = _summary(images, extra_datasets, documents, patient)
    entries.append(
        _Entry(
            README_NAME,
            "readme",
            _bytes_writer(_readme(summary, institution, created, package_id, signing_key)),
            True,
        )
    )
    entries.append(
        _Entry(
            INDEX_NAME, "index", _bytes_writer(_index_html(summary, layout.paths, documents)), True
        )
    )

    out = Path(out)
    partial = out.with_name(out.name + ".partial")
    written: list[ManifestFile] = []
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(
            partial, "w", zipfile.ZIP_DEFLATED, allowZip64=True, compresslevel=compress_level
        ) as archive:
            stamp = datetime.now().timetuple()[:6]
            for number, entry in enumerate(entries, start=1):
                if cancel is not None:
                    cancel.raise_if_cancelled()
                # Opening by name applies the archive's method and level; pixel data that is
                # already compressed is stored (deflating it again costs time and saves nothing).
                archive.compression = (
                    zipfile.ZIP_DEFLATED if compress and entry.compress else zipfile.ZIP_STORED
                )
                with archive.open(entry.path, "w", force_zip64=True) as sink:
                    hashing = _HashingWriter(sink)
                    entry.write(hashing)  # type: ignore[arg-type]
                written.append(
                    ManifestFile(entry.path, hashing.size, hashing.hash.hexdigest(), entry.kind)
                )
                progress(number, len(entries) + 2, "Writing the package")
            manifest = Manifest(
                package_id=package_id,
                created=created,
                institution=institution,
                key_fingerprint=signing_key.fingerprint,
                files=tuple(written),
                deidentification={
                    "profile": "DICOM PS3.15 Annex E Basic Application Level Confidentiality Profile",
                    "options": options.to_dict(),
                    "codes": [
                        {"value": v, "scheme": "DCM", "meaning": m}
                        for v, m in options.method_codes()
                    ],
                },
                content={**summary["counts"], "cleaned_images": sorted(cleaned)},
            )
            archive.compression = zipfile.ZIP_DEFLATED
            manifest_bytes = manifest.to_json()
            archive.writestr(_plain_info(MANIFEST_NAME, stamp), manifest_bytes)
            signature = {
                "algorithm": "Ed25519",
                "public_key": signing_key.public_key_b64,
                "signature": base64.b64encode(signing_key.sign(manifest_bytes)).decode("ascii"),
            }
            archive.writestr(_plain_info(SIGNATURE_NAME, stamp), json.dumps(signature, indent=1))
        os.replace(partial, out)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    progress(len(entries) + 2, len(entries) + 2, "Writing the package")
    _record_export(
        db, actor, case_files, manifest, patient, deidentifier.uid_map(), options, len(images)
    )
    log.info(
        "package %s exported: case #%d, %d images, %d objects, %d documents, %d held back",
        pseudonymous_tag(package_id),
        case_id,
        len(images),
        len(extra_datasets),
        len(documents),
        len(held),
    )
    return ExportReport(
        path=str(out),
        package_id=package_id,
        files=len(written) + 2,
        images=len(images),
        objects=len(extra_datasets),
        documents=len(documents),
        held_back=held,
        bytes_written=out.stat().st_size,
        cleaned=sorted(cleaned),
    )


def _plain_info(name: str, stamp: tuple[int, ...]) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=stamp)  # type: ignore[arg-type]
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    return info


def _bytes_writer(data: bytes) -> Callable[[io.BufferedIOBase], None]:
    def write(sink: io.BufferedIOBase) -> None:
        sink.write(data)

    return write


def _image_writer(file: DeidentifiedFile, source: Path) -> Callable[[io.BufferedIOBase], None]:
    def write(sink: io.BufferedIOBase) -> None:
        sink.write(file.header)
        if not file.tail_length:
            return
        with source.open("rb") as handle:
            handle.seek(file.tail_offset)
            remaining = file.tail_length
            while remaining:
                chunk = handle.read(min(_COPY_CHUNK, remaining))
                if not chunk:
                    raise PackageError(
                        "An image changed on disk while it was exported; run the export again."
                    )
                sink.write(chunk)
                remaining -= len(chunk)

    return write


_DOCUMENT_NAME = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,60}\.json$")


def _document_name(name: str) -> str:
    if not _DOCUMENT_NAME.match(name):
        raise PackageError(f"A content provider named a document '{name}'; use lower-case ASCII.")
    return name


_UID_TEXT = re.compile(r"\b\d+(?:\.\d+){3,}\b")


def _remove_phi(text: str, phi: Sequence[str]) -> str:
    """``text`` without the patient's name parts, ID, birth date and accession numbers."""
    for secret in phi:
        text = re.sub(re.escape(secret), "", text, flags=re.IGNORECASE)
    return text


def _scrub_document(document: Any, deidentifier: Deidentifier, phi: Sequence[str]) -> bytes:
    """JSON bytes of a provider's document with UIDs replaced and identifiers removed."""

    def scrub(value: Any) -> Any:
        if isinstance(value, dict):
            return {str(scrub(k)): scrub(v) for k, v in value.items()}
        if isinstance(value, (list, tuple)):
            return [scrub(v) for v in value]
        if isinstance(value, str):
            return _remove_phi(_UID_TEXT.sub(lambda m: deidentifier.uid(m.group(0)), value), phi)
        return value

    return json.dumps(scrub(document), indent=1, ensure_ascii=False, sort_keys=True).encode()


def _summary(
    images: list[_Done],
    extra: list[tuple[str, Dataset, bytes]],
    documents: list[tuple[str, bytes]],
    patient: PatientPseudonym,
) -> dict[str, Any]:
    series: dict[str, dict[str, Any]] = {}
    for item in images:
        assert item.file is not None
        ds = item.file.dataset
        uid = str(ds.SeriesInstanceUID)
        entry = series.setdefault(
            uid,
            {
                "modality": str(ds.get("Modality", "")),
                "number": str(ds.get("SeriesNumber", "") or ""),
                "description": str(ds.get("SeriesDescription", "") or ""),
                "date": str(ds.get("SeriesDate", "") or ds.get("StudyDate", "") or ""),
                "images": 0,
            },
        )
        entry["images"] += 1
    kinds: dict[str, int] = {}
    for kind, _, _ in extra:
        kinds[kind] = kinds.get(kind, 0) + 1
    return {
        "pseudonym": patient.pseudonym,
        "series": list(series.values()),
        "counts": {
            "images": len(images),
            "series": len(series),
            "objects": kinds,
            "documents": len(documents),
        },
    }


def _readme(
    summary: dict[str, Any], institution: str, created: str, package_id: str, key: SigningKey
) -> bytes:
    lines = [
        "CASE PACKAGE (de-identified)",
        "",
        f"Sent by:        {institution or 'not named'}",
        f"Created:        {created}",
        f"Package:        {package_id}",
        f"Pseudonym:      {summary['pseudonym']}",
        f"Signing key:    {key.fingerprint}",
        "",
        "Contents",
        f"  {summary['counts']['images']} images in {summary['counts']['series']} series, as a "
        "DICOM file-set: open DICOM/DICOMDIR in any DICOM viewer.",
        *(
            f"  {count} {kind.removeprefix('dicom-').upper()} object(s)"
            for kind, count in summary["counts"]["objects"].items()
        ),
        f"  {summary['counts']['documents']} structured document(s) in documents/ (JSON).",
        "  INDEX.HTM lists the series and documents.",
        "",
        "Privacy",
        "  Patient identity was removed following DICOM PS3.15 Annex E (Basic Application Level",
        "  Confidentiality Profile); dates were shifted by a fixed number of days. Only the",
        "  sender can link the pseudonym to the patient.",
        "",
        "Integrity",
        "  manifest.json lists every file with its size and SHA-256; manifest.sig is an Ed25519",
        "  signature over manifest.json. casereview checks both on import",
        "  (casereview-cli verify-package FILE).",
        "",
        "casereview supports case review and team discussion. It is not cleared for primary",
        "diagnosis; clinical decisions rest with the treating team.",
    ]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def _index_html(
    summary: dict[str, Any], paths: dict[str, str], documents: list[tuple[str, bytes]]
) -> bytes:
    rows = "\n".join(
        "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>".format(
            *(
                html.escape(str(s[k]))
                for k in ("number", "modality", "description", "date", "images")
            )
        )
        for s in summary["series"]
    )
    docs = "\n".join(
        f'<li><a href="{DOCUMENTS_FOLDER}/{html.escape(name)}">{html.escape(name)}</a></li>'
        for name, _ in documents
    )
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Case package {html.escape(summary["pseudonym"])}</title>
<style>body{{font-family:sans-serif;margin:2em}}td,th{{padding:4px 12px;border-bottom:1px solid #ccc}}</style>
</head><body>
<h1>Case package {html.escape(summary["pseudonym"])}</h1>
<p>De-identified images as a DICOM file-set: open <a href="{FILESET_FOLDER}/DICOMDIR">{FILESET_FOLDER}/DICOMDIR</a>
in any DICOM viewer. See <a href="{README_NAME}">{README_NAME}</a> for how the package was made and
verified.</p>
<h2>Series</h2>
<table><tr><th>Number</th><th>Modality</th><th>Description</th><th>Date (shifted)</th><th>Images</th></tr>
{rows}
</table>
<h2>Documents</h2>
<ul>{docs or "<li>none</li>"}</ul>
<p><small>{len(paths)} DICOM objects. Made with casereview {html.escape(__version__)}.</small></p>
</body></html>
"""
    return page.encode("utf-8")


def _record_export(
    db: Database,
    actor: str,
    case_files: _CaseFiles,
    manifest: Manifest,
    patient: PatientPseudonym,
    uid_map: dict[str, str],
    options: DeidOptions,
    images: int,
) -> None:
    with db.writing() as session:
        user_id = UserRepository(session).row_id(actor)
        row = ExchangePackage(
            package_uid=manifest.package_id,
            direction="export",
            case_id=case_files.case_id,
            institution=manifest.institution,
            key_fingerprint=manifest.key_fingerprint,
            verification=VerificationStatus.TRUSTED.value,
            package_created_at=manifest.created,
            file_count=len(manifest.files) + 2,
            image_count=images,
            options_json=json.dumps(options.to_dict(), sort_keys=True),
            storage_path="",
            user_id=user_id,
        )
        session.add(row)
        session.flush()
        session.add(
            ExchangePseudonym(
                package_id=row.id,
                patient_id=case_files.patient_pk,
                pseudonym=patient.pseudonym,
                date_shift_days=patient.date_shift_days if options.retain_modified_dates else None,
            )
        )
        mappings = [
            {"package_id": row.id, "original_uid": original, "replacement_uid": replacement}
            for original, replacement in uid_map.items()
            if original != replacement
        ]
        if mappings:
            session.execute(insert(ExchangeUidMapping), mappings)
        AuditRepository(session).append(
            AuditAction.PACKAGE_EXPORTED,
            "case",
            case_files.case_id,
            user_id,
            {"package": manifest.package_id, "images": images, "files": len(manifest.files) + 2},
        )


# -- Verification --------------------------------------------------------------------------


@dataclass(slots=True)
class _Staged:
    result: VerificationResult
    folder: Path | None  # the staging folder (removed by the caller)
    files: Path | None  # the package's root inside it


def _stage_and_verify(
    archive: Path,
    staging_dir: Path,
    trusted: Sequence[TrustedKey],
    own_key: SigningKey | None,
    limits: ZipLimits,
    cancel: CancelToken | None,
) -> _Staged:
    if not archive.is_file():
        raise NotFoundError(f"There is no package file at {archive}.")
    staged = stage_archive(archive, staging_dir=staging_dir, limits=limits, cancel=cancel)
    problems = [f"{p.path}: {p.reason}" for p in staged.problems]
    if staged.root is None:
        return _Staged(
            VerificationResult(VerificationStatus.INVALID, problems=problems or ["empty archive"]),
            None,
            None,
        )
    root = staged.root / "files"
    if problems or (staged.root / "nested").exists():
        problems.append("the package contains entries a casereview package never has")
        return _Staged(
            VerificationResult(VerificationStatus.INVALID, problems=problems), staged.root, root
        )
    return _Staged(_verify_folder(root, trusted, own_key, cancel), staged.root, root)


def _verify_folder(
    root: Path,
    trusted: Sequence[TrustedKey],
    own_key: SigningKey | None,
    cancel: CancelToken | None,
) -> VerificationResult:
    problems: list[str] = []
    manifest_path = root / MANIFEST_NAME
    if not manifest_path.is_file():
        return VerificationResult(
            VerificationStatus.INVALID, problems=["manifest.json is missing: not a case package"]
        )
    manifest_bytes = manifest_path.read_bytes()
    try:
        manifest = Manifest.from_json(manifest_bytes)
    except ValidationError as exc:
        return VerificationResult(VerificationStatus.INVALID, problems=[str(exc)])
    listed = {f.path for f in manifest.files}
    if len(listed) != len(manifest.files) or listed & {MANIFEST_NAME, SIGNATURE_NAME}:
        problems.append("the manifest lists a file twice")
    present: set[str] = set()
    for folder, _dirs, names in os.walk(root):
        for name in names:
            present.add(Path(folder, name).relative_to(root).as_posix())
    for extra in sorted(present - listed - {MANIFEST_NAME, SIGNATURE_NAME}):
        problems.append(f"{extra}: not listed in the manifest (added after signing)")
    for entry in manifest.files:
        if cancel is not None:
            cancel.raise_if_cancelled()
        path = root / entry.path
        if entry.path not in present:
            problems.append(f"{entry.path}: listed in the manifest but missing")
            continue
        digest, size = _hash_file(path)
        if size != entry.size or digest != entry.sha256:
            problems.append(f"{entry.path}: altered (its SHA-256 does not match the manifest)")
    signature_path = root / SIGNATURE_NAME
    signer, key_fp = "", ""
    status = VerificationStatus.UNSIGNED
    if signature_path.is_file():
        try:
            signature = json.loads(signature_path.read_text(encoding="utf-8"))
            public_key = decode_public_key(str(signature["public_key"]))
            raw_signature = base64.b64decode(str(signature["signature"]), validate=True)
            if signature.get("algorithm") != "Ed25519":
                raise ValueError("algorithm")
        except (ValueError, KeyError, TypeError, PackageError, UnicodeDecodeError):
            problems.append("manifest.sig is damaged")
        else:
            key_fp = fingerprint(public_key)
            if not verify_signature(public_key, raw_signature, manifest_bytes):
                problems.append("the signature does not match the manifest (altered after signing)")
            elif manifest.key_fingerprint and manifest.key_fingerprint != key_fp:
                problems.append(
                    "the manifest names another signing key than the one that signed it"
                )
            else:
                signer = trusted_institution(public_key, trusted, own_key)
                status = VerificationStatus.TRUSTED if signer else VerificationStatus.UNTRUSTED
    if problems:
        return VerificationResult(
            VerificationStatus.INVALID, manifest=manifest, key_fingerprint=key_fp, problems=problems
        )
    return VerificationResult(status, manifest=manifest, signer=signer, key_fingerprint=key_fp)


def _hash_file(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        while chunk := handle.read(_COPY_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def verify_package(
    archive: Path,
    *,
    staging_dir: Path,
    trusted: Sequence[TrustedKey] = (),
    own_key: SigningKey | None = None,
    limits: ZipLimits = PACKAGE_ZIP_LIMITS,
    cancel: CancelToken | None = None,
) -> VerificationResult:
    """Check a package without importing it: archive safety, hashes, unlisted files, signature.

    Parameters
    ----------
    archive
        The package file.
    staging_dir
        Where it is unpacked for checking (removed afterwards).
    trusted, own_key
        Partner keys from the settings and this institution's key.

    Returns
    -------
    VerificationResult
        Trusted, untrusted, unsigned or invalid (with the problems found).

    Raises
    ------
    NotFoundError
        If the file does not exist.
    """
    staged = _stage_and_verify(Path(archive), staging_dir, trusted, own_key, limits, cancel)
    if staged.folder is not None:
        shutil.rmtree(staged.folder, ignore_errors=True)
    return staged.result


# -- Import --------------------------------------------------------------------------------


def import_package(
    db: Database,
    archive: Path,
    actor: str,
    *,
    staging_dir: Path,
    quarantine_dir: Path,
    trusted: Sequence[TrustedKey] = (),
    own_key: SigningKey | None = None,
    accept_untrusted: bool = False,
    limits: ZipLimits = PACKAGE_ZIP_LIMITS,
    progress: ProgressReporter = no_progress,
    cancel: CancelToken | None = None,
) -> PackageImportReport:
    """Verify a package, then index its images and record it (once).

    Parameters
    ----------
    db
        Open case database.
    archive
        The package file.
    actor
        User recorded in the audit trail.
    staging_dir
        The data directory's imports folder; the package is unpacked below ``packages/``.
    quarantine_dir
        Where images that clash with indexed ones go (see ``services.indexing``).
    trusted, own_key
        Partner keys from the settings and this institution's key.
    accept_untrusted
        The user agreed to import an intact package that is unsigned or signed by an unknown key.

    Returns
    -------
    PackageImportReport
        What was imported; ``already_imported`` when the package was imported before.

    Raises
    ------
    PackageRejected
        If verification failed (nothing was imported, nothing left outside staging).
    PackageNeedsConfirmation
        If the package is intact but not from a trusted sender and ``accept_untrusted`` is off.
    """
    packages_dir = staging_dir / "packages"
    progress(0, 0, "Checking the package")
    staged = _stage_and_verify(Path(archive), packages_dir, trusted, own_key, limits, cancel)
    result = staged.result
    try:
        if result.status is VerificationStatus.INVALID or result.manifest is None:
            raise PackageRejected(result.describe(), result.problems)
        if result.status is not VerificationStatus.TRUSTED and not accept_untrusted:
            raise PackageNeedsConfirmation(result.describe())
        manifest = result.manifest
        with db.reading() as session:
            known = session.scalar(
                select(ExchangePackage.id).where(
                    ExchangePackage.package_uid == manifest.package_id,
                    ExchangePackage.direction == "import",
                )
            )
        if known is not None:
            log.info("package %s was imported before", pseudonymous_tag(manifest.package_id))
            return PackageImportReport(manifest.package_id, result, already_imported=True)
        assert staged.folder is not None and staged.files is not None
        final = packages_dir / manifest.package_id
        number = 1
        while final.exists():
            # Left by an import that was cancelled before it was recorded; the index may point
            # into it, so it stays and this copy goes beside it.
            number += 1
            final = packages_dir / f"{manifest.package_id}-{number}"
        os.replace(staged.folder, final)
        staged.folder = None
    finally:
        if staged.folder is not None:
            shutil.rmtree(staged.folder, ignore_errors=True)
    root = final / "files"
    dicom_files = [root / f.path for f in manifest.files if f.kind.startswith("dicom-")]
    # Our own images coming back in a partner's answer are already indexed as originals.
    answered: set[Path] = set()
    with db.reading() as session:
        ours = session.scalar(
            select(ExchangePackage.id).where(
                ExchangePackage.package_uid == manifest.package_id,
                ExchangePackage.direction == "export",
            )
        )
    if ours is None:  # a partner's package, not one of ours read back in
        answered = _answered_images(db, dicom_files)
    dicom_files = [p for p in dicom_files if p not in answered]
    report = import_paths(
        db,
        dicom_files,
        actor,
        staging_dir=staging_dir,
        quarantine_dir=quarantine_dir,
        progress=progress,
        cancel=cancel,
    )
    outcome = PackageImportReport(
        package_id=manifest.package_id,
        verification=result,
        images_imported=report.imported,
        images_unchanged=report.unchanged + report.duplicates + len(answered),
        documents=sum(1 for f in manifest.files if f.kind == "document"),
        problems=[f"{p.path}: {p.reason}" for p in [*report.problems, *report.conflicts]],
    )
    received = ReceivedPackage(manifest, root, result)
    handled: set[str] = {"dicom-image", "dicomdir", "readme", "index"}
    for importer in _LAYER_IMPORTERS:
        if any(f.kind in importer.kinds for f in manifest.files):
            outcome.layers.extend(importer.merge(db, received, actor))
            handled |= set(importer.kinds)
    outcome.not_merged = sorted({f.kind for f in manifest.files} - handled)
    _record_import(
        db,
        actor,
        manifest,
        result,
        final,
        report.imported + outcome.images_unchanged,
        received.case_id,
    )
    log.info(
        "package %s imported (%s): %d new images",
        pseudonymous_tag(manifest.package_id),
        result.status.value,
        report.imported,
    )
    return outcome


def _answered_images(db: Database, files: list[Path]) -> set[Path]:
    from casereview.services.exchange_layers import answered_images

    return answered_images(db, files)


def _record_import(
    db: Database,
    actor: str,
    manifest: Manifest,
    result: VerificationResult,
    folder: Path,
    images: int,
    case_id: int | None = None,
) -> None:
    with db.writing() as session:
        user_id = UserRepository(session).row_id(actor)
        session.add(
            ExchangePackage(
                package_uid=manifest.package_id,
                direction="import",
                case_id=case_id,
                institution=manifest.institution[:128],
                key_fingerprint=result.key_fingerprint,
                verification=result.status.value,
                package_created_at=manifest.created[:40],
                file_count=len(manifest.files) + 2,
                image_count=images,
                options_json=json.dumps(
                    dict(manifest.deidentification.get("options", {})), sort_keys=True
                ),
                storage_path=str(folder),
                user_id=user_id,
            )
        )
        AuditRepository(session).append(
            AuditAction.PACKAGE_IMPORTED,
            "package",
            manifest.package_id,
            user_id,
            {"verification": result.status.value, "images": images},
        )


@dataclass(frozen=True, slots=True)
class PackageRecord:
    """A package in the exchange history."""

    package_id: str
    direction: str
    institution: str
    verification: str
    created: str
    images: int


def package_history(db: Database) -> list[PackageRecord]:
    """Exported and imported packages, newest first."""
    with db.reading() as session:
        rows = session.scalars(
            select(ExchangePackage).order_by(ExchangePackage.recorded_at.desc())
        ).all()
        return [
            PackageRecord(
                r.package_uid,
                r.direction,
                r.institution,
                r.verification,
                r.package_created_at,
                r.image_count,
            )
            for r in rows
        ]


# Key images, annotations and decisions.
register_content_provider(KeyImageProvider())
register_content_provider(AnnotationProvider())
register_content_provider(DecisionProvider())

# Segments (DICOM SEG) and the importer of the sender's layer register themselves.
from casereview.services import exchange_layers as _exchange_layers  # noqa: E402, F401
