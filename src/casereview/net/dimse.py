"""DICOM (DIMSE) client of an archive with pynetdicom: C-ECHO, C-FIND, C-GET, C-MOVE, C-STORE.

Every call opens its own association and closes it, so nothing is left open between uses.
Long transfers report progress (instances done of those announced) and poll a cancel token
between sub-operations: a cancel aborts the association at once. Failures become typed errors
(:mod:`casereview.net.errors`) whose message names the node and what to check.

C-MOVE needs our own storage SCP: when the storage listener started with the application
(:mod:`casereview.net.storage_scp`) runs as the node's ``our_ae_title`` on its ``our_port``,
:func:`move_series` routes the transfer through it; otherwise it starts one on that port for
the length of the transfer (on the loopback interface when the archive is on this machine, on
every interface otherwise, since the archive connects back to us). Either way only instances of
the series asked for reach the retrieve. The SOP classes and transfer syntaxes we take as a
storage SCP are :mod:`~casereview.net.storage_scp`'s.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pydicom
from pydicom.dataset import Dataset
from pydicom.errors import InvalidDicomError
from pydicom.uid import UID
from pynetdicom import AE, build_role, evt
from pynetdicom.association import Association
from pynetdicom.events import Event

from casereview.domain.pacs_nodes import DimseNode
from casereview.domain.privacy import pseudonymous_tag
from casereview.domain.progress import CancelToken, ProgressReporter, no_progress
from casereview.errors import OperationCancelled
from casereview.messages import Message
from casereview.net.errors import (
    AssociationRejectedError,
    NetworkTimeoutError,
    PacsError,
    PacsRequestError,
    ServerUnreachableError,
)
from casereview.net.query import (
    FetchCounts,
    InstanceSink,
    PacsMatch,
    PacsQuery,
    QueryLevel,
    ReceivedInstance,
    SendOutcome,
    check_uid,
    matches_query,
    patients_of,
    study_context,
)
from casereview.net.storage_scp import (
    ACCEPTED_TRANSFER_SYNTAXES,
    STORAGE_SOP_CLASSES,
    StorageListener,
    running_listener,
)

log = logging.getLogger(__name__)

# SOP classes of the services we use (PS3.4 annex A and C); pynetdicom makes its own names for
# them at run time, which a type checker cannot see.
Verification = UID("1.2.840.10008.1.1")
StudyRootQueryRetrieveInformationModelFind = UID("1.2.840.10008.5.1.4.1.2.2.1")
StudyRootQueryRetrieveInformationModelMove = UID("1.2.840.10008.5.1.4.1.2.2.2")
StudyRootQueryRetrieveInformationModelGet = UID("1.2.840.10008.5.1.4.1.2.2.3")

#: Presentation contexts of one association (PS3.8: odd context ids 1–255).
MAX_CONTEXTS = 128

# C-FIND/C-GET/C-MOVE/C-STORE statuses (PS3.4 C.4, B.2.3, PS3.7 C).
_PENDING = (0xFF00, 0xFF01)
_SUCCESS = 0x0000
_SUBOPERATIONS_WITH_FAILURES = 0xB000
_CANCELLED = 0xFE00
_STORE_WARNINGS = (0xB000, 0xB006, 0xB007)
_STORE_REFUSED = 0xA700  # what our SCP answers for an instance nobody asked for


@dataclass(slots=True)
class _Transfer:
    """Counts of one C-GET/C-MOVE, updated from the network thread."""

    study_instance_uid: str
    series_instance_uid: str
    sink: InstanceSink
    received: int = 0
    refused: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)


#: The largest PDU we accept (pynetdicom's default is 16 KiB). Images arrive in far fewer
#: PDUs, and each PDU costs pynetdicom Python work: a 512x512 CT image is one PDU instead of 32.
MAXIMUM_PDU_BYTES = 1024 * 1024


def _application_entity(ae_title: str, timeout: float) -> AE:
    ae = AE(ae_title=ae_title)
    ae.maximum_pdu_size = MAXIMUM_PDU_BYTES
    ae.acse_timeout = timeout
    ae.dimse_timeout = timeout
    ae.network_timeout = timeout
    ae.connection_timeout = timeout
    return ae


def _rejection(node: DimseNode, primitive: Any) -> AssociationRejectedError:
    """A clinician-readable refusal from an A-ASSOCIATE-RJ (PS3.8 9.3.4)."""
    source = getattr(primitive, "result_source", None)
    diagnostic = getattr(primitive, "diagnostic", None)
    if source == 1 and diagnostic == 7:
        return AssociationRejectedError(
            Message(
                "{node} refused the connection: it does not answer to the AE title '{called}'. "
                "Check the archive's AE title in the node settings (the PACS administrator "
                "knows it; capitals count).",
                node=node.name,
                called=node.ae_title,
            )
        )
    if source == 1 and diagnostic == 3:
        return AssociationRejectedError(
            Message(
                "{node} refused the connection: it does not know our AE title '{calling}'. Ask "
                "the PACS administrator to register '{calling}' for this workstation, or "
                "correct our AE title in the node settings.",
                node=node.name,
                calling=node.our_ae_title,
            )
        )
    if source == 3 and diagnostic in (1, 2):
        return AssociationRejectedError(
            Message("{node} is busy (too many connections). Try again in a minute.", node=node.name)
        )
    return AssociationRejectedError(
        Message(
            "{node} refused the connection (reason {source}/{diagnostic}). Check the node's AE "
            "titles and ask the PACS administrator whether this workstation may connect.",
            node=node.name,
            source=source if source is not None else "?",
            diagnostic=diagnostic if diagnostic is not None else "?",
        )
    )


def _why_unreachable(node: DimseNode) -> PacsError:
    """After an association failed without a rejection: say why (refused port, timeout…)."""
    try:
        with socket.create_connection((node.host, node.port), timeout=min(node.timeout, 5.0)):
            pass
    except socket.gaierror:
        return ServerUnreachableError(
            Message(
                "{node}: the host name '{host}' is unknown. Check the node's host.",
                node=node.name,
                host=node.host,
            )
        )
    except TimeoutError:
        return NetworkTimeoutError(
            Message(
                "{node} did not answer within {seconds} s at {host}:{port}. The server may be "
                "down or a firewall blocks the port; check the node's host and port.",
                node=node.name,
                seconds=round(node.timeout),
                host=node.host,
                port=str(node.port),
            )
        )
    except OSError:
        return ServerUnreachableError(
            Message(
                "{node} is not reachable: nothing answers at {host}:{port}. The server may be "
                "down, or the port is wrong; check the node's host and port.",
                node=node.name,
                host=node.host,
                port=str(node.port),
            )
        )
    return ServerUnreachableError(
        Message(
            "{node} accepted the network connection at {host}:{port} but did not speak DICOM "
            "(or closed it). Check that this is the archive's DICOM port, not its web port.",
            node=node.name,
            host=node.host,
            port=str(node.port),
        )
    )


@contextmanager
def _association(
    node: DimseNode,
    ae: AE,
    *,
    ext_neg: list[Any] | None = None,
    evt_handlers: list[Any] | None = None,
) -> Iterator[Association]:
    """An established association with ``node``, released (or aborted on error) after use.

    Raises
    ------
    AssociationRejectedError, ServerUnreachableError, NetworkTimeoutError
        If no association could be established.
    """

    def request() -> Association:
        return ae.associate(
            node.host,
            node.port,
            ae_title=node.ae_title,
            ext_neg=ext_neg,
            evt_handlers=evt_handlers,
        )

    started = time.monotonic()
    assoc = request()
    if (
        not assoc.is_established
        and not assoc.is_rejected
        and time.monotonic() - started < 0.5 * node.timeout
    ):
        # A quick failure without a rejection: an archive that rejects us and closes the
        # connection at once can have its A-ASSOCIATE-RJ lost to pynetdicom's reader (the
        # close is seen first). Asking once more gets the rejection, and with it the reason.
        time.sleep(0.2)
        assoc = request()
    if not assoc.is_established:
        if assoc.is_rejected:
            raise _rejection(node, assoc.acceptor.primitive)
        raise _why_unreachable(node)
    try:
        yield assoc
    except BaseException:
        assoc.abort()
        raise
    else:
        if assoc.is_established:
            assoc.release()


def _no_answer(node: DimseNode, since: float) -> PacsError:
    """An empty status: the archive ended the association, or timed out.

    Parameters
    ----------
    since
        Monotonic time the answer has been awaited from; well within the timeout, the archive
        hung up rather than went silent.
    """
    if time.monotonic() - since < 0.9 * node.timeout:
        # Archives that refuse a caller's request often just hang up (Orthanc does so for an
        # AE title it does not know): the most useful hint is who we said we were.
        return PacsRequestError(
            Message(
                "{node} ended the connection without answering. Ask the PACS administrator "
                "whether our AE title '{calling}' is registered and may query and retrieve; "
                "if it is, try again.",
                node=node.name,
                calling=node.our_ae_title,
            )
        )
    return NetworkTimeoutError(
        Message(
            "{node} did not answer within {seconds} s. Try again later, or raise the node's "
            "timeout for a slow archive.",
            node=node.name,
            seconds=round(node.timeout),
        )
    )


def _hex(status: int) -> str:
    """A DIMSE status as the standard and the archive's log write it (``0xA702``)."""
    return f"0x{status:04X}"


def _failed(node: DimseNode, status: int, what: Message) -> PacsRequestError:
    if status == 0x0122 or status == 0xA900:
        return PacsRequestError(
            Message(
                "{node} does not offer {what} to this workstation (status {status}). Ask "
                "the PACS administrator to allow it for our AE title.",
                node=node.name,
                what=what,
                status=_hex(status),
            )
        )
    if status in (0xA700, 0xA701, 0xA702):
        return PacsRequestError(
            Message(
                "{node} has no resources for {what} now (status {status}). Try again later.",
                node=node.name,
                what=what,
                status=_hex(status),
            )
        )
    if status == 0xA801:
        return PacsRequestError(
            Message(
                "{node} does not know where to send the images (status 0xA801): the PACS "
                "administrator must register our AE title with this workstation's address "
                "and C-MOVE port.",
                node=node.name,
            )
        )
    return PacsRequestError(
        Message(
            "{node} could not perform {what} (status {status}).",
            node=node.name,
            what=what,
            status=_hex(status),
        )
    )


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
    ae = _application_entity(node.our_ae_title, node.timeout)
    ae.add_requested_context(Verification)
    start = time.monotonic()
    with _association(node, ae) as assoc:
        asked = time.monotonic()
        status = assoc.send_c_echo()
        if not status:
            raise _no_answer(node, asked)
        if status.Status != _SUCCESS:
            raise _failed(node, int(status.Status), Message("a verification (C-ECHO)"))
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


def _find_on(
    node: DimseNode, assoc: Association, identifier: Dataset, cancel: CancelToken | None
) -> list[Dataset]:
    found: list[Dataset] = []
    waiting_since = time.monotonic()
    for status, answer in assoc.send_c_find(identifier, StudyRootQueryRetrieveInformationModelFind):
        if cancel is not None and cancel.cancelled:
            assoc.abort()
            cancel.raise_if_cancelled()
        if not status:
            raise _no_answer(node, waiting_since)
        waiting_since = time.monotonic()
        code = int(status.Status)
        if code in _PENDING:
            if answer is not None:
                found.append(answer)
        elif code == _SUCCESS:
            break
        else:
            raise _failed(node, code, Message("a search (C-FIND)"))
    return found


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
    ae = _application_entity(node.our_ae_title, node.timeout)
    ae.add_requested_context(StudyRootQueryRetrieveInformationModelFind)
    with _association(node, ae) as assoc:
        studies = [
            match
            for match in (
                PacsMatch.from_dataset(ds, QueryLevel.STUDY)
                for ds in _find_on(node, assoc, _study_identifier(query), cancel)
            )
            if matches_query(match, query)
        ]
        if query.level is QueryLevel.PATIENT:
            return patients_of(studies)
        if query.level is QueryLevel.STUDY:
            return studies
        series: list[PacsMatch] = []
        for study in studies:
            for ds in _find_on(
                node, assoc, _series_identifier(study.study_instance_uid, query.modality), cancel
            ):
                series.append(study_context(PacsMatch.from_dataset(ds, QueryLevel.SERIES), study))
        return series


# --- C-GET and C-MOVE ----------------------------------------------------------------------


def _retrieve_identifier(study_instance_uid: str, series_instance_uid: str) -> Dataset:
    ds = Dataset()
    ds.QueryRetrieveLevel = "SERIES"
    ds.StudyInstanceUID = check_uid(study_instance_uid, Message("The Study Instance UID"))
    ds.SeriesInstanceUID = check_uid(series_instance_uid, Message("The Series Instance UID"))
    return ds


def _store_handler(transfer: _Transfer) -> Any:
    """The C-STORE handler of a retrieve: hands each instance of the series to the sink."""

    def handle_store(event: Event) -> int:
        try:
            ds = event.dataset
            study = str(ds.get("StudyInstanceUID", ""))
            series = str(ds.get("SeriesInstanceUID", ""))
            if (study, series) != (transfer.study_instance_uid, transfer.series_instance_uid):
                # Not what we asked for (an unsolicited push to our port): refused, not kept.
                log.warning("refused an instance of another series than the one retrieved")
                with transfer.lock:
                    transfer.refused += 1
                return _STORE_REFUSED
            transfer.sink(
                ReceivedInstance(
                    sop_instance_uid=str(ds.SOPInstanceUID),
                    sop_class_uid=str(ds.SOPClassUID),
                    study_instance_uid=study,
                    series_instance_uid=series,
                    data=event.encoded_dataset(include_meta=True),
                )
            )
        except Exception as exc:  # reported to the archive as a failed sub-operation
            log.warning("could not keep a received instance: %s", type(exc).__name__)
            with transfer.lock:
                transfer.refused += 1
            return 0xC210
        with transfer.lock:
            transfer.received += 1
        return _SUCCESS

    return handle_store


def _announced(status: Dataset) -> int | None:
    parts = [
        status.get(keyword)
        for keyword in (
            "NumberOfRemainingSuboperations",
            "NumberOfCompletedSuboperations",
            "NumberOfFailedSuboperations",
            "NumberOfWarningSuboperations",
        )
    ]
    if all(p is None for p in parts):
        return None
    return sum(int(p) for p in parts if p is not None)


def _run_retrieve(
    node: DimseNode,
    assoc: Association,
    responses: Iterator[tuple[Dataset, Dataset | None]],
    transfer: _Transfer,
    what: Message,
    progress: ProgressReporter,
    cancel: CancelToken | None,
) -> FetchCounts:
    announced: int | None = None
    failed = 0
    waiting_since = time.monotonic()
    for status, _identifier in responses:
        if cancel is not None and cancel.cancelled:
            assoc.abort()
            raise OperationCancelled(
                Message(
                    "The retrieve from {node} was cancelled. What arrived is kept; retrieve "
                    "again to resume.",
                    node=node.name,
                )
            )
        if not status:
            raise _no_answer(node, waiting_since)
        waiting_since = time.monotonic()
        code = int(status.Status)
        count = _announced(status)
        if count is not None:
            announced = max(announced or 0, count)
        progress(transfer.received, announced or 0, Message("Retrieving images"))
        if code in _PENDING:
            continue
        failed = int(status.get("NumberOfFailedSuboperations", 0) or 0)
        if code in (_SUCCESS, _SUBOPERATIONS_WITH_FAILURES):
            break
        if code == _CANCELLED:
            raise OperationCancelled(
                Message("{node} cancelled the retrieve. What arrived is kept.", node=node.name)
            )
        raise _failed(node, code, what)
    with transfer.lock:
        return FetchCounts(
            announced=announced, received=transfer.received, failed=failed + transfer.refused
        )


def get_series(
    node: DimseNode,
    study_instance_uid: str,
    series_instance_uid: str,
    sink: InstanceSink,
    *,
    progress: ProgressReporter = no_progress,
    cancel: CancelToken | None = None,
) -> FetchCounts:
    """Retrieve a series with C-GET: the instances come back on the same association.

    Parameters
    ----------
    sink
        Receives each instance of the series (called from the association's thread).
    progress, cancel
        Instances received of those announced; a cancel aborts the association.

    Returns
    -------
    FetchCounts
        Announced, received and failed counts (a shortfall is the caller's to judge).

    Raises
    ------
    AssociationRejectedError, ServerUnreachableError, NetworkTimeoutError, PacsRequestError
        With a message saying what to check.
    OperationCancelled
        If ``cancel`` was set; what reached the sink stays there.
    """
    identifier = _retrieve_identifier(study_instance_uid, series_instance_uid)
    ae = _application_entity(node.our_ae_title, node.timeout)
    ae.add_requested_context(StudyRootQueryRetrieveInformationModelGet)
    for sop_class in STORAGE_SOP_CLASSES[: MAX_CONTEXTS - 1]:
        ae.add_requested_context(sop_class, list(ACCEPTED_TRANSFER_SYNTAXES))
    roles = [build_role(sop_class, scp_role=True) for sop_class in STORAGE_SOP_CLASSES]
    transfer = _Transfer(study_instance_uid, series_instance_uid, sink)
    handlers = [(evt.EVT_C_STORE, _store_handler(transfer))]
    with _association(node, ae, ext_neg=roles, evt_handlers=handlers) as assoc:
        responses = assoc.send_c_get(identifier, StudyRootQueryRetrieveInformationModelGet)
        counts = _run_retrieve(
            node, assoc, responses, transfer, Message("a retrieve (C-GET)"), progress, cancel
        )
    log.info(
        "C-GET of series %s from a node: %d of %s received, %d failed",
        pseudonymous_tag(series_instance_uid),
        counts.received,
        counts.announced,
        counts.failed,
    )
    return counts


def _listen_address(node: DimseNode) -> str:
    """Where our C-MOVE SCP listens: loopback for an archive on this machine, else everywhere."""
    try:
        loopback = ipaddress.ip_address(socket.gethostbyname(node.host)).is_loopback
    except (OSError, ValueError):
        loopback = False
    # A remote archive connects back to us, so the SCP must listen beyond loopback then.
    return "127.0.0.1" if loopback else "0.0.0.0"


def move_series(
    node: DimseNode,
    study_instance_uid: str,
    series_instance_uid: str,
    sink: InstanceSink,
    *,
    progress: ProgressReporter = no_progress,
    cancel: CancelToken | None = None,
) -> FetchCounts:
    """Retrieve a series with C-MOVE to our storage SCP.

    The archive must know our AE title (``node.our_ae_title``) with this workstation's address
    and ``node.our_port``. When our storage listener runs with that AE title on that port
    (:func:`~casereview.net.storage_scp.running_listener`), the transfer goes through it;
    otherwise a storage SCP is started for this transfer only. Either way, only instances of
    the series asked for reach ``sink``.

    Returns
    -------
    FetchCounts
        Announced, received and failed counts.

    Raises
    ------
    PacsError
        If our port is taken by another program, or as :func:`get_series`.
    OperationCancelled
        If ``cancel`` was set; what reached the sink stays there.
    """
    identifier = _retrieve_identifier(study_instance_uid, series_instance_uid)
    transfer = _Transfer(study_instance_uid, series_instance_uid, sink)
    listener = running_listener(node.our_ae_title, node.our_port)
    if listener is not None:
        counts = _move_through_listener(node, identifier, transfer, listener, progress, cancel)
    else:
        counts = _move_with_own_scp(node, identifier, transfer, progress, cancel)
    log.info(
        "C-MOVE of series %s from a node%s: %d of %s received, %d failed",
        pseudonymous_tag(series_instance_uid),
        " through the storage listener" if listener is not None else "",
        counts.received,
        counts.announced,
        counts.failed,
    )
    return counts


def _send_move(
    node: DimseNode,
    identifier: Dataset,
    transfer: _Transfer,
    progress: ProgressReporter,
    cancel: CancelToken | None,
) -> FetchCounts:
    """Ask the archive to move the series to our AE title and follow its answers."""
    ae = _application_entity(node.our_ae_title, node.timeout)
    ae.add_requested_context(StudyRootQueryRetrieveInformationModelMove)
    with _association(node, ae) as assoc:
        responses = assoc.send_c_move(
            identifier, node.our_ae_title, StudyRootQueryRetrieveInformationModelMove
        )
        return _run_retrieve(
            node, assoc, responses, transfer, Message("a retrieve (C-MOVE)"), progress, cancel
        )


def _counting_sink(transfer: _Transfer) -> InstanceSink:
    """The transfer's sink, counting what it kept and what it could not (listener route)."""

    def keep(instance: ReceivedInstance) -> None:
        try:
            transfer.sink(instance)
        except Exception:
            with transfer.lock:
                transfer.refused += 1
            raise  # the listener answers the archive with a failure status
        with transfer.lock:
            transfer.received += 1

    return keep


def _move_through_listener(
    node: DimseNode,
    identifier: Dataset,
    transfer: _Transfer,
    listener: StorageListener,
    progress: ProgressReporter,
    cancel: CancelToken | None,
) -> FetchCounts:
    with listener.expect(
        transfer.study_instance_uid, transfer.series_instance_uid, _counting_sink(transfer)
    ):
        return _send_move(node, identifier, transfer, progress, cancel)


def _move_with_own_scp(
    node: DimseNode,
    identifier: Dataset,
    transfer: _Transfer,
    progress: ProgressReporter,
    cancel: CancelToken | None,
) -> FetchCounts:
    scp = _application_entity(node.our_ae_title, node.timeout)
    for sop_class in STORAGE_SOP_CLASSES:
        scp.add_supported_context(sop_class, list(ACCEPTED_TRANSFER_SYNTAXES))
    try:
        server = scp.start_server(
            (_listen_address(node), node.our_port),
            block=False,
            evt_handlers=[(evt.EVT_C_STORE, _store_handler(transfer))],
        )
    except OSError as exc:
        server = None
        reason = exc.strerror or type(exc).__name__
    else:
        reason = ""
    if server is None:
        raise PacsError(
            Message(
                "Our C-MOVE port {port} cannot be opened ({reason}): another program uses it. "
                "Choose another port in the node settings and tell the PACS administrator.",
                port=str(node.our_port),
                reason=reason or "no server",
            )
        )
    try:
        return _send_move(node, identifier, transfer, progress, cancel)
    finally:
        server.shutdown()


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
        ae = _application_entity(node.our_ae_title, node.timeout)
        for sop_class, syntax in sorted(chunk):
            ae.add_requested_context(sop_class, syntax)
        with _association(node, ae) as assoc:
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
                    raise _no_answer(node, asked)
                code = int(status.Status)
                if code == _SUCCESS or code in _STORE_WARNINGS:
                    sent.append(item.sop_instance_uid)
                else:
                    failures.append(
                        (
                            item.path,
                            Message(
                                "{node} refused it (status {status})",
                                node=node.name,
                                status=_hex(code),
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
    ) -> FetchCounts:
        """See :func:`get_series` and :func:`move_series`."""
        fetch = get_series if self.method == "get" else move_series
        return fetch(
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
