"""What a retrieve (C-GET or C-MOVE) of one series shares: its counts, its C-STORE handler, and
following the archive's answers to it.

Each instance arrives as a C-STORE sub-operation, on the retrieve's association (C-GET) or on
our storage SCP's (C-MOVE); :func:`store_handler` hands it to the retrieve's sink when it
belongs to the series asked for, and counts it. :func:`follow_retrieve` reads the archive's
answers to the retrieve request: progress, cancel, and the final status.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from pydicom.dataset import Dataset
from pynetdicom.association import Association
from pynetdicom.events import Event

from casereview.domain.pacs_nodes import DimseNode
from casereview.domain.progress import CancelToken, ProgressReporter
from casereview.errors import OperationCancelled
from casereview.messages import Message
from casereview.net.dimse_association import (
    CANCELLED,
    PENDING,
    SUBOPERATIONS_WITH_FAILURES,
    SUCCESS,
    no_answer,
    request_failed,
)
from casereview.net.query import FetchCounts, InstanceSink, check_uid
from casereview.net.received import received_from_store

log = logging.getLogger(__name__)

_STORE_REFUSED = 0xA700  # what our SCP answers for an instance nobody asked for
_CANNOT_UNDERSTAND = 0xC000  # an instance without the UIDs that name it
_CANNOT_KEEP = 0xC210  # the sink failed (disk full, folder gone): the archive keeps it


@dataclass(slots=True)
class Transfer:
    """Where one retrieve's instances go and how many went, updated from network threads."""

    study_instance_uid: str
    series_instance_uid: str
    sink: InstanceSink
    received: int = 0
    refused: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def counts(self, announced: int | None, failed: int) -> FetchCounts:
        """The retrieve's counts: ``failed`` sub-operations the archive reported, plus the
        instances this side refused or could not keep."""
        with self.lock:
            return FetchCounts(
                announced=announced, received=self.received, failed=failed + self.refused
            )


@dataclass(frozen=True, slots=True)
class RetrieveAnswer:
    """What the archive's final answer to one C-GET or C-MOVE request said.

    Attributes
    ----------
    announced
        Sub-operations the archive announced (``None`` when it did not say).
    failed
        Sub-operations it reported as failed.
    """

    announced: int | None
    failed: int


def series_identifier(study_instance_uid: str, series_instance_uid: str) -> Dataset:
    """The identifier of a retrieve of one series (Study Root, SERIES level).

    Raises
    ------
    ValidationError
        If a UID is not one.
    """
    ds = Dataset()
    ds.QueryRetrieveLevel = "SERIES"
    ds.StudyInstanceUID = check_uid(study_instance_uid, Message("The Study Instance UID"))
    ds.SeriesInstanceUID = check_uid(series_instance_uid, Message("The Series Instance UID"))
    return ds


def store_handler(transfer: Transfer) -> Callable[[Event], int]:
    """The C-STORE handler of a retrieve: hands each instance of the series to the sink.

    Returns
    -------
    callable
        A pynetdicom ``EVT_C_STORE`` handler answering each sub-operation's status: success,
        refused (another series than the one asked for), cannot understand (no UIDs), or
        failed (the sink could not keep it; the archive keeps it and counts a failure).
    """

    def handle_store(event: Event) -> int:
        try:
            instance = received_from_store(event)
        except (AttributeError, KeyError, ValueError, TypeError) as exc:
            log.warning("refused an instance without its identifying UIDs (%s)", type(exc).__name__)
            with transfer.lock:
                transfer.refused += 1
            return _CANNOT_UNDERSTAND
        key = (instance.study_instance_uid, instance.series_instance_uid)
        if key != (transfer.study_instance_uid, transfer.series_instance_uid):
            # Not what we asked for (an unsolicited push to our port): refused, not kept.
            log.warning("refused an instance of another series than the one retrieved")
            with transfer.lock:
                transfer.refused += 1
            return _STORE_REFUSED
        try:
            transfer.sink(instance)
        except Exception as exc:  # reported to the archive as a failed sub-operation
            log.warning("could not keep a received instance: %s", type(exc).__name__)
            with transfer.lock:
                transfer.refused += 1
            return _CANNOT_KEEP
        with transfer.lock:
            transfer.received += 1
        return SUCCESS

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


def follow_retrieve(
    node: DimseNode,
    assoc: Association,
    responses: Iterator[tuple[Dataset, Dataset | None]],
    transfer: Transfer,
    what: Message,
    progress: ProgressReporter,
    cancel: CancelToken | None,
) -> RetrieveAnswer:
    """Follow the archive's answers to a C-GET or C-MOVE on ``assoc`` until its final status.

    Parameters
    ----------
    responses
        pynetdicom's answers to the request (``send_c_get``/``send_c_move``).
    what
        The request as messages name it ("a retrieve (C-GET)").
    progress
        Called at each answer with the instances received so far and those announced.
    cancel
        Checked at each answer; a cancel aborts the association.

    Returns
    -------
    RetrieveAnswer
        Announced and failed sub-operations of this request.

    Raises
    ------
    NetworkTimeoutError, PacsRequestError
        If the archive stops answering or answers with a failure.
    OperationCancelled
        If ``cancel`` was set, or the archive cancelled the retrieve.
    """
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
            raise no_answer(node, waiting_since)
        waiting_since = time.monotonic()
        code = int(status.Status)
        count = _announced(status)
        if count is not None:
            announced = max(announced or 0, count)
        progress(transfer.received, announced or 0, Message("Retrieving images"))
        if code in PENDING:
            continue
        failed = int(status.get("NumberOfFailedSuboperations", 0) or 0)
        if code in (SUCCESS, SUBOPERATIONS_WITH_FAILURES):
            break
        if code == CANCELLED:
            raise OperationCancelled(
                Message("{node} cancelled the retrieve. What arrived is kept.", node=node.name)
            )
        raise request_failed(node, code, what)
    return RetrieveAnswer(announced=announced, failed=failed)
