"""The 3-D view of a viewer session: volume rendering, surfaces, the planes and the crosshair.

Everything is placed in patient space (LPS, mm). What is shown:

* the volume rendering of the primary series (:mod:`casereview.render.volume_rendering`),
  with its preset, crop box and clipping plane;
* surface models of segments and iso-values (:mod:`casereview.render.surfaces`);
* the axial, coronal and sagittal planes through the crosshair as textured slices (optional);
* the crosshair itself: a small sphere and the frames of the three planes through it,
  coloured like the planes' lines in the 2-D views, so the place under discussion in 2-D is
  visible in 3-D too;
* the volume's outline and a labelled orientation cube.

The object only observes the session; a host (Qt widget, offscreen window) renders it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

import numpy as np
import vtkmodules.vtkRenderingFreeType  # registers the text rendering classes
import vtkmodules.vtkRenderingOpenGL2  # noqa: F401  (OpenGL implementations)
from numpy.typing import NDArray
from vtkmodules.vtkCommonCore import vtkCommand, vtkPoints, vtkUnsignedCharArray
from vtkmodules.vtkCommonDataModel import vtkCellArray, vtkPolyData
from vtkmodules.vtkFiltersModeling import vtkOutlineFilter
from vtkmodules.vtkFiltersSources import vtkSphereSource
from vtkmodules.vtkRenderingAnnotation import vtkAnnotatedCubeActor
from vtkmodules.vtkRenderingCore import (
    vtkActor,
    vtkImageActor,
    vtkPolyDataMapper,
    vtkRenderer,
    vtkRenderWindow,
    vtkTextActor,
)

from casereview.domain.rendering import (
    BUILTIN_PRESETS,
    CameraView,
    SegmentStyle,
    StandardView,
    TransferFunction,
)
from casereview.render.camera import apply_camera_view, camera_view, standard_view
from casereview.render.fonts import use_image_font
from casereview.render.slice_pipeline import (
    PLANE_COLOURS,
    PlaneReslice,
    grey_table,
    patient_to_image,
    volume_image,
    vtk_matrix,
)
from casereview.render.surfaces import SurfaceOptions, SurfaceScene, build_label_surfaces
from casereview.render.volume_rendering import MapperKind, VolumeRendering
from casereview.session import LoadedSeries, Orientation, ViewerSession

#: Seconds between volume-rendering updates while a series is still loading.
LOADING_UPDATE_S = 2.0
#: Radius of the crosshair sphere in mm.
CROSSHAIR_RADIUS_MM = 2.5


def _vtk_bounds(
    low: NDArray[np.float64], high: NDArray[np.float64]
) -> tuple[float, float, float, float, float, float]:
    """Corners of a box in VTK's bounds order ``(xmin, xmax, ymin, ymax, zmin, zmax)``."""
    return (
        float(low[0]),
        float(high[0]),
        float(low[1]),
        float(high[1]),
        float(low[2]),
        float(high[2]),
    )


def plane_box_polygon(
    origin: NDArray[np.float64],
    normal: NDArray[np.float64],
    to_image: NDArray[np.float64],
    bounds: Sequence[float],
) -> NDArray[np.float64]:
    """Corners (LPS, in order round the outline) where a plane cuts an image's box.

    Parameters
    ----------
    origin, normal
        The plane in LPS.
    to_image
        4x4 from LPS to image coordinates (``index × spacing``).
    bounds
        ``(xmin, xmax, ymin, ymax, zmin, zmax)`` in image coordinates.

    Returns
    -------
    numpy.ndarray
        ``(N, 3)`` with N = 3 to 6, or ``(0, 3)`` if the plane misses the box.
    """
    rotation, shift = to_image[:3, :3], to_image[:3, 3]
    o = rotation @ np.asarray(origin, dtype=np.float64) + shift
    n = rotation @ np.asarray(normal, dtype=np.float64)
    corners = np.array(
        [[x, y, z] for x in bounds[0:2] for y in bounds[2:4] for z in bounds[4:6]], float
    )
    side = (corners - o) @ n
    points = []
    for i in range(8):
        for j in range(i + 1, 8):
            # Box edges join corners that differ in exactly one coordinate.
            if np.count_nonzero(corners[i] != corners[j]) != 1:
                continue
            if side[i] == 0.0:
                points.append(corners[i])
            elif side[i] * side[j] < 0:
                t = side[i] / (side[i] - side[j])
                points.append(corners[i] + t * (corners[j] - corners[i]))
    if len(points) < 3:
        return np.zeros((0, 3))
    cut = np.unique(np.round(np.array(points), 9), axis=0)
    centre = cut.mean(axis=0)
    u = cut[0] - centre
    u /= np.linalg.norm(u) or 1.0
    v = np.cross(n / (np.linalg.norm(n) or 1.0), u)
    order = np.argsort(np.arctan2((cut - centre) @ v, (cut - centre) @ u))
    inverse = np.linalg.inv(rotation)
    return (cut[order] - shift) @ inverse.T


class PlanesView3D:
    """The 3-D scene of a viewer session.

    The defaults show the three textured planes only (the 2-D viewer's original 3-D view);
    the viewer's 3-D widget turns the volume rendering on and the planes off.

    Parameters
    ----------
    session
        The viewer state it observes.
    renderer
        Where it draws (created when not given).
    volume_rendering
        Whether the volume rendering is shown from the start.
    show_planes
        Whether the three textured planes are shown.
    mapper_kind
        Ray caster to use (see :func:`~casereview.render.volume_rendering.choose_mapper_kind`);
        the CPU one until a host finds a GPU.
    preset
        The first transfer function.
    deferred_preparation
        Keep a new volume rendering out of the scene until :meth:`prepare_volume` is called.
        Its first frame computes the ray caster's gradient and min-max tables (seconds for a
        512×512×300 volume, holding Python's GIL so it cannot run on a worker thread); an
        interactive host chooses when (once the series is loaded, with a message), an
        offscreen caller simply renders.
    """

    def __init__(
        self,
        session: ViewerSession,
        renderer: vtkRenderer | None = None,
        *,
        volume_rendering: bool = False,
        show_planes: bool = True,
        mapper_kind: MapperKind = MapperKind.CPU,
        preset: TransferFunction | None = None,
        deferred_preparation: bool = False,
    ) -> None:
        self.session = session
        self.request_render: Callable[[], None] = lambda: None
        self.renderer = renderer or vtkRenderer()
        self.renderer.SetBackground(0.08, 0.09, 0.12)
        self.mapper_kind = mapper_kind
        self.preset = preset or BUILTIN_PRESETS["cta"]
        self.volume_rendering_on = volume_rendering
        self.planes_on = show_planes
        self.deferred_preparation = deferred_preparation
        #: A volume rendering exists but waits for :meth:`prepare_volume`.
        self.volume_pending = False
        self.volume: VolumeRendering | None = None
        self._volume_updated = 0.0
        self._crop: tuple[float, ...] | None = None
        self._clip: tuple[Sequence[float], Sequence[float]] | None = None
        self.surfaces = SurfaceScene(self.renderer)

        self.sources: dict[Orientation, PlaneReslice] = {}
        self.actors: dict[Orientation, vtkImageActor] = {}
        for orientation in Orientation:
            source = PlaneReslice(session, orientation)
            actor = vtkImageActor()
            actor.GetMapper().SetInputConnection(source.output_port())
            actor.GetProperty().UseLookupTableScalarRangeOff()
            actor.InterpolateOn()
            self.sources[orientation] = source
            self.actors[orientation] = actor
            self.renderer.AddViewProp(actor)
        self._outline_filter = vtkOutlineFilter()
        outline_mapper = vtkPolyDataMapper()
        outline_mapper.SetInputConnection(self._outline_filter.GetOutputPort())
        self.outline = vtkActor()
        self.outline.SetMapper(outline_mapper)
        self.outline.GetProperty().SetColor(0.7, 0.7, 0.8)
        self.renderer.AddViewProp(self.outline)
        self._build_crosshair()
        self.message = vtkTextActor()
        self.message.GetPositionCoordinate().SetCoordinateSystemToNormalizedViewport()
        self.message.GetPositionCoordinate().SetValue(0.5, 0.5)
        text = self.message.GetTextProperty()
        text.SetFontSize(16)
        text.SetJustificationToCentered()
        text.SetVerticalJustificationToCentered()
        text.SetColor(1.0, 0.95, 0.8)
        text.ShadowOn()
        use_image_font(text)
        self.message.SetVisibility(False)
        self.renderer.AddViewProp(self.message)
        # A small labelled cube in a corner says which way the patient faces.
        self.marker = vtkAnnotatedCubeActor()
        self.marker.SetXPlusFaceText("L")
        self.marker.SetXMinusFaceText("R")
        self.marker.SetYPlusFaceText("P")
        self.marker.SetYMinusFaceText("A")
        self.marker.SetZPlusFaceText("S")
        self.marker.SetZMinusFaceText("I")
        self.marker.GetCubeProperty().SetColor(0.3, 0.35, 0.45)
        self._marker_renderer = vtkRenderer()
        self._marker_renderer.SetViewport(0.0, 0.0, 0.18, 0.18)
        self._marker_renderer.SetLayer(1)
        self._marker_renderer.InteractiveOff()
        self._marker_renderer.AddViewProp(self.marker)
        self.renderer.AddObserver(vtkCommand.StartEvent, lambda *_: self._frame_started())
        self.renderer.AddObserver(vtkCommand.EndEvent, lambda *_: self._frame_ended())
        self._frame_start = 0.0
        self._series: LoadedSeries | None = None
        self._inverted: bool | None = None
        self._connections = [
            (session.series_changed, self.refresh),
            (session.crosshair_changed, self.refresh),
            (session.window_changed, self.refresh),
            (session.invert_changed, self.refresh),
            (session.slab_changed, self.refresh),
            (session.rotation_changed, self.refresh),
            (session.voxels_changed, self._on_voxels),
        ]
        for signal, slot in self._connections:
            signal.connect(slot)
        self.refresh()

    # --- construction ------------------------------------------------------------------

    def _build_crosshair(self) -> None:
        # The three planes through the crosshair drawn as coloured frames where they cut the
        # volume: the same colours as the planes' lines in the 2-D views.
        self._cross_points = vtkPoints()
        self._cross = vtkPolyData()
        self._cross.SetPoints(self._cross_points)
        self._cross.SetLines(vtkCellArray())
        mapper = vtkPolyDataMapper()
        mapper.SetInputData(self._cross)
        self.crosshair_lines = vtkActor()
        self.crosshair_lines.SetMapper(mapper)
        self.crosshair_lines.GetProperty().SetLineWidth(2.0)
        self.crosshair_lines.PickableOff()
        self.renderer.AddViewProp(self.crosshair_lines)
        self._sphere = vtkSphereSource()
        self._sphere.SetRadius(CROSSHAIR_RADIUS_MM)
        self._sphere.SetThetaResolution(16)
        self._sphere.SetPhiResolution(12)
        sphere_mapper = vtkPolyDataMapper()
        sphere_mapper.SetInputConnection(self._sphere.GetOutputPort())
        self.crosshair_sphere = vtkActor()
        self.crosshair_sphere.SetMapper(sphere_mapper)
        self.crosshair_sphere.GetProperty().SetColor(1.0, 0.85, 0.2)
        self.crosshair_sphere.PickableOff()
        self.renderer.AddViewProp(self.crosshair_sphere)

    def add_to(self, render_window: vtkRenderWindow) -> None:
        """Add the view (and its orientation cube) to ``render_window``."""
        render_window.SetNumberOfLayers(2)
        render_window.AddRenderer(self.renderer)
        render_window.AddRenderer(self._marker_renderer)

    def _frame_started(self) -> None:
        self._frame_start = time.perf_counter()
        self._sync_marker()

    def _frame_ended(self) -> None:
        if self.volume is not None and self.volume.interactive:
            self.volume.frame_rendered(time.perf_counter() - self._frame_start)

    def _sync_marker(self) -> None:
        camera = self.renderer.GetActiveCamera()
        marker_camera = self._marker_renderer.GetActiveCamera()
        direction = np.asarray(camera.GetDirectionOfProjection())
        marker_camera.SetFocalPoint(0, 0, 0)
        marker_camera.SetPosition(*(-4.0 * direction))
        marker_camera.SetViewUp(camera.GetViewUp())
        self._marker_renderer.ResetCameraClippingRange()

    def close(self) -> None:
        """Stop observing the session."""
        for signal, slot in self._connections:
            signal.disconnect(slot)
        self._connections = []

    # --- what is shown -----------------------------------------------------------------

    def set_volume_rendering(self, on: bool) -> None:
        """Show or hide the volume rendering."""
        self.volume_rendering_on = on
        self.refresh()

    def set_planes_visible(self, on: bool) -> None:
        """Show or hide the three textured planes."""
        self.planes_on = on
        self.refresh()

    def set_mapper_kind(self, kind: MapperKind) -> None:
        """Render with another ray caster (the volume rendering is rebuilt, settings kept)."""
        if kind is self.mapper_kind:
            return
        self.mapper_kind = kind
        old = self.volume
        if old is not None:
            self.renderer.RemoveViewProp(old.prop)
            self.volume = None
        self._sync_volume()
        if old is not None and self.volume is not None:
            self.volume.set_shading(bool(old.property.GetShade()))
            self.volume.set_crop(old.crop_fractions)
            if old.clip_plane is not None:
                self.volume.set_clip_plane(*old.clip_plane)
        self.request_render()

    def apply_preset(self, preset: TransferFunction) -> None:
        """Show the volume with another transfer function."""
        self.preset = preset
        if self.volume is not None:
            self.volume.apply(preset)
        self.request_render()

    def set_interactive(self, interactive: bool) -> None:
        """Reduced volume sampling while the camera moves, full quality when it stops."""
        if self.volume is not None:
            self.volume.set_interactive(interactive)

    def set_crop(self, fractions: Sequence[float] | None) -> None:
        """Crop box of the volume rendering (see :meth:`VolumeRendering.set_crop`)."""
        self._crop = None if fractions is None else tuple(fractions)
        if self.volume is not None:
            self.volume.set_crop(fractions)
        self.request_render()

    def set_clip_plane(
        self, origin: Sequence[float] | None, normal: Sequence[float] | None = None
    ) -> None:
        """Cut the volume and the surfaces along a plane (LPS); ``None`` removes it."""
        self._clip = None if origin is None or normal is None else (origin, normal)
        if self.volume is not None:
            self.volume.set_clip_plane(origin, normal)
            self.surfaces.set_clipping_planes(
                self.volume.clipping_planes() if self._clip is not None else None
            )
        self.request_render()

    def show_label_map(
        self,
        labels: NDArray[np.integer],
        styles: Sequence[SegmentStyle],
        options: SurfaceOptions | None = None,
    ) -> None:
        """Make and show surfaces of a label map on the primary series' grid (blocking)."""
        if self.session.primary is None:
            return
        meshes = build_label_surfaces(labels, self.session.primary.volume, styles, options)
        self.surfaces.set_meshes(meshes, styles)
        self.request_render()

    def _sync_volume(self) -> None:
        series = self.session.primary
        if self.volume is not None and (series is None or self.volume.volume is not series.volume):
            self.renderer.RemoveViewProp(self.volume.prop)
            self.volume = None
            self.volume_pending = False
        if self.volume is not None:
            # Hidden, not dropped: its tables took seconds to compute.
            self.volume.prop.SetVisibility(self.volume_rendering_on)
        elif self.volume_rendering_on and series is not None:
            self.volume = VolumeRendering(series.volume, self.mapper_kind, self.preset)
            if self.deferred_preparation:
                self.volume_pending = True
            else:
                self.renderer.AddViewProp(self.volume.prop)
            if self._crop is not None:
                self.volume.set_crop(self._crop)
            if self._clip is not None:
                self.volume.set_clip_plane(*self._clip)

    def show_message(self, text: str) -> None:
        """Show a line of text across the middle of the view (empty: none)."""
        self.message.SetInput(text)
        self.message.SetVisibility(bool(text))
        self.request_render()

    def prepare_volume(self) -> bool:
        """Compute the pending volume rendering's tables and put it in the scene (blocking).

        Returns whether there was one to prepare.
        """
        if self.volume is None or not self.volume_pending:
            return False
        self.volume.prepare(self.renderer)
        self.renderer.AddViewProp(self.volume.prop)
        self.volume_pending = False
        self.refresh()
        return True

    # --- following the session ---------------------------------------------------------

    def _on_voxels(self, *_: object) -> None:
        for source in self.sources.values():
            source.data_changed()
        if self.volume is not None:
            if self.session.primary is not None and (
                self.volume.volume is not self.session.primary.volume
            ):
                # The completed volume replaced the loading one (same voxels array).
                self._sync_volume()
            elif self.volume_pending:
                self.volume.data_changed()  # not drawn yet: nothing is computed now
            elif time.monotonic() - self._volume_updated >= LOADING_UPDATE_S:
                # Each update recomputes the ray caster's gradients (seconds for a large
                # volume): while a series loads, show its progress only every few seconds.
                self._volume_updated = time.monotonic()
                self.volume.data_changed()
        self.refresh()

    def refresh(self, *_: object) -> None:
        """Follow the session and ask for a render."""
        self._sync_volume()
        width, level = self.session.window
        if self._inverted is not self.session.invert:
            self._inverted = self.session.invert
            self._table = grey_table(self.session.invert)
        for orientation, source in self.sources.items():
            actor = self.actors[orientation]
            # The planes stand in for a volume rendering that is not prepared yet.
            if not (self.planes_on or (self.volume_pending and self.volume_rendering_on)):
                actor.SetVisibility(False)
                continue
            shown = source.update()
            actor.SetVisibility(shown)
            if shown and source.plane is not None:
                actor.SetUserMatrix(vtk_matrix(source.plane.matrix()))
                prop = actor.GetProperty()
                prop.SetLookupTable(self._table)
                prop.SetColorWindow(width)
                prop.SetColorLevel(level)
        series = self.session.primary
        if series is not self._series:
            first = self._series is None
            self._series = series
            self.outline.SetVisibility(series is not None)
            if series is not None:
                self._outline_filter.SetInputData(volume_image(series.volume))
                self.outline.SetUserMatrix(
                    vtk_matrix(np.linalg.inv(patient_to_image(series.volume)))
                )
                if first:
                    self.reset_camera()
        self._update_crosshair()
        self.request_render()

    def _update_crosshair(self) -> None:
        series = self.session.primary
        shown = series is not None
        self.crosshair_lines.SetVisibility(shown)
        self.crosshair_sphere.SetVisibility(shown)
        if series is None:
            return
        point = np.asarray(self.session.crosshair, dtype=np.float64)
        self._sphere.SetCenter(*point)
        to_image = patient_to_image(series.volume)
        slices, rows, columns = series.volume.shape
        dz, dy, dx = series.volume.spacing
        bounds = (0.0, (columns - 1) * dx, 0.0, (rows - 1) * dy, 0.0, (slices - 1) * dz)
        points = vtkPoints()
        lines = vtkCellArray()
        colours = vtkUnsignedCharArray()
        colours.SetNumberOfComponents(3)
        for orientation in Orientation:
            outline = plane_box_polygon(
                point, self.session.plane(orientation).normal, to_image, bounds
            )
            if not len(outline):
                continue
            first = points.GetNumberOfPoints()
            for corner in outline:
                points.InsertNextPoint(*corner)
            lines.InsertNextCell(len(outline) + 1, [*range(first, first + len(outline)), first])
            colours.InsertNextTuple3(*(round(255 * c) for c in PLANE_COLOURS[orientation]))
        self._cross_points = points
        self._cross.SetPoints(points)
        self._cross.SetLines(lines)
        self._cross.GetCellData().SetScalars(colours)
        self._cross_points.Modified()
        self._cross.Modified()

    # --- camera ------------------------------------------------------------------------

    def bounds(self) -> tuple[float, float, float, float, float, float]:
        """LPS bounds of the primary volume (a unit box without one)."""
        if self.session.primary is None:
            return (-1.0, 1.0, -1.0, 1.0, -1.0, 1.0)
        corners = self.session.primary.corners()
        low, high = corners.min(axis=0), corners.max(axis=0)
        return _vtk_bounds(low, high)

    def content_bounds(self) -> tuple[float, float, float, float, float, float]:
        """LPS bounds of what the camera should frame: the shown surfaces when the volume
        rendering is off, else the whole volume."""
        meshes = self.surfaces.visible_meshes()
        if self.volume_rendering_on or not meshes:
            return self.bounds()
        boxes = np.array([mesh.GetBounds() for mesh in meshes.values()]).reshape(-1, 3, 2)
        low, high = boxes[:, :, 0].min(axis=0), boxes[:, :, 1].max(axis=0)
        return _vtk_bounds(low, high)

    def _aspect(self) -> float:
        window = self.renderer.GetRenderWindow()
        if window is None:
            return 1.0
        width, height = window.GetSize()
        return width / height if width > 0 and height > 0 else 1.0

    def set_standard_view(self, view: StandardView, zoom: float | None = None) -> None:
        """Look at what is shown from one side of the patient (see :mod:`render.camera`).

        ``zoom`` defaults to 1.4 for the volume (its corners are mostly air) and 1 for
        surfaces (their bounds are tight).
        """
        framing_volume = self.content_bounds() == self.bounds()
        zoom = zoom if zoom is not None else (1.4 if framing_volume else 1.0)
        camera = self.renderer.GetActiveCamera()
        apply_camera_view(
            self.renderer,
            standard_view(
                view,
                self.content_bounds(),
                view_angle=camera.GetViewAngle(),
                aspect=self._aspect(),
                zoom=zoom,
            ),
        )
        self.request_render()

    def camera_view(self) -> CameraView:
        """The current camera as plain data (to save as a named view)."""
        return camera_view(self.renderer.GetActiveCamera())

    def apply_camera_view(self, view: CameraView) -> None:
        """Restore a saved camera."""
        apply_camera_view(self.renderer, view)
        self.request_render()

    def reset_camera(self) -> None:
        """Look at the patient from the front (head up), a little from the right and above."""
        camera = self.renderer.GetActiveCamera()
        camera.ParallelProjectionOff()
        centre = self.session.primary.centre if self.session.primary is not None else np.zeros(3)
        camera.SetFocalPoint(*centre)
        camera.SetPosition(*(centre + np.array([0.0, -1.0, 0.0])))
        camera.SetViewUp(0.0, 0.0, 1.0)
        self.renderer.ResetCamera(self.bounds())
        camera.Azimuth(-30.0)
        camera.Elevation(20.0)
        camera.OrthogonalizeViewUp()
        camera.Zoom(1.5)
        self.renderer.ResetCameraClippingRange()
