"""``casereview-cli liver`` and ``liver-segments``: liver resection plans and Couinaud segments.

``liver CASE --resect SEGMENTS`` removes Couinaud segments (a named resection such as
``right-hepatectomy``, or ``5,6,7,8``); ``liver CASE --plane "x,y,z;nx,ny,nz"`` cuts along a
plane in patient coordinates (the direction points into the part removed). Either prints the
volumes, the tumour's margin, FLR %, standardised FLR, the remnant-to-body-weight ratio and the
verdicts; ``--save`` keeps the plan as the case's next version, ``--history`` lists them.
``liver-segments CASE --landmarks FILE.json`` builds the Couinaud segments from landmarks.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from casereview.app.cli_common import EXIT_OK, SubParsers, command, emit, resolve_case
from casereview.errors import ValidationError
from casereview.messages import Message

if TYPE_CHECKING:
    from casereview.app.context import AppContext
    from casereview.domain.liver_plan_record import (
        LiverPlanInputs,
        LiverPlanResult,
        LiverPlanVersion,
    )
    from casereview.domain.segments import Segment

#: ``--condition`` choices (the liver's condition sets the threshold).
CONDITIONS = ("normal", "chemotherapy", "cirrhosis")

LANDMARKS_HELP = (
    "a JSON file of landmarks in patient (LPS) millimetres, as the viewer shows positions: "
    '{"ivc_confluence": [x, y, z], "ivc_inferior": [x, y, z], "right_hepatic_vein": '
    '[[x, y, z], [x, y, z], ...], "middle_hepatic_vein": [...], "left_hepatic_vein": [...], '
    '"portal_bifurcation": [x, y, z]} and optionally "umbilical_fissure": [[x, y, z]] and '
    '"caudate_radius_mm": 30. The IVC points lie on its axis at the hepatic vein confluence '
    "and at least 1 cm lower; each hepatic vein has two or more points from the IVC outwards"
)


def _round(value: float | None, digits: int) -> float | None:
    return None if value is None else round(value, digits)


def plan_json(case_id: int, inputs: LiverPlanInputs, result: LiverPlanResult) -> dict[str, Any]:
    """The stable ``--json`` document of a plan (computed or saved)."""
    surface = inputs.surface
    return {
        "case": case_id,
        "series_instance_uid": inputs.series_instance_uid,
        "liver": {"uuid": inputs.liver.segment_uuid, "name": inputs.liver.segment_name},
        "tumours": [{"uuid": t.segment_uuid, "name": t.segment_name} for t in inputs.tumours],
        "resection": {
            "kind": inputs.kind.value,
            "name": inputs.resection_key,
            "segments": list(inputs.removed_segments),
            "plane": None
            if surface is None
            else {"point_lps_mm": list(surface.point), "normal_lps": list(surface.normal)},
            "control_points_lps_mm": []
            if surface is None
            else [list(p) for p in surface.control_points],
        },
        "couinaud_volumes_ml": {str(k): round(v, 1) for k, v in result.segment_volumes_ml},
        "landmarks_kept": inputs.landmarks is not None,
        "volumes_ml": {
            "total": round(result.total_ml, 1),
            "tumour": round(result.tumour_ml, 1),
            "resected": round(result.resected_ml, 1),
            "remnant": round(result.remnant_ml, 1),
            "tumour_left": round(result.remnant_tumour_ml, 1),
            "future_remnant": round(result.future_remnant_ml, 1),
        },
        "margin_mm": _round(result.margin_mm, 1),
        "condition": inputs.condition.value,
        "height_cm": inputs.height_cm,
        "weight_kg": inputs.weight_kg,
        "size_from": inputs.size_from or None,
        "flr_percent": round(result.flr_percent, 1),
        "bsa_m2": _round(result.bsa_m2, 3),
        "slv_ml": _round(result.slv_ml, 1),
        "sflr_percent": _round(result.sflr_percent, 1),
        "rbwr_percent": _round(result.rbwr_percent, 2),
        "verdicts": [
            {
                "measure": v.measure.value,
                "value_percent": round(v.value_percent, 2),
                "threshold_percent": v.threshold_percent,
                "passes": v.passes,
                "text": str(v.text()),
                "source": v.source,
            }
            for v in result.verdicts
        ],
        "passes": result.passes,
        "requires_confirmation": True,
    }


def version_json(version: LiverPlanVersion, verified: bool) -> dict[str, Any]:
    """The ``--json`` description of a saved version (without its plan)."""
    return {
        "uid": version.uid,
        "number": version.number,
        "author": version.author,
        "created_at": version.created_at.isoformat(),
        "note": version.note,
        "origin": version.origin or None,
        "content_sha256": version.content_sha256,
        "verified": verified,
    }


def _resection_text(resection: dict[str, Any]) -> str:
    if resection["kind"] == "segments":
        segments = ", ".join(str(s) for s in resection["segments"])
        name = resection["name"]
        return (
            f"{name.replace('-', ' ')} (Couinaud segments {segments})"
            if name
            else f"Couinaud segments {segments}"
        )
    plane = resection["plane"]
    point = ", ".join(f"{v:.1f}" for v in plane["point_lps_mm"])
    normal = ", ".join(f"{v:.2f}" for v in plane["normal_lps"])
    bent = len(resection["control_points_lps_mm"])
    return f"plane through ({point}) mm, removing towards ({normal})" + (
        f", bent through {bent} control point(s)" if bent else ""
    )


def plan_text(document: dict[str, Any]) -> str:
    """What a person reads, from the ``--json`` document."""
    v = document["volumes_ml"]
    lines = [
        f"Liver plan of case #{document['case']} (liver: {document['liver']['name']}; "
        f"tumours: {', '.join(t['name'] for t in document['tumours']) or 'none in the liver'})",
        f"  resection: {_resection_text(document['resection'])}",
    ]
    if document["couinaud_volumes_ml"]:
        lines.append(
            "  Couinaud segments: "
            + ", ".join(f"{k}: {ml:.0f} mL" for k, ml in document["couinaud_volumes_ml"].items())
        )
    lines.append(
        f"  liver {v['total']:.0f} mL, tumour {v['tumour']:.0f} mL, resected {v['resected']:.0f} mL,"
        f" remnant {v['remnant']:.0f} mL (future remnant {v['future_remnant']:.0f} mL)"
    )
    towards = "remnant" if document["resection"]["kind"] == "segments" else "resection surface"
    if document["margin_mm"] is not None:
        lines.append(f"  tumour margin to the {towards}: {document['margin_mm']:.1f} mm")
    elif v["tumour"] > 0:
        lines.append(f"  TUMOUR LEFT in the remnant: {v['tumour_left']:.0f} mL (no margin)")
    lines.append(f"  FLR {document['flr_percent']:.1f} % of the functional liver")
    if document["sflr_percent"] is not None:
        source = "entered" if document["size_from"] == "entered" else "from the images"
        lines.append(
            f"  height {document['height_cm']:.0f} cm, weight {document['weight_kg']:.0f} kg "
            f"({source}): BSA {document['bsa_m2']:.2f} m², standard liver volume "
            f"{document['slv_ml']:.0f} mL, standardised FLR {document['sflr_percent']:.1f} %, "
            f"RBWR {document['rbwr_percent']:.2f} %"
        )
    lines.append(f"  liver condition: {document['condition']}")
    for verdict in document["verdicts"]:
        lines.append(f"  {verdict['text']} — {verdict['source']}")
    lines.append(
        "Verdict: "
        + ("enough remnant" if document["passes"] else "NOT enough remnant")
        + " — a planning aid for the MDT to confirm"
    )
    saved = document.get("saved")
    if saved:
        lines.append(
            f"Saved as version {saved['number']} by {saved['author']} "
            f"(SHA-256 {saved['content_sha256'][:12]}…)"
        )
    return "\n".join(lines)


def history_text(document: dict[str, Any]) -> str:
    """The ``--history`` listing for a person."""
    if not document["versions"]:
        return (
            f"Case #{document['case']} has no saved liver plan yet "
            "(plan one with --resect or --plane and --save)."
        )
    lines = [f"Liver plans of case #{document['case']}:"]
    for item in document["versions"]:
        plan = item["plan"]
        version = item["version"]
        origin = f" from {version['origin']}" if version["origin"] else ""
        check = "" if version["verified"] else "  CONTENT DOES NOT MATCH ITS HASH"
        lines.append(
            f"  v{version['number']}  {version['created_at'][:16].replace('T', ' ')}  "
            f"{version['author']}{origin}: {_resection_text(plan['resection'])}; "
            f"FLR {plan['flr_percent']:.1f} %, "
            + ("enough" if plan["passes"] else "NOT enough")
            + check
        )
        if version["note"]:
            lines.append(f"      note: {version['note']}")
    return "\n".join(lines)


def _history(ctx: AppContext, case_id: int, args: argparse.Namespace) -> int:
    from casereview.services.liver_plan import liver_plan_history, verify_liver_plan

    versions = liver_plan_history(ctx.db, case_id)
    document = {
        "case": case_id,
        "versions": [
            {
                "version": version_json(v, verify_liver_plan(v)),
                "plan": plan_json(case_id, v.inputs, v.result),
            }
            for v in versions
        ],
    }
    emit(args, document, history_text(document))
    return EXIT_OK


def cmd_liver(ctx: AppContext, args: argparse.Namespace) -> int:
    """Plan a liver resection (segments or a plane), judge the remnant, save or list plans."""
    from casereview.domain.liver_plan_record import SurfaceLps, parse_resection
    from casereview.services.liver_plan import (
        LiverPlanner,
        parse_plane,
        save_liver_plan,
        verify_liver_plan,
    )

    chosen = [name for name in ("resect", "plane") if getattr(args, name) is not None]
    if args.history:
        if chosen or args.save:
            raise ValidationError(
                Message("--history lists the saved plans; give it without a resection or --save.")
            )
        return _history(ctx, resolve_case(ctx, args.case), args)
    if len(chosen) != 1:
        raise ValidationError(
            Message(
                "Give the resection as exactly one of --resect SEGMENTS (e.g. right-hepatectomy "
                'or 5,6,7,8) and --plane "x,y,z;nx,ny,nz"; or --history for the saved plans.'
            )
        )
    if args.note and not args.save:
        raise ValidationError(Message("--note goes with --save: it is kept with the saved plan."))
    # Check what was typed before reading the case's masks.
    removed = parse_resection(args.resect) if args.resect is not None else ()
    plane = parse_plane(args.plane) if args.plane is not None else None
    case_id = resolve_case(ctx, args.case)
    planner = LiverPlanner.open(ctx.db, case_id, liver=args.liver, tumours=args.tumour or ())
    size = {"condition": args.condition, "height_cm": args.height, "weight_kg": args.weight}
    if plane is None:
        draft = planner.by_segments(removed, **size)
    else:
        draft = planner.by_surface(SurfaceLps(plane[0], plane[1]), **size)
    document = plan_json(case_id, draft.inputs, draft.result)
    document["saved"] = None
    if args.save:
        version = save_liver_plan(ctx.db, case_id, draft, ctx.user.username, note=args.note or "")
        document["saved"] = version_json(version, verify_liver_plan(version))
    emit(args, document, plan_text(document))
    return EXIT_OK


def segments_json(case_id: int, segments: tuple[Segment, ...]) -> dict[str, Any]:
    """The ``--json`` document of the Couinaud segments just built."""
    from casereview.domain.liver_segments import couinaud_label

    return {
        "case": case_id,
        "series_instance_uid": segments[0].series_instance_uid if segments else None,
        "segments": [
            {
                "label": couinaud_label(s.type),
                "name": s.name,
                "uuid": s.uuid,
                "volume_ml": round(s.volume_ml, 1),
            }
            for s in segments
        ],
        "total_ml": round(sum(s.volume_ml for s in segments), 1),
    }


def segments_text(document: dict[str, Any]) -> str:
    """The Couinaud segments' volumes for a person."""
    lines = [f"Couinaud segments of case #{document['case']} (built from the landmarks):"]
    total = document["total_ml"] or 1.0
    for item in document["segments"]:
        share = 100.0 * item["volume_ml"] / total
        lines.append(f"  {item['name']:<10} {item['volume_ml']:8.1f} mL  {share:5.1f} %")
    lines.append(f"  {'liver':<10} {document['total_ml']:8.1f} mL")
    lines.append(
        "A planar approximation of the segments: check them on the images and correct them "
        "with the segment editor."
    )
    return "\n".join(lines)


def cmd_liver_segments(ctx: AppContext, args: argparse.Namespace) -> int:
    """Build the case's Couinaud segments from a landmarks file."""
    from casereview.services.liver_couinaud import build_couinaud_segments, parse_landmarks

    path = Path(args.landmarks)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError:
        raise ValidationError(
            Message("The landmarks file '{path}' cannot be read.", path=str(path))
        ) from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ValidationError(
            Message(
                "The landmarks file is not JSON ({problem}); see 'liver-segments --help'.",
                problem=str(exc)[:120],
            )
        ) from None
    landmarks = parse_landmarks(data)
    case_id = resolve_case(ctx, args.case)
    segments = build_couinaud_segments(
        ctx.db, case_id, landmarks, ctx.user.username, liver=args.liver
    )
    document = segments_json(case_id, segments)
    emit(args, document, segments_text(document))
    return EXIT_OK


def add_commands(commands: SubParsers, common: argparse.ArgumentParser) -> None:
    """Add ``liver`` and ``liver-segments``."""
    parser = command(
        commands,
        "liver",
        common,
        cmd_liver,
        "liver volumes, tumour margin and the future liver remnant of a planned resection",
        "Plan a liver resection on the case's liver segment and tumours, removing Couinaud "
        "segments (--resect) or cutting along a plane (--plane): prints the liver, tumour, "
        "resected and remnant volumes, the tumour's margin, FLR %, and with the patient's "
        "height and weight (given, or read from the images) the standardised FLR and the "
        "remnant-to-body-weight ratio, each against the threshold for the liver's condition "
        "with its source. --save keeps the plan as the case's next version (a decision can "
        "cite it); --history lists the saved versions. A planning aid for the MDT.",
    )
    parser.add_argument("case", metavar="CASE", help="case number or UID")
    parser.add_argument(
        "--resect",
        metavar="SEGMENTS",
        help="the Couinaud segments removed: a named resection (right-hepatectomy, "
        "left-hepatectomy, right-trisectionectomy, left-trisectionectomy, "
        "right-anterior-sectionectomy, right-posterior-sectionectomy, "
        "left-lateral-sectionectomy, central-hepatectomy) or a list such as 5,6,7,8; the "
        "Couinaud segments must exist (see liver-segments)",
    )
    parser.add_argument(
        "--plane",
        metavar="X,Y,Z;NX,NY,NZ",
        help="a point on the resection plane and the direction of the part removed, in "
        'patient (LPS) millimetres as the viewer shows them; write --plane="-40,10,80;-1,0,0" '
        "(with '=') when it starts with a minus sign",
    )
    parser.add_argument(
        "--condition",
        choices=CONDITIONS,
        default="normal",
        help="the liver's condition, which sets the threshold (default normal)",
    )
    parser.add_argument("--height", type=float, metavar="CM", help="the patient's height (cm)")
    parser.add_argument("--weight", type=float, metavar="KG", help="the patient's weight (kg)")
    parser.add_argument("--liver", metavar="SEGMENT", help="the liver's segment, if not coded")
    parser.add_argument(
        "--tumour",
        action="append",
        metavar="SEGMENT",
        help="a tumour's segment (repeatable); by default every neoplasm segment in the liver",
    )
    parser.add_argument(
        "--save", action="store_true", help="keep the plan as the case's next version"
    )
    parser.add_argument("--note", metavar="TEXT", help="a note kept with the saved plan")
    parser.add_argument(
        "--history", action="store_true", help="list the case's saved plans, oldest first"
    )
    segments = command(
        commands,
        "liver-segments",
        common,
        cmd_liver_segments,
        "build the liver's Couinaud segments 1-8 from landmarks",
        "Build the Couinaud segments 1-8 of the case's liver (tumours included) from landmarks "
        "a person confirmed: the IVC axis, points along the right, middle and left hepatic "
        "veins, the portal bifurcation (planes through them, the classic planar approximation). "
        "The eight segments are stored on the liver's series, replacing the previous Couinaud "
        "segments (kept, marked removed), and their volumes printed. Check them on the images.",
    )
    segments.add_argument("case", metavar="CASE", help="case number or UID")
    segments.add_argument("--landmarks", required=True, metavar="FILE.json", help=LANDMARKS_HELP)
    segments.add_argument("--liver", metavar="SEGMENT", help="the liver's segment, if not coded")
