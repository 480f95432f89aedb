"""``casereview-cli`` commands for case packages: export, verify-package, import-package, keys.

Registered on the main parser by :func:`add_commands`; each handler takes the application
context and the parsed arguments and returns the exit code.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from casereview.app.cli_common import (
    EXIT_OK,
    EXIT_PROBLEMS_FOUND,
    SubParsers,
    emit,
    resolve_case,
    stderr_progress,
)
from casereview.domain.packages import (
    DeidOptions,
    ExportPreview,
    PackageRejected,
    RedactionRegion,
    TrustedKey,
    VerificationStatus,
)
from casereview.errors import ValidationError
from casereview.messages import Message

if TYPE_CHECKING:
    from casereview.app.context import AppContext


def _options(args: argparse.Namespace) -> DeidOptions:
    return DeidOptions(
        clean_descriptors=not args.remove_descriptors,
        clean_structured_content=not args.remove_structured_content,
        clean_graphics=not args.remove_graphics,
        retain_modified_dates=not args.remove_dates,
        retain_patient_characteristics=not args.remove_patient_characteristics,
        retain_device_identity=args.retain_device_identity,
        retain_institution_identity=args.retain_institution_identity,
        retain_uids=args.retain_uids,
        retain_safe_private=args.retain_safe_private,
    )


def _preview_text(preview: ExportPreview) -> str:
    lines = [
        f"files to export  {preview.files}",
        f"pseudonym        {preview.pseudonym}",
        "dates            "
        + (
            f"shifted by {preview.date_shift_days} days"
            if preview.date_shift_days is not None
            else "removed"
        ),
    ]
    for category, changes in preview.by_category().items():
        lines.append(f"{category.value}:")
        lines.extend(
            f"  {change.name}: {_ACTION_WORDS[change.action.value]} ({change.files} files)"
            for change in changes
        )
    if preview.held_back:
        lines.append(f"held back for review ({len(preview.held_back)}):")
        lines.extend(
            f"  {h.sop_instance_uid or '?'}  {h.modality} {h.series_description}: {h.reason.value}"
            for h in preview.held_back
        )
    if preview.text_changes:
        lines.append(f"free text as it will be sent ({len(preview.text_changes)} fields):")
        for change in preview.text_changes:
            lines.append(f"  {change.field}: {change.as_sent}")
            if change.unsure:
                lines.append(
                    "    check (add --identify TEXT to remove): " + ", ".join(change.unsure)
                )
    return "\n".join(lines)


_ACTION_WORDS = {
    "X": "removed",
    "Z": "emptied",
    "D": "replaced (dummy or pseudonym)",
    "K": "kept",
    "C": "cleaned",
    "U": "replaced",
}


def _redactions(values: list[str] | None) -> dict[str, list[RedactionRegion]]:
    """``SOP_UID:x,y,w,h`` arguments as regions per image (several per image allowed)."""
    found: dict[str, list[RedactionRegion]] = {}
    for value in values or ():
        sop, separator, box = value.partition(":")
        if not separator or not sop.strip():
            raise ValidationError(
                Message(
                    "Write --redact as SOP_UID:x,y,width,height (pixels), not '{value}'.",
                    value=value,
                )
            )
        found.setdefault(sop.strip(), []).append(RedactionRegion.parse(box))
    return found


#: Longest institution name kept (a received package's sender is stored with at most this many).
MAX_INSTITUTION_LENGTH = 128


def _sending_institution(ctx: AppContext, args: argparse.Namespace) -> str:
    """The sender a package names: ``--institution`` (remembered in the settings), else the
    settings' name, else asked for once on a terminal.

    A script without a terminal that never named the institution still exports; it is told
    on stderr that the package names no sender and how to name it.

    Raises
    ------
    ValidationError
        If the name given is longer than a package's sender may be.
    """
    given = " ".join((args.institution or "").split())
    if len(given) > MAX_INSTITUTION_LENGTH:
        raise ValidationError(
            Message(
                "An institution name has at most {limit} characters; shorten --institution.",
                limit=MAX_INSTITUTION_LENGTH,
            )
        )
    if not given and ctx.settings.institution_name.strip():
        return ctx.settings.institution_name
    if not given and sys.stdin.isatty() and not args.json:
        given = " ".join(
            input(
                "Your institution, named as the sender of every package (remembered; "
                "change it with --institution): "
            ).split()
        )[:MAX_INSTITUTION_LENGTH]
    if given:
        if given != ctx.settings.institution_name:
            ctx.update_settings(ctx.settings.with_changes(institution_name=given))
        return given
    print(
        "warning: the package names no sender; name your institution once with "
        "--institution NAME (it is remembered)",
        file=sys.stderr,
    )
    return ""


def cmd_export(ctx: AppContext, args: argparse.Namespace) -> int:
    """Write a de-identified, signed case package (or only show what would change)."""
    from casereview.app.exchange_setup import register_exchange_providers
    from casereview.services.exchange import export_case, preview_export
    from casereview.services.signing import load_or_create_secret, load_or_create_signing_key

    register_exchange_providers()
    case_id = resolve_case(ctx, args.case)
    options = _options(args)
    secret = load_or_create_secret(ctx.paths.keys)
    if args.preview:
        preview = preview_export(
            ctx.db,
            case_id,
            options,
            secret,
            added_identity=args.identify or (),
            progress=stderr_progress(args),
        )
        payload = {
            "files": preview.files,
            "pseudonym": preview.pseudonym,
            "date_shift_days": preview.date_shift_days,
            "changes": [
                {
                    "category": c.category.value,
                    "attribute": c.name,
                    "action": c.action.value,
                    "files": c.files,
                }
                for c in preview.changes
            ],
            "held_back": [
                {"sop_instance_uid": h.sop_instance_uid, "reason": h.reason.value}
                for h in preview.held_back
            ],
            # As sent, with placeholders; the original text stays in the database.
            "text_changes": [
                {"field": t.field, "as_sent": t.as_sent, "unsure": list(t.unsure)}
                for t in preview.text_changes
            ],
        }
        emit(args, payload, _preview_text(preview))
        return EXIT_OK
    if not args.out:
        raise ValidationError(
            Message("Name the package file with --out FILE.zip (or use --preview).")
        )
    redactions = _redactions(args.redact)
    key = load_or_create_signing_key(ctx.paths.keys)
    institution = _sending_institution(ctx, args)
    report = export_case(
        ctx.db,
        case_id,
        Path(args.out),
        ctx.user.username,
        options=options,
        signing_key=key,
        secret=secret,
        institution=institution,
        confirmed=args.include or (),
        added_identity=args.identify or (),
        redactions=redactions,
        opinion_only=args.opinion_only,
        progress=stderr_progress(args),
    )
    payload = {
        "file": report.path,
        "package_id": report.package_id,
        "images": report.images,
        "objects": report.objects,
        "documents": report.documents,
        "files": report.files,
        "bytes": report.bytes_written,
        "opinion_only": args.opinion_only,
        "institution": institution,
        "key_fingerprint": key.fingerprint,
        "held_back": [
            {"sop_instance_uid": h.sop_instance_uid, "reason": h.reason.value}
            for h in report.held_back
        ],
        "cleaned": report.cleaned,
    }
    lines = [
        f"package         {report.path}",
        f"sender          {institution or 'not named'}",
        f"images          {report.images}"
        + (" (opinion only: the partner holds the images)" if args.opinion_only else ""),
        f"other objects   {report.objects} (SR, SEG, KOS, PDF)",
        f"documents       {report.documents} (JSON)",
        f"size            {report.bytes_written / 2**20:.1f} MiB",
        f"signed with     {key.fingerprint}",
    ]
    if report.cleaned:
        lines.append(f"cleaned         {len(report.cleaned)} image(s): burned-in text blacked out")
    if report.held_back:
        lines.append(
            f"held back       {len(report.held_back)} image(s) that may show burned-in text; check "
            "them and add --include SOP_UID to send them or --redact SOP_UID:x,y,w,h to clean them:"
        )
        lines.extend(f"  {h.sop_instance_uid}  {h.reason.value}" for h in report.held_back)
    emit(args, payload, "\n".join(lines))
    return EXIT_OK


def _verification_payload(result: Any) -> dict[str, Any]:
    manifest = result.manifest
    return {
        "status": result.status.value,
        "signer": result.signer,
        "key_fingerprint": result.key_fingerprint,
        "institution": manifest.institution if manifest else "",
        "package_id": manifest.package_id if manifest else "",
        "created": manifest.created if manifest else "",
        "files": len(manifest.files) if manifest else 0,
        "problems": result.problems,
    }


def cmd_verify_package(ctx: AppContext, args: argparse.Namespace) -> int:
    """Check a package's archive, hashes and signature; exit 3 unless it is trusted."""
    from casereview.services.exchange import verify_package
    from casereview.services.signing import load_or_create_signing_key

    result = verify_package(
        Path(args.file),
        staging_dir=ctx.paths.imports / "verify",
        trusted=ctx.settings.trusted_keys,
        own_key=load_or_create_signing_key(ctx.paths.keys),
    )
    payload = _verification_payload(result)
    lines: list[str] = [result.describe()]
    if result.manifest is not None:
        lines += [
            f"sender          {result.manifest.institution or 'not named'}",
            f"package         {result.manifest.package_id}",
            f"created         {result.manifest.created}",
            f"files           {len(result.manifest.files)}",
        ]
    if result.key_fingerprint:
        lines.append(f"signing key     {result.key_fingerprint}")
    lines.extend(f"  problem: {problem}" for problem in result.problems)
    emit(args, payload, "\n".join(lines))
    return EXIT_OK if result.status is VerificationStatus.TRUSTED else EXIT_PROBLEMS_FOUND


def cmd_import_package(ctx: AppContext, args: argparse.Namespace) -> int:
    """Verify, then import a package (untrusted or unsigned only with --accept-untrusted)."""
    from casereview.app.exchange_setup import register_exchange_providers
    from casereview.services.exchange import import_package
    from casereview.services.signing import load_or_create_signing_key

    register_exchange_providers()  # the sender's layer merges through the registered importer
    try:
        report = import_package(
            ctx.db,
            Path(args.file),
            ctx.user.username,
            staging_dir=ctx.paths.imports,
            quarantine_dir=ctx.paths.quarantine,
            trusted=ctx.settings.trusted_keys,
            own_key=load_or_create_signing_key(ctx.paths.keys),
            accept_untrusted=args.accept_untrusted,
            progress=stderr_progress(args),
        )
    except PackageRejected as exc:
        payload = {"status": "rejected", "message": str(exc), "problems": list(exc.reasons)}
        text = "\n".join([str(exc), *(f"  problem: {r}" for r in exc.reasons)])
        emit(args, payload, text)
        return EXIT_PROBLEMS_FOUND
    imported: dict[str, Any] = {
        "package_id": report.package_id,
        "verification": _verification_payload(report.verification),
        "already_imported": report.already_imported,
        "images_imported": report.images_imported,
        "images_unchanged": report.images_unchanged,
        "layers": report.layers,
        "not_merged": report.not_merged,
        "problems": report.problems,
    }
    if report.already_imported:
        text = f"Package {report.package_id} was imported before; nothing changed."
    else:
        text = "\n".join(
            [
                report.verification.describe(),
                f"images imported {report.images_imported}",
                f"already there   {report.images_unchanged}",
                *(f"layer           {layer}" for layer in report.layers),
                *(f"not merged      {kind}" for kind in report.not_merged),
                *(f"  problem: {p}" for p in report.problems),
            ]
        )
    emit(args, imported, text)
    return EXIT_OK


def cmd_keys(ctx: AppContext, args: argparse.Namespace) -> int:
    """Show this institution's public key; with --trust, add a partner's key to the settings."""
    from casereview.services.signing import (
        decode_public_key,
        fingerprint,
        load_or_create_signing_key,
    )

    if args.trust:
        institution, text = args.trust
        raw = decode_public_key(text)
        kept = [k for k in ctx.settings.trusted_keys if k.public_key != text.strip()]
        kept.append(TrustedKey(institution.strip(), text.strip()))
        ctx.update_settings(ctx.settings.with_changes(trusted_keys=tuple(kept)))
        emit(
            args,
            {"trusted": institution, "key_fingerprint": fingerprint(raw)},
            f"Packages signed with key {fingerprint(raw)} now verify as from {institution}.",
        )
        return EXIT_OK
    key = load_or_create_signing_key(ctx.paths.keys)
    payload = {
        "institution": ctx.settings.institution_name,
        "public_key": key.public_key_b64,
        "key_fingerprint": key.fingerprint,
        "trusted": [
            {
                "institution": k.institution,
                "key_fingerprint": fingerprint(decode_public_key(k.public_key)),
            }
            for k in ctx.settings.trusted_keys
        ],
    }
    lines = [
        "this institution  "
        + (ctx.settings.institution_name or "(not named: export --institution NAME names it)"),
        f"public key        {key.public_key_b64}",
        f"fingerprint       {key.fingerprint}",
        "trusted partners:" if ctx.settings.trusted_keys else "trusted partners: none",
        *(
            f"  {k.institution}  {fingerprint(decode_public_key(k.public_key))}"
            for k in ctx.settings.trusted_keys
        ),
    ]
    emit(args, payload, "\n".join(lines))
    return EXIT_OK


def add_commands(commands: SubParsers, common: argparse.ArgumentParser) -> None:
    """Add the package commands to the main parser's sub-commands."""
    export = commands.add_parser(
        "export",
        parents=[common],
        help="write a de-identified, signed case package",
        description="De-identify a case (DICOM PS3.15 Annex E Basic Profile; by default with "
        "Clean Descriptors, Clean Structured Content, Clean Graphics, Retain Longitudinal "
        "Temporal Information with Modified Dates and Retain Patient Characteristics) and write "
        "it as a signed zip with a DICOMDIR. Images that may show burned-in text are held back "
        "unless named with --include or cleaned with --redact.",
    )
    export.add_argument("case", metavar="CASE", help="case number (case list) or UID")
    export.add_argument("--out", metavar="FILE.zip", help="package file to write")
    export.add_argument(
        "--preview", action="store_true", help="only list what would be removed or changed"
    )
    export.add_argument(
        "--opinion-only",
        action="store_true",
        help="answer a received case without its images: annotations, segments, key images, "
        "decisions, the case and its report, referring to the images the partner already "
        "holds by the UIDs it gave them",
    )
    export.add_argument(
        "--institution",
        metavar="NAME",
        help="your institution, named as the sender of the package (remembered in the "
        "settings; asked once on a terminal when never given)",
    )
    export.add_argument(
        "--include",
        action="append",
        metavar="SOP_UID",
        help="send a held-back image you checked for burned-in text (repeatable)",
    )
    export.add_argument(
        "--redact",
        action="append",
        metavar="SOP_UID:x,y,w,h",
        help="black out a rectangle of burned-in text (pixels from the top left, every frame) "
        "in an image and send it cleaned (repeatable, several per image)",
    )
    export.add_argument(
        "--identify",
        action="append",
        metavar="TEXT",
        help="a word or phrase that identifies the patient (a relative's name, a village): "
        "replaced in every text of the package like her name (repeatable)",
    )
    for flag, text in (
        ("--remove-descriptors", "remove descriptions instead of cleaning them"),
        ("--remove-structured-content", "remove SR content instead of cleaning it"),
        ("--remove-graphics", "remove graphic annotations instead of cleaning them"),
        ("--remove-dates", "remove dates instead of shifting them"),
        ("--remove-patient-characteristics", "remove age, sex, size and weight"),
        ("--retain-device-identity", "keep station names and serial numbers"),
        ("--retain-institution-identity", "keep institution names and departments"),
        ("--retain-uids", "keep the original UIDs"),
        ("--retain-safe-private", "keep the private attributes known to be safe"),
    ):
        export.add_argument(flag, action="store_true", help=text)
    export.set_defaults(handler=cmd_export)

    verify = commands.add_parser(
        "verify-package",
        parents=[common],
        help="check a case package (exit 3 unless intact and from a trusted sender)",
        description="Unpack a package into a private staging folder, refuse hostile archives, "
        "check every file's SHA-256 against the manifest, look for unlisted files and check the "
        "Ed25519 signature against your trusted keys. Nothing is imported.",
    )
    verify.add_argument("file", metavar="FILE", help="package (.zip)")
    verify.set_defaults(handler=cmd_verify_package)

    importer = commands.add_parser(
        "import-package",
        parents=[common],
        help="verify and import a case package",
        description="Verify a package as verify-package does, then index its images. A "
        "package that fails verification is refused; one that is intact but unsigned or "
        "signed by an unknown key is imported only with --accept-untrusted. Importing the "
        "same package again changes nothing.",
    )
    importer.add_argument("file", metavar="FILE", help="package (.zip)")
    importer.add_argument(
        "--accept-untrusted",
        action="store_true",
        help="import an intact package even though its sender is not in your trusted keys",
    )
    importer.set_defaults(handler=cmd_import_package)

    keys = commands.add_parser(
        "keys",
        parents=[common],
        help="show this institution's package signing key; trust a partner's key",
        description="Show the public key partners add to their trusted keys, and the keys "
        "you trust. --trust adds a partner institution's public key.",
    )
    keys.add_argument(
        "--trust",
        nargs=2,
        metavar=("INSTITUTION", "PUBLIC_KEY"),
        help="trust packages signed with this key as coming from INSTITUTION",
    )
    keys.set_defaults(handler=cmd_keys)


__all__ = ["add_commands"]
