"""Key images drawn offscreen (for reports, presentations and exchange packages).

A 2-D key image is the stored plane of the volume with the stored window and zoom, with the
case's annotations on that plane and its segments; a 3-D key image is the volume rendering
and surfaces from the stored camera.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import numpy as np
from numpy.typing import NDArray
from vtkmodules.vtkRenderingCore import vtkRenderWindow

from casereview.domain.annotations import Annotation, KeyImage, ViewPlane
from casereview.domain.key_image_scene import Scene3D
from casereview.domain.rendering import CameraView, SegmentStyle
from casereview.domain.segments import Segment
from casereview.domain.volume import Volume
from casereview.errors import ValidationError
from casereview.messages import Message
from casereview.render.annotation_actors import AnnotationLayer2D, AnnotationLayer3D
from casereview.render.camera import apply_camera_view
from casereview.render.offscreen import capture, offscreen_window
from casereview.render.planes_3d import PlanesView3D
from casereview.render.scene_surfaces import build_scene_surfaces
from casereview.render.segment_overlay import SegmentOverlay2D, label_volume
from casereview.render.slice_pipeline import SliceView
from casereview.session import PLANE_AXES, Orientation, SeriesInfo, ViewerSession


def rotation_degrees(plane: ViewPlane, orientation: Orientation) -> tuple[float, float, float]:
    """The viewer's oblique angles that turn ``orientation``'s standard plane into ``plane``.

    The inverse of :func:`casereview.session.rotation_matrix` (rotation about L–R, then A–P,
    then S–I).
    """
    u0, v0 = (np.asarray(a, float) for a in PLANE_AXES[orientation])
    u, v = np.asarray(plane.u, float), np.asarray(plane.v, float)
    target = np.column_stack([u, v, np.cross(u, v)])
    base = np.column_stack([u0, v0, np.cross(u0, v0)])
    r = target @ base.T  # base is orthonormal: its inverse is its transpose
    b = -math.asin(max(-1.0, min(1.0, r[2, 0])))
    a = math.atan2(r[2, 1], r[2, 2])
    c = math.atan2(r[1, 0], r[0, 0])
    return (math.degrees(a), math.degrees(b), math.degrees(c))


def _session(
    volume: Volume,
    key_image: KeyImage,
    annotations: Sequence[Annotation],
    segments: Sequence[Segment],
    masks: Mapping[str, NDArray[np.bool_]],
) -> ViewerSession:
    session = ViewerSession()
    session.set_primary(volume, SeriesInfo(-1))
    session.set_window(key_image.window_width, key_image.window_center)
    session.set_annotations(list(annotations))
    session.set_segments(list(segments), dict(masks))
    return session


def render_key_image(
    volume: Volume,
    key_image: KeyImage,
    size: tuple[int, int] = (800, 800),
    *,
    annotations: Sequence[Annotation] = (),
    segments: Sequence[Segment] = (),
    masks: Mapping[str, NDArray[np.bool_]] | None = None,
) -> NDArray[np.uint8]:
    """Draw a key image offscreen as it was flagged.

    Parameters
    ----------
    volume
        The volume of the key image's series.
    key_image
        The stored key image (plane or 3-D camera, window, zoom).
    size
        ``(width, height)`` in pixels.
    annotations
        Annotations to draw (those on the key image's plane are shown, with their values).
    segments, masks
        Segments to show (fill in 2-D, surfaces in 3-D) and their masks by UUID. A 3-D key
        image with a scene shows the surfaces its scene names, from ``masks``.

    Returns
    -------
    numpy.ndarray
        ``(height, width, 3)`` RGB, top row first.

    Raises
    ------
    ValidationError
        If the volume is not the key image's series.
    """
    if volume.series_instance_uid != key_image.reference.series_instance_uid:
        raise ValidationError(
            Message("This key image was made on another series; load that series.")
        )
    session = _session(volume, key_image, annotations, segments, masks or {})
    width, height = size
    window = offscreen_window(width, height)
    try:
        if key_image.camera is not None:
            return _render_3d(session, key_image, window, masks or {})
        return _render_2d(session, key_image, window)
    finally:
        window.Finalize()


def _render_2d(
    session: ViewerSession, key_image: KeyImage, window: vtkRenderWindow
) -> NDArray[np.uint8]:
    assert key_image.plane is not None
    try:
        orientation = Orientation(key_image.orientation)
    except ValueError:
        orientation = Orientation.AXIAL
    session.set_rotation(rotation_degrees(key_image.plane, orientation))
    session.set_crosshair(np.asarray(key_image.plane.origin, float))
    view = SliceView(session, orientation)
    view.crosshair_actor.SetVisibility(False)
    window.AddRenderer(view.renderer)
    overlay = SegmentOverlay2D(view)
    layer = AnnotationLayer2D(view)
    view.refresh()
    view.crosshair_actor.SetVisibility(False)
    view.reset_camera()
    if key_image.zoom_mm > 0:
        plane = view.source.plane
        assert plane is not None
        u, v, _ = plane.to_plane(np.asarray(key_image.plane.origin, float))
        # The flagged half height is shown across the narrower side too: a drawing taller
        # than wide (a portrait screen) must not crop the sides of what was flagged.
        width, height = window.GetSize()
        taller = max(1.0, height / max(width, 1))
        view.look_at((float(u), float(v)), key_image.zoom_mm * taller)
    layer.refresh()
    overlay.refresh()
    window.Render()
    pixels = capture(window)
    layer.close()
    overlay.close()
    view.close()
    return pixels


def _scene_view(
    session: ViewerSession, scene: Scene3D, masks: Mapping[str, NDArray[np.bool_]]
) -> PlanesView3D:
    """The 3-D scene a key image kept: volume rendering, planes, crop, clip and surfaces."""
    if scene.crosshair is not None:
        session.set_crosshair(np.asarray(scene.crosshair, dtype=float))
    view = PlanesView3D(
        session,
        volume_rendering=scene.volume_shown,
        show_planes=scene.planes_shown,
        preset=scene.preset,
    )
    view.set_crop(scene.crop)
    if scene.clip is not None:
        view.set_clip_plane(scene.clip.origin, scene.clip.normal)
    primary = session.primary
    if primary is not None and scene.surfaces:
        made = build_scene_surfaces(scene, primary.volume, masks)
        view.surfaces.set_meshes(made.meshes, made.styles)
        if scene.clip is not None and view.volume is not None:
            view.surfaces.set_clipping_planes(view.volume.clipping_planes())
    return view


def _render_3d(
    session: ViewerSession,
    key_image: KeyImage,
    window: vtkRenderWindow,
    masks: Mapping[str, NDArray[np.bool_]],
) -> NDArray[np.uint8]:
    camera = key_image.camera
    assert camera is not None
    scene = key_image.scene
    if scene is not None:
        view = _scene_view(session, scene, masks)
        view.add_to(window)
    else:
        # Flagged before scenes were kept: the case's visible segments as surfaces.
        view = PlanesView3D(session, volume_rendering=True, show_planes=False)
        view.add_to(window)
        combined = label_volume(session)
        if combined is not None:
            labels, colours, shown = combined
            styles = [
                SegmentStyle(n, s.name, tuple(c / 255 for c in colours[n]), 1.0, True)
                for n, s in enumerate(shown, start=1)
            ]
            view.show_label_map(labels, styles)
    layer = AnnotationLayer3D(view.renderer, session)
    apply_camera_view(
        view.renderer,
        CameraView(
            camera.position,
            camera.focal_point,
            camera.view_up,
            camera.view_angle,
            camera.parallel_scale > 0,
            camera.parallel_scale if camera.parallel_scale > 0 else 100.0,
        ),
    )
    # A key image shows the anatomy and the marks, not the viewer's crosshair.
    view.crosshair_lines.SetVisibility(False)
    view.crosshair_sphere.SetVisibility(False)
    window.Render()
    pixels = capture(window)
    layer.close()
    view.close()
    return pixels
