"""The session protocol: what travels between sites, as codes and numbers.

Everything a participant sees is split into *facets*, one key each in the session's key-value
store (so a late joiner reads the whole state in one step): the layout, the series (by the
package's de-identified Series Instance UID only), the crosshair in patient space (LPS mm,
which fixes the slice of every plane), the window, the slab, the oblique angles, zoom and pan
of each 2-D view, the 3-D camera and preset, the agenda case and key image of the presentation,
and each annotation drawn during the session. Control, participants and control requests are
facets too. Pointers travel apart and are not stored.

A message's plaintext is compact JSON ``{"v": 1, "f": facet, "d": body}`` (``"d": null``
removes a facet: an annotation wiped, a request withdrawn). It holds no text meant for people
except an annotation's label and a participant's chosen display name, so each site shows
everything else in its own language. Every value is checked on receipt
(:func:`decode`); a message that is not valid raises a typed error and changes nothing.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Final

from casereview.domain.annotations import POINT_COUNTS, AnnotationKind
from casereview.domain.rendering import CameraView
from casereview.errors import ValidationError
from casereview.joint.errors import MalformedMessageError, ProtocolVersionError
from casereview.messages import Message

#: Version of the message schema (the ``"v"`` of every plaintext).
SCHEMA_VERSION: Final = 1
#: Largest coordinate accepted (mm): a body is well under a metre; this only stops nonsense.
MAX_COORDINATE = 1.0e5
#: Longest annotation label and display name (characters).
MAX_LABEL = 200
MAX_NAME = 80
#: Most points of one annotation (a polygon drawn by hand).
MAX_POINTS = 2000
#: The 2-D views whose zoom and pan travel.
VIEWS: Final = ("axial", "coronal", "sagittal", "compare")
LAYOUTS: Final = ("1x1", "1x3", "2x2", "compare")
PLANES: Final = ("axial", "coronal", "sagittal")
SLAB_MODES: Final = ("none", "mip", "minip", "mean")


class Facet(StrEnum):
    """The facets with a fixed name; others are ``prefix/id`` (see the ``*_PREFIX`` names)."""

    LAYOUT = "layout"
    SERIES = "series"
    CROSSHAIR = "crosshair"
    WINDOW = "window"
    SLAB = "slab"
    ROTATION = "rotation"
    CAMERA = "camera3d"
    PRESET = "preset3d"
    AGENDA = "agenda"
    CONTROL = "control"


ZOOM_PREFIX: Final = "zoom/"
ANNOTATION_PREFIX: Final = "annotation/"
PARTICIPANT_PREFIX: Final = "participant/"
REQUEST_PREFIX: Final = "request/"
#: The pseudo-facets of the pointer subject (never stored).
POINTER: Final = "pointer"
PRESENCE: Final = "presence"

#: Facets only the participant in control may write (what everyone sees).
VIEW_FACETS: Final = frozenset(
    {
        Facet.LAYOUT,
        Facet.SERIES,
        Facet.CROSSHAIR,
        Facet.WINDOW,
        Facet.SLAB,
        Facet.ROTATION,
        Facet.CAMERA,
        Facet.PRESET,
        Facet.AGENDA,
    }
)


def _bad(what: str) -> MalformedMessageError:
    return MalformedMessageError(
        Message(
            "A session message was ignored: its {what} is not valid. The sending site may run "
            "another casereview version.",
            what=what,
        )
    )


def _number(value: object, what: str, *, low: float = -MAX_COORDINATE) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _bad(what)
    number = float(value)
    if not math.isfinite(number) or not low <= number <= MAX_COORDINATE:
        raise _bad(what)
    return number


def _point(value: object, what: str) -> tuple[float, float, float]:
    if not isinstance(value, list | tuple) or len(value) != 3:
        raise _bad(what)
    return (_number(value[0], what), _number(value[1], what), _number(value[2], what))


def _text(value: object, what: str, limit: int, *, empty: bool = True) -> str:
    if not isinstance(value, str) or len(value) > limit or (not empty and not value.strip()):
        raise _bad(what)
    if any(ord(c) < 32 and c not in "\n\t" for c in value):
        raise _bad(what)
    return value


def _code(value: object, what: str, allowed: Sequence[str]) -> str:
    if not isinstance(value, str) or value not in allowed:
        raise _bad(what)
    return value


def _uid(value: object, what: str, *, empty: bool = False) -> str:
    """A DICOM UID (digits and dots, at most 64 characters)."""
    if not isinstance(value, str) or (not value and not empty) or len(value) > 64:
        raise _bad(what)
    if value and (
        not all(c.isdigit() or c == "." for c in value) or ".." in value or value[0] == "."
    ):
        raise _bad(what)
    return value


def _package(value: object) -> str:
    """A package id (the UUID a package names itself by)."""
    if not isinstance(value, str) or not 1 <= len(value) <= 64:
        raise _bad("case package")
    if not all(c.isalnum() or c in "-_." for c in value):
        raise _bad("case package")
    return value


def _participant(value: object, what: str) -> str:
    """A participant id: 16 hexadecimal digits."""
    if not isinstance(value, str) or len(value) != 16:
        raise _bad(what)
    try:
        int(value, 16)
    except ValueError:
        raise _bad(what) from None
    return value.lower()


def _body(value: object) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise _bad("content")
    return value


# --- facet values ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LayoutState:
    """Arrangement of the viewer: a ``Layout`` value and the plane of the single views."""

    layout: str
    plane: str = "axial"

    @property
    def facet(self) -> str:
        return Facet.LAYOUT

    def body(self) -> dict[str, Any]:
        return {"layout": self.layout, "plane": self.plane}

    @classmethod
    def from_body(cls, d: Mapping[str, Any]) -> LayoutState:
        return cls(
            _code(d.get("layout"), "layout", LAYOUTS), _code(d.get("plane"), "plane", PLANES)
        )


@dataclass(frozen=True, slots=True)
class SeriesState:
    """The series shown, named by the package's de-identified Series Instance UIDs."""

    package: str
    primary: str
    comparison: str = ""

    @property
    def facet(self) -> str:
        return Facet.SERIES

    def body(self) -> dict[str, Any]:
        return {"package": self.package, "primary": self.primary, "comparison": self.comparison}

    @classmethod
    def from_body(cls, d: Mapping[str, Any]) -> SeriesState:
        return cls(
            _package(d.get("package")),
            _uid(d.get("primary"), "series"),
            _uid(d.get("comparison", ""), "comparison series", empty=True),
        )


@dataclass(frozen=True, slots=True)
class CrosshairState:
    """The crosshair in patient space (LPS mm): it fixes the slice of every plane."""

    lps: tuple[float, float, float]

    @property
    def facet(self) -> str:
        return Facet.CROSSHAIR

    def body(self) -> dict[str, Any]:
        return {"lps": list(self.lps)}

    @classmethod
    def from_body(cls, d: Mapping[str, Any]) -> CrosshairState:
        return cls(_point(d.get("lps"), "crosshair"))


@dataclass(frozen=True, slots=True)
class WindowState:
    """Window width and level (HU) and whether the grey scale is inverted."""

    width: float
    level: float
    invert: bool = False

    @property
    def facet(self) -> str:
        return Facet.WINDOW

    def body(self) -> dict[str, Any]:
        return {"width": self.width, "level": self.level, "invert": self.invert}

    @classmethod
    def from_body(cls, d: Mapping[str, Any]) -> WindowState:
        invert = d.get("invert", False)
        if not isinstance(invert, bool):
            raise _bad("window")
        return cls(
            _number(d.get("width"), "window", low=1.0), _number(d.get("level"), "window"), invert
        )


@dataclass(frozen=True, slots=True)
class SlabState:
    """Thick-slab projection (``SlabMode`` value) and its thickness (mm)."""

    mode: str
    thickness: float

    @property
    def facet(self) -> str:
        return Facet.SLAB

    def body(self) -> dict[str, Any]:
        return {"mode": self.mode, "thickness": self.thickness}

    @classmethod
    def from_body(cls, d: Mapping[str, Any]) -> SlabState:
        return cls(
            _code(d.get("mode"), "slab", SLAB_MODES), _number(d.get("thickness"), "slab", low=0.0)
        )


@dataclass(frozen=True, slots=True)
class RotationState:
    """Oblique rotation about the L–R, A–P and S–I axes (degrees)."""

    degrees: tuple[float, float, float]

    @property
    def facet(self) -> str:
        return Facet.ROTATION

    def body(self) -> dict[str, Any]:
        return {"degrees": list(self.degrees)}

    @classmethod
    def from_body(cls, d: Mapping[str, Any]) -> RotationState:
        degrees = _point(d.get("degrees"), "oblique angles")
        if any(abs(a) > 360.0 for a in degrees):
            raise _bad("oblique angles")
        return cls(degrees)


@dataclass(frozen=True, slots=True)
class ZoomPanState:
    """Zoom and pan of one 2-D view: the plane point at the centre (mm) and half the height
    shown (mm), as the slice view's camera keeps them."""

    view: str
    centre_u: float
    centre_v: float
    half_height: float

    @property
    def facet(self) -> str:
        return ZOOM_PREFIX + self.view

    def body(self) -> dict[str, Any]:
        return {"u": self.centre_u, "v": self.centre_v, "half_height": self.half_height}

    @classmethod
    def from_body(cls, view: str, d: Mapping[str, Any]) -> ZoomPanState:
        return cls(
            _code(view, "view", VIEWS),
            _number(d.get("u"), "pan"),
            _number(d.get("v"), "pan"),
            _number(d.get("half_height"), "zoom", low=1e-3),
        )


@dataclass(frozen=True, slots=True)
class CameraState:
    """The 3-D camera in patient space (a :class:`~casereview.domain.rendering.CameraView`)."""

    camera: CameraView

    @property
    def facet(self) -> str:
        return Facet.CAMERA

    def body(self) -> dict[str, Any]:
        c = self.camera
        return {
            "position": list(c.position),
            "focal_point": list(c.focal_point),
            "view_up": list(c.view_up),
            "view_angle": c.view_angle,
            "parallel": c.parallel_projection,
            "parallel_scale": c.parallel_scale,
        }

    @classmethod
    def from_body(cls, d: Mapping[str, Any]) -> CameraState:
        parallel = d.get("parallel", False)
        if not isinstance(parallel, bool):
            raise _bad("3-D camera")
        try:
            camera = CameraView(
                position=_point(d.get("position"), "3-D camera"),
                focal_point=_point(d.get("focal_point"), "3-D camera"),
                view_up=_point(d.get("view_up"), "3-D camera"),
                view_angle=_number(d.get("view_angle"), "3-D camera"),
                parallel_projection=parallel,
                parallel_scale=_number(d.get("parallel_scale"), "3-D camera"),
            )
        except ValidationError:
            raise _bad("3-D camera") from None
        return cls(camera)


@dataclass(frozen=True, slots=True)
class PresetState:
    """The 3-D rendering preset, by name (a built-in key such as ``cta``, or a saved name)."""

    name: str

    @property
    def facet(self) -> str:
        return Facet.PRESET

    def body(self) -> dict[str, Any]:
        return {"name": self.name}

    @classmethod
    def from_body(cls, d: Mapping[str, Any]) -> PresetState:
        return cls(_text(d.get("name"), "3-D preset", 128, empty=False))


@dataclass(frozen=True, slots=True)
class AgendaState:
    """The case on the shared screen of a presentation: its package, and the key image shown
    (the UUID it travelled under in the package; ``""``: none).

    An empty ``package`` says that the presenter shows a case of the agenda that is not part
    of the session (it names nothing: the others say "not shared")."""

    package: str
    key_image: str = ""

    @property
    def facet(self) -> str:
        return Facet.AGENDA

    def body(self) -> dict[str, Any]:
        return {"package": self.package, "key_image": self.key_image}

    @classmethod
    def from_body(cls, d: Mapping[str, Any]) -> AgendaState:
        key = d.get("key_image", "")
        if key:
            key = _key(key, "key image")
        package = d.get("package")
        if package == "":
            if key:
                raise _bad("key image")
            return cls("")
        return cls(_package(package), str(key))


def _key(value: object, what: str) -> str:
    """An item's UUID as it travelled in the package (36 characters, hex and dashes)."""
    if not isinstance(value, str) or not 1 <= len(value) <= 64:
        raise _bad(what)
    if not all(c.isalnum() or c == "-" for c in value):
        raise _bad(what)
    return value


@dataclass(frozen=True, slots=True)
class AnnotationShape:
    """A mark drawn during the session (not stored in anyone's database): kind, points in
    patient space, the series it was drawn on and its label."""

    uuid: str
    package: str
    series: str
    kind: AnnotationKind
    points: tuple[tuple[float, float, float], ...]
    label: str = ""

    @property
    def facet(self) -> str:
        return ANNOTATION_PREFIX + self.uuid

    def body(self) -> dict[str, Any]:
        return {
            "package": self.package,
            "series": self.series,
            "kind": self.kind.value,
            "points": [list(p) for p in self.points],
            "label": self.label,
        }

    @classmethod
    def from_body(cls, uuid: str, d: Mapping[str, Any]) -> AnnotationShape:
        kind = AnnotationKind(_code(d.get("kind"), "annotation", [k.value for k in AnnotationKind]))
        raw = d.get("points")
        if not isinstance(raw, list) or not 1 <= len(raw) <= MAX_POINTS:
            raise _bad("annotation")
        points = tuple(_point(p, "annotation") for p in raw)
        expected = POINT_COUNTS[kind]
        if (expected is None and len(points) < 3) or (
            expected is not None and len(points) != expected
        ):
            raise _bad("annotation")
        return cls(
            _key(uuid, "annotation"),
            _package(d.get("package")),
            _uid(d.get("series"), "annotation's series"),
            kind,
            points,
            _text(d.get("label", ""), "annotation label", MAX_LABEL),
        )


class ControlMode(StrEnum):
    """Whether control is held (passed only by a grant) or open (the first to take it has it)."""

    HELD = "held"
    OPEN = "open"


@dataclass(frozen=True, slots=True)
class ControlState:
    """Who drives the session and who presents (the presenter can always take control back)."""

    presenter: str
    driver: str
    mode: ControlMode = ControlMode.HELD

    @property
    def facet(self) -> str:
        return Facet.CONTROL

    def body(self) -> dict[str, Any]:
        return {"presenter": self.presenter, "driver": self.driver, "mode": self.mode.value}

    @classmethod
    def from_body(cls, d: Mapping[str, Any]) -> ControlState:
        return cls(
            _participant(d.get("presenter"), "control"),
            _participant(d.get("driver"), "control"),
            ControlMode(_code(d.get("mode"), "control", [m.value for m in ControlMode])),
        )


class ParticipantRole(StrEnum):
    PRESENTER = "presenter"
    PARTICIPANT = "participant"


@dataclass(frozen=True, slots=True)
class ParticipantInfo:
    """A participant as announced at join: display name chosen then, institution, role, and
    whether they are still in the session."""

    participant_id: str
    name: str
    institution: str = ""
    role: ParticipantRole = ParticipantRole.PARTICIPANT
    present: bool = True

    @property
    def facet(self) -> str:
        return PARTICIPANT_PREFIX + self.participant_id

    def body(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "institution": self.institution,
            "role": self.role.value,
            "present": self.present,
        }

    @classmethod
    def from_body(cls, pid: str, d: Mapping[str, Any]) -> ParticipantInfo:
        present = d.get("present", True)
        if not isinstance(present, bool):
            raise _bad("participant")
        return cls(
            _participant(pid, "participant"),
            _text(d.get("name"), "participant's name", MAX_NAME, empty=False),
            _text(d.get("institution", ""), "participant's institution", 128),
            ParticipantRole(
                _code(d.get("role"), "participant", [r.value for r in ParticipantRole])
            ),
            present,
        )


@dataclass(frozen=True, slots=True)
class ControlRequest:
    """A participant asks for control (the presenter or driver grants it)."""

    participant_id: str

    @property
    def facet(self) -> str:
        return REQUEST_PREFIX + self.participant_id

    def body(self) -> dict[str, Any]:
        return {}


@dataclass(frozen=True, slots=True)
class Pointer:
    """A participant's pointer on a view: the patient position it points at (LPS mm)."""

    package: str
    series: str
    view: str
    lps: tuple[float, float, float]

    def body(self) -> dict[str, Any]:
        return {
            "package": self.package,
            "series": self.series,
            "view": self.view,
            "lps": list(self.lps),
        }

    @classmethod
    def from_body(cls, d: Mapping[str, Any]) -> Pointer:
        return cls(
            _package(d.get("package")),
            _uid(d.get("series"), "pointer's series"),
            _code(d.get("view"), "pointer", (*VIEWS, "3d")),
            _point(d.get("lps"), "pointer"),
        )


#: A value that can be stored under a facet.
FacetValue = (
    LayoutState
    | SeriesState
    | CrosshairState
    | WindowState
    | SlabState
    | RotationState
    | ZoomPanState
    | CameraState
    | PresetState
    | AgendaState
    | AnnotationShape
    | ControlState
    | ParticipantInfo
    | ControlRequest
)

_FIXED: dict[str, Any] = {
    Facet.LAYOUT: LayoutState,
    Facet.SERIES: SeriesState,
    Facet.CROSSHAIR: CrosshairState,
    Facet.WINDOW: WindowState,
    Facet.SLAB: SlabState,
    Facet.ROTATION: RotationState,
    Facet.CAMERA: CameraState,
    Facet.PRESET: PresetState,
    Facet.AGENDA: AgendaState,
    Facet.CONTROL: ControlState,
}


def package_of(value: FacetValue | Pointer) -> str | None:
    """The case package a value refers to (``None`` for values that name no image)."""
    if isinstance(value, AgendaState) and not value.package:
        return None  # a case of the agenda that is not shared: no image named
    if isinstance(value, SeriesState | AgendaState | AnnotationShape | Pointer):
        return value.package
    return None


# --- encoding --------------------------------------------------------------------------------


def encode(facet: str, body: Mapping[str, Any] | None) -> bytes:
    """The plaintext of a message setting ``facet`` to ``body`` (``None``: removing it)."""
    return json.dumps(
        {"v": SCHEMA_VERSION, "f": facet, "d": body},
        separators=(",", ":"),
        allow_nan=False,
        ensure_ascii=False,
    ).encode("utf-8")


def encode_value(value: FacetValue) -> bytes:
    """The plaintext of a message setting ``value.facet`` to ``value``."""
    return encode(value.facet, value.body())


def read_envelope(plaintext: bytes) -> tuple[str, Mapping[str, Any] | None]:
    """``(facet, body)`` of a plaintext (``body`` ``None``: the facet is removed).

    Raises
    ------
    ProtocolVersionError
        If it was written in another schema version.
    MalformedMessageError
        If it is not a message of this protocol.
    """
    try:
        data = json.loads(plaintext.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise _bad("format") from None
    if not isinstance(data, dict):
        raise _bad("format")
    version = data.get("v")
    if version != SCHEMA_VERSION:
        raise ProtocolVersionError(
            Message(
                "A participant's casereview writes session messages in version {theirs}; this "
                "one reads version {ours}. Use the same casereview version at every site.",
                theirs=str(version),
                ours=SCHEMA_VERSION,
            )
        )
    facet = data.get("f")
    if not isinstance(facet, str) or not 1 <= len(facet) <= 128:
        raise _bad("facet")
    body = data.get("d")
    if body is not None and not isinstance(body, dict):
        raise _bad("content")
    return facet, body


def decode(facet: str, body: Mapping[str, Any] | None) -> FacetValue | None:
    """The typed value of a facet's body (``None`` when the facet is removed).

    Raises
    ------
    MalformedMessageError
        If the facet is unknown or a value is missing, of the wrong type or out of range.
    """
    if body is None:
        if facet.startswith((ANNOTATION_PREFIX, REQUEST_PREFIX)):
            return None
        raise _bad("content")
    d = _body(body)
    if facet in _FIXED:
        value: FacetValue = _FIXED[facet].from_body(d)
        return value
    prefix, _, rest = facet.partition("/")
    if prefix + "/" == ZOOM_PREFIX:
        return ZoomPanState.from_body(rest, d)
    if prefix + "/" == ANNOTATION_PREFIX:
        return AnnotationShape.from_body(rest, d)
    if prefix + "/" == PARTICIPANT_PREFIX:
        return ParticipantInfo.from_body(rest, d)
    if prefix + "/" == REQUEST_PREFIX:
        return ControlRequest(_participant(rest, "control request"))
    raise _bad("facet")
