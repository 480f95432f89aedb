"""``casereview-cli`` commands for annotations, key images and segmentations.

Registered on the main parser by :func:`add_commands`: ``annotations CASE``, ``seg import CASE
FILE`` and ``seg export CASE --out FILE``.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from casereview.app.context import AppContext
from casereview.domain.annotations import Annotation, KeyImage
from casereview.domain.segments import Segment
from casereview.errors import NotFoundError
from casereview.services import annotations as annotation_service
from casereview.services import cases as case_service
from casereview.services import segmentations as segment_service

EXIT_OK = 0


def _emit(args: argparse.Namespace, payload: Any, text: str) -> None:
    if args.json:
        print(json.dumps(payload, indent=2, ensure_ascii=False, default=str))
    else:
        print(text)


def resolve_case(ctx: AppContext, text: str) -> int:
    """Internal id of the case given as ``12``, ``#12`` or its UID.

    Raises
    ------
    NotFoundError
        If no such case exists.
    """
    value = text.strip().lstrip("#")
    if value.isdigit():
        return case_service.get_case(ctx.db, int(value)).id
    for case in case_service.list_cases(ctx.db):
        if case.uid == value:
            return case.id
    raise NotFoundError(
        f"No case '{text}'. Give its number or UID ('casereview-cli case list' shows them)."
    )


def _annotation_json(a: Annotation) -> dict[str, Any]:
    return {
        "uuid": a.uuid,
        "kind": a.kind.value,
        "label": a.label,
        "text": a.text,
        "summary": a.summary(),
        "measurements": [m.to_json() for m in a.measurements],
        "points_lps_mm": [list(p) for p in a.points],
        "series_instance_uid": a.reference.series_instance_uid,
        "sop_instance_uid": a.reference.sop_instance_uid,
        "frame_of_reference_uid": a.reference.frame_of_reference_uid,
        "visible": a.visible,
        "author": a.author,
        "created_at": a.created_at,
        "modified_at": a.modified_at,
    }


def _segment_json(s: Segment) -> dict[str, Any]:
    return {
        "uuid": s.uuid,
        "number": s.number,
        "name": s.name,
        "category": {
            "value": s.category.value,
            "scheme": s.category.scheme,
            "meaning": s.category.meaning,
        },
        "type": {"value": s.type.value, "scheme": s.type.scheme, "meaning": s.type.meaning},
        "colour": "#{:02x}{:02x}{:02x}".format(*s.colour),
        "series_instance_uid": s.series_instance_uid,
        "voxels": s.voxel_count,
        "volume_ml": round(s.volume_ml, 3),
        "longest_diameter_mm": round(s.diameters_mm[0], 2),
        "axial_long_axis_mm": round(s.diameters_mm[1], 2),
        "axial_short_axis_mm": round(s.diameters_mm[2], 2),
        "visible": s.visible,
        "author": s.author,
        "created_at": s.created_at,
        "modified_at": s.modified_at,
    }


def _key_image_json(k: KeyImage) -> dict[str, Any]:
    return {
        "uuid": k.uuid,
        "caption": k.caption,
        "orientation": k.orientation,
        "series_instance_uid": k.reference.series_instance_uid,
        "sop_instance_uid": k.reference.sop_instance_uid,
        "window_center": k.window_center,
        "window_width": k.window_width,
        "author": k.author,
        "created_at": k.created_at,
    }


def cmd_annotations(ctx: AppContext, args: argparse.Namespace) -> int:
    """List every annotation, segment and key image of a case with its values."""
    case_id = resolve_case(ctx, args.case)
    annotations = annotation_service.list_annotations(ctx.db, case_id)
    segments = segment_service.list_segments(ctx.db, case_id)
    key_images = annotation_service.list_key_images(ctx.db, case_id)
    payload = {
        "case": case_id,
        "annotations": [_annotation_json(a) for a in annotations],
        "segments": [_segment_json(s) for s in segments],
        "key_images": [_key_image_json(k) for k in key_images],
    }
    lines = [f"Case #{case_id}"]
    lines.append(f"annotations     {len(annotations)}")
    for a in annotations:
        label = f" “{a.label}”" if a.label and a.kind.value not in ("point", "arrow") else ""
        lines.append(
            f"  {a.kind.value:<13} {a.summary()}{label}  ({a.author}, {a.modified_at:%Y-%m-%d %H:%M})"
        )
    lines.append(f"segments        {len(segments)}")
    for s in segments:
        lines.append(
            f"  {s.number:>3} {s.name}  [{s.type.scheme} {s.type.value} {s.type.meaning}]  "
            f"{s.volume_ml:.1f} mL, longest {s.diameters_mm[0]:.1f} mm, "
            f"axial {s.diameters_mm[1]:.1f} × {s.diameters_mm[2]:.1f} mm"
        )
    lines.append(f"key images      {len(key_images)}")
    for k in key_images:
        lines.append(
            f"  {k.orientation:<9} W {k.window_width:.0f} L {k.window_center:.0f}  {k.caption}"
        )
    _emit(args, payload, "\n".join(lines))
    return EXIT_OK


def cmd_seg_import(ctx: AppContext, args: argparse.Namespace) -> int:
    """Add the segments of a DICOM SEG file to a case."""
    case_id = resolve_case(ctx, args.case)
    segments = segment_service.import_seg(ctx.db, case_id, Path(args.file), ctx.user.username)
    payload = {"case": case_id, "segments": [_segment_json(s) for s in segments]}
    lines = [f"{len(segments)} segment(s) added to case #{case_id}:"]
    lines += [f"  {s.number:>3} {s.name}  {s.volume_ml:.1f} mL" for s in segments]
    _emit(args, payload, "\n".join(lines))
    return EXIT_OK


def cmd_seg_export(ctx: AppContext, args: argparse.Namespace) -> int:
    """Write the segments of a case as one DICOM SEG file."""
    case_id = resolve_case(ctx, args.case)
    out = segment_service.export_seg(ctx.db, case_id, Path(args.out), actor=ctx.user.username)
    count = len(segment_service.list_segments(ctx.db, case_id))
    _emit(
        args,
        {"case": case_id, "file": str(out), "segments": count},
        f"{count} segment(s) of case #{case_id} written to {out}",
    )
    return EXIT_OK


def add_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    """Register ``annotations`` and ``seg`` on the main parser's sub-commands."""
    annotations = commands.add_parser(
        "annotations",
        parents=[common],
        help="list a case's annotations, segments and key images with their values",
        description="List every annotation (with its measured values, geometry in LPS mm, "
        "author and times), every segment (codes, volume, diameters) and every key image of a "
        "case.",
    )
    annotations.add_argument("case", metavar="CASE", help="case number or UID")
    annotations.set_defaults(handler=cmd_annotations)

    seg = commands.add_parser(
        "seg",
        parents=[common],
        help="import or export DICOM Segmentation (SEG) files",
        description="Import segments from, or export them to, DICOM Segmentation files.",
    )
    seg_commands = seg.add_subparsers(dest="seg_command", metavar="ACTION", required=True)
    seg_import = seg_commands.add_parser(
        "import",
        parents=[common],
        help="add the segments of a DICOM SEG to a case",
        description="Add the segments of a DICOM SEG to a case, keeping names, SNOMED CT codes "
        "and colours. The series it was made on must be imported first.",
    )
    seg_import.add_argument("case", metavar="CASE", help="case number or UID")
    seg_import.add_argument("file", metavar="FILE", help="the DICOM SEG file")
    seg_import.set_defaults(handler=cmd_seg_import)
    seg_export = seg_commands.add_parser(
        "export",
        parents=[common],
        help="write a case's segments as one DICOM SEG",
        description="Write the segments of a case as one DICOM Segmentation (BINARY) that "
        "refers to the images they were drawn on.",
    )
    seg_export.add_argument("case", metavar="CASE", help="case number or UID")
    seg_export.add_argument("--out", required=True, metavar="FILE", help="file to write")
    seg_export.set_defaults(handler=cmd_seg_export)
