"""A liver resection plan as the case keeps it: what was planned, what it measured, who and when.

A plan is kept as numbered versions, like the resectability assessment: each saved plan is a new
version holding

- its **inputs** (:class:`LiverPlanInputs`): the series and segments it was computed on (liver,
  tumours, the Couinaud segments when the resection removes segments), the resection (segments
  removed, or a surface: a plane bent through control points, in patient LPS millimetres), the
  liver's condition chosen by the clinician, the patient's height and weight and where they
  came from, and the landmarks the Couinaud segments were built from;
- its **result** (:class:`LiverPlanResult`): total, tumour, resected and remnant volumes, the
  tumour's margin, FLR %, BSA, standard liver volume, standardised FLR, RBWR and the verdicts
  with their thresholds and sources, and the Couinaud segments' volumes;
- the SHA-256 of both (:func:`liver_plan_sha256`), which a decision cites.

The JSON format is decided here once: every key the encoder writes must be present when
decoding (a missing key means damage, never a default); a ``"schema"`` names the format and a
newer one is refused with a sentence saying what to do; errors name the key path, never a
stored value.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from casereview.domain.liver_remnant import (
    LiverCondition,
    RemnantAssessment,
    RemnantVerdict,
)
from casereview.domain.resectability_codec import content_sha256
from casereview.domain.resectability_record import SegmentChoice
from casereview.errors import ValidationError
from casereview.messages import Message

#: Format of a stored plan's inputs and result.
LIVER_PLAN_SCHEMA = "casereview.liver-plan/1"

Point = tuple[float, float, float]

#: Couinaud segment labels (4a and 4b share label 4).
COUINAUD_LABELS: tuple[int, ...] = (1, 2, 3, 4, 5, 6, 7, 8)

#: The usual anatomical resections and the Couinaud segments each removes (Brisbane 2000
#: terminology; a trisectionectomy is an "extended" hepatectomy).
NAMED_RESECTIONS: dict[str, tuple[int, ...]] = {
    "right-hepatectomy": (5, 6, 7, 8),
    "left-hepatectomy": (2, 3, 4),
    "right-trisectionectomy": (4, 5, 6, 7, 8),
    "left-trisectionectomy": (2, 3, 4, 5, 8),
    "right-anterior-sectionectomy": (5, 8),
    "right-posterior-sectionectomy": (6, 7),
    "left-lateral-sectionectomy": (2, 3),
    "central-hepatectomy": (4, 5, 8),
}

RESECTION_NAMES: dict[str, Message] = {
    "right-hepatectomy": Message("right hepatectomy"),
    "left-hepatectomy": Message("left hepatectomy"),
    "right-trisectionectomy": Message("right trisectionectomy (extended right hepatectomy)"),
    "left-trisectionectomy": Message("left trisectionectomy (extended left hepatectomy)"),
    "right-anterior-sectionectomy": Message("right anterior sectionectomy"),
    "right-posterior-sectionectomy": Message("right posterior sectionectomy"),
    "left-lateral-sectionectomy": Message("left lateral sectionectomy"),
    "central-hepatectomy": Message("central hepatectomy"),
}


class ResectionKind(StrEnum):
    """How the part removed is given."""

    SEGMENTS = "segments"
    SURFACE = "surface"


class RemnantMeasure(StrEnum):
    """The measure a verdict judges."""

    FLR = "flr"
    SFLR = "sflr"
    RBWR = "rbwr"


MEASURE_NAMES: dict[RemnantMeasure, Message] = {
    RemnantMeasure.FLR: Message("FLR"),
    RemnantMeasure.SFLR: Message("standardised FLR"),
    RemnantMeasure.RBWR: Message("RBWR"),
}


def resection_name(segments: Sequence[int]) -> str | None:
    """The key of the named resection that removes exactly ``segments``, if there is one."""
    wanted = tuple(sorted(set(int(s) for s in segments)))
    for key, removed in NAMED_RESECTIONS.items():
        if removed == wanted:
            return key
    return None


def parse_resection(text: str) -> tuple[int, ...]:
    """``"right-hepatectomy"`` or ``"5,6,7,8"`` → the Couinaud segments removed, sorted.

    Raises
    ------
    ValidationError
        If it is neither a named resection nor a list of segments 1–8, or removes all eight.
    """
    key = text.strip().casefold().replace(" ", "-").replace("_", "-")
    if key in NAMED_RESECTIONS:
        return NAMED_RESECTIONS[key]
    try:
        parts = text.replace(" ", "").split(",")
        segments = tuple(sorted({int(part) for part in parts if part}))
    except ValueError:
        segments = ()
    if not segments or any(s not in COUINAUD_LABELS for s in segments):
        raise ValidationError(
            Message(
                "Name the resection ({names}) or list the Couinaud segments removed, e.g. "
                "'5,6,7,8' (got '{text}').",
                names=", ".join(NAMED_RESECTIONS),
                text=text[:80],
            )
        )
    if len(segments) == len(COUINAUD_LABELS):
        raise ValidationError(
            Message("A resection of all eight segments leaves no liver; choose fewer segments.")
        )
    return segments


@dataclass(frozen=True, slots=True)
class CouinaudLandmarksLps:
    """The landmarks the Couinaud segments were built from, in patient LPS millimetres.

    The fields mirror :class:`casereview.analysis.couinaud.CouinaudLandmarks` (which works in
    the array frame); see there for what each landmark is.
    """

    ivc_confluence: Point
    ivc_inferior: Point
    right_hepatic_vein: tuple[Point, ...]
    middle_hepatic_vein: tuple[Point, ...]
    left_hepatic_vein: tuple[Point, ...]
    portal_bifurcation: Point
    umbilical_fissure: tuple[Point, ...] = ()
    caudate_radius_mm: float = 30.0


@dataclass(frozen=True, slots=True)
class SurfaceLps:
    """A resection surface in patient LPS millimetres: a plane bent through control points.

    Attributes
    ----------
    point, normal
        A point on the base plane and the direction of the part removed.
    control_points
        Points the surface passes through (the first three usually define the plane).
    """

    point: Point
    normal: Point
    control_points: tuple[Point, ...] = ()


@dataclass(frozen=True, slots=True)
class LiverPlanInputs:
    """What a plan was computed from.

    Attributes
    ----------
    series_instance_uid
        The series the segments lie on.
    liver, tumours
        The liver's segment and the tumours in it.
    couinaud
        The Couinaud segments used (role ``"couinaud-N"``); empty for a surface plan without
        segments.
    kind
        Segments removed or a surface.
    removed_segments
        Couinaud labels removed (segment plans), sorted.
    surface
        The resection surface (surface plans).
    condition
        The liver's condition, which sets the thresholds.
    height_cm, weight_kg, size_from
        The patient's size and where it came from: ``"entered"``, ``"images"`` or ``""``.
    landmarks
        The landmarks the Couinaud segments were built from, when they were built here.
    """

    series_instance_uid: str
    liver: SegmentChoice
    tumours: tuple[SegmentChoice, ...]
    couinaud: tuple[SegmentChoice, ...]
    kind: ResectionKind
    removed_segments: tuple[int, ...]
    surface: SurfaceLps | None
    condition: LiverCondition
    height_cm: float | None
    weight_kg: float | None
    size_from: str
    landmarks: CouinaudLandmarksLps | None = None

    def __post_init__(self) -> None:
        if self.kind is ResectionKind.SEGMENTS and (not self.removed_segments or self.surface):
            raise ValidationError(
                Message("A plan that removes segments must name them and have no surface.")
            )
        if self.kind is ResectionKind.SURFACE and (self.surface is None or self.removed_segments):
            raise ValidationError(
                Message("A plan by a resection surface must have the surface and no segments.")
            )
        if self.size_from not in ("entered", "images", ""):
            raise ValidationError(Message("The patient's size must be entered or from the images."))

    @property
    def resection_key(self) -> str | None:
        """The named resection (``"right-hepatectomy"``), when the segments removed match one."""
        return resection_name(self.removed_segments) if self.removed_segments else None


@dataclass(frozen=True, slots=True)
class VerdictRecord:
    """One verdict as stored: the measure, its value, the threshold and its source."""

    measure: RemnantMeasure
    value_percent: float
    threshold_percent: float
    source: str

    @property
    def passes(self) -> bool:
        """Whether the value reaches the threshold."""
        return self.value_percent >= self.threshold_percent

    def text(self) -> Message:
        """ "standardised FLR 27.3 % ≥ 20.0 %: enough" or "… below …: not enough"."""
        return RemnantVerdict(
            MEASURE_NAMES[self.measure], self.value_percent, self.threshold_percent, self.source
        ).text()


@dataclass(frozen=True, slots=True)
class LiverPlanResult:
    """What a plan measured (volumes in mL, ratios in %).

    Attributes
    ----------
    total_ml, tumour_ml, resected_ml, remnant_tumour_ml
        Whole liver (tumours included), tumours, the part removed (tumour included), tumour
        left in the remnant.
    margin_mm
        The tumour's smallest distance to the resection surface, ``None`` when tumour is left
        or there is none.
    flr_percent, bsa_m2, slv_ml, sflr_percent, rbwr_percent
        As in :class:`casereview.domain.liver_remnant.RemnantAssessment`.
    verdicts
        Each measure against its threshold.
    segment_volumes_ml
        Couinaud label → volume, for the segments the plan used.
    """

    total_ml: float
    tumour_ml: float
    resected_ml: float
    remnant_tumour_ml: float
    margin_mm: float | None
    flr_percent: float
    bsa_m2: float | None
    slv_ml: float | None
    sflr_percent: float | None
    rbwr_percent: float | None
    verdicts: tuple[VerdictRecord, ...]
    segment_volumes_ml: tuple[tuple[int, float], ...] = ()

    @property
    def remnant_ml(self) -> float:
        """What the resection leaves, tumour included."""
        return max(self.total_ml - self.resected_ml, 0.0)

    @property
    def future_remnant_ml(self) -> float:
        """The remnant minus the tumour left in it."""
        return max(self.remnant_ml - self.remnant_tumour_ml, 0.0)

    @property
    def passes(self) -> bool:
        """Whether every verdict passes."""
        return all(v.passes for v in self.verdicts)

    @classmethod
    def from_assessment(
        cls,
        remnant: RemnantAssessment,
        margin_mm: float | None,
        segment_volumes_ml: Mapping[int, float] | None = None,
    ) -> LiverPlanResult:
        """The stored form of a :class:`RemnantAssessment` and the margin."""
        volumes = remnant.volumes
        names = {str(name.template): measure for measure, name in MEASURE_NAMES.items()}
        verdicts = tuple(
            VerdictRecord(
                names[v.name.template],
                float(v.value_percent),
                float(v.threshold_percent),
                v.source,
            )
            for v in remnant.verdicts
        )
        return cls(
            volumes.total_ml,
            volumes.tumour_ml,
            volumes.resected_ml,
            volumes.remnant_tumour_ml,
            margin_mm,
            remnant.flr_percent,
            remnant.bsa_m2,
            remnant.slv_ml,
            remnant.sflr_percent,
            remnant.rbwr_percent,
            verdicts,
            tuple(sorted((int(k), float(v)) for k, v in (segment_volumes_ml or {}).items())),
        )


@dataclass(frozen=True, slots=True)
class LiverPlanDraft:
    """A plan just computed and not (yet) saved: what the planner returns on every change.

    Attributes
    ----------
    inputs, result
        What it was computed from and what it measured (saved as they are).
    segment_versions
        Each segment it was computed from, by UUID, with that segment's last change time when
        it was read; saving refuses the draft when one of them changed or went since.
    """

    inputs: LiverPlanInputs
    result: LiverPlanResult
    segment_versions: tuple[tuple[str, datetime | None], ...] = ()


@dataclass(frozen=True, slots=True)
class LiverPlanVersion:
    """One stored version of a case's liver plan.

    Attributes
    ----------
    uid
        The version's UID (what decisions and packages name).
    number
        1, 2, … within the case.
    case_id
        The case.
    inputs, result
        What it was computed from and what it measured.
    author
        Who saved it (user name).
    created_at
        When (UTC).
    note
        What the author wrote about it (may be empty).
    content_sha256
        :func:`liver_plan_sha256` of inputs and result when it was saved.
    origin
        ``""`` for our own plans; the partner institution's name for a plan received in a package.
    """

    uid: str
    number: int
    case_id: int
    inputs: LiverPlanInputs
    result: LiverPlanResult
    author: str
    created_at: datetime
    note: str
    content_sha256: str
    origin: str = field(default="")


# --- JSON ---------------------------------------------------------------------------------------


def _damaged(where: str, problem: str | Message) -> ValidationError:
    return ValidationError(
        Message(
            "The saved liver plan is damaged at {where}: {problem}. Plan the resection again.",
            where=where,
            problem=problem,
        )
    )


def _number(value: object, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise _damaged(where, Message("expected a finite number"))
    return float(value)


def _optional_number(value: object, where: str) -> float | None:
    return None if value is None else _number(value, where)


def _get(data: object, key: str, where: str) -> object:
    if not isinstance(data, Mapping):
        raise _damaged(where, Message("expected an object"))
    if key not in data:
        raise _damaged(f"{where}.{key}", Message("missing"))
    return data[key]


def _text(data: object, key: str, where: str) -> str:
    value = _get(data, key, where)
    if not isinstance(value, str):
        raise _damaged(f"{where}.{key}", Message("expected text"))
    return value


def _list(data: object, key: str, where: str) -> list[object]:
    value = _get(data, key, where)
    if not isinstance(value, list):
        raise _damaged(f"{where}.{key}", Message("expected a list"))
    return value


def _point_to_json(point: Sequence[float], where: str) -> list[float]:
    values = [float(v) for v in point]
    if len(values) != 3 or not all(math.isfinite(v) for v in values):
        raise ValidationError(
            Message(
                "A position of the liver plan is not three finite numbers ({where}).", where=where
            )
        )
    return values


def _point_from_json(value: object, where: str) -> Point:
    if not isinstance(value, list) or len(value) != 3:
        raise _damaged(where, Message("expected three numbers"))
    x, y, z = (_number(v, f"{where}[{i}]") for i, v in enumerate(value))
    return (x, y, z)


def _points_from_json(values: list[object], where: str) -> tuple[Point, ...]:
    return tuple(_point_from_json(v, f"{where}[{i}]") for i, v in enumerate(values))


def _choice_from_json(value: object, where: str) -> SegmentChoice:
    number = _number(_get(value, "segment_number", where), f"{where}.segment_number")
    by_hand = _get(value, "by_hand", where)
    if not isinstance(by_hand, bool):
        raise _damaged(f"{where}.by_hand", Message("expected true or false"))
    return SegmentChoice(
        _text(value, "role", where),
        _text(value, "segment_uuid", where),
        _text(value, "segment_name", where),
        int(number),
        by_hand,
    )


def _enum(value: object, kind: type[Any], where: str) -> Any:
    try:
        return kind(value)
    except ValueError:
        raise _damaged(
            where, Message("expected one of: {values}", values=", ".join(m.value for m in kind))
        ) from None


def _landmarks_to_json(m: CouinaudLandmarksLps) -> dict[str, Any]:
    return {
        "ivc_confluence": _point_to_json(m.ivc_confluence, "IVC"),
        "ivc_inferior": _point_to_json(m.ivc_inferior, "IVC"),
        "right_hepatic_vein": [_point_to_json(p, "RHV") for p in m.right_hepatic_vein],
        "middle_hepatic_vein": [_point_to_json(p, "MHV") for p in m.middle_hepatic_vein],
        "left_hepatic_vein": [_point_to_json(p, "LHV") for p in m.left_hepatic_vein],
        "portal_bifurcation": _point_to_json(m.portal_bifurcation, "portal"),
        "umbilical_fissure": [_point_to_json(p, "fissure") for p in m.umbilical_fissure],
        "caudate_radius_mm": float(m.caudate_radius_mm),
    }


def _landmarks_from_json(data: object, where: str) -> CouinaudLandmarksLps:
    def points(key: str) -> tuple[Point, ...]:
        return _points_from_json(_list(data, key, where), f"{where}.{key}")

    return CouinaudLandmarksLps(
        _point_from_json(_get(data, "ivc_confluence", where), f"{where}.ivc_confluence"),
        _point_from_json(_get(data, "ivc_inferior", where), f"{where}.ivc_inferior"),
        points("right_hepatic_vein"),
        points("middle_hepatic_vein"),
        points("left_hepatic_vein"),
        _point_from_json(_get(data, "portal_bifurcation", where), f"{where}.portal_bifurcation"),
        points("umbilical_fissure"),
        _number(_get(data, "caudate_radius_mm", where), f"{where}.caudate_radius_mm"),
    )


def landmarks_to_json(landmarks: CouinaudLandmarksLps) -> dict[str, Any]:
    """The stored JSON of Couinaud landmarks (as in a plan's inputs)."""
    return _landmarks_to_json(landmarks)


def landmarks_from_json(data: object) -> CouinaudLandmarksLps:
    """Inverse of :func:`landmarks_to_json`.

    Raises
    ------
    ValidationError
        If a key is missing or a position is not three finite numbers.
    """
    return _landmarks_from_json(data, "landmarks")


def inputs_to_json(inputs: LiverPlanInputs) -> dict[str, Any]:
    """The stored JSON of a plan's inputs."""
    surface = inputs.surface
    return {
        "schema": LIVER_PLAN_SCHEMA,
        "series_instance_uid": inputs.series_instance_uid,
        "liver": inputs.liver.to_json(),
        "tumours": [t.to_json() for t in inputs.tumours],
        "couinaud": [c.to_json() for c in inputs.couinaud],
        "kind": inputs.kind.value,
        "removed_segments": [int(s) for s in inputs.removed_segments],
        "surface": None
        if surface is None
        else {
            "point": _point_to_json(surface.point, "surface"),
            "normal": _point_to_json(surface.normal, "surface"),
            "control_points": [_point_to_json(p, "surface") for p in surface.control_points],
        },
        "condition": inputs.condition.value,
        "height_cm": None if inputs.height_cm is None else float(inputs.height_cm),
        "weight_kg": None if inputs.weight_kg is None else float(inputs.weight_kg),
        "size_from": inputs.size_from,
        "landmarks": None if inputs.landmarks is None else _landmarks_to_json(inputs.landmarks),
    }


def _check_schema(data: object, where: str) -> None:
    found = _get(data, "schema", where)
    if found == LIVER_PLAN_SCHEMA:
        return
    family, _, version = LIVER_PLAN_SCHEMA.rpartition("/")
    if isinstance(found, str) and found.startswith(family + "/"):
        tail = found[len(family) + 1 :]
        if tail.isdigit() and int(tail) > int(version):
            raise ValidationError(
                Message(
                    "This liver plan was saved by a newer casereview (format {format}); update "
                    "casereview to open it.",
                    format=found[:80],
                )
            )
    raise ValidationError(
        Message(
            "This is not a saved liver plan this casereview can read (format {format}, "
            "expected {expected}).",
            format=str(found)[:80],
            expected=LIVER_PLAN_SCHEMA,
        )
    )


def inputs_from_json(data: object) -> LiverPlanInputs:
    """Inverse of :func:`inputs_to_json`.

    Raises
    ------
    ValidationError
        If the text is damaged, of another format or of a newer one.
    """
    where = "inputs"
    _check_schema(data, where)
    surface_data = _get(data, "surface", where)
    surface = None
    if surface_data is not None:
        s = f"{where}.surface"
        surface = SurfaceLps(
            _point_from_json(_get(surface_data, "point", s), f"{s}.point"),
            _point_from_json(_get(surface_data, "normal", s), f"{s}.normal"),
            _points_from_json(_list(surface_data, "control_points", s), f"{s}.control_points"),
        )
    landmarks = _get(data, "landmarks", where)
    removed = _list(data, "removed_segments", where)
    parts = (
        _text(data, "series_instance_uid", where),
        _choice_from_json(_get(data, "liver", where), f"{where}.liver"),
        tuple(
            _choice_from_json(t, f"{where}.tumours[{i}]")
            for i, t in enumerate(_list(data, "tumours", where))
        ),
        tuple(
            _choice_from_json(c, f"{where}.couinaud[{i}]")
            for i, c in enumerate(_list(data, "couinaud", where))
        ),
        _enum(_get(data, "kind", where), ResectionKind, f"{where}.kind"),
        tuple(int(_number(v, f"{where}.removed_segments[{i}]")) for i, v in enumerate(removed)),
        surface,
        _enum(_get(data, "condition", where), LiverCondition, f"{where}.condition"),
        _optional_number(_get(data, "height_cm", where), f"{where}.height_cm"),
        _optional_number(_get(data, "weight_kg", where), f"{where}.weight_kg"),
        _text(data, "size_from", where),
        None if landmarks is None else _landmarks_from_json(landmarks, f"{where}.landmarks"),
    )
    try:
        return LiverPlanInputs(*parts)
    except ValidationError as exc:
        # The parts read, but do not make a plan together (a surface plan naming segments).
        raise _damaged(where, exc.message) from exc


def result_to_json(result: LiverPlanResult) -> dict[str, Any]:
    """The stored JSON of a plan's result."""

    def optional(value: float | None) -> float | None:
        return None if value is None else float(value)

    return {
        "schema": LIVER_PLAN_SCHEMA,
        "total_ml": float(result.total_ml),
        "tumour_ml": float(result.tumour_ml),
        "resected_ml": float(result.resected_ml),
        "remnant_tumour_ml": float(result.remnant_tumour_ml),
        "margin_mm": optional(result.margin_mm),
        "flr_percent": float(result.flr_percent),
        "bsa_m2": optional(result.bsa_m2),
        "slv_ml": optional(result.slv_ml),
        "sflr_percent": optional(result.sflr_percent),
        "rbwr_percent": optional(result.rbwr_percent),
        "verdicts": [
            {
                "measure": v.measure.value,
                "value_percent": float(v.value_percent),
                "threshold_percent": float(v.threshold_percent),
                "source": v.source,
            }
            for v in result.verdicts
        ],
        "segment_volumes_ml": [[int(k), float(v)] for k, v in result.segment_volumes_ml],
    }


def result_from_json(data: object) -> LiverPlanResult:
    """Inverse of :func:`result_to_json`.

    Raises
    ------
    ValidationError
        If the text is damaged, of another format or of a newer one.
    """
    where = "result"
    _check_schema(data, where)

    def number(key: str) -> float:
        return _number(_get(data, key, where), f"{where}.{key}")

    def optional(key: str) -> float | None:
        return _optional_number(_get(data, key, where), f"{where}.{key}")

    verdicts = []
    for i, item in enumerate(_list(data, "verdicts", where)):
        at = f"{where}.verdicts[{i}]"
        verdicts.append(
            VerdictRecord(
                _enum(_get(item, "measure", at), RemnantMeasure, f"{at}.measure"),
                _number(_get(item, "value_percent", at), f"{at}.value_percent"),
                _number(_get(item, "threshold_percent", at), f"{at}.threshold_percent"),
                _text(item, "source", at),
            )
        )
    volumes = []
    for i, item in enumerate(_list(data, "segment_volumes_ml", where)):
        at = f"{where}.segment_volumes_ml[{i}]"
        if not isinstance(item, list) or len(item) != 2:
            raise _damaged(at, Message("expected a segment and its volume"))
        volumes.append((int(_number(item[0], at)), _number(item[1], at)))
    return LiverPlanResult(
        number("total_ml"),
        number("tumour_ml"),
        number("resected_ml"),
        number("remnant_tumour_ml"),
        optional("margin_mm"),
        number("flr_percent"),
        optional("bsa_m2"),
        optional("slv_ml"),
        optional("sflr_percent"),
        optional("rbwr_percent"),
        tuple(verdicts),
        tuple(volumes),
    )


def liver_plan_sha256(inputs: LiverPlanInputs, result: LiverPlanResult) -> str:
    """The content hash a plan version is stored and cited with."""
    return content_sha256(inputs_to_json(inputs), result_to_json(result))


def verify_plan(version: LiverPlanVersion) -> bool:
    """Whether a version's content still has the hash it was stored (and cited) with."""
    return liver_plan_sha256(version.inputs, version.result) == version.content_sha256


def as_utc(when: datetime) -> datetime:
    """``when`` in UTC; a time without a zone is refused (its instant is unknown).

    Raises
    ------
    ValidationError
        If ``when`` has no time zone.
    """
    if when.tzinfo is None or when.utcoffset() is None:
        raise ValidationError(Message("A liver plan's time must carry its time zone."))
    return when.astimezone(UTC)
