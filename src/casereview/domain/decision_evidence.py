"""What an MDT decision cites: the exact assessment version, key images and annotations.

A decision rests on evidence. When it is recorded, each item it cites becomes a
:class:`Citation`: its kind, UID, version number (an assessment's), SHA-256 and a frozen
snapshot of what the reader saw (for an assessment: criteria, suggested category, each vessel's
measured and effective angle with any person's override, findings, variants and the rules that
fired; for a liver resection plan: the resection, volumes, margin, FLR, standardised FLR and
RBWR with their verdicts, and whose plan it is (:mod:`casereview.domain.liver_plan_evidence`);
for a key image or an annotation: caption or label, series and instance, values). The
citations are stored with the decision and frozen with it when the chair signs (database
triggers of revision 0016), so a signed decision says for ever what it rested on, even when the
assessment gets newer versions or a key image is removed.

:func:`evidence_changes` tells what changed between the evidence of a decision and that of the
amendment replacing it ("assessment version changed from v2 to v4", "SMA: 90.0° → 200.0°
(override by Dr Wang)", "Liver plan v1 → v2: FLR 38.2 % → 31.0 %", "key image added"), as :class:`~casereview.messages.Message` sentences.

A suggestion is cited as what the assessment said, never as the decision: the clinician picks
the decision's fields themselves.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from casereview.domain.annotations import Annotation, KeyImage
from casereview.domain.liver_plan_evidence import LiverPlanSnapshot, liver_plan_changes
from casereview.domain.liver_plan_record import LiverPlanVersion
from casereview.domain.resectability import VESSEL_NAMES, VesselKind
from casereview.domain.resectability_codec import (
    content_sha256,
    message_from_json,
    message_to_json,
)
from casereview.domain.resectability_findings import (
    FINDING_NAMES,
    THROMBUS_NAMES,
    VARIANT_NAMES,
    FindingKind,
    ThrombusKind,
    VariantKind,
)
from casereview.domain.resectability_record import AssessmentVersion
from casereview.domain.resectability_rules import CATEGORY_NAMES, ResectabilityCategory
from casereview.errors import ValidationError
from casereview.messages import Message

#: Version of the snapshot JSON stored with each citation.
SNAPSHOT_SCHEMA = 1
#: Hex digits of a SHA-256 shown to a reader ("sha256 1a2b3c4d5e6f").
SHORT_HASH = 12


class CitationKind(StrEnum):
    """What a decision cites."""

    ASSESSMENT = "assessment"
    KEY_IMAGE = "key_image"
    ANNOTATION = "annotation"
    LIVER_PLAN = "liver_plan"


@dataclass(frozen=True, slots=True)
class EvidenceRequest:
    """What the person recording a decision chose to cite.

    Parameters
    ----------
    assessment_uid
        UID of the assessment version to cite ("" for none): the one shown when the choice
        was made, so what is cited is what was read.
    key_image_uids, annotation_uids
        Key images and annotations of the case to cite.
    liver_plan_uid
        UID of the liver resection plan version to cite ("" for none): like the assessment,
        the one shown when the choice was made.
    """

    assessment_uid: str = ""
    key_image_uids: tuple[str, ...] = ()
    annotation_uids: tuple[str, ...] = ()
    liver_plan_uid: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "assessment_uid", self.assessment_uid.strip())
        object.__setattr__(self, "liver_plan_uid", self.liver_plan_uid.strip())
        for name in ("key_image_uids", "annotation_uids"):
            uids = (str(u).strip() for u in getattr(self, name))
            object.__setattr__(self, name, tuple(dict.fromkeys(u for u in uids if u)))

    @property
    def is_empty(self) -> bool:
        """Whether nothing is to be cited."""
        return not (
            self.assessment_uid
            or self.key_image_uids
            or self.annotation_uids
            or self.liver_plan_uid
        )


def _when(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _parse_when(value: object) -> datetime | None:
    return None if value in (None, "") else datetime.fromisoformat(str(value))


def _float(value: object) -> float | None:
    return None if value is None else float(str(value))


@dataclass(frozen=True, slots=True)
class CitedVessel:
    """A vessel's contact as the cited assessment version had it."""

    vessel: VesselKind
    effective_deg: float
    measured_deg: float | None = None
    length_mm: float | None = None
    branch_of: VesselKind | None = None
    override_author: str = ""
    override_at: datetime | None = None
    override_reason: str = ""

    @property
    def is_overridden(self) -> bool:
        """Whether a person's reading replaced the measured angle."""
        return bool(self.override_author)

    @property
    def key(self) -> tuple[VesselKind, VesselKind | None]:
        """The vessel and, for a jejunal branch, its trunk."""
        return self.vessel, self.branch_of

    def to_json(self) -> dict[str, Any]:
        """JSON-ready dictionary."""
        return {
            "vessel": self.vessel.value,
            "branch_of": None if self.branch_of is None else self.branch_of.value,
            "effective_deg": self.effective_deg,
            "measured_deg": self.measured_deg,
            "length_mm": self.length_mm,
            "override_author": self.override_author,
            "override_at": _when(self.override_at),
            "override_reason": self.override_reason,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> CitedVessel:
        """Inverse of :meth:`to_json`."""
        branch = data.get("branch_of")
        return cls(
            vessel=VesselKind(data["vessel"]),
            effective_deg=float(data["effective_deg"]),
            measured_deg=_float(data.get("measured_deg")),
            length_mm=_float(data.get("length_mm")),
            branch_of=None if branch is None else VesselKind(branch),
            override_author=str(data.get("override_author", "")),
            override_at=_parse_when(data.get("override_at")),
            override_reason=str(data.get("override_reason", "")),
        )


@dataclass(frozen=True, slots=True)
class CitedFinding:
    """A finding recorded on a vessel in the cited version."""

    vessel: VesselKind
    kind: FindingKind
    author: str
    thrombus: ThrombusKind | None = None

    @property
    def name(self) -> Message:
        """What was found, for a reader."""
        return FINDING_NAMES[self.kind] if self.thrombus is None else THROMBUS_NAMES[self.thrombus]

    def to_json(self) -> dict[str, Any]:
        """JSON-ready dictionary."""
        return {
            "vessel": self.vessel.value,
            "kind": self.kind.value,
            "author": self.author,
            "thrombus": None if self.thrombus is None else self.thrombus.value,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> CitedFinding:
        """Inverse of :meth:`to_json`."""
        thrombus = data.get("thrombus")
        return cls(
            VesselKind(data["vessel"]),
            FindingKind(data["kind"]),
            str(data.get("author", "")),
            None if thrombus is None else ThrombusKind(thrombus),
        )


@dataclass(frozen=True, slots=True)
class CitedVariant:
    """Variant arterial anatomy recorded in the cited version."""

    kind: VariantKind
    touches_tumour: bool
    author: str

    def to_json(self) -> dict[str, Any]:
        """JSON-ready dictionary."""
        return {
            "kind": self.kind.value,
            "touches_tumour": self.touches_tumour,
            "author": self.author,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> CitedVariant:
        """Inverse of :meth:`to_json`."""
        return cls(VariantKind(data["kind"]), bool(data["touches_tumour"]), str(data["author"]))


@dataclass(frozen=True, slots=True)
class CitedRule:
    """A rule that fired in the cited version, with its reason for the reader."""

    rule_id: str
    category: ResectabilityCategory
    vessel: VesselKind | None
    reason: str

    def to_json(self) -> dict[str, Any]:
        """JSON-ready dictionary (the reason as a translatable message)."""
        return {
            "rule_id": self.rule_id,
            "category": self.category.value,
            "vessel": None if self.vessel is None else self.vessel.value,
            "reason": message_to_json(self.reason),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> CitedRule:
        """Inverse of :meth:`to_json`."""
        vessel = data.get("vessel")
        return cls(
            str(data["rule_id"]),
            ResectabilityCategory(data["category"]),
            None if vessel is None else VesselKind(vessel),
            message_from_json(data["reason"]),
        )


@dataclass(frozen=True, slots=True)
class AssessmentSnapshot:
    """What a cited assessment version said, kept with the decision.

    Attributes
    ----------
    criteria_id, criteria_name, criteria_citation
        The criteria set of the suggestion and the guideline it cites.
    category, at_least
        The suggested category (``None``: none could be suggested) and whether missing inputs
        could still raise it.
    vessels
        Each vessel's measured and effective angle, contact length and any override.
    findings, variants
        What people recorded.
    fired
        The rules that fired, with their reasons.
    """

    criteria_id: str
    criteria_name: str
    criteria_citation: str
    category: ResectabilityCategory | None
    at_least: bool
    vessels: tuple[CitedVessel, ...] = ()
    findings: tuple[CitedFinding, ...] = ()
    variants: tuple[CitedVariant, ...] = ()
    fired: tuple[CitedRule, ...] = ()

    @classmethod
    def of(cls, version: AssessmentVersion) -> AssessmentSnapshot:
        """The snapshot of a stored assessment version."""
        inputs, suggestion = version.inputs, version.suggestion
        vessels = tuple(
            CitedVessel(
                vessel=m.vessel,
                effective_deg=m.effective_angle_deg,
                measured_deg=m.angle_deg,
                length_mm=m.length_mm,
                branch_of=m.branch_of,
                override_author="" if m.override is None else m.override.author,
                override_at=None if m.override is None else m.override.at,
                override_reason="" if m.override is None else m.override.reason,
            )
            for m in inputs.measurements
        )
        return cls(
            criteria_id=version.criteria_id,
            criteria_name=suggestion.criteria_name,
            criteria_citation=suggestion.citation,
            category=suggestion.category,
            at_least=suggestion.at_least,
            vessels=vessels,
            findings=tuple(
                CitedFinding(f.vessel, f.kind, f.author, f.thrombus) for f in inputs.findings
            ),
            variants=tuple(
                CitedVariant(v.kind, v.touches_tumour, v.author) for v in inputs.variants
            ),
            fired=tuple(
                CitedRule(f.rule_id, f.category, f.vessel, f.reason) for f in suggestion.fired
            ),
        )

    @property
    def category_text(self) -> Message:
        """The suggested category for a reader ("borderline resectable", "at least ...")."""
        if self.category is None:
            return Message("no category suggested")
        if self.at_least:
            return Message("at least {category}", category=CATEGORY_NAMES[self.category])
        return CATEGORY_NAMES[self.category]

    def vessel(self, key: tuple[VesselKind, VesselKind | None]) -> CitedVessel | None:
        """The vessel with ``key`` (vessel, trunk), if it was measured."""
        return next((v for v in self.vessels if v.key == key), None)

    def to_json(self) -> dict[str, Any]:
        """JSON-ready dictionary."""
        return {
            "criteria_id": self.criteria_id,
            "criteria_name": self.criteria_name,
            "criteria_citation": self.criteria_citation,
            "category": None if self.category is None else self.category.value,
            "at_least": self.at_least,
            "vessels": [v.to_json() for v in self.vessels],
            "findings": [f.to_json() for f in self.findings],
            "variants": [v.to_json() for v in self.variants],
            "fired": [f.to_json() for f in self.fired],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> AssessmentSnapshot:
        """Inverse of :meth:`to_json`."""
        category = data.get("category")
        return cls(
            criteria_id=str(data["criteria_id"]),
            criteria_name=str(data["criteria_name"]),
            criteria_citation=str(data.get("criteria_citation", "")),
            category=None if category is None else ResectabilityCategory(category),
            at_least=bool(data["at_least"]),
            vessels=tuple(CitedVessel.from_json(v) for v in data["vessels"]),
            findings=tuple(CitedFinding.from_json(f) for f in data["findings"]),
            variants=tuple(CitedVariant.from_json(v) for v in data["variants"]),
            fired=tuple(CitedRule.from_json(f) for f in data["fired"]),
        )


@dataclass(frozen=True, slots=True)
class ImageSnapshot:
    """What a cited key image or annotation showed.

    Attributes
    ----------
    caption
        The key image's caption or the annotation's label.
    series_instance_uid, sop_instance_uid
        Where it is.
    detail
        The key image's orientation, or the annotation's kind.
    measurements
        An annotation's values as (name, value, unit).
    """

    caption: str
    series_instance_uid: str
    sop_instance_uid: str = ""
    detail: str = ""
    measurements: tuple[tuple[str, float, str], ...] = ()

    def to_json(self) -> dict[str, Any]:
        """JSON-ready dictionary."""
        return {
            "caption": self.caption,
            "series_instance_uid": self.series_instance_uid,
            "sop_instance_uid": self.sop_instance_uid,
            "detail": self.detail,
            "measurements": [list(m) for m in self.measurements],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ImageSnapshot:
        """Inverse of :meth:`to_json`."""
        return cls(
            caption=str(data["caption"]),
            series_instance_uid=str(data["series_instance_uid"]),
            sop_instance_uid=str(data.get("sop_instance_uid", "")),
            detail=str(data.get("detail", "")),
            measurements=tuple(
                (str(name), float(value), str(unit)) for name, value, unit in data["measurements"]
            ),
        )

    @property
    def sha256(self) -> str:
        """SHA-256 of the snapshot: a later change of the caption or values changes it."""
        return content_sha256(self.to_json())


@dataclass(frozen=True, slots=True)
class Citation:
    """One item a decision cites, as it was when cited.

    Parameters
    ----------
    kind, uid
        What is cited.
    sha256
        For an assessment, the version's content SHA-256 (what
        :func:`casereview.services.resectability_record.verify_version` recomputes); for a
        liver plan, the version's content SHA-256 (what
        :func:`casereview.domain.liver_plan_record.verify_plan` recomputes); for a key image or
        annotation, the SHA-256 of its snapshot.
    number
        The assessment's or liver plan's version number (1, 2, ...); ``None`` otherwise.
    assessment, image, liver_plan
        The snapshot: ``assessment`` for an assessment, ``liver_plan`` for a liver plan,
        ``image`` otherwise.

    Raises
    ------
    ValidationError
        If the snapshot does not fit the kind, or the hash is not 64 hexadecimal digits.
    """

    kind: CitationKind
    uid: str
    sha256: str
    number: int | None = None
    assessment: AssessmentSnapshot | None = None
    image: ImageSnapshot | None = None
    liver_plan: LiverPlanSnapshot | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", CitationKind(self.kind))
        digest = self.sha256.strip().lower()
        if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
            raise ValidationError(Message("A citation needs the SHA-256 of what it cites."))
        object.__setattr__(self, "sha256", digest)
        if not self.uid.strip():
            raise ValidationError(Message("A citation needs the UID of what it cites."))
        if self.kind is CitationKind.ASSESSMENT:
            if (
                self.assessment is None
                or self.number is None
                or self.image is not None
                or self.liver_plan is not None
            ):
                raise ValidationError(
                    Message("A cited assessment needs its version number and what it said.")
                )
        elif self.kind is CitationKind.LIVER_PLAN:
            if (
                self.liver_plan is None
                or self.number is None
                or self.image is not None
                or self.assessment is not None
            ):
                raise ValidationError(
                    Message("A cited liver plan needs its version number and what it said.")
                )
        elif self.image is None or self.assessment is not None or self.liver_plan is not None:
            raise ValidationError(Message("A cited image needs what it showed."))

    @property
    def short_hash(self) -> str:
        """The first hexadecimal digits of the hash, for a reader."""
        return self.sha256[:SHORT_HASH]

    def describe(self) -> Message:
        """One line for the reader ("Assessment version 2 (sha256 1a2b3c4d5e6f)")."""
        if self.kind is CitationKind.ASSESSMENT:
            return Message(
                "Resectability assessment version {number} (SHA-256 {hash})",
                number=self.number,
                hash=self.short_hash,
            )
        if self.kind is CitationKind.LIVER_PLAN:
            assert self.liver_plan is not None  # guaranteed by __post_init__
            if self.liver_plan.origin:
                return Message(
                    "Liver resection plan of {origin}, version {number} (SHA-256 {hash})",
                    origin=self.liver_plan.origin,
                    number=self.number,
                    hash=self.short_hash,
                )
            return Message(
                "Liver resection plan version {number} (SHA-256 {hash})",
                number=self.number,
                hash=self.short_hash,
            )
        assert self.image is not None  # guaranteed by __post_init__
        if self.kind is CitationKind.KEY_IMAGE:
            return Message(
                "Key image “{caption}” (SHA-256 {hash})",
                caption=self.image.caption or self.image.detail,
                hash=self.short_hash,
            )
        return Message(
            "Annotation “{label}” (SHA-256 {hash})",
            label=self.image.caption or self.image.detail,
            hash=self.short_hash,
        )

    def snapshot_json(self) -> dict[str, Any]:
        """The snapshot as stored (``schema`` :data:`SNAPSHOT_SCHEMA`)."""
        body = self.assessment.to_json() if self.assessment is not None else {}
        if self.liver_plan is not None:
            body = self.liver_plan.to_json()
        if self.image is not None:
            body = self.image.to_json()
        return {"schema": SNAPSHOT_SCHEMA, **body}

    @classmethod
    def stored(
        cls,
        kind: str,
        uid: str,
        sha256: str,
        number: int | None,
        snapshot: Mapping[str, Any],
    ) -> Citation:
        """A citation read back from the store.

        Raises
        ------
        ValidationError
            If the snapshot is damaged or written by a newer casereview.
        """
        try:
            if snapshot.get("schema") != SNAPSHOT_SCHEMA:
                raise ValidationError(
                    Message(
                        "This decision's evidence was written by a newer casereview; update to "
                        "read it."
                    )
                )
            cited = CitationKind(kind)
            if cited is CitationKind.ASSESSMENT:
                return cls(
                    cited, uid, sha256, number, assessment=AssessmentSnapshot.from_json(snapshot)
                )
            if cited is CitationKind.LIVER_PLAN:
                return cls(
                    cited, uid, sha256, number, liver_plan=LiverPlanSnapshot.from_json(snapshot)
                )
            return cls(cited, uid, sha256, number, image=ImageSnapshot.from_json(snapshot))
        except (KeyError, TypeError, ValueError) as exc:
            raise ValidationError(
                Message(
                    "The evidence stored with a decision is damaged and cannot be read "
                    "({problem}).",
                    problem=type(exc).__name__,
                )
            ) from exc


def cite_assessment(version: AssessmentVersion) -> Citation:
    """The citation of an assessment version: UID, number, content hash and snapshot."""
    return Citation(
        CitationKind.ASSESSMENT,
        version.uid,
        version.content_sha256,
        version.number,
        assessment=AssessmentSnapshot.of(version),
    )


def cite_liver_plan(version: LiverPlanVersion) -> Citation:
    """The citation of a liver plan version: UID, number, content hash and snapshot."""
    return Citation(
        CitationKind.LIVER_PLAN,
        version.uid,
        version.content_sha256,
        version.number,
        liver_plan=LiverPlanSnapshot.of(version),
    )


def key_image_snapshot(key_image: KeyImage) -> ImageSnapshot:
    """What a key image shows, as a citation keeps it."""
    return ImageSnapshot(
        caption=key_image.caption,
        series_instance_uid=key_image.reference.series_instance_uid,
        sop_instance_uid=key_image.reference.sop_instance_uid,
        detail=key_image.orientation,
    )


def annotation_snapshot(annotation: Annotation) -> ImageSnapshot:
    """What an annotation shows, as a citation keeps it."""
    return ImageSnapshot(
        caption=annotation.label or annotation.text,
        series_instance_uid=annotation.reference.series_instance_uid,
        sop_instance_uid=annotation.reference.sop_instance_uid,
        detail=annotation.kind.value,
        measurements=tuple((m.name, float(m.value), m.unit) for m in annotation.measurements),
    )


def cite_key_image(key_image: KeyImage) -> Citation:
    """The citation of a key image."""
    snapshot = key_image_snapshot(key_image)
    return Citation(CitationKind.KEY_IMAGE, key_image.uuid, snapshot.sha256, image=snapshot)


def cite_annotation(annotation: Annotation) -> Citation:
    """The citation of an annotation (a measurement)."""
    snapshot = annotation_snapshot(annotation)
    return Citation(CitationKind.ANNOTATION, annotation.uuid, snapshot.sha256, image=snapshot)


def cited_assessment(citations: Iterable[Citation]) -> Citation | None:
    """The assessment among ``citations``, if one is cited."""
    return next((c for c in citations if c.kind is CitationKind.ASSESSMENT), None)


def cited_liver_plan(citations: Iterable[Citation]) -> Citation | None:
    """The liver plan among ``citations``, if one is cited."""
    return next((c for c in citations if c.kind is CitationKind.LIVER_PLAN), None)


# --- what changed between a decision's evidence and its amendment's ---------------------------


def evidence_changes(before: Sequence[Citation], after: Sequence[Citation]) -> list[Message]:
    """What changed from the evidence ``before`` (a decision's) to ``after`` (its amendment's).

    Returns
    -------
    list of Message
        One sentence per change, the assessment's first: its version, each vessel whose angle
        changed (with who overrode it), findings and variants added or removed, the criteria
        set, the suggested category; then the liver plan's (its version, resection, FLR,
        standardised FLR, RBWR, margin, verdicts); then key images and annotations added,
        removed or changed. Empty when both cite the same.
    """
    changes: list[Message] = []
    old, new = cited_assessment(before), cited_assessment(after)
    if old is not None and new is not None:
        if (old.uid, old.sha256) != (new.uid, new.sha256):
            changes.append(
                Message(
                    "Assessment version changed from v{before} to v{after}",
                    before=old.number,
                    after=new.number,
                )
            )
            assert old.assessment is not None and new.assessment is not None
            changes += assessment_changes(old.assessment, new.assessment)
    elif old is not None:
        changes.append(Message("The assessment (v{number}) is no longer cited", number=old.number))
    elif new is not None:
        assert new.assessment is not None
        changes.append(
            Message(
                "The assessment is now cited (v{number}: {category})",
                number=new.number,
                category=new.assessment.category_text,
            )
        )
    changes += _liver_plan_change(cited_liver_plan(before), cited_liver_plan(after))
    for kind in (CitationKind.KEY_IMAGE, CitationKind.ANNOTATION):
        changes += _image_changes(kind, before, after)
    return changes


def _liver_plan_change(old: Citation | None, new: Citation | None) -> list[Message]:
    if old is not None and new is not None:
        if (old.uid, old.sha256) == (new.uid, new.sha256):
            return []
        assert old.liver_plan is not None and new.liver_plan is not None
        assert old.number is not None and new.number is not None
        return liver_plan_changes(old.number, old.liver_plan, new.number, new.liver_plan)
    if old is not None:
        return [Message("The liver plan (v{number}) is no longer cited", number=old.number)]
    if new is not None:
        assert new.liver_plan is not None
        return [
            Message(
                "The liver plan is now cited (v{number}: {summary})",
                number=new.number,
                summary=new.liver_plan.summary(),
            )
        ]
    return []


def _image_changes(
    kind: CitationKind, before: Sequence[Citation], after: Sequence[Citation]
) -> list[Message]:
    olds = {c.uid: c for c in before if c.kind is kind}
    news = {c.uid: c for c in after if c.kind is kind}
    out: list[Message] = []
    for uid, cited in news.items():
        assert cited.image is not None
        name = cited.image.caption or cited.image.detail
        if uid not in olds:
            out.append(
                Message("Key image added: {caption}", caption=name)
                if kind is CitationKind.KEY_IMAGE
                else Message("Annotation added: {label}", label=name)
            )
        elif olds[uid].sha256 != cited.sha256:
            out.append(
                Message("Key image changed: {caption}", caption=name)
                if kind is CitationKind.KEY_IMAGE
                else Message("Annotation changed: {label}", label=name)
            )
    for uid, cited in olds.items():
        if uid in news:
            continue
        assert cited.image is not None
        name = cited.image.caption or cited.image.detail
        out.append(
            Message("Key image removed: {caption}", caption=name)
            if kind is CitationKind.KEY_IMAGE
            else Message("Annotation removed: {label}", label=name)
        )
    return out


def assessment_changes(before: AssessmentSnapshot, after: AssessmentSnapshot) -> list[Message]:
    """What changed between two cited versions of an assessment, for the reader."""
    out: list[Message] = []
    if before.criteria_id != after.criteria_id:
        out.append(
            Message(
                "Criteria set changed from {before} to {after}",
                before=before.criteria_name,
                after=after.criteria_name,
            )
        )
    keys = list(dict.fromkeys([*(v.key for v in after.vessels), *(v.key for v in before.vessels)]))
    for key in keys:
        out += _vessel_change(before.vessel(key), after.vessel(key))
    old_findings = {(f.vessel, f.kind, f.thrombus): f for f in before.findings}
    new_findings = {(f.vessel, f.kind, f.thrombus): f for f in after.findings}
    for finding_key, finding in new_findings.items():
        if finding_key not in old_findings:
            out.append(
                Message(
                    "{vessel}: {finding} added",
                    vessel=VESSEL_NAMES[finding.vessel],
                    finding=finding.name,
                )
            )
    for finding_key, finding in old_findings.items():
        if finding_key not in new_findings:
            out.append(
                Message(
                    "{vessel}: {finding} removed",
                    vessel=VESSEL_NAMES[finding.vessel],
                    finding=finding.name,
                )
            )
    old_variants = {(v.kind, v.touches_tumour) for v in before.variants}
    new_variants = {(v.kind, v.touches_tumour) for v in after.variants}
    for variant, _touches in sorted(new_variants - old_variants):
        out.append(Message("{variant} recorded", variant=VARIANT_NAMES[variant]))
    for variant, _touches in sorted(old_variants - new_variants):
        out.append(Message("{variant} removed", variant=VARIANT_NAMES[variant]))
    if (before.category, before.at_least) != (after.category, after.at_least):
        out.append(
            Message(
                "Suggested category: {before} → {after}",
                before=before.category_text,
                after=after.category_text,
            )
        )
    return out


def _vessel_change(before: CitedVessel | None, after: CitedVessel | None) -> list[Message]:
    if after is None:
        assert before is not None
        return [
            Message(
                "{vessel}: no longer measured (was {angle:.1f}°)",
                vessel=VESSEL_NAMES[before.vessel],
                angle=before.effective_deg,
            )
        ]
    name = VESSEL_NAMES[after.vessel]
    if before is None:
        return [
            Message(
                "{vessel}: contact {angle:.1f}° (not measured in the earlier version)",
                vessel=name,
                angle=after.effective_deg,
            )
        ]
    if (before.override_author, before.effective_deg) == (
        after.override_author,
        after.effective_deg,
    ):
        # What the rules read is unchanged; a new measurement under a standing override is
        # still worth a line, as the reader compares the two.
        if (
            after.is_overridden
            and before.measured_deg is not None
            and after.measured_deg is not None
            and before.measured_deg != after.measured_deg
        ):
            return [
                Message(
                    "{vessel}: measured {before:.1f}° → {after:.1f}° (the override by {author} "
                    "stands at {angle:.1f}°)",
                    vessel=name,
                    before=before.measured_deg,
                    after=after.measured_deg,
                    author=after.override_author,
                    angle=after.effective_deg,
                )
            ]
        return []
    if after.is_overridden:
        return [
            Message(
                "{vessel}: {before:.1f}° → {after:.1f}° (override by {author})",
                vessel=name,
                before=before.effective_deg,
                after=after.effective_deg,
                author=after.override_author,
            )
        ]
    if before.is_overridden:
        return [
            Message(
                "{vessel}: {before:.1f}° → {after:.1f}° (back to the measured angle)",
                vessel=name,
                before=before.effective_deg,
                after=after.effective_deg,
            )
        ]
    return [
        Message(
            "{vessel}: {before:.1f}° → {after:.1f}° (measured again)",
            vessel=name,
            before=before.effective_deg,
            after=after.effective_deg,
        )
    ]
