"""A suggested resectability category with every reason behind it, never a decision.

:func:`casereview.domain.resectability_evaluation.evaluate` checks each rule of a criteria set
against the :class:`~casereview.domain.resectability_findings.ResectabilityInputs` and returns a
:class:`Suggestion`: the most advanced category among the rules that fired, each fired rule with
the vessel and the measurement (value, unit, whether a person overrode it) or finding behind
it, what is missing, and what the set does not grade.

A suggestion is only a suggestion. It has no way to record or sign a decision; a clinician reads
the reasons and records the decision (:mod:`casereview.domain.decisions`) themselves. A vessel
the set requires that was not measured never yields "resectable": the suggestion then has no
category, or the category reached is marked as a minimum (``at_least``).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from casereview.domain.resectability import (
    VESSEL_NAMES,
    Provenance,
    VesselKind,
    VesselMeasurement,
    provenances,
)
from casereview.domain.resectability_rules import CATEGORY_NAMES, ResectabilityCategory
from casereview.messages import Message, joined


class EvidenceKind(StrEnum):
    """What a piece of evidence is."""

    CONTACT = "contact"
    FINDING = "finding"
    VARIANT = "variant"
    RECONSTRUCTION = "reconstruction"
    GASTRODUODENAL_ARTERY = "gastroduodenal_artery"


@dataclass(frozen=True, slots=True)
class Evidence:
    """A measurement or recorded item a fired rule rests on.

    Attributes
    ----------
    kind, vessel
        What and on which vessel.
    text
        For the reader ("SMV: contact 208.0°").
    value, unit
        The value the rule read (angle in degrees, or a finding's or judgement's code).
    overridden, measured_value
        Whether a person's reading replaced the measured angle, and the measured one.
    provenance
        What it rests on.
    """

    kind: EvidenceKind
    vessel: VesselKind | None
    text: Message
    value: float | str | None = None
    unit: str = ""
    overridden: bool = False
    measured_value: float | None = None
    provenance: tuple[Provenance, ...] = ()


def contact_evidence(m: VesselMeasurement) -> Evidence:
    """The evidence a contact measurement gives (value, unit, override and its author)."""
    angle, name, override = m.effective_angle_deg, VESSEL_NAMES[m.vessel], m.override
    if override is None:
        text = Message("{vessel}: contact {angle:.1f}°", vessel=name, angle=angle)
        provenance = provenances(m.provenance)
    else:
        if m.angle_deg is None:
            text = Message(
                "{vessel}: contact {angle:.1f}° read by {author}",
                vessel=name,
                angle=angle,
                author=override.author,
            )
        else:
            text = Message(
                "{vessel}: contact {angle:.1f}° set by {author} (measured {measured:.1f}°)",
                vessel=name,
                angle=angle,
                author=override.author,
                measured=m.angle_deg,
            )
        provenance = provenances(m.provenance, Provenance.of_person(override.author, override.at))
    return Evidence(
        EvidenceKind.CONTACT,
        m.vessel,
        text,
        value=angle,
        unit="deg",
        overridden=override is not None,
        measured_value=m.angle_deg,
        provenance=provenance,
    )


@dataclass(frozen=True, slots=True)
class FiredRule:
    """A rule that fired, on which vessel, and the evidence behind it."""

    rule_id: str
    category: ResectabilityCategory
    vessel: VesselKind | None
    criterion: Message
    evidence: tuple[Evidence, ...]

    @property
    def reason(self) -> Message:
        """Criterion and evidence in one sentence for the reader."""
        if not self.evidence:
            return self.criterion
        return Message(
            "{criterion} Based on: {evidence}.",
            criterion=self.criterion,
            evidence=joined([e.text for e in self.evidence]),
        )


class MissingKind(StrEnum):
    """What kind of input is missing."""

    VESSEL = "vessel"
    TUMOUR_LOCATION = "tumour_location"
    RECONSTRUCTION = "reconstruction"
    GASTRODUODENAL_ARTERY = "gastroduodenal_artery"


@dataclass(frozen=True, slots=True)
class MissingData:
    """An input that was not recorded, and what it could change.

    ``could_raise`` is true when recording it could make the suggested category more advanced
    (a vessel not assessed, reconstructibility not judged); false when it could only lower it
    or leave it (the tumour location, the conditions of an exception such as the modified
    Appleby one, a condition of a rule less advanced than the category reached).
    """

    kind: MissingKind
    vessel: VesselKind | None
    consequence: Message
    could_raise: bool = True


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A suggested category with its reasons: never a decision.

    Nothing here records or signs a decision; a clinician confirms or changes the category in
    the MDT decision. ``category`` is ``None`` when the inputs cannot support any suggestion
    (a required vessel not assessed and nothing more advanced found); ``at_least`` marks a
    category that missing inputs could still raise.
    """

    criteria_id: str
    criteria_name: str
    citation: str
    category: ResectabilityCategory | None
    at_least: bool
    fired: tuple[FiredRule, ...]
    missing: tuple[MissingData, ...]
    notes: tuple[Message, ...] = ()

    #: Always true: a clinician confirms the category; this object cannot.
    requires_confirmation = True

    @property
    def complete(self) -> bool:
        """Whether nothing the criteria read was missing."""
        return not self.missing

    @property
    def decisive(self) -> tuple[FiredRule, ...]:
        """The fired rules that set the category."""
        return tuple(f for f in self.fired if f.category == self.category)

    def summary(self) -> Message:
        """One sentence for the reader."""
        if self.category is None and not self.missing:
            return Message(
                "{criteria}: no rule applies to what was recorded.", criteria=self.criteria_name
            )
        if self.category is None:
            return Message(
                "{criteria}: no category can be suggested; {missing}.",
                criteria=self.criteria_name,
                missing=joined([m.consequence for m in self.missing]),
            )
        if self.at_least and self.category is ResectabilityCategory.RESECTABLE:
            return Message(
                "{criteria}: resectable on what was assessed; {missing}. "
                "A clinician confirms the category.",
                criteria=self.criteria_name,
                missing=joined([m.consequence for m in self.missing]),
            )
        if self.at_least:
            return Message(
                "{criteria}: at least {category} on what was assessed; {missing}. "
                "A clinician confirms the category.",
                criteria=self.criteria_name,
                category=CATEGORY_NAMES[self.category],
                missing=joined([m.consequence for m in self.missing]),
            )
        return Message(
            "{criteria}: {category} suggested. A clinician confirms the category.",
            criteria=self.criteria_name,
            category=CATEGORY_NAMES[self.category],
        )
