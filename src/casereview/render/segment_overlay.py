"""Segments over a 2-D slice view: filled (translucent) or as outlines, in any plane.

The visible segments are combined into one label volume on the primary series' grid (a later
segment is drawn over an earlier one where they overlap); it is resampled with nearest
neighbour along exactly the plane the image shows and coloured in NumPy.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from numpy.typing import NDArray
from psygnal import SignalInstance
from vtkmodules.util.numpy_support import numpy_to_vtk, vtk_to_numpy
from vtkmodules.vtkCommonDataModel import vtkImageData
from vtkmodules.vtkImagingCore import vtkImageReslice
from vtkmodules.vtkRenderingCore import vtkImageActor

from casereview.domain.segments import Segment
from casereview.render.slice_pipeline import SliceView
from casereview.session import ViewerSession


def label_volume(
    session: ViewerSession,
) -> tuple[NDArray[np.uint8], NDArray[np.uint8], list[Segment]] | None:
    """Visible segments as one label volume, a ``(labels, 3)`` RGB table (row 0 unused) and
    the segments in label order (label ``n`` is ``segments[n - 1]``).

    Only segments drawn on the primary series count; ``None`` when there is none.
    """
    primary = session.primary
    if primary is None:
        return None
    shape = primary.volume.shape
    series = primary.volume.series_instance_uid
    visible = [
        s
        for s in session.segments
        if s.visible
        and s.series_instance_uid == series
        and s.uuid in session.segment_masks
        and session.segment_masks[s.uuid].shape == shape
    ][:255]
    if not visible:
        return None
    labels = np.zeros(shape, dtype=np.uint8)
    colours = np.zeros((len(visible) + 1, 3), dtype=np.uint8)
    for number, segment in enumerate(visible, start=1):
        labels[session.segment_masks[segment.uuid]] = number
        colours[number] = segment.colour
    return labels, colours, visible


def outline(labels: NDArray[np.uint8]) -> NDArray[np.bool_]:
    """Pixels of a 2-D label image on the border of their label (4-neighbourhood)."""
    edge = np.zeros(labels.shape, dtype=bool)
    inner = labels > 0
    edge[1:, :] |= labels[1:, :] != labels[:-1, :]
    edge[:-1, :] |= labels[:-1, :] != labels[1:, :]
    edge[:, 1:] |= labels[:, 1:] != labels[:, :-1]
    edge[:, :-1] |= labels[:, :-1] != labels[:, 1:]
    return edge & inner


class SegmentOverlay2D:
    """The segments layer of one slice view."""

    #: Between the image (z = 0) and the crosshair (z = −1).
    Z = -0.5

    def __init__(self, view: SliceView) -> None:
        self.view = view
        self.session: ViewerSession = view.session
        self.reslice = vtkImageReslice()
        self.reslice.SetOutputDimensionality(2)
        self.reslice.SetInterpolationModeToNearestNeighbor()
        self.reslice.AutoCropOutputOff()
        self.reslice.SetBackgroundLevel(0.0)
        self._labels: vtkImageData | None = None
        self._label_array: NDArray[np.uint8] | None = None
        self._shown: list[Segment] = []
        self._colours: NDArray[np.uint8] | None = None
        self.rgba = vtkImageData()
        self.actor = vtkImageActor()
        self.actor.GetMapper().SetInputData(self.rgba)
        self.actor.InterpolateOff()
        self.actor.PickableOff()
        self.actor.SetVisibility(False)
        view.renderer.AddViewProp(self.actor)
        self.last_labels: NDArray[np.uint8] | None = None  #: the plane's labels, for tests
        self._connections: list[tuple[SignalInstance, Callable[..., None]]] = [
            (self.session.segments_changed, self._rebuild),
            (self.session.segment_voxels_changed, self._update_region),
            (self.session.segment_display_changed, self.refresh),
            (self.session.crosshair_changed, self.refresh),
            (self.session.rotation_changed, self.refresh),
            (self.session.slab_changed, self.refresh),
            (self.session.series_changed, self._rebuild),
        ]
        for signal, slot in self._connections:
            signal.connect(slot)
        self._rebuild()

    def close(self) -> None:
        """Stop observing the session."""
        for signal, slot in self._connections:
            signal.disconnect(slot)
        self._connections = []

    def _rebuild(self, *_: object) -> None:
        combined = label_volume(self.session)
        self._shown = []
        if combined is None:
            self._labels, self._colours, self._label_array = None, None, None
        else:
            labels, self._colours, self._shown = combined
            image = vtkImageData()
            slices, rows, cols = labels.shape
            image.SetDimensions(cols, rows, slices)
            assert self.session.primary is not None
            image.SetSpacing(*self.session.primary.volume.spacing[::-1])
            # Shared with NumPy, so a brush stroke updates only the voxels it touched.
            self._label_array = labels
            scalars = numpy_to_vtk(labels.reshape(-1), deep=False)
            image.GetPointData().SetScalars(scalars)
            self._labels = image
            self.reslice.SetInputData(image)
        self.refresh()

    def _update_region(self, uuid: str, box: tuple[slice, slice, slice]) -> None:
        """Voxels of one segment changed inside ``box`` (slices of the grid): relabel there."""
        shown = [s.uuid for s in self._shown]
        if self._labels is None or self._label_array is None or uuid not in shown:
            self._rebuild()
            return
        sub = np.zeros(self._label_array[box].shape, dtype=np.uint8)
        masks = self.session.segment_masks
        for number, segment_uuid in enumerate(shown, start=1):
            sub[masks[segment_uuid][box]] = number
        self._label_array[box] = sub
        self._labels.GetPointData().GetScalars().Modified()
        self._labels.Modified()
        self.refresh()

    def refresh(self, *_: object) -> None:
        """Resample and colour the current plane."""
        source = self.view.source
        if self._labels is None or self._colours is None or source.plane is None:
            self.actor.SetVisibility(False)
            self.last_labels = None
            self.view.request_render()
            return
        # The image's own reslice is up to date (views refresh it first on every change).
        source.update()
        image_reslice = source.reslice
        self.reslice.SetResliceAxes(image_reslice.GetResliceAxes())
        self.reslice.SetOutputSpacing(image_reslice.GetOutputSpacing())
        self.reslice.SetOutputOrigin(image_reslice.GetOutputOrigin())
        self.reslice.SetOutputExtent(image_reslice.GetOutputExtent())
        self.reslice.Update()
        out = self.reslice.GetOutput()
        nu, nv, _ = out.GetDimensions()
        labels = vtk_to_numpy(out.GetPointData().GetScalars()).reshape(nv, nu)
        self.last_labels = labels
        rows = np.flatnonzero(labels.any(axis=1))
        if rows.size == 0:
            self.actor.SetVisibility(False)
            self.view.request_render()
            return
        # Only the rectangle around the segments (plus a blank pixel for the outline) becomes a
        # texture: uploading and blending a full-plane RGBA image cost ~15 ms a slice on
        # software OpenGL, where segments usually cover a small part of the plane.
        columns = np.flatnonzero(labels.any(axis=0))
        r0, r1 = max(rows[0] - 1, 0), min(rows[-1] + 2, nv)
        c0, c1 = max(columns[0] - 1, 0), min(columns[-1] + 2, nu)
        crop = labels[r0:r1, c0:c1]
        rgba = np.zeros((*crop.shape, 4), dtype=np.uint8)
        rgba[..., :3] = self._colours[crop]
        edge = outline(crop)
        if self.session.segment_outline:
            rgba[..., 3] = np.where(edge, 255, 0)
        else:
            alpha = int(round(255 * self.session.segment_opacity))
            rgba[..., 3] = np.where(edge, 255, np.where(crop > 0, alpha, 0))
        self.rgba.SetDimensions(c1 - c0, r1 - r0, 1)
        spacing = out.GetSpacing()
        self.rgba.SetSpacing(spacing)
        origin = out.GetOrigin()
        self.rgba.SetOrigin(origin[0] + c0 * spacing[0], origin[1] + r0 * spacing[1], self.Z)
        array = numpy_to_vtk(rgba.reshape(-1, 4), deep=True)
        self.rgba.GetPointData().SetScalars(array)
        self.rgba.Modified()
        self.actor.SetVisibility(True)
        self.view.request_render()
