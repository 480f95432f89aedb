"""Plain data of the 3-D views: volume-rendering transfer functions and camera views.

A :class:`TransferFunction` maps CT values (HU) to colour and opacity; the built-in presets
(:data:`BUILTIN_PRESETS`) cover CT angiography, soft tissue, bone and vessels & organs, and a
user can save an edited one under a new name. A :class:`CameraView` is a camera as plain
numbers in patient space (LPS, mm), so a named view saved today restores the same picture
tomorrow, in a key image or in the MDT presentation. Nothing here knows VTK.
"""

from __future__ import annotations

import enum
import json
import math
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from casereview.errors import ValidationError
from casereview.messages import Message

RGB = tuple[float, float, float]
Point3 = tuple[float, float, float]

#: Longest name of a preset or a saved view (the database column is this wide).
NAME_LENGTH = 128


def check_name(name: str, missing: Message, too_long: Message) -> str:
    """``name`` stripped, or a :class:`ValidationError` saying what is wrong with it.

    Parameters
    ----------
    name
        The name given.
    missing, too_long
        What to say when it is empty, and when it is longer than :data:`NAME_LENGTH`
        (whole sentences, so each translation can say it in its own grammar).
    """
    name = name.strip()
    if not name:
        raise ValidationError(missing)
    if len(name) > NAME_LENGTH:
        raise ValidationError(too_long)
    return name


class BlendMode(enum.StrEnum):
    """How samples along a ray are combined."""

    COMPOSITE = "composite"  #: colour and opacity accumulated front to back (shaded 3-D)
    MIP = "mip"  #: maximum intensity projection (3-D MIP)


@dataclass(frozen=True, slots=True)
class ColourPoint:
    """Colour of one CT value; colours between points are interpolated."""

    value: float
    rgb: RGB


@dataclass(frozen=True, slots=True)
class OpacityPoint:
    """Opacity (0 transparent … 1 opaque) of one CT value; interpolated between points."""

    value: float
    opacity: float


@dataclass(frozen=True, slots=True)
class TransferFunction:
    """How CT values look in a volume rendering.

    Attributes
    ----------
    name
        Shown in the preset chooser.
    colours
        Colour points, ascending by value.
    opacities
        Scalar opacity points, ascending by value (at least two).
    shade
        Whether lighting (ambient, diffuse, specular) is applied; shading shows surfaces and
        depth, unshaded rendering is flatter but shows faint structures.
    blend
        Composite (3-D) or maximum intensity projection.
    ambient, diffuse, specular, specular_power
        Lighting coefficients used when ``shade`` is on.
    gradient_opacities
        Optional opacity by gradient magnitude (HU/mm): emphasises edges, fades homogeneous
        regions.
    key
        Stable id of a built-in preset (``"cta"``); empty for user presets.

    Raises
    ------
    ValidationError
        If a point is out of range, the points are not ascending or a name is missing.
    """

    name: str
    colours: tuple[ColourPoint, ...]
    opacities: tuple[OpacityPoint, ...]
    shade: bool = True
    blend: BlendMode = BlendMode.COMPOSITE
    ambient: float = 0.2
    diffuse: float = 0.8
    specular: float = 0.25
    specular_power: float = 20.0
    gradient_opacities: tuple[OpacityPoint, ...] = ()
    key: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(
            self,
            "name",
            check_name(
                self.name,
                Message("Give the preset a name."),
                Message(
                    "The preset name is too long (at most {limit} characters).",
                    limit=NAME_LENGTH,
                ),
            ),
        )
        object.__setattr__(self, "blend", BlendMode(self.blend))
        if len(self.opacities) < 2 or not self.colours:
            raise ValidationError(
                Message("A preset needs at least two opacity points and one colour.")
            )
        for points in (self.colours, self.opacities, self.gradient_opacities):
            values = [p.value for p in points]
            if any(not math.isfinite(v) for v in values) or values != sorted(values):
                raise ValidationError(
                    Message("The points of a preset must be in ascending value order.")
                )
        for p in (*self.opacities, *self.gradient_opacities):
            if not 0.0 <= p.opacity <= 1.0:
                raise ValidationError(Message("Opacities must lie between 0 and 1."))
        for c in self.colours:
            if len(c.rgb) != 3 or not all(0.0 <= v <= 1.0 for v in c.rgb):
                raise ValidationError(Message("Colours must be three values between 0 and 1."))
        for value in (self.ambient, self.diffuse, self.specular):
            if not 0.0 <= value <= 1.0:
                raise ValidationError(Message("Lighting coefficients must lie between 0 and 1."))

    # --- the editor's three handles -------------------------------------------------------

    @property
    def window(self) -> tuple[float, float]:
        """``(width, level)`` of the opacity ramp: from its first to its last point."""
        low, high = self.opacities[0].value, self.opacities[-1].value
        return max(1.0, high - low), (low + high) / 2.0

    def with_window(self, width: float, level: float) -> TransferFunction:
        """The same shape stretched and moved so its ramp spans ``width`` around ``level``.

        Colour points move with the opacity points, so the colours stay on the same tissues.
        """
        old_width, old_level = self.window
        scale = max(1.0, float(width)) / old_width

        def move(value: float) -> float:
            return float(level) + (value - old_level) * scale

        return replace(
            self,
            colours=tuple(ColourPoint(move(c.value), c.rgb) for c in self.colours),
            opacities=tuple(OpacityPoint(move(p.value), p.opacity) for p in self.opacities),
            key="",
        )

    @property
    def peak_opacity(self) -> float:
        """The highest opacity of the ramp."""
        return max(p.opacity for p in self.opacities)

    def with_peak_opacity(self, peak: float) -> TransferFunction:
        """The same ramp scaled so its highest opacity is ``peak`` (0–1)."""
        peak = min(1.0, max(0.0, float(peak)))
        current = self.peak_opacity or 1.0
        return replace(
            self,
            opacities=tuple(
                OpacityPoint(p.value, min(1.0, p.opacity * peak / current)) for p in self.opacities
            ),
            key="",
        )

    def with_colour(self, index: int, rgb: RGB) -> TransferFunction:
        """The same function with colour point ``index`` set to ``rgb``."""
        colours = list(self.colours)
        red, green, blue = rgb
        colours[index] = ColourPoint(colours[index].value, (float(red), float(green), float(blue)))
        return replace(self, colours=tuple(colours), key="")

    def renamed(self, name: str) -> TransferFunction:
        """A user copy of this function called ``name``."""
        return replace(self, name=name, key="")

    # --- persistence ------------------------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        """JSON-ready dictionary (``schema`` 1)."""
        return {
            "schema": 1,
            "name": self.name,
            "key": self.key,
            "colours": [[c.value, *c.rgb] for c in self.colours],
            "opacities": [[p.value, p.opacity] for p in self.opacities],
            "gradient_opacities": [[p.value, p.opacity] for p in self.gradient_opacities],
            "shade": self.shade,
            "blend": self.blend.value,
            "lighting": [self.ambient, self.diffuse, self.specular, self.specular_power],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> TransferFunction:
        """Inverse of :meth:`to_json`.

        Raises
        ------
        ValidationError
            If the data does not describe a valid preset.
        """
        try:
            ambient, diffuse, specular, power = (float(v) for v in data["lighting"])
            return cls(
                name=str(data["name"]),
                key=str(data.get("key", "")),
                colours=tuple(
                    ColourPoint(float(v), (float(r), float(g), float(b)))
                    for v, r, g, b in data["colours"]
                ),
                opacities=tuple(OpacityPoint(float(v), float(o)) for v, o in data["opacities"]),
                gradient_opacities=tuple(
                    OpacityPoint(float(v), float(o)) for v, o in data.get("gradient_opacities", [])
                ),
                shade=bool(data["shade"]),
                blend=BlendMode(data["blend"]),
                ambient=ambient,
                diffuse=diffuse,
                specular=specular,
                specular_power=power,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ValidationError(
                Message(
                    "A stored rendering preset could not be read; save it again from the 3-D view."
                )
            ) from exc


def _c(value: float, r: int, g: int, b: int) -> ColourPoint:
    return ColourPoint(value, (r / 255.0, g / 255.0, b / 255.0))


def _o(value: float, opacity: float) -> OpacityPoint:
    return OpacityPoint(value, opacity)


#: Built-in presets, in menu order. Values are HU of contrast-enhanced abdominal CT.
BUILTIN_PRESETS: dict[str, TransferFunction] = {
    # Opacified vessels (arterial ~250-450 HU, portal venous ~180 HU) and bone; fat, bowel and
    # parenchyma stay transparent so the arterial tree reads at a glance.
    "cta": TransferFunction(
        "CT angiography",
        key="cta",
        colours=(
            _c(150, 120, 20, 10),
            _c(200, 200, 50, 30),
            _c(300, 240, 120, 90),
            _c(500, 255, 220, 190),
            _c(900, 255, 255, 245),
        ),
        # Transparent below 150 HU: enhancing parenchyma and noise of the portal-venous phase
        # (~100-140 HU) stay out, vessels of both phases (180-400 HU) and bone come in.
        opacities=(_o(150, 0.0), _o(200, 0.3), _o(300, 0.7), _o(900, 0.85)),
        specular=0.3,
    ),
    # Muscle and enhancing organs faintly over transparent fat, opacified vessels brighter.
    # Opacities are per millimetre of tissue: a few percent already make a 3 cm body wall
    # half opaque.
    "soft_tissue": TransferFunction(
        "Soft tissue",
        key="soft_tissue",
        colours=(
            _c(-50, 70, 40, 30),
            _c(50, 190, 110, 90),
            _c(120, 230, 170, 140),
            _c(250, 250, 230, 220),
        ),
        opacities=(
            _o(-50, 0.0),
            _o(30, 0.0),
            _o(70, 0.012),
            _o(130, 0.04),
            _o(250, 0.15),
            _o(500, 0.3),
        ),
        specular=0.1,
    ),
    "bone": TransferFunction(
        "Bone",
        key="bone",
        colours=(_c(200, 180, 140, 90), _c(400, 235, 215, 180), _c(1200, 255, 255, 245)),
        opacities=(_o(200, 0.0), _o(300, 0.45), _o(700, 0.9), _o(1500, 1.0)),
        specular=0.2,
    ),
    # Organs faintly, opacified vessels strongly: the vessels against the pancreas and liver.
    # Muscle and the tumour (50-70 HU) stay clear; parenchyma (100-125 HU) is a faint veil,
    # contrast-filled vessels (150-400 HU) red and solid.
    "vessels_organs": TransferFunction(
        "Vessels & organs",
        key="vessels_organs",
        colours=(
            _c(85, 150, 80, 60),
            _c(120, 215, 150, 120),
            _c(160, 200, 40, 35),
            _c(300, 240, 110, 80),
            _c(700, 255, 240, 225),
        ),
        opacities=(
            _o(85, 0.0),
            _o(105, 0.02),
            _o(135, 0.04),
            _o(160, 0.45),
            _o(300, 0.7),
            _o(700, 0.85),
        ),
        specular=0.25,
    ),
    # 3-D MIP of the contrast: no lighting, the brightest value along each ray.
    "mip": TransferFunction(
        "3-D MIP",
        key="mip",
        colours=(_c(-100, 0, 0, 0), _c(600, 255, 255, 255)),
        opacities=(_o(-100, 0.0), _o(600, 1.0)),
        shade=False,
        blend=BlendMode.MIP,
    ),
}


# --- cameras -----------------------------------------------------------------------------------


class StandardView(enum.StrEnum):
    """Where the camera stands, named after the side of the patient it looks at."""

    ANTERIOR = "anterior"
    POSTERIOR = "posterior"
    LEFT = "left"
    RIGHT = "right"
    SUPERIOR = "superior"
    INFERIOR = "inferior"


#: ``(direction from the focal point to the camera, view up)`` in LPS for each standard view.
#: Head up for the four side views; anterior up for the views from above and below, the
#: inferior one looking from the feet like an axial image.
STANDARD_VIEWS: dict[StandardView, tuple[Point3, Point3]] = {
    StandardView.ANTERIOR: ((0.0, -1.0, 0.0), (0.0, 0.0, 1.0)),
    StandardView.POSTERIOR: ((0.0, 1.0, 0.0), (0.0, 0.0, 1.0)),
    StandardView.LEFT: ((1.0, 0.0, 0.0), (0.0, 0.0, 1.0)),
    StandardView.RIGHT: ((-1.0, 0.0, 0.0), (0.0, 0.0, 1.0)),
    StandardView.SUPERIOR: ((0.0, 0.0, 1.0), (0.0, -1.0, 0.0)),
    StandardView.INFERIOR: ((0.0, 0.0, -1.0), (0.0, -1.0, 0.0)),
}


@dataclass(frozen=True, slots=True)
class CameraView:
    """A 3-D camera in patient space (LPS, mm).

    Raises
    ------
    ValidationError
        If the camera stands on its focal point or looks along its up vector.
    """

    position: Point3
    focal_point: Point3
    view_up: Point3
    view_angle: float = 30.0
    parallel_projection: bool = False
    parallel_scale: float = 100.0

    def __post_init__(self) -> None:
        for name in ("position", "focal_point", "view_up"):
            value = tuple(float(v) for v in getattr(self, name))
            if len(value) != 3 or not all(math.isfinite(v) for v in value):
                raise ValidationError(Message("A camera needs three finite coordinates per point."))
            object.__setattr__(self, name, value)
        d = [p - f for p, f in zip(self.position, self.focal_point, strict=True)]
        length = math.sqrt(sum(v * v for v in d))
        up = math.sqrt(sum(v * v for v in self.view_up))
        if length < 1e-6 or up < 1e-9:
            raise ValidationError(Message("A camera cannot stand on the point it looks at."))
        cross = (
            d[1] * self.view_up[2] - d[2] * self.view_up[1],
            d[2] * self.view_up[0] - d[0] * self.view_up[2],
            d[0] * self.view_up[1] - d[1] * self.view_up[0],
        )
        if math.sqrt(sum(v * v for v in cross)) < 1e-6 * length * up:
            raise ValidationError(
                Message("A camera's up direction cannot be its viewing direction.")
            )
        if not 0.0 < self.view_angle < 180.0 or self.parallel_scale <= 0:
            raise ValidationError(
                Message("A camera needs a view angle of 0–180° and a positive scale.")
            )

    def to_json(self) -> dict[str, Any]:
        """JSON-ready dictionary."""
        return {
            "position": list(self.position),
            "focal_point": list(self.focal_point),
            "view_up": list(self.view_up),
            "view_angle": self.view_angle,
            "parallel_projection": self.parallel_projection,
            "parallel_scale": self.parallel_scale,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CameraView:
        """Inverse of :meth:`to_json`.

        Raises
        ------
        ValidationError
            If the data does not describe a camera.
        """
        try:
            return cls(
                position=tuple(data["position"]),
                focal_point=tuple(data["focal_point"]),
                view_up=tuple(data["view_up"]),
                view_angle=float(data.get("view_angle", 30.0)),
                parallel_projection=bool(data.get("parallel_projection", False)),
                parallel_scale=float(data.get("parallel_scale", 100.0)),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ValidationError(
                Message("A stored 3-D view could not be read; save it again.")
            ) from exc


@dataclass(frozen=True, slots=True)
class SavedView:
    """A named 3-D view of one series, optionally within a case.

    Attributes
    ----------
    id
        Database id.
    name
        What the user called it ("Tumour vs SMV from the right").
    series_id
        Internal id of the series it shows.
    case_id
        The case it was saved in, if the series was opened from one.
    camera
        The camera.
    preset
        The transfer function shown when it was saved (restored with it), if any.
    created_at
        When it was saved (UTC).
    username
        Who saved it.
    """

    id: int
    name: str
    series_id: int
    case_id: int | None
    camera: CameraView
    preset: TransferFunction | None = None
    created_at: datetime | None = None
    username: str = ""


@dataclass(frozen=True, slots=True)
class SavedPreset:
    """A transfer function a user saved under a name (shared by all cases)."""

    id: int
    transfer_function: TransferFunction
    created_at: datetime | None = None
    username: str = ""

    @property
    def name(self) -> str:
        """The preset's name."""
        return self.transfer_function.name


@dataclass(frozen=True, slots=True)
class SegmentStyle:
    """How one segment of a label map is shown as a surface.

    Attributes
    ----------
    label
        The label value of the segment's voxels (1–65535).
    name
        Shown in the segment list ("Tumour", "SMV").
    colour
        sRGB, each 0–1.
    opacity
        0 (invisible) … 1 (opaque).
    visible
        Whether it is drawn.
    """

    label: int
    name: str
    colour: RGB
    opacity: float = 1.0
    visible: bool = True

    def __post_init__(self) -> None:
        if not 0 < int(self.label) < 65536:
            raise ValidationError(Message("A segment's label value must lie between 1 and 65535."))
        object.__setattr__(self, "label", int(self.label))
        object.__setattr__(self, "colour", tuple(float(v) for v in self.colour))
        if len(self.colour) != 3 or not all(0.0 <= v <= 1.0 for v in self.colour):
            raise ValidationError(Message("A segment colour must be three values between 0 and 1."))
        if not 0.0 <= self.opacity <= 1.0:
            raise ValidationError(Message("A segment's opacity must lie between 0 and 1."))


def dumps(data: dict[str, Any]) -> str:
    """Compact, stable JSON of a camera or preset for the database."""
    return json.dumps(data, sort_keys=True, separators=(",", ":"))
