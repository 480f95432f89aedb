"""Annotations and key images of a case: create, change, remove, restore, list.

Every change is one transaction with its audit record: when a function returns, the change is
on disk (a crash afterwards loses nothing). Removal marks the row; :func:`restore_annotation`
undoes it.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

from casereview.analysis.measurements import measure
from casereview.domain.annotations import (
    Annotation,
    AnnotationDraft,
    ImageReference,
    KeyImage,
    KeyImageDraft,
    Point,
    check_geometry,
)
from casereview.domain.audit import AuditAction
from casereview.domain.volume import Volume
from casereview.errors import ValidationError
from casereview.messages import Message
from casereview.store.database import Database
from casereview.store.repositories import AuditRepository, UserRepository
from casereview.store.repositories_annotations import AnnotationRepository, KeyImageRepository

log = logging.getLogger(__name__)

__all__ = [
    "change_annotation",
    "change_key_image_caption",
    "create_annotation",
    "delete_annotation",
    "flag_key_image",
    "get_annotation",
    "image_reference",
    "key_image_scene_masks",
    "list_annotations",
    "list_key_images",
    "remove_key_image",
    "restore_annotation",
    "restore_key_image",
]


def create_annotation(
    db: Database,
    case_id: int,
    draft: AnnotationDraft,
    actor: str,
    volume: Volume | None = None,
) -> Annotation:
    """Store a new annotation with its measured values.

    Parameters
    ----------
    db
        Open case database.
    case_id
        Internal id of the case.
    draft
        What was drawn (LPS geometry, image reference, label).
    actor
        User name of the author.
    volume
        The volume it was drawn on, for HU statistics of regions.

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
    measurements = measure(draft.kind, draft.points, volume)
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
    log.info("annotation %s (%s) created on case #%d", annotation.uuid, draft.kind, case_id)
    return annotation


def change_annotation(
    db: Database,
    uuid: str,
    actor: str,
    *,
    label: str | None = None,
    text: str | None = None,
    points: tuple[Point, ...] | None = None,
    visible: bool | None = None,
    volume: Volume | None = None,
) -> Annotation:
    """Change an annotation's label, text, geometry (measured again) or visibility.

    Raises
    ------
    NotFoundError
        If the annotation or the actor does not exist.
    ValidationError
        If the new geometry is invalid for the annotation's kind.
    """
    with db.writing() as session:
        user_id = UserRepository(session).row_id(actor)
        repo = AnnotationRepository(session)
        current = repo.get(uuid)
        measurements = None
        if points is not None:
            points = check_geometry(current.kind, points)
            measurements = measure(current.kind, points, volume)
            if volume is None:
                # Without the voxels keep the HU values the geometry change cannot update.
                kept = tuple(m for m in current.measurements if m.unit == "[hnsf'U]")
                measurements = measurements + kept
        annotation, changed = repo.update(
            uuid,
            user_id,
            label=None if label is None else label.strip()[:200],
            text=text,
            points=points,
            measurements=measurements,
            visible=visible,
        )
        if changed:
            AuditRepository(session).append(
                AuditAction.ANNOTATION_CHANGED,
                "annotation",
                uuid,
                user_id,
                {"case": annotation.case_id, "fields": changed},
            )
    return annotation


def delete_annotation(db: Database, uuid: str, actor: str) -> Annotation:
    """Remove an annotation from the case (kept, marked removed; undo restores it).

    Raises
    ------
    NotFoundError
        If the annotation or the actor does not exist.
    """
    return _set_deleted(db, uuid, actor, True)


def restore_annotation(db: Database, uuid: str, actor: str) -> Annotation:
    """Bring back a removed annotation.

    Raises
    ------
    NotFoundError
        If the annotation or the actor does not exist.
    """
    return _set_deleted(db, uuid, actor, False)


def _set_deleted(db: Database, uuid: str, actor: str, deleted: bool) -> Annotation:
    with db.writing() as session:
        user_id = UserRepository(session).row_id(actor)
        annotation = AnnotationRepository(session).set_deleted(uuid, deleted, user_id)
        AuditRepository(session).append(
            AuditAction.ANNOTATION_DELETED if deleted else AuditAction.ANNOTATION_RESTORED,
            "annotation",
            uuid,
            user_id,
            {"case": annotation.case_id},
        )
    return annotation


def get_annotation(db: Database, uuid: str) -> Annotation:
    """One annotation (also a removed one).

    Raises
    ------
    NotFoundError
        If it does not exist.
    """
    with db.reading() as session:
        return AnnotationRepository(session).get(uuid)


def list_annotations(db: Database, case_id: int) -> list[Annotation]:
    """Annotations of a case (not the removed ones), oldest first.

    Parameters
    ----------
    db
        Open case database.
    case_id
        Internal id of the case.

    Returns
    -------
    list of Annotation
        Each with LPS geometry, image reference, author, times and measured values
        (``Annotation.summary()`` gives the text shown next to the mark).
    """
    with db.reading() as session:
        return AnnotationRepository(session).list(case_id)


# --- key images --------------------------------------------------------------------------


def flag_key_image(db: Database, case_id: int, draft: KeyImageDraft, actor: str) -> KeyImage:
    """Store the current view as a key image of the case.

    Raises
    ------
    NotFoundError
        If the case or the actor does not exist.
    """
    with db.writing() as session:
        user_id = UserRepository(session).row_id(actor)
        repo = KeyImageRepository(session)
        if _exists(repo, draft.uuid):
            key_image = repo.set_deleted(draft.uuid, False)
            action = AuditAction.KEY_IMAGE_RESTORED
        else:
            key_image = repo.add(case_id, draft, user_id)
            action = AuditAction.KEY_IMAGE_FLAGGED
        AuditRepository(session).append(
            action,
            "key_image",
            key_image.uuid,
            user_id,
            {"case": case_id, "orientation": draft.orientation},
        )
    return key_image


def _exists(repo: KeyImageRepository, uuid: str) -> bool:
    try:
        repo.case_of(uuid)
    except Exception:  # NotFoundError: a new one
        return False
    return True


def change_key_image_caption(db: Database, uuid: str, caption: str, actor: str) -> KeyImage:
    """Change the caption of a key image.

    Raises
    ------
    NotFoundError
        If the key image or the actor does not exist.
    """
    with db.writing() as session:
        user_id = UserRepository(session).row_id(actor)
        key_image, before = KeyImageRepository(session).set_caption(uuid, caption)
        if before != key_image.caption:
            AuditRepository(session).append(
                AuditAction.KEY_IMAGE_CHANGED,
                "key_image",
                uuid,
                user_id,
                {"case": key_image.case_id, "fields": ["caption"]},
            )
    return key_image


def remove_key_image(db: Database, uuid: str, actor: str) -> KeyImage:
    """Take a key image off the case (kept, marked removed).

    Raises
    ------
    NotFoundError
        If the key image or the actor does not exist.
    """
    return _key_image_deleted(db, uuid, actor, True)


def restore_key_image(db: Database, uuid: str, actor: str) -> KeyImage:
    """Bring back a removed key image.

    Raises
    ------
    NotFoundError
        If the key image or the actor does not exist.
    """
    return _key_image_deleted(db, uuid, actor, False)


def _key_image_deleted(db: Database, uuid: str, actor: str, deleted: bool) -> KeyImage:
    with db.writing() as session:
        user_id = UserRepository(session).row_id(actor)
        key_image = KeyImageRepository(session).set_deleted(uuid, deleted)
        AuditRepository(session).append(
            AuditAction.KEY_IMAGE_REMOVED if deleted else AuditAction.KEY_IMAGE_RESTORED,
            "key_image",
            uuid,
            user_id,
            {"case": key_image.case_id},
        )
    return key_image


def list_key_images(db: Database, case_id: int) -> list[KeyImage]:
    """Key images of a case (not the removed ones), oldest first.

    Parameters
    ----------
    db
        Open case database.
    case_id
        Internal id of the case.

    Returns
    -------
    list of KeyImage
        Each with series and SOP instance UIDs, orientation, plane or 3-D camera, window,
        caption, author and time; ``casereview.render.key_images.render_key_image`` draws one.
    """
    with db.reading() as session:
        return KeyImageRepository(session).list(case_id)


def key_image_scene_masks(db: Database, key_image: KeyImage) -> dict[str, NDArray[np.bool_]]:
    """The masks a 3-D key image's scene draws its surfaces from, by segment UUID.

    Only the scene's segments still on the case: a segment removed since is left out, as the
    viewer leaves it out when it shows the key image again. Empty for a key image without a
    scene (2-D, or flagged before scenes were kept).

    Parameters
    ----------
    db
        Open case database.
    key_image
        A key image of one of its cases.

    Returns
    -------
    dict
        ``segment UUID → boolean mask`` on the grid of the key image's series, for
        ``casereview.render.key_images.render_key_image``'s ``masks``.
    """
    if key_image.scene is None:
        return {}
    # Imported here: the segment service loads the DICOM SEG writers, which listing key
    # images does not need.
    from casereview.services.segmentations import list_segments, segment_mask

    kept = {s.uuid for s in list_segments(db, key_image.case_id)}
    return {uuid: segment_mask(db, uuid) for uuid in key_image.scene.segment_uuids if uuid in kept}


# --- placing marks given as coordinates ------------------------------------------------------


def image_reference(
    volume: Volume, points: Sequence[Point], plane_normal: Point | None = None
) -> ImageReference:
    """The image a mark at ``points`` (LPS mm) on ``volume`` refers to.

    The reference names the acquired slice when the mark lies in one, as a mark drawn on an
    acquired slice in the viewer does: with ``plane_normal`` (the viewing direction of the
    plane the mark is on) when that plane is an acquired slice, without it when every point
    lies nearest to the same slice. A mark across slices refers to the series only.

    Parameters
    ----------
    volume
        The volume the mark is placed on.
    points
        The mark's points in patient LPS millimetres.
    plane_normal
        The viewing direction of the plane the mark lies in, if there is one.

    Returns
    -------
    ImageReference
        Series, SOP instance (or empty) and frame of reference.

    Raises
    ------
    ValidationError
        If a point lies outside the volume.
    """
    position = np.asarray(points, dtype=np.float64).reshape(-1, 3) - np.asarray(volume.origin)
    index = (position @ volume.direction / np.asarray(volume.spacing)[::-1])[:, ::-1]
    limits = np.asarray(volume.shape, dtype=np.float64) - 0.5
    if np.any(index < -0.5) or np.any(index > limits):
        raise ValidationError(
            Message(
                "A point lies outside the images of this series. Give points in patient "
                "LPS millimetres within the series (casereview-cli examine shows its geometry)."
            )
        )
    slices = np.rint(index[:, 0]).astype(int)
    if plane_normal is not None:
        along = volume.direction.T @ np.asarray(plane_normal, dtype=np.float64)
        on_slice = abs(abs(float(along[2])) - 1.0) < 1e-6
    else:
        on_slice = bool(np.all(slices == slices[0]))
    sop = ""
    if on_slice and volume.sop_instance_uids:
        sop = volume.sop_instance_uids[int(slices[0])]
    return ImageReference(volume.series_instance_uid, sop, volume.frame_of_reference_uid)
