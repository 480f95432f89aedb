"""What a decision keeps of the liver resection plan it cites, and what changed between two.

A decision that cites a liver plan version (:mod:`casereview.domain.liver_plan_record`) keeps
its UID, number and content SHA-256 in the citation
(:class:`casereview.domain.decision_evidence.Citation`) and, frozen with it, a
:class:`LiverPlanSnapshot` of what the MDT read: the resection, the liver's condition, the
volumes, the tumour's margin, FLR, standardised FLR and RBWR with each verdict's threshold and
source, who planned it and when, and whose plan it is (a partner's, received in a package).

:func:`liver_plan_changes` tells the reader of an amendment what changed between the plan its
decision cited and the one the amendment cites ("Liver plan v1 → v2: FLR 38.2 % → 31.0 %").
Every sentence is a :class:`~casereview.messages.Message`, so the GUI shows it translated.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from casereview.domain.liver_plan_record import (
    MEASURE_NAMES,
    RESECTION_NAMES,
    LiverPlanVersion,
    RemnantMeasure,
    ResectionKind,
    VerdictRecord,
    resection_name,
)
from casereview.domain.liver_remnant import CONDITION_NAMES, LiverCondition
from casereview.messages import Message, joined

__all__ = [
    "LiverPlanSnapshot",
    "liver_plan_changes",
    "margin_text",
    "percent_text",
    "resection_text",
    "segments_text",
]


def segments_text(segments: Sequence[int]) -> str:
    """Couinaud segments as a reader lists them ("5, 6, 7, 8")."""
    return ", ".join(str(int(s)) for s in sorted(segments))


def resection_text(kind: ResectionKind, removed_segments: Sequence[int]) -> Message:
    """The resection for a reader.

    Returns
    -------
    Message
        "right hepatectomy (segments 5, 6, 7, 8)" for a named resection, "segments 6, 7
        removed" for another choice of segments, "resection surface" for a plan by a surface.
    """
    if kind is ResectionKind.SURFACE or not removed_segments:
        return Message("resection surface")
    listed = segments_text(removed_segments)
    key = resection_name(removed_segments)
    if key is not None:
        return Message(
            "{resection} (segments {segments})", resection=RESECTION_NAMES[key], segments=listed
        )
    return Message("segments {segments} removed", segments=listed)


def percent_text(value: float | None, digits: int = 1) -> Message:
    """A ratio for a reader: "31.0 %", or "not computed" when height and weight were unknown.

    ``digits`` is 2 for the RBWR, whose threshold is 0.5 %.
    """
    if value is None:
        return Message("not computed (height and weight unknown)")
    if digits == 2:
        return Message("{value:.2f} %", value=value)
    return Message("{value:.1f} %", value=value)


def margin_text(margin_mm: float | None) -> Message:
    """The tumour's margin for a reader: "12.4 mm", or why there is none."""
    if margin_mm is None:
        return Message("none (tumour left in the remnant, or no tumour)")
    return Message("{mm:.1f} mm", mm=margin_mm)


def _verdict_to_json(verdict: VerdictRecord) -> dict[str, Any]:
    return {
        "measure": verdict.measure.value,
        "value_percent": float(verdict.value_percent),
        "threshold_percent": float(verdict.threshold_percent),
        "source": verdict.source,
    }


def _verdict_from_json(data: Mapping[str, Any]) -> VerdictRecord:
    return VerdictRecord(
        RemnantMeasure(data["measure"]),
        float(data["value_percent"]),
        float(data["threshold_percent"]),
        str(data["source"]),
    )


def _optional(value: object) -> float | None:
    return None if value is None else float(str(value))


@dataclass(frozen=True, slots=True)
class LiverPlanSnapshot:
    """What a cited liver plan version said, kept with the decision.

    Attributes
    ----------
    kind, removed_segments
        The resection: Couinaud segments removed, or a resection surface.
    condition
        The liver's condition the clinician chose (it sets the thresholds).
    total_ml, tumour_ml, resected_ml, remnant_ml, future_remnant_ml
        Whole liver, tumours, the part removed, what remains, and what remains minus tumour
        left in it (mL).
    margin_mm
        The tumour's smallest margin to the resection surface (``None``: tumour left behind,
        or none).
    flr_percent, sflr_percent, rbwr_percent
        FLR, standardised FLR and remnant-to-body-weight ratio (``None`` when height and weight
        were unknown).
    verdicts
        Each measure against its threshold, with the source of the threshold.
    author, created_at
        Who saved the version, and when.
    origin
        ``""`` for our own plan; the partner institution's name for a plan received in a package.
    """

    kind: ResectionKind
    removed_segments: tuple[int, ...]
    condition: LiverCondition
    total_ml: float
    tumour_ml: float
    resected_ml: float
    remnant_ml: float
    future_remnant_ml: float
    margin_mm: float | None
    flr_percent: float
    sflr_percent: float | None
    rbwr_percent: float | None
    verdicts: tuple[VerdictRecord, ...]
    author: str
    created_at: datetime
    origin: str = ""

    @classmethod
    def of(cls, version: LiverPlanVersion) -> LiverPlanSnapshot:
        """The snapshot of a stored liver plan version."""
        inputs, result = version.inputs, version.result
        return cls(
            kind=inputs.kind,
            removed_segments=tuple(sorted(int(s) for s in inputs.removed_segments)),
            condition=inputs.condition,
            total_ml=float(result.total_ml),
            tumour_ml=float(result.tumour_ml),
            resected_ml=float(result.resected_ml),
            remnant_ml=float(result.remnant_ml),
            future_remnant_ml=float(result.future_remnant_ml),
            margin_mm=None if result.margin_mm is None else float(result.margin_mm),
            flr_percent=float(result.flr_percent),
            sflr_percent=None if result.sflr_percent is None else float(result.sflr_percent),
            rbwr_percent=None if result.rbwr_percent is None else float(result.rbwr_percent),
            verdicts=tuple(result.verdicts),
            author=version.author,
            created_at=version.created_at,
            origin=version.origin,
        )

    @property
    def resection(self) -> Message:
        """The resection for a reader (see :func:`resection_text`)."""
        return resection_text(self.kind, self.removed_segments)

    @property
    def passes(self) -> bool:
        """Whether every verdict passes."""
        return all(v.passes for v in self.verdicts)

    def verdict(self, measure: RemnantMeasure) -> VerdictRecord | None:
        """The verdict on ``measure``, if the plan judged it."""
        return next((v for v in self.verdicts if v.measure is measure), None)

    def summary(self) -> Message:
        """One line: "right hepatectomy (segments 5, 6, 7, 8): FLR 31.0 %; standardised FLR
        27.3 % ≥ 20.0 %: enough; RBWR 0.62 % ≥ 0.5 %: enough"."""
        verdicts = joined([v.text() for v in self.verdicts])
        if self.verdict(RemnantMeasure.FLR) is not None or not verdicts:
            # The FLR is itself the verdict when the patient's size is unknown.
            body = verdicts or Message("FLR {flr:.1f} %", flr=self.flr_percent)
            return Message("{resection}: {verdicts}", resection=self.resection, verdicts=body)
        return Message(
            "{resection}: FLR {flr:.1f} %; {verdicts}",
            resection=self.resection,
            flr=self.flr_percent,
            verdicts=verdicts,
        )

    def to_json(self) -> dict[str, Any]:
        """JSON-ready dictionary."""
        return {
            "kind": self.kind.value,
            "removed_segments": [int(s) for s in self.removed_segments],
            "condition": self.condition.value,
            "total_ml": self.total_ml,
            "tumour_ml": self.tumour_ml,
            "resected_ml": self.resected_ml,
            "remnant_ml": self.remnant_ml,
            "future_remnant_ml": self.future_remnant_ml,
            "margin_mm": self.margin_mm,
            "flr_percent": self.flr_percent,
            "sflr_percent": self.sflr_percent,
            "rbwr_percent": self.rbwr_percent,
            "verdicts": [_verdict_to_json(v) for v in self.verdicts],
            "author": self.author,
            "created_at": self.created_at.isoformat(),
            "origin": self.origin,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> LiverPlanSnapshot:
        """Inverse of :meth:`to_json`.

        Raises
        ------
        KeyError, TypeError, ValueError
            If the data is damaged (the citation reader turns these into a ValidationError).
        """
        return cls(
            kind=ResectionKind(data["kind"]),
            removed_segments=tuple(int(s) for s in data["removed_segments"]),
            condition=LiverCondition(data["condition"]),
            total_ml=float(data["total_ml"]),
            tumour_ml=float(data["tumour_ml"]),
            resected_ml=float(data["resected_ml"]),
            remnant_ml=float(data["remnant_ml"]),
            future_remnant_ml=float(data["future_remnant_ml"]),
            margin_mm=_optional(data["margin_mm"]),
            flr_percent=float(data["flr_percent"]),
            sflr_percent=_optional(data["sflr_percent"]),
            rbwr_percent=_optional(data["rbwr_percent"]),
            verdicts=tuple(_verdict_from_json(v) for v in data["verdicts"]),
            author=str(data["author"]),
            created_at=datetime.fromisoformat(str(data["created_at"])),
            origin=str(data["origin"]),
        )


def _verdict_word(verdict: VerdictRecord | None) -> Message:
    if verdict is None:
        return Message("not judged")
    return Message("enough") if verdict.passes else Message("not enough")


def _shown(value: float | None, digits: int = 1) -> float | None:
    # Compared as the reader sees them: a change below the shown precision is no change.
    return None if value is None else round(value, digits)


def liver_plan_changes(
    before_number: int,
    before: LiverPlanSnapshot,
    after_number: int,
    after: LiverPlanSnapshot,
) -> list[Message]:
    """What changed between two cited liver plan versions, for the reader of an amendment.

    Returns
    -------
    list of Message
        One sentence per change, each starting "Liver plan v1 → v2:": whose plan it is, the
        resection, the liver's condition, FLR, standardised FLR, RBWR, the margin and each
        verdict that turned. Just "Liver plan version changed from v1 to v2" when nothing a
        reader sees changed.
    """
    details: list[Message] = []
    if before.origin != after.origin:
        details.append(
            Message("now the plan of {origin}", origin=after.origin)
            if after.origin
            else Message("now our own plan (was the plan of {origin})", origin=before.origin)
        )
    if (before.kind, before.removed_segments) != (after.kind, after.removed_segments):
        details.append(
            Message("resection {before} → {after}", before=before.resection, after=after.resection)
        )
    if before.condition is not after.condition:
        details.append(
            Message(
                "liver condition {before} → {after}",
                before=CONDITION_NAMES[before.condition],
                after=CONDITION_NAMES[after.condition],
            )
        )
    for measure, old, new, digits in (
        (RemnantMeasure.FLR, before.flr_percent, after.flr_percent, 1),
        (RemnantMeasure.SFLR, before.sflr_percent, after.sflr_percent, 1),
        (RemnantMeasure.RBWR, before.rbwr_percent, after.rbwr_percent, 2),
    ):
        if _shown(old, digits) != _shown(new, digits):
            details.append(
                Message(
                    "{measure} {before} → {after}",
                    measure=MEASURE_NAMES[measure],
                    before=percent_text(old, digits),
                    after=percent_text(new, digits),
                )
            )
    if _shown(before.margin_mm) != _shown(after.margin_mm):
        details.append(
            Message(
                "margin {before} → {after}",
                before=margin_text(before.margin_mm),
                after=margin_text(after.margin_mm),
            )
        )
    for measure in RemnantMeasure:
        old_verdict, new_verdict = before.verdict(measure), after.verdict(measure)
        old_passes = None if old_verdict is None else old_verdict.passes
        new_passes = None if new_verdict is None else new_verdict.passes
        if old_passes != new_passes:
            details.append(
                Message(
                    "{measure} verdict {before} → {after}",
                    measure=MEASURE_NAMES[measure],
                    before=_verdict_word(old_verdict),
                    after=_verdict_word(new_verdict),
                )
            )
    if not details:
        return [
            Message(
                "Liver plan version changed from v{before} to v{after}",
                before=before_number,
                after=after_number,
            )
        ]
    return [
        Message(
            "Liver plan v{before} → v{after}: {change}",
            before=before_number,
            after=after_number,
            change=change,
        )
        for change in details
    ]
