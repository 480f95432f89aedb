"""Decisions cite their evidence: stored with the decision, frozen at signing, diffed, verified."""

from __future__ import annotations

from dataclasses import replace

import pytest
import sqlalchemy.exc
from evidence_support import BORDERLINE, key_image, measured
from meeting_support import CHAIR, CHAIR_PIN, MeetingWorld
from sqlalchemy import text

from casereview.domain.decision_evidence import (
    Citation,
    CitationKind,
    EvidenceRequest,
    evidence_changes,
)
from casereview.domain.decisions import (
    DecisionContent,
    DecisionFrozenError,
    Recommendation,
)
from casereview.domain.resectability import VesselKind
from casereview.domain.resectability_findings import FindingKind
from casereview.domain.resectability_rules import ResectabilityCategory
from casereview.domain.users import Role, User
from casereview.errors import NotFoundError, ValidationError
from casereview.services import annotations as annotation_service
from casereview.services import audit as audit_service
from casereview.services import decision_evidence as evidence_service
from casereview.services import decisions as decision_service
from casereview.services import resectability_record as record
from casereview.services.users import ensure_user
from casereview.store.repositories_evidence import EvidenceRepository

NEOADJUVANT = DecisionContent(
    Recommendation.NEOADJUVANT_THEN_RESTAGING,
    "SMV contact over 180 degrees: borderline resectable.",
    staging="cT3 N0 M0, borderline resectable",
    participants=("Dr Chair",),
)
CHEMO = DecisionContent(
    Recommendation.DEFINITIVE_CHEMORADIOTHERAPY,
    "SMA encased on re-review: locally advanced.",
    participants=("Dr Chair",),
)


@pytest.fixture
def assessed(world: MeetingWorld) -> MeetingWorld:
    """The first case assessed (v1, borderline) and its SMA angle corrected by Dr Wang (v2)."""
    ensure_user(world.db, User(0, "wang", "王医生", Role.SURGEON))
    case_id = world.case_ids[0]
    record.save_assessment(world.db, measured(case_id, BORDERLINE), "tester")
    record.override_angle(world.db, case_id, "sma", 95.0, "wang", reason="arc end on the fat")
    return world


def _record(world: MeetingWorld, request: EvidenceRequest, content: DecisionContent = NEOADJUVANT):
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


def test_a_decision_cites_the_exact_assessment_version_and_key_images(
    assessed: MeetingWorld,
) -> None:
    world = assessed
    case_id = world.case_ids[0]
    version = record.latest_assessment(world.db, case_id)
    assert version is not None and version.number == 2
    picture = key_image(world.db, case_id, "SMV 200° — contact 交界")
    decision = _record(world, EvidenceRequest(version.uid, (picture.uuid,)))

    cited = evidence_service.decision_evidence(world.db, decision.id)
    assert [c.kind for c in cited] == [CitationKind.ASSESSMENT, CitationKind.KEY_IMAGE]
    assessment, image = cited
    assert (assessment.uid, assessment.number) == (version.uid, 2)
    assert assessment.sha256 == version.content_sha256
    snapshot = assessment.assessment
    assert snapshot is not None and snapshot.criteria_id == "nccn-2.2024"
    assert snapshot.category is ResectabilityCategory.BORDERLINE
    sma = snapshot.vessel((VesselKind.SMA, None))
    assert sma is not None and (sma.measured_deg, sma.effective_deg) == (90.0, 95.0)
    assert sma.override_author == "王医生" and sma.override_reason == "arc end on the fat"
    assert [r.rule_id for r in snapshot.fired] == [f.rule_id for f in version.suggestion.fired]
    assert all(str(r.reason) for r in snapshot.fired)
    assert image.image is not None and image.image.caption == "SMV 200° — contact 交界"
    assert image.number is None and len(image.sha256) == 64
    assert evidence_service.verify_evidence(world.db, decision.id) == []

    # The audit names what was cited by UID and short hash, never the caption or the names.
    (event,) = [
        e
        for e in audit_service.latest_events(world.db)
        if e.action.value == "decision.recorded" and e.entity_id == str(decision.id)
    ]
    assert event.details["evidence"] == [
        f"assessment:{version.uid}:{version.content_sha256[:12]}",
        f"key_image:{picture.uuid}:{image.sha256[:12]}",
    ]
    assert "交界" not in str(event.details) and "王" not in str(event.details)

    # A draft's evidence follows the draft: re-cited, or dropped with it.
    decision_service.update_draft(
        world.db, decision.id, NEOADJUVANT, "tester", evidence=EvidenceRequest(version.uid)
    )
    assert [c.kind for c in evidence_service.decision_evidence(world.db, decision.id)] == [
        CitationKind.ASSESSMENT
    ]
    decision_service.update_draft(world.db, decision.id, NEOADJUVANT, "tester")  # keeps it
    assert len(evidence_service.decision_evidence(world.db, decision.id)) == 1
    decision_service.delete_draft(world.db, decision.id, "tester")
    with world.db.reading() as session:
        count = session.execute(text("SELECT count(*) FROM decision_evidence")).scalar()
    assert count == 0


def test_signing_freezes_the_citations_in_the_database(assessed: MeetingWorld) -> None:
    world = assessed
    case_id = world.case_ids[0]
    version = record.latest_assessment(world.db, case_id)
    assert version is not None
    picture = key_image(world.db, case_id, "SMV contact")
    other = key_image(world.db, case_id, "SMA free")
    decision = _record(world, EvidenceRequest(version.uid, (picture.uuid,)))
    # While it is a draft, its evidence rows may change.
    with world.db.writing() as session:
        session.execute(
            text("UPDATE decision_evidence SET position = position WHERE decision_id = :id"),
            {"id": decision.id},
        )
    _sign(world, decision.id)
    before = evidence_service.decision_evidence(world.db, decision.id)

    for statement in (
        "UPDATE decision_evidence SET sha256 = 'x' WHERE decision_id = :id",
        "UPDATE decision_evidence SET snapshot_json = '{}' WHERE decision_id = :id",
        "DELETE FROM decision_evidence WHERE decision_id = :id",
        "INSERT INTO decision_evidence (decision_id, position, kind, uid, number, sha256,"
        " snapshot_json, created_at) VALUES (:id, 9, 'key_image', 'added-later', NULL,"
        " 'abc', '{}', '2026-01-01 00:00:00')",
    ):
        with pytest.raises(sqlalchemy.exc.IntegrityError, match="signed decision"):
            with world.db.writing() as session:
                session.execute(text(statement), {"id": decision.id})
    # Moving a draft's citation onto the signed decision is refused as well.
    draft = decision_service.record_decision(
        world.db,
        world.case_ids[0],
        CHEMO,
        "tester",
        evidence=EvidenceRequest(key_image_uids=(other.uuid,)),
    )
    with pytest.raises(sqlalchemy.exc.IntegrityError, match="signed decision"):
        with world.db.writing() as session:
            session.execute(
                text("UPDATE decision_evidence SET decision_id = :signed WHERE decision_id = :d"),
                {"signed": decision.id, "d": draft.id},
            )
    with pytest.raises(DecisionFrozenError):
        with world.db.writing() as session:
            EvidenceRepository(session).replace(decision.id, ())
    with pytest.raises(DecisionFrozenError):
        decision_service.update_draft(
            world.db, decision.id, NEOADJUVANT, "tester", evidence=EvidenceRequest()
        )
    assert evidence_service.decision_evidence(world.db, decision.id) == before


def test_an_amendment_cites_its_own_evidence_and_says_what_changed(
    assessed: MeetingWorld,
) -> None:
    world = assessed
    case_id = world.case_ids[0]
    v2 = record.latest_assessment(world.db, case_id)
    assert v2 is not None
    first_image = key_image(world.db, case_id, "SMV contact")
    original = _record(world, EvidenceRequest(v2.uid, (first_image.uuid,)))
    _sign(world, original.id)
    assert evidence_service.evidence_status(world.db, original.id).changed_since is None

    record.override_angle(world.db, case_id, "sma", 200.0, "wang")
    v4 = record.add_finding(world.db, case_id, "smv", FindingKind.TEAR_DROP, "wang")
    assert v4.number == 4
    assert v4.suggestion.category is ResectabilityCategory.LOCALLY_ADVANCED
    status = evidence_service.evidence_status(world.db, original.id)
    assert status.changed_since is not None and "version 4" in status.changed_since
    assert "cites version 2" in status.changed_since and status.intact

    second_image = key_image(world.db, case_id, "SMA encased")
    amendment = decision_service.amend_decision(
        world.db,
        original.id,
        CHEMO,
        "SMA contact re-measured",
        "tester",
        evidence=EvidenceRequest(v4.uid, (second_image.uuid,)),
    )
    changes = [str(m) for m in evidence_service.amendment_changes(world.db, amendment.id)]
    assert changes == [
        "Assessment version changed from v2 to v4",
        "superior mesenteric artery (SMA): 95.0° → 200.0° (override by 王医生)",
        "superior mesenteric vein (SMV): tear-drop deformity added",
        "Suggested category: at least borderline resectable → locally advanced",
        "Key image added: SMA encased",
        "Key image removed: SMV contact",
    ]
    # Each sentence is a translatable message with its parameters.
    messages = evidence_service.amendment_changes(world.db, amendment.id)
    assert messages[1].template == "{vessel}: {before:.1f}° → {after:.1f}° (override by {author})"
    # The signed original still cites what it cited.
    kept = evidence_service.decision_evidence(world.db, original.id)
    assert [c.uid for c in kept] == [v2.uid, first_image.uuid]
    assert evidence_service.amendment_changes(world.db, original.id) == []
    status = evidence_service.evidence_status(world.db, amendment.id)
    assert [str(m) for m in status.amendment_changes] == changes
    assert status.changed_since is None


def test_verification_catches_a_tampered_or_missing_version(assessed: MeetingWorld) -> None:
    world = assessed
    case_id = world.case_ids[0]
    version = record.latest_assessment(world.db, case_id)
    assert version is not None
    picture = key_image(world.db, case_id, "SMV contact")
    decision = _record(world, EvidenceRequest(version.uid, (picture.uuid,)))
    assert evidence_service.verify_evidence(world.db, decision.id) == []

    # Someone lifts the append-only trigger and rewrites the cited version's hash...
    with world.db.writing() as session:
        session.execute(text("DROP TRIGGER resectability_versions_no_update"))
        session.execute(
            text("UPDATE resectability_versions SET content_sha256 = :h WHERE uid = :uid"),
            {"h": "0" * 64, "uid": version.uid},
        )
    (problem,) = evidence_service.verify_evidence(world.db, decision.id)
    assert problem.integrity and "was altered" in problem.message
    assert version.content_sha256[:12] in problem.message and "000000000000" in problem.message
    with pytest.raises(ValidationError, match="cannot be signed"):
        _sign(world, decision.id)
    assert not decision_service.get_decision(world.db, decision.id).is_signed

    # ... or keeps the hash and changes the content it stands for.
    with world.db.writing() as session:
        session.execute(
            text(
                "UPDATE resectability_versions SET content_sha256 = :h, "
                "criteria_id = 'dpcg-2012' WHERE uid = :uid"
            ),
            {"h": version.content_sha256, "uid": version.uid},
        )
    (problem,) = evidence_service.verify_evidence(world.db, decision.id)
    assert problem.integrity and "no longer matches its SHA-256" in problem.message
    assert not evidence_service.evidence_status(world.db, decision.id).intact

    # A removed key image is reported, but the decision keeps what it showed.
    with world.db.writing() as session:
        session.execute(
            text("UPDATE resectability_versions SET criteria_id = 'nccn-2.2024' WHERE uid = :uid"),
            {"uid": version.uid},
        )
    annotation_service.remove_key_image(world.db, picture.uuid, "tester")
    (problem,) = evidence_service.verify_evidence(world.db, decision.id)
    assert not problem.integrity and "was removed since" in problem.message
    _sign(world, decision.id)  # a removed picture does not stop the chair

    # A version that vanished is an integrity problem too.
    with world.db.writing() as session:
        session.execute(
            text("DELETE FROM resectability_versions WHERE uid = :uid"), {"uid": version.uid}
        )
    problems = evidence_service.verify_evidence(world.db, decision.id)
    assert [p.integrity for p in problems] == [True, False]
    assert "no longer exists" in problems[0].message


def test_only_the_case_s_own_evidence_can_be_cited(assessed: MeetingWorld) -> None:
    world = assessed
    other_case = world.case_ids[1]
    record.save_assessment(world.db, measured(other_case, BORDERLINE), "tester")
    foreign = record.latest_assessment(world.db, other_case)
    assert foreign is not None
    foreign_image = key_image(world.db, other_case, "Liver")
    with pytest.raises(ValidationError, match="another case"):
        _record(world, EvidenceRequest(foreign.uid))
    with pytest.raises(ValidationError, match="not one of this case's key images"):
        _record(world, EvidenceRequest(key_image_uids=(foreign_image.uuid,)))
    with pytest.raises(NotFoundError):
        _record(world, EvidenceRequest("no-such-version"))
    # Nothing was stored by the refused attempts.
    assert decision_service.decisions_of_case(world.db, world.case_ids[0]) == []


def test_citations_round_trip_and_an_unchanged_citation_is_no_change(
    assessed: MeetingWorld,
) -> None:
    world = assessed
    version = record.latest_assessment(world.db, world.case_ids[0])
    assert version is not None
    (cited,) = evidence_service.preview_evidence(
        world.db, world.case_ids[0], EvidenceRequest(f"  {version.uid} ")
    )
    again = Citation.stored(
        cited.kind.value, cited.uid, cited.sha256, cited.number, cited.snapshot_json()
    )
    assert again == cited
    assert evidence_changes([cited], [again]) == []
    assert [str(m) for m in evidence_changes([cited], [])] == [
        "The assessment (v2) is no longer cited"
    ]
    assert [str(m) for m in evidence_changes([], [cited])] == [
        "The assessment is now cited (v2: at least borderline resectable)"
    ]
    with pytest.raises(ValidationError, match="newer casereview"):
        Citation.stored("assessment", cited.uid, cited.sha256, 2, {"schema": 99})
    with pytest.raises(ValidationError, match="damaged"):
        Citation.stored("assessment", cited.uid, cited.sha256, 2, {"schema": 1})
    with pytest.raises(ValidationError, match="SHA-256"):
        replace(cited, sha256="abc")
