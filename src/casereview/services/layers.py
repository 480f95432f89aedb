"""The layers of a case: our own work, and each partner's work merged from their packages.

A merged annotation, key image or segment carries the sender's name as its ``layer`` and the
UUID it had at the sender as its ``origin_uuid``; our own work has layer ``""``. A partner's
MDT decisions are kept as received opinions, beside (never in) our decision chain. This module
answers what the rest of the application asks about layers; ``services.exchange.layer_merge``
fills them.
"""

from __future__ import annotations

from collections.abc import Sequence

from casereview.errors import NotFoundError, ValidationError
from casereview.messages import Message
from casereview.store.database import Database
from casereview.store.repositories_layers import (
    Layer,
    LayerRepository,
    Provenance,
    ReceivedOpinionView,
)


def origins(db: Database, case_id: int) -> dict[str, Provenance]:
    """``uuid → provenance`` of the case's annotations, key images and segments.

    Our own work has layer and origin ``""`` and our user's display name; content merged from
    a package carries the sender, the UUID it had there and its author and times there, which
    an export passes on so the sender recognises it coming back and the author stays credited.
    """
    with db.reading() as session:
        return LayerRepository(session).origins(case_id)


def case_layers(db: Database, case_id: int) -> list[Layer]:
    """Our own layer first, then every sender's layer with what it holds."""
    with db.reading() as session:
        return LayerRepository(session).layers(case_id)


def set_layer_visible(db: Database, case_id: int, layer: str, visible: bool) -> int:
    """Show or hide every annotation and segment of a sender's layer; return how many.

    Raises
    ------
    ValidationError
        If ``layer`` is our own work ("").
    NotFoundError
        If the case has no such layer.
    """
    if not layer:
        raise ValidationError(Message("Our own work is shown or hidden item by item."))
    with db.writing() as session:
        changed = LayerRepository(session).set_visible(case_id, layer, visible)
    if not changed:
        raise NotFoundError(
            Message("This case has no annotations or segments from {layer}.", layer=layer)
        )
    return changed


def layer_of(db: Database, uuids: Sequence[str]) -> dict[str, str]:
    """``uuid → layer`` for annotations, key images or segments (only the merged ones)."""
    if not uuids:
        return {}
    with db.reading() as session:
        return LayerRepository(session).layer_of(uuids)


def provenance_of(db: Database, uuids: Sequence[str]) -> dict[str, Provenance]:
    """``uuid → provenance`` of the merged items among ``uuids`` (author and times at the
    sender, for showing "Dr X, Hospital A, 2026-11-03 14:02"); our own are left out."""
    if not uuids:
        return {}
    with db.reading() as session:
        return LayerRepository(session).provenance_of(uuids)


def received_opinions(db: Database, case_id: int) -> list[ReceivedOpinionView]:
    """The partners' MDT decisions received for a case, oldest first."""
    with db.reading() as session:
        return LayerRepository(session).received_opinions(case_id)
