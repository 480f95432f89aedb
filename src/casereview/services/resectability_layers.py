"""The partners' resectability assessments of a case: "assessment of <institution>".

An assessment received in a package is kept as the sender's layer (see
``services.exchange.resectability_provider``), never in our own history: the functions here
read it for the workbench, the report and the presentation. Each received version keeps its
author at the sender and its content hash; :func:`assessment_sha256` recomputes a hash the
way our own versions are hashed, so :func:`casereview.services.resectability_record.
verify_version` checks a received version as it checks ours.
"""

from __future__ import annotations

from casereview.domain.resectability_codec import (
    content_sha256,
    inputs_to_json,
    suggestion_to_json,
)
from casereview.domain.resectability_findings import ResectabilityInputs
from casereview.domain.resectability_suggestion import Suggestion
from casereview.store.database import Database
from casereview.store.repositories_resectability_layers import (
    ReceivedAssessment,
    ResectabilityLayerRepository,
)

__all__ = [
    "ReceivedAssessment",
    "assessment_sha256",
    "latest_received_assessments",
    "received_assessments",
]


def assessment_sha256(criteria_id: str, inputs: ResectabilityInputs, suggestion: Suggestion) -> str:
    """The content hash of an assessment version: criteria, inputs and suggestion.

    The same hash :func:`casereview.services.resectability_record.save_assessment` stores and
    :func:`~casereview.services.resectability_record.verify_version` checks (a test holds
    the two together).
    """
    return content_sha256(
        {"criteria": criteria_id}, inputs_to_json(inputs), suggestion_to_json(suggestion)
    )


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
