"""What a resectability assessment of pancreatic cancer rests on: vessels, contact, findings.

The vessels an HPB team grades (SMA, celiac trunk, common hepatic artery, SMV, portal vein, IVC,
aorta, first jejunal branches) are :class:`VesselKind` values; a segment is recognised as one by
its SNOMED CT type (:func:`vessel_kind_of`). For each vessel the workbench keeps the measured
tumour contact (maximum circumferential angle, contact length) and, when a person corrects it,
their override with who and when: both are kept, the override is what the rules read
(:attr:`VesselMeasurement.effective_angle_deg`). Findings a person adds (contour irregularity,
tear-drop deformity, narrowing, thrombus, occlusion, extension of CHA contact), whether the
SMV–portal vein can be reconstructed, and variant arterial anatomy complete the inputs
(:class:`~casereview.domain.resectability_findings.ResectabilityInputs`).

Every input carries its :class:`Provenance` (the measurement, segment and key image it comes
from, or who entered it), so a suggestion and a structured report can show what each statement
rests on. Findings and the inputs the rules read are in
:mod:`casereview.domain.resectability_findings`, the rules as data in
:mod:`casereview.domain.resectability_rules`, the criteria sets (NCCN, DPCG) in
:mod:`casereview.domain.resectability_criteria`, their evaluation in
:mod:`casereview.domain.resectability_suggestion`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

from casereview.domain.segments import TEMPLATE_BY_KEY, Code
from casereview.errors import ValidationError
from casereview.messages import Message


class VesselKind(StrEnum):
    """A vessel graded for resectability (values shared with the analysis code)."""

    SMA = "sma"
    CELIAC = "celiac"
    CHA = "cha"
    SMV = "smv"
    PV = "pv"
    IVC = "ivc"
    AORTA = "aorta"
    #: First jejunal branch: of the SMA (artery) or draining into the SMV (vein); see
    #: :attr:`VesselMeasurement.branch_of`.
    JEJUNAL = "jejunal"


class VesselGroup(StrEnum):
    """Arterial or venous."""

    ARTERIAL = "arterial"
    VENOUS = "venous"


#: Arteries graded by the criteria (the first jejunal branch of the SMA is one too).
ARTERIES: frozenset[VesselKind] = frozenset(
    {VesselKind.SMA, VesselKind.CELIAC, VesselKind.CHA, VesselKind.AORTA}
)
#: Veins graded by the criteria (the most proximal jejunal vein is one too).
VEINS: frozenset[VesselKind] = frozenset({VesselKind.SMV, VesselKind.PV, VesselKind.IVC})


def group_of(vessel: VesselKind, branch_of: VesselKind | None = None) -> VesselGroup | None:
    """Arterial or venous; a first jejunal branch by the trunk it belongs to.

    Returns ``None`` for a jejunal branch whose trunk is not known.
    """
    vessel = VesselKind(vessel)
    if vessel is VesselKind.JEJUNAL:
        return None if branch_of is None else group_of(VesselKind(branch_of))
    return VesselGroup.ARTERIAL if vessel in ARTERIES else VesselGroup.VENOUS


#: Names a clinician reads.
VESSEL_NAMES: dict[VesselKind, Message] = {
    VesselKind.SMA: Message("superior mesenteric artery (SMA)"),
    VesselKind.CELIAC: Message("celiac axis"),
    VesselKind.CHA: Message("common hepatic artery (CHA)"),
    VesselKind.SMV: Message("superior mesenteric vein (SMV)"),
    VesselKind.PV: Message("portal vein"),
    VesselKind.IVC: Message("inferior vena cava (IVC)"),
    VesselKind.AORTA: Message("aorta"),
    VesselKind.JEJUNAL: Message("first jejunal branch"),
}

#: SNOMED CT segmented property types recognised as each vessel (DICOM CID 12112 and 12114;
#: the codes the segment editor already uses are reused). No code is listed for the first
#: jejunal branches: a person names that segment's vessel.
VESSEL_CODES: dict[VesselKind, tuple[Code, ...]] = {
    VesselKind.SMA: (TEMPLATE_BY_KEY["sma"].type,),
    VesselKind.CELIAC: (TEMPLATE_BY_KEY["celiac"].type,),
    VesselKind.CHA: (TEMPLATE_BY_KEY["cha"].type,),
    VesselKind.SMV: (TEMPLATE_BY_KEY["smv"].type,),
    VesselKind.PV: (TEMPLATE_BY_KEY["pv"].type,),
    VesselKind.IVC: (Code("64131007", "SCT", "Inferior vena cava"),),
    VesselKind.AORTA: (TEMPLATE_BY_KEY["aorta"].type, Code("7832008", "SCT", "Abdominal aorta")),
    VesselKind.JEJUNAL: (),
}

_KIND_BY_CODE = {code.value: kind for kind, codes in VESSEL_CODES.items() for code in codes}


def vessel_kind_of(code: Code) -> VesselKind | None:
    """The vessel a segment's SNOMED CT type names, or ``None`` for any other structure."""
    if code.scheme.upper() not in ("SCT", "SRT"):
        return None
    return _KIND_BY_CODE.get(code.value.strip())


def _check_angle(angle: float) -> float:
    value = float(angle)
    if not math.isfinite(value) or not 0.0 <= value <= 360.0:
        raise ValidationError(
            Message("A contact angle is between 0 and 360 degrees, not {angle}.", angle=angle)
        )
    return value


def person_name(author: str) -> str:
    """The author's name with its spaces tidied; refused when empty."""
    name = " ".join(str(author).split())
    if not name:
        raise ValidationError(Message("Say who recorded this (the author is empty)."))
    return name


@dataclass(frozen=True, slots=True)
class Provenance:
    """What a value rests on. Every field is an opaque reference given by the caller.

    Attributes
    ----------
    measurement_id
        The measurement (e.g. a contact measurement's id).
    segment_uid
        The segment (DICOM SEG tracking UID) it was measured on.
    key_image_uid
        A key image showing it.
    entered_by, entered_at
        The person who entered or confirmed it, and when.
    """

    measurement_id: str = ""
    segment_uid: str = ""
    key_image_uid: str = ""
    entered_by: str = ""
    entered_at: datetime | None = None

    def __post_init__(self) -> None:
        for name in ("measurement_id", "segment_uid", "key_image_uid", "entered_by"):
            object.__setattr__(self, name, str(getattr(self, name)).strip())

    @property
    def is_empty(self) -> bool:
        """Whether it names nothing."""
        return not (
            self.measurement_id or self.segment_uid or self.key_image_uid or self.entered_by
        )

    @classmethod
    def of_person(cls, author: str, at: datetime | None = None) -> Provenance:
        """Entered (or confirmed) by ``author`` at ``at``."""
        return cls(entered_by=author, entered_at=at)


def provenances(*items: Provenance) -> tuple[Provenance, ...]:
    """``items`` without the empty ones."""
    return tuple(p for p in items if not p.is_empty)


@dataclass(frozen=True, slots=True)
class AngleOverride:
    """A contact angle set by a person in place of the measured one.

    Parameters
    ----------
    angle_deg
        The angle the person reads (0–360 degrees).
    author, at
        Who set it and when.
    reason
        Why, in their words (optional).
    """

    angle_deg: float
    author: str
    at: datetime
    reason: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "angle_deg", _check_angle(self.angle_deg))
        object.__setattr__(self, "author", person_name(self.author))
        object.__setattr__(self, "reason", " ".join(self.reason.split()))


@dataclass(frozen=True, slots=True)
class VesselMeasurement:
    """Tumour contact with one vessel.

    Parameters
    ----------
    vessel
        Which vessel.
    angle_deg
        Measured maximum circumferential contact angle (degrees, 0 = no contact); ``None``
        when only a person's reading exists (then ``override`` is required).
    length_mm
        Measured contact length along the vessel (mm), if known.
    override
        A person's angle, which the rules use instead of ``angle_deg`` (both are kept).
    branch_of
        For :attr:`VesselKind.JEJUNAL`: the trunk of the branch (SMA for the first jejunal
        artery, SMV for the most proximal draining jejunal vein), ``None`` if not known.
    provenance
        Measurement, segment and key image it rests on.

    Raises
    ------
    ValidationError
        If there is no angle at all, an angle or length is out of range, or ``branch_of`` is
        given for another vessel than the jejunal branch.
    """

    vessel: VesselKind
    angle_deg: float | None = None
    length_mm: float | None = None
    override: AngleOverride | None = None
    branch_of: VesselKind | None = None
    provenance: Provenance = Provenance()

    def __post_init__(self) -> None:
        object.__setattr__(self, "vessel", VesselKind(self.vessel))
        if self.angle_deg is None and self.override is None:
            raise ValidationError(
                Message("A contact measurement needs a measured angle or a person's reading.")
            )
        if self.angle_deg is not None:
            object.__setattr__(self, "angle_deg", _check_angle(self.angle_deg))
        if self.length_mm is not None:
            length = float(self.length_mm)
            if not math.isfinite(length) or length < 0.0:
                raise ValidationError(
                    Message(
                        "A contact length is zero or more millimetres, not {length}.",
                        length=self.length_mm,
                    )
                )
            object.__setattr__(self, "length_mm", length)
        if self.branch_of is not None:
            branch = VesselKind(self.branch_of)
            if self.vessel is not VesselKind.JEJUNAL or branch not in (
                VesselKind.SMA,
                VesselKind.SMV,
            ):
                raise ValidationError(
                    Message("Only a first jejunal branch has a trunk (the SMA or the SMV).")
                )
            object.__setattr__(self, "branch_of", branch)

    @property
    def effective_angle_deg(self) -> float:
        """The angle the rules use: the person's override if there is one, else the measured."""
        if self.override is not None:
            return self.override.angle_deg
        assert self.angle_deg is not None  # guaranteed by __post_init__
        return self.angle_deg

    @property
    def is_overridden(self) -> bool:
        """Whether a person's reading replaces the measured angle."""
        return self.override is not None

    @property
    def in_contact(self) -> bool:
        """Whether the (effective) contact angle is above zero."""
        return self.effective_angle_deg > 0.0

    def with_override(self, override: AngleOverride | None) -> VesselMeasurement:
        """The same measurement with ``override`` (``None`` removes it); the measured angle
        stays."""
        return replace(self, override=override)
