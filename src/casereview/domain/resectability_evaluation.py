"""Evaluation of a criteria set against the inputs: :func:`evaluate`.

Each :class:`~casereview.domain.resectability_rules.Rule` is checked for each vessel it names
(and each jejunal-branch measurement), following the semantics written down in
:mod:`casereview.domain.resectability_rules`; the result is a
:class:`~casereview.domain.resectability_suggestion.Suggestion`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from casereview.domain.resectability import (
    VESSEL_NAMES,
    Provenance,
    VesselKind,
    VesselMeasurement,
    provenances,
)
from casereview.domain.resectability_findings import (
    RECONSTRUCTIBILITY_NAMES,
    VARIANT_NAMES,
    Reconstructibility,
    ResectabilityInputs,
    TumourLocation,
)
from casereview.domain.resectability_rules import (
    ALL_LOCATIONS,
    Condition,
    Contact,
    CriteriaSet,
    GastroduodenalArtery,
    HasFinding,
    OtherVesselContact,
    ResectabilityCategory,
    Rule,
    VariantTouchesTumour,
    VeinReconstructible,
)
from casereview.domain.resectability_suggestion import (
    Evidence,
    EvidenceKind,
    FiredRule,
    MissingData,
    MissingKind,
    Suggestion,
    contact_evidence,
)
from casereview.messages import Message


@dataclass(frozen=True, slots=True)
class _Check:
    """Outcome of one condition: holds (True/False) or unknown (None)."""

    holds: bool | None
    evidence: Evidence | None = None
    missing: MissingData | None = None


def _contact(condition: Contact, m: VesselMeasurement | None) -> _Check:
    if m is None:
        return _Check(False)
    if (
        condition.branch_of
        and m.vessel is VesselKind.JEJUNAL
        and m.branch_of not in condition.branch_of
    ):
        return _Check(False)
    ok = condition.angle.admits(m.effective_angle_deg)
    return _Check(ok, contact_evidence(m) if ok else None)


def _other_contact(
    condition: OtherVesselContact, rule: Rule, inputs: ResectabilityInputs
) -> _Check:
    other = inputs.measurement(condition.vessel)
    if other is None:
        consequence = Message(
            "{vessel} not assessed, needed for: {criterion}",
            vessel=VESSEL_NAMES[condition.vessel],
            criterion=rule.criterion,
        )
        return _Check(None, missing=MissingData(MissingKind.VESSEL, condition.vessel, consequence))
    ok = condition.angle.admits(other.effective_angle_deg)
    return _Check(ok, contact_evidence(other) if ok else None)


def _finding(
    condition: HasFinding, vessel: VesselKind | None, inputs: ResectabilityInputs
) -> _Check:
    found = (
        []
        if vessel is None
        else [f for f in inputs.findings_on(vessel) if f.kind in condition.kinds]
    )
    if vessel is None or not found:
        return _Check(False)
    f = found[0]
    text = Message(
        "{vessel}: {finding} recorded by {author}",
        vessel=VESSEL_NAMES[vessel],
        finding=f.name,
        author=f.author,
    )
    provenance = provenances(f.provenance, Provenance.of_person(f.author, f.at))
    return _Check(
        True, Evidence(EvidenceKind.FINDING, vessel, text, f.kind.value, provenance=provenance)
    )


def _reconstructible(condition: VeinReconstructible, inputs: ResectabilityInputs) -> _Check:
    r = inputs.reconstruction
    value = Reconstructibility.UNKNOWN if r is None else r.value
    if value not in condition.values:
        return _Check(False)
    missing = None
    if value is Reconstructibility.UNKNOWN:
        # Not judged, or judged "unknown": either way the category could still be worse.
        missing = MissingData(
            MissingKind.RECONSTRUCTION,
            None,
            Message(
                "reconstructibility of the SMV–portal vein not recorded; if it cannot be "
                "reconstructed the disease is locally advanced"
            ),
        )
    if r is None:
        text = Message("reconstructibility of the SMV–portal vein not recorded")
        return _Check(True, Evidence(EvidenceKind.RECONSTRUCTION, None, text, value.value), missing)
    text = Message(
        "SMV–portal vein reconstructible: {value}, judged by {author}",
        value=RECONSTRUCTIBILITY_NAMES[value],
        author=r.author,
    )
    evidence = Evidence(
        EvidenceKind.RECONSTRUCTION,
        None,
        text,
        value.value,
        provenance=provenances(Provenance.of_person(r.author, r.at)),
    )
    return _Check(True, evidence, missing)


def _variant(inputs: ResectabilityInputs) -> _Check:
    touching = [v for v in inputs.variants if v.touches_tumour]
    if not touching:
        return _Check(False)
    v = touching[0]
    text = Message(
        "{variant} touching the tumour, recorded by {author}",
        variant=VARIANT_NAMES[v.kind],
        author=v.author,
    )
    provenance = provenances(v.provenance, Provenance.of_person(v.author, v.at))
    return _Check(
        True, Evidence(EvidenceKind.VARIANT, None, text, v.kind.value, provenance=provenance)
    )


def _gastroduodenal(
    condition: GastroduodenalArtery, rule: Rule, inputs: ResectabilityInputs
) -> _Check:
    recorded = inputs.gastroduodenal_artery_involved
    if recorded is None:
        consequence = Message(
            "involvement of the gastroduodenal artery not recorded, needed for: {criterion}",
            criterion=rule.criterion,
        )
        return _Check(
            None, missing=MissingData(MissingKind.GASTRODUODENAL_ARTERY, None, consequence)
        )
    if recorded != condition.involved:
        return _Check(False)
    if recorded:
        text = Message("gastroduodenal artery recorded as involved")
    else:
        text = Message("gastroduodenal artery recorded as intact and uninvolved")
    value = "involved" if recorded else "uninvolved"
    return _Check(True, Evidence(EvidenceKind.GASTRODUODENAL_ARTERY, None, text, value))


def _check(
    condition: Condition,
    rule: Rule,
    vessel: VesselKind | None,
    m: VesselMeasurement | None,
    inputs: ResectabilityInputs,
) -> _Check:
    if isinstance(condition, Contact):
        return _contact(condition, m)
    if isinstance(condition, OtherVesselContact):
        return _other_contact(condition, rule, inputs)
    if isinstance(condition, HasFinding):
        return _finding(condition, vessel, inputs)
    if isinstance(condition, VeinReconstructible):
        return _reconstructible(condition, inputs)
    if isinstance(condition, VariantTouchesTumour):
        return _variant(inputs)
    return _gastroduodenal(condition, rule, inputs)


#: A missing item and the category its data could lead to (``None``: could only lower it).
_Pending = tuple[MissingData, ResectabilityCategory | None]
_LA = ResectabilityCategory.LOCALLY_ADVANCED


@dataclass
class _Outcome:
    fired: list[FiredRule] = field(default_factory=list)
    missing: list[_Pending] = field(default_factory=list)


def _subjects(
    rule: Rule, inputs: ResectabilityInputs
) -> Iterator[tuple[VesselKind | None, VesselMeasurement | None]]:
    if not rule.vessels:
        yield None, None
        return
    for vessel in rule.vessels:
        measured = inputs.measurements_of(vessel)
        if measured:
            for m in measured:
                yield vessel, m
        else:
            yield vessel, None


def _apply(
    rule: Rule,
    vessel: VesselKind | None,
    m: VesselMeasurement | None,
    inputs: ResectabilityInputs,
    out: _Outcome,
) -> bool:
    evidence: list[Evidence] = []
    missing: list[_Pending] = []
    for condition in rule.all_of:
        c = _check(condition, rule, vessel, m, inputs)
        if not c.holds:
            # Unknown data matter only if everything else of the rule holds: recorded, they
            # could make the rule fire.
            rest = [_check(x, rule, vessel, m, inputs) for x in rule.all_of if x is not condition]
            if c.missing is not None and all(r.holds for r in rest):
                out.missing.append((c.missing, rule.category))
            return False
        if c.missing is not None:
            # Held on an assumption (reconstructible when not judged): could be worse.
            missing.append((c.missing, _LA))
        if c.evidence is not None:
            evidence.append(c.evidence)
    if rule.any_of:
        held = [_check(x, rule, vessel, m, inputs) for x in rule.any_of]
        if not any(h.holds for h in held):
            return False
        evidence += [h.evidence for h in held if h.holds and h.evidence is not None]
    if any(_check(x, rule, vessel, m, inputs).holds for x in rule.none_of):
        return False
    if rule.unless:
        exceptions = [_check(x, rule, vessel, m, inputs) for x in rule.unless]
        if all(e.holds for e in exceptions):
            return False
        if not any(e.holds is False for e in exceptions):
            missing += [(e.missing, None) for e in exceptions if e.missing is not None]
    out.missing.extend(missing)
    out.fired.append(FiredRule(rule.id, rule.category, vessel, rule.criterion, tuple(evidence)))
    return True


def _settle(items: list[_Pending], top: ResectabilityCategory | None) -> tuple[MissingData, ...]:
    """Each missing item once, marked whether recording it could raise ``top``."""
    seen: dict[tuple[MissingKind, VesselKind | None], MissingData] = {}
    for item, raises_to in items:
        could_raise = raises_to is not None and (top is None or raises_to.rank > top.rank)
        key = (item.kind, item.vessel)
        first = seen.setdefault(key, replace(item, could_raise=could_raise))
        if could_raise and not first.could_raise:
            seen[key] = replace(first, could_raise=True)
    return tuple(seen.values())


def evaluate(criteria: CriteriaSet, inputs: ResectabilityInputs) -> Suggestion:
    """Suggest a category under ``criteria`` from ``inputs``, with every reason.

    Parameters
    ----------
    criteria
        The criteria set (e.g. :data:`~casereview.domain.resectability_criteria.NCCN`).
    inputs
        Measurements, findings and judgements.

    Returns
    -------
    Suggestion
        The most advanced category among the fired rules, the fired rules (most advanced
        first), the missing inputs and what the set does not grade.
    """
    location = inputs.tumour_location
    applicable = [r for r in criteria.rules if location is None or location in r.locations]
    out = _Outcome()
    covered: set[tuple[VesselKind | None, VesselMeasurement | None]] = set()
    for rule in sorted(applicable, key=lambda r: r.fallback):
        for vessel, m in _subjects(rule, inputs):
            if rule.fallback and (vessel, m) in covered:
                continue
            if _apply(rule, vessel, m, inputs, out):
                covered.add((vessel, m))

    for vessel in criteria.required_vessels + criteria.checked_vessels:
        if not inputs.is_assessed(vessel):
            consequence = Message(
                "{vessel} not assessed; contact with it could raise the category",
                vessel=VESSEL_NAMES[vessel],
            )
            out.missing.append((MissingData(MissingKind.VESSEL, vessel, consequence), _LA))
    notes: list[Message] = []
    if any(r.locations != ALL_LOCATIONS for r in criteria.rules):
        if location is None:
            consequence = Message(
                "tumour location not recorded, so the criteria for the head/uncinate process "
                "and for the body/tail were both applied"
            )
            out.missing.append((MissingData(MissingKind.TUMOUR_LOCATION, None, consequence), None))
        elif location is TumourLocation.NECK:
            notes.append(
                Message(
                    "A tumour of the neck is graded with the criteria for the head/uncinate "
                    "process and for the body/tail; the more advanced category is suggested."
                )
            )
    notes += _not_graded(criteria, applicable, inputs, covered)

    fired = sorted(out.fired, key=lambda f: -f.category.rank)
    top = fired[0].category if fired else None
    missing = _settle(out.missing, top)
    required_missing = [v for v in criteria.required_vessels if not inputs.is_assessed(v)]
    category: ResectabilityCategory | None = top
    if top is ResectabilityCategory.RESECTABLE and required_missing:
        category = None
    at_least = (
        category is not None
        and category is not ResectabilityCategory.LOCALLY_ADVANCED
        and any(m.could_raise for m in missing)
    )
    return Suggestion(
        criteria.id,
        criteria.name,
        criteria.citation,
        category,
        at_least,
        tuple(fired),
        missing,
        tuple(notes),
    )


def _not_graded(
    criteria: CriteriaSet,
    applicable: list[Rule],
    inputs: ResectabilityInputs,
    covered: set[tuple[VesselKind | None, VesselMeasurement | None]],
) -> list[Message]:
    """Recorded items the applicable rules do not grade: said, so nobody thinks they counted."""
    notes: list[Message] = []
    graded_findings = {
        (vessel, kind)
        for rule in applicable
        for condition in rule.conditions()
        if isinstance(condition, HasFinding)
        for vessel in rule.vessels
        for kind in condition.kinds
    }
    for f in inputs.findings:
        if (f.vessel, f.kind) not in graded_findings:
            notes.append(
                Message(
                    "{vessel}: {finding} is not graded by {criteria}; weigh it at the meeting.",
                    vessel=VESSEL_NAMES[f.vessel],
                    finding=f.name,
                    criteria=criteria.name,
                )
            )
    grades_variants = any(
        isinstance(c, VariantTouchesTumour) for r in applicable for c in r.conditions()
    )
    if not grades_variants:
        for v in inputs.variants:
            if v.touches_tumour:
                notes.append(
                    Message(
                        "{variant} touching the tumour is not graded by {criteria}; weigh it "
                        "at the meeting.",
                        variant=VARIANT_NAMES[v.kind],
                        criteria=criteria.name,
                    )
                )
    referenced = {
        c.vessel for r in applicable for c in r.conditions() if isinstance(c, OtherVesselContact)
    }
    for m in inputs.measurements:
        if m.in_contact and (m.vessel, m) not in covered and m.vessel not in referenced:
            notes.append(
                Message(
                    "{vessel}: contact {angle:.1f}° is not graded by {criteria} here; weigh it "
                    "at the meeting.",
                    vessel=VESSEL_NAMES[m.vessel],
                    angle=m.effective_angle_deg,
                    criteria=criteria.name,
                )
            )
    return notes
