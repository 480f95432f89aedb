"""``casereview-cli`` commands for users, MDT meetings, decisions, reports and the audit trail.

Registered on the main parser by :func:`add_commands`; each handler takes the application
context and the parsed arguments and returns the exit code.
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from casereview.app.cli_common import (
    EXIT_OK,
    EXIT_PROBLEMS_FOUND,
    SubParsers,
    emit,
    parse_date,
    resolve_case,
    resolve_meeting,
)
from casereview.domain.decision_evidence import Citation, EvidenceRequest
from casereview.domain.decisions import (
    RECOMMENDATION_LABELS,
    ActionItemDraft,
    DecisionContent,
    Intent,
    Recommendation,
    TrialEligibility,
)
from casereview.domain.meetings import Attendance, AttendeeDraft, MeetingDraft
from casereview.domain.users import Role, User
from casereview.errors import ConfigurationError, ValidationError
from casereview.messages import Message

if TYPE_CHECKING:
    from casereview.app.context import AppContext

#: What ``--cite-liver-plan`` takes for the case's newest liver plan.
LATEST = "latest"


def _parse_when(text: str) -> datetime:
    """``YYYY-MM-DD HH:MM`` in local time (or with an explicit offset) as aware UTC."""
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError as exc:
        raise ValidationError(
            Message("“{text}” is not a date and time; write it as 2026-11-24 07:30.", text=text)
        ) from exc
    if value.tzinfo is None:
        value = value.astimezone()  # the workstation's time zone
    return value.astimezone(UTC)


# --- users --------------------------------------------------------------------------------


def cmd_user_list(ctx: AppContext, args: argparse.Namespace) -> int:
    """List the users of this installation."""
    from casereview.services.users import list_users

    users = list_users(ctx.db)
    payload = [
        {
            "username": u.username,
            "display_name": u.display_name,
            "role": u.role.value,
            "institution": u.institution,
            "current": u.username == ctx.user.username,
        }
        for u in users
    ]
    text = "\n".join(
        f"{'*' if u.username == ctx.user.username else ' '} {u.username:<16} {u.display_name}"
        f"  ({u.role.value}{', ' + u.institution if u.institution else ''})"
        for u in users
    )
    emit(args, payload, text)
    return EXIT_OK


def cmd_user_add(ctx: AppContext, args: argparse.Namespace) -> int:
    """Create a user (or show the existing one with that user name)."""
    from casereview.services.users import ensure_user

    user = ensure_user(
        ctx.db,
        User(
            0,
            args.username,
            args.name or args.username,
            Role(args.role),
            args.specialty or "",
            args.institution or "",
        ),
    )
    emit(
        args,
        {"username": user.username, "id": user.id},
        f"User {user.username}: {user.display_name}",
    )
    return EXIT_OK


def cmd_user_set_pin(ctx: AppContext, args: argparse.Namespace) -> int:
    """Choose (or change) a user's PIN or password, which confirms them when they sign."""
    from casereview.services import user_secrets

    current = None
    if user_secrets.has_secret(ctx.db, args.username):
        current = read_secret(args.current_pin_file, f"Current PIN of {args.username}: ")
    new = read_secret(args.pin_file, f"New PIN or password of {args.username}: ")
    if args.pin_file is None:
        again = read_secret(None, "The same again: ")
        if again != new:
            raise ValidationError(Message("The two PINs differ; nothing was changed."))
    user_secrets.set_secret(ctx.db, args.username, new, ctx.user.username, current_secret=current)
    emit(args, {"username": args.username, "pin_set": True}, f"PIN set for {args.username}")
    return EXIT_OK


def cmd_user_reset_pin(ctx: AppContext, args: argparse.Namespace) -> int:
    """Forget a user's PIN (audited) so that they choose a new one before they next sign."""
    from casereview.services import user_secrets

    removed = user_secrets.reset_secret(ctx.db, args.username, ctx.user.username)
    emit(
        args,
        {"username": args.username, "reset": removed},
        f"PIN of {args.username} reset: they choose a new one before they next sign"
        if removed
        else f"{args.username} had no PIN",
    )
    return EXIT_OK


# --- meetings -----------------------------------------------------------------------------


def cmd_meeting_new(ctx: AppContext, args: argparse.Namespace) -> int:
    """Create a meeting."""
    from casereview.services import meetings as meeting_service

    meeting = meeting_service.create_meeting(
        ctx.db,
        MeetingDraft(
            args.title,
            _parse_when(args.at),
            args.duration,
            args.location or "",
            args.link or "",
            args.chair or "",
        ),
        ctx.settings.quorum_rule(),
        ctx.user.username,
    )
    emit(
        args,
        {"id": meeting.id, "uid": meeting.uid, "title": meeting.title},
        f"Meeting #{meeting.id} created: {meeting.title}",
    )
    return EXIT_OK


def cmd_meeting_list(ctx: AppContext, args: argparse.Namespace) -> int:
    """List meetings, most recent first."""
    from casereview.services import meetings as meeting_service

    meetings = meeting_service.list_meetings(ctx.db)
    payload = [
        {
            "id": m.id,
            "uid": m.uid,
            "title": m.title,
            "scheduled_at": m.scheduled_at.isoformat(),
            "status": m.status.value,
            "chair": m.chair,
        }
        for m in meetings
    ]
    text = "\n".join(
        f"#{m.id:<4} {m.scheduled_at.astimezone().strftime('%Y-%m-%d %H:%M')}  "
        f"{m.status.value:<11} {m.title}"
        for m in meetings
    )
    emit(args, payload, text or "No meetings.")
    return EXIT_OK


def cmd_meeting_show(ctx: AppContext, args: argparse.Namespace) -> int:
    """Show a meeting's agenda, attendees, quorum and decisions."""
    from casereview.services import decisions as decision_service
    from casereview.services import meetings as meeting_service

    detail = meeting_service.get_meeting(ctx.db, resolve_meeting(ctx, args.meeting))
    meeting = detail.meeting
    agenda = []
    lines = [
        f"{meeting.title}  {meeting.scheduled_at.astimezone().strftime('%Y-%m-%d %H:%M')}",
        f"chair           {meeting.chair or '-'}",
        f"quorum          {'met' if detail.quorum.met else 'NOT met'} "
        f"({detail.quorum.taking_part} taking part)",
        "agenda",
    ]
    for item in detail.agenda:
        current = decision_service.current_decision(ctx.db, item.id)
        decided = (
            f"{current.content.recommendation_text}"
            + (" [signed]" if current.is_signed else " [draft]")
            if current
            else "no decision"
        )
        agenda.append(
            {
                "item": item.id,
                "case_id": item.case_id,
                "title": item.case_title,
                "status": item.status.value,
                "question": item.question,
                "decision_id": current.id if current else None,
                "signed": bool(current and current.is_signed),
            }
        )
        lines.append(f"  {item.position + 1}. case #{item.case_id} {item.case_title}: {decided}")
    lines.append("attendees")
    lines += [
        f"  {a.name} ({a.role.value}{', ' + a.institution if a.institution else ''}): "
        f"{a.attendance.value}"
        for a in detail.attendees
    ]
    payload = {
        "id": meeting.id,
        "title": meeting.title,
        "quorum_met": detail.quorum.met,
        "agenda": agenda,
        "attendees": [
            {"id": a.id, "name": a.name, "role": a.role.value, "attendance": a.attendance.value}
            for a in detail.attendees
        ],
    }
    emit(args, payload, "\n".join(lines))
    return EXIT_OK


def cmd_meeting_add_case(ctx: AppContext, args: argparse.Namespace) -> int:
    """Put a case on a meeting's agenda."""
    from casereview.services import meetings as meeting_service

    meeting_id = resolve_meeting(ctx, args.meeting)
    case_id = resolve_case(ctx, args.case)
    item = meeting_service.add_case(
        ctx.db, meeting_id, case_id, ctx.user.username, args.question or ""
    )
    emit(
        args,
        {"item": item.id, "position": item.position},
        f"Case #{case_id} is number {item.position + 1} on the agenda of meeting #{meeting_id}",
    )
    return EXIT_OK


def cmd_meeting_attendee(ctx: AppContext, args: argparse.Namespace) -> int:
    """Add an attendee to a meeting."""
    from casereview.services import meetings as meeting_service

    meeting_id = resolve_meeting(ctx, args.meeting)
    attendee = meeting_service.add_attendee(
        ctx.db,
        meeting_id,
        AttendeeDraft(
            args.name,
            Role(args.role),
            args.specialty or "",
            args.institution or "",
            Attendance(args.attendance),
        ),
        ctx.user.username,
    )
    emit(args, {"id": attendee.id}, f"{attendee.name} added to meeting #{meeting_id}")
    return EXIT_OK


def _item_for(ctx: AppContext, meeting_ref: str, case_id: int) -> int:
    from casereview.services import meetings as meeting_service

    meeting_id = resolve_meeting(ctx, meeting_ref)
    for item in meeting_service.get_meeting(ctx.db, meeting_id).agenda:
        if item.case_id == case_id:
            return item.id
    raise ValidationError(
        Message(
            "Case #{case_id} is not on the agenda of meeting #{meeting_id}; add it with "
            "casereview-cli meeting add-case.",
            case_id=case_id,
            meeting_id=meeting_id,
        )
    )


def _content(args: argparse.Namespace) -> DecisionContent:
    return DecisionContent(
        recommendation=Recommendation(args.recommendation),
        rationale=args.rationale,
        procedure=args.procedure or "",
        other=args.other or "",
        intent=Intent(args.intent),
        guideline_reference=args.guideline or "",
        trial_eligibility=TrialEligibility(args.trial),
        trial_reference=args.trial_reference or "",
        staging=args.staging or "",
        dissent=args.dissent or "",
        participants=tuple(args.participant or ()),
    )


def _evidence_request(ctx: AppContext, case_id: int, args: argparse.Namespace) -> EvidenceRequest:
    """What ``--cite-assessment``, ``--cite-liver-plan`` and ``--cite-key-image`` name: the
    case's latest assessment version and the liver plan version given (its newest for
    ``latest``), each refused when there is none, and the key images given."""
    assessment_uid = ""
    if args.cite_assessment:
        from casereview.services.resectability_record import latest_assessment

        latest = latest_assessment(ctx.db, case_id)
        if latest is None:
            raise ValidationError(
                Message(
                    "Case #{case_id} has no resectability assessment to cite; assess it with "
                    "casereview-cli resectability first, or leave --cite-assessment out.",
                    case_id=case_id,
                )
            )
        assessment_uid = latest.uid
    return EvidenceRequest(
        assessment_uid,
        tuple(args.cite_key_image or ()),
        liver_plan_uid=_liver_plan_uid(ctx, case_id, args.cite_liver_plan),
    )


def _liver_plan_uid(ctx: AppContext, case_id: int, choice: str | None) -> str:
    """The UID of the liver plan version ``--cite-liver-plan`` names ("" when not given)."""
    if choice is None:
        return ""
    if choice.strip().casefold() != LATEST:
        return choice.strip()
    from casereview.services.decision_evidence import citable_liver_plan

    plan = citable_liver_plan(ctx.db, case_id)
    if plan is None:
        raise ValidationError(
            Message(
                "Case #{case_id} has no liver resection plan to cite; plan it with "
                "casereview-cli liver first, or leave --cite-liver-plan out.",
                case_id=case_id,
            )
        )
    return plan.uid


def _evidence_lines(citations: tuple[Citation, ...]) -> list[str]:
    lines = []
    for citation in citations:
        line = f"  {citation.describe()}"
        if citation.assessment is not None:
            line += f": {citation.assessment.category_text} suggested ({citation.assessment.criteria_name})"
        if citation.liver_plan is not None:
            line += f": {citation.liver_plan.summary()}"
        lines.append(line)
    return lines or ["  (nothing)"]


def _evidence_payload(citations: tuple[Citation, ...]) -> list[dict[str, Any]]:
    return [
        {
            "kind": c.kind.value,
            "uid": c.uid,
            "number": c.number,
            "sha256": c.sha256,
            "snapshot": c.snapshot_json(),
        }
        for c in citations
    ]


def cmd_meeting_decide(ctx: AppContext, args: argparse.Namespace) -> int:
    """Record a draft decision (or an amendment of a signed one) for a case of a meeting.

    The decision cites what ``--cite-assessment``, ``--cite-liver-plan`` and
    ``--cite-key-image`` name; a draft replaced here cites what this command names (nothing
    when none is given).
    """
    from casereview.services import decision_evidence as evidence_service
    from casereview.services import decisions as decision_service

    case_id = resolve_case(ctx, args.case)
    item_id = _item_for(ctx, args.meeting, case_id)
    content = _content(args)
    evidence = _evidence_request(ctx, case_id, args)
    if args.amends is not None:
        decision = decision_service.amend_decision(
            ctx.db, args.amends, content, args.reason or "", ctx.user.username, evidence=evidence
        )
    else:
        current = decision_service.current_decision(ctx.db, item_id)
        if current is not None and not current.is_signed:
            decision = decision_service.update_draft(
                ctx.db, current.id, content, ctx.user.username, evidence=evidence
            )
        else:
            decision = decision_service.record_decision(
                ctx.db,
                case_id,
                content,
                ctx.user.username,
                agenda_item_id=item_id,
                evidence=evidence,
            )
    cited = evidence_service.decision_evidence(ctx.db, decision.id)
    emit(
        args,
        {
            "decision_id": decision.id,
            "signed": decision.is_signed,
            "evidence": _evidence_payload(cited),
        },
        "\n".join(
            [
                f"Decision #{decision.id} (draft): {decision.content.recommendation_text}",
                "cites",
                *_evidence_lines(cited),
            ]
        ),
    )
    return EXIT_OK


def cmd_meeting_evidence(ctx: AppContext, args: argparse.Namespace) -> int:
    """Show what a decision cites, check it still holds, and what changed since.

    Exits with :data:`EXIT_PROBLEMS_FOUND` when a cited item is no longer what was cited.
    """
    from casereview.services import decision_evidence as evidence_service

    status = evidence_service.evidence_status(ctx.db, args.decision)
    lines = [f"Decision #{args.decision} cites", *_evidence_lines(status.citations)]
    lines += [f"PROBLEM: {p.message}" for p in status.problems]
    if status.changed_since is not None:
        lines.append(str(status.changed_since))
    if status.liver_plan_changed_since is not None:
        lines.append(str(status.liver_plan_changed_since))
    if status.amendment_changes:
        lines.append("evidence changed from the amended decision")
        lines += [f"  {m}" for m in status.amendment_changes]
    payload = {
        "decision_id": args.decision,
        "evidence": _evidence_payload(status.citations),
        "intact": status.intact,
        "problems": [
            {"uid": p.citation.uid, "message": str(p.message), "integrity": p.integrity}
            for p in status.problems
        ],
        "changed_since": None if status.changed_since is None else str(status.changed_since),
        "liver_plan_changed_since": None
        if status.liver_plan_changed_since is None
        else str(status.liver_plan_changed_since),
        "amendment_changes": [str(m) for m in status.amendment_changes],
    }
    emit(args, payload, "\n".join(lines))
    return EXIT_PROBLEMS_FOUND if status.problems else EXIT_OK


def read_secret(source: str | None, prompt: str) -> str:
    """A PIN or password from ``source`` (a file, ``-`` for standard input) or typed unseen.

    Never an argument: a PIN on the command line stays in the shell's history and shows in
    the process list (``ps``) to every user of the machine.

    Raises
    ------
    ConfigurationError
        If the file cannot be read, or there is no terminal to ask on.
    """
    import getpass
    import sys

    if source == "-":
        return sys.stdin.readline().rstrip("\r\n")
    if source is not None:
        try:
            lines = Path(source).read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise ConfigurationError(
                Message("The PIN file {path} cannot be read ({exc}).", path=source, exc=exc)
            ) from exc
        return lines[0] if lines else ""
    if not sys.stdin.isatty():
        raise ConfigurationError(
            Message(
                "There is no terminal to type the PIN on: give it with --pin-file (a file, or - "
                "for standard input)."
            )
        )
    return getpass.getpass(prompt)


def cmd_meeting_sign(ctx: AppContext, args: argparse.Namespace) -> int:
    """The chair signs a decision off, confirming who they are with their PIN."""
    from casereview.services import decisions as decision_service

    signer = args.signer or ctx.user.username
    secret = read_secret(args.pin_file, f"PIN or password of {signer}: ")
    decision = decision_service.sign_decision(
        ctx.db, args.decision, signer, ctx.user.username, secret=secret
    )
    emit(
        args,
        {
            "decision_id": decision.id,
            "signed_at": decision.signed_at,
            "signed_by": decision.signed_by,
            "signed_by_username": decision.signed_by_username,
        },
        f"Decision #{decision.id} signed by {decision.signed_by}",
    )
    return EXIT_OK


def cmd_meeting_action(ctx: AppContext, args: argparse.Namespace) -> int:
    """Add an action item for a case of a meeting."""
    from casereview.services import decisions as decision_service

    item_id = _item_for(ctx, args.meeting, resolve_case(ctx, args.case))
    action = decision_service.add_action_item(
        ctx.db,
        item_id,
        ActionItemDraft(args.description, args.owner, parse_date(args.due)),
        ctx.user.username,
    )
    emit(args, {"id": action.id}, f"Action #{action.id} for {action.owner}")
    return EXIT_OK


# --- reports ------------------------------------------------------------------------------


def _report_options(ctx: AppContext, args: argparse.Namespace) -> Any:
    from casereview.ui.reports import ReportOptions

    return ReportOptions(
        institution=ctx.settings.institution_name,
        author=ctx.user.display_name,
        hide_identity=args.hide_identity,
    )


def cmd_report(ctx: AppContext, args: argparse.Namespace) -> int:
    """Write the MDT outcome report of a case as PDF."""
    from casereview.services import audit as audit_service
    from casereview.ui.reports import (
        report_application,
        volume_key_image_renderer,
        write_case_report,
    )

    app = report_application()

    case_id = resolve_case(ctx, args.case)
    item_id = _item_for(ctx, args.meeting, case_id) if args.meeting else None
    out = write_case_report(
        ctx.db,
        case_id,
        Path(args.out),
        _report_options(ctx, args),
        agenda_item_id=item_id,
        renderer=None if args.no_images else volume_key_image_renderer(ctx.db),
    )
    audit_service.record_export(ctx.db, "case_report", "case", case_id, ctx.user.username)
    del app
    emit(args, {"file": str(out)}, f"Report written to {out}")
    return EXIT_OK


def cmd_meeting_report(ctx: AppContext, args: argparse.Namespace) -> int:
    """Write the summary of a meeting as PDF."""
    from casereview.services import audit as audit_service
    from casereview.ui.reports import (
        report_application,
        volume_key_image_renderer,
        write_meeting_report,
    )

    app = report_application()

    meeting_id = resolve_meeting(ctx, args.meeting)
    out = write_meeting_report(
        ctx.db,
        meeting_id,
        Path(args.out),
        _report_options(ctx, args),
        renderer=None if args.no_images else volume_key_image_renderer(ctx.db),
    )
    audit_service.record_export(ctx.db, "meeting_report", "meeting", meeting_id, ctx.user.username)
    del app
    emit(args, {"file": str(out)}, f"Meeting summary written to {out}")
    return EXIT_OK


# --- audit --------------------------------------------------------------------------------


def cmd_audit_verify(ctx: AppContext, args: argparse.Namespace) -> int:
    """Verify the audit trail (chain, ids, signed head); exit 3 and say what was altered."""
    from casereview.services import audit as audit_service

    result = audit_service.verify_audit_chain(ctx.db)
    audit_service.record_verification(ctx.db, result, ctx.user.username)
    payload = {
        "intact": result.intact,
        "records_checked": result.records_checked,
        "broken_id": result.broken.event_id if result.broken else None,
        "broken_action": result.broken.action if result.broken else None,
        "reason": result.broken.reason if result.broken else None,
        "missing": result.missing.count if result.missing else None,
        "missing_after": result.missing.after_id if result.missing else None,
        "older_copy": result.older_copy is not None,
        "head_problem": result.head_problem,
    }
    emit(args, payload, result.describe())
    return EXIT_OK if result.intact else EXIT_PROBLEMS_FOUND


def cmd_audit_list(ctx: AppContext, args: argparse.Namespace) -> int:
    """List the newest audit records (no PHI: internal ids and codes only)."""
    from casereview.services import audit as audit_service

    events = audit_service.latest_events(ctx.db, args.limit)
    payload = [
        {
            "id": e.id,
            "occurred_at": e.occurred_at.isoformat(),
            "user": e.username,
            "action": e.action.value,
            "dicom_event": list(e.dicom_event),
            "entity": f"{e.entity_type}:{e.entity_id}",
            "details": e.details,
        }
        for e in events
    ]
    text = "\n".join(
        f"#{e.id:<6} {e.occurred_at.astimezone().strftime('%Y-%m-%d %H:%M:%S')} "
        f"{e.username or '-':<12} {e.action.value:<28} {e.entity_type}:{e.entity_id}"
        for e in events
    )
    emit(args, payload, text or "The audit trail is empty.")
    return EXIT_OK


# --- parser -------------------------------------------------------------------------------


def add_commands(commands: SubParsers, common: argparse.ArgumentParser) -> None:
    """Add ``user``, ``meeting``, ``report`` and ``audit`` to the sub-parsers ``commands``."""

    def sub(parent: Any, name: str, helptext: str, handler: Any, description: str = "") -> Any:
        parser = parent.add_parser(
            name, parents=[common], help=helptext, description=description or helptext
        )
        parser.set_defaults(handler=handler)
        return parser

    user = commands.add_parser(
        "user", parents=[common], help="users of this installation", description="Users."
    )
    users = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    sub(users, "list", "list users (* marks the current one)", cmd_user_list)
    user_add = sub(users, "add", "create a user", cmd_user_add)
    user_add.add_argument("username", help="short user name (login-like, unique)")
    user_add.add_argument("--name", help="name shown on screen and reports")
    user_add.add_argument("--role", choices=[r.value for r in Role], default=Role.OTHER.value)
    user_add.add_argument("--specialty")
    user_add.add_argument("--institution")
    set_pin = sub(
        users,
        "set-pin",
        "choose or change a user's PIN or password (confirms them when signing)",
        cmd_user_set_pin,
        "Choose a user's PIN or password (at least 6 characters), typed unseen twice; to change "
        "it, the current one is asked first. Only a salted hash is stored.",
    )
    set_pin.add_argument("username")
    _pin_file_argument(set_pin)
    set_pin.add_argument(
        "--current-pin-file", metavar="FILE", help="read the current PIN from FILE (- for stdin)"
    )
    reset_pin = sub(
        users,
        "reset-pin",
        "forget a user's PIN (audited); they choose a new one before they next sign",
        cmd_user_reset_pin,
    )
    reset_pin.add_argument("username")

    meeting = commands.add_parser(
        "meeting",
        parents=[common],
        help="MDT meetings: agenda, attendees, decisions, report",
        description="Plan and record MDT meetings. MEETING is a meeting's #id or UID "
        "(casereview-cli meeting list).",
    )
    meetings = meeting.add_subparsers(dest="meeting_command", metavar="ACTION", required=True)
    new = sub(meetings, "new", "create a meeting", cmd_meeting_new)
    new.add_argument("--title", required=True)
    new.add_argument("--at", required=True, metavar="'YYYY-MM-DD HH:MM'", help="start (local time)")
    new.add_argument("--duration", type=int, default=60, metavar="MINUTES")
    new.add_argument("--location")
    new.add_argument("--link", help="video-conference address")
    new.add_argument("--chair", help="name of the chair, who signs decisions")
    sub(meetings, "list", "list meetings, most recent first", cmd_meeting_list)
    show = sub(meetings, "show", "show agenda, attendees, quorum and decisions", cmd_meeting_show)
    show.add_argument("meeting", metavar="MEETING")
    add_case = sub(meetings, "add-case", "put a case on the agenda", cmd_meeting_add_case)
    add_case.add_argument("meeting", metavar="MEETING")
    add_case.add_argument(
        "case", metavar="CASE", help="case number or UID (casereview-cli case list)"
    )
    add_case.add_argument("--question", help="question for the MDT (default: the case's)")
    attendee = sub(meetings, "attendee", "add an attendee", cmd_meeting_attendee)
    attendee.add_argument("meeting", metavar="MEETING")
    attendee.add_argument("--name", required=True)
    attendee.add_argument("--role", choices=[r.value for r in Role], default=Role.OTHER.value)
    attendee.add_argument("--specialty")
    attendee.add_argument("--institution")
    attendee.add_argument(
        "--attendance", choices=[a.value for a in Attendance], default=Attendance.PRESENT.value
    )
    decide = sub(
        meetings,
        "decide",
        "record the decision for a case (a draft until signed)",
        cmd_meeting_decide,
        "Record the MDT decision for a case of a meeting; an unsigned draft is replaced. "
        "Recommendations: "
        + "; ".join(f"{r.value} = {label}" for r, label in RECOMMENDATION_LABELS.items()),
    )
    decide.add_argument("meeting", metavar="MEETING")
    decide.add_argument("case", metavar="CASE", help="case number or UID")
    decide.add_argument(
        "--recommendation", required=True, choices=[r.value for r in Recommendation]
    )
    decide.add_argument("--rationale", required=True)
    decide.add_argument("--procedure", help="operation, for upfront_resection")
    decide.add_argument("--other", help="wording, for other")
    decide.add_argument(
        "--intent", choices=[i.value for i in Intent], default=Intent.CURATIVE.value
    )
    decide.add_argument("--guideline", help="guideline reference")
    decide.add_argument(
        "--trial",
        choices=[t.value for t in TrialEligibility],
        default=TrialEligibility.NOT_ASSESSED.value,
    )
    decide.add_argument("--trial-reference")
    decide.add_argument("--staging")
    decide.add_argument("--dissent")
    decide.add_argument("--participant", action="append", help="who took part (repeatable)")
    decide.add_argument("--amends", type=int, metavar="DECISION", help="signed decision to amend")
    decide.add_argument("--reason", help="why the signed decision is amended")
    decide.add_argument(
        "--cite-assessment",
        action="store_true",
        help="cite the case's latest resectability assessment version (UID, number, SHA-256)",
    )
    decide.add_argument(
        "--cite-liver-plan",
        nargs="?",
        const=LATEST,
        metavar="UID|latest",
        help="cite a liver resection plan version (UID, number, SHA-256, FLR and verdicts): "
        "the case's newest without a value or with 'latest', or the version with that UID "
        "(a partner's plan too)",
    )
    decide.add_argument(
        "--cite-key-image",
        action="append",
        metavar="UID",
        help="cite a key image of the case by its UID (repeatable)",
    )
    evidence = sub(
        meetings,
        "evidence",
        "show what a decision cites and check it (exit 3 when something cited changed)",
        cmd_meeting_evidence,
        "Show the evidence a decision cites (assessment and liver plan versions with their "
        "SHA-256, key images), check that each cited item is still what was cited, say whether "
        "the assessment or liver plan has a newer version, and for an amendment what evidence "
        "changed from the decision it amends.",
    )
    evidence.add_argument("decision", type=int, metavar="DECISION")
    sign = sub(
        meetings,
        "sign",
        "the chair signs a decision off (it is frozen), confirmed by their PIN",
        cmd_meeting_sign,
        "The chair signs a decision off; it is frozen from then on. The signer confirms who "
        "they are with their PIN or password, typed unseen when asked (or read with --pin-file); "
        "it is never an argument, which shell history and the process list would keep.",
    )
    sign.add_argument("decision", type=int, metavar="DECISION")
    sign.add_argument(
        "--signer",
        metavar="USER",
        help="user name of the chair signing (default: the current user; casereview-cli user list)",
    )
    _pin_file_argument(sign)
    action = sub(meetings, "action", "add an action item for a case", cmd_meeting_action)
    action.add_argument("meeting", metavar="MEETING")
    action.add_argument("case", metavar="CASE", help="case number or UID")
    action.add_argument("--description", required=True)
    action.add_argument("--owner", required=True)
    action.add_argument("--due", metavar="YYYY-MM-DD")
    meeting_report = sub(meetings, "report", "write the meeting summary as PDF", cmd_meeting_report)
    meeting_report.add_argument("meeting", metavar="MEETING")
    _report_arguments(meeting_report)

    report = sub(
        commands,
        "report",
        "write the MDT outcome report of a case as PDF",
        cmd_report,
        "Write the MDT outcome report of a case (question, key images and measurements, "
        "decision, attendees, sign-off) as PDF. It shows patient identity unless "
        "--hide-identity is given.",
    )
    report.add_argument("case", metavar="CASE", help="case number or UID")
    report.add_argument("--meeting", metavar="MEETING", help="which meeting (default: latest)")
    _report_arguments(report)

    audit = commands.add_parser(
        "audit", parents=[common], help="the audit trail", description="The audit trail."
    )
    audits = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    sub(
        audits,
        "verify",
        "verify the hash chain (exit 3 and name the first altered record)",
        cmd_audit_verify,
    )
    listing = sub(audits, "list", "list the newest records", cmd_audit_list)
    listing.add_argument("--limit", type=int, default=50)


def _pin_file_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--pin-file",
        metavar="FILE",
        help="read the PIN from the first line of FILE (- for standard input) instead of asking",
    )


def _report_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", required=True, metavar="FILE.pdf")
    parser.add_argument(
        "--hide-identity", action="store_true", help="leave patient name, ID and birth date out"
    )
    parser.add_argument("--no-images", action="store_true", help="do not draw key images (faster)")
