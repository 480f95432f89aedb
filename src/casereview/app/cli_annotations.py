"""``casereview-cli`` commands for annotations and key images.

``annotations CASE`` lists a case's work (annotations, segments, key images);
``annotation create|edit|delete`` and ``key-image flag|remove`` change it through the same
undoable commands, services and audit records as the viewer's tools. Geometry is given as
points in patient LPS millimetres (what ``annotations --json`` prints).
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from casereview.app.cli_common import (
    EXIT_OK,
    SubParsers,
    annotation_json,
    apply_edit,
    command,
    emit,
    group,
    key_image_json,
    load_case_series,
    parse_point,
    resolve_case,
    segment_json,
)
from casereview.domain.annotations import AnnotationKind
from casereview.errors import ValidationError
from casereview.messages import Message

if TYPE_CHECKING:
    from casereview.app.context import AppContext

#: What each kind of annotation is drawn from (``--point`` given this many times).
POINTS_HELP = {
    AnnotationKind.LENGTH: "2 points: the ends",
    AnnotationKind.BIDIRECTIONAL: "4 points: long axis ends, then short axis ends (RECIST)",
    AnnotationKind.ANGLE: "3 points: the vertex is the middle one",
    AnnotationKind.ELLIPSE: "3 points: centre, end of one semi-axis, end of the other (ROI)",
    AnnotationKind.POLYGON: "3 or more points of the outline (ROI)",
    AnnotationKind.POINT: "1 point (a node, a landmark) with --label",
    AnnotationKind.TEXT: "1 point with --text (a note)",
    AnnotationKind.ARROW: "2 points: tail, head",
}


def cmd_annotations(ctx: AppContext, args: argparse.Namespace) -> int:
    """List every annotation, segment and key image of a case with its values."""
    from casereview.services import annotations as annotation_service
    from casereview.services import segmentations as segment_service

    case_id = resolve_case(ctx, args.case)
    annotations = annotation_service.list_annotations(ctx.db, case_id)
    segments = segment_service.list_segments(ctx.db, case_id)
    key_images = annotation_service.list_key_images(ctx.db, case_id)
    payload = {
        "case": case_id,
        "annotations": [annotation_json(a) for a in annotations],
        "segments": [segment_json(s) for s in segments],
        "key_images": [key_image_json(k) for k in key_images],
    }
    lines = [f"Case #{case_id}", f"annotations     {len(annotations)}"]
    for a in annotations:
        label = f" “{a.label}”" if a.label and a.kind.value not in ("point", "arrow") else ""
        when = f"{a.modified_at:%Y-%m-%d %H:%M}" if a.modified_at else ""
        lines.append(f"  {a.kind.value:<13} {a.summary()}{label}  ({a.author}, {when})  {a.uuid}")
    lines.append(f"segments        {len(segments)}")
    for s in segments:
        lines.append(
            f"  {s.number:>3} {s.name}  [{s.type.scheme} {s.type.value} {s.type.meaning}]  "
            f"{s.volume_ml:.1f} mL, longest {s.diameters_mm[0]:.1f} mm, "
            f"axial {s.diameters_mm[1]:.1f} × {s.diameters_mm[2]:.1f} mm  {s.uuid}"
        )
    lines.append(f"key images      {len(key_images)}")
    for k in key_images:
        lines.append(
            f"  {k.orientation:<9} W {k.window_width:.0f} L {k.window_center:.0f}  {k.caption}"
            f"  {k.uuid}"
        )
    emit(args, payload, "\n".join(lines))
    return EXIT_OK


def cmd_annotation_create(ctx: AppContext, args: argparse.Namespace) -> int:
    """Add an annotation at LPS points; values are measured as the viewer measures them."""
    from casereview.commands.base import EditContext
    from casereview.commands.edits import CreateAnnotation
    from casereview.domain.annotations import AnnotationDraft, check_geometry
    from casereview.services import annotations as annotation_service

    case_id = resolve_case(ctx, args.case)
    kind = AnnotationKind(args.kind)
    points = check_geometry(kind, [parse_point(p) for p in args.point or ()])
    volume = load_case_series(ctx, case_id, args.series, args.part)
    label = args.label or ""
    if kind is AnnotationKind.POINT and not label.strip():
        # The viewer proposes "Point N" for the case's N-th point.
        taken = annotation_service.list_annotations(ctx.db, case_id)
        label = f"Point {sum(1 for a in taken if a.kind is AnnotationKind.POINT) + 1}"
    draft = AnnotationDraft(
        kind,
        points,
        annotation_service.image_reference(volume, points),
        label,
        args.text or "",
    )
    edit_context = EditContext(ctx.db, ctx.user.username, case_id, volume)
    apply_edit(CreateAnnotation(edit_context, draft))
    created = annotation_service.get_annotation(ctx.db, draft.uuid)
    emit(
        args,
        annotation_json(created),
        f"{kind.value} added to case #{case_id}: {created.summary()}  {created.uuid}",
    )
    return EXIT_OK


def cmd_annotation_edit(ctx: AppContext, args: argparse.Namespace) -> int:
    """Change an annotation's label, text or points (values are measured again)."""
    from casereview.commands.base import EditContext
    from casereview.commands.edits import ChangeAnnotation
    from casereview.domain.annotations import check_geometry
    from casereview.services import annotations as annotation_service
    from casereview.services.volumes import load_series_volume, series_id_for_uid

    current = annotation_service.get_annotation(ctx.db, args.uuid)
    changes: dict[str, object] = {}
    if args.label is not None:
        changes["label"] = args.label
    if args.text is not None:
        changes["text"] = args.text
    volume = None
    if args.point:
        changes["points"] = check_geometry(current.kind, [parse_point(p) for p in args.point])
        # As in the viewer, moved marks are measured on the series they were drawn on.
        series_id = series_id_for_uid(ctx.db, current.reference.series_instance_uid)
        volume = load_series_volume(ctx.db, series_id)
    if not changes:
        raise ValidationError(Message("Give --label, --text or --point to change."))
    edit_context = EditContext(ctx.db, ctx.user.username, current.case_id, volume)
    apply_edit(ChangeAnnotation(edit_context, current.uuid, **changes))
    changed = annotation_service.get_annotation(ctx.db, current.uuid)
    emit(args, annotation_json(changed), f"{changed.kind.value} changed: {changed.summary()}")
    return EXIT_OK


def cmd_annotation_delete(ctx: AppContext, args: argparse.Namespace) -> int:
    """Remove an annotation from its case (kept in the database, marked removed)."""
    from casereview.commands.base import EditContext
    from casereview.commands.edits import DeleteAnnotation
    from casereview.services import annotations as annotation_service

    current = annotation_service.get_annotation(ctx.db, args.uuid)
    apply_edit(DeleteAnnotation(EditContext(ctx.db, ctx.user.username, current.case_id), args.uuid))
    emit(
        args,
        {"uuid": current.uuid, "case": current.case_id, "deleted": True},
        f"{current.kind.value} {current.uuid} removed from case #{current.case_id}",
    )
    return EXIT_OK


def cmd_key_image_flag(ctx: AppContext, args: argparse.Namespace) -> int:
    """Flag a slice of a series (plane, window, zoom) as a key image of the case."""
    import numpy as np

    from casereview.commands.base import EditContext
    from casereview.commands.edits import FlagKeyImage
    from casereview.domain.annotations import KeyImageDraft, ViewPlane
    from casereview.services import annotations as annotation_service
    from casereview.session import WINDOW_PRESETS, Orientation, SeriesInfo, ViewerSession

    case_id = resolve_case(ctx, args.case)
    volume = load_case_series(ctx, case_id, args.series, args.part)
    if (args.slice is None) == (args.position is None):
        raise ValidationError(Message("Give either --slice N or --position X,Y,Z."))
    if args.position is not None:
        centre = parse_point(args.position)
    else:
        if not 0 <= args.slice < volume.shape[0]:
            raise ValidationError(
                Message("The series has slices 0 to {last}.", last=volume.shape[0] - 1)
            )
        rows, columns = volume.shape[1], volume.shape[2]
        middle = np.array([[args.slice, (rows - 1) / 2.0, (columns - 1) / 2.0]])
        x, y, z = (float(v) for v in volume.index_to_patient(middle)[0])
        centre = (x, y, z)
    # The viewer's session gives the plane's screen axes and the window the series opens with.
    session = ViewerSession()
    session.set_primary(volume, SeriesInfo(0))
    session.set_crosshair(np.asarray(centre))
    plane = session.plane(Orientation(args.orientation))
    width, level = _window(args.window, session.window, WINDOW_PRESETS)
    u = (float(plane.u[0]), float(plane.u[1]), float(plane.u[2]))
    v = (float(plane.v[0]), float(plane.v[1]), float(plane.v[2]))
    normal = (float(plane.normal[0]), float(plane.normal[1]), float(plane.normal[2]))
    draft = KeyImageDraft(
        annotation_service.image_reference(volume, [centre], plane_normal=normal),
        args.orientation,
        ViewPlane(centre, u, v),
        window_center=level,
        window_width=width,
        caption=args.caption or "",
        zoom_mm=args.zoom,
    )
    apply_edit(FlagKeyImage(EditContext(ctx.db, ctx.user.username, case_id, volume), draft))
    flagged = next(
        k for k in annotation_service.list_key_images(ctx.db, case_id) if k.uuid == draft.uuid
    )
    emit(
        args,
        key_image_json(flagged),
        f"key image flagged on case #{case_id}: {args.orientation}, W {width:.0f} L {level:.0f}"
        f"  {flagged.uuid}",
    )
    return EXIT_OK


def _window(
    text: str | None, opened_with: tuple[float, float], presets: dict[str, tuple[float, float]]
) -> tuple[float, float]:
    """``(width, level)`` from ``--window``: a preset's name, ``WIDTH,LEVEL`` or the default."""
    if text is None:
        return opened_with
    if text.strip().casefold() in presets:
        return presets[text.strip().casefold()]
    parts = text.split(",")
    try:
        width, level = (float(p) for p in parts)
    except ValueError:
        raise ValidationError(
            Message(
                "Write --window as WIDTH,LEVEL in HU (e.g. 400,40) or a preset: {names}.",
                names=", ".join(presets),
            )
        ) from None
    return width, level


def cmd_key_image_remove(ctx: AppContext, args: argparse.Namespace) -> int:
    """Take a key image off its case (kept in the database, marked removed)."""
    from casereview.commands.base import EditContext
    from casereview.commands.edits import RemoveKeyImage
    from casereview.services import annotations as annotation_service

    case_id = resolve_case(ctx, args.case)
    if args.uuid not in {k.uuid for k in annotation_service.list_key_images(ctx.db, case_id)}:
        raise ValidationError(
            Message(
                "Case #{case_id} has no key image {uuid} ('casereview-cli annotations CASE' "
                "lists them).",
                case_id=case_id,
                uuid=args.uuid,
            )
        )
    apply_edit(RemoveKeyImage(EditContext(ctx.db, ctx.user.username, case_id), args.uuid))
    emit(
        args,
        {"uuid": args.uuid, "case": case_id, "removed": True},
        f"key image {args.uuid} removed from case #{case_id}",
    )
    return EXIT_OK


def _series_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--series",
        required=True,
        metavar="SERIES",
        help="series of the case it is placed on: #id or Series Instance UID",
    )
    parser.add_argument(
        "--part", type=int, default=0, metavar="N", help="which part 'examine' listed (default 0)"
    )


def add_commands(commands: SubParsers, common: argparse.ArgumentParser) -> None:
    """Add ``annotations``, ``annotation create|edit|delete`` and ``key-image flag|remove``."""
    listing = command(
        commands,
        "annotations",
        common,
        cmd_annotations,
        "list a case's annotations, segments and key images with their values",
        "List every annotation (with its measured values, geometry in LPS mm, author, times "
        "and UUID), every segment (codes, volume, diameters) and every key image of a case.",
    )
    listing.add_argument("case", metavar="CASE", help="case number or UID")

    annotation = group(
        commands,
        "annotation",
        common,
        "create, edit or delete an annotation (measurements, ROIs, points, notes, arrows)",
    )
    kinds = "; ".join(f"{kind.value}: {text}" for kind, text in POINTS_HELP.items())
    create = command(
        annotation,
        "create",
        common,
        cmd_annotation_create,
        "add an annotation at points given in LPS mm",
        "Add an annotation to a case at points in patient LPS millimetres. Lengths, angles, "
        "areas and (for ellipse and polygon ROIs on CT) HU statistics are computed as the "
        f"viewer computes them. Points per kind: {kinds}. A point that starts with a minus "
        "is written --point=-12.5,30,101.",
    )
    create.add_argument("case", metavar="CASE", help="case number or UID")
    create.add_argument("kind", choices=[k.value for k in AnnotationKind], metavar="KIND")
    create.add_argument(
        "--point",
        action="append",
        metavar="X,Y,Z",
        help="a point in LPS mm (repeat in order)",
    )
    _series_arguments(create)
    create.add_argument("--label", help="name shown with it (points default to 'Point N')")
    create.add_argument("--text", help="text of a note (kind text)")

    edit = command(
        annotation,
        "edit",
        common,
        cmd_annotation_edit,
        "change an annotation's label, text or points",
        "Change an annotation's label, text or points (all of them, in LPS mm); its values are "
        "measured again.",
    )
    edit.add_argument("uuid", metavar="UUID", help="the annotation's UUID (annotations lists it)")
    edit.add_argument("--label")
    edit.add_argument("--text")
    edit.add_argument("--point", action="append", metavar="X,Y,Z", help="new point (repeat)")

    delete = command(
        annotation,
        "delete",
        common,
        cmd_annotation_delete,
        "remove an annotation from its case",
        "Remove an annotation from its case. It stays in the database marked removed, with the "
        "removal in the audit trail, as when it is deleted in the viewer.",
    )
    delete.add_argument("uuid", metavar="UUID")

    key_image = group(
        commands, "key-image", common, "flag a slice as a key image of a case, or remove one"
    )
    flag = command(
        key_image,
        "flag",
        common,
        cmd_key_image_flag,
        "flag a slice of a series as a key image",
        "Flag a plane of a series as a key image of the case (shown in the MDT, the report and "
        "packages): the slice given by --slice (index along the series) or --position (LPS mm), "
        "in an orientation, with a window (default: the series' own, else abdomen).",
    )
    flag.add_argument("case", metavar="CASE", help="case number or UID")
    _series_arguments(flag)
    flag.add_argument("--slice", type=int, metavar="N", help="slice index (0 is the first)")
    flag.add_argument("--position", metavar="X,Y,Z", help="a point of the plane in LPS mm")
    flag.add_argument(
        "--orientation",
        choices=("axial", "coronal", "sagittal"),
        default="axial",
        help="plane (default axial)",
    )
    flag.add_argument("--caption", help="what the image shows")
    flag.add_argument(
        "--window",
        metavar="W,L|PRESET",
        help="window width and level in HU (400,40) or a preset name (abdomen, liver, …)",
    )
    flag.add_argument(
        "--zoom",
        type=float,
        default=0.0,
        metavar="MM",
        help="half height of the view in mm (default: the whole plane)",
    )

    remove = command(
        key_image,
        "remove",
        common,
        cmd_key_image_remove,
        "take a key image off a case",
        "Take a key image off a case (kept in the database marked removed, audited).",
    )
    remove.add_argument("case", metavar="CASE", help="case number or UID")
    remove.add_argument("uuid", metavar="UUID", help="the key image's UUID (annotations lists it)")
