"""DIMSE associations with an archive (pynetdicom): opening them, and reading their refusals.

What every DIMSE exchange of :mod:`casereview.net.dimse` and :mod:`casereview.net.dimse_retrieve`
shares: the application entity we present, an association released after use (aborted on
error), clinician-readable errors for a refused or unreachable archive and for failure
statuses, and the C-FIND answer loop.
"""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from pydicom.dataset import Dataset
from pydicom.uid import UID
from pynetdicom import AE
from pynetdicom.association import Association

from casereview.domain.pacs_nodes import DimseNode
from casereview.domain.progress import CancelToken
from casereview.messages import Message
from casereview.net.errors import (
    AssociationRejectedError,
    FailureStatusError,
    NetworkTimeoutError,
    PacsError,
    PacsRequestError,
    ServerUnreachableError,
)

# SOP classes of the services we use (PS3.4 annex A and C); pynetdicom makes its own names for
# them at run time, which a type checker cannot see.
Verification = UID("1.2.840.10008.1.1")
StudyRootQueryRetrieveInformationModelFind = UID("1.2.840.10008.5.1.4.1.2.2.1")
StudyRootQueryRetrieveInformationModelMove = UID("1.2.840.10008.5.1.4.1.2.2.2")
StudyRootQueryRetrieveInformationModelGet = UID("1.2.840.10008.5.1.4.1.2.2.3")

#: Presentation contexts of one association (PS3.8: odd context ids 1–255).
MAX_CONTEXTS = 128

# C-FIND/C-GET/C-MOVE/C-STORE statuses (PS3.4 C.4, B.2.3, PS3.7 C).
PENDING = (0xFF00, 0xFF01)
SUCCESS = 0x0000
SUBOPERATIONS_WITH_FAILURES = 0xB000
CANCELLED = 0xFE00
STORE_WARNINGS = (0xB000, 0xB006, 0xB007)

#: The largest PDU we accept (pynetdicom's default is 16 KiB). Images arrive in far fewer
#: PDUs, and each PDU costs pynetdicom Python work: a 512x512 CT image is one PDU instead of 32.
MAXIMUM_PDU_BYTES = 1024 * 1024


def application_entity(ae_title: str, timeout: float) -> AE:
    """Our application entity for one exchange: our AE title, the large PDU, ``timeout`` s.

    Parameters
    ----------
    ae_title
        Our (calling) AE title.
    timeout
        Seconds to wait for the connection, the association and each answer.
    """
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


def _rejected_for_now(assoc: Association) -> bool:
    """Whether the archive's rejection was transient (result 2), not permanent."""
    return getattr(assoc.acceptor.primitive, "result", None) == 2


@contextmanager
def association(
    node: DimseNode,
    ae: AE,
    *,
    ext_neg: list[Any] | None = None,
    evt_handlers: list[Any] | None = None,
) -> Iterator[Association]:
    """An established association with ``node``, released (or aborted on error) after use.

    An archive that rejects us for now ("transient", PS3.8 9.3.4) is asked once more half a
    second later: often the association we just released still counts against its limit.

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
    if assoc.is_rejected and _rejected_for_now(assoc):
        time.sleep(0.5)
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


def no_answer(node: DimseNode, since: float) -> PacsError:
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


def hex_status(status: int) -> str:
    """A DIMSE status as the standard and the archive's log write it (``0xA702``)."""
    return f"0x{status:04X}"


def request_failed(node: DimseNode, status: int, what: Message) -> FailureStatusError:
    """The error of a failure status to a request (C-FIND, C-GET, C-MOVE).

    Parameters
    ----------
    status
        The DIMSE status (PS3.4 C.4; PS3.7 C).
    what
        The request, as the message names it ("a search (C-FIND)").
    """
    if status == 0x0122 or status == 0xA900:
        return FailureStatusError(
            Message(
                "{node} does not offer {what} to this workstation (status {status}). Ask "
                "the PACS administrator to allow it for our AE title.",
                node=node.name,
                what=what,
                status=hex_status(status),
            )
        )
    if status in (0xA700, 0xA701, 0xA702):
        return FailureStatusError(
            Message(
                "{node} has no resources for {what} now (status {status}). Try again later.",
                node=node.name,
                what=what,
                status=hex_status(status),
            )
        )
    if status == 0xA801:
        return FailureStatusError(
            Message(
                "{node} does not know where to send the images (status 0xA801): the PACS "
                "administrator must register our AE title with this workstation's address "
                "and C-MOVE port.",
                node=node.name,
            )
        )
    return FailureStatusError(
        Message(
            "{node} could not perform {what} (status {status}).",
            node=node.name,
            what=what,
            status=hex_status(status),
        )
    )


def find_answers(
    node: DimseNode, assoc: Association, identifier: Dataset, cancel: CancelToken | None
) -> list[Dataset]:
    """Every answer of one C-FIND (Study Root) on an established association.

    Returns
    -------
    list of Dataset
        The matches' identifiers. May hold PHI: never log them.

    Raises
    ------
    NetworkTimeoutError, PacsRequestError
        If the archive stops answering or answers with a failure.
    OperationCancelled
        If ``cancel`` was set (the association is aborted).
    """
    found: list[Dataset] = []
    waiting_since = time.monotonic()
    for status, answer in assoc.send_c_find(identifier, StudyRootQueryRetrieveInformationModelFind):
        if cancel is not None and cancel.cancelled:
            assoc.abort()
            cancel.raise_if_cancelled()
        if not status:
            raise no_answer(node, waiting_since)
        waiting_since = time.monotonic()
        code = int(status.Status)
        if code in PENDING:
            if answer is not None:
                found.append(answer)
        elif code == SUCCESS:
            break
        else:
            raise request_failed(node, code, Message("a search (C-FIND)"))
    return found
