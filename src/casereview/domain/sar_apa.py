"""A SAR/APA structured report pre-filled from a resectability assessment.

:func:`prefill_sar_apa` fills every field of the template
(:mod:`casereview.domain.sar_apa_template`) it can derive from the assessment's inputs: tumour
contact present or absent and its degree from the contact measurements (a person's override
wins), narrowing and contour irregularity, thrombus, CHA extension from the findings people
recorded, variant anatomy, the tumour's location and size. Each filled field carries the
references it rests on (measurement id, segment UID, key image UID, or who entered it), as
:class:`FieldSource` items; an input that names nothing it rests on fills no field (a filled
field without a reference is refused). A person's entry (:class:`ReportEntry`) fills the other fields and
wins over a derived value. A field nobody can derive stays empty and is marked
:attr:`FieldStatus.TO_BE_COMPLETED`; a field that does not apply (the degree of contact where
there is none) is :attr:`FieldStatus.NOT_APPLICABLE`. A finding that was not recorded is not
reported as absent: a person completes it.

The report is JSON-serialisable (:meth:`StructuredReport.to_json`, ``from_json``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from casereview.domain.resectability import Provenance, VesselKind, VesselMeasurement, person_name
from casereview.domain.resectability_findings import (
    FindingKind,
    ResectabilityInputs,
    VesselFinding,
)
from casereview.domain.sar_apa_template import (
    ABSENT,
    GT_180,
    LE_180,
    PRESENT,
    SAR_APA_FIELDS,
    SAR_APA_TEMPLATE_ID,
)
from casereview.errors import ValidationError
from casereview.messages import Message

#: Version of the JSON written by :meth:`StructuredReport.to_json`.
REPORT_SCHEMA = 1

FieldValue = str | float | tuple[str, ...]


class SourceKind(StrEnum):
    """What a field's value rests on."""

    MEASUREMENT = "measurement"
    SEGMENT = "segment"
    KEY_IMAGE = "key_image"
    ENTERED = "entered"


@dataclass(frozen=True, slots=True)
class FieldSource:
    """One reference a field rests on: an opaque id, or the person who entered it."""

    kind: SourceKind
    reference: str
    at: datetime | None = None

    def describe(self) -> Message:
        """For the reader ("entered by Dr Wang", "measurement 12")."""
        match self.kind:
            case SourceKind.MEASUREMENT:
                return Message("measurement {id}", id=self.reference)
            case SourceKind.SEGMENT:
                return Message("segment {uid}", uid=self.reference)
            case SourceKind.KEY_IMAGE:
                return Message("key image {uid}", uid=self.reference)
            case SourceKind.ENTERED:
                return Message("entered by {user}", user=self.reference)


def sources_of(*provenances: Provenance) -> tuple[FieldSource, ...]:
    """The references named by ``provenances``, each once, in order."""
    out: list[FieldSource] = []
    for p in provenances:
        for kind, ref, at in (
            (SourceKind.MEASUREMENT, p.measurement_id, None),
            (SourceKind.SEGMENT, p.segment_uid, None),
            (SourceKind.KEY_IMAGE, p.key_image_uid, None),
            (SourceKind.ENTERED, p.entered_by, p.entered_at),
        ):
            source = FieldSource(kind, ref, at)
            if ref and source not in out:
                out.append(source)
    return tuple(out)


class FieldStatus(StrEnum):
    """Whether a field is filled."""

    FILLED = "filled"
    TO_BE_COMPLETED = "to_be_completed"
    NOT_APPLICABLE = "not_applicable"


@dataclass(frozen=True, slots=True)
class ReportField:
    """A field of the report: its value and what it rests on."""

    key: str
    value: FieldValue | None
    status: FieldStatus
    sources: tuple[FieldSource, ...] = ()

    def __post_init__(self) -> None:
        template = SAR_APA_FIELDS.get(self.key)
        if template is None:
            raise ValidationError(Message("The report has no field {key}.", key=self.key))
        if (self.status is FieldStatus.FILLED) != (self.value is not None):
            raise ValidationError(
                Message("Field {key}: a filled field has a value, other fields none.", key=self.key)
            )
        if self.status is FieldStatus.FILLED and not self.sources:
            raise ValidationError(
                Message(
                    "Field {key} needs what it rests on: a measurement, segment, key image or "
                    "the person who entered it.",
                    key=self.key,
                )
            )
        if self.value is not None and not template.admits(self.value):
            raise ValidationError(
                Message("Field {key} cannot hold {value}.", key=self.key, value=str(self.value))
            )


@dataclass(frozen=True, slots=True)
class ReportEntry:
    """A value a person enters for a field (wins over a derived one)."""

    key: str
    value: FieldValue
    author: str
    at: datetime | None = None
    key_image_uid: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "author", person_name(self.author))
        if isinstance(self.value, list):
            object.__setattr__(self, "value", tuple(self.value))
        template = SAR_APA_FIELDS.get(self.key)
        if template is None:
            raise ValidationError(Message("The report has no field {key}.", key=self.key))
        if not template.admits(self.value):
            raise ValidationError(
                Message("Field {key} cannot hold {value}.", key=self.key, value=str(self.value))
            )


@dataclass(frozen=True, slots=True)
class TumourSize:
    """The tumour's longest axial dimension and what it was measured on."""

    longest_axial_mm: float
    provenance: Provenance = Provenance()


@dataclass(frozen=True, slots=True)
class StructuredReport:
    """A SAR/APA report: every template field once, in the template's order."""

    fields: tuple[ReportField, ...]
    template: str = SAR_APA_TEMPLATE_ID

    def __post_init__(self) -> None:
        if self.template != SAR_APA_TEMPLATE_ID:
            raise ValidationError(
                Message("This report template is unknown here: {template}.", template=self.template)
            )
        if tuple(f.key for f in self.fields) != tuple(SAR_APA_FIELDS):
            raise ValidationError(
                Message("A report needs every field of its template once, in order.")
            )

    def field(self, key: str) -> ReportField:
        """The field with ``key``."""
        return next(f for f in self.fields if f.key == key)

    def to_complete(self) -> tuple[str, ...]:
        """Keys of the fields a person still has to complete."""
        return tuple(f.key for f in self.fields if f.status is FieldStatus.TO_BE_COMPLETED)

    def to_json(self) -> dict[str, Any]:
        """JSON-ready dictionary (``schema`` :data:`REPORT_SCHEMA`)."""
        return {
            "schema": REPORT_SCHEMA,
            "template": self.template,
            "fields": [
                {
                    "key": f.key,
                    "value": list(f.value) if isinstance(f.value, tuple) else f.value,
                    "status": f.status.value,
                    "sources": [
                        {
                            "kind": s.kind.value,
                            "reference": s.reference,
                            "at": None if s.at is None else s.at.isoformat(),
                        }
                        for s in f.sources
                    ],
                }
                for f in self.fields
            ],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> StructuredReport:
        """Inverse of :meth:`to_json`.

        Raises
        ------
        ValidationError
            If the data are not a report of a known schema and template.
        """
        try:
            if data["schema"] != REPORT_SCHEMA:
                raise ValidationError(
                    Message("This report was written by a newer casereview; update to read it.")
                )
            fields = tuple(
                ReportField(
                    f["key"],
                    tuple(f["value"]) if isinstance(f["value"], list) else f["value"],
                    FieldStatus(f["status"]),
                    tuple(
                        FieldSource(
                            SourceKind(s["kind"]),
                            str(s["reference"]),
                            None if s["at"] is None else datetime.fromisoformat(s["at"]),
                        )
                        for s in f["sources"]
                    ),
                )
                for f in data["fields"]
            )
            return cls(fields, str(data["template"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise ValidationError(
                Message(
                    "The stored report is damaged and cannot be read ({problem}).",
                    problem=type(exc).__name__,
                )
            ) from exc


# --- pre-fill -------------------------------------------------------------------------------

_Derived = dict[str, tuple[FieldValue, tuple[FieldSource, ...]]]

_ARTERY_MARKS = (FindingKind.NARROWING, FindingKind.CONTOUR_IRREGULARITY)
_VEIN_MARKS = (FindingKind.NARROWING, FindingKind.CONTOUR_IRREGULARITY, FindingKind.TEAR_DROP)


def _measured(m: VesselMeasurement) -> tuple[FieldSource, ...]:
    entered = (
        () if m.override is None else (Provenance.of_person(m.override.author, m.override.at),)
    )
    return sources_of(m.provenance, *entered)


def _presence(m: VesselMeasurement) -> tuple[FieldValue, tuple[FieldSource, ...]]:
    return (PRESENT if m.in_contact else ABSENT), _measured(m)


def _vessel(
    out: _Derived,
    inputs: ResectabilityInputs,
    group: str,
    vessel: VesselKind,
    marks: Iterable[FindingKind],
) -> None:
    prefix = f"{group}.{vessel.value}"
    m = inputs.measurement(vessel)
    if m is not None:
        out[f"{prefix}.contact"] = _presence(m)
        if m.in_contact:
            degree = LE_180 if m.effective_angle_deg <= 180.0 else GT_180
            out[f"{prefix}.solid_degree"] = degree, _measured(m)
    found = [f for f in inputs.findings_on(vessel) if f.kind in tuple(marks)]
    if found:
        out[f"{prefix}.narrowing"] = PRESENT, _finding_sources(found)


def _finding_sources(found: Sequence[VesselFinding]) -> tuple[FieldSource, ...]:
    return sources_of(
        *(p for f in found for p in (f.provenance, Provenance.of_person(f.author, f.at)))
    )


def _derive(inputs: ResectabilityInputs, size: TumourSize | None) -> _Derived:
    out: _Derived = {}
    if inputs.tumour_location is not None:
        out["morphology.location"] = (
            inputs.tumour_location.value,
            sources_of(inputs.location_provenance),
        )
    if size is not None:
        out["morphology.size_mm"] = float(size.longest_axial_mm), sources_of(size.provenance)
    for artery in (VesselKind.SMA, VesselKind.CELIAC, VesselKind.CHA):
        _vessel(out, inputs, "arterial", artery, _ARTERY_MARKS)
    for vein in (VesselKind.PV, VesselKind.SMV):
        _vessel(out, inputs, "venous", vein, _VEIN_MARKS)
    for key, trunk in (
        ("arterial.sma.first_branch", VesselKind.SMA),
        ("venous.smv.first_jejunal", VesselKind.SMV),
    ):
        branch = inputs.measurement(VesselKind.JEJUNAL, trunk)
        if branch is not None:
            out[key] = _presence(branch)
    for key, kind in (
        ("arterial.cha.celiac_extension", FindingKind.EXTENSION_TO_CELIAC_AXIS),
        ("arterial.cha.bifurcation_extension", FindingKind.EXTENSION_TO_HEPATIC_BIFURCATION),
    ):
        found = [f for f in inputs.findings_on(VesselKind.CHA) if f.kind is kind]
        if found:
            out[key] = PRESENT, _finding_sources(found)
    if inputs.variants:
        variant_sources = sources_of(
            *(
                p
                for v in inputs.variants
                for p in (v.provenance, Provenance.of_person(v.author, v.at))
            )
        )
        out["arterial.variant.present"] = PRESENT, variant_sources
        kinds = tuple(dict.fromkeys(v.kind.value for v in inputs.variants))
        out["arterial.variant.anatomy"] = kinds, variant_sources
        touching = any(v.touches_tumour for v in inputs.variants)
        out["arterial.variant.contact"] = (PRESENT if touching else ABSENT), variant_sources
        described = "; ".join(v.description for v in inputs.variants if v.description)
        if described:
            out["arterial.variant.description"] = described, variant_sources
    thrombi = [
        f
        for vein in (VesselKind.PV, VesselKind.SMV)
        for f in inputs.findings_on(vein)
        if f.kind is FindingKind.THROMBUS and f.thrombus is not None
    ]
    if thrombi:
        sources = _finding_sources(thrombi)
        out["venous.thrombus"] = PRESENT, sources
        out["venous.thrombus_veins"] = (
            tuple(dict.fromkeys(f.vessel.value for f in thrombi)),
            sources,
        )
        kinds = tuple(dict.fromkeys(f.thrombus.value for f in thrombi if f.thrombus is not None))
        out["venous.thrombus_kind"] = kinds, sources
    return out


def _applies(key: str, values: Mapping[str, FieldValue | None]) -> bool | None:
    """Whether the field applies: ``None`` while the field it depends on is not filled."""
    condition = SAR_APA_FIELDS[key].applies_when
    if condition is None:
        return True
    parent, wanted = condition
    value = values.get(parent)
    if value is None:
        return None
    return wanted in value if isinstance(value, tuple) else value == wanted


def prefill_sar_apa(
    inputs: ResectabilityInputs,
    *,
    tumour_size: TumourSize | None = None,
    entries: Sequence[ReportEntry] = (),
) -> StructuredReport:
    """A SAR/APA report filled from the assessment's inputs and people's entries.

    Parameters
    ----------
    inputs
        The resectability assessment's inputs (contact, findings, variants, location).
    tumour_size
        The tumour's longest axial dimension, with what it was measured on.
    entries
        Values people entered; they win over derived values (one per field).

    Returns
    -------
    StructuredReport
        Every field of the template, each filled with its sources, to be completed, or not
        applicable.

    Raises
    ------
    ValidationError
        If two entries name the same field.
    """
    derived = _derive(inputs, tumour_size)
    entered: dict[str, ReportEntry] = {}
    for e in entries:
        if e.key in entered:
            raise ValidationError(Message("Field {key} is entered twice.", key=e.key))
        entered[e.key] = e
    values: dict[str, FieldValue | None] = {}
    sources: dict[str, tuple[FieldSource, ...]] = {}
    for key in SAR_APA_FIELDS:
        if key in entered:
            e = entered[key]
            values[key] = e.value
            sources[key] = sources_of(
                Provenance(key_image_uid=e.key_image_uid, entered_by=e.author, entered_at=e.at)
            )
        elif key in derived and derived[key][1]:
            values[key], sources[key] = derived[key]
        else:
            values[key], sources[key] = None, ()
    fields = []
    for key in SAR_APA_FIELDS:
        applies = _applies(key, values)
        if applies is False:
            fields.append(ReportField(key, None, FieldStatus.NOT_APPLICABLE))
        elif values[key] is None:
            fields.append(ReportField(key, None, FieldStatus.TO_BE_COMPLETED))
        else:
            fields.append(ReportField(key, values[key], FieldStatus.FILLED, sources[key]))
    return StructuredReport(tuple(fields))
