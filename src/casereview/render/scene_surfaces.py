"""The surfaces of a 3-D key image's scene, made from the case's segment masks.

One function for the viewer's 3-D view (re-showing a key image) and for the offscreen key
image renderer (presentation, report, a partner's copy), so both draw the same surfaces with
the same colours, opacities and visibility.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray
from vtkmodules.vtkCommonDataModel import vtkPolyData

from casereview.domain.key_image_scene import Scene3D
from casereview.domain.progress import CancelToken
from casereview.domain.rendering import SegmentStyle
from casereview.domain.volume import Volume
from casereview.render.surfaces import SurfaceOptions, build_iso_surface, build_label_surfaces


@dataclass
class SceneSurfaces:
    """Meshes and styles of a scene, by label value (1, 2, … in the scene's order).

    Attributes
    ----------
    meshes
        Label value to mesh (LPS mm); a segment without voxels has none.
    styles
        One per surface that has a mesh, in the scene's order.
    segment_uuids
        Label value to the segment it was made of (iso-surfaces are not in it).
    iso_values
        Label value to the CT value of an iso-surface.
    """

    meshes: dict[int, vtkPolyData] = field(default_factory=dict)
    styles: list[SegmentStyle] = field(default_factory=list)
    segment_uuids: dict[int, str] = field(default_factory=dict)
    iso_values: dict[int, float] = field(default_factory=dict)


def build_scene_surfaces(
    scene: Scene3D,
    volume: Volume,
    masks: Mapping[str, NDArray[np.bool_]],
    options: SurfaceOptions | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    cancel: CancelToken | None = None,
) -> SceneSurfaces:
    """Make the scene's surfaces on ``volume``'s grid.

    Parameters
    ----------
    scene
        The stored scene.
    volume
        The key image's series.
    masks
        Segment masks by UUID; a surface whose segment is missing here, or whose mask lies
        on another grid, is left out (a partner may not have received that segment).
    options
        Smoothing and triangle budget.
    progress, cancel
        As :func:`casereview.render.surfaces.build_label_surfaces` takes them.

    Returns
    -------
    SceneSurfaces
        What the scene shows that can be drawn here.
    """
    result = SceneSurfaces()
    styles: list[SegmentStyle] = []
    labels = np.zeros(volume.shape, dtype=np.uint16 if len(scene.surfaces) > 255 else np.uint8)
    label_styles: list[SegmentStyle] = []
    for number, surface in enumerate(scene.surfaces, start=1):
        style = SegmentStyle(number, surface.name, surface.colour, surface.opacity, surface.visible)
        if surface.iso_value is not None:
            result.iso_values[number] = surface.iso_value
            styles.append(style)
            continue
        mask = masks.get(surface.segment_uuid)
        if mask is None or tuple(mask.shape) != volume.shape:
            continue
        labels[mask] = number
        result.segment_uuids[number] = surface.segment_uuid
        label_styles.append(style)
        styles.append(style)
    if label_styles:
        result.meshes.update(
            build_label_surfaces(labels, volume, label_styles, options, progress, cancel)
        )
    for number, value in result.iso_values.items():
        result.meshes[number] = build_iso_surface(volume, value, options)
    result.styles = [s for s in styles if s.label in result.meshes]
    return result
