"""The undoable edit of a mark drawn on a picture (single image)."""

from __future__ import annotations

from casereview.commands.base import Command, EditContext
from casereview.dicom.single_image import SingleImage
from casereview.domain.annotations import AnnotationDraft
from casereview.services import annotations as annotation_service
from casereview.services.image_annotations import create_image_annotation


class CreateImageAnnotation(Command):
    """Add a mark measured in the picture's units; undo removes it, redo brings it back."""

    changed_kind = "annotations"

    def __init__(self, ctx: EditContext, draft: AnnotationDraft, image: SingleImage) -> None:
        self.ctx = ctx
        self.draft = draft
        self.image = image
        self.created = False
        self.text, self.text_args = "Add {kind}", {"kind": draft.kind.value}

    def do(self) -> None:
        """Create it (first time) or restore it (redo)."""
        if self.created:
            annotation_service.restore_annotation(self.ctx.db, self.draft.uuid, self.ctx.actor)
        else:
            create_image_annotation(
                self.ctx.db, self.ctx.case_id, self.draft, self.ctx.actor, self.image
            )
            self.created = True
        self.ctx.refresh_annotations()

    def undo(self) -> None:
        """Remove it."""
        annotation_service.delete_annotation(self.ctx.db, self.draft.uuid, self.ctx.actor)
        self.ctx.refresh_annotations()
