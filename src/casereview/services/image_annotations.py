"""Marks measured on pictures (single images): stored like every annotation, measured in the
picture's own units.

A picture without a pixel size is measured in pixels; :func:`create_image_annotation` stores
those values with the units ``px``/``px2`` so that no list, report or export shows them as
millimetres. Everything else (removal, restoring, listing) is
:mod:`casereview.services.annotations`.
"""

from __future__ import annotations

import logging

from casereview.dicom.single_image import SingleImage
from casereview.domain.annotations import Annotation, AnnotationDraft
from casereview.domain.audit import AuditAction
from casereview.store.database import Database
from casereview.store.repositories import AuditRepository, UserRepository
from casereview.store.repositories_annotations import AnnotationRepository

log = logging.getLogger(__name__)


def create_image_annotation(
    db: Database, case_id: int, draft: AnnotationDraft, actor: str, image: SingleImage
) -> Annotation:
    """Store a mark drawn on a picture with the values measured in the picture's units.

    Parameters
    ----------
    db
        Open case database.
    case_id
        Internal id of the case.
    draft
        What was drawn (points from :meth:`SingleImage.to_points`, the picture's reference).
    actor
        User name of the author.
    image
        The picture it was drawn on (its pixel size decides mm or px; the draft's frame
        number, the frame whose values a CT region's statistics are taken from).

    Returns
    -------
    Annotation
        The stored annotation; durable when this returns.

    Raises
    ------
    NotFoundError
        If the case or the actor does not exist.
    ValidationError
        If the geometry is unusable or the UUID already exists.
    """
    frame = (draft.reference.frame_number or 1) - 1
    measurements = image.measure(draft.kind, draft.points, frame)
    with db.writing() as session:
        user_id = UserRepository(session).row_id(actor)
        annotation = AnnotationRepository(session).add(case_id, draft, measurements, user_id)
        AuditRepository(session).append(
            AuditAction.ANNOTATION_CREATED,
            "annotation",
            annotation.uuid,
            user_id,
            {"case": case_id, "kind": draft.kind.value},
        )
    log.info(
        "annotation %s (%s) created on a picture of case #%d", annotation.uuid, draft.kind, case_id
    )
    return annotation
