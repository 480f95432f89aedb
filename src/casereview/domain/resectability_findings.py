"""What people add to a resectability assessment, and the inputs the rules read.

Findings on vessels (contour irregularity, tear-drop deformity, narrowing, thrombus, occlusion,
extension of CHA contact), the surgeon's judgement of SMV–portal vein reconstructibility,
variant arterial anatomy and the tumour's location, each with who recorded it; and
:class:`ResectabilityInputs`, which gathers them with the contact measurements
(:class:`~casereview.domain.resectability.VesselMeasurement`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from casereview.domain.resectability import (
    VEINS,
    VESSEL_NAMES,
    Provenance,
    VesselKind,
    VesselMeasurement,
    person_name,
)
from casereview.errors import ValidationError
from casereview.messages import Message


class FindingKind(StrEnum):
    """Findings a person adds to a vessel."""

    #: Vein contour irregularity (tethering) or focal arterial contour irregularity.
    CONTOUR_IRREGULARITY = "contour_irregularity"
    #: Tear-drop deformity of the SMV (veins only).
    TEAR_DROP = "tear_drop"
    #: Focal narrowing of the vessel.
    NARROWING = "narrowing"
    #: Thrombus in the vein, bland or tumour (veins only).
    THROMBUS = "thrombus"
    #: Occlusion of the vein (veins only).
    OCCLUSION = "occlusion"
    #: CHA contact extending to the celiac axis (CHA only).
    EXTENSION_TO_CELIAC_AXIS = "extension_to_celiac_axis"
    #: CHA contact extending to the bifurcation of the hepatic artery (CHA only).
    EXTENSION_TO_HEPATIC_BIFURCATION = "extension_to_hepatic_bifurcation"


class ThrombusKind(StrEnum):
    """Bland or tumour thrombus."""

    BLAND = "bland"
    TUMOUR = "tumour"


#: Names a clinician reads.
FINDING_NAMES: dict[FindingKind, Message] = {
    FindingKind.CONTOUR_IRREGULARITY: Message("contour irregularity"),
    FindingKind.TEAR_DROP: Message("tear-drop deformity"),
    FindingKind.NARROWING: Message("focal narrowing"),
    FindingKind.THROMBUS: Message("thrombus"),
    FindingKind.OCCLUSION: Message("occlusion"),
    FindingKind.EXTENSION_TO_CELIAC_AXIS: Message("extension to the celiac axis"),
    FindingKind.EXTENSION_TO_HEPATIC_BIFURCATION: Message(
        "extension to the hepatic artery bifurcation"
    ),
}

THROMBUS_NAMES: dict[ThrombusKind, Message] = {
    ThrombusKind.BLAND: Message("bland thrombus"),
    ThrombusKind.TUMOUR: Message("tumour thrombus"),
}

_VENOUS_ONLY = frozenset({FindingKind.TEAR_DROP, FindingKind.THROMBUS, FindingKind.OCCLUSION})
_CHA_ONLY = frozenset(
    {FindingKind.EXTENSION_TO_CELIAC_AXIS, FindingKind.EXTENSION_TO_HEPATIC_BIFURCATION}
)


@dataclass(frozen=True, slots=True)
class VesselFinding:
    """A finding a person records on a vessel.

    Parameters
    ----------
    vessel, kind
        Where and what.
    author, at
        Who recorded it and when.
    thrombus
        Bland or tumour, required for :attr:`FindingKind.THROMBUS` (only then).
    provenance
        Key image (or measurement) showing it.
    note
        Free text (optional).

    Raises
    ------
    ValidationError
        If the finding does not belong on that vessel or the thrombus kind is missing.
    """

    vessel: VesselKind
    kind: FindingKind
    author: str
    at: datetime | None = None
    thrombus: ThrombusKind | None = None
    provenance: Provenance = Provenance()
    note: str = ""

    def __post_init__(self) -> None:
        vessel, kind = VesselKind(self.vessel), FindingKind(self.kind)
        object.__setattr__(self, "vessel", vessel)
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "author", person_name(self.author))
        if kind in _VENOUS_ONLY and vessel not in VEINS:
            raise ValidationError(
                Message(
                    "{finding} is recorded on a vein (SMV, portal vein or IVC).",
                    finding=FINDING_NAMES[kind],
                )
            )
        if kind in _CHA_ONLY and vessel is not VesselKind.CHA:
            raise ValidationError(
                Message(
                    "{finding} is recorded on the common hepatic artery.",
                    finding=FINDING_NAMES[kind],
                )
            )
        if (kind is FindingKind.THROMBUS) != (self.thrombus is not None):
            raise ValidationError(
                Message("Say whether a thrombus is bland or tumour thrombus (and only then).")
            )
        if self.thrombus is not None:
            object.__setattr__(self, "thrombus", ThrombusKind(self.thrombus))

    @property
    def name(self) -> Message:
        """What was found, for a reader ("tumour thrombus", "tear-drop deformity")."""
        if self.thrombus is not None:
            return THROMBUS_NAMES[self.thrombus]
        return FINDING_NAMES[self.kind]


class Reconstructibility(StrEnum):
    """Whether the SMV–portal vein can be resected and reconstructed."""

    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


RECONSTRUCTIBILITY_NAMES: dict[Reconstructibility, Message] = {
    Reconstructibility.YES: Message("yes"),
    Reconstructibility.NO: Message("no"),
    Reconstructibility.UNKNOWN: Message("unknown"),
}


@dataclass(frozen=True, slots=True)
class VeinReconstruction:
    """A surgeon's judgement of SMV–portal vein reconstructibility (suitable vessel above and
    below the involvement)."""

    value: Reconstructibility
    author: str
    at: datetime | None = None
    note: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "value", Reconstructibility(self.value))
        object.__setattr__(self, "author", person_name(self.author))


class VariantKind(StrEnum):
    """Variant arterial anatomy named by NCCN and the SAR/APA template."""

    REPLACED_RIGHT_HEPATIC = "replaced_right_hepatic"
    ACCESSORY_RIGHT_HEPATIC = "accessory_right_hepatic"
    REPLACED_COMMON_HEPATIC = "replaced_common_hepatic"
    OTHER = "other"


VARIANT_NAMES: dict[VariantKind, Message] = {
    VariantKind.REPLACED_RIGHT_HEPATIC: Message("replaced right hepatic artery"),
    VariantKind.ACCESSORY_RIGHT_HEPATIC: Message("accessory right hepatic artery"),
    VariantKind.REPLACED_COMMON_HEPATIC: Message("replaced common hepatic artery"),
    VariantKind.OTHER: Message("other arterial variant"),
}


@dataclass(frozen=True, slots=True)
class ArterialVariant:
    """Variant arterial anatomy a person records, and whether the tumour touches it.

    Parameters
    ----------
    kind
        Which variant.
    touches_tumour
        Whether there is solid tumour contact with the variant artery (or its origin).
    author, at
        Who recorded it and when.
    origin
        The vessel it arises from (e.g. the SMA for a replaced right hepatic artery).
    description
        Wording of an :attr:`VariantKind.OTHER` variant (required then).
    provenance
        Key image or segment showing it.
    """

    kind: VariantKind
    touches_tumour: bool
    author: str
    at: datetime | None = None
    origin: VesselKind | None = None
    description: str = ""
    provenance: Provenance = Provenance()

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", VariantKind(self.kind))
        object.__setattr__(self, "author", person_name(self.author))
        object.__setattr__(self, "description", " ".join(self.description.split()))
        if self.origin is not None:
            object.__setattr__(self, "origin", VesselKind(self.origin))
        if self.kind is VariantKind.OTHER and not self.description:
            raise ValidationError(Message("Describe the arterial variant."))


class TumourLocation(StrEnum):
    """Location of the tumour in the pancreas (SAR/APA template)."""

    HEAD = "head"
    UNCINATE = "uncinate"
    NECK = "neck"
    BODY = "body"
    TAIL = "tail"


@dataclass(frozen=True, slots=True)
class ResectabilityInputs:
    """Everything the rules read, each item with what it rests on.

    Parameters
    ----------
    measurements
        Tumour contact per vessel, at most one per vessel (per trunk for jejunal branches).
        A vessel without a measurement was not assessed.
    findings
        Findings people recorded on vessels.
    variants
        Variant arterial anatomy.
    reconstruction
        Whether the SMV–portal vein can be reconstructed (``None``: not recorded).
    tumour_location, location_provenance
        Where the tumour is, and who or what says so.
    gastroduodenal_artery_involved
        Whether the gastroduodenal artery is involved (for a modified Appleby procedure in
        body/tail tumours); ``None``: not recorded.

    Raises
    ------
    ValidationError
        If a vessel is measured twice.
    """

    measurements: tuple[VesselMeasurement, ...] = ()
    findings: tuple[VesselFinding, ...] = ()
    variants: tuple[ArterialVariant, ...] = ()
    reconstruction: VeinReconstruction | None = None
    tumour_location: TumourLocation | None = None
    location_provenance: Provenance = Provenance()
    gastroduodenal_artery_involved: bool | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "measurements", tuple(self.measurements))
        object.__setattr__(self, "findings", tuple(self.findings))
        object.__setattr__(self, "variants", tuple(self.variants))
        if self.tumour_location is not None:
            object.__setattr__(self, "tumour_location", TumourLocation(self.tumour_location))
        seen: set[tuple[VesselKind, VesselKind | None]] = set()
        for m in self.measurements:
            key = (m.vessel, m.branch_of)
            if key in seen:
                raise ValidationError(
                    Message(
                        "The {vessel} is measured twice; keep one measurement.",
                        vessel=VESSEL_NAMES[m.vessel],
                    )
                )
            seen.add(key)

    def measurements_of(self, vessel: VesselKind) -> tuple[VesselMeasurement, ...]:
        """The measurements of ``vessel`` (two for jejunal branches of both trunks)."""
        return tuple(m for m in self.measurements if m.vessel is VesselKind(vessel))

    def measurement(
        self, vessel: VesselKind, branch_of: VesselKind | None = None
    ) -> VesselMeasurement | None:
        """The measurement of ``vessel`` (and trunk, for a jejunal branch), if assessed."""
        return next(
            (
                m
                for m in self.measurements
                if m.vessel is VesselKind(vessel) and m.branch_of == branch_of
            ),
            None,
        )

    def is_assessed(self, vessel: VesselKind) -> bool:
        """Whether ``vessel`` has a contact measurement."""
        return bool(self.measurements_of(vessel))

    def findings_on(self, vessel: VesselKind) -> tuple[VesselFinding, ...]:
        """The findings recorded on ``vessel``."""
        return tuple(f for f in self.findings if f.vessel is VesselKind(vessel))
