"""The three planes of a viewer session as textured slices in 3-D, with a volume outline."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from vtkmodules.vtkFiltersModeling import vtkOutlineFilter
from vtkmodules.vtkRenderingAnnotation import vtkAnnotatedCubeActor
from vtkmodules.vtkRenderingCore import vtkActor, vtkImageActor, vtkPolyDataMapper, vtkRenderer

import vtkmodules.vtkRenderingOpenGL2  # noqa: F401  (OpenGL implementations)
from casereview.render.slice_pipeline import (
    PlaneReslice,
    grey_table,
    patient_to_image,
    volume_image,
    vtk_matrix,
)
from casereview.session import LoadedSeries, Orientation, ViewerSession


class PlanesView3D:
    """Axial, coronal and sagittal planes through the crosshair, shown in patient space.

    The camera is free (the host gives it a trackball); it starts looking at the patient from
    the front, slightly from the right and above, with the head up.

    Parameters
    ----------
    session
        The viewer state it observes.
    renderer
        Where it draws (created when not given).
    """

    def __init__(self, session: ViewerSession, renderer: vtkRenderer | None = None) -> None:
        self.session = session
        self.request_render: Callable[[], None] = lambda: None
        self.renderer = renderer or vtkRenderer()
        self.renderer.SetBackground(0.08, 0.09, 0.12)
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
        self.renderer.AddObserver("StartEvent", lambda *_: self._sync_marker())
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

    def add_to(self, render_window) -> None:  # noqa: ANN001 (vtkRenderWindow)
        """Add the view (and its orientation cube) to ``render_window``."""
        render_window.SetNumberOfLayers(2)
        render_window.AddRenderer(self.renderer)
        render_window.AddRenderer(self._marker_renderer)

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

    def _on_voxels(self, *_: object) -> None:
        for source in self.sources.values():
            source.data_changed()
        self.refresh()

    def refresh(self, *_: object) -> None:
        """Follow the session and ask for a render."""
        width, level = self.session.window
        if self._inverted is not self.session.invert:
            self._inverted = self.session.invert
            self._table = grey_table(self.session.invert)
        for orientation, source in self.sources.items():
            shown = source.update()
            actor = self.actors[orientation]
            actor.SetVisibility(shown)
            if shown and source.plane is not None:
                actor.SetUserMatrix(vtk_matrix(source.plane.matrix()))
                prop = actor.GetProperty()
                prop.SetLookupTable(self._table)
                prop.SetColorWindow(width)
                prop.SetColorLevel(level)
        series = self.session.primary
        if series is not self._series:
            self._series = series
            self.outline.SetVisibility(series is not None)
            if series is not None:
                self._outline_filter.SetInputData(volume_image(series.volume))
                self.outline.SetUserMatrix(
                    vtk_matrix(np.linalg.inv(patient_to_image(series.volume)))
                )
                self.reset_camera()
        self.request_render()

    def reset_camera(self) -> None:
        """Look at the patient from the front (head up), a little from the right and above."""
        camera = self.renderer.GetActiveCamera()
        camera.ParallelProjectionOff()
        centre = self.session.primary.centre if self.session.primary is not None else np.zeros(3)
        camera.SetFocalPoint(*centre)
        camera.SetPosition(*(centre + np.array([0.0, -1.0, 0.0])))
        camera.SetViewUp(0.0, 0.0, 1.0)
        self.renderer.ResetCamera()
        camera.Azimuth(-30.0)
        camera.Elevation(20.0)
        camera.OrthogonalizeViewUp()
        camera.Zoom(1.5)
        self.renderer.ResetCameraClippingRange()
