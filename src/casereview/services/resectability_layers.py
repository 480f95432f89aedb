"""The partners' resectability assessments of a case: "assessment of <institution>".

An assessment received in a package is kept as the sender's layer (see
``services.exchange.resectability_provider``), never in our own history: the functions here
read it for the workbench, the report and the presentation. Each received version keeps its
author at the sender and its content hash, computed by
:func:`casereview.services.resectability_record.assessment_sha256` as for our own versions, so
:func:`casereview.services.resectability_record.
verify_version` checks a received version as it checks ours.
"""

from __future__ import annotations

from casereview.store.database import Database
from casereview.store.repositories_resectability_layers import (
    ReceivedAssessment,
    ResectabilityLayerRepository,
)

__all__ = [
    "ReceivedAssessment",
    "latest_received_assessments",
    "received_assessments",
]


def received_assessments(
    db: Database, case_id: int, layer: str | None = None
) -> list[ReceivedAssessment]:
    """Every version of the partners' assessments of a case (or of one partner's).

    Parameters
    ----------
    db
        Open case database.
    case_id
        The case.
    layer
        One sending institution; ``None`` for every partner.

    Returns
    -------
    list of ReceivedAssessment
        By institution, then oldest first; each with its author at the sender.
    """
    with db.reading() as session:
        return ResectabilityLayerRepository(session).received(case_id, layer)


def latest_received_assessments(db: Database, case_id: int) -> dict[str, ReceivedAssessment]:
    """The newest received version of each partner's assessment, by institution."""
    latest: dict[str, ReceivedAssessment] = {}
    for received in received_assessments(db, case_id):
        # Oldest first within a layer: the last one read is the newest.
        latest[received.layer] = received
    return latest
