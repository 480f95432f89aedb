"""The meeting workflow from ``casereview-cli``, the PDF reports it writes, and ``--user``."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pypdf
import pypdfium2
import pytest
from meeting_support import make_cases

from casereview.app.cli import main as cli_main
from casereview.app.context import bootstrap
from casereview.domain.audit import AuditAction
from casereview.services.audit import latest_events

SCREENSHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = cli_main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> object:
    code, out = _run(capsys, "--json", *argv)
    assert code == 0, out
    return json.loads(out)


def _text(path: Path) -> str:
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))


def test_meeting_from_the_command_line_to_pdf(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, _isolated_home: Path, qapp: object
) -> None:
    # ``qapp``: the command creates an offscreen Qt application only when none runs; in this
    # process the tests' own application (Xvfb or offscreen) must stay the one in use.
    assert _run(capsys, "user", "add", "tester", "--name", "Dr Test", "--role", "surgeon")[0] == 0
    context = bootstrap()
    try:
        first, second = make_cases(context.db, tmp_path / "files")
    finally:
        context.close()
    users = _json(capsys, "user", "list")
    assert {u["username"] for u in users} == {"local", "tester"}
    # The chair signs with a PIN read from a file (never an argument); "tester" has one too.
    assert _run(capsys, "user", "add", "chair", "--name", "Dr Chair", "--role", "surgeon")[0] == 0
    pins = {}
    for user, pin in (("chair", "482915"), ("tester", "735194"), ("wrong", "111333")):
        pins[user] = tmp_path / f"{user}.pin"
        pins[user].write_text(pin + "\n", encoding="utf-8")
    for user in ("chair", "tester"):
        assert _run(capsys, "user", "set-pin", user, "--pin-file", str(pins[user]))[0] == 0
    # A PIN typed as an argument (shell history, process list) is refused, not taken for a
    # shortened --pin-file.
    with pytest.raises(SystemExit) as refused:
        _run(capsys, "user", "set-pin", "chair", "--pin", "482915")
    assert refused.value.code == 2 and "unrecognized arguments: --pin" in capsys.readouterr().err
    code, out = _run(capsys, "user", "set-pin", "chair", "--pin-file", str(pins["wrong"]))
    assert code == 1 and "no terminal" in out  # changing it asks the current one first

    created = _json(
        capsys,
        "--user",
        "tester",
        "meeting",
        "new",
        "--title",
        "HPB MDT",
        "--at",
        "2026-11-24 07:30",
        "--chair",
        "Dr Chair",
        "--location",
        "Room 2",
    )
    meeting = str(created["id"])
    for case in (first, second):
        assert _run(capsys, "meeting", "add-case", meeting, str(case))[0] == 0
    code, out = _run(capsys, "meeting", "add-case", meeting, str(first))
    assert code == 1 and "already on this meeting" in out
    for name, role, attendance, institution in (
        ("Dr Chair", "surgeon", "present", "HOSP-A"),
        ("Dr Visitor", "radiologist", "remote", "Partner University"),
    ):
        assert (
            _run(
                capsys,
                "meeting",
                "attendee",
                meeting,
                "--name",
                name,
                "--role",
                role,
                "--attendance",
                attendance,
                "--institution",
                institution,
            )[0]
            == 0
        )
    decided = _json(
        capsys,
        "--user",
        "tester",
        "meeting",
        "decide",
        meeting,
        str(first),
        "--recommendation",
        "upfront_resection",
        "--procedure",
        "Pylorus-preserving pancreatoduodenectomy",
        "--rationale",
        "No vascular contact",
        "--participant",
        "Dr Chair",
        "--participant",
        "Dr Visitor",
    )
    decision = str(decided["decision_id"])
    sign = ("meeting", "sign", decision, "--signer")
    code, out = _run(capsys, *sign, "tester", "--pin-file", str(pins["tester"]))
    assert code == 1 and "signed by its chair" in out
    code, out = _run(capsys, *sign, "chair", "--pin-file", str(pins["wrong"]))
    assert code == 1 and "Wrong PIN or password for Dr Chair" in out
    signed = _json(capsys, "--user", "tester", *sign, "chair", "--pin-file", str(pins["chair"]))
    assert signed["signed_by"] == "Dr Chair" and signed["signed_by_username"] == "chair"
    code, out = _run(
        capsys,
        "meeting",
        "decide",
        meeting,
        str(first),
        "--recommendation",
        "surveillance",
        "--rationale",
        "changed",
    )
    assert code == 1 and "amend" in out  # a signed decision is not silently replaced
    amended = _json(
        capsys,
        "meeting",
        "decide",
        meeting,
        str(first),
        "--recommendation",
        "neoadjuvant_then_restaging",
        "--rationale",
        "SMV contact on re-review",
        "--participant",
        "Dr Chair",
        "--amends",
        decision,
        "--reason",
        "Venous contact seen on re-review",
    )
    assert (
        _run(
            capsys,
            "meeting",
            "sign",
            str(amended["decision_id"]),
            "--signer",
            "chair",
            "--pin-file",
            str(pins["chair"]),
        )[0]
        == 0
    )
    assert (
        _run(
            capsys,
            "meeting",
            "action",
            meeting,
            str(first),
            "--description",
            "Book EUS-guided biopsy",
            "--owner",
            "Dr Gastro",
            "--due",
            "2026-12-01",
        )[0]
        == 0
    )
    shown = _json(capsys, "meeting", "show", meeting)
    assert [i["case_id"] for i in shown["agenda"]] == [first, second]
    assert shown["agenda"][0]["signed"] is True

    case_pdf = tmp_path / "case.pdf"
    assert _run(capsys, "report", str(first), "--out", str(case_pdf))[0] == 0
    text = _text(case_pdf)
    for expected in (
        "MDT outcome report",
        "Neoadjuvant therapy, then restaging",
        "Venous contact seen on re-review",  # the amendment's reason
        "Upfront resection: Pylorus-preserving pancreatoduodenectomy",  # what it replaced
        "Signed off by Dr Chair",
        "Dr Visitor",
        "Partner University",
        "Book EUS-guided biopsy",
        "P-MDT-1",
    ):
        assert expected in text, expected

    meeting_pdf = tmp_path / "meeting.pdf"
    assert (
        _run(capsys, "meeting", "report", meeting, "--out", str(meeting_pdf), "--hide-identity")[0]
        == 0
    )
    text = _text(meeting_pdf)
    assert "MDT meeting summary" in text and "Liver lesion segment 7" in text
    assert "P-MDT-1" not in text and "ZHANG" not in text
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    document = pypdfium2.PdfDocument(str(meeting_pdf))
    document[0].render(scale=1.5).to_pil().save(SCREENSHOTS / "cli-meeting-report-page1.png")
    document.close()

    context = bootstrap()
    try:
        events = latest_events(context.db)
    finally:
        context.close()
    exports = [e for e in events if e.action is AuditAction.REPORT_EXPORTED]
    assert {e.details["what"] for e in exports} == {"case_report", "meeting_report"}
    signed = [e for e in events if e.action is AuditAction.DECISION_SIGNED]
    assert {e.username for e in signed} == {"tester", "local"}  # stamped with who worked


def test_unknown_user_is_refused(capsys: pytest.CaptureFixture[str], _isolated_home: Path) -> None:
    code, out = _run(capsys, "--user", "nobody", "info")
    assert code == 1 and "No user named 'nobody'" in out
