"""Exporting a case: preview what de-identification changes, then write the signed package.

The case's images are de-identified (:mod:`.deidentify`), images that may carry burned-in text
are held back unless the user confirmed or cleaned them, and the registered content providers
add DICOM objects (SR, SEG, KOS, PDF) and JSON documents, which go through the same
de-identification and identity scrubbing. Everything is written into a zip (:mod:`.writer`):
a DICOMDIR file-set under ``DICOM/``, documents under ``documents/``, ``README.TXT`` and
``INDEX.HTM``, ``manifest.json`` (every file with size and SHA-256) and ``manifest.sig``
(Ed25519). The pseudonym mapping is stored in the database and never written into the package.

An answer to a received case can leave the images out (``opinion_only``): the partner who sent
them holds them already. The manifest then names them under ``content.referenced_images`` by
the UIDs the partner knows, and the importer refuses the package where they are not held.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pydicom
from pydicom.dataset import Dataset
from pydicom.errors import InvalidDicomError

from casereview.dicom.deid import Deidentifier, PatientPseudonym, encode_dataset
from casereview.dicom.fileset import FILESET_FOLDER, build_fileset
from casereview.dicom.redact import display_frame
from casereview.domain.audit import AuditAction
from casereview.domain.identity_text import TextScrubber
from casereview.domain.packages import (
    DeidOptions,
    ExportPreview,
    ExportReport,
    Manifest,
    PackageError,
    Redactions,
    TextChange,
    VerificationStatus,
)
from casereview.domain.privacy import pseudonymous_tag
from casereview.domain.progress import CancelToken, ProgressReporter, no_progress
from casereview.errors import NotFoundError, ValidationError
from casereview.messages import Message
from casereview.services.exchange import documents
from casereview.services.exchange.case_document import case_report_dataset
from casereview.services.exchange.case_files import CaseFiles, case_files, only_received_images
from casereview.services.exchange.deidentify import (
    DeidentifiedImage,
    RegionMap,
    run_deidentification,
)
from casereview.services.exchange.providers import ContentProvider, ExtraContent, content_providers
from casereview.services.exchange.schemas import DOCUMENT_SCHEMAS
from casereview.services.exchange.scrub import (
    scrub_dataset,
    scrub_document,
    scrub_file_name,
    scrub_value,
    text_changes,
)
from casereview.services.exchange.uid_mapping import MERGED_MODALITIES
from casereview.services.exchange.writer import (
    PackageEntry,
    bytes_writer,
    image_writer,
    write_package,
)
from casereview.services.signing import SigningKey
from casereview.store.database import Database
from casereview.store.repositories import AuditRepository, UserRepository
from casereview.store.repositories_packages import ExchangeRepository, ExportRecord

log = logging.getLogger(__name__)


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
    files = case_files(db, case_id)
    with db.reading() as session:
        path = ExchangeRepository(session).instance_paths([sop_instance_uid]).get(sop_instance_uid)
    if path is None or path not in files.paths:
        raise NotFoundError(Message("The image to clean is no longer part of this case."))
    try:
        ds = pydicom.dcmread(path)
    except (InvalidDicomError, OSError, ValueError) as exc:
        raise ValidationError(Message("The image could not be read; exclude it instead.")) from exc
    return HeldBackPicture(display_frame(ds), int(ds.get("NumberOfFrames", 1) or 1))


# -- Preview -------------------------------------------------------------------------------


def preview_export(
    db: Database,
    case_id: int,
    options: DeidOptions,
    secret: bytes,
    *,
    added_identity: Sequence[str] = (),
    workers: int | None = None,
    progress: ProgressReporter = no_progress,
    cancel: CancelToken | None = None,
) -> ExportPreview:
    """What an export of ``case_id`` with ``options`` will change, before writing anything.

    Every header of the case is de-identified in memory; the result lists attribute names and
    actions (never values) and the images held back. Every free text the providers will put
    in the package is scrubbed in memory too: each field the scrubber changes or flags is
    listed with its text as it will be sent.

    Parameters
    ----------
    added_identity
        Words or phrases the user marked as identifying (answers to the unsure spans of an
        earlier preview); the export must get the same ones.

    Raises
    ------
    NotFoundError
        If the case does not exist.
    ValidationError
        If it has no images.
    """
    files = case_files(db, case_id, added_identity)
    deidentifier = Deidentifier(options, secret)
    patient = deidentifier.pseudonym_for(files.patient_key)
    done, changes, _ = run_deidentification(
        files.paths,
        deidentifier,
        patient,
        frozenset(),
        header_only=True,
        workers=workers,
        progress=progress,
        cancel=cancel,
        message=Message("Checking what will be removed"),
    )
    held = [d.held for d in done if d.held is not None]
    return ExportPreview(
        files=len(done) - len(held),
        changes=changes.changes(),
        held_back=held,
        date_shift_days=patient.date_shift_days if options.retain_modified_dates else None,
        pseudonym=patient.pseudonym,
        text_changes=_text_changes(db, case_id, TextScrubber(files.identity), options),
    )


def _text_changes(
    db: Database, case_id: int, scrubber: TextScrubber, options: DeidOptions
) -> list[TextChange]:
    """What the scrubber changes or flags in the documents every provider will write.

    The documents hold every user text the package carries (the SR, SEG, KOS and report are
    built from the same texts), so listing theirs lists every free-text field.
    """
    found: list[TextChange] = []
    for provider in content_providers():
        for name, document in _gather(provider, db, case_id, options).documents:
            found.extend(text_changes(name, document, scrubber))
    for where, text in _report_only_texts(db, case_id):
        review = scrubber.review(text)
        if review.changed:
            found.append(TextChange(where, text, review.text, review.unsure))
    return found


def _report_only_texts(db: Database, case_id: int) -> list[tuple[str, str]]:
    """Free texts the case report prints that no document carries, with where they are.

    The report (``case_document.case_report_dataset``) is rendered from the case summary of
    the case's most recent agenda item: its action items, the procedure and other wording of
    its current decisions and the names of saved 3-D views are in the report only.
    """
    from casereview.services.case_summary import case_summary
    from casereview.services.exchange.case_document import agenda_items_of_case

    with db.reading() as session:
        has_image = ExchangeRepository(session).first_image_of_case(case_id) is not None
    if not has_image:
        return []
    items = agenda_items_of_case(db, case_id)
    summary = case_summary(db, case_id, items[0].id if items else None)
    texts = [
        (f"Action item {number} — description", action.description)
        for number, action in enumerate(summary.actions, start=1)
    ]
    current = [d for d in summary.decisions if d.is_current]
    for number, decision in enumerate(current, start=1):
        when = decision.created_at.date().isoformat() if decision.created_at else ""
        label = f"Decision {number} of {when}" if when else f"Decision {number}"
        texts.append((f"{label} — procedure", decision.content.procedure))
        texts.append((f"{label} — other", decision.content.other))
    texts += [
        (f"Saved view {number} — name", view.name)
        for number, view in enumerate(summary.saved_views, start=1)
    ]
    return [(where, text) for where, text in texts if text]


# -- Answering a received case --------------------------------------------------------------


def reply_partner(db: Database, case_id: int) -> str | None:
    """The institution a received case is answered to, when it holds every image of the case.

    A case whose images all arrived in packages imported onto it can be answered with its
    opinion only: the sender of those packages holds the images already.

    Parameters
    ----------
    db
        Open case database.
    case_id
        The case to answer.

    Returns
    -------
    str or None
        The sender of the most recent package imported onto the case (``""`` if it named
        none); ``None`` when the case has images that did not come in its packages (or none).
    """
    # The index alone answers (no file is read): the export dialog asks as it opens.
    with db.reading() as session:
        try:
            paths = ExchangeRepository(session).case_images(case_id).paths
        except NotFoundError:
            return None
    return _partner_holding(db, case_id, paths)


def _partner_holding(db: Database, case_id: int, paths: Sequence[str]) -> str | None:
    """The sender of the packages imported onto the case, if every image of ``paths`` came
    in one of them."""
    with db.reading() as session:
        imports = ExchangeRepository(session).imports_of_case(case_id)
    folders = [str(Path(i.storage_path)) + os.sep for i in imports if i.storage_path]
    if not paths or not folders:
        return None
    if not all(any(str(Path(p)).startswith(f) for f in folders) for p in paths):
        return None
    return imports[0].institution


def _referenced_images(paths: Sequence[str], deidentifier: Deidentifier) -> list[dict[str, Any]]:
    """The images an opinion-only package leaves out, series by series, as the partner knows
    them (an answer keeps the partner's UIDs; the de-identifier says so).

    The partner's own SR, SEG, KOS and report that came with its package are not named: they
    are its opinion, made for the export and perhaps never indexed there, not images an
    opinion lies on.
    """
    by_series: dict[tuple[str, str], list[str]] = {}
    for path in paths:
        try:
            header = pydicom.dcmread(
                path,
                stop_before_pixels=True,
                specific_tags=[
                    "StudyInstanceUID",
                    "SeriesInstanceUID",
                    "SOPInstanceUID",
                    "Modality",
                ],
            )
        except (InvalidDicomError, OSError, ValueError, EOFError) as exc:
            raise ValidationError(
                Message("An image of the case could not be read; run Check database and files.")
            ) from exc
        if str(header.get("Modality", "")) in MERGED_MODALITIES:
            continue
        key = (
            deidentifier.uid(str(header.get("StudyInstanceUID", ""))),
            deidentifier.uid(str(header.get("SeriesInstanceUID", ""))),
        )
        by_series.setdefault(key, []).append(deidentifier.uid(str(header.SOPInstanceUID)))
    return [
        {"study_instance_uid": study, "series_instance_uid": series, "sop_instance_uids": sops}
        for (study, series), sops in by_series.items()
    ]


# -- Export --------------------------------------------------------------------------------


@dataclass(slots=True)
class _Content:
    """What the providers added, de-identified and scrubbed."""

    datasets: list[tuple[str, Dataset, bytes]]
    documents: list[tuple[str, bytes]]


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
    added_identity: Sequence[str] = (),
    redactions: Redactions | None = None,
    opinion_only: bool = False,
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
    added_identity
        Words or phrases the user marked as identifying in the preview: every text of the
        package is scrubbed of them as of the patient's own identity forms.
    redactions
        Rectangles of burned-in text to black out, per SOP Instance UID: such an image is
        cleaned (every frame), written uncompressed with Burned In Annotation "NO" and
        exported; the manifest lists it under ``content.cleaned_images``.
    opinion_only
        Answer a received case without its images (see :func:`reply_partner`): annotations,
        segments, key images, decisions, the case document and report only; the manifest names
        the images under ``content.referenced_images`` with the partner's UIDs.
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
        If the case does not exist or has nothing exportable, or ``opinion_only`` is asked for
        a case with images that did not come from the partner.
    PackageError
        If the package cannot be written.
    OperationCancelled
        If cancelled.
    """
    regions: RegionMap = {
        str(sop): tuple(found) for sop, found in (redactions or {}).items() if found
    }
    files = case_files(db, case_id, added_identity)
    scrubber = TextScrubber(files.identity)
    if opinion_only and _partner_holding(db, case_id, files.paths) is None:
        raise ValidationError(
            Message(
                "Only a case whose images all came from the partner can be answered with its "
                "opinion only; this case has images of its own. Export the full package."
            )
        )
    if not options.retain_uids and only_received_images(db, files):
        # An answer to a package: its UIDs are already the first sender's pseudonyms (nothing
        # new is revealed by keeping them) and keeping them lets that sender put our opinion
        # on its own images when the package comes back.
        options = dataclasses.replace(options, retain_uids=True)
    deidentifier = Deidentifier(options, secret)
    patient = deidentifier.pseudonym_for(files.patient_key)
    if opinion_only:
        # The partner holds the images: none is read, cleaned or written.
        done: list[DeidentifiedImage] = []
        referenced = _referenced_images(files.paths, deidentifier)
    else:
        done, _changes, uid_map = run_deidentification(
            files.paths,
            deidentifier,
            patient,
            frozenset(confirmed),
            header_only=False,
            workers=workers,
            progress=progress,
            cancel=cancel,
            message=Message("De-identifying images"),
            redactions=regions,
        )
        deidentifier.adopt(uid_map)  # computed by the workers; the same secret, the same map
        referenced = []
    # Regions to clean belong to images; an opinion-only package sends none.
    unknown = set() if opinion_only else set(regions) - {d.sop_instance_uid for d in done}
    if unknown:
        raise ValidationError(
            Message(
                "{count} image(s) to clean are not part of this case (SOP Instance UID {uid}); "
                "check the UIDs.",
                count=len(unknown),
                uid=sorted(unknown)[0],
            )
        )
    images = [d for d in done if d.file is not None]
    held = [d.held for d in done if d.held is not None]
    if not images and not opinion_only:
        raise ValidationError(
            Message(
                "Every image of this case is held back for burned-in text; confirm the ones "
                "that are clean or add other series."
            )
        )
    content = _gather_content(db, case_id, deidentifier, patient, scrubber, options)
    package_id = str(uuid.uuid4())
    created = datetime.now(UTC).replace(microsecond=0).isoformat()
    entries, cleaned, summary = _entries(
        images,
        content,
        patient,
        institution,
        created,
        package_id,
        signing_key,
        scrubber,
        referenced=sum(len(series["sop_instance_uids"]) for series in referenced),
    )
    out = Path(out)
    manifest = write_package(
        entries,
        out,
        lambda written: _with_references(
            documents.manifest(
                package_id, created, institution, signing_key, written, options, summary, cleaned
            ),
            referenced,
        ),
        signing_key,
        compress=compress,
        compress_level=compress_level,
        progress=progress,
        cancel=cancel,
    )
    progress(len(entries) + 2, len(entries) + 2, Message("Writing the package"))
    _record_export(
        db, actor, files, manifest, patient, deidentifier.uid_map(), options, len(images)
    )
    log.info(
        "package %s exported: case #%d, %d images, %d objects, %d documents, %d held back",
        pseudonymous_tag(package_id),
        case_id,
        len(images),
        len(content.datasets),
        len(content.documents),
        len(held),
    )
    return ExportReport(
        path=str(out),
        package_id=package_id,
        files=len(manifest.files) + 2,
        images=len(images),
        objects=len(content.datasets),
        documents=len(content.documents),
        held_back=held,
        bytes_written=out.stat().st_size,
        cleaned=sorted(cleaned),
    )


def _with_references(manifest: Manifest, referenced: list[dict[str, Any]]) -> Manifest:
    """``manifest`` naming the images an opinion-only package leaves out (signed with it)."""
    if not referenced:
        return manifest
    return dataclasses.replace(
        manifest, content={**manifest.content, "referenced_images": referenced}
    )


def _gather(
    provider: ContentProvider, db: Database, case_id: int, options: DeidOptions
) -> ExtraContent:
    """One provider's content for ``case_id`` under the export's ``options``; its failure to
    build DICOM as a typed error."""
    try:
        return provider.gather(db, case_id, options=options)
    except (ValueError, TypeError, AttributeError) as exc:
        raise PackageError(
            Message(
                "The case's {content} could not be written as DICOM ({reason}); export "
                "without them or correct the images' headers.",
                content=provider.name,
                reason=str(exc),
            )
        ) from exc


def _gather_content(
    db: Database,
    case_id: int,
    deidentifier: Deidentifier,
    patient: PatientPseudonym,
    scrubber: TextScrubber,
    options: DeidOptions,
) -> _Content:
    """Every registered provider's objects and documents, de-identified and scrubbed.

    The objects' headers are de-identified like the images'; then every text value in them
    (SR text, segment labels, descriptions, titles) goes through the export's scrubber, as
    does every string of every document and every document's file name.
    """
    content = _Content([], [])
    for provider in content_providers():
        extra = _gather(provider, db, case_id, options)
        for kind, dataset in extra.datasets:
            deidentifier.apply(dataset, patient)
            scrub_dataset(dataset, scrubber)
            content.datasets.append((kind, dataset, encode_dataset(dataset)))
        for name, document in extra.documents:
            content.documents.append(
                (
                    _document_file_name(name, scrubber),
                    scrub_document(document, deidentifier, scrubber),
                )
            )
    # The case report is rendered from text this scrubber cleans first (the PDF's bytes cannot
    # be scrubbed afterwards); the de-identifier keeps the document of a report casereview
    # wrote and de-identifies its header like any other.
    report = case_report_dataset(db, case_id, scrubber.clean)
    if report is not None:
        deidentifier.apply(report, patient)
        scrub_dataset(report, scrubber)
        content.datasets.append(("dicom-pdf", report, encode_dataset(report)))
    return content


def _document_file_name(name: str, scrubber: TextScrubber) -> str:
    """A provider's document name as the package carries it.

    The names casereview's readers know (``case.json``, ``decisions.json``…) are the program's
    words and stay (a patient named Case must not hide the case document from the partner);
    any other name is scrubbed like every text.
    """
    name = documents.document_name(name)
    return name if name in DOCUMENT_SCHEMAS else scrub_file_name(name, scrubber)


def _entries(
    images: list[DeidentifiedImage],
    content: _Content,
    patient: PatientPseudonym,
    institution: str,
    created: str,
    package_id: str,
    signing_key: SigningKey,
    scrubber: TextScrubber,
    referenced: int = 0,
) -> tuple[list[PackageEntry], list[str], dict[str, Any]]:
    """The package's files in writing order, the cleaned images' paths, and its summary.

    The summary (series descriptions among it) is scrubbed before the README, the index and
    the manifest are written from it; ``referenced`` counts the images an opinion-only
    package is about without carrying them.
    """
    image_files = [d.file for d in images if d.file is not None]
    layout = build_fileset(
        [f.dataset for f in image_files] + [dataset for _, dataset, _ in content.datasets]
    )
    entries = [
        PackageEntry(f"{FILESET_FOLDER}/DICOMDIR", "dicomdir", bytes_writer(layout.dicomdir), True)
    ]
    cleaned: list[str] = []
    for item in images:
        if item.file is None:
            continue
        path = layout.paths[str(item.file.dataset.SOPInstanceUID)]
        if item.cleaned:
            cleaned.append(path)
        entries.append(
            PackageEntry(
                path,
                "dicom-image",
                image_writer(item.file, Path(item.source)),
                not item.file.compressed,
            )
        )
    for kind, dataset, encoded in content.datasets:
        entries.append(
            PackageEntry(
                layout.paths[str(dataset.SOPInstanceUID)], kind, bytes_writer(encoded), True
            )
        )
    for name, data in content.documents:
        entries.append(
            PackageEntry(
                f"{documents.DOCUMENTS_FOLDER}/{name}", "document", bytes_writer(data), True
            )
        )
    summary = scrub_value(
        documents.package_summary(
            [f.dataset for f in image_files],
            [kind for kind, _, _ in content.datasets],
            len(content.documents),
            patient.pseudonym,
        ),
        scrubber,
    )
    readme = documents.readme(
        summary, institution, created, package_id, signing_key, referenced_images=referenced
    )
    index = documents.index_html(
        summary, len(layout.paths), [name for name, _ in content.documents]
    )
    entries.append(PackageEntry(documents.README_NAME, "readme", bytes_writer(readme), True))
    entries.append(PackageEntry(documents.INDEX_NAME, "index", bytes_writer(index), True))
    return entries, cleaned, summary


def _record_export(
    db: Database,
    actor: str,
    files: CaseFiles,
    manifest: Manifest,
    patient: PatientPseudonym,
    uid_map: dict[str, str],
    options: DeidOptions,
    images: int,
) -> None:
    with db.writing() as session:
        user_id = UserRepository(session).row_id(actor)
        ExchangeRepository(session).record_export(
            ExportRecord(
                package_id=manifest.package_id,
                case_id=files.case_id,
                institution=manifest.institution,
                key_fingerprint=manifest.key_fingerprint,
                verification=VerificationStatus.TRUSTED.value,
                created=manifest.created,
                file_count=len(manifest.files) + 2,
                image_count=images,
                options_json=json.dumps(options.to_dict(), sort_keys=True),
                patient_pk=files.patient_pk,
                pseudonym=patient.pseudonym,
                date_shift_days=patient.date_shift_days if options.retain_modified_dates else None,
                uid_map=uid_map,
            ),
            user_id,
        )
        AuditRepository(session).append(
            AuditAction.PACKAGE_EXPORTED,
            "case",
            files.case_id,
            user_id,
            {"package": manifest.package_id, "images": images, "files": len(manifest.files) + 2},
        )
