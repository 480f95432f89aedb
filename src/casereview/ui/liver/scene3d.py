"""The planner's 3-D view: the liver (or its Couinaud segments), tumours, veins and the plan.

Surfaces are made with the application's one pipeline (:func:`~casereview.render.surfaces.
build_label_surfaces`, off the UI thread) in patient space (LPS mm). Without a plan the liver
shows as its Couinaud segments in their colours (or as the liver alone before segments exist);
with a plan, the remnant is solid and the resected part translucent, each in its own colour.
The resection surface is a translucent mesh with a sphere at each control point (its
handles); it is rebuilt on every move of a control point, which is cheap, while the remnant
and resected surfaces follow when the drag ends.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray
from PySide6.QtWidgets import QVBoxLayout, QWidget
from vtkmodules.util.numpy_support import numpy_to_vtk, numpy_to_vtkIdTypeArray
from vtkmodules.vtkCommonCore import vtkPoints
from vtkmodules.vtkCommonDataModel import vtkCellArray, vtkPolyData
from vtkmodules.vtkFiltersCore import vtkGlyph3D, vtkPolyDataNormals
from vtkmodules.vtkFiltersSources import vtkSphereSource
from vtkmodules.vtkInteractionStyle import vtkInteractorStyleTrackballCamera
from vtkmodules.vtkRenderingCore import vtkActor, vtkPolyDataMapper, vtkRenderer

from casereview.analysis.resection_surface import ResectionSurface, surface_mesh
from casereview.domain.progress import CancelToken, ProgressReporter
from casereview.domain.rendering import SegmentStyle, StandardView
from casereview.domain.volume import Volume
from casereview.render.camera import apply_camera_view, standard_view
from casereview.render.capture import screenshot
from casereview.render.surfaces import SurfaceOptions, SurfaceScene, build_label_surfaces
from casereview.ui.viewer.views import VtkHost

Mask = NDArray[np.bool_]

#: Colours (sRGB 0–255) of the plan's parts and of the surface and its handles.
REMNANT_COLOUR = (120, 200, 120)
RESECTED_COLOUR = (235, 80, 70)
RESECTED_OPACITY = 0.35
LIVER_COLOUR = (160, 90, 60)
TUMOUR_COLOUR = (255, 212, 0)
SURFACE_RGB = (0.71, 1.0, 0.23)
SURFACE_OPACITY = 0.45
#: Handle radius (mm).
HANDLE_RADIUS_MM = 3.5
#: Mesh step of the resection surface (mm) in 3-D.
SURFACE_STEP_MM = 3.0


def _rgb(colour: Sequence[int]) -> tuple[float, float, float]:
    return (colour[0] / 255.0, colour[1] / 255.0, colour[2] / 255.0)


@dataclass
class SceneMeshes:
    """Meshes made off the UI thread and how to show them (label → mesh, styles)."""

    meshes: dict[int, vtkPolyData] = field(default_factory=dict)
    styles: list[SegmentStyle] = field(default_factory=list)


def build_meshes(
    volume: Volume,
    parts: Sequence[tuple[str, Mask, tuple[int, int, int], float]],
    progress: ProgressReporter,
    cancel: CancelToken,
) -> SceneMeshes:
    """Surfaces of ``(name, mask, colour, opacity)`` parts (later parts win where they overlap).

    Runs on a worker thread: no OpenGL is touched.
    """
    labels = np.zeros(volume.shape, dtype=np.uint8)
    styles: list[SegmentStyle] = []
    for number, (name, mask, colour, opacity) in enumerate(parts[:255], start=1):
        if mask.shape != volume.shape or not mask.any():
            continue
        labels[mask] = number
        styles.append(SegmentStyle(number, name, _rgb(colour), opacity))
    if not styles:
        return SceneMeshes()
    meshes = build_label_surfaces(
        labels, volume, styles, SurfaceOptions(triangle_budget=160_000), progress, cancel
    )
    return SceneMeshes(meshes, [s for s in styles if s.label in meshes])


def _polydata(vertices: NDArray[np.float64], triangles: NDArray[np.int64]) -> vtkPolyData:
    points = vtkPoints()
    points.SetData(numpy_to_vtk(np.ascontiguousarray(vertices, dtype=np.float64), deep=True))
    cells = vtkCellArray()
    offsets = np.arange(0, 3 * len(triangles) + 1, 3, dtype=np.int64)
    cells.SetData(
        numpy_to_vtkIdTypeArray(offsets, deep=True),
        numpy_to_vtkIdTypeArray(np.ascontiguousarray(triangles.ravel(), dtype=np.int64), deep=True),
    )
    polydata = vtkPolyData()
    polydata.SetPoints(points)
    polydata.SetPolys(cells)
    return polydata


class LiverScene3D(QWidget):
    """The 3-D view of the planner (trackball camera, as the viewer's 3-D view)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("liverScene3D")
        self.setMinimumSize(320, 280)
        self.host = VtkHost(self)
        self.host.setObjectName("liver3D")
        self.renderer = vtkRenderer()
        self.renderer.SetBackground(0.08, 0.09, 0.12)
        self.host.GetRenderWindow().AddRenderer(self.renderer)
        self._style = vtkInteractorStyleTrackballCamera()
        self.host.SetInteractorStyle(self._style)
        self.host.Initialize()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.host)
        self.anatomy = SurfaceScene(self.renderer)
        self.plan_parts = SurfaceScene(self.renderer)
        self.volume: Volume | None = None
        self._box: tuple[NDArray[np.float64], NDArray[np.float64]] | None = None
        self._anatomy_styles: list[SegmentStyle] = []
        self._liver_labels: set[int] = set()
        self._camera_set = False

        self.surface_actor = vtkActor()
        self._surface_mapper = vtkPolyDataMapper()
        self.surface_actor.SetMapper(self._surface_mapper)
        prop = self.surface_actor.GetProperty()
        prop.SetColor(*SURFACE_RGB)
        prop.SetOpacity(SURFACE_OPACITY)
        prop.SetAmbient(0.3)
        prop.BackfaceCullingOff()
        self.surface_actor.PickableOff()
        self.surface_actor.VisibilityOff()
        self.renderer.AddViewProp(self.surface_actor)

        self._handle_points = vtkPolyData()
        sphere = vtkSphereSource()
        sphere.SetRadius(HANDLE_RADIUS_MM)
        sphere.SetThetaResolution(16)
        sphere.SetPhiResolution(12)
        glyphs = vtkGlyph3D()
        glyphs.SetInputData(self._handle_points)
        glyphs.SetSourceConnection(sphere.GetOutputPort())
        glyphs.ScalingOff()
        glyph_mapper = vtkPolyDataMapper()
        glyph_mapper.SetInputConnection(glyphs.GetOutputPort())
        glyph_mapper.ScalarVisibilityOff()
        self.handle_actor = vtkActor()
        self.handle_actor.SetMapper(glyph_mapper)
        self.handle_actor.GetProperty().SetColor(*SURFACE_RGB)
        self.handle_actor.GetProperty().SetSpecular(0.4)
        self.handle_actor.VisibilityOff()
        self.renderer.AddViewProp(self.handle_actor)

    # --- content -------------------------------------------------------------------------

    def set_volume(self, volume: Volume | None, liver: Mask | None) -> None:
        """The grid surfaces lie on, and the liver (its box bounds the resection surface)."""
        self.volume = volume
        self._box = None
        if volume is not None and liver is not None and liver.any():
            where = np.argwhere(liver)
            spacing = np.asarray(volume.spacing)
            self._box = (where.min(axis=0) * spacing, where.max(axis=0) * spacing)

    def show_anatomy(self, meshes: SceneMeshes, liver_labels: set[int]) -> None:
        """Show the liver (or its segments), tumours and veins; ``liver_labels`` are the
        labels of the liver's parts, hidden while a plan shows the remnant and resected part."""
        self.anatomy.set_meshes(meshes.meshes, meshes.styles)
        self._anatomy_styles = list(meshes.styles)
        self._liver_labels = set(liver_labels)
        self._show_liver(not self.plan_parts.meshes)
        if not self._camera_set and meshes.meshes:
            self.reset_camera()
        self.host.schedule_render()

    def show_plan_parts(self, meshes: SceneMeshes | None) -> None:
        """Show the remnant and the resected part (``None``: no plan, the liver again)."""
        if meshes is None:
            self.plan_parts.clear()
        else:
            self.plan_parts.set_meshes(meshes.meshes, meshes.styles)
        self._show_liver(meshes is None or not meshes.meshes)
        self.host.schedule_render()

    def _show_liver(self, visible: bool) -> None:
        for style in self._anatomy_styles:
            if style.label in self._liver_labels:
                self.anatomy.set_style(
                    SegmentStyle(style.label, style.name, style.colour, style.opacity, visible)
                )

    def to_lps(self, points_mm: NDArray[np.float64]) -> NDArray[np.float64]:
        """Array-frame points ``(z, y, x)`` mm in patient space (LPS mm)."""
        assert self.volume is not None
        index = np.asarray(points_mm, dtype=np.float64) / np.asarray(self.volume.spacing)
        return self.volume.index_to_patient(index)

    def show_surface(self, surface: ResectionSurface | None) -> None:
        """Draw the resection surface over the liver's box, with its control points."""
        if surface is None or self.volume is None or self._box is None:
            self.surface_actor.VisibilityOff()
            self.handle_actor.VisibilityOff()
            self.host.schedule_render()
            return
        lo, hi = self._box
        vertices, triangles = surface_mesh(surface, lo, hi, SURFACE_STEP_MM)
        polydata = _polydata(self.to_lps(vertices), triangles)
        normals = vtkPolyDataNormals()
        normals.SetInputData(polydata)
        normals.Update()
        self._surface_mapper.SetInputData(normals.GetOutput())
        self.surface_actor.VisibilityOn()
        points = vtkPoints()
        control = np.asarray(surface.control_points_mm, dtype=np.float64).reshape(-1, 3)
        points.SetData(numpy_to_vtk(np.ascontiguousarray(self.to_lps(control)), deep=True))
        self._handle_points.SetPoints(points)
        self._handle_points.Modified()
        self.handle_actor.SetVisibility(int(len(control) > 0))
        self.host.schedule_render()

    def clear(self) -> None:
        """Show nothing (another case is being read)."""
        self.anatomy.clear()
        self.plan_parts.clear()
        self._anatomy_styles = []
        self.surface_actor.VisibilityOff()
        self.handle_actor.VisibilityOff()
        self._camera_set = False
        self.host.schedule_render()

    # --- camera and pictures -------------------------------------------------------------

    def reset_camera(self) -> None:
        """Look at the liver from the front, the patient's head up."""
        bounds = self.renderer.ComputeVisiblePropBounds()
        if bounds[0] > bounds[1]:
            return
        size = self.host.size()
        aspect = size.width() / max(size.height(), 1)
        apply_camera_view(
            self.renderer, standard_view(StandardView.ANTERIOR, bounds, aspect=aspect, zoom=1.5)
        )
        self.renderer.ResetCameraClippingRange()
        self._camera_set = True
        self.host.schedule_render()

    def picture(self) -> NDArray[np.uint8]:
        """The view as RGB pixels (a QWidget grab of an OpenGL view is black)."""
        return screenshot(self.host.GetRenderWindow())

    def shutdown(self) -> None:
        """Release OpenGL before the widget goes."""
        self.host.shutdown()


def plan_part_list(
    liver: Mask, resected: Mask, names: Mapping[str, str]
) -> list[tuple[str, Mask, tuple[int, int, int], float]]:
    """The remnant (solid) and the resected part (translucent) as parts for
    :func:`build_meshes`."""
    return [
        (names["remnant"], liver & ~resected, REMNANT_COLOUR, 1.0),
        (names["resected"], liver & resected, RESECTED_COLOUR, RESECTED_OPACITY),
    ]
