"""Decisions cite the liver resection plan: the exact version, frozen, verified, diffed (issue 17).

The plans are stored by hand (``liver_plan_support``) with FLR values worked out on paper: a
1,510 mL liver with a 10 mL tumour leaves a functional liver of 1,500 mL, so a 573 mL future
remnant is an FLR of 38.2 % and 465 mL one of 31.0 %; at 180 cm and 80 kg the body surface area
is 2.00 m² and the standard liver volume 1,740.2 mL, so the standardised FLRs are 32.9 % and
26.7 % and the remnant-to-body-weight ratios 0.7 % and 0.6 %.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy.exc
from evidence_support import BORDERLINE, measured
from liver_plan_support import save_plan
from meeting_support import CHAIR, CHAIR_PIN, MeetingWorld
from sqlalchemy import text

from casereview.domain.decision_evidence import (
    Citation,
    CitationKind,
    EvidenceRequest,
    evidence_changes,
)
from casereview.domain.decisions import DecisionContent, Recommendation
from casereview.domain.liver_plan_record import RemnantMeasure, ResectionKind
from casereview.domain.liver_remnant import RBWR_SOURCE, SFLR_SOURCE, LiverCondition
from casereview.errors import NotFoundError, ValidationError
from casereview.services import audit as audit_service
from casereview.services import decision_evidence as evidence_service
from casereview.services import decisions as decision_service
from casereview.services import resectability_record as record

RESECT = DecisionContent(
    Recommendation.UPFRONT_RESECTION,
    "Right hepatectomy: the future remnant is enough.",
    procedure="right hepatectomy",
    participants=("Dr Chair",),
)
PVE_FIRST = DecisionContent(
    Recommendation.OTHER,
    "Future remnant too small after chemotherapy: portal vein embolisation first.",
    other="portal vein embolisation, then re-plan",
    participants=("Dr Chair",),
)


def _record(world: MeetingWorld, request: EvidenceRequest, content: DecisionContent = RESECT):
    return decision_service.record_decision(
        world.db,
        world.case_ids[0],
        content,
        "tester",
        agenda_item_id=world.item_ids[0],
        evidence=request,
    )


def _sign(world: MeetingWorld, decision_id: int) -> None:
    decision_service.sign_decision(world.db, decision_id, CHAIR, "tester", secret=CHAIR_PIN)


def test_a_decision_cites_the_exact_liver_plan_version(world: MeetingWorld) -> None:
    case_id = world.case_ids[0]
    plan = save_plan(world.db, case_id, 573.0)
    assert evidence_service.citable_liver_plan(world.db, case_id) == plan
    decision = _record(world, EvidenceRequest(liver_plan_uid=f" {plan.uid} "))

    (cited,) = evidence_service.decision_evidence(world.db, decision.id)
    assert cited.kind is CitationKind.LIVER_PLAN
    assert (cited.uid, cited.number, cited.sha256) == (plan.uid, 1, plan.content_sha256)
    snapshot = cited.liver_plan
    assert snapshot is not None
    assert (snapshot.kind, snapshot.removed_segments) == (ResectionKind.SEGMENTS, (5, 6, 7, 8))
    assert str(snapshot.resection) == "right hepatectomy (segments 5, 6, 7, 8)"
    assert snapshot.condition is LiverCondition.NORMAL
    assert snapshot.flr_percent == pytest.approx(38.2)
    assert snapshot.sflr_percent == pytest.approx(32.93, abs=0.01)
    assert snapshot.rbwr_percent == pytest.approx(0.716, abs=0.001)
    assert snapshot.margin_mm == 12.4
    assert (snapshot.future_remnant_ml, snapshot.resected_ml) == (573.0, 937.0)
    assert [(v.measure, v.threshold_percent, v.source, v.passes) for v in snapshot.verdicts] == [
        (RemnantMeasure.SFLR, 20.0, SFLR_SOURCE, True),
        (RemnantMeasure.RBWR, 0.5, RBWR_SOURCE, True),
    ]
    assert snapshot.author == "王医生" and snapshot.origin == ""
    assert str(cited.describe()) == f"Liver resection plan version 1 (SHA-256 {cited.short_hash})"
    assert str(snapshot.summary()) == (
        "right hepatectomy (segments 5, 6, 7, 8): FLR 38.2 %; standardised FLR 32.9 % ≥ 20.0 %: "
        "enough; RBWR 0.72 % ≥ 0.5 %: enough"
    )
    assert evidence_service.verify_evidence(world.db, decision.id) == []
    status = evidence_service.evidence_status(world.db, decision.id)
    assert status.intact and status.liver_plan_changed_since is None

    # The audit names the plan by UID and short hash only.
    (event,) = [
        e
        for e in audit_service.latest_events(world.db)
        if e.action.value == "decision.recorded" and e.entity_id == str(decision.id)
    ]
    assert event.details["evidence"] == [f"liver_plan:{plan.uid}:{plan.content_sha256[:12]}"]
    assert "王" not in str(event.details)

    # Cited with the assessment: the assessment first, then the plan.
    record.save_assessment(world.db, measured(case_id, BORDERLINE), "tester")
    assessment = record.latest_assessment(world.db, case_id)
    assert assessment is not None
    decision_service.update_draft(
        world.db,
        decision.id,
        RESECT,
        "tester",
        evidence=EvidenceRequest(assessment.uid, (), (), plan.uid),
    )
    kinds = [c.kind for c in evidence_service.decision_evidence(world.db, decision.id)]
    assert kinds == [CitationKind.ASSESSMENT, CitationKind.LIVER_PLAN]

    # A newer plan is "evidence changed since".
    save_plan(world.db, case_id, 465.0, condition=LiverCondition.CHEMOTHERAPY)
    changed = evidence_service.evidence_status(world.db, decision.id).liver_plan_changed_since
    assert changed is not None
    assert "now at version 2" in changed and "cites version 1" in changed


def test_signing_freezes_the_cited_plan_in_the_database(world: MeetingWorld) -> None:
    plan = save_plan(world.db, world.case_ids[0], 573.0)
    decision = _record(world, EvidenceRequest(liver_plan_uid=plan.uid))
    _sign(world, decision.id)
    before = evidence_service.decision_evidence(world.db, decision.id)
    for statement in (
        "UPDATE decision_evidence SET snapshot_json = '{}' WHERE decision_id = :id",
        "UPDATE decision_evidence SET number = 2 WHERE decision_id = :id",
        "DELETE FROM decision_evidence WHERE decision_id = :id",
    ):
        with pytest.raises(sqlalchemy.exc.IntegrityError, match="signed decision"):
            with world.db.writing() as session:
                session.execute(text(statement), {"id": decision.id})
    assert evidence_service.decision_evidence(world.db, decision.id) == before


def test_signing_is_refused_when_the_cited_plan_was_altered_or_removed(
    world: MeetingWorld,
) -> None:
    plan = save_plan(world.db, world.case_ids[0], 573.0)
    decision = _record(world, EvidenceRequest(liver_plan_uid=plan.uid))
    with world.db.writing() as session:
        # Someone lifts the append-only triggers of revision 0017 ...
        session.execute(text("DROP TRIGGER liver_plan_versions_no_update"))
        session.execute(text("DROP TRIGGER liver_plan_versions_no_delete"))
        # ... and rewrites the cited version's hash,
        session.execute(
            text("UPDATE liver_plan_versions SET content_sha256 = :h WHERE uid = :uid"),
            {"h": "0" * 64, "uid": plan.uid},
        )
    (problem,) = evidence_service.verify_evidence(world.db, decision.id)
    assert problem.integrity and "liver plan version 1 was altered" in problem.message
    assert plan.content_sha256[:12] in problem.message and "000000000000" in problem.message
    with pytest.raises(ValidationError, match="cannot be signed"):
        _sign(world, decision.id)

    # or keeps the hash and makes the remnant larger than it was measured,
    with world.db.writing() as session:
        session.execute(
            text(
                "UPDATE liver_plan_versions SET content_sha256 = :h, "
                "result_json = replace(result_json, '\"resected_ml\": 937.0', "
                "'\"resected_ml\": 637.0') WHERE uid = :uid"
            ),
            {"h": plan.content_sha256, "uid": plan.uid},
        )
    (problem,) = evidence_service.verify_evidence(world.db, decision.id)
    assert problem.integrity and "no longer matches its SHA-256" in problem.message
    with pytest.raises(ValidationError, match="cannot be signed"):
        _sign(world, decision.id)

    # or damages it so it cannot be read,
    with world.db.writing() as session:
        session.execute(
            text("UPDATE liver_plan_versions SET result_json = '{}' WHERE uid = :uid"),
            {"uid": plan.uid},
        )
    (problem,) = evidence_service.verify_evidence(world.db, decision.id)
    assert problem.integrity and "is damaged" in problem.message

    # or takes it away.
    with world.db.writing() as session:
        session.execute(text("DELETE FROM liver_plan_versions WHERE uid = :uid"), {"uid": plan.uid})
    (problem,) = evidence_service.verify_evidence(world.db, decision.id)
    assert problem.integrity and "no longer exists" in problem.message
    with pytest.raises(ValidationError, match="cannot be signed"):
        _sign(world, decision.id)
    assert not decision_service.get_decision(world.db, decision.id).is_signed


def test_an_amendment_says_what_changed_in_the_liver_plan(world: MeetingWorld) -> None:
    case_id = world.case_ids[0]
    v1 = save_plan(world.db, case_id, 573.0)
    original = _record(world, EvidenceRequest(liver_plan_uid=v1.uid))
    _sign(world, original.id)
    v2 = save_plan(world.db, case_id, 465.0, condition=LiverCondition.CHEMOTHERAPY, margin_mm=4.0)
    amendment = decision_service.amend_decision(
        world.db,
        original.id,
        PVE_FIRST,
        "Re-planned after six cycles of chemotherapy",
        "tester",
        evidence=EvidenceRequest(liver_plan_uid=v2.uid),
    )
    changes = [str(m) for m in evidence_service.amendment_changes(world.db, amendment.id)]
    assert changes == [
        "Liver plan v1 → v2: liver condition normal liver → liver after extensive chemotherapy",
        "Liver plan v1 → v2: FLR 38.2 % → 31.0 %",
        "Liver plan v1 → v2: standardised FLR 32.9 % → 26.7 %",
        "Liver plan v1 → v2: RBWR 0.72 % → 0.58 %",
        "Liver plan v1 → v2: margin 12.4 mm → 4.0 mm",
        "Liver plan v1 → v2: standardised FLR verdict enough → not enough",
    ]
    messages = evidence_service.amendment_changes(world.db, amendment.id)
    assert messages[1].template == "Liver plan v{before} → v{after}: {change}"
    # The signed original still cites v1; the amendment's evidence is current.
    (kept,) = evidence_service.decision_evidence(world.db, original.id)
    assert (kept.uid, kept.number) == (v1.uid, 1)
    status = evidence_service.evidence_status(world.db, amendment.id)
    assert [str(m) for m in status.amendment_changes] == changes
    assert status.liver_plan_changed_since is None
    assert "now at version 2" in str(
        evidence_service.evidence_status(world.db, original.id).liver_plan_changed_since
    )


def test_a_partner_s_plan_can_be_cited_and_says_whose_it_is(world: MeetingWorld) -> None:
    case_id = world.case_ids[0]
    theirs = save_plan(
        world.db,
        case_id,
        520.0,
        author="Dr Émile Lefèvre",
        origin="CHU de Lyon — 里昂大学医院",
        removed=(4, 5, 6, 7, 8),
    )
    # With no plan of our own, the partner's is the one cited by default.
    assert evidence_service.citable_liver_plan(world.db, case_id) == theirs
    decision = _record(world, EvidenceRequest(liver_plan_uid=theirs.uid))
    (cited,) = evidence_service.decision_evidence(world.db, decision.id)
    assert cited.liver_plan is not None and cited.liver_plan.origin == theirs.origin
    assert str(cited.describe()) == (
        f"Liver resection plan of CHU de Lyon — 里昂大学医院, version 1 (SHA-256 {cited.short_hash})"
    )
    assert "right trisectionectomy" in str(cited.liver_plan.summary())
    assert evidence_service.verify_evidence(world.db, decision.id) == []
    _sign(world, decision.id)

    # Our own plan, made afterwards, becomes the default and is news for the signed decision.
    ours = save_plan(world.db, case_id, 573.0, at=datetime.now(UTC) + timedelta(minutes=5))
    assert evidence_service.citable_liver_plan(world.db, case_id) == ours
    assert evidence_service.evidence_status(world.db, decision.id).liver_plan_changed_since
    amendment = decision_service.amend_decision(
        world.db,
        decision.id,
        RESECT,
        "Our own plan",
        "tester",
        evidence=EvidenceRequest(liver_plan_uid=ours.uid),
    )
    changes = [str(m) for m in evidence_service.amendment_changes(world.db, amendment.id)]
    assert changes[:2] == [
        "Liver plan v1 → v2: now our own plan (was the plan of CHU de Lyon — 里昂大学医院)",
        "Liver plan v1 → v2: resection right trisectionectomy (extended right hepatectomy) "
        "(segments 4, 5, 6, 7, 8) → right hepatectomy (segments 5, 6, 7, 8)",
    ]


def test_only_the_case_s_own_plan_can_be_cited_and_citations_round_trip(
    world: MeetingWorld,
) -> None:
    foreign = save_plan(world.db, world.case_ids[1], 573.0)
    with pytest.raises(ValidationError, match="another case"):
        _record(world, EvidenceRequest(liver_plan_uid=foreign.uid))
    with pytest.raises(NotFoundError):
        _record(world, EvidenceRequest(liver_plan_uid="no-such-plan"))
    assert decision_service.decisions_of_case(world.db, world.case_ids[0]) == []

    plan = save_plan(
        world.db, world.case_ids[0], 573.0, surface=True, height_cm=None, weight_kg=None
    )
    (cited,) = evidence_service.preview_evidence(
        world.db, world.case_ids[0], EvidenceRequest(liver_plan_uid=plan.uid)
    )
    again = Citation.stored(
        cited.kind.value, cited.uid, cited.sha256, cited.number, cited.snapshot_json()
    )
    assert again == cited
    assert evidence_changes([cited], [again]) == []
    assert cited.liver_plan is not None and cited.liver_plan.sflr_percent is None
    # Without height and weight the FLR itself is judged against the threshold.
    assert str(cited.liver_plan.summary()) == "resection surface: FLR 38.2 % ≥ 20.0 %: enough"
    assert [str(m) for m in evidence_changes([cited], [])] == [
        "The liver plan (v1) is no longer cited"
    ]
    assert [str(m) for m in evidence_changes([], [cited])] == [
        "The liver plan is now cited (v1: resection surface: FLR 38.2 % ≥ 20.0 %: enough)"
    ]
    snapshot = cited.snapshot_json()
    with pytest.raises(ValidationError, match="damaged"):
        Citation.stored("liver_plan", cited.uid, cited.sha256, 1, {"schema": 1})
    del snapshot["verdicts"]
    with pytest.raises(ValidationError, match="damaged"):
        Citation.stored("liver_plan", cited.uid, cited.sha256, 1, snapshot)
    with pytest.raises(ValidationError, match="version number"):
        replace(cited, number=None)
    with pytest.raises(ValidationError, match="version number"):
        replace(cited, image=None, liver_plan=None)
