"""A 2-D view of one plane through a volume, in any orientation, with its overlays.

World coordinates of a slice view are the plane's own coordinates in mm: ``x`` towards the
image's right (``Plane.u``), ``y`` towards its bottom (``Plane.v``). The camera looks along the
plane normal with ``-y`` up, so a pixel maps to patient space through ``Plane.to_patient``.
The volume's affine (origin, spacing, direction) is baked into the reslice axes; the
``vtkImageData`` itself is plain voxel space scaled by the spacing.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Callable
from typing import Any, Literal

import numpy as np
import vtkmodules.vtkRenderingFreeType  # registers the text rendering classes
import vtkmodules.vtkRenderingOpenGL2  # noqa: F401  (OpenGL implementations)
from numpy.typing import NDArray
from vtkmodules.util.numpy_support import numpy_to_vtk, vtk_to_numpy
from vtkmodules.vtkCommonCore import vtkCommand, vtkLookupTable, vtkPoints, vtkUnsignedCharArray
from vtkmodules.vtkCommonDataModel import vtkCellArray, vtkImageData, vtkPolyData
from vtkmodules.vtkCommonExecutionModel import vtkAlgorithmOutput
from vtkmodules.vtkCommonMath import vtkMatrix4x4
from vtkmodules.vtkImagingCore import vtkImageReslice
from vtkmodules.vtkRenderingCore import (
    vtkActor,
    vtkActor2D,
    vtkImageActor,
    vtkImageProperty,
    vtkPolyDataMapper,
    vtkPolyDataMapper2D,
    vtkRenderer,
    vtkTextActor,
)

from casereview.domain.volume import Volume
from casereview.render.fonts import use_image_font
from casereview.session import LoadedSeries, Orientation, Plane, SlabMode, ViewerSession

SeriesRole = Literal["primary", "comparison"]

#: Colour of each plane (its crosshair line in the other views, its frame in 3-D).
PLANE_COLOURS: dict[Orientation, tuple[float, float, float]] = {
    Orientation.AXIAL: (0.95, 0.35, 0.35),
    Orientation.CORONAL: (0.4, 0.85, 0.4),
    Orientation.SAGITTAL: (0.95, 0.85, 0.3),
}

#: Templates of the corner texts; the UI replaces them with translated ones.
DEFAULT_LABELS: dict[str, str] = {
    "axial": "Axial",
    "coronal": "Coronal",
    "sagittal": "Sagittal",
    "oblique": "oblique",
    "slice": "Im {index}/{count}",
    "position": "{axis} {mm:.1f} mm",
    "window": "W {width:.0f} L {level:.0f}",
    "slab": "{mode} {thickness:.1f} mm",
    "mip": "MIP",
    "minip": "MinIP",
    "mean": "Mean",
    "identity_hidden": "Identity hidden",
    "comparison": "Comparison",
}

_SLAB_SETTERS = {
    SlabMode.MIP: "SetSlabModeToMax",
    SlabMode.MINIP: "SetSlabModeToMin",
    SlabMode.MEAN: "SetSlabModeToMean",
}


def text_width_units(text: str) -> int:
    """Width of ``text`` in Latin character widths: wide (Chinese, Japanese, Korean) and
    full-width characters count two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def cut_to_width(line: str, limit: int) -> str:
    """``line`` as it is if it is at most ``limit`` Latin widths, else cut with "…" to fit."""
    if text_width_units(line) <= limit:
        return line
    kept, used = [], 1  # the ellipsis takes one
    for char in line:
        used += text_width_units(char)
        if used > limit:
            break
        kept.append(char)
    return "".join(kept) + "…"


def volume_image(volume: Volume) -> vtkImageData:
    """The voxels as ``vtkImageData`` in scaled voxel space (origin 0, no direction).

    The array is shared, not copied; the caller keeps ``volume`` alive.
    """
    image = vtkImageData()
    slices, rows, cols = volume.shape
    image.SetDimensions(cols, rows, slices)
    image.SetSpacing(*volume.spacing[::-1])
    image.SetOrigin(0.0, 0.0, 0.0)
    voxels = np.ascontiguousarray(volume.voxels)
    scalars = numpy_to_vtk(voxels.reshape(-1), deep=False)
    scalars.SetName("values")
    image.GetPointData().SetScalars(scalars)
    # The VTK array shares the buffer; the image (which outlives this call) holds the owner.
    image._casereview_voxels = voxels  # type: ignore[attr-defined]  # VTK objects take attributes
    return image


def patient_to_image(volume: Volume) -> NDArray[np.float64]:
    """4x4 matrix from LPS to the coordinates of :func:`volume_image` (``index * spacing``)."""
    m = np.eye(4)
    m[:3, :3] = volume.direction.T
    m[:3, 3] = -volume.direction.T @ np.asarray(volume.origin)
    return m


def vtk_matrix(array: NDArray[np.floating[Any]]) -> vtkMatrix4x4:
    """A ``vtkMatrix4x4`` holding ``array``."""
    matrix = vtkMatrix4x4()
    matrix.DeepCopy(array.ravel().tolist())
    return matrix


def grey_table(invert: bool) -> vtkLookupTable:
    """A 256-step grey ramp (white to black when ``invert``)."""
    table = vtkLookupTable()
    table.SetNumberOfTableValues(256)
    table.SetSaturationRange(0.0, 0.0)
    table.SetHueRange(0.0, 0.0)
    table.SetValueRange((1.0, 0.0) if invert else (0.0, 1.0))
    table.SetRampToLinear()
    table.Build()
    return table


class PlaneReslice:
    """The resampled image of one plane of one series (thin, or a thick slab).

    Parameters
    ----------
    session
        The viewer state.
    orientation
        Which plane.
    role
        Which series of the session.
    """

    def __init__(
        self, session: ViewerSession, orientation: Orientation, role: SeriesRole = "primary"
    ) -> None:
        self.session = session
        self.orientation = orientation
        self.role = role
        self.reslice = vtkImageReslice()
        self.reslice.SetOutputDimensionality(2)
        self.reslice.SetInterpolationModeToLinear()
        self.reslice.AutoCropOutputOff()
        self.series: LoadedSeries | None = None
        self._image: vtkImageData | None = None
        self.plane: Plane | None = None
        self.bounds = (0.0, 1.0, 0.0, 1.0)  # umin, umax, vmin, vmax in plane mm
        self._geometry_key: object = None

    def output_port(self) -> vtkAlgorithmOutput:
        """Output port to connect mappers to."""
        return self.reslice.GetOutputPort()

    def data_changed(self) -> None:
        """The volume's voxels were filled in place (progressive loading): reslice again."""
        if self._image is not None:
            self._image.GetPointData().GetScalars().Modified()
            self._image.Modified()

    def update(self) -> bool:
        """Follow the session (series, plane, slab). Returns whether there is a series."""
        series = self.session.primary if self.role == "primary" else self.session.comparison
        if series is not self.series:
            self.series = series
            self._geometry_key = None
            if series is None:
                self._image = None
                return False
            self._image = volume_image(series.volume)
            self.reslice.SetInputData(self._image)
            self.reslice.SetBackgroundLevel(float(series.volume.voxels.min()))
        if self.series is None:
            return False
        plane = self.session.plane(self.orientation)
        self.plane = plane
        key = (self.session.rotation_degrees, self.session.slab_mode, self.session.slab_thickness)
        if key != self._geometry_key:
            self._set_geometry(plane)
            self._geometry_key = key
        axes = patient_to_image(self.series.volume) @ plane.matrix()
        self.reslice.SetResliceAxes(vtk_matrix(axes))
        return True

    def _set_geometry(self, plane: Plane) -> None:
        assert self.series is not None
        volume = self.series.volume
        pixel = float(min(volume.spacing))
        # Bounds from the primary volume, so both series of a comparison frame alike.
        reference = self.session.primary or self.series
        corners = reference.corners() - reference.centre
        u, v = corners @ plane.u, corners @ plane.v
        self.bounds = (float(u.min()), float(u.max()), float(v.min()), float(v.max()))
        nu = int(math.ceil((self.bounds[1] - self.bounds[0]) / pixel)) + 1
        nv = int(math.ceil((self.bounds[3] - self.bounds[2]) / pixel)) + 1
        mode = self.session.slab_mode
        if mode is SlabMode.NONE:
            slices, step = 1, pixel
        else:
            thin = self.session.step_mm(self.orientation, self.series)
            slices = max(1, int(round(self.session.slab_thickness / thin)))
            step = self.session.slab_thickness / slices
            getattr(self.reslice, _SLAB_SETTERS[mode])()
        self.reslice.SetSlabNumberOfSlices(slices)
        self.reslice.SetOutputSpacing(pixel, pixel, step)
        # Plane coordinates are measured from the plane origin, which lies on the line
        # through the volume centre along the normal: the same (u, v) for every slice.
        self.reslice.SetOutputOrigin(self.bounds[0], self.bounds[2], 0.0)
        self.reslice.SetOutputExtent(0, nu - 1, 0, nv - 1, 0, 0)

    def pixels(self) -> NDArray[np.generic]:
        """The resampled plane as a ``(rows, columns)`` array (row 0 at the image top)."""
        self.reslice.Update()
        out = self.reslice.GetOutput()
        nu, nv, _ = out.GetDimensions()
        image: NDArray[np.generic] = vtk_to_numpy(out.GetPointData().GetScalars()).reshape(nv, nu)
        return image


class SliceView:
    """One 2-D view: a plane of a series with crosshair, orientation letters, scale and text.

    Parameters
    ----------
    session
        The viewer state it observes.
    orientation
        Its plane.
    role
        Which series it shows.
    renderer
        Where it draws (created when not given); the caller adds it to a render window.
    """

    def __init__(
        self,
        session: ViewerSession,
        orientation: Orientation,
        role: SeriesRole = "primary",
        renderer: vtkRenderer | None = None,
    ) -> None:
        self.session = session
        self.orientation = orientation
        self.role = role
        self.labels = dict(DEFAULT_LABELS)
        #: Called when the view needs drawing again (the host renders, possibly later).
        self.request_render: Callable[[], None] = lambda: None
        self.renderer = renderer or vtkRenderer()
        self.renderer.SetBackground(0.0, 0.0, 0.0)
        self.source = PlaneReslice(session, orientation, role)

        self.image_actor = vtkImageActor()
        self.image_actor.GetMapper().SetInputConnection(self.source.output_port())
        self.image_actor.InterpolateOn()
        self.image_property: vtkImageProperty = self.image_actor.GetProperty()
        self.image_property.UseLookupTableScalarRangeOff()
        self.renderer.AddViewProp(self.image_actor)

        self._cross_points = vtkPoints()
        self._cross_points.SetNumberOfPoints(4)
        lines = vtkCellArray()
        lines.InsertNextCell(2, (0, 1))
        lines.InsertNextCell(2, (2, 3))
        self._cross_colours = vtkUnsignedCharArray()
        self._cross_colours.SetNumberOfComponents(3)
        self._cross_colours.SetNumberOfTuples(2)
        self._cross = vtkPolyData()
        self._cross.SetPoints(self._cross_points)
        self._cross.SetLines(lines)
        self._cross.GetCellData().SetScalars(self._cross_colours)
        cross_mapper = vtkPolyDataMapper()
        cross_mapper.SetInputData(self._cross)
        self.crosshair_actor = vtkActor()
        self.crosshair_actor.SetMapper(cross_mapper)
        # Opaque: a translucent actor switches on the translucent pass, ~6 ms a frame.
        self.crosshair_actor.GetProperty().SetLineWidth(1.0)
        self.crosshair_actor.PickableOff()
        self.renderer.AddViewProp(self.crosshair_actor)

        self.edge_actors: dict[str, vtkTextActor] = {}
        for edge, (x, y, hj, vj) in {
            "left": (0.01, 0.5, 0, 1),
            "right": (0.99, 0.5, 2, 1),
            "top": (0.5, 0.99, 1, 2),
            "bottom": (0.5, 0.01, 1, 0),
        }.items():
            actor = vtkTextActor()
            actor.GetPositionCoordinate().SetCoordinateSystemToNormalizedViewport()
            actor.GetPositionCoordinate().SetValue(x, y)
            prop = actor.GetTextProperty()
            prop.SetFontSize(18)
            prop.BoldOn()
            prop.SetColor(1.0, 0.85, 0.2)
            prop.SetJustification(hj)
            prop.SetVerticalJustification(vj)
            prop.ShadowOn()
            use_image_font(prop)
            self.edge_actors[edge] = actor
            self.renderer.AddViewProp(actor)

        # Four text actors rather than a vtkCornerAnnotation, which re-fits its font by
        # rasterising every corner again whenever one changes (~25 ms on software OpenGL).
        self.corner_actors: dict[str, vtkTextActor] = {}
        for corner, (x, y, hj, vj) in {
            "upper_left": (0.01, 0.99, 0, 2),
            "upper_right": (0.99, 0.99, 2, 2),
            "lower_left": (0.01, 0.01, 0, 0),
            "lower_right": (0.99, 0.01, 2, 0),
        }.items():
            actor = vtkTextActor()
            actor.GetPositionCoordinate().SetCoordinateSystemToNormalizedViewport()
            actor.GetPositionCoordinate().SetValue(x, y)
            prop = actor.GetTextProperty()
            prop.SetFontSize(14)
            prop.SetColor(0.9, 0.9, 0.9)
            prop.SetJustification(hj)
            prop.SetVerticalJustification(vj)
            prop.ShadowOn()
            use_image_font(prop)
            self.corner_actors[corner] = actor
            self.renderer.AddViewProp(actor)
        self._corner_texts: dict[str, str] = {}
        self._text_width: int | None = None  # view width the corner texts were cut for

        self._scale_points = vtkPoints()
        scale = vtkPolyData()
        scale.SetPoints(self._scale_points)
        scale_lines = vtkCellArray()
        scale.SetLines(scale_lines)
        self._scale_lines = scale_lines
        self._scale = scale
        scale_mapper = vtkPolyDataMapper2D()
        scale_mapper.SetInputData(scale)
        self.scale_actor = vtkActor2D()
        self.scale_actor.SetMapper(scale_mapper)
        self.scale_actor.GetProperty().SetColor(0.9, 0.9, 0.9)
        self.scale_actor.GetProperty().SetLineWidth(2.0)
        self.scale_text = vtkTextActor()
        self.scale_text.GetTextProperty().SetFontSize(13)
        self.scale_text.GetTextProperty().SetJustification(1)
        self.scale_text.GetTextProperty().SetColor(0.9, 0.9, 0.9)
        use_image_font(self.scale_text.GetTextProperty())
        self.renderer.AddViewProp(self.scale_actor)
        self.renderer.AddViewProp(self.scale_text)
        self.scale_mm = 0.0
        self.renderer.AddObserver(vtkCommand.StartEvent, lambda *_: self._before_frame())

        camera = self.renderer.GetActiveCamera()
        camera.ParallelProjectionOn()
        self._camera_fitted = False

        self._connections = [
            (session.series_changed, self._on_series),
            (session.crosshair_changed, self._on_crosshair),
            (session.window_changed, self._on_window),
            (session.invert_changed, self._on_window),
            (session.slab_changed, self._on_crosshair),
            (session.rotation_changed, self._on_series),
            (session.phi_hidden_changed, self._on_text),
            (session.voxels_changed, self._on_voxels),
        ]
        for signal, slot in self._connections:
            signal.connect(slot)
        self._on_series()

    # --- session events ----------------------------------------------------------------

    def _on_series(self, *_: object) -> None:
        self._camera_fitted = False
        self.refresh()

    def _on_crosshair(self, *_: object) -> None:
        self.refresh()

    def _on_voxels(self, *_: object) -> None:
        self.source.data_changed()
        self.refresh()

    def _on_window(self, *_: object) -> None:
        self._apply_window()
        self._update_text()
        self.request_render()

    def _on_text(self, *_: object) -> None:
        self._update_text()
        self.request_render()

    def close(self) -> None:
        """Stop observing the session."""
        for signal, slot in self._connections:
            signal.disconnect(slot)
        self._connections = []

    # --- pipeline ----------------------------------------------------------------------

    @property
    def has_image(self) -> bool:
        """Whether a series is shown."""
        return self.source.series is not None

    def refresh(self) -> None:
        """Bring everything in line with the session and ask for a render."""
        shown = self.source.update()
        self.image_actor.SetVisibility(shown)
        self.crosshair_actor.SetVisibility(shown)
        if shown:
            self._apply_window()
            self._update_crosshair()
            if not self._camera_fitted:
                self.reset_camera()
        for actor in self.edge_actors.values():
            actor.SetVisibility(shown)
        if self.source.plane is not None:
            for edge, text in self.source.plane.edge_labels().items():
                if self.edge_actors[edge].GetInput() != text:
                    self.edge_actors[edge].SetInput(text)
        self._update_text()
        self.request_render()

    def _apply_window(self) -> None:
        width, level = self.session.window
        self.image_property.SetColorWindow(width)
        self.image_property.SetColorLevel(level)
        if getattr(self, "_inverted", None) is not self.session.invert:
            self._inverted = self.session.invert
            self._table = grey_table(self.session.invert)
            self.image_property.SetLookupTable(self._table)

    def _update_crosshair(self) -> None:
        plane = self.source.plane
        assert plane is not None
        cu, cv, _ = plane.to_plane(self.session.crosshair)
        umin, umax, vmin, vmax = self.source.bounds
        z = -1.0  # towards the camera, in front of the image
        for i, point in enumerate(((umin, cv, z), (umax, cv, z), (cu, vmin, z), (cu, vmax, z))):
            self._cross_points.SetPoint(i, point)
        # The horizontal line is the plane whose normal is this view's v axis, and so on.
        for cell, axis in ((0, plane.v), (1, plane.u)):
            colour = (0.8, 0.8, 0.8)
            for other in Orientation:
                if abs(self.session.plane(other).normal @ axis) > 0.99:
                    colour = PLANE_COLOURS[other]
            self._cross_colours.SetTuple3(cell, *(255 * c for c in colour))
        self._cross_points.Modified()
        self._cross_colours.Modified()
        self._cross.Modified()

    # --- text --------------------------------------------------------------------------

    def _update_text(self) -> None:
        session, labels = self.session, self.labels
        series = self.source.series
        texts = {"upper_left": "", "upper_right": "", "lower_left": "", "lower_right": ""}
        if series is not None:
            info = series.info
            if session.phi_hidden:
                texts["upper_left"] = labels["identity_hidden"]
            else:
                texts["upper_left"] = "\n".join(
                    t for t in (info.patient_name, info.patient_id) if t
                )
            texts["upper_right"] = "\n".join(
                t for t in (info.study_description, info.study_date, info.series_description) if t
            )
            name = labels[self.orientation.value]
            if any(session.rotation_degrees):
                name += f" ({labels['oblique']})"
            if self.role == "comparison":
                name = f"{labels['comparison']} · {name}"
            lines = [name]
            index = session.slice_index(self.orientation, series)
            if index is not None:
                lines.append(labels["slice"].format(index=index[0], count=index[1]))
            axis, mm = session.position_along(self.orientation)
            lines.append(labels["position"].format(axis=axis, mm=mm))
            if session.slab_mode is not SlabMode.NONE:
                lines.append(
                    labels["slab"].format(
                        mode=labels[session.slab_mode.value], thickness=session.slab_thickness
                    )
                )
            texts["lower_left"] = "\n".join(lines)
            width, level = session.window
            texts["lower_right"] = labels["window"].format(width=width, level=level)
        # Long descriptions are cut so they do not run into the orientation letters (limit in
        # Latin character widths: a Chinese character takes two).
        self._text_width = self.renderer.GetSize()[0]
        width = self._text_width or 800
        limit = max(12, int(width / 2 / 8.5) - 3)
        for key in ("upper_left", "upper_right"):
            texts[key] = "\n".join(cut_to_width(line, limit) for line in texts[key].split("\n"))
        for key, text in texts.items():
            if text != self._corner_texts.get(key):
                self.corner_actors[key].SetInput(text)
        self._corner_texts = texts

    def corner_texts(self) -> dict[str, str]:
        """What the four corners say (``upper_left`` … ``lower_right``)."""
        return dict(self._corner_texts)

    def edge_labels(self) -> dict[str, str]:
        """Orientation letters shown at the ``left``, ``right``, ``top`` and ``bottom`` edges."""
        return {edge: actor.GetInput() for edge, actor in self.edge_actors.items()}

    # --- camera ------------------------------------------------------------------------

    def _aspect(self) -> float:
        width, height = self.renderer.GetSize()
        return width / height if width > 0 and height > 0 else 1.0

    def reset_camera(self) -> None:
        """Fit the whole plane of the volume in the view."""
        umin, umax, vmin, vmax = self.source.bounds
        centre = ((umin + umax) / 2, (vmin + vmax) / 2)
        half_height = max((vmax - vmin) / 2, (umax - umin) / 2 / self._aspect()) * 1.04
        self.look_at(centre, half_height)
        self._camera_fitted = True
        self._update_text()  # the width of the corners may have changed

    def look_at(self, focus: tuple[float, float], half_height: float) -> None:
        """Centre the view on ``focus`` (plane mm), showing ``half_height`` mm above and below."""
        camera = self.renderer.GetActiveCamera()
        camera.SetFocalPoint(focus[0], focus[1], 0.0)
        camera.SetPosition(focus[0], focus[1], -1000.0)
        camera.SetViewUp(0.0, -1.0, 0.0)
        camera.SetParallelScale(max(half_height, 1.0))
        camera.SetClippingRange(1.0, 2000.0)

    def zoom(self, factor: float) -> None:
        """Magnify by ``factor`` (> 1: closer)."""
        camera = self.renderer.GetActiveCamera()
        focus = camera.GetFocalPoint()
        self.look_at((focus[0], focus[1]), camera.GetParallelScale() / factor)
        self.request_render()

    def pan(self, dx_pixels: float, dy_pixels: float) -> None:
        """Move the image with the mouse (display pixels; ``dy`` up)."""
        camera = self.renderer.GetActiveCamera()
        mm = self.mm_per_pixel()
        focus = camera.GetFocalPoint()
        # Dragging right moves the image right: the focus moves left; display y is up = -v.
        self.look_at(
            (focus[0] - dx_pixels * mm, focus[1] + dy_pixels * mm), camera.GetParallelScale()
        )
        self.request_render()

    def mm_per_pixel(self) -> float:
        """Size of a display pixel in mm."""
        height = self.renderer.GetSize()[1] or 1
        return 2.0 * self.renderer.GetActiveCamera().GetParallelScale() / height

    def display_to_plane(self, x: float, y: float) -> tuple[float, float]:
        """Plane coordinates ``(u, v)`` mm of a display pixel (VTK display: y up)."""
        camera = self.renderer.GetActiveCamera()
        focus = camera.GetFocalPoint()
        width, height = self.renderer.GetSize()
        origin_x, origin_y = self.renderer.GetOrigin()
        mm = self.mm_per_pixel()
        u = focus[0] + (x - origin_x - width / 2.0) * mm
        v = focus[1] - (y - origin_y - height / 2.0) * mm
        return u, v

    def plane_to_display(self, u: float, v: float) -> tuple[float, float]:
        """Display pixel (VTK display: y up) of plane coordinates ``(u, v)``."""
        camera = self.renderer.GetActiveCamera()
        focus = camera.GetFocalPoint()
        width, height = self.renderer.GetSize()
        origin_x, origin_y = self.renderer.GetOrigin()
        mm = self.mm_per_pixel()
        return (
            origin_x + width / 2.0 + (u - focus[0]) / mm,
            origin_y + height / 2.0 - (v - focus[1]) / mm,
        )

    def display_to_patient(self, x: float, y: float) -> NDArray[np.float64] | None:
        """LPS point (mm) under a display pixel, on the shown plane."""
        plane = self.source.plane
        if plane is None:
            return None
        return plane.to_patient(*self.display_to_plane(x, y))

    def patient_to_display(self, point: NDArray[np.float64]) -> tuple[float, float] | None:
        """Display pixel of the projection of an LPS point onto the shown plane."""
        plane = self.source.plane
        if plane is None:
            return None
        u, v, _ = plane.to_plane(point)
        return self.plane_to_display(u, v)

    def _before_frame(self) -> None:
        """Fit what depends on the view's size (a layout change resizes views)."""
        if self.renderer.GetSize()[0] != self._text_width:
            self._update_text()
        self._update_scale_bar()

    def _update_scale_bar(self) -> None:
        width, height = self.renderer.GetSize()
        key = (width, height, self.has_image, self.renderer.GetActiveCamera().GetParallelScale())
        if key == getattr(self, "_scale_key", None):
            return  # unchanged: rebuilding it would upload it again every frame
        self._scale_key = key
        self._scale_points.Reset()
        self._scale_lines.Reset()
        if not self.has_image or width < 50 or height < 50:
            self.scale_text.SetInput("")
            self._scale.Modified()
            return
        mm = self.mm_per_pixel()
        target = 0.2 * width * mm
        exponent = 10 ** math.floor(math.log10(target))
        length = max(m * exponent for m in (1, 2, 5) if m * exponent <= target)
        pixels = length / mm
        x1, y = width - 20.0, 40.0
        x0 = x1 - pixels
        for point in ((x0, y + 6), (x0, y), (x1, y), (x1, y + 6)):
            self._scale_points.InsertNextPoint(point[0], point[1], 0.0)
        self._scale_lines.InsertNextCell(4, (0, 1, 2, 3))
        self._scale.Modified()
        self.scale_mm = float(length)
        self.scale_text.SetInput(f"{length:g} mm" if length >= 1 else f"{length * 1000:g} µm")
        self.scale_text.SetDisplayPosition(int((x0 + x1) / 2), int(y + 8))
