"""The 3-D camera as plain data: standard views, saving and restoring, projecting points.

Standard views put the camera on one side of the patient (anterior, posterior, left, right,
superior, inferior; see :data:`casereview.domain.rendering.STANDARD_VIEWS`) looking at the
centre of what is shown, far enough away that all of it fits the view.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray
from vtkmodules.vtkRenderingCore import vtkCamera, vtkCoordinate, vtkRenderer

from casereview.domain.rendering import STANDARD_VIEWS, CameraView, StandardView


def camera_view(camera: vtkCamera) -> CameraView:
    """The state of a VTK camera as a :class:`CameraView`."""
    return CameraView(
        position=camera.GetPosition(),
        focal_point=camera.GetFocalPoint(),
        view_up=camera.GetViewUp(),
        view_angle=float(camera.GetViewAngle()),
        parallel_projection=bool(camera.GetParallelProjection()),
        parallel_scale=float(camera.GetParallelScale()),
    )


def apply_camera_view(renderer: vtkRenderer, view: CameraView) -> None:
    """Put ``renderer``'s camera where ``view`` says (clipping range recomputed)."""
    camera = renderer.GetActiveCamera()
    camera.SetPosition(*view.position)
    camera.SetFocalPoint(*view.focal_point)
    camera.SetViewUp(*view.view_up)
    camera.SetViewAngle(view.view_angle)
    camera.SetParallelProjection(int(view.parallel_projection))
    camera.SetParallelScale(view.parallel_scale)
    camera.OrthogonalizeViewUp()
    renderer.ResetCameraClippingRange()


def fitting_distance(radius: float, view_angle: float, aspect: float = 1.0) -> float:
    """Distance at which a sphere of ``radius`` fills the narrower side of the view."""
    half = math.radians(view_angle) / 2.0
    if aspect < 1.0:  # taller than wide: the horizontal angle is the narrower one
        half = math.atan(math.tan(half) * aspect)
    return radius / math.sin(half)


def standard_view(
    view: StandardView,
    bounds: Sequence[float],
    *,
    view_angle: float = 30.0,
    aspect: float = 1.0,
    zoom: float = 1.0,
) -> CameraView:
    """The camera of a standard view of what lies in ``bounds`` (LPS).

    Parameters
    ----------
    view
        From which side.
    bounds
        ``(xmin, xmax, ymin, ymax, zmin, zmax)`` in LPS mm.
    view_angle
        Vertical view angle in degrees.
    aspect
        Width / height of the view.
    zoom
        Above 1 comes closer (the whole volume's bounding sphere is generous).
    """
    b = np.asarray(bounds, dtype=np.float64).reshape(3, 2)
    centre = b.mean(axis=1)
    radius = 0.5 * float(np.linalg.norm(b[:, 1] - b[:, 0])) or 1.0
    away, up = (np.asarray(v) for v in STANDARD_VIEWS[StandardView(view)])
    distance = fitting_distance(radius, view_angle, aspect) / max(zoom, 1e-3)
    return CameraView(
        position=tuple(centre + distance * away),
        focal_point=tuple(centre),
        view_up=tuple(up),
        view_angle=view_angle,
    )


def project(renderer: vtkRenderer, point: Sequence[float]) -> NDArray[np.float64]:
    """Image position ``(column, row)`` in pixels, row 0 at the top, of an LPS point.

    Matches the arrays of :func:`casereview.render.offscreen.capture`.
    """
    coordinate = vtkCoordinate()
    coordinate.SetCoordinateSystemToWorld()
    coordinate.SetValue(*(float(v) for v in point))
    x, y = coordinate.GetComputedDoubleDisplayValue(renderer)
    height = renderer.GetRenderWindow().GetSize()[1]
    return np.array([x, height - 1 - y])


def project_points(renderer: vtkRenderer, points: NDArray[np.float64]) -> NDArray[np.float64]:
    """Image positions ``(column, row)`` (row 0 at the top) of ``(N, 3)`` LPS points at once."""
    width, height = renderer.GetRenderWindow().GetSize()
    x0, y0, x1, y1 = renderer.GetViewport()
    view_width, view_height = (x1 - x0) * width, (y1 - y0) * height
    camera = renderer.GetActiveCamera()
    matrix = camera.GetCompositeProjectionTransformMatrix(view_width / view_height, -1, 1)
    m = np.array([[matrix.GetElement(i, j) for j in range(4)] for i in range(4)])
    homogeneous = np.c_[np.asarray(points, dtype=np.float64), np.ones(len(points))] @ m.T
    ndc = homogeneous[:, :2] / homogeneous[:, 3:4]
    column = x0 * width + (ndc[:, 0] + 1.0) / 2.0 * view_width
    row_up = y0 * height + (ndc[:, 1] + 1.0) / 2.0 * view_height
    pixels: NDArray[np.float64] = np.c_[column, height - 1 - row_up]
    return pixels


def orbit(renderer: vtkRenderer, degrees: float) -> None:
    """Turn the camera ``degrees`` about the view-up axis through the focal point."""
    camera = renderer.GetActiveCamera()
    camera.Azimuth(degrees)
    camera.OrthogonalizeViewUp()
    renderer.ResetCameraClippingRange()
