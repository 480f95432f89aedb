"""Importing a received package: verify first, then index its images, merge, record (once).

Only an intact package is indexed; an untrusted or unsigned one only after the user agreed.
The registered layer importers then turn the sender's content into its own layer, written in
one transaction with the package's record (a crash leaves the whole layer or none of it, and
the next import of the package finishes the merge), and a case the import created gets the
sender's title and question (``case_document``). Importing the same package again changes
nothing. An import that fails or is cancelled after indexing
began is rolled back: nothing of the package stays, neither rows nor its staging folder (the
audit trail is append-only and keeps what was indexed and undone).

An opinion-only answer carries no image: its manifest names the images it is about
(``content.referenced_images``, with the UIDs we gave them at export). It is imported only
where every one of them is held; elsewhere it is refused before anything is kept.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from casereview.dicom.zip_staging import ZipLimits
from casereview.domain.audit import AuditAction
from casereview.domain.package_documents import (
    ListOf,
    PackageDocumentError,
    Record,
    Text,
    check,
)
from casereview.domain.packages import (
    MANIFEST_NAME,
    MAX_MANIFEST_FILES,
    Manifest,
    PackageError,
    PackageImportReport,
    PackageNeedsConfirmation,
    PackageRejected,
    TrustedKey,
    VerificationResult,
    VerificationStatus,
)
from casereview.domain.privacy import pseudonymous_tag
from casereview.domain.progress import CancelToken, ProgressReporter, no_progress
from casereview.errors import CasereviewError
from casereview.messages import Message
from casereview.services.exchange.case_document import fill_received_case, package_case
from casereview.services.exchange.providers import (
    PreparedMerge,
    ReceivedPackage,
    layer_importers,
    read_image_uids,
)
from casereview.services.exchange.uid_mapping import UidMapper, answered_images
from casereview.services.exchange.verify import PACKAGE_ZIP_LIMITS, stage_and_verify
from casereview.services.indexing import import_paths
from casereview.services.signing import SigningKey
from casereview.store.database import Database
from casereview.store.repositories import AuditRepository, UserRepository
from casereview.store.repositories_packages import (
    EXPORT,
    IMPORT,
    ExchangeRepository,
    ImportAdditions,
    ImportRecord,
    RowsBefore,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

#: Manifest kinds the import itself handles (images are indexed; the rest is for people).
_INDEXED_KINDS = frozenset({"dicom-image", "dicomdir", "readme", "index"})

#: What ``content.referenced_images`` of an opinion-only package's manifest holds.
_REFERENCED_IMAGES = ListOf(
    Record(
        required={
            "study_instance_uid": Text(64),
            "series_instance_uid": Text(64),
            "sop_instance_uids": ListOf(Text(64), max_items=MAX_MANIFEST_FILES, min_items=1),
        }
    ),
    max_items=MAX_MANIFEST_FILES,
)


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
    limits
        Hostile-archive limits.
    progress, cancel
        Progress reporting and cancellation.

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
    PackageError
        If the package is an opinion on images this workstation does not hold (nothing was
        kept), or if indexing, merging or recording failed unexpectedly. Whatever the failure (a typed
        error or a cancel is raised as it is), the import is undone first: the images, case
        and layer items it added are removed in one transaction and its staging folder is
        deleted, so the package is either recorded whole with its audit row or not at all.
    """
    packages_dir = staging_dir / "packages"
    progress(0, 0, Message("Checking the package"))
    staged = stage_and_verify(Path(archive), packages_dir, trusted, own_key, limits, cancel)
    result = staged.result
    try:
        if result.status is VerificationStatus.INVALID or result.manifest is None:
            raise PackageRejected(result.describe(), result.problems)
        if result.status is not VerificationStatus.TRUSTED and not accept_untrusted:
            raise PackageNeedsConfirmation(result.describe())
        manifest = result.manifest
        with db.reading() as session:
            known = ExchangeRepository(session).has_package(manifest.package_id, IMPORT)
        if known:
            log.info("package %s was imported before", pseudonymous_tag(manifest.package_id))
            return PackageImportReport(manifest.package_id, result, already_imported=True)
        referenced = referenced_images(manifest)
        _require_held(db, referenced)
        # A valid result always comes with its staging folder.
        assert staged.folder is not None
        final = packages_dir / manifest.package_id
        if final.exists():
            # Left by an import of this package that failed or was cancelled before it was
            # recorded (a recorded one returned above). The index may point into it, at the
            # same paths as this verified copy of the same files: the copy takes its place, so
            # this import completes that one instead of leaving a second copy beside it.
            shutil.rmtree(final)
        os.replace(staged.folder, final)
        staged.folder = None
    finally:
        if staged.folder is not None:
            shutil.rmtree(staged.folder, ignore_errors=True)
    with db.reading() as session:
        before = ExchangeRepository(session).rows_before()
    received = ReceivedPackage(manifest, final / "files", result, image_uids=referenced)
    try:
        outcome, imported, merges = _index_and_prepare(
            db,
            received,
            actor,
            staging_dir=staging_dir,
            quarantine_dir=quarantine_dir,
            progress=progress,
            cancel=cancel,
        )
        received_case = package_case(received)
        # One unit of work: every layer item (each audited as received) and the package's
        # record with its audit row commit together or not at all.
        with db.writing() as session:
            user_id = UserRepository(session).row_id(actor)
            for merge in merges:
                outcome.layers.extend(merge.write(session, user_id))
            if received_case is not None and received.case_id is not None:
                # The sender's title and question go only on a case this import created: an
                # existing case's values are never overwritten by a received package.
                fill_received_case(
                    session,
                    received.case_id,
                    received_case,
                    user_id,
                    created=received.case_id > before.case,
                )
            _record_import(
                session,
                user_id,
                manifest,
                result,
                final,
                imported + outcome.images_unchanged,
                received.case_id,
            )
    except BaseException as exc:
        _roll_back(db, received, final, before)
        if isinstance(exc, CasereviewError) or not isinstance(exc, Exception):
            raise
        # An unexpected failure (a database or programming error): its text may quote
        # values from the files, so only its kind is shown.
        raise PackageError(
            Message(
                "The package could not be imported ({error}); nothing of it was kept. "
                "Try importing it again; if it fails again, send the log to your support team.",
                error=type(exc).__name__,
            )
        ) from exc
    log.info(
        "package %s imported (%s): %d new images",
        pseudonymous_tag(manifest.package_id),
        result.status.value,
        imported,
    )
    return outcome


def _index_and_prepare(
    db: Database,
    received: ReceivedPackage,
    actor: str,
    *,
    staging_dir: Path,
    quarantine_dir: Path,
    progress: ProgressReporter,
    cancel: CancelToken | None,
) -> tuple[PackageImportReport, int, list[PreparedMerge]]:
    """Index the package's images and read its content for merging.

    Returns the report, the number of new images and the prepared layers (nothing of them
    written yet: the caller writes them with the package's record).
    """
    manifest = received.manifest
    root = received.root
    dicom_files = [root / f.path for f in manifest.files if f.kind.startswith("dicom-")]
    # Our own images coming back in a partner's answer are already indexed as originals.
    answered: set[Path] = set()
    with db.reading() as session:
        ours = ExchangeRepository(session).has_package(manifest.package_id, EXPORT)
    if not ours:  # a partner's package, not one of ours read back in
        answered = answered_images(db, dicom_files)
    dicom_files = [p for p in dicom_files if p not in answered]
    received.image_uids += read_image_uids(received.files_of_kind("dicom-image"))
    report = import_paths(
        db,
        dicom_files,
        actor,
        staging_dir=staging_dir,
        quarantine_dir=quarantine_dir,
        progress=progress,
        cancel=cancel,
    )
    if cancel is not None:
        cancel.raise_if_cancelled()
    outcome = PackageImportReport(
        package_id=manifest.package_id,
        verification=received.verification,
        images_imported=report.imported,
        images_unchanged=report.unchanged + report.duplicates + len(answered),
        documents=sum(1 for f in manifest.files if f.kind == "document"),
        problems=[f"{p.path}: {p.reason}" for p in [*report.problems, *report.conflicts]],
    )
    handled = set(_INDEXED_KINDS)
    merges: list[PreparedMerge] = []
    for importer in layer_importers():
        if any(f.kind in importer.kinds for f in manifest.files):
            prepared = importer.prepare(db, received, actor)
            if prepared is not None:
                merges.append(prepared)
            handled |= set(importer.kinds)
    outcome.not_merged = sorted({f.kind for f in manifest.files} - handled)
    if cancel is not None:
        cancel.raise_if_cancelled()
    return outcome, report.imported, merges


def referenced_images(manifest: Manifest) -> tuple[tuple[str, str, str], ...]:
    """``(study, series, SOP instance)`` UIDs of the images an opinion-only package is about.

    Returns
    -------
    tuple
        Empty for a package that carries its images.

    Raises
    ------
    PackageRejected
        If the manifest's list of them is not what casereview writes.
    """
    listed = manifest.content.get("referenced_images")
    if listed is None:
        return ()
    try:
        check(listed, _REFERENCED_IMAGES, MANIFEST_NAME, "content.referenced_images")
    except PackageDocumentError as exc:
        raise PackageRejected(
            Message(
                "Rejected: the package's list of the images it refers to is damaged or "
                "crafted; nothing was imported."
            ),
            [exc.message],
        ) from exc
    return tuple(
        (series["study_instance_uid"], series["series_instance_uid"], sop)
        for series in listed
        for sop in series["sop_instance_uids"]
    )


def _require_held(db: Database, referenced: Sequence[tuple[str, str, str]]) -> None:
    """Refuse an opinion-only package unless every image it is about is held here.

    The package names the images with the UIDs its sender knows: ours as we sent them (the
    mapping kept at export turns them back into our originals) or a third party's as we
    received them.

    Raises
    ------
    PackageError
        Naming how many of the images are missing.
    """
    if not referenced:
        return
    mapper = UidMapper(db)
    wanted = {mapper.local(sop) for _, _, sop in referenced}
    with db.reading() as session:
        held = ExchangeRepository(session).instance_paths(wanted)
    missing = len(wanted - held.keys())
    if missing:
        raise PackageError(
            Message(
                "This package holds an opinion on {total} image(s) it does not carry, and "
                "{missing} of them are not on this workstation. Import the package that "
                "brought these images first (or ask the sender for the full package), then "
                "this one. Nothing was imported.",
                total=len(wanted),
                missing=missing,
            )
        )


def _roll_back(db: Database, received: ReceivedPackage, folder: Path, before: RowsBefore) -> None:
    """Remove what the failed import added, in one transaction, then its staging folder.

    If the database cannot be cleaned, the folder stays: index rows may still point into it
    (a retry completes the import in place, and the start-up staging clean-up keeps it).
    """
    folders = tuple(dict.fromkeys((str(folder), str(folder.resolve()))))
    added = ImportAdditions(received.manifest.package_id, folders, received.case_id)
    try:
        with db.writing() as session:
            removed = ExchangeRepository(session).remove_unrecorded_import(added, before)
    except Exception as exc:  # the original error matters more; this one goes to the log
        log.warning(
            "package %s: rolling back the failed import failed (%s); its folder is kept",
            pseudonymous_tag(received.manifest.package_id),
            type(exc).__name__,
        )
        return
    shutil.rmtree(folder, ignore_errors=True)
    log.info(
        "package %s: failed import rolled back (%d image rows removed)",
        pseudonymous_tag(received.manifest.package_id),
        removed,
    )


def _record_import(
    session: Session,
    user_id: int,
    manifest: Manifest,
    result: VerificationResult,
    folder: Path,
    images: int,
    case_id: int | None,
) -> None:
    """Record the package as imported, with its audit row, in the caller's transaction."""
    ExchangeRepository(session).record_import(
        ImportRecord(
            package_id=manifest.package_id,
            case_id=case_id,
            institution=manifest.institution[:128],
            key_fingerprint=result.key_fingerprint,
            verification=result.status.value,
            created=manifest.created[:40],
            file_count=len(manifest.files) + 2,
            image_count=images,
            options_json=json.dumps(
                dict(manifest.deidentification.get("options", {})), sort_keys=True
            ),
            storage_path=str(folder),
        ),
        user_id,
    )
    AuditRepository(session).append(
        AuditAction.PACKAGE_IMPORTED,
        "package",
        manifest.package_id,
        user_id,
        {"verification": result.status.value, "images": images},
    )
