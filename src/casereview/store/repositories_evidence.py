"""Repository of the evidence decisions cite (table ``decision_evidence``, revision 0016).

It works inside a session handed to it by ``Database.reading``/``writing``; the decision service
writes a decision and its citations in one transaction. The evidence of a signed decision is
refused here and, whatever the client, by the database's triggers.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from casereview.domain.decision_evidence import Citation
from casereview.domain.decisions import DecisionFrozenError
from casereview.errors import NotFoundError
from casereview.messages import Message
from casereview.store import models_meetings as mm
from casereview.store.types import utcnow


class EvidenceRepository:
    """The citations of decisions."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def replace(self, decision_id: int, citations: Sequence[Citation]) -> tuple[Citation, ...]:
        """Make ``citations`` the evidence of an unsigned decision, in that order.

        Raises
        ------
        NotFoundError
            If the decision does not exist.
        DecisionFrozenError
            If it is signed (its evidence is frozen with it).
        """
        decision = self.session.get(mm.Decision, decision_id)
        if decision is None:
            raise NotFoundError(
                Message("Decision #{decision_id} does not exist.", decision_id=decision_id)
            )
        if decision.signed_at is not None:
            raise DecisionFrozenError(
                Message(
                    "The evidence of a signed decision cannot be changed; record an amendment "
                    "that cites the new evidence."
                )
            )
        self.session.execute(
            delete(mm.DecisionEvidence).where(mm.DecisionEvidence.decision_id == decision_id)
        )
        now = utcnow()
        for position, citation in enumerate(citations):
            self.session.add(
                mm.DecisionEvidence(
                    decision_id=decision_id,
                    position=position,
                    kind=citation.kind.value,
                    uid=citation.uid,
                    number=citation.number,
                    sha256=citation.sha256,
                    snapshot_json=json.dumps(
                        citation.snapshot_json(), ensure_ascii=False, allow_nan=False
                    ),
                    created_at=now,
                )
            )
        self.session.flush()
        return tuple(citations)

    def of(self, decision_id: int) -> tuple[Citation, ...]:
        """What ``decision_id`` cites, in its order (empty if nothing)."""
        return self.of_many([decision_id]).get(decision_id, ())

    def of_many(self, decision_ids: Iterable[int]) -> dict[int, tuple[Citation, ...]]:
        """What each of ``decision_ids`` cites; decisions citing nothing are left out."""
        ids = list(dict.fromkeys(decision_ids))
        if not ids:
            return {}
        rows = self.session.scalars(
            select(mm.DecisionEvidence)
            .where(mm.DecisionEvidence.decision_id.in_(ids))
            .order_by(mm.DecisionEvidence.decision_id, mm.DecisionEvidence.position)
        ).all()
        found: dict[int, list[Citation]] = {}
        for row in rows:
            found.setdefault(row.decision_id, []).append(
                Citation.stored(
                    row.kind, row.uid, row.sha256, row.number, json.loads(row.snapshot_json)
                )
            )
        return {decision_id: tuple(items) for decision_id, items in found.items()}
