"""``casereview-cli assessment``: the case's stored resectability assessment, and corrections.

``casereview-cli resectability CASE --save`` measures and stores a version; these commands show
it (``show``, ``history``) and record what a person reads or finds (``override``, ``finding``,
``variant``, ``reconstruction``, ``location``, ``criteria``). Each correction stores a new
version with its author and time; earlier versions never change.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from casereview.app.cli_common import EXIT_OK, SubParsers, command, emit, group, resolve_case
from casereview.errors import NotFoundError, ValidationError
from casereview.messages import Message

if TYPE_CHECKING:
    from casereview.app.context import AppContext
    from casereview.domain.resectability_record import AssessmentVersion
    from casereview.domain.resectability_suggestion import Suggestion


def suggestion_json(suggestion: Suggestion) -> dict[str, Any]:
    """The ``--json`` form of a suggestion: category, each rule with its evidence, what is
    missing."""
    from casereview.domain.resectability_rules import CATEGORY_NAMES

    category = suggestion.category
    return {
        "category": None if category is None else category.value,
        "category_name": None if category is None else str(CATEGORY_NAMES[category]),
        "at_least": suggestion.at_least,
        "requires_confirmation": True,
        "summary": str(suggestion.summary()),
        "rules": [
            {
                "rule": f.rule_id,
                "category": f.category.value,
                "vessel": None if f.vessel is None else f.vessel.value,
                "criterion": str(f.criterion),
                "reason": str(f.reason),
                "evidence": [
                    {
                        "kind": e.kind.value,
                        "vessel": None if e.vessel is None else e.vessel.value,
                        "text": str(e.text),
                        "value": e.value,
                        "unit": e.unit,
                        "overridden": e.overridden,
                        "measured_value": e.measured_value,
                        "segment_uids": [p.segment_uid for p in e.provenance if p.segment_uid],
                    }
                    for e in f.evidence
                ],
            }
            for f in suggestion.fired
        ],
        "missing": [
            {
                "kind": m.kind.value,
                "vessel": None if m.vessel is None else m.vessel.value,
                "consequence": str(m.consequence),
                "could_raise": m.could_raise,
            }
            for m in suggestion.missing
        ],
        "notes": [str(n) for n in suggestion.notes],
    }


def suggestion_lines(suggestion: dict[str, Any], criteria: str) -> list[str]:
    """The lines a person reads of a suggestion's ``--json`` form."""
    lines = []
    if suggestion["category"] is None:
        lines.append(f"No category suggested ({criteria}): {suggestion['summary']}")
    else:
        least = "at least " if suggestion["at_least"] else ""
        lines.append(
            f"Suggested category ({criteria}): {least}{suggestion['category_name']} — "
            "a suggestion for the MDT to confirm"
        )
    for rule in suggestion["rules"]:
        vessel = f"{rule['vessel'].upper()}: " if rule["vessel"] else ""
        category = rule["category"].replace("_", " ")
        lines.append(f"  - [{category}] {vessel}{rule['reason']}")
    for missing in suggestion["missing"]:
        lines.append(f"  missing: {missing['consequence']}")
    for note in suggestion["notes"]:
        lines.append(f"  note: {note}")
    return lines


def _when(version_time: Any) -> str:
    return version_time.strftime("%Y-%m-%d %H:%M UTC")


def version_json(version: AssessmentVersion) -> dict[str, Any]:
    """The stable ``--json`` document of a stored assessment version."""
    from casereview.domain.resectability import VESSEL_NAMES
    from casereview.domain.resectability_criteria import CRITERIA_SETS

    criteria = CRITERIA_SETS[version.criteria_id]
    inputs = version.inputs
    vessels = []
    for m in inputs.measurements:
        override = m.override
        segment = version.run.segment_of(m.vessel)
        vessels.append(
            {
                "vessel": m.vessel.value,
                "name": str(VESSEL_NAMES[m.vessel]),
                "segment": None if segment is None else segment.segment_name,
                "measured_angle_deg": m.angle_deg,
                "angle_deg": m.effective_angle_deg,
                "length_mm": m.length_mm,
                "override": None
                if override is None
                else {
                    "angle_deg": override.angle_deg,
                    "author": override.author,
                    "at": override.at.isoformat(),
                    "reason": override.reason,
                },
            }
        )
    return {
        "case": version.case_id,
        "version": version.number,
        "uid": version.uid,
        "sha256": version.content_sha256,
        "change": str(version.change_text()),
        "author": version.author,
        "at": version.created_at.isoformat(),
        "criteria": {"id": criteria.id, "name": criteria.name, "citation": criteria.citation},
        "series_instance_uid": version.run.series_instance_uid,
        "vessels": vessels,
        "findings": [
            {
                "vessel": f.vessel.value,
                "finding": f.kind.value,
                "name": str(f.name),
                "author": f.author,
                "note": f.note,
            }
            for f in inputs.findings
        ],
        "variants": [
            {
                "variant": v.kind.value,
                "touches_tumour": v.touches_tumour,
                "origin": None if v.origin is None else v.origin.value,
                "description": v.description,
                "author": v.author,
            }
            for v in inputs.variants
        ],
        "reconstruction": None
        if inputs.reconstruction is None
        else {
            "value": inputs.reconstruction.value.value,
            "author": inputs.reconstruction.author,
            "note": inputs.reconstruction.note,
        },
        "tumour_location": None if inputs.tumour_location is None else inputs.tumour_location.value,
        "suggestion": suggestion_json(version.suggestion),
        "stored": True,
    }


def version_text(document: dict[str, Any]) -> str:
    """What a person reads of a stored version, from its ``--json`` document."""
    lines = [
        f"Resectability of case #{document['case']}, version {document['version']} "
        f"({document['criteria']['name']}; {document['change']}, {document['author']}, "
        f"{document['at'][:16].replace('T', ' ')} UTC; sha256 {document['sha256'][:12]})"
    ]
    for v in document["vessels"]:
        text = f"  {v['name']}: {v['angle_deg']:.1f}°"
        if v["override"] is not None:
            o = v["override"]
            measured = v["measured_angle_deg"]
            text += f" set by {o['author']}" + (
                f" (measured {measured:.1f}°)" if measured is not None else ""
            )
            if o["reason"]:
                text += f" — {o['reason']}"
        if v["length_mm"]:
            text += f", length {v['length_mm']:.1f} mm"
        lines.append(text)
    for f in document["findings"]:
        lines.append(f"  finding: {f['vessel'].upper()} {f['name']} ({f['author']})")
    for v in document["variants"]:
        touches = "touches the tumour" if v["touches_tumour"] else "free of tumour"
        lines.append(f"  variant: {v['variant'].replace('_', ' ')}, {touches} ({v['author']})")
    if document["reconstruction"] is not None:
        r = document["reconstruction"]
        lines.append(f"  vein reconstructible: {r['value']} ({r['author']})")
    if document["tumour_location"] is not None:
        lines.append(f"  tumour location: {document['tumour_location']}")
    lines.extend(suggestion_lines(document["suggestion"], document["criteria"]["name"]))
    return "\n".join(lines)


def _latest(ctx: AppContext, case_id: int) -> AssessmentVersion:
    from casereview.services.resectability_record import latest_assessment

    version = latest_assessment(ctx.db, case_id)
    if version is None:
        raise NotFoundError(
            Message(
                "Case #{case_id} has no stored resectability assessment; run "
                "'casereview-cli resectability {case_id} --save' first.",
                case_id=case_id,
            )
        )
    return version


def _emit_version(args: argparse.Namespace, version: AssessmentVersion) -> int:
    document = version_json(version)
    emit(args, document, version_text(document))
    return EXIT_OK


def cmd_show(ctx: AppContext, args: argparse.Namespace) -> int:
    """Show the newest version of the case's assessment."""
    return _emit_version(args, _latest(ctx, resolve_case(ctx, args.case)))


def cmd_history(ctx: AppContext, args: argparse.Namespace) -> int:
    """List every version of the case's assessment, oldest first."""
    from casereview.domain.resectability_rules import CATEGORY_NAMES
    from casereview.services.resectability_record import assessment_history

    case_id = resolve_case(ctx, args.case)
    versions = assessment_history(ctx.db, case_id)
    payload = [
        {
            "version": v.number,
            "uid": v.uid,
            "sha256": v.content_sha256,
            "change": str(v.change_text()),
            "author": v.author,
            "at": v.created_at.isoformat(),
            "category": None if v.suggestion.category is None else v.suggestion.category.value,
        }
        for v in versions
    ]
    lines = [
        f"{v.number:>3}  {_when(v.created_at)}  {v.author:<16} {v.change_text()}  → "
        + (
            str(CATEGORY_NAMES[v.suggestion.category])
            if v.suggestion.category is not None
            else "no category"
        )
        for v in versions
    ] or [f"case #{case_id} has no stored resectability assessment"]
    emit(args, payload, "\n".join(lines))
    return EXIT_OK


def cmd_override(ctx: AppContext, args: argparse.Namespace) -> int:
    """Set (or with --clear remove) a person's contact angle for a vessel."""
    from casereview.services.resectability import parse_vessel_kind
    from casereview.services.resectability_record import override_angle

    case_id = resolve_case(ctx, args.case)
    if args.clear == (args.angle is not None):
        raise ValidationError(
            Message("Give the angle in degrees, or --clear to go back to the measured angle.")
        )
    version = override_angle(
        ctx.db,
        case_id,
        parse_vessel_kind(args.vessel),
        None if args.clear else args.angle,
        ctx.user.username,
        reason=args.reason or "",
    )
    return _emit_version(args, version)


def cmd_finding(ctx: AppContext, args: argparse.Namespace) -> int:
    """Record (or with --remove remove) a finding on a vessel."""
    from casereview.services.resectability import parse_vessel_kind
    from casereview.services.resectability_record import add_finding, remove_finding

    case_id = resolve_case(ctx, args.case)
    vessel = parse_vessel_kind(args.vessel)
    if args.remove:
        version = remove_finding(ctx.db, case_id, vessel, args.finding, ctx.user.username)
    else:
        version = add_finding(
            ctx.db,
            case_id,
            vessel,
            args.finding,
            ctx.user.username,
            thrombus=args.thrombus,
            note=args.note or "",
        )
    return _emit_version(args, version)


def cmd_variant(ctx: AppContext, args: argparse.Namespace) -> int:
    """Record (or with --remove remove) variant arterial anatomy."""
    from casereview.services.resectability import parse_vessel_kind
    from casereview.services.resectability_record import record_variant, remove_variant

    case_id = resolve_case(ctx, args.case)
    if args.remove:
        version = remove_variant(ctx.db, case_id, args.variant, ctx.user.username)
    else:
        version = record_variant(
            ctx.db,
            case_id,
            args.variant,
            args.touches_tumour,
            ctx.user.username,
            origin=None if args.origin is None else parse_vessel_kind(args.origin),
            description=args.description or "",
        )
    return _emit_version(args, version)


def cmd_reconstruction(ctx: AppContext, args: argparse.Namespace) -> int:
    """Record whether the SMV-portal vein can be reconstructed."""
    from casereview.services.resectability_record import set_reconstruction

    case_id = resolve_case(ctx, args.case)
    value = None if args.value == "clear" else args.value
    version = set_reconstruction(ctx.db, case_id, value, ctx.user.username, note=args.note or "")
    return _emit_version(args, version)


def cmd_location(ctx: AppContext, args: argparse.Namespace) -> int:
    """Record where the tumour is in the pancreas."""
    from casereview.services.resectability_record import set_tumour_location

    case_id = resolve_case(ctx, args.case)
    location = None if args.location == "clear" else args.location
    return _emit_version(args, set_tumour_location(ctx.db, case_id, location, ctx.user.username))


def cmd_criteria(ctx: AppContext, args: argparse.Namespace) -> int:
    """Suggest with another criteria set from this version on."""
    from casereview.services.resectability_record import change_criteria

    case_id = resolve_case(ctx, args.case)
    return _emit_version(args, change_criteria(ctx.db, case_id, args.criteria, ctx.user.username))


def add_commands(commands: SubParsers, common: argparse.ArgumentParser) -> None:
    """Add ``assessment show|history|override|finding|variant|reconstruction|location|criteria``."""
    from casereview.domain.resectability_findings import (
        FindingKind,
        Reconstructibility,
        ThrombusKind,
        TumourLocation,
        VariantKind,
    )

    actions = group(
        commands,
        "assessment",
        common,
        "the case's stored resectability assessment: show, history and corrections",
        "Show the stored resectability assessment of a case and record what a person reads or "
        "finds: a corrected contact angle, vessel findings, variant arteries, whether the vein "
        "can be reconstructed, the tumour's location. Each correction is a new version with its "
        "author and time; 'resectability CASE --save' measures and stores a version.",
    )

    def case_command(name: str, handler: Any, helptext: str) -> argparse.ArgumentParser:
        parser = command(actions, name, common, handler, helptext)
        parser.add_argument("case", metavar="CASE", help="case number or UID")
        return parser

    case_command("show", cmd_show, "the newest version of the assessment")
    case_command("history", cmd_history, "every version of the assessment, oldest first")

    override = case_command("override", cmd_override, "set a person's contact angle")
    override.add_argument("vessel", metavar="VESSEL", help="sma, celiac, cha, smv, pv, ...")
    override.add_argument("angle", metavar="DEGREES", type=float, nargs="?", help="0 to 360")
    override.add_argument("--reason", help="why the measured angle is corrected")
    override.add_argument("--clear", action="store_true", help="go back to the measured angle")

    finding = case_command("finding", cmd_finding, "record a finding on a vessel")
    finding.add_argument("vessel", metavar="VESSEL", help="sma, celiac, cha, smv, pv, ...")
    finding.add_argument("finding", choices=[k.value for k in FindingKind])
    finding.add_argument("--thrombus", choices=[k.value for k in ThrombusKind])
    finding.add_argument("--note", help="free text")
    finding.add_argument("--remove", action="store_true", help="remove this finding")

    variant = case_command("variant", cmd_variant, "record variant arterial anatomy")
    variant.add_argument("variant", choices=[k.value for k in VariantKind])
    touching = variant.add_mutually_exclusive_group()
    touching.add_argument(
        "--touches-tumour", dest="touches_tumour", action="store_true", default=False
    )
    touching.add_argument("--free", dest="touches_tumour", action="store_false")
    variant.add_argument("--origin", metavar="VESSEL", help="the vessel it arises from")
    variant.add_argument("--description", help="wording of an 'other' variant")
    variant.add_argument("--remove", action="store_true", help="remove this variant")

    reconstruction = case_command(
        "reconstruction", cmd_reconstruction, "whether the SMV-portal vein can be reconstructed"
    )
    reconstruction.add_argument("value", choices=[*(k.value for k in Reconstructibility), "clear"])
    reconstruction.add_argument("--note", help="free text")

    location = case_command("location", cmd_location, "where the tumour is in the pancreas")
    location.add_argument("location", choices=[*(k.value for k in TumourLocation), "clear"])

    criteria = case_command("criteria", cmd_criteria, "suggest with another criteria set")
    criteria.add_argument("criteria", choices=("nccn", "dpcg"))
