"""``casereview-cli liver``: volumes, margin and the future liver remnant of a planned resection.

The resection is a plane in patient coordinates (the direction points into the part removed);
removing Couinaud segments comes with the planner's stored segments.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from casereview.app.cli_common import EXIT_OK, SubParsers, command, emit, resolve_case

if TYPE_CHECKING:
    from casereview.app.context import AppContext
    from casereview.services.liver_plan import LiverPlan

#: ``--condition`` choices (the liver's condition sets the threshold).
CONDITIONS = ("normal", "chemotherapy", "cirrhosis")


def plan_json(plan: LiverPlan) -> dict[str, Any]:
    """The stable ``--json`` document of a plan."""
    volumes, remnant = plan.volumes, plan.remnant
    return {
        "case": plan.case_id,
        "series_instance_uid": plan.series_instance_uid,
        "liver": {"uuid": plan.liver.segment_uuid, "name": plan.liver.segment_name},
        "tumours": [{"uuid": t.segment_uuid, "name": t.segment_name} for t in plan.tumours],
        "plane": {"point_lps_mm": list(plan.plane_lps[0]), "normal_lps": list(plan.plane_lps[1])},
        "volumes_ml": {
            "total": round(volumes.total_ml, 1),
            "tumour": round(volumes.tumour_ml, 1),
            "resected": round(volumes.resected_ml, 1),
            "remnant": round(volumes.remnant_ml, 1),
            "tumour_left": round(volumes.remnant_tumour_ml, 1),
            "future_remnant": round(remnant.volumes.future_remnant_ml, 1),
        },
        "margin_mm": None if volumes.margin_mm is None else round(volumes.margin_mm, 1),
        "condition": remnant.condition.value,
        "height_cm": plan.height_cm,
        "weight_kg": plan.weight_kg,
        "size_from": plan.size_from or None,
        "flr_percent": round(remnant.flr_percent, 1),
        "bsa_m2": None if remnant.bsa_m2 is None else round(remnant.bsa_m2, 3),
        "slv_ml": None if remnant.slv_ml is None else round(remnant.slv_ml, 1),
        "sflr_percent": None if remnant.sflr_percent is None else round(remnant.sflr_percent, 1),
        "rbwr_percent": None if remnant.rbwr_percent is None else round(remnant.rbwr_percent, 2),
        "verdicts": [
            {
                "measure": str(v.name),
                "value_percent": round(v.value_percent, 2),
                "threshold_percent": v.threshold_percent,
                "passes": v.passes,
                "text": str(v.text()),
                "source": v.source,
            }
            for v in remnant.verdicts
        ],
        "passes": remnant.passes,
        "requires_confirmation": True,
    }


def plan_text(document: dict[str, Any]) -> str:
    """What a person reads, from the ``--json`` document."""
    v = document["volumes_ml"]
    lines = [
        f"Liver plan of case #{document['case']} (liver: {document['liver']['name']}; "
        f"tumours: {', '.join(t['name'] for t in document['tumours']) or 'none in the liver'})",
        f"  liver {v['total']:.0f} mL, tumour {v['tumour']:.0f} mL, resected {v['resected']:.0f} mL,"
        f" remnant {v['remnant']:.0f} mL (future remnant {v['future_remnant']:.0f} mL)",
    ]
    if document["margin_mm"] is not None:
        lines.append(f"  tumour margin to the resection plane: {document['margin_mm']:.1f} mm")
    elif v["tumour"] > 0:
        lines.append(f"  tumour left in the remnant: {v['tumour_left']:.0f} mL (no margin)")
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
    return "\n".join(lines)


def cmd_liver(ctx: AppContext, args: argparse.Namespace) -> int:
    """Plan a liver resection by a plane and judge the future liver remnant."""
    from casereview.services.liver_plan import parse_plane, plan_resection

    case_id = resolve_case(ctx, args.case)
    plan = plan_resection(
        ctx.db,
        case_id,
        parse_plane(args.plane),
        condition=args.condition,
        height_cm=args.height,
        weight_kg=args.weight,
        liver=args.liver,
        tumours=args.tumour or (),
    )
    document = plan_json(plan)
    emit(args, document, plan_text(document))
    return EXIT_OK


def add_commands(commands: SubParsers, common: argparse.ArgumentParser) -> None:
    """Add ``liver``."""
    parser = command(
        commands,
        "liver",
        common,
        cmd_liver,
        "liver volumes, tumour margin and the future liver remnant of a planned resection",
        "Plan a liver resection by a plane on the case's liver segment and tumours: prints "
        "the liver, tumour, resected and remnant volumes, the tumour's margin to the plane, "
        "FLR %, and with the patient's height and weight (given, or read from the images) the "
        "standardised FLR and the remnant-to-body-weight ratio, each against the threshold for "
        "the liver's condition with its source. A planning aid for the MDT; nothing is stored.",
    )
    parser.add_argument("case", metavar="CASE", help="case number or UID")
    parser.add_argument(
        "--plane",
        required=True,
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
