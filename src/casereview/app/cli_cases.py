"""``casereview-cli case``: list cases and create them from studies or series."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from casereview.app.cli_common import EXIT_OK, SubParsers, command, emit, group
from casereview.domain.cases import CaseStatus

if TYPE_CHECKING:
    from casereview.app.context import AppContext


def cmd_case_new(ctx: AppContext, args: argparse.Namespace) -> int:
    """Create a case from study and series UIDs."""
    from casereview.services import cases as case_service

    case = case_service.create_case_from_uids(
        ctx.db,
        ctx.user.username,
        study_uids=args.study or [],
        series_uids=args.series or [],
        title=args.title or "",
        clinical_question=args.question or "",
        tags=args.tag or [],
    )
    payload = {
        "id": case.id,
        "uid": case.uid,
        "title": case.title,
        "status": case.status.value,
        "studies": len(case.study_ids),
        "series": len(case.series_ids),
    }
    emit(args, payload, f"Case #{case.id} created: {case.title}")
    return EXIT_OK


def cmd_case_list(ctx: AppContext, args: argparse.Namespace) -> int:
    """List cases (title, status, tags; no patient identity)."""
    from casereview.services import cases as case_service

    status = CaseStatus(args.status) if args.status else None
    cases = case_service.list_cases(ctx.db, status)
    payload = [
        {
            "id": c.id,
            "uid": c.uid,
            "title": c.title,
            "status": c.status.value,
            "tags": list(c.tags),
            "clinical_question": c.clinical_question,
            "studies": len(c.study_ids),
            "series": len(c.series_ids),
            "series_ids": list(c.series_ids),
            "created_by": c.created_by,
            "updated_at": c.updated_at.isoformat(),
        }
        for c in cases
    ]
    if not cases:
        text = "No cases."
    else:
        text = "\n".join(
            f"#{c.id:<5} {c.status.value:<15} {c.title}"
            + (f"  [{', '.join(c.tags)}]" if c.tags else "")
            for c in cases
        )
    emit(args, payload, text)
    return EXIT_OK


def add_commands(commands: SubParsers, common: argparse.ArgumentParser) -> None:
    """Add ``case list`` and ``case new``."""
    cases = group(commands, "case", common, "work with cases", "Work with cases.")
    case_list = command(
        cases, "list", common, cmd_case_list, "list cases", "List cases, newest first."
    )
    case_list.add_argument(
        "--status", choices=[s.value for s in CaseStatus], help="only cases with this status"
    )
    case_new = command(
        cases,
        "new",
        common,
        cmd_case_new,
        "create a case from studies or series",
        "Create a case from Study or Series Instance UIDs of one patient (casereview-cli "
        "studies lists them).",
    )
    case_new.add_argument(
        "--study", action="append", metavar="STUDY_UID", help="Study Instance UID (repeatable)"
    )
    case_new.add_argument(
        "--series", action="append", metavar="SERIES_UID", help="Series Instance UID (repeatable)"
    )
    case_new.add_argument("--title", help="case title (default: study description and date)")
    case_new.add_argument("--question", help="the clinical question for the review or MDT")
    case_new.add_argument("--tag", action="append", help="keyword (repeatable)")
