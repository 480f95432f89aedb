"""``casereview-cli patient``: review identity flags; merge, keep apart, split and undo."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from casereview.app.cli_common import EXIT_OK, SubParsers, command, emit, group

if TYPE_CHECKING:
    from casereview.app.context import AppContext
    from casereview.services.identity import ChangeRow


def cmd_patient_flags(ctx: AppContext, args: argparse.Namespace) -> int:
    """List identity flags with both patients' identities (shown to the user, never logged)."""
    from casereview.services import identity as identity_service

    flags = identity_service.list_flags(ctx.db, open_only=not args.all)
    people = identity_service.identities(
        ctx.db, sorted({pk for f in flags for pk in (f.patient_pk, f.other_patient_pk)})
    )

    def person(pk: int) -> dict[str, object]:
        who = people[pk]
        return {
            "id": pk,
            "patient_id": who.patient_id,
            "issuer_of_patient_id": who.issuer_of_patient_id,
            "patient_name": who.patient_name,
            "birth_date": who.birth_date,
        }

    payload = [
        {
            "id": f.id,
            "kind": f.kind.value,
            "reason": f.reason.value,
            "status": f.status.value,
            "patients": [person(f.patient_pk), person(f.other_patient_pk)],
        }
        for f in flags
    ]
    lines = [
        f"flag #{f.id:<4} {f.kind.value:<22} {f.reason.value:<25} {f.status.value}\n"
        + "\n".join(
            f"    patient #{pk}: {people[pk].patient_name or '(no name)'}  "
            f"[{people[pk].patient_id}]  {people[pk].birth_date}"
            for pk in (f.patient_pk, f.other_patient_pk)
        )
        for f in flags
    ]
    emit(args, payload, "\n".join(lines) if flags else "No identity flags to review.")
    return EXIT_OK


def _change_payload(change: ChangeRow) -> dict[str, object]:
    return {
        "change": change.id,
        "kind": change.kind,
        "from_patient": change.source_patient_pk,
        "to_patient": change.target_patient_pk,
        "studies": list(change.study_ids),
        "cases": list(change.case_ids),
        "undone": change.undone,
    }


def cmd_patient_merge(ctx: AppContext, args: argparse.Namespace) -> int:
    """Merge one patient row into another."""
    from casereview.services import identity as identity_service

    change = identity_service.merge_patients(ctx.db, args.source, args.target, ctx.user.username)
    emit(
        args,
        _change_payload(change),
        f"Patient #{args.source} merged into #{args.target} "
        f"({len(change.study_ids)} studies, {len(change.case_ids)} cases); "
        f"undo with: casereview-cli patient unmerge {change.id}",
    )
    return EXIT_OK


def cmd_patient_split(ctx: AppContext, args: argparse.Namespace) -> int:
    """Move studies of a patient row to a new row."""
    from casereview.services import identity as identity_service

    study_ids = identity_service.study_ids_for_uids(ctx.db, args.patient, args.study)
    change = identity_service.split_patient(ctx.db, args.patient, study_ids, ctx.user.username)
    emit(
        args,
        _change_payload(change),
        f"{len(change.study_ids)} studies of patient #{args.patient} moved to new patient "
        f"#{change.target_patient_pk}; undo with: casereview-cli patient undo {change.id}",
    )
    return EXIT_OK


def cmd_patient_undo(ctx: AppContext, args: argparse.Namespace) -> int:
    """Undo a merge or split."""
    from casereview.services import identity as identity_service

    change = identity_service.undo_change(ctx.db, args.change, ctx.user.username)
    emit(args, _change_payload(change), f"{change.kind.capitalize()} #{change.id} undone.")
    return EXIT_OK


def cmd_patient_keep_apart(ctx: AppContext, args: argparse.Namespace) -> int:
    """Decide that a flag's two patients are different people (``--undo`` takes it back)."""
    from casereview.services import identity as identity_service

    if args.undo:
        flag = identity_service.reopen_flag(ctx.db, args.flag, ctx.user.username)
        text = f"Flag #{flag.id} is open again."
    else:
        flag = identity_service.keep_apart(ctx.db, args.flag, ctx.user.username)
        text = f"Patients #{flag.patient_pk} and #{flag.other_patient_pk} are kept apart."
    emit(args, {"flag": flag.id, "status": flag.status.value}, text)
    return EXIT_OK


def cmd_patient_changes(ctx: AppContext, args: argparse.Namespace) -> int:
    """List merges and splits, newest first."""
    from casereview.services import identity as identity_service

    changes = identity_service.list_changes(ctx.db)
    lines = [
        f"#{c.id:<5} {c.kind:<6} patient #{c.source_patient_pk} -> #{c.target_patient_pk}"
        f"  {len(c.study_ids)} studies{'  (undone)' if c.undone else ''}"
        for c in changes
    ]
    emit(args, [_change_payload(c) for c in changes], "\n".join(lines) or "No merges or splits.")
    return EXIT_OK


def add_commands(commands: SubParsers, common: argparse.ArgumentParser) -> None:
    """Add ``patient flags|merge|unmerge|split|undo|keep-apart|changes``."""
    patients = group(
        commands,
        "patient",
        common,
        "review patient identity",
        "Review patients that may be one person or whose images disagree about identity; "
        "merge them, keep them apart, split one, or undo any of it.",
    )
    flags = command(
        patients, "flags", common, cmd_patient_flags, "list identity flags waiting for a decision"
    )
    flags.add_argument("--all", action="store_true", help="also flags decided already")
    merge = command(
        patients,
        "merge",
        common,
        cmd_patient_merge,
        "merge one patient into another",
        "Move every study and case of patient SOURCE to patient TARGET (internal ids, as "
        "'patient flags' shows them).",
    )
    merge.add_argument("source", type=int, help="internal id of the patient merged away")
    merge.add_argument("target", type=int, help="internal id of the patient that stays")
    for name, helptext in (
        ("unmerge", "undo a merge"),
        ("undo", "undo a merge or split"),
    ):
        undo = command(patients, name, common, cmd_patient_undo, helptext)
        undo.add_argument("change", type=int, help="the change number the merge or split printed")
    split = command(
        patients,
        "split",
        common,
        cmd_patient_split,
        "move studies of a patient to a new patient",
        "Move the given studies (and cases holding only them) to a new patient row.",
    )
    split.add_argument("patient", type=int, help="internal id of the patient")
    split.add_argument(
        "--study",
        action="append",
        required=True,
        metavar="STUDY_UID",
        help="Study Instance UID to move (repeatable)",
    )
    keep = command(
        patients,
        "keep-apart",
        common,
        cmd_patient_keep_apart,
        "decide that a flag's two patients are different people",
    )
    keep.add_argument("flag", type=int, help="flag number from 'patient flags'")
    keep.add_argument("--undo", action="store_true", help="take the decision back")
    command(patients, "changes", common, cmd_patient_changes, "list merges and splits")
