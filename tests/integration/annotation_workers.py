"""Child-process editing loops for the annotation crash test (importable by the forkserver)."""

from __future__ import annotations

from multiprocessing.connection import Connection

import numpy as np

from casereview.commands import CommandHistory, EditContext
from casereview.commands.edits import CreateAnnotation, CreateSegment, EditSegmentMask
from casereview.domain.annotations import AnnotationDraft, AnnotationKind, ImageReference
from casereview.domain.cases import CaseDraft
from casereview.domain.segments import TEMPLATE_BY_KEY, SegmentDraft
from casereview.domain.users import Role, User
from casereview.domain.volume import Volume
from casereview.services.cases import create_case
from casereview.services.users import ensure_user
from casereview.store.database import open_database
from casereview.store.repositories import IndexRepository

SERIES = "1.2.826.0.1.3680043.10.777.1"


def volume() -> Volume:
    """A small CT-like volume the edits are drawn on."""
    voxels = np.full((12, 24, 24), 40, dtype=np.int16)
    return Volume(voxels, (2.0, 1.0, 1.0), (0.0, 0.0, 0.0), np.eye(3), (), SERIES, "", "CT")


def prepare(url: str) -> int:
    """Create the database, a user, a patient and a case; return the case id."""
    database = open_database(url)
    try:
        ensure_user(database, User(0, "surgeon", "Surgeon", Role.SURGEON))
        with database.writing() as session:
            patient_pk, _ = IndexRepository(session).upsert_patient("CRASH-7", patient_name="X^Y")
        return create_case(database, CaseDraft(patient_pk, "crash"), "surgeon").id
    finally:
        database.close()


def edit_forever(url: str, case_id: int, acks: Connection) -> None:
    """Measure and paint until killed; acknowledge each edit once its command has returned.

    Acks: ``("annotation", uuid)`` and ``("segment", uuid, voxel count)``.
    """
    database = open_database(url)
    vol = volume()
    ctx = EditContext(database, "surgeon", case_id, vol)
    history = CommandHistory()
    template = TEMPLATE_BY_KEY["lymph_node"]
    create = CreateSegment(
        ctx, SegmentDraft(template.name, template.category, template.type, template.colour, SERIES)
    )
    history.push(create)
    mask = np.zeros(vol.shape, dtype=bool)
    flat = mask.reshape(-1)
    number = 0
    while True:
        number += 1
        a = (float(number % 20), 3.0, 10.0)
        b = (float(number % 20) + 1.5, 7.0, 10.0)
        draft = AnnotationDraft(AnnotationKind.LENGTH, (a, b), ImageReference(SERIES), f"#{number}")
        history.push(CreateAnnotation(ctx, draft))
        acks.send(("annotation", draft.uuid))
        before = mask.copy()
        flat[(number * 7) % flat.size] = True  # grows by at most one voxel per edit
        history.push(EditSegmentMask(ctx, create.uuid, before, mask.copy(), "Paint"))
        acks.send(("segment", create.uuid, int(mask.sum())))
