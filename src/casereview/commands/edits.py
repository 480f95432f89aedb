"""The undoable edits of annotations, key images and segments."""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import NDArray

from casereview.commands.base import Command, EditContext
from casereview.domain.annotations import AnnotationDraft, KeyImageDraft, Point
from casereview.domain.segments import Code, SegmentDraft
from casereview.errors import ValidationError
from casereview.messages import Message
from casereview.services import annotations as annotation_service
from casereview.services import segmentations as segment_service
from casereview.store.repositories_annotations import StoredMask, pack_mask

Mask = NDArray[np.bool_]


class CreateAnnotation(Command):
    """Add an annotation; undo removes it, redo brings the same one back."""

    changed_kind = "annotations"

    def __init__(self, ctx: EditContext, draft: AnnotationDraft) -> None:
        self.ctx = ctx
        self.draft = draft
        self.created = False
        self.text, self.text_args = "Add {kind}", {"kind": draft.kind.value}

    @property
    def uuid(self) -> str:
        """The annotation's UUID."""
        return self.draft.uuid

    def do(self) -> None:
        """Create it (first time) or restore it (redo)."""
        if self.created:
            annotation_service.restore_annotation(self.ctx.db, self.uuid, self.ctx.actor)
        else:
            annotation_service.create_annotation(
                self.ctx.db, self.ctx.case_id, self.draft, self.ctx.actor, self.ctx.volume
            )
            self.created = True
        self.ctx.refresh_annotations()

    def undo(self) -> None:
        """Remove it."""
        annotation_service.delete_annotation(self.ctx.db, self.uuid, self.ctx.actor)
        self.ctx.refresh_annotations()


class ChangeAnnotation(Command):
    """Change label, text, geometry or visibility; undo puts the old values back."""

    changed_kind = "annotations"

    FIELDS = ("label", "text", "points", "visible")

    def __init__(self, ctx: EditContext, uuid: str, **after: Any) -> None:
        unknown = set(after) - set(self.FIELDS)
        if unknown:
            raise ValueError(f"cannot change {sorted(unknown)}")
        current = annotation_service.get_annotation(ctx.db, uuid)
        self.ctx = ctx
        self.uuid = uuid
        self.after = after
        self.before = {name: getattr(current, name) for name in after}
        if "points" in after:
            self.text, self.text_args = "Move {kind}", {"kind": current.kind.value}
        elif "visible" in after:
            self.text = "Show annotation" if after["visible"] else "Hide annotation"
        else:
            self.text = "Rename annotation"

    def _apply(self, values: dict[str, Any]) -> None:
        points: tuple[Point, ...] | None = values.get("points")
        annotation_service.change_annotation(
            self.ctx.db,
            self.uuid,
            self.ctx.actor,
            label=values.get("label"),
            text=values.get("text"),
            points=points,
            visible=values.get("visible"),
            volume=self.ctx.volume,
        )
        self.ctx.refresh_annotations()

    def do(self) -> None:
        """Apply the new values."""
        self._apply(self.after)

    def undo(self) -> None:
        """Restore the old values."""
        self._apply(self.before)


class DeleteAnnotation(Command):
    """Remove an annotation; undo restores it."""

    changed_kind = "annotations"

    def __init__(self, ctx: EditContext, uuid: str) -> None:
        self.ctx = ctx
        self.uuid = uuid
        self.text = "Delete annotation"

    def do(self) -> None:
        """Mark it removed."""
        annotation_service.delete_annotation(self.ctx.db, self.uuid, self.ctx.actor)
        self.ctx.refresh_annotations()

    def undo(self) -> None:
        """Restore it."""
        annotation_service.restore_annotation(self.ctx.db, self.uuid, self.ctx.actor)
        self.ctx.refresh_annotations()


class FlagKeyImage(Command):
    """Flag the current view as a key image; undo takes it off again."""

    changed_kind = "key_images"

    def __init__(self, ctx: EditContext, draft: KeyImageDraft) -> None:
        self.ctx = ctx
        self.draft = draft
        self.text = "Flag key image"

    def do(self) -> None:
        """Store (or restore) the key image."""
        annotation_service.flag_key_image(self.ctx.db, self.ctx.case_id, self.draft, self.ctx.actor)
        self.ctx.refresh_key_images()

    def undo(self) -> None:
        """Remove it."""
        annotation_service.remove_key_image(self.ctx.db, self.draft.uuid, self.ctx.actor)
        self.ctx.refresh_key_images()


class RemoveKeyImage(Command):
    """Take a key image off the case; undo brings it back."""

    changed_kind = "key_images"

    def __init__(self, ctx: EditContext, uuid: str) -> None:
        self.ctx = ctx
        self.uuid = uuid
        self.text = "Remove key image"

    def do(self) -> None:
        """Mark it removed."""
        annotation_service.remove_key_image(self.ctx.db, self.uuid, self.ctx.actor)
        self.ctx.refresh_key_images()

    def undo(self) -> None:
        """Restore it."""
        annotation_service.restore_key_image(self.ctx.db, self.uuid, self.ctx.actor)
        self.ctx.refresh_key_images()


# --- segments ------------------------------------------------------------------------------


class CreateSegment(Command):
    """Add an empty segment on the context's volume grid; undo removes it."""

    changed_kind = "segments"

    def __init__(self, ctx: EditContext, draft: SegmentDraft) -> None:
        if ctx.volume is None:
            raise ValidationError(Message("Open the series to segment before adding a segment."))
        self.ctx = ctx
        self.draft = draft
        self.text, self.text_args = "Add segment {name}", {"name": draft.name}

    @property
    def uuid(self) -> str:
        """The segment's UUID."""
        return self.draft.uuid

    def do(self) -> None:
        """Create it (first time) or restore it (redo)."""
        assert self.ctx.volume is not None
        segment_service.create_segment(
            self.ctx.db, self.ctx.case_id, self.draft, self.ctx.volume.shape, self.ctx.actor
        )
        masks = {}
        if self.ctx.session is not None and self.uuid not in self.ctx.session.segment_masks:
            masks[self.uuid] = np.zeros(self.ctx.volume.shape, dtype=bool)
        self.ctx.refresh_segments(masks)

    def undo(self) -> None:
        """Remove it."""
        segment_service.delete_segment(self.ctx.db, self.uuid, self.ctx.actor)
        self.ctx.refresh_segments()


class ChangeSegment(Command):
    """Rename, recolour, recode or hide a segment; undo puts the old values back."""

    changed_kind = "segments"

    FIELDS = ("name", "colour", "category", "type", "visible")

    def __init__(self, ctx: EditContext, uuid: str, **after: Any) -> None:
        unknown = set(after) - set(self.FIELDS)
        if unknown:
            raise ValueError(f"cannot change {sorted(unknown)}")
        current = next(
            (s for s in segment_service.list_segments(ctx.db, ctx.case_id) if s.uuid == uuid), None
        )
        if current is None:
            raise ValidationError(Message("This segment is no longer part of the case."))
        self.ctx = ctx
        self.uuid = uuid
        self.after = after
        self.before = {name: getattr(current, name) for name in after}
        self.text, self.text_args = "Change segment {name}", {"name": current.name}

    def _apply(self, values: dict[str, Any]) -> None:
        category: Code | None = values.get("category")
        kind: Code | None = values.get("type")
        segment_service.change_segment(
            self.ctx.db,
            self.uuid,
            self.ctx.actor,
            name=values.get("name"),
            colour=values.get("colour"),
            category=category,
            type=kind,
            visible=values.get("visible"),
        )
        self.ctx.refresh_segments()

    def do(self) -> None:
        """Apply the new values."""
        self._apply(self.after)

    def undo(self) -> None:
        """Restore the old values."""
        self._apply(self.before)


class DeleteSegment(Command):
    """Remove a segment; undo restores it with its voxels."""

    changed_kind = "segments"

    def __init__(self, ctx: EditContext, uuid: str) -> None:
        self.ctx = ctx
        self.uuid = uuid
        self.text = "Delete segment"

    def do(self) -> None:
        """Mark it removed."""
        segment_service.delete_segment(self.ctx.db, self.uuid, self.ctx.actor)
        self.ctx.refresh_segments()

    def undo(self) -> None:
        """Restore it."""
        segment_service.restore_segment(self.ctx.db, self.uuid, self.ctx.actor)
        self.ctx.refresh_segments()


class EditSegmentMask(Command):
    """Replace a segment's voxels (brush, threshold, region growing …); undo restores them.

    The masks before and after are kept packed (bits, cropped, compressed) so a long history
    of edits stays small.
    """

    changed_kind = "segments"

    def __init__(
        self, ctx: EditContext, uuid: str, before: Mask, after: Mask, text: str = "Edit segment"
    ) -> None:
        if before.shape != after.shape:
            raise ValueError("masks before and after differ in shape")
        self.ctx = ctx
        self.uuid = uuid
        self._before: StoredMask = pack_mask(before)
        self._after: StoredMask = pack_mask(after)
        self.text = text

    def _apply(self, stored: StoredMask) -> None:
        mask = stored.unpack()
        segment_service.set_segment_mask(
            self.ctx.db, self.uuid, mask, self.ctx.volume, self.ctx.actor
        )
        self.ctx.refresh_segments({self.uuid: mask})

    def do(self) -> None:
        """Write the new voxels."""
        self._apply(self._after)

    def undo(self) -> None:
        """Write the old voxels back."""
        self._apply(self._before)


class ImportedSegments(Command):
    """Segments added by a DICOM SEG import (already stored); undo removes them all.

    The import itself runs before the command is pushed (it reads files, off the UI thread);
    the first ``do`` only shows the result, later ones (redo) restore the segments.
    """

    changed_kind = "segments"

    def __init__(self, ctx: EditContext, uuids: list[str]) -> None:
        self.ctx = ctx
        self.uuids = list(uuids)
        self._stored = True
        self.text, self.text_args = "Import segmentation", {}

    def do(self) -> None:
        """Show the imported segments (restore them on redo)."""
        if not self._stored:
            for uuid in self.uuids:
                segment_service.restore_segment(self.ctx.db, uuid, self.ctx.actor)
        self._stored = True
        self.ctx.refresh_segments()

    def undo(self) -> None:
        """Remove the imported segments."""
        for uuid in self.uuids:
            segment_service.delete_segment(self.ctx.db, uuid, self.ctx.actor)
        self._stored = False
        self.ctx.refresh_segments()
