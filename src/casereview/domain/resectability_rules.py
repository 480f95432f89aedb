"""Resectability criteria as data: categories, angle bounds, conditions, rules, criteria sets.

A criteria set (:class:`CriteriaSet`; the tables are in
:mod:`casereview.domain.resectability_criteria`) is a list of small :class:`Rule` records: the
category a rule implies, the vessels it is about, the tumour locations it applies to, and its
conditions as data (:class:`Contact` with explicit inclusive or exclusive angle bounds,
:class:`HasFinding`, :class:`VeinReconstructible`, ...).
:func:`casereview.domain.resectability_suggestion.evaluate` reads them.

Semantics of a rule, decided once here:

* A rule fires for each vessel (and each jejunal-branch measurement) for which all ``all_of``
  conditions hold, at least one ``any_of`` condition holds (when there are any), no
  ``none_of`` condition holds, and not all ``unless`` conditions hold.
* A condition about data nobody recorded (a vessel not measured, the gastroduodenal artery)
  is *unknown*: an ``all_of`` condition then does not hold, an ``unless`` exception is not
  granted. Either way the unknown item is reported as missing, so the answer errs towards the
  more advanced category and says why.
* A finding that was not recorded is absent (people record what they see); the criteria say
  "none recorded" where that matters.
* A ``fallback`` rule fires only for a vessel no other rule of the set fired for.
* Tumour location: rules name the locations they apply to. When the location is not recorded,
  every rule applies (the most advanced category wins) and the result says so.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

from casereview.domain.resectability import VesselKind
from casereview.domain.resectability_findings import (
    FindingKind,
    Reconstructibility,
    TumourLocation,
)
from casereview.errors import ValidationError
from casereview.messages import Message


class ResectabilityCategory(StrEnum):
    """Local resectability categories, in increasing order of extent."""

    RESECTABLE = "resectable"
    BORDERLINE = "borderline_resectable"
    LOCALLY_ADVANCED = "locally_advanced"

    @property
    def rank(self) -> int:
        """0, 1, 2 for resectable, borderline, locally advanced."""
        return list(ResectabilityCategory).index(self)


CATEGORY_NAMES: dict[ResectabilityCategory, Message] = {
    ResectabilityCategory.RESECTABLE: Message("resectable"),
    ResectabilityCategory.BORDERLINE: Message("borderline resectable"),
    ResectabilityCategory.LOCALLY_ADVANCED: Message("locally advanced"),
}


class Comparison(StrEnum):
    """How an angle is compared with a threshold."""

    GT = ">"
    GE = ">="
    LT = "<"
    LE = "<="


@dataclass(frozen=True, slots=True)
class AngleBound:
    """One side of an angle range: ``angle <comparison> degrees``."""

    comparison: Comparison
    degrees: float

    def admits(self, angle: float) -> bool:
        """Whether ``angle`` is on the admitted side of the threshold."""
        match self.comparison:
            case Comparison.GT:
                return angle > self.degrees
            case Comparison.GE:
                return angle >= self.degrees
            case Comparison.LT:
                return angle < self.degrees
            case Comparison.LE:
                return angle <= self.degrees


@dataclass(frozen=True, slots=True)
class AngleRange:
    """Angles admitted by both bounds (a missing bound admits everything)."""

    lower: AngleBound | None = None
    upper: AngleBound | None = None

    def admits(self, angle: float) -> bool:
        """Whether ``angle`` is in the range."""
        return all(b.admits(angle) for b in (self.lower, self.upper) if b is not None)


#: No contact: exactly 0 degrees.
NO_CONTACT = AngleRange(upper=AngleBound(Comparison.LE, 0.0))
#: Any contact: above 0 degrees.
ANY_CONTACT = AngleRange(lower=AngleBound(Comparison.GT, 0.0))


def at_most(degrees: float, *, contact: bool = True) -> AngleRange:
    """``0 < angle <= degrees`` (``0 <= angle <= degrees`` with ``contact=False``)."""
    lower = AngleBound(Comparison.GT, 0.0) if contact else None
    return AngleRange(lower, AngleBound(Comparison.LE, degrees))


def above(degrees: float) -> AngleRange:
    """``angle > degrees``."""
    return AngleRange(lower=AngleBound(Comparison.GT, degrees))


@dataclass(frozen=True, slots=True)
class Contact:
    """The rule's vessel has tumour contact in ``angle`` (a person's override wins).

    ``branch_of`` limits jejunal-branch measurements to the listed trunks (``None`` in the
    list: trunk not recorded); empty admits every one. Other vessels ignore it.
    """

    angle: AngleRange
    branch_of: tuple[VesselKind | None, ...] = ()


@dataclass(frozen=True, slots=True)
class OtherVesselContact:
    """Another vessel's contact is in ``angle`` (unknown when that vessel was not measured)."""

    vessel: VesselKind
    angle: AngleRange


@dataclass(frozen=True, slots=True)
class HasFinding:
    """A finding of one of ``kinds`` is recorded on the rule's vessel."""

    kinds: tuple[FindingKind, ...]


@dataclass(frozen=True, slots=True)
class VeinReconstructible:
    """SMV–portal vein reconstructibility is one of ``values`` (not recorded = unknown)."""

    values: tuple[Reconstructibility, ...]


@dataclass(frozen=True, slots=True)
class VariantTouchesTumour:
    """A variant artery recorded as touching the tumour."""


@dataclass(frozen=True, slots=True)
class GastroduodenalArtery:
    """The gastroduodenal artery is recorded as involved (``True``) or not (``False``)."""

    involved: bool


Condition = (
    Contact
    | OtherVesselContact
    | HasFinding
    | VeinReconstructible
    | VariantTouchesTumour
    | GastroduodenalArtery
)

ALL_LOCATIONS: frozenset[TumourLocation] = frozenset(TumourLocation)


@dataclass(frozen=True, slots=True)
class Rule:
    """One criterion of a criteria set.

    Parameters
    ----------
    id
        Stable identifier ("NCCN-BR-SMA").
    category
        The category the rule implies when it fires.
    vessels
        The vessels it is about (it fires once per vessel); empty for a rule about the case
        (variant anatomy).
    criterion
        The criterion in the guideline's words, for the reader.
    all_of, any_of, none_of, unless
        Conditions (see the module's semantics).
    locations
        Tumour locations it applies to.
    fallback
        Fire only for a vessel no other rule fired for.
    """

    id: str
    category: ResectabilityCategory
    vessels: tuple[VesselKind, ...]
    criterion: Message
    all_of: tuple[Condition, ...] = ()
    any_of: tuple[Condition, ...] = ()
    none_of: tuple[Condition, ...] = ()
    unless: tuple[Condition, ...] = ()
    locations: frozenset[TumourLocation] = ALL_LOCATIONS
    fallback: bool = False

    def conditions(self) -> Iterator[Condition]:
        """Every condition the rule names."""
        yield from (*self.all_of, *self.any_of, *self.none_of, *self.unless)


@dataclass(frozen=True, slots=True)
class CriteriaSet:
    """A named, cited set of rules.

    Parameters
    ----------
    id
        Stable identifier ("nccn-2.2024").
    name
        Short name shown next to a category ("NCCN 2.2024").
    citation
        The guideline's full name and version.
    rules
        The rules.
    required_vessels
        Vessels without which no "resectable" can be suggested.
    checked_vessels
        Further vessels whose absence is reported (the category stands, as a minimum).
    verification
        How the wording was checked, and the boundary decisions, for the reader.
    """

    id: str
    name: str
    citation: str
    rules: tuple[Rule, ...]
    required_vessels: tuple[VesselKind, ...]
    checked_vessels: tuple[VesselKind, ...] = ()
    verification: str = ""

    def __post_init__(self) -> None:
        ids = [r.id for r in self.rules]
        if len(set(ids)) != len(ids):
            raise ValidationError(Message("Each rule of a criteria set needs its own id."))

    def rule(self, rule_id: str) -> Rule:
        """The rule with ``rule_id``."""
        return next(r for r in self.rules if r.id == rule_id)
