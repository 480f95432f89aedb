"""The SAR/APA pancreatic ductal adenocarcinoma reporting template, as data.

Sections and fields of the consensus template of the Society of Abdominal Radiology and the
American Pancreatic Association (:data:`SAR_APA_CITATION`): morphologic, arterial, venous and
extrapancreatic evaluation. Each field has a stable key ("arterial.sma.solid_degree"), a label,
a kind (one choice, several choices, a number, free text) and, for the fields that only mean
something when another one says so (the degree of contact when there is contact), the field and
value they depend on. :mod:`casereview.domain.sar_apa` fills a report from an assessment.

Sizes are in millimetres (the template writes centimetres; the workstation measures in mm).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from casereview.domain.resectability import VESSEL_NAMES, VesselKind
from casereview.domain.resectability_findings import (
    THROMBUS_NAMES,
    VARIANT_NAMES,
    ThrombusKind,
    TumourLocation,
    VariantKind,
)
from casereview.messages import Message

SAR_APA_TEMPLATE_ID = "sar-apa-pdac-2014"
SAR_APA_CITATION = (
    "Al-Hawary MM, Francis IR, Chari ST, et al. Pancreatic ductal adenocarcinoma radiology "
    "reporting template: consensus statement of the Society of Abdominal Radiology and the "
    "American Pancreatic Association. Radiology 2014;270(1):248-260 "
    "(doi:10.1148/radiol.13131184); Gastroenterology 2014;146(1):291-304.e1 "
    "(doi:10.1053/j.gastro.2013.11.004)"
)


class FieldKind(StrEnum):
    """What a field holds."""

    CHOICE = "choice"
    CHOICES = "choices"
    NUMBER = "number"
    TEXT = "text"


@dataclass(frozen=True, slots=True)
class Choice:
    """A value a choice field offers."""

    value: str
    label: Message


@dataclass(frozen=True, slots=True)
class TemplateField:
    """One field of the template.

    Parameters
    ----------
    key
        Stable key ("venous.smv.contact").
    label
        What the reader sees.
    kind
        One choice, several choices, a number or free text.
    choices
        The values offered (choice fields).
    unit
        Unit of a number ("mm").
    applies_when
        ``(key, value)``: the field only applies when that field has that value (or, for a
        field of several choices, contains it).
    """

    key: str
    label: Message
    kind: FieldKind
    choices: tuple[Choice, ...] = ()
    unit: str = ""
    applies_when: tuple[str, str] | None = None

    def admits(self, value: object) -> bool:
        """Whether ``value`` is a value of this field."""
        allowed = {c.value for c in self.choices}
        match self.kind:
            case FieldKind.CHOICE:
                return isinstance(value, str) and value in allowed
            case FieldKind.CHOICES:
                return (
                    isinstance(value, tuple)
                    and bool(value)
                    and all(isinstance(v, str) and v in allowed for v in value)
                )
            case FieldKind.NUMBER:
                return isinstance(value, int | float) and not isinstance(value, bool)
            case FieldKind.TEXT:
                return isinstance(value, str) and bool(value.strip())


@dataclass(frozen=True, slots=True)
class TemplateSection:
    """A section of the template."""

    key: str
    title: Message
    fields: tuple[TemplateField, ...]


PRESENT = "present"
ABSENT = "absent"
LE_180 = "le_180"
GT_180 = "gt_180"

_PRESENCE = (Choice(PRESENT, Message("present")), Choice(ABSENT, Message("absent")))
_DEGREE = (Choice(LE_180, Message("≤180°")), Choice(GT_180, Message(">180°")))


def _presence(
    key: str, label: Message, applies_when: tuple[str, str] | None = None
) -> TemplateField:
    return TemplateField(key, label, FieldKind.CHOICE, _PRESENCE, applies_when=applies_when)


def _vessel_fields(group: str, vessel: VesselKind, narrowing: Message) -> tuple[TemplateField, ...]:
    """Contact, degree of solid and of hazy contact, narrowing: the same four for each vessel."""
    prefix = f"{group}.{vessel.value}"
    name = VESSEL_NAMES[vessel]
    in_contact = (f"{prefix}.contact", PRESENT)
    return (
        _presence(f"{prefix}.contact", Message("{vessel}: tumour contact", vessel=name)),
        TemplateField(
            f"{prefix}.solid_degree",
            Message("{vessel}: degree of solid soft-tissue contact", vessel=name),
            FieldKind.CHOICE,
            _DEGREE,
            applies_when=in_contact,
        ),
        TemplateField(
            f"{prefix}.hazy_degree",
            Message("{vessel}: degree of hazy attenuation or stranding contact", vessel=name),
            FieldKind.CHOICE,
            _DEGREE,
            applies_when=in_contact,
        ),
        _presence(f"{prefix}.narrowing", narrowing, applies_when=in_contact),
    )


_ARTERY_NARROWING = {
    v: Message("{vessel}: focal vessel narrowing or contour irregularity", vessel=VESSEL_NAMES[v])
    for v in (VesselKind.SMA, VesselKind.CELIAC, VesselKind.CHA)
}
_VEIN_NARROWING = {
    v: Message(
        "{vessel}: focal vessel narrowing or contour irregularity (tethering or tear drop)",
        vessel=VESSEL_NAMES[v],
    )
    for v in (VesselKind.PV, VesselKind.SMV)
}
_LOCATION_NAMES = {
    TumourLocation.HEAD: Message("head (right of the SMV–portal vein confluence)"),
    TumourLocation.UNCINATE: Message("uncinate process"),
    TumourLocation.NECK: Message("neck (anterior to the SMV–portal vein confluence)"),
    TumourLocation.BODY: Message("body (left of the SMV–portal vein confluence)"),
    TumourLocation.TAIL: Message("tail"),
}

MORPHOLOGY = TemplateSection(
    "morphology",
    Message("Morphologic evaluation"),
    (
        TemplateField(
            "morphology.appearance",
            Message("Appearance in the pancreatic phase"),
            FieldKind.CHOICE,
            (
                Choice("hypoattenuating", Message("hypoattenuating")),
                Choice("isoattenuating", Message("isoattenuating")),
                Choice("hyperattenuating", Message("hyperattenuating")),
            ),
        ),
        TemplateField(
            "morphology.size_mm",
            Message("Size: longest axial dimension"),
            FieldKind.NUMBER,
            unit="mm",
        ),
        TemplateField(
            "morphology.location",
            Message("Location"),
            FieldKind.CHOICE,
            tuple(Choice(loc.value, label) for loc, label in _LOCATION_NAMES.items()),
        ),
        _presence(
            "morphology.duct_cutoff",
            Message(
                "Pancreatic duct narrowing or abrupt cutoff, with or without upstream dilatation"
            ),
        ),
        _presence(
            "morphology.biliary_cutoff",
            Message("Biliary tree abrupt cutoff, with or without upstream dilatation"),
        ),
    ),
)

ARTERIAL = TemplateSection(
    "arterial",
    Message("Arterial evaluation"),
    (
        *_vessel_fields("arterial", VesselKind.SMA, _ARTERY_NARROWING[VesselKind.SMA]),
        _presence("arterial.sma.first_branch", Message("SMA: extension to the first SMA branch")),
        *_vessel_fields("arterial", VesselKind.CELIAC, _ARTERY_NARROWING[VesselKind.CELIAC]),
        *_vessel_fields("arterial", VesselKind.CHA, _ARTERY_NARROWING[VesselKind.CHA]),
        _presence(
            "arterial.cha.celiac_extension",
            Message("CHA: extension to the celiac axis"),
            ("arterial.cha.contact", PRESENT),
        ),
        _presence(
            "arterial.cha.bifurcation_extension",
            Message("CHA: extension to the bifurcation of the right and left hepatic arteries"),
            ("arterial.cha.contact", PRESENT),
        ),
        _presence("arterial.variant.present", Message("Arterial variant")),
        TemplateField(
            "arterial.variant.anatomy",
            Message("Variant anatomy"),
            FieldKind.CHOICES,
            tuple(Choice(k.value, VARIANT_NAMES[k]) for k in VariantKind),
            applies_when=("arterial.variant.present", PRESENT),
        ),
        TemplateField(
            "arterial.variant.description",
            Message("Other variant: description and origin of the replaced or accessory artery"),
            FieldKind.TEXT,
            applies_when=("arterial.variant.anatomy", VariantKind.OTHER.value),
        ),
        _presence(
            "arterial.variant.contact",
            Message("Variant vessel: tumour contact"),
            ("arterial.variant.present", PRESENT),
        ),
    ),
)

VENOUS = TemplateSection(
    "venous",
    Message("Venous evaluation"),
    (
        *_vessel_fields("venous", VesselKind.PV, _VEIN_NARROWING[VesselKind.PV]),
        *_vessel_fields("venous", VesselKind.SMV, _VEIN_NARROWING[VesselKind.SMV]),
        _presence(
            "venous.smv.first_jejunal",
            Message("SMV: extension to the first draining jejunal branch"),
        ),
        _presence("venous.thrombus", Message("Thrombus within a vein")),
        TemplateField(
            "venous.thrombus_veins",
            Message("Thrombus: veins"),
            FieldKind.CHOICES,
            (
                Choice(VesselKind.PV.value, VESSEL_NAMES[VesselKind.PV]),
                Choice(VesselKind.SMV.value, VESSEL_NAMES[VesselKind.SMV]),
                Choice("splenic_vein", Message("splenic vein")),
            ),
            applies_when=("venous.thrombus", PRESENT),
        ),
        TemplateField(
            "venous.thrombus_kind",
            Message("Thrombus: tumour or bland"),
            FieldKind.CHOICES,
            tuple(Choice(k.value, THROMBUS_NAMES[k]) for k in ThrombusKind),
            applies_when=("venous.thrombus", PRESENT),
        ),
        _presence("venous.collaterals", Message("Venous collaterals")),
    ),
)

EXTRAPANCREATIC = TemplateSection(
    "extrapancreatic",
    Message("Extrapancreatic evaluation"),
    (
        TemplateField(
            "extrapancreatic.liver_lesions",
            Message("Liver lesions"),
            FieldKind.CHOICE,
            (
                Choice("suspicious", Message("present: suspicious")),
                Choice("indeterminate", Message("present: indeterminate")),
                Choice("likely_benign", Message("present: likely benign")),
                Choice(ABSENT, Message("absent")),
            ),
        ),
        _presence("extrapancreatic.peritoneal_nodules", Message("Peritoneal or omental nodules")),
        _presence("extrapancreatic.ascites", Message("Ascites")),
        _presence("extrapancreatic.lymph_nodes", Message("Suspicious lymph nodes")),
        TemplateField(
            "extrapancreatic.lymph_node_sites",
            Message("Suspicious lymph nodes: sites"),
            FieldKind.TEXT,
            applies_when=("extrapancreatic.lymph_nodes", PRESENT),
        ),
        _presence(
            "extrapancreatic.other",
            Message("Other extrapancreatic disease (invasion of adjacent structures)"),
        ),
        TemplateField(
            "extrapancreatic.other_description",
            Message("Other extrapancreatic disease: structures involved"),
            FieldKind.TEXT,
            applies_when=("extrapancreatic.other", PRESENT),
        ),
    ),
)

#: The template's sections, in the template's order.
SAR_APA_SECTIONS: tuple[TemplateSection, ...] = (MORPHOLOGY, ARTERIAL, VENOUS, EXTRAPANCREATIC)
#: Every field by key.
SAR_APA_FIELDS: dict[str, TemplateField] = {
    f.key: f for section in SAR_APA_SECTIONS for f in section.fields
}
