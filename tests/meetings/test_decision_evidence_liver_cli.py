"""``casereview-cli meeting decide --cite-liver-plan [UID|latest]`` and ``meeting evidence``."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from liver_plan_support import save_plan
from meeting_support import CHAIR_PIN, add_chair, make_cases
from sqlalchemy import text

from casereview.app.cli import main as cli_main
from casereview.app.context import bootstrap
from casereview.domain.liver_remnant import LiverCondition
from casereview.domain.meetings import Attendance, AttendeeDraft, MeetingDraft, QuorumRule
from casereview.domain.users import Role, User
from casereview.services import meetings as meeting_service
from casereview.services.users import ensure_user


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = cli_main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_a_decision_cites_the_liver_plan_from_the_command_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, _isolated_home: Path
) -> None:
    context = bootstrap()
    try:
        db = context.db
        ensure_user(db, User(0, "tester", "Dr Test", Role.SURGEON))
        add_chair(db)
        first, second = make_cases(db, tmp_path / "files")
        v1 = save_plan(db, first, 573.0)
        partner = save_plan(db, first, 520.0, origin="CHU de Lyon", author="Dr Lefèvre")
        v3 = save_plan(db, first, 465.0, condition=LiverCondition.CHEMOTHERAPY)
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
        "--recommendation", "upfront_resection", "--procedure", "right hepatectomy",
        "--rationale", "FLR enough", "--participant", "Dr Chair",
    )  # fmt: skip

    code, out = _run(capsys, *decide[:5], str(second), *decide[5:], "--cite-liver-plan")
    assert code == 1 and "has no liver resection plan to cite" in out

    # Without a value: our newest plan (v3), not the partner's that came before it.
    code, out = _run(capsys, "--json", *decide[:5], str(first), *decide[5:], "--cite-liver-plan")
    assert code == 0, out
    decided = json.loads(out)
    (cited,) = decided["evidence"]
    assert (cited["kind"], cited["uid"], cited["number"]) == ("liver_plan", v3.uid, 3)
    assert cited["sha256"] == v3.content_sha256
    snapshot = cited["snapshot"]
    assert snapshot["removed_segments"] == [5, 6, 7, 8]
    assert snapshot["flr_percent"] == pytest.approx(31.0)
    assert snapshot["condition"] == "chemotherapy" and snapshot["margin_mm"] == 12.4
    assert [(v["measure"], v["threshold_percent"]) for v in snapshot["verdicts"]] == [
        ("sflr", 30.0),
        ("rbwr", 0.5),
    ]

    # A partner's plan by its UID (the draft is replaced), said to be theirs.
    code, out = _run(capsys, *decide[:5], str(first), *decide[5:], "--cite-liver-plan", partner.uid)
    assert code == 0, out
    assert (
        f"Liver resection plan of CHU de Lyon, version 2 (SHA-256 {partner.content_sha256[:12]})"
        in out
    )

    # 'latest' again, then the check, signing and a tampered v1 cited by an amendment.
    code, out = _run(
        capsys, "--json", *decide[:5], str(first), *decide[5:], "--cite-liver-plan", "latest"
    )
    decision = str(json.loads(out)["decision_id"])
    code, out = _run(capsys, "meeting", "evidence", decision)
    assert code == 0, out
    assert f"Liver resection plan version 3 (SHA-256 {v3.content_sha256[:12]})" in out
    assert (
        "right hepatectomy (segments 5, 6, 7, 8): FLR 31.0 %; standardised FLR 26.7 % below" in out
    )
    assert "not enough" in out

    pin = tmp_path / "chair.pin"
    pin.write_text(CHAIR_PIN + "\n", encoding="utf-8")
    code, out = _run(
        capsys, "meeting", "sign", decision, "--signer", "chair", "--pin-file", str(pin)
    )
    assert code == 0, out
    code, out = _run(
        capsys,
        "--json",
        *decide[:5],
        str(first),
        *decide[5:],
        "--amends",
        decision,
        "--reason",
        "Re-read of the first plan",
        "--cite-liver-plan",
        v1.uid,
    )
    assert code == 0, out
    amendment = str(json.loads(out)["decision_id"])
    code, out = _run(capsys, "--json", "meeting", "evidence", amendment)
    assert code == 0, out
    status = json.loads(out)
    assert "Liver plan v3 → v1: FLR 31.0 % → 38.2 %" in status["amendment_changes"]
    assert "the liver plan is now at version 3" in status["liver_plan_changed_since"]

    context = bootstrap()
    try:
        with context.db.writing() as session:
            session.execute(text("DROP TRIGGER liver_plan_versions_no_update"))
            session.execute(
                text("UPDATE liver_plan_versions SET content_sha256 = :h WHERE uid = :u"),
                {"h": "f" * 64, "u": v1.uid},
            )
    finally:
        context.close()
    code, out = _run(capsys, "--json", "meeting", "evidence", amendment)
    assert code == 3
    status = json.loads(out)
    assert (
        not status["intact"]
        and "liver plan version 1 was altered" in status["problems"][0]["message"]
    )
    code, out = _run(
        capsys, "meeting", "sign", amendment, "--signer", "chair", "--pin-file", str(pin)
    )
    assert code != 0 and "cannot be signed" in out
