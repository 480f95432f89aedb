"""DICOM (DIMSE) client of an archive with pynetdicom: C-ECHO, C-FIND and C-STORE.

Every call opens its own association and closes it, so nothing is left open between uses.
Long transfers report progress and poll a cancel token between files. Failures become typed
errors (:mod:`casereview.net.errors`) whose message names the node and what to check. The
retrieves (C-GET, C-MOVE) are :mod:`casereview.net.dimse_retrieve`'s; :class:`DimseClient`
offers all of them as one archive.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

import pydicom
from pydicom.dataset import Dataset
from pydicom.errors import InvalidDicomError

from casereview.domain.pacs_nodes import DimseNode
from casereview.domain.progress import CancelToken, ProgressReporter, no_progress
from casereview.messages import Message
from casereview.net.dimse_association import (
    MAX_CONTEXTS,
    STORE_WARNINGS,
    SUCCESS,
    StudyRootQueryRetrieveInformationModelFind,
    Verification,
    application_entity,
    association,
    find_answers,
    hex_status,
    no_answer,
    request_failed,
)
from casereview.net.dimse_get import get_series
from casereview.net.dimse_move import move_series
from casereview.net.query import (
    FetchCounts,
    InstanceSink,
    PacsMatch,
    PacsQuery,
    QueryLevel,
    SendOutcome,
    matches_query,
    patients_of,
    study_context,
)

log = logging.getLogger(__name__)


# --- C-ECHO --------------------------------------------------------------------------------


def echo(node: DimseNode) -> float:
    """Check that ``node`` answers (C-ECHO, the "Test" button).

    Returns
    -------
    float
        Round-trip time in seconds (association, echo and release).

    Raises
    ------
    AssociationRejectedError, ServerUnreachableError, NetworkTimeoutError, PacsRequestError
        With a message saying what to check.
    """
    ae = application_entity(node.our_ae_title, node.timeout)
    ae.add_requested_context(Verification)
    start = time.monotonic()
    with association(node, ae) as assoc:
        asked = time.monotonic()
        status = assoc.send_c_echo()
        if not status:
            raise no_answer(node, asked)
        if status.Status != SUCCESS:
            raise request_failed(node, int(status.Status), Message("a verification (C-ECHO)"))
    return time.monotonic() - start


# --- C-FIND --------------------------------------------------------------------------------


def _study_identifier(query: PacsQuery) -> Dataset:
    ds = Dataset()
    ds.QueryRetrieveLevel = "STUDY"
    ds.PatientName = query.name_pattern
    ds.PatientID = query.patient_id
    ds.PatientBirthDate = ""
    ds.PatientSex = ""
    ds.StudyInstanceUID = query.study_instance_uid
    ds.StudyDate = query.date_range
    ds.StudyTime = ""
    ds.StudyDescription = ""
    ds.AccessionNumber = query.accession_number
    ds.ModalitiesInStudy = query.modality
    ds.NumberOfStudyRelatedSeries = ""
    ds.NumberOfStudyRelatedInstances = ""
    return ds


def _series_identifier(study_instance_uid: str, modality: str = "") -> Dataset:
    ds = Dataset()
    ds.QueryRetrieveLevel = "SERIES"
    ds.StudyInstanceUID = study_instance_uid
    ds.SeriesInstanceUID = ""
    ds.Modality = modality
    ds.SeriesNumber = ""
    ds.SeriesDescription = ""
    ds.NumberOfSeriesRelatedInstances = ""
    return ds


def find(node: DimseNode, query: PacsQuery, cancel: CancelToken | None = None) -> list[PacsMatch]:
    """Search ``node`` (C-FIND, Study Root) for patients, studies or series.

    Patients are found through their studies (every archive supports the study level; the
    Patient Root model is optional), so the date range, modality and accession number apply at
    every level. Series are listed study by study, as the hierarchical model requires.

    Returns
    -------
    list of PacsMatch
        Matches at ``query.level``. Holds PHI: never log it.

    Raises
    ------
    AssociationRejectedError, ServerUnreachableError, NetworkTimeoutError, PacsRequestError
        With a message saying what to check.
    OperationCancelled
        If ``cancel`` was set.
    """
    ae = application_entity(node.our_ae_title, node.timeout)
    ae.add_requested_context(StudyRootQueryRetrieveInformationModelFind)
    with association(node, ae) as assoc:
        studies = [
            match
            for match in (
                PacsMatch.from_dataset(ds, QueryLevel.STUDY)
                for ds in find_answers(node, assoc, _study_identifier(query), cancel)
            )
            if matches_query(match, query)
        ]
        if query.level is QueryLevel.PATIENT:
            return patients_of(studies)
        if query.level is QueryLevel.STUDY:
            return studies
        series: list[PacsMatch] = []
        for study in studies:
            for ds in find_answers(
                node, assoc, _series_identifier(study.study_instance_uid, query.modality), cancel
            ):
                series.append(study_context(PacsMatch.from_dataset(ds, QueryLevel.SERIES), study))
        return series


# --- C-STORE -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Outgoing:
    path: Path
    sop_class_uid: str
    sop_instance_uid: str
    transfer_syntax_uid: str


def _read_outgoing(path: Path) -> _Outgoing | Message:
    try:
        ds = pydicom.dcmread(
            path, stop_before_pixels=True, specific_tags=["SOPClassUID", "SOPInstanceUID"]
        )
        return _Outgoing(
            path,
            str(ds.SOPClassUID),
            str(ds.SOPInstanceUID),
            str(ds.file_meta.TransferSyntaxUID),
        )
    except (OSError, InvalidDicomError, AttributeError, KeyError, ValueError) as exc:
        return Message("not a readable DICOM file ({reason})", reason=type(exc).__name__)


def store_files(
    node: DimseNode,
    paths: Sequence[Path],
    *,
    progress: ProgressReporter = no_progress,
    cancel: CancelToken | None = None,
) -> SendOutcome:
    """Send DICOM files to ``node`` (C-STORE), each as it is encoded on disk.

    Files that cannot be read or that the archive refuses are listed in the outcome; the rest
    are sent. A cancel stops after the current file (:attr:`SendOutcome.cancelled`).

    Raises
    ------
    AssociationRejectedError, ServerUnreachableError, NetworkTimeoutError, PacsRequestError
        If the archive cannot be reached or stops answering.
    """
    failures: list[tuple[Path, Message]] = []
    outgoing: list[_Outgoing] = []
    for path in paths:
        read = _read_outgoing(path)
        if isinstance(read, Message):
            failures.append((path, read))
        else:
            outgoing.append(read)
    sent: list[str] = []
    total = len(paths)
    progress(0, total, Message("Sending"))
    contexts = sorted({(o.sop_class_uid, o.transfer_syntax_uid) for o in outgoing})
    # One association per 128 contexts (a handful of files needs one).
    for start in range(0, len(contexts), MAX_CONTEXTS):
        chunk = set(contexts[start : start + MAX_CONTEXTS])
        ae = application_entity(node.our_ae_title, node.timeout)
        for sop_class, syntax in sorted(chunk):
            ae.add_requested_context(sop_class, syntax)
        with association(node, ae) as assoc:
            for item in outgoing:
                if (item.sop_class_uid, item.transfer_syntax_uid) not in chunk:
                    continue
                if cancel is not None and cancel.cancelled:
                    return SendOutcome(tuple(sent), tuple(failures), cancelled=True)
                try:
                    asked = time.monotonic()
                    status = assoc.send_c_store(item.path)
                except ValueError:
                    # pynetdicom found no accepted context: the archive does not take this kind.
                    failures.append(
                        (
                            item.path,
                            Message(
                                "{node} does not accept this kind of object in this encoding",
                                node=node.name,
                            ),
                        )
                    )
                    continue
                if not status:
                    raise no_answer(node, asked)
                code = int(status.Status)
                if code == SUCCESS or code in STORE_WARNINGS:
                    sent.append(item.sop_instance_uid)
                else:
                    failures.append(
                        (
                            item.path,
                            Message(
                                "{node} refused it (status {status})",
                                node=node.name,
                                status=hex_status(code),
                            ),
                        )
                    )
                progress(len(sent) + len(failures), total, Message("Sending"))
    log.info("C-STORE to a node: %d sent, %d not sent", len(sent), len(failures))
    return SendOutcome(tuple(sent), tuple(failures))


class DimseClient:
    """A DIMSE node as a :class:`~casereview.net.query.PacsSource` and ``PacsDestination``.

    Parameters
    ----------
    node
        The archive.
    method
        ``"get"`` (C-GET, the default: no port to open) or ``"move"`` (C-MOVE to our SCP).
    """

    protocol = "dimse"

    def __init__(self, node: DimseNode, method: str = "get") -> None:
        if method not in ("get", "move"):
            raise ValueError(f"unknown retrieve method {method!r}")
        self.node = node
        self.method = method

    @property
    def node_name(self) -> str:
        """The user's name for the node."""
        return self.node.name

    def echo(self) -> float:
        """See :func:`echo`."""
        return echo(self.node)

    def find(self, query: PacsQuery, cancel: CancelToken | None = None) -> list[PacsMatch]:
        """See :func:`find`."""
        return find(self.node, query, cancel)

    def fetch_series(
        self,
        study_instance_uid: str,
        series_instance_uid: str,
        sink: InstanceSink,
        *,
        progress: ProgressReporter = no_progress,
        cancel: CancelToken | None = None,
        skip: Collection[str] = (),
    ) -> FetchCounts:
        """See :func:`~casereview.net.dimse_get.get_series` and
        :func:`~casereview.net.dimse_move.move_series` (which sends the series whole: the
        sink passes over what is here)."""
        if self.method == "get":
            return get_series(
                self.node,
                study_instance_uid,
                series_instance_uid,
                sink,
                progress=progress,
                cancel=cancel,
                skip=skip,
            )
        return move_series(
            self.node,
            study_instance_uid,
            series_instance_uid,
            sink,
            progress=progress,
            cancel=cancel,
        )

    def send(
        self,
        paths: Sequence[Path],
        *,
        progress: ProgressReporter = no_progress,
        cancel: CancelToken | None = None,
    ) -> SendOutcome:
        """See :func:`store_files`."""
        return store_files(self.node, paths, progress=progress, cancel=cancel)
