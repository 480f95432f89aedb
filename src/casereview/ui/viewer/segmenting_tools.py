"""Segmenting: brush strokes, region growing and computed masks for the active segment, and
segment surfaces in 3-D (mixed into :class:`~casereview.ui.viewer.editor.CaseEditor`)."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QCoreApplication

from casereview.analysis import region_growing
from casereview.analysis import segmentation as seg
from casereview.commands.edits import (
    EditSegmentMask,
)
from casereview.domain.annotations import (
    Point,
)
from casereview.domain.progress import CancelToken, ProgressReporter
from casereview.domain.rendering import SegmentStyle
from casereview.errors import ValidationError
from casereview.render.segment_overlay import label_volume
from casereview.ui.viewer.editor_state import EditorBase, Stroke
from casereview.ui.viewer.tool_kinds import Tool, as_point
from casereview.ui.viewer.views import SliceViewWidget


class SegmentingTools(EditorBase):
    """What the segment tools do."""

    # --- segments ------------------------------------------------------------------------

    def mask_of(self, uuid: str) -> NDArray[np.bool_]:
        """The current mask of a segment (as shown)."""
        masks = self.session.segment_masks
        volume = self.ctx.volume
        if uuid in masks:
            return masks[uuid]
        assert volume is not None
        return np.zeros(volume.shape, dtype=bool)

    def _segment_ready(self) -> bool:
        if self.active_segment is None or self.ctx.volume is None:
            self.message.emit(
                QCoreApplication.translate(
                    "Tools", "Add or select a segment in the Segments panel first."
                )
            )
            return False
        segment = next((s for s in self.session.segments if s.uuid == self.active_segment), None)
        if segment is None or segment.series_instance_uid != self.ctx.volume.series_instance_uid:
            self.message.emit(
                QCoreApplication.translate(
                    "Tools", "This segment was drawn on another series; open that series."
                )
            )
            return False
        return True

    def _brush(
        self, widget: SliceViewWidget, p: Point
    ) -> tuple[tuple[slice, slice, slice], NDArray[np.bool_]] | None:
        volume = self.ctx.volume
        assert volume is not None
        if self.brush_sphere:
            return seg.brush_region(volume, p, self.brush_radius_mm)
        plane = widget.view.source.plane
        assert plane is not None
        return seg.brush_region(volume, p, self.brush_radius_mm, as_point(plane.normal))

    def _start_stroke(self, widget: SliceViewWidget, p: Point) -> bool:
        if not self._segment_ready():
            return True
        assert self.active_segment is not None
        before = self.mask_of(self.active_segment)
        self.stroke = Stroke(
            widget, self.active_segment, before, before.copy(), self.tool is Tool.ERASE
        )
        self._paint(p)
        return True

    def _paint(self, p: Point) -> None:
        stroke = self.stroke
        assert stroke is not None
        region = self._brush(stroke.widget, p)
        if region is None:
            return
        box, brush = region
        if stroke.erase:
            stroke.working[box] &= ~brush
        else:
            stroke.working[box] |= brush
        # Shown at once (only the touched voxels are redrawn); written to the database as one
        # command when the stroke ends.
        assert self.session is not None
        self.session.segment_voxels_edited(stroke.uuid, stroke.working, box)

    def _finish_stroke(self) -> None:
        stroke = self.stroke
        self.stroke = None
        if stroke is None or np.array_equal(stroke.before, stroke.working):
            return
        text = "Erase" if stroke.erase else "Paint"
        if not self.undo_stack.run(
            EditSegmentMask(self.ctx, stroke.uuid, stroke.before, stroke.working, text)
        ):
            session = self.session
            assert session is not None
            masks = dict(session.segment_masks)
            masks[stroke.uuid] = stroke.before
            session.set_segments(session.segments, masks)

    def grow_from(self, p: Point) -> None:
        """Region growing from the voxel at ``p`` into the active segment (off the UI thread).

        The seed is checked first, on the spot: a seed outside the HU range is reported at
        once and no work starts.
        """
        if not self._segment_ready():
            return
        volume = self.ctx.volume
        assert volume is not None and self.active_segment is not None
        low, high = self.grow_range
        opening = self.grow_opening_mm
        within = None
        if self.grow_slices is not None:
            first, last = self.grow_slices
            within = np.zeros(volume.shape, dtype=bool)
            within[max(0, first) : last + 1] = True
        try:
            seed = seg.seed_index(volume, p)
            region_growing.check_seed(volume, seed, low, high, opening_mm=opening, within=within)
        except ValidationError as exc:
            self.undo_stack.on_error(exc)
            return

        def work(progress: ProgressReporter, cancel: CancelToken) -> object:
            return region_growing.region_grow(
                volume,
                seed,
                low,
                high,
                opening_mm=opening,
                within=within,
                progress=progress,
                cancel=cancel,
            )

        self.apply_to_segment(
            QCoreApplication.translate("Tools", "Region growing"),
            "Region growing",
            work,
            combine="add",
        )

    def apply_to_segment(
        self,
        title: str,
        command_text: str,
        work: Callable[[ProgressReporter, CancelToken], object],
        *,
        combine: str = "replace",
    ) -> None:
        """Compute a mask off the UI thread, then make it the active segment's (one command).

        ``combine``: ``"replace"`` the mask, ``"add"`` to it.
        """
        if not self._segment_ready():
            return
        uuid = self.active_segment
        assert uuid is not None
        before = self.mask_of(uuid).copy()

        def done(result: object) -> None:
            after = np.asarray(result, dtype=bool)
            if combine == "add":
                after = before | after
            if np.array_equal(after, before):
                self.message.emit(QCoreApplication.translate("Tools", "Nothing changed."))
                return
            self.undo_stack.run(EditSegmentMask(self.ctx, uuid, before, after, command_text))

        self.run_task(title, work, done)

    def show_segments_3d(self) -> bool:
        """Make surfaces of the visible segments in the viewer's 3-D view (when it has one)."""
        show = getattr(self.widget_3d, "show_segments", None)
        combined = label_volume(self.session)
        if show is None or combined is None:
            self.message.emit(
                QCoreApplication.translate(
                    "Tools", "Choose the 2×2 layout for the 3-D view, and paint a segment first."
                )
            )
            return False
        labels, colours, shown = combined
        styles = [
            SegmentStyle(n, s.name, tuple(c / 255 for c in colours[n]), 1.0, True)
            for n, s in enumerate(shown, start=1)
        ]
        show(labels, styles, segment_uuids=[s.uuid for s in shown])
        return True
