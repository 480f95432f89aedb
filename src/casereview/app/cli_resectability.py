"""``casereview-cli resectability``: tumour-vessel contact and a suggested resectability category.

The tumour and vessels are found among the case's segments by their SNOMED CT types, or named
by hand (``--tumour``, ``--vessel KIND=SEGMENT``); see
:func:`casereview.services.resectability.assess_case`. Nothing is stored. The category is a
suggestion for the MDT to confirm, printed with every rule that fired and what it rests on.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from casereview.app.cli_assessment import suggestion_json, suggestion_lines
from casereview.app.cli_common import (
    EXIT_OK,
    SubParsers,
    command,
    emit,
    resolve_case,
    stderr_progress,
)
from casereview.errors import ValidationError
from casereview.messages import Message

if TYPE_CHECKING:
    from casereview.analysis.vessel_contact import VesselContactMeasurement
    from casereview.app.context import AppContext
    from casereview.domain.resectability_record import SegmentChoice
    from casereview.services.resectability import CaseResectability

#: ``--criteria`` choices (short names of the criteria sets).
CRITERIA = ("nccn", "dpcg")
#: Contact above this angle (degrees) is flagged as encasement.
ENCASEMENT_DEG = 180.0


def parse_vessel_options(values: list[str] | None) -> dict[str, str]:
    """``["sma=SMA 2", "pv=3f2c..."]`` → ``{"sma": "SMA 2", "pv": "3f2c..."}``.

    Raises
    ------
    ValidationError
        If an item is not KIND=SEGMENT or names an unknown vessel kind or a kind twice.
    """
    from casereview.services.resectability import parse_vessel_kind

    chosen: dict[str, str] = {}
    for value in values or []:
        kind, sep, segment = value.partition("=")
        if not sep or not kind.strip() or not segment.strip():
            raise ValidationError(
                Message(
                    'Write --vessel as KIND=SEGMENT, e.g. --vessel sma="Superior mesenteric '
                    "artery\" (got '{text}').",
                    text=value,
                )
            )
        key = parse_vessel_kind(kind).value
        if key in chosen:
            raise ValidationError(
                Message("--vessel names the {kind} twice; give one segment.", kind=key)
            )
        chosen[key] = segment.strip()
    return chosen


def _segment_json(choice: SegmentChoice) -> dict[str, Any]:
    return {
        "uuid": choice.segment_uuid,
        "number": choice.segment_number,
        "name": choice.segment_name,
        "chosen": "by hand" if choice.by_hand else "by code",
    }


def _landmarks(contact: VesselContactMeasurement | None) -> list[dict[str, Any]]:
    """Named landmarks with their distance from the contact (the nearest of each name)."""
    from casereview.services.resectability import LANDMARK_NAMES

    nearest: dict[str, float] = {}
    for b in contact.branch_distances if contact is not None else ():
        key, distance = b.branch_point.landmark, b.distance_mm
        if key and distance is not None and distance < nearest.get(key, float("inf")):
            nearest[key] = distance
    return [
        {
            "landmark": key,
            "name": str(LANDMARK_NAMES.get(key, key)),
            "distance_mm": round(distance, 1),
        }
        for key, distance in sorted(nearest.items(), key=lambda item: item[1])
    ]


def _flags(choice: SegmentChoice, contact: VesselContactMeasurement | None) -> list[str]:
    flags = []
    if contact is None:
        flags.append("outside_region")
    elif contact.angle_deg > ENCASEMENT_DEG:
        flags.append("encasement")
    if choice.by_hand:
        flags.append("by_hand")
    return flags


_FLAG_TEXT = {
    "outside_region": "not near the tumour",
    "encasement": "encasement (>180°)",
    "by_hand": "segment chosen by hand",
}


def result_json(result: CaseResectability) -> dict[str, Any]:
    """The stable ``--json`` document of an assessment."""
    from casereview.domain.resectability import VESSEL_NAMES
    from casereview.domain.resectability_criteria import CRITERIA_SETS

    criteria = CRITERIA_SETS[result.criteria_id]
    suggestion = result.suggestion
    vessels = []
    for choice, measured in zip(result.vessels, result.measurements, strict=True):
        contact = result.contacts.vessel(choice.role)
        vessels.append(
            {
                "vessel": choice.role,
                "name": str(VESSEL_NAMES[measured.vessel]),
                "segment": _segment_json(choice),
                "near_tumour": contact is not None,
                "angle_deg": measured.angle_deg,
                "length_mm": measured.length_mm,
                "contact_start_mm": None if contact is None else contact.contact_start_mm,
                "contact_end_mm": None if contact is None else contact.contact_end_mm,
                "min_gap_mm": (
                    None
                    if contact is None or contact.min_gap_mm is None
                    else round(contact.min_gap_mm, 1)
                ),
                "landmarks": _landmarks(contact),
                "flags": _flags(choice, contact),
            }
        )
    return {
        "case": result.case_id,
        "criteria": {"id": criteria.id, "name": criteria.name, "citation": criteria.citation},
        "series_instance_uid": result.series_instance_uid,
        "tumour": _segment_json(result.tumour),
        "vessels": vessels,
        "not_segmented": [
            {"vessel": k.value, "name": str(VESSEL_NAMES[k])} for k in result.not_found
        ],
        "tolerance_mm": result.contacts.tolerance_mm,
        "region_mm": result.contacts.region_mm,
        "suggestion": suggestion_json(suggestion),
        "stored": False,
    }


def result_text(document: dict[str, Any]) -> str:
    """The text a person reads, from the ``--json`` document."""
    criteria = document["criteria"]["name"]
    tumour = document["tumour"]
    lines = [
        f"Resectability of case #{document['case']} ({criteria}); tumour: segment "
        f"{tumour['number']} {tumour['name']} ({tumour['chosen']})",
    ]
    for v in document["vessels"]:
        segment = v["segment"]
        if v["angle_deg"] > 0:
            contact = f"contact {v['angle_deg']:.1f}°, length {v['length_mm']:.1f} mm"
        elif not v["near_tumour"]:
            contact = "no contact"
        elif v["min_gap_mm"] is not None:
            contact = f"no contact, min gap {v['min_gap_mm']:.1f} mm"
        else:
            contact = "no contact"
        parts = [f"  {v['name']}: {contact}"]
        if v["landmarks"]:
            parts.append(
                "; ".join(f"{m['name']} {m['distance_mm']:.1f} mm" for m in v["landmarks"])
            )
        flags = [_FLAG_TEXT[f] for f in v["flags"]]
        parts.append(
            f"[segment {segment['number']} {segment['name']}"
            + "".join(f"; {f}" for f in flags)
            + "]"
        )
        lines.append(" — ".join(parts[:-1]) + " " + parts[-1])
    if document["not_segmented"]:
        names = ", ".join(v["name"] for v in document["not_segmented"])
        lines.append(f"  not segmented (not assessed): {names}")
    lines.extend(suggestion_lines(document["suggestion"], criteria))
    return "\n".join(lines)


def cmd_resectability(ctx: AppContext, args: argparse.Namespace) -> int:
    """Measure tumour-vessel contact on the case's segments and suggest a category."""
    from casereview.services.resectability import assess_case

    case_id = resolve_case(ctx, args.case)
    vessels = parse_vessel_options(args.vessel)
    report = stderr_progress(args)

    def progress(fraction: float, message: str) -> None:
        report(round(fraction * 100), 100, message)

    result = assess_case(
        ctx.db,
        case_id,
        criteria=args.criteria,
        tumour=args.tumour,
        vessels=vessels,
        progress=progress,
    )
    if args.save:
        from casereview.app.cli_assessment import version_json, version_text
        from casereview.services.resectability_record import save_assessment

        stored = version_json(save_assessment(ctx.db, result, ctx.user.username))
        emit(args, stored, version_text(stored))
        return EXIT_OK
    document = result_json(result)
    emit(args, document, result_text(document))
    return EXIT_OK


def add_commands(commands: SubParsers, common: argparse.ArgumentParser) -> None:
    """Add ``resectability``."""
    parser = command(
        commands,
        "resectability",
        common,
        cmd_resectability,
        "tumour-vessel contact and a suggested resectability category",
        "Measure the tumour's contact with each vessel (maximum angle, length, distance to "
        "landmarks) on the case's segments, found by their SNOMED CT codes or named by hand, "
        "and suggest a resectability category with the rules behind it. The category is a "
        "suggestion for the MDT to confirm. With --save the measurement is stored as a new "
        "version of the case's assessment (see 'casereview-cli assessment').",
    )
    parser.add_argument("case", metavar="CASE", help="case number or UID")
    parser.add_argument(
        "--criteria", choices=CRITERIA, default="nccn", help="criteria set (default nccn)"
    )
    parser.add_argument(
        "--tumour", metavar="SEGMENT", help="the tumour's segment (name or UUID), if not coded"
    )
    parser.add_argument(
        "--vessel",
        action="append",
        metavar="KIND=SEGMENT",
        help="use this segment (name or UUID) for a vessel: sma, celiac, cha, smv, pv, ivc, "
        "aorta, jejunal (repeatable)",
    )
    parser.add_argument(
        "--save",
        action="store_true",
        help="store the measurement as a new version of the case's assessment (people's "
        "corrections and findings of the previous version are kept)",
    )
