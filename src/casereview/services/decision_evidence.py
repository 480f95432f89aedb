"""The evidence MDT decisions cite: resolving a choice, reading it back, checking it still holds.

A decision cites the exact assessment version (UID, number, content SHA-256), the exact liver
resection plan version (likewise), key images and annotations
(:mod:`casereview.domain.decision_evidence`). :func:`resolve_evidence` turns what
the person chose into citations with their snapshots, inside the transaction that writes the
decision (``services.decisions`` calls it), so a decision and its evidence are stored together.
Signing freezes both (triggers of revision 0016).

:func:`verify_evidence` checks that each cited assessment version still exists with the hash it
was cited with and that its content still has that hash
(:func:`casereview.services.resectability_record.verify_version`), does the same for a cited
liver plan version (:func:`casereview.domain.liver_plan_record.verify_plan`), and tells when a
cited key image or annotation was removed or changed since. :func:`evidence_status` adds whether
a newer assessment or liver plan version exists ("evidence changed since") and, for an
amendment, what evidence changed from the decision it amends. :func:`citable_liver_plan` is the
plan a decision cites unless told otherwise.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol, TypeVar

from sqlalchemy.orm import Session

from casereview.domain.decision_evidence import (
    Citation,
    CitationKind,
    EvidenceRequest,
    annotation_snapshot,
    cite_annotation,
    cite_assessment,
    cite_key_image,
    cite_liver_plan,
    cited_assessment,
    cited_liver_plan,
    evidence_changes,
    key_image_snapshot,
)
from casereview.domain.liver_plan_record import LiverPlanVersion, verify_plan
from casereview.errors import NotFoundError, ValidationError
from casereview.messages import Message
from casereview.services.resectability_record import verify_version
from casereview.store.database import Database
from casereview.store.repositories_annotations import AnnotationRepository, KeyImageRepository
from casereview.store.repositories_evidence import EvidenceRepository
from casereview.store.repositories_liver import LiverPlanRepository
from casereview.store.repositories_meetings import DecisionRepository
from casereview.store.repositories_resectability import ResectabilityRepository

__all__ = [
    "EvidenceProblem",
    "EvidenceStatus",
    "amendment_changes",
    "citable_liver_plan",
    "newest_liver_plan",
    "decision_evidence",
    "evidence_by_decision",
    "evidence_status",
    "integrity_problems",
    "preview_evidence",
    "resolve_evidence",
    "verify_evidence",
]

_V = TypeVar("_V", bound="_CitedVersion")


def resolve_evidence(
    session: Session, case_id: int, request: EvidenceRequest
) -> tuple[Citation, ...]:
    """The citations of what ``request`` names, as they are now (assessment, then liver plan,
    then key images and annotations).

    Parameters
    ----------
    session
        An open session (the decision's writing session when the citations are stored).
    case_id
        The decision's case: everything cited must belong to it.
    request
        The assessment version, liver plan version, key images and annotations chosen.

    Raises
    ------
    NotFoundError
        If something named does not exist (any more).
    ValidationError
        If something named belongs to another case, or was removed.
    """
    citations: list[Citation] = []
    if request.assessment_uid:
        version = ResectabilityRepository(session).get(request.assessment_uid)
        if version.case_id != case_id:
            raise ValidationError(
                Message("That assessment belongs to another case; cite this case's assessment.")
            )
        citations.append(cite_assessment(version))
    if request.liver_plan_uid:
        plan = LiverPlanRepository(session).get(request.liver_plan_uid)
        if plan.case_id != case_id:
            raise ValidationError(
                Message("That liver plan belongs to another case; cite this case's liver plan.")
            )
        citations.append(cite_liver_plan(plan))
    if request.key_image_uids:
        key_images = {k.uuid: k for k in KeyImageRepository(session).list(case_id)}
        for uid in request.key_image_uids:
            if uid not in key_images:
                raise ValidationError(
                    Message(
                        "A key image chosen as evidence is not one of this case's key images "
                        "(any more); choose again."
                    )
                )
            citations.append(cite_key_image(key_images[uid]))
    if request.annotation_uids:
        annotations = {a.uuid: a for a in AnnotationRepository(session).list(case_id)}
        for uid in request.annotation_uids:
            if uid not in annotations:
                raise ValidationError(
                    Message(
                        "An annotation chosen as evidence is not one of this case's annotations "
                        "(any more); choose again."
                    )
                )
            citations.append(cite_annotation(annotations[uid]))
    return tuple(citations)


def newest_liver_plan(session: Session, case_id: int) -> LiverPlanVersion | None:
    """The liver plan a decision about ``case_id`` cites by default, inside ``session``.

    Our own newest plan; when the case has none, the newest plan a partner sent (it says whose
    it is). ``None`` when the case has no liver plan.
    """
    plans = LiverPlanRepository(session)
    own = plans.latest(case_id)
    if own is not None:
        return own
    history = plans.history(case_id)
    return history[-1] if history else None


def citable_liver_plan(db: Database, case_id: int) -> LiverPlanVersion | None:
    """The liver plan a decision about ``case_id`` cites by default (see
    :func:`newest_liver_plan`); ``None`` when the case has none."""
    with db.reading() as session:
        return newest_liver_plan(session, case_id)


def preview_evidence(db: Database, case_id: int, request: EvidenceRequest) -> tuple[Citation, ...]:
    """What a decision recorded now with ``request`` would cite (nothing is stored)."""
    with db.reading() as session:
        return resolve_evidence(session, case_id, request)


def decision_evidence(db: Database, decision_id: int) -> tuple[Citation, ...]:
    """What a decision cites, in its order (empty when it cites nothing)."""
    with db.reading() as session:
        return EvidenceRepository(session).of(decision_id)


def evidence_by_decision(
    db: Database, decision_ids: Iterable[int]
) -> dict[int, tuple[Citation, ...]]:
    """What each decision cites (for reports); decisions citing nothing are left out."""
    with db.reading() as session:
        return EvidenceRepository(session).of_many(decision_ids)


@dataclass(frozen=True, slots=True)
class EvidenceProblem:
    """A cited item that no longer is what was cited.

    Attributes
    ----------
    citation
        The citation.
    message
        What is wrong, for the reader.
    integrity
        True when the stored assessment or liver plan is missing or altered (the record cannot
        be trusted); False when a key image or annotation was only removed or edited since.
    """

    citation: Citation
    message: Message
    integrity: bool


def integrity_problems(
    session: Session, case_id: int, citations: Sequence[Citation]
) -> list[EvidenceProblem]:
    """Check each citation against the store, inside ``session``.

    Returns
    -------
    list of EvidenceProblem
        Empty when every cited item is still what was cited.
    """
    problems: list[EvidenceProblem] = []
    key_images = annotations = None
    for citation in citations:
        if citation.kind is CitationKind.ASSESSMENT:
            problem = _assessment_problem(session, citation)
            if problem is not None:
                problems.append(EvidenceProblem(citation, problem, True))
            continue
        if citation.kind is CitationKind.LIVER_PLAN:
            problem = _liver_plan_problem(session, citation)
            if problem is not None:
                problems.append(EvidenceProblem(citation, problem, True))
            continue
        assert citation.image is not None  # guaranteed by Citation
        name = citation.image.caption or citation.image.detail
        if citation.kind is CitationKind.KEY_IMAGE:
            if key_images is None:
                key_images = {k.uuid: k for k in KeyImageRepository(session).list(case_id)}
            key_image = key_images.get(citation.uid)
            if key_image is None:
                problems.append(
                    EvidenceProblem(
                        citation,
                        Message(
                            "The cited key image “{caption}” was removed since; the decision "
                            "keeps what it showed.",
                            caption=name,
                        ),
                        False,
                    )
                )
            elif key_image_snapshot(key_image).sha256 != citation.sha256:
                problems.append(
                    EvidenceProblem(
                        citation,
                        Message(
                            "The cited key image “{caption}” was changed since it was cited.",
                            caption=name,
                        ),
                        False,
                    )
                )
            continue
        if annotations is None:
            annotations = {a.uuid: a for a in AnnotationRepository(session).list(case_id)}
        annotation = annotations.get(citation.uid)
        if annotation is None:
            problems.append(
                EvidenceProblem(
                    citation,
                    Message(
                        "The cited annotation “{label}” was removed since; the decision keeps "
                        "what it showed.",
                        label=name,
                    ),
                    False,
                )
            )
        elif annotation_snapshot(annotation).sha256 != citation.sha256:
            problems.append(
                EvidenceProblem(
                    citation,
                    Message(
                        "The cited annotation “{label}” was changed since it was cited.",
                        label=name,
                    ),
                    False,
                )
            )
    return problems


class _CitedVersion(Protocol):
    """What a cited version (an assessment's or a liver plan's) has to be checked by."""

    @property
    def number(self) -> int: ...

    @property
    def content_sha256(self) -> str: ...


def _cited_version_problem(
    citation: Citation,
    what: Message,
    load: Callable[[str], _V],
    verify: Callable[[_V], bool],
) -> Message | None:
    """Why a cited version no longer is what was cited (gone, damaged, altered), or ``None``.

    ``what`` names it for the reader ("assessment version", "liver plan version").
    """
    try:
        version = load(citation.uid)
    except NotFoundError:
        return Message(
            "The cited {what} {number} (SHA-256 {hash}) no longer exists in this database; the "
            "decision's record of it cannot be checked. Restore the database from a backup or "
            "tell the administrator.",
            what=what,
            number=citation.number,
            hash=citation.short_hash,
        )
    except ValidationError:
        return Message(
            "The cited {what} {number} (SHA-256 {hash}) is damaged and cannot be read. Restore "
            "the database from a backup or tell the administrator.",
            what=what,
            number=citation.number,
            hash=citation.short_hash,
        )
    if version.content_sha256 != citation.sha256 or version.number != citation.number:
        return Message(
            "The cited {what} {number} was altered: it was cited with SHA-256 {hash} and now "
            "carries {stored}. Restore the database from a backup or tell the administrator.",
            what=what,
            number=citation.number,
            hash=citation.short_hash,
            stored=version.content_sha256[: len(citation.short_hash)],
        )
    if not verify(version):
        return Message(
            "The content of the cited {what} {number} no longer matches its SHA-256 {hash}: it "
            "was altered in the database. Restore the database from a backup or tell the "
            "administrator.",
            what=what,
            number=citation.number,
            hash=citation.short_hash,
        )
    return None


def _assessment_problem(session: Session, citation: Citation) -> Message | None:
    return _cited_version_problem(
        citation,
        Message("assessment version"),
        ResectabilityRepository(session).get,
        verify_version,
    )


def _liver_plan_problem(session: Session, citation: Citation) -> Message | None:
    return _cited_version_problem(
        citation, Message("liver plan version"), LiverPlanRepository(session).get, verify_plan
    )


def verify_evidence(db: Database, decision_id: int) -> list[EvidenceProblem]:
    """Check that what a decision cites still is what it cited.

    Returns
    -------
    list of EvidenceProblem
        Empty when everything checks; an assessment or liver plan version missing or altered
        is an integrity problem, a key image or annotation removed or edited since is not.

    Raises
    ------
    NotFoundError
        If the decision does not exist.
    """
    with db.reading() as session:
        decision = DecisionRepository(session).get(decision_id)
        citations = EvidenceRepository(session).of(decision_id)
        return integrity_problems(session, decision.case_id, citations)


def amendment_changes(db: Database, decision_id: int) -> list[Message]:
    """What evidence changed from the decision that ``decision_id`` amends (empty for an
    original decision or when both cite the same)."""
    with db.reading() as session:
        decision = DecisionRepository(session).get(decision_id)
        if decision.amends_id is None:
            return []
        evidence = EvidenceRepository(session)
        return evidence_changes(evidence.of(decision.amends_id), evidence.of(decision_id))


@dataclass(frozen=True, slots=True)
class EvidenceStatus:
    """A decision's evidence as the decision panel and the command line show it.

    Attributes
    ----------
    citations
        What it cites.
    problems
        Cited items that are no longer what was cited.
    changed_since
        Set when the case's assessment has a newer version than the one cited (or one was
        made after a decision that cites none).
    amendment_changes
        For an amendment: what evidence changed from the decision it amends.
    liver_plan_changed_since
        Set when the case's liver plan has a newer version than the one cited (or one was
        made after a decision that cites none).
    """

    citations: tuple[Citation, ...]
    problems: tuple[EvidenceProblem, ...]
    changed_since: Message | None
    amendment_changes: tuple[Message, ...]
    liver_plan_changed_since: Message | None = None

    @property
    def intact(self) -> bool:
        """Whether no cited assessment or liver plan is missing or altered."""
        return not any(p.integrity for p in self.problems)


def evidence_status(db: Database, decision_id: int) -> EvidenceStatus:
    """Citations, verification, newer evidence and amendment changes of a decision.

    Raises
    ------
    NotFoundError
        If the decision does not exist.
    """
    with db.reading() as session:
        decision = DecisionRepository(session).get(decision_id)
        evidence = EvidenceRepository(session)
        citations = evidence.of(decision_id)
        problems = integrity_problems(session, decision.case_id, citations)
        latest = ResectabilityRepository(session).latest(decision.case_id)
        latest_plan = newest_liver_plan(session, decision.case_id)
        changes = (
            evidence_changes(evidence.of(decision.amends_id), citations)
            if decision.amends_id is not None
            else []
        )
    cited = cited_assessment(citations)
    changed: Message | None = None
    if latest is not None and cited is not None and cited.uid != latest.uid:
        changed = Message(
            "Evidence changed since: the assessment is now at version {latest} (this decision "
            "cites version {cited}).",
            latest=latest.number,
            cited=cited.number,
        )
    elif latest is not None and cited is None and latest.created_at > decision.created_at:
        changed = Message(
            "Evidence changed since: the case was assessed (version {latest}) after this "
            "decision was recorded; it cites no assessment.",
            latest=latest.number,
        )
    return EvidenceStatus(
        citations,
        tuple(problems),
        changed,
        tuple(changes),
        _liver_plan_changed(latest_plan, cited_liver_plan(citations), decision.created_at),
    )


def _liver_plan_changed(
    latest: LiverPlanVersion | None, cited: Citation | None, decided_at: datetime
) -> Message | None:
    if latest is None:
        return None
    if cited is not None:
        if cited.uid == latest.uid:
            return None
        if cited.liver_plan is not None and cited.liver_plan.origin != latest.origin:
            # A partner's plan was cited on purpose: our own newer plan is news, theirs is not
            # "a newer version" of ours.
            if latest.created_at <= decided_at:
                return None
        return Message(
            "Evidence changed since: the liver plan is now at version {latest} (this decision "
            "cites version {cited}).",
            latest=latest.number,
            cited=cited.number,
        )
    if latest.created_at > decided_at:
        return Message(
            "Evidence changed since: a liver resection was planned (version {latest}) after "
            "this decision was recorded; it cites no liver plan.",
            latest=latest.number,
        )
    return None
