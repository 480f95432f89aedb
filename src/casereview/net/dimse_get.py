"""Retrieving a series with C-GET (pynetdicom): the instances come back on our association.

A retrieve from scratch asks for the whole series in one C-GET. A retrieve that resumes one
cut short (a cancel, a crash, a lost connection) asks only for what is missing: the series'
instances are listed (C-FIND at the IMAGE level) and the missing ones asked for by SOP Instance
UID, a list per C-GET (PS3.4 C.4.3.2), instead of the archive sending the whole series again
for the sink to pass over. An archive that cannot list instances gets the whole-series C-GET.

One association, on purpose: several at once were measured (4, sharing the series from a
queue) and were no faster against Orthanc on loopback — the transfer is bound by pynetdicom's
processor time (about 4 ms an image, 1.1 to 1.4 s of processor time for 300 CT images,
whatever the number of associations) — while costing the archive more requests.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Sequence

from pydicom.dataset import Dataset
from pynetdicom import AE, build_role, evt

from casereview.domain.pacs_nodes import DimseNode
from casereview.domain.privacy import pseudonymous_tag
from casereview.domain.progress import CancelToken, ProgressReporter, no_progress
from casereview.errors import ValidationError
from casereview.messages import Message
from casereview.net.dimse_association import (
    MAX_CONTEXTS,
    StudyRootQueryRetrieveInformationModelFind,
    StudyRootQueryRetrieveInformationModelGet,
    application_entity,
    association,
    find_answers,
)
from casereview.net.dimse_transfer import (
    Transfer,
    follow_retrieve,
    series_identifier,
    store_handler,
)
from casereview.net.errors import FailureStatusError
from casereview.net.query import FetchCounts, InstanceSink, check_uid
from casereview.net.storage_scp import ACCEPTED_TRANSFER_SYNTAXES, STORAGE_SOP_CLASSES

log = logging.getLogger(__name__)

#: Instances asked for by one C-GET of a resumed retrieve. Archives look each listed UID up
#: (Orthanc: about 90 ms a request of 16), so requests are few and large.
INSTANCES_PER_GET = 100

_WHAT = Message("a retrieve (C-GET)")
_PROGRESS = Message("Retrieving images")


def get_series(
    node: DimseNode,
    study_instance_uid: str,
    series_instance_uid: str,
    sink: InstanceSink,
    *,
    progress: ProgressReporter = no_progress,
    cancel: CancelToken | None = None,
    skip: Collection[str] = (),
) -> FetchCounts:
    """Retrieve a series with C-GET: the instances come back on the same association.

    Parameters
    ----------
    sink
        Receives each instance of the series (called from the association's thread).
    progress, cancel
        Instances here of those announced; a cancel aborts the association.
    skip
        SOP Instance UIDs already here: not asked for when the archive can list the series'
        instances, and counted as here in the progress.

    Returns
    -------
    FetchCounts
        Announced (the series' instances), received (this time) and failed counts; a shortfall
        is the caller's to judge.

    Raises
    ------
    AssociationRejectedError, ServerUnreachableError, NetworkTimeoutError, PacsRequestError
        With a message saying what to check.
    OperationCancelled
        If ``cancel`` was set; what reached the sink stays there.
    """
    transfer = Transfer(
        check_uid(study_instance_uid, Message("The Study Instance UID")),
        check_uid(series_instance_uid, Message("The Series Instance UID")),
        sink,
    )
    listed = _list_instances(node, transfer, cancel) if skip else None
    if listed is None:
        counts = _get_whole_series(node, transfer, progress, cancel)
    else:
        counts = _get_missing(node, transfer, listed, skip, progress, cancel)
    log.info(
        "C-GET of series %s from a node (%s): %d of %s received, %d failed",
        pseudonymous_tag(series_instance_uid),
        "whole series" if listed is None else "missing instances",
        counts.received,
        counts.announced,
        counts.failed,
    )
    return counts


def _entity(node: DimseNode) -> tuple[AE, list[object]]:
    """Our application entity for a C-GET, and the SCP roles it takes for the sub-operations."""
    ae = application_entity(node.our_ae_title, node.timeout)
    ae.add_requested_context(StudyRootQueryRetrieveInformationModelGet)
    for sop_class in STORAGE_SOP_CLASSES[: MAX_CONTEXTS - 1]:
        ae.add_requested_context(sop_class, list(ACCEPTED_TRANSFER_SYNTAXES))
    roles: list[object] = [
        build_role(sop_class, scp_role=True) for sop_class in STORAGE_SOP_CLASSES
    ]
    return ae, roles


def _list_instances(
    node: DimseNode, transfer: Transfer, cancel: CancelToken | None
) -> list[str] | None:
    """The series' SOP Instance UIDs in instance-number order (C-FIND, IMAGE level).

    ``None`` when the archive does not list them (a failure status, an empty or unusable
    answer): the series is then retrieved whole.
    """
    identifier = Dataset()
    identifier.QueryRetrieveLevel = "IMAGE"
    identifier.StudyInstanceUID = transfer.study_instance_uid
    identifier.SeriesInstanceUID = transfer.series_instance_uid
    identifier.SOPInstanceUID = ""
    identifier.InstanceNumber = ""
    ae = application_entity(node.our_ae_title, node.timeout)
    ae.add_requested_context(StudyRootQueryRetrieveInformationModelFind)
    try:
        with association(node, ae) as assoc:
            answers = find_answers(node, assoc, identifier, cancel)
    except FailureStatusError:
        log.info("a node does not list the instances of a series: retrieving it whole")
        return None
    numbered: dict[str, float] = {}
    for answer in answers:
        try:
            uid = check_uid(
                str(answer.get("SOPInstanceUID", "") or ""), Message("The SOP Instance UID")
            )
        except ValidationError:
            return None  # one we could not ask for: the whole series is safer
        try:
            number = float(answer.get("InstanceNumber", "") or "inf")
        except (TypeError, ValueError):
            number = float("inf")
        numbered.setdefault(uid, number)
    if not numbered:
        return None
    return sorted(numbered, key=lambda uid: (numbered[uid], uid))


def _get_whole_series(
    node: DimseNode,
    transfer: Transfer,
    progress: ProgressReporter,
    cancel: CancelToken | None,
) -> FetchCounts:
    """One C-GET of the whole series."""
    identifier = series_identifier(transfer.study_instance_uid, transfer.series_instance_uid)
    ae, roles = _entity(node)
    handlers = [(evt.EVT_C_STORE, store_handler(transfer))]
    with association(node, ae, ext_neg=roles, evt_handlers=handlers) as assoc:
        responses = assoc.send_c_get(identifier, StudyRootQueryRetrieveInformationModelGet)
        answer = follow_retrieve(node, assoc, responses, transfer, _WHAT, progress, cancel)
    return transfer.counts(answer.announced, answer.failed)


def _instances_identifier(transfer: Transfer, uids: Sequence[str]) -> Dataset:
    """The identifier of a C-GET of some instances of the series (a list of UIDs)."""
    identifier = Dataset()
    identifier.QueryRetrieveLevel = "IMAGE"
    identifier.StudyInstanceUID = transfer.study_instance_uid
    identifier.SeriesInstanceUID = transfer.series_instance_uid
    identifier.SOPInstanceUID = list(uids) if len(uids) > 1 else uids[0]
    return identifier


def _get_missing(
    node: DimseNode,
    transfer: Transfer,
    listed: Sequence[str],
    skip: Collection[str],
    progress: ProgressReporter,
    cancel: CancelToken | None,
) -> FetchCounts:
    """C-GETs of the listed instances not in ``skip``, :data:`INSTANCES_PER_GET` at a time."""
    here = skip if isinstance(skip, set | frozenset) else set(skip)
    wanted = [uid for uid in listed if uid not in here]
    here_before = len(listed) - len(wanted)

    def series_progress(done: int, total: int, message: str = "") -> None:
        # ``done`` and ``total`` are one request's; the user sees the series'.
        progress(here_before + transfer.received, len(listed), message or _PROGRESS)

    series_progress(0, 0)
    failed = 0
    if wanted:
        ae, roles = _entity(node)
        handlers = [(evt.EVT_C_STORE, store_handler(transfer))]
        with association(node, ae, ext_neg=roles, evt_handlers=handlers) as assoc:
            for start in range(0, len(wanted), INSTANCES_PER_GET):
                batch = wanted[start : start + INSTANCES_PER_GET]
                responses = assoc.send_c_get(
                    _instances_identifier(transfer, batch),
                    StudyRootQueryRetrieveInformationModelGet,
                )
                answer = follow_retrieve(
                    node, assoc, responses, transfer, _WHAT, series_progress, cancel
                )
                failed += answer.failed
    return transfer.counts(len(listed), failed)
