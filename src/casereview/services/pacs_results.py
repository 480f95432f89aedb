"""A case's results, sent back to the hospital's archive: SR, SEG, KOS and the outcome PDF.

The objects are the ones a case package carries (the registered content providers of
:mod:`casereview.services.exchange.providers`, and the MDT outcome report of
:func:`~casereview.services.exchange.case_document.case_report_dataset`), but built for the
hospital's own archive: against the case's ORIGINAL UIDs and patient module, with nothing
de-identified, so the archive files them with the patient's study. Sending goes through
:func:`casereview.services.pacs.send_files` (C-STORE or STOW-RS), audited with the case's
internal id and the kinds sent, never patient data.

The application registers the content providers and the report writer at start-up
(``casereview.app.exchange_setup.register_exchange_providers``); without them a case has no
results to send.
"""

from __future__ import annotations

import enum
import logging
import tempfile
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

from pydicom.dataset import Dataset

from casereview.dicom.deid import encode_dataset
from casereview.domain.progress import CancelToken, ProgressReporter, no_progress
from casereview.errors import ValidationError
from casereview.messages import Message
from casereview.net.query import PacsDestination, SendOutcome
from casereview.services.cases import get_case
from casereview.services.decisions import decisions_of_case
from casereview.services.exchange.case_document import agenda_items_of_case, case_report_dataset
from casereview.services.exchange.providers import content_providers
from casereview.services.pacs import send_files
from casereview.store.database import Database

log = logging.getLogger(__name__)


class ResultKind(enum.StrEnum):
    """The kinds of result a case sends to the archive."""

    SR = "sr"  # measurement reports (TID 1500): annotations, assessments, plans
    SEG = "seg"  # segmentations
    KOS = "kos"  # key images (Key Object Selection, "For Conference")
    PDF = "pdf"  # the MDT outcome report (Encapsulated PDF)


#: Every kind, in the order results are listed and sent.
ALL_KINDS: tuple[ResultKind, ...] = tuple(ResultKind)

#: The exchange's kind of a DICOM object and the result kind it is.
_PACKAGE_KINDS = {
    "dicom-sr": ResultKind.SR,
    "dicom-seg": ResultKind.SEG,
    "dicom-ko": ResultKind.KOS,
    "dicom-pdf": ResultKind.PDF,
}

#: What a result is called when its object gives no title of its own (translated by the GUI).
_DEFAULT_DESCRIPTIONS = {
    ResultKind.SR: Message("Measurement report"),
    ResultKind.SEG: Message("Segmentation"),
    ResultKind.KOS: Message("Key images"),
    ResultKind.PDF: Message("MDT outcome report"),
}


@dataclass(frozen=True)
class CaseResult:
    """One object of a case's results, ready to send.

    Attributes
    ----------
    kind
        SR, SEG, KOS or PDF.
    description
        What it is: the object's own title ("Imaging Measurement Report", a SEG's series
        description, the report's document title), else a :class:`Message` of our own
        ("Key images (images referenced: 3)") that the GUI translates.
    sop_class_uid, sop_instance_uid
        The object's SOP class and instance.
    dataset
        The object, with the case's original UIDs and patient module.
    """

    kind: ResultKind
    description: str
    sop_class_uid: str
    sop_instance_uid: str
    dataset: Dataset


def _description(kind: ResultKind, ds: Dataset) -> str:
    """The object's own title, else its kind's name."""
    if kind is ResultKind.KOS:
        evidence = sum(
            len(series.get("ReferencedSOPSequence", []))
            for study in ds.get("CurrentRequestedProcedureEvidenceSequence", [])
            for series in study.get("ReferencedSeriesSequence", [])
        )
        if evidence:
            return Message("Key images (images referenced: {count})", count=evidence)
        return _DEFAULT_DESCRIPTIONS[kind]
    if kind is ResultKind.PDF and str(ds.get("DocumentTitle", "")).strip():
        return str(ds.DocumentTitle).strip()
    if kind is ResultKind.SR:
        concept = ds.get("ConceptNameCodeSequence")
        if concept and str(concept[0].get("CodeMeaning", "")).strip():
            return str(concept[0].CodeMeaning).strip()
    described = str(ds.get("SeriesDescription", "")).strip()
    return described or _DEFAULT_DESCRIPTIONS[kind]


def _result(kind: ResultKind, ds: Dataset) -> CaseResult:
    return CaseResult(
        kind=kind,
        description=_description(kind, ds),
        sop_class_uid=str(ds.SOPClassUID),
        sop_instance_uid=str(ds.SOPInstanceUID),
        dataset=ds,
    )


def _wanted(kinds: Collection[ResultKind | str]) -> frozenset[ResultKind]:
    try:
        wanted = frozenset(ResultKind(k) for k in kinds)
    except ValueError as exc:
        raise ValidationError(
            Message(
                "Results to send are sr, seg, kos and pdf ({problem}).",
                problem=str(exc),
            )
        ) from exc
    if not wanted:
        raise ValidationError(Message("Choose at least one kind of result to send."))
    return wanted


def _has_outcome(db: Database, case_id: int) -> bool:
    """Whether the case has an MDT outcome to report: a decision, or a place on an agenda.

    A report of a case that was never discussed would file an empty "MDT outcome report" with
    the patient's images.
    """
    return bool(decisions_of_case(db, case_id) or agenda_items_of_case(db, case_id))


def case_results(
    db: Database, case_id: int, kinds: Collection[ResultKind] = ALL_KINDS
) -> list[CaseResult]:
    """The case's results as DICOM objects for the hospital's own archive.

    Every registered content provider's SR, SEG and KOS objects (annotations, segments, key
    images, a resectability assessment, a liver plan), and the MDT outcome report as
    Encapsulated PDF once the case has a decision or was put on a meeting's agenda, built against the case's original UIDs and patient module (nothing is
    de-identified: they go back to the archive the images came from). Each call builds new
    objects, with new SOP Instance UIDs.

    Parameters
    ----------
    db
        Open case database.
    case_id
        Internal id of the case.
    kinds
        Only these kinds (default: all four).

    Returns
    -------
    list of CaseResult
        In the order SR, SEG, KOS, PDF as the providers give them.

    Raises
    ------
    NotFoundError
        If there is no such case.
    ValidationError
        If the case has none of the results asked for, or one cannot be written as DICOM.
    PackageError
        If the outcome report is asked for and no report writer is registered.
    """
    case = get_case(db, case_id)
    wanted = _wanted(kinds)
    results: list[CaseResult] = []
    if wanted - {ResultKind.PDF}:
        for provider in content_providers():
            try:
                extra = provider.gather(db, case_id)
            except (ValueError, TypeError, AttributeError) as exc:
                raise ValidationError(
                    Message(
                        "The case's {content} could not be written as DICOM ({reason}); send "
                        "the other results, or correct the images' headers.",
                        content=provider.name,
                        reason=str(exc),
                    )
                ) from exc
            for package_kind, dataset in extra.datasets:
                kind = _PACKAGE_KINDS.get(package_kind)
                if kind is not None and kind in wanted:
                    results.append(_result(kind, dataset))
    if ResultKind.PDF in wanted and _has_outcome(db, case_id):
        # The archive is the hospital's own: the report's texts are sent as written.
        report = case_report_dataset(db, case_id, clean=lambda text: text)
        if report is not None:
            results.append(_result(ResultKind.PDF, report))
    if not results:
        raise ValidationError(
            Message(
                "Case #{case} has no results to send yet ({kinds}): add measurements, "
                "segments, key images or a decision first.",
                case=case.id,
                kinds=", ".join(k.value.upper() for k in ALL_KINDS if k in wanted),
            )
        )
    order = {kind: i for i, kind in enumerate(ALL_KINDS)}
    results.sort(key=lambda r: order[r.kind])
    return results


def send_case_results(
    db: Database,
    destination: PacsDestination,
    case_id: int,
    actor: str,
    *,
    kinds: Collection[ResultKind] = ALL_KINDS,
    work_dir: Path,
    progress: ProgressReporter = no_progress,
    cancel: CancelToken | None = None,
    results: Sequence[CaseResult] | None = None,
) -> SendOutcome:
    """Send a case's results to an archive (C-STORE or STOW-RS), audited.

    Parameters
    ----------
    db
        Open case database.
    destination
        The archive (:class:`~casereview.net.dimse.DimseClient` or
        :class:`~casereview.net.web.WebClient`).
    case_id
        Internal id of the case.
    actor
        User name recorded in the audit trail.
    kinds
        Only these kinds of result (default: all four).
    work_dir
        Where the objects are written for sending, in a temporary folder deleted afterwards
        (also when sending fails): they hold patient data.
    progress, cancel
        Objects sent of all; a cancel stops after the current object.
    results
        The objects to send, as :func:`case_results` listed them for the user (so exactly
        those are sent, with the UIDs shown); made now, of ``kinds``, when not given.

    Returns
    -------
    SendOutcome
        What the archive accepted and refused (file names say the kind: ``02-seg.dcm``).
        The audit record (:func:`~casereview.services.pacs.send_files`) adds the case's
        internal id and the number of objects of each kind.

    Raises
    ------
    NotFoundError, ValidationError, PackageError
        As :func:`case_results`; ValidationError also for an empty ``results``.
    PacsError
        If the archive cannot be reached, or refuses us, before anything was sent.
    """
    if results is None:
        results = case_results(db, case_id, kinds)
    elif not results:
        raise ValidationError(Message("Choose at least one result to send."))
    work_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="pacs-send-", dir=work_dir) as folder:
        paths: list[Path] = []
        for number, result in enumerate(results, start=1):
            path = Path(folder) / f"{number:02d}-{result.kind.value}.dcm"
            path.write_bytes(encode_dataset(result.dataset))
            paths.append(path)
        counts = Counter(r.kind.value for r in results)
        outcome = send_files(
            db,
            destination,
            paths,
            actor,
            progress=progress,
            cancel=cancel,
            details={
                "case_id": case_id,
                "kinds": sorted(counts),
                "results": dict(sorted(counts.items())),
            },
        )
    log.info(
        "case #%d: %d of %d results sent to a %s node",
        case_id,
        len(outcome.sent),
        len(results),
        destination.protocol,
    )
    return outcome
