"""A received 3-D key image's camera and scene, read from its ``key-images.json`` entry.

The sender's entry names each surface's segment by the key the segment travelled under
(``origin_uuid``); the receiver's layer importer gives the segment it made of it, so the scene
stored here shows the receiver's copy of the segments. Anything unreadable is left out (the
key image still arrives, drawn as a key image without a scene) rather than refusing the layer.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from typing import Any

from casereview.domain.key_image_scene import Scene3D
from casereview.domain.rendering import dumps
from casereview.errors import ValidationError


def received_camera_json(entry: Mapping[str, Any]) -> str:
    """The ``camera_json`` column for a received key image ("" for a 2-D one)."""
    camera = entry.get("camera")
    if not isinstance(camera, Mapping):
        return ""
    try:
        points = {
            name: [float(v) for v in camera[name]]
            for name in ("position", "focal_point", "view_up")
        }
        scale = float(camera.get("parallel_scale", 0.0))
        angle = float(camera.get("view_angle", 30.0))
    except (KeyError, TypeError, ValueError):
        return ""
    if not all(math.isfinite(v) for point in points.values() for v in point):
        return ""
    data: dict[str, Any] = {**points, "parallel_scale": scale, "view_angle": angle}
    return dumps(data)


def received_scene_json(
    entry: Mapping[str, Any], local_segment: Callable[[str], str | None]
) -> str:
    """The ``scene_json`` column for a received 3-D key image ("" without a scene).

    Parameters
    ----------
    entry
        The key image's entry in ``key-images.json`` (checked against its schema).
    local_segment
        Our segment's UUID for the key a sender's segment travelled under (``None`` when we
        did not receive it: its surface is left out).
    """
    scene = entry.get("scene")
    if not isinstance(scene, Mapping):
        return ""
    surfaces = [
        {**surface, "segment_uuid": str(surface.get("origin_uuid", ""))}
        for surface in scene.get("surfaces", [])
        if isinstance(surface, Mapping)
    ]
    try:
        sent = Scene3D.from_json({**scene, "surfaces": surfaces})
    except ValidationError:
        return ""
    ours = {key: found for key in sent.segment_uuids if (found := local_segment(key)) is not None}
    return dumps(sent.with_segments_renamed(ours).to_json())
