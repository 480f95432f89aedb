"""``casereview-cli meeting decide --cite-assessment`` and ``meeting evidence``."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from evidence_support import BORDERLINE, measured
from meeting_support import CHAIR_PIN, add_chair, make_cases
from sqlalchemy import text

from casereview.app.cli import main as cli_main
from casereview.app.context import bootstrap
from casereview.domain.meetings import Attendance, AttendeeDraft, MeetingDraft, QuorumRule
from casereview.domain.users import Role, User
from casereview.services import meetings as meeting_service
from casereview.services import resectability_record as record
from casereview.services.users import ensure_user


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = cli_main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_a_decision_cites_the_latest_assessment_from_the_command_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, _isolated_home: Path
) -> None:
    context = bootstrap()
    try:
        db = context.db
        ensure_user(db, User(0, "tester", "Dr Test", Role.SURGEON))
        add_chair(db)
        first, second = make_cases(db, tmp_path / "files")
        record.save_assessment(db, measured(first, BORDERLINE), "tester")
        version = record.override_angle(db, first, "smv", 250.0, "chair")
        meeting = meeting_service.create_meeting(
            db,
            MeetingDraft("HPB MDT", datetime(2026, 12, 8, 7, 30, tzinfo=UTC), chair="Dr Chair"),
            QuorumRule(),
            "tester",
        )
        for case in (first, second):
            meeting_service.add_case(db, meeting.id, case, "tester")
        meeting_service.add_attendee(
            db,
            meeting.id,
            AttendeeDraft("Dr Chair", Role.SURGEON, attendance=Attendance.PRESENT),
            "tester",
        )
    finally:
        context.close()
    decide = (
        "--user", "tester", "meeting", "decide", str(meeting.id),
        "--recommendation", "neoadjuvant_then_restaging",
        "--rationale", "SMV contact 250°", "--participant", "Dr Chair",
    )  # fmt: skip

    code, out = _run(capsys, *decide[:5], str(second), *decide[5:], "--cite-assessment")
    assert code == 1 and "has no resectability assessment to cite" in out

    code, out = _run(capsys, "--json", *decide[:5], str(first), *decide[5:], "--cite-assessment")
    assert code == 0, out
    decided = json.loads(out)
    (cited,) = decided["evidence"]
    assert (cited["kind"], cited["uid"], cited["number"]) == ("assessment", version.uid, 2)
    assert cited["sha256"] == version.content_sha256
    smv = next(v for v in cited["snapshot"]["vessels"] if v["vessel"] == "smv")
    assert (smv["measured_deg"], smv["effective_deg"], smv["override_author"]) == (
        200.0,
        250.0,
        "Dr Chair",
    )
    decision = str(decided["decision_id"])

    code, out = _run(capsys, "meeting", "evidence", decision)
    assert code == 0, out
    assert f"Resectability assessment version 2 (SHA-256 {version.content_sha256[:12]})" in out
    assert "borderline resectable suggested (NCCN 2.2024)" in out

    pin = tmp_path / "chair.pin"
    pin.write_text(CHAIR_PIN + "\n", encoding="utf-8")
    code, out = _run(
        capsys, "meeting", "sign", decision, "--signer", "chair", "--pin-file", str(pin)
    )
    assert code == 0, out
    # Someone rewrites the cited version behind the application's back: the check says so.
    context = bootstrap()
    try:
        with context.db.writing() as session:
            session.execute(text("DROP TRIGGER resectability_versions_no_update"))
            session.execute(
                text("UPDATE resectability_versions SET content_sha256 = :h WHERE uid = :u"),
                {"h": "f" * 64, "u": version.uid},
            )
    finally:
        context.close()
    code, out = _run(capsys, "--json", "meeting", "evidence", decision)
    assert code == 3
    status = json.loads(out)
    assert not status["intact"] and "was altered" in status["problems"][0]["message"]
