"""Retrieving a series with C-MOVE: the archive sends it to our storage SCP (pynetdicom).

The archive must know our AE title with this workstation's address and C-MOVE port. When the
storage listener started with the application (:mod:`casereview.net.storage_scp`) runs as the
node's ``our_ae_title`` on its ``our_port``, the transfer goes through it; otherwise a storage
SCP is started on that port for the length of the transfer (on the loopback interface when the
archive is on this machine, on every interface otherwise, since the archive connects back to
us). Either way only instances of the series asked for reach the retrieve.
"""

from __future__ import annotations

import ipaddress
import logging
import socket

from pydicom.dataset import Dataset
from pynetdicom import evt

from casereview.domain.pacs_nodes import DimseNode
from casereview.domain.privacy import pseudonymous_tag
from casereview.domain.progress import CancelToken, ProgressReporter, no_progress
from casereview.messages import Message
from casereview.net.dimse_association import (
    StudyRootQueryRetrieveInformationModelMove,
    application_entity,
    association,
)
from casereview.net.dimse_transfer import (
    Transfer,
    follow_retrieve,
    series_identifier,
    store_handler,
)
from casereview.net.errors import PacsError
from casereview.net.query import FetchCounts, InstanceSink, ReceivedInstance
from casereview.net.storage_scp import (
    ACCEPTED_TRANSFER_SYNTAXES,
    STORAGE_SOP_CLASSES,
    StorageListener,
    running_listener,
)

log = logging.getLogger(__name__)


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
        If our port is taken by another program, or as
        :func:`~casereview.net.dimse_get.get_series`.
    OperationCancelled
        If ``cancel`` was set; what reached the sink stays there.
    """
    identifier = series_identifier(study_instance_uid, series_instance_uid)
    transfer = Transfer(study_instance_uid, series_instance_uid, sink)
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
    transfer: Transfer,
    progress: ProgressReporter,
    cancel: CancelToken | None,
) -> FetchCounts:
    """Ask the archive to move the series to our AE title and follow its answers."""
    ae = application_entity(node.our_ae_title, node.timeout)
    ae.add_requested_context(StudyRootQueryRetrieveInformationModelMove)
    with association(node, ae) as assoc:
        responses = assoc.send_c_move(
            identifier, node.our_ae_title, StudyRootQueryRetrieveInformationModelMove
        )
        answer = follow_retrieve(
            node, assoc, responses, transfer, Message("a retrieve (C-MOVE)"), progress, cancel
        )
        return transfer.counts(answer.announced, answer.failed)


def _counting_sink(transfer: Transfer) -> InstanceSink:
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
    transfer: Transfer,
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
    transfer: Transfer,
    progress: ProgressReporter,
    cancel: CancelToken | None,
) -> FetchCounts:
    scp = application_entity(node.our_ae_title, node.timeout)
    for sop_class in STORAGE_SOP_CLASSES:
        scp.add_supported_context(sop_class, list(ACCEPTED_TRANSFER_SYNTAXES))
    try:
        server = scp.start_server(
            (_listen_address(node), node.our_port),
            block=False,
            evt_handlers=[(evt.EVT_C_STORE, store_handler(transfer))],
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
