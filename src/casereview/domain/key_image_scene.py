"""What a 3-D key image shows besides its camera: surfaces, volume rendering, crop and clip.

A 3-D key image flagged in the viewer keeps the scene as plain numbers and references, so it
is drawn again the same way later (viewer, presentation, report) and at a partner who
received it: which segments are surfaces (by UUID) with their colour, opacity and visibility,
the iso-surfaces (by CT value), the transfer function of the volume rendering, whether the
volume and the three planes are shown, the crop box and the clipping plane, and the crosshair
the planes and the clipping plane are placed at. Nothing here knows VTK or Qt.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from casereview.domain.rendering import RGB, Point3, TransferFunction
from casereview.errors import ValidationError
from casereview.messages import Message

#: The clipping plane's orientations (the 2-D view whose plane it is).
CLIP_ORIENTATIONS = frozenset({"axial", "coronal", "sagittal"})


def _point(values: Sequence[Any]) -> Point3:
    if len(values) != 3:
        raise ValueError("three coordinates expected")
    x, y, z = (float(v) for v in values)
    if not all(math.isfinite(v) for v in (x, y, z)):
        raise ValueError("finite coordinates expected")
    return (x, y, z)


@dataclass(frozen=True, slots=True)
class SceneSurface:
    """One surface of the scene: a segment's (by UUID) or an iso-surface (by CT value).

    Attributes
    ----------
    segment_uuid
        The segment whose voxels make the surface ("" for an iso-surface).
    name
        Its name as the 3-D view listed it.
    colour
        sRGB, each 0–1.
    opacity
        0 (invisible) … 1 (opaque).
    visible
        Whether it was drawn (a surface hidden in the 3-D view stays hidden when re-shown).
    iso_value
        The CT value of an iso-surface (``None`` for a segment's surface).

    Raises
    ------
    ValidationError
        If it names neither a segment nor a CT value, or a colour or opacity is out of range.
    """

    segment_uuid: str
    name: str
    colour: RGB
    opacity: float = 1.0
    visible: bool = True
    iso_value: float | None = None

    def __post_init__(self) -> None:
        if not self.segment_uuid and self.iso_value is None:
            raise ValidationError(
                Message("A surface of a 3-D key image needs its segment or its CT value.")
            )
        colour = tuple(float(v) for v in self.colour)
        if len(colour) != 3 or not all(0.0 <= v <= 1.0 for v in colour):
            raise ValidationError(Message("A segment colour must be three values between 0 and 1."))
        object.__setattr__(self, "colour", colour)
        if not 0.0 <= float(self.opacity) <= 1.0:
            raise ValidationError(Message("A segment's opacity must lie between 0 and 1."))
        object.__setattr__(self, "opacity", float(self.opacity))

    def to_json(self) -> dict[str, Any]:
        """JSON-ready dictionary."""
        return {
            "segment_uuid": self.segment_uuid,
            "name": self.name,
            "colour": list(self.colour),
            "opacity": self.opacity,
            "visible": self.visible,
            "iso_value": self.iso_value,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> SceneSurface:
        """Inverse of :meth:`to_json` (raises ``KeyError``/``TypeError``/``ValueError``)."""
        iso = data.get("iso_value")
        return cls(
            segment_uuid=str(data.get("segment_uuid", "")),
            name=str(data.get("name", "")),
            colour=_point(data["colour"]),
            opacity=float(data.get("opacity", 1.0)),
            visible=bool(data.get("visible", True)),
            iso_value=None if iso is None else float(iso),
        )


@dataclass(frozen=True, slots=True)
class SceneClip:
    """The clipping plane of the scene.

    Attributes
    ----------
    origin, normal
        The plane in patient space (LPS mm): what lies on the side the normal points away
        from is cut off (as ``PlanesView3D.set_clip_plane`` takes it).
    orientation
        The 2-D plane it is parallel to ("axial", "coronal", "sagittal"), as the 3-D view's
        controls chose it.
    flipped
        Whether the other side is kept.
    offset_mm
        Its distance from the crosshair along the plane's normal.
    """

    origin: Point3
    normal: Point3
    orientation: str = "coronal"
    flipped: bool = False
    offset_mm: float = 0.0

    def __post_init__(self) -> None:
        object.__setattr__(self, "origin", _checked_point(self.origin))
        object.__setattr__(self, "normal", _checked_point(self.normal))
        if math.sqrt(sum(v * v for v in self.normal)) < 1e-9:
            raise ValidationError(Message("A clipping plane needs a direction."))
        if self.orientation not in CLIP_ORIENTATIONS:
            raise ValidationError(Message("A clipping plane is axial, coronal or sagittal."))

    def to_json(self) -> dict[str, Any]:
        """JSON-ready dictionary."""
        return {
            "origin": list(self.origin),
            "normal": list(self.normal),
            "orientation": self.orientation,
            "flipped": self.flipped,
            "offset_mm": self.offset_mm,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> SceneClip:
        """Inverse of :meth:`to_json` (raises ``KeyError``/``TypeError``/``ValueError``)."""
        return cls(
            origin=_point(data["origin"]),
            normal=_point(data["normal"]),
            orientation=str(data.get("orientation", "coronal")),
            flipped=bool(data.get("flipped", False)),
            offset_mm=float(data.get("offset_mm", 0.0)),
        )


def _checked_point(values: Sequence[Any]) -> Point3:
    try:
        return _point(values)
    except (TypeError, ValueError) as exc:
        raise ValidationError(
            Message("A camera needs three finite coordinates per point.")
        ) from exc


@dataclass(frozen=True, slots=True)
class Scene3D:
    """Everything a 3-D key image shows besides the camera.

    Attributes
    ----------
    preset
        The volume rendering's transfer function (``None``: the view's default).
    volume_shown
        Whether the volume rendering is drawn.
    planes_shown
        Whether the three textured planes are drawn.
    crosshair
        Where the planes cross (LPS mm), ``None`` when not kept.
    crop
        The crop box as six fractions of the volume (low, high per axis), ``None``: no crop.
    clip
        The clipping plane, ``None``: none.
    surfaces
        The surfaces, in the order the 3-D view listed them.

    Raises
    ------
    ValidationError
        If the crop box is not six fractions between 0 and 1.
    """

    preset: TransferFunction | None = None
    volume_shown: bool = True
    planes_shown: bool = False
    crosshair: Point3 | None = None
    crop: tuple[float, ...] | None = None
    clip: SceneClip | None = None
    surfaces: tuple[SceneSurface, ...] = ()

    def __post_init__(self) -> None:
        if self.crop is not None:
            crop = tuple(float(v) for v in self.crop)
            if len(crop) != 6 or not all(0.0 <= v <= 1.0 for v in crop):
                raise ValidationError(
                    Message("A crop box is six fractions of the volume between 0 and 1.")
                )
            object.__setattr__(self, "crop", crop)
        if self.crosshair is not None:
            object.__setattr__(self, "crosshair", _checked_point(self.crosshair))
        object.__setattr__(self, "surfaces", tuple(self.surfaces))

    @property
    def segment_uuids(self) -> tuple[str, ...]:
        """The segments the scene shows as surfaces (hidden ones included), in order."""
        return tuple(s.segment_uuid for s in self.surfaces if s.segment_uuid)

    def with_segments_renamed(self, uuids: Mapping[str, str]) -> Scene3D:
        """The same scene with each segment UUID replaced by ``uuids[uuid]``.

        A segment not in ``uuids`` is left out (a partner who did not receive it cannot draw
        it); iso-surfaces stay.
        """
        kept = tuple(
            replace(s, segment_uuid=uuids[s.segment_uuid]) if s.segment_uuid else s
            for s in self.surfaces
            if not s.segment_uuid or s.segment_uuid in uuids
        )
        return replace(self, surfaces=kept)

    def to_json(self) -> dict[str, Any]:
        """JSON-ready dictionary (``schema`` 1)."""
        return {
            "schema": 1,
            "preset": None if self.preset is None else self.preset.to_json(),
            "volume_shown": self.volume_shown,
            "planes_shown": self.planes_shown,
            "crosshair": None if self.crosshair is None else list(self.crosshair),
            "crop": None if self.crop is None else list(self.crop),
            "clip": None if self.clip is None else self.clip.to_json(),
            "surfaces": [s.to_json() for s in self.surfaces],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Scene3D:
        """Inverse of :meth:`to_json`.

        Raises
        ------
        ValidationError
            If the data does not describe a scene.
        """
        try:
            preset = data.get("preset")
            crosshair = data.get("crosshair")
            crop = data.get("crop")
            clip = data.get("clip")
            return cls(
                preset=None if preset is None else TransferFunction.from_json(dict(preset)),
                volume_shown=bool(data.get("volume_shown", True)),
                planes_shown=bool(data.get("planes_shown", False)),
                crosshair=None if crosshair is None else _point(crosshair),
                crop=None if crop is None else tuple(float(v) for v in crop),
                clip=None if clip is None else SceneClip.from_json(clip),
                surfaces=tuple(SceneSurface.from_json(s) for s in data.get("surfaces", [])),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ValidationError(
                Message("The scene of a 3-D key image could not be read; flag the view again.")
            ) from exc
