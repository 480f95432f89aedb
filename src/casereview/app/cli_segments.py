"""``casereview-cli segment`` (alias ``seg``): the segment editor's actions without a screen.

Create a segment from a template or an explicit SNOMED CT code, rename, recode, recolour it,
paint its voxels from a mask file, delete it; import and export DICOM SEG. Edits run through
the same undoable commands, services and audit records as the segment editor.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from casereview.app.cli_common import (
    EXIT_OK,
    SubParsers,
    apply_edit,
    colour_text,
    command,
    emit,
    group,
    load_case_series,
    parse_colour,
    resolve_case,
    segment_json,
)
from casereview.domain.segments import SEGMENT_TEMPLATES, TEMPLATE_BY_KEY, Code, SegmentTemplate
from casereview.errors import ValidationError
from casereview.messages import Message

if TYPE_CHECKING:
    from casereview.app.context import AppContext
    from casereview.commands.base import EditContext
    from casereview.domain.segments import Segment

#: Colour of a segment made from an explicit code without --colour (a neutral green).
DEFAULT_COLOUR = (128, 174, 128)

#: How ``segment paint`` combines the file's mask with the segment's voxels.
PAINT_MODES = ("replace", "add", "remove")


def parse_code(text: str) -> Code:
    """``"SCT:108369006:Neoplasm"`` → ``Code("108369006", "SCT", "Neoplasm")``.

    Raises
    ------
    ValidationError
        If it is not SCHEME:VALUE:MEANING.
    """
    scheme, _, rest = text.partition(":")
    value, _, meaning = rest.partition(":")
    if not (scheme.strip() and value.strip() and meaning.strip()):
        raise ValidationError(
            Message(
                "Write a code as SCHEME:VALUE:MEANING, e.g. SCT:108369006:Neoplasm (got '{text}').",
                text=text,
            )
        )
    return Code(value.strip(), scheme.strip(), meaning.strip())


def _template(key: str | None) -> SegmentTemplate | None:
    if key is None:
        return None
    template = TEMPLATE_BY_KEY.get(key.strip().casefold())
    if template is None:
        raise ValidationError(
            Message(
                "No segment template '{key}'. Templates: {keys}.",
                key=key,
                keys=", ".join(TEMPLATE_BY_KEY),
            )
        )
    return template


def _codes(
    args: argparse.Namespace, template: SegmentTemplate | None, category: Code
) -> tuple[Code, Code]:
    """``(category, type)`` from --code/--category over the template; ``category`` by default."""
    if args.code:
        kind = parse_code(args.code)
    elif template is not None:
        kind = template.type
    else:
        raise ValidationError(Message("Give --template KEY or --code SCHEME:VALUE:MEANING."))
    if args.category:
        category = parse_code(args.category)
    elif template is not None:
        category = template.category
    return category, kind


def _find_segment(ctx: AppContext, case_id: int, uuid: str) -> Segment:
    from casereview.services import segmentations as segment_service

    for segment in segment_service.list_segments(ctx.db, case_id):
        if segment.uuid == uuid.strip():
            return segment
    raise ValidationError(
        Message(
            "Case #{case_id} has no segment {uuid} ('casereview-cli annotations CASE' lists them).",
            case_id=case_id,
            uuid=uuid,
        )
    )


def _context(ctx: AppContext, case_id: int, segment: Segment | None = None) -> EditContext:
    """The edit context of a case; with the segment's series loaded when its voxels change."""
    from casereview.commands.base import EditContext
    from casereview.services.volumes import load_series_volume, series_id_for_uid

    volume = None
    if segment is not None:
        volume = load_series_volume(ctx.db, series_id_for_uid(ctx.db, segment.series_instance_uid))
    return EditContext(ctx.db, ctx.user.username, case_id, volume)


def _report(ctx: AppContext, args: argparse.Namespace, case_id: int, uuid: str, done: str) -> int:
    segment = _find_segment(ctx, case_id, uuid)
    emit(args, segment_json(segment), f"segment {segment.number} {done}: {segment.summary()}")
    return EXIT_OK


def cmd_segment_create(ctx: AppContext, args: argparse.Namespace) -> int:
    """Add an empty segment on a series' voxel grid, from a template or a code."""
    from casereview.commands.base import EditContext
    from casereview.commands.edits import CreateSegment
    from casereview.domain.segments import ANATOMICAL_STRUCTURE, SegmentDraft
    from casereview.services import segmentations as segment_service

    case_id = resolve_case(ctx, args.case)
    template = _template(args.template)
    category, kind = _codes(args, template, ANATOMICAL_STRUCTURE)
    colour = parse_colour(args.colour) if args.colour else None
    if colour is None:
        colour = template.colour if template is not None else DEFAULT_COLOUR
    name = args.name
    if not name:
        # As the segment editor does: the template's name, numbered when it is taken.
        base = template.name if template is not None else kind.meaning
        taken = {s.name for s in segment_service.list_segments(ctx.db, case_id)}
        name, number = base, 2
        while name in taken:
            name, number = f"{base} {number}", number + 1
    volume = load_case_series(ctx, case_id, args.series, args.part)
    draft = SegmentDraft(
        name, category, kind, colour, volume.series_instance_uid, volume.frame_of_reference_uid
    )
    apply_edit(CreateSegment(EditContext(ctx.db, ctx.user.username, case_id, volume), draft))
    return _report(ctx, args, case_id, draft.uuid, "created")


def cmd_segment_rename(ctx: AppContext, args: argparse.Namespace) -> int:
    """Give a segment a new name."""
    from casereview.commands.edits import ChangeSegment

    case_id = resolve_case(ctx, args.case)
    segment = _find_segment(ctx, case_id, args.uuid)
    apply_edit(ChangeSegment(_context(ctx, case_id), segment.uuid, name=args.name))
    return _report(ctx, args, case_id, segment.uuid, "renamed")


def cmd_segment_recode(ctx: AppContext, args: argparse.Namespace) -> int:
    """Give a segment the codes of a template or an explicit SNOMED CT code."""
    from casereview.commands.edits import ChangeSegment

    case_id = resolve_case(ctx, args.case)
    segment = _find_segment(ctx, case_id, args.uuid)
    category, kind = _codes(args, _template(args.template), segment.category)
    apply_edit(ChangeSegment(_context(ctx, case_id), segment.uuid, category=category, type=kind))
    return _report(ctx, args, case_id, segment.uuid, "recoded")


def cmd_segment_recolour(ctx: AppContext, args: argparse.Namespace) -> int:
    """Give a segment a new display colour."""
    from casereview.commands.edits import ChangeSegment

    case_id = resolve_case(ctx, args.case)
    segment = _find_segment(ctx, case_id, args.uuid)
    colour = parse_colour(args.colour)
    apply_edit(ChangeSegment(_context(ctx, case_id), segment.uuid, colour=colour))
    return _report(ctx, args, case_id, segment.uuid, f"recoloured {colour_text(colour)}")


def cmd_segment_paint(ctx: AppContext, args: argparse.Namespace) -> int:
    """Set, add or remove a segment's voxels from a mask file on the series' grid."""
    from casereview.commands.edits import EditSegmentMask
    from casereview.services import segmentations as segment_service

    case_id = resolve_case(ctx, args.case)
    segment = _find_segment(ctx, case_id, args.uuid)
    edit_context = _context(ctx, case_id, segment)
    assert edit_context.volume is not None
    mask = segment_service.read_mask_file(Path(args.mask), edit_context.volume)
    before = segment_service.segment_mask(ctx.db, segment.uuid)
    if args.mode == "add":
        after = before | mask
    elif args.mode == "remove":
        after = before & ~mask
    else:
        after = mask
    apply_edit(EditSegmentMask(edit_context, segment.uuid, before, after, "Paint segment"))
    return _report(ctx, args, case_id, segment.uuid, "painted")


def cmd_segment_delete(ctx: AppContext, args: argparse.Namespace) -> int:
    """Remove a segment from its case (kept in the database, marked removed)."""
    from casereview.commands.edits import DeleteSegment

    case_id = resolve_case(ctx, args.case)
    segment = _find_segment(ctx, case_id, args.uuid)
    apply_edit(DeleteSegment(_context(ctx, case_id), segment.uuid))
    emit(
        args,
        {"uuid": segment.uuid, "case": case_id, "deleted": True},
        f"segment {segment.number} {segment.name} removed from case #{case_id}",
    )
    return EXIT_OK


def cmd_seg_import(ctx: AppContext, args: argparse.Namespace) -> int:
    """Add the segments of a DICOM SEG file to a case."""
    from casereview.services import segmentations as segment_service

    case_id = resolve_case(ctx, args.case)
    segments = segment_service.import_seg(ctx.db, case_id, Path(args.file), ctx.user.username)
    payload = {"case": case_id, "segments": [segment_json(s) for s in segments]}
    lines = [f"{len(segments)} segment(s) added to case #{case_id}:"]
    lines += [f"  {s.number:>3} {s.name}  {s.volume_ml:.1f} mL" for s in segments]
    emit(args, payload, "\n".join(lines))
    return EXIT_OK


def cmd_seg_export(ctx: AppContext, args: argparse.Namespace) -> int:
    """Write the segments of a case as one DICOM SEG file."""
    from casereview.services import segmentations as segment_service

    case_id = resolve_case(ctx, args.case)
    out = segment_service.export_seg(ctx.db, case_id, Path(args.out), actor=ctx.user.username)
    count = len(segment_service.list_segments(ctx.db, case_id))
    emit(
        args,
        {"case": case_id, "file": str(out), "segments": count},
        f"{count} segment(s) of case #{case_id} written to {out}",
    )
    return EXIT_OK


def _code_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--template",
        metavar="KEY",
        help="structure from the editor's list: " + ", ".join(t.key for t in SEGMENT_TEMPLATES),
    )
    parser.add_argument(
        "--code",
        metavar="SCHEME:VALUE:MEANING",
        help="segmented property type, e.g. SCT:108369006:Neoplasm (overrides the template's)",
    )
    parser.add_argument(
        "--category",
        metavar="SCHEME:VALUE:MEANING",
        help="segmented property category (default: the template's, else "
        "SCT:91723000:Anatomical Structure)",
    )


def _segment_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("case", metavar="CASE", help="case number or UID")
    parser.add_argument("uuid", metavar="UUID", help="the segment's UUID (annotations lists it)")


def add_commands(commands: SubParsers, common: argparse.ArgumentParser) -> None:
    """Add ``segment`` (alias ``seg``) with its actions."""
    segment = group(
        commands,
        "segment",
        common,
        "create, edit, paint and delete segments; import or export DICOM SEG",
        "Work with the segments of a case, as the segment editor does. Each change is audited; "
        "volumes (mL) and diameters are measured whenever the voxels change.",
        aliases=["seg"],
    )
    create = command(
        segment,
        "create",
        common,
        cmd_segment_create,
        "add an empty segment from a template or a code",
        "Add an empty segment on the voxel grid of a series of the case, with the name, SNOMED "
        "CT codes and colour of a template (--template) or an explicit code (--code).",
    )
    create.add_argument("case", metavar="CASE", help="case number or UID")
    create.add_argument(
        "--series", required=True, metavar="SERIES", help="series #id or Series Instance UID"
    )
    create.add_argument("--part", type=int, default=0, metavar="N", help="part (default 0)")
    _code_arguments(create)
    create.add_argument("--name", help="segment name (default: the template's or the code's)")
    create.add_argument("--colour", metavar="#RRGGBB", help="display colour (or R,G,B)")

    rename = command(segment, "rename", common, cmd_segment_rename, "rename a segment")
    _segment_arguments(rename)
    rename.add_argument("name", metavar="NAME", help="the new name (at most 64 characters)")

    recode = command(
        segment,
        "recode",
        common,
        cmd_segment_recode,
        "give a segment other SNOMED CT codes",
        "Give a segment the codes of a template or an explicit code (name and colour stay).",
    )
    _segment_arguments(recode)
    _code_arguments(recode)

    recolour = command(segment, "recolour", common, cmd_segment_recolour, "recolour a segment")
    _segment_arguments(recolour)
    recolour.add_argument("colour", metavar="COLOUR", help="#rrggbb or R,G,B (0-255)")

    paint = command(
        segment,
        "paint",
        common,
        cmd_segment_paint,
        "set a segment's voxels from a mask file (.npy or NIfTI)",
        "Set (replace), add to or remove from a segment's voxels with a mask file on the voxel "
        "grid of the segment's series: a NumPy .npy array indexed (slice, row, column) of the "
        "series' shape, or a NIfTI .nii/.nii.gz image with the series' size, spacing, origin "
        "and axes (as 'casereview-cli volume --out' writes the series). Non-zero voxels are "
        "in the mask. Volume (mL) and diameters are measured again.",
    )
    _segment_arguments(paint)
    paint.add_argument("mask", metavar="MASK", help="mask file (.npy, .nii or .nii.gz)")
    paint.add_argument(
        "--mode", choices=PAINT_MODES, default="replace", help="how to combine (default replace)"
    )

    delete = command(
        segment,
        "delete",
        common,
        cmd_segment_delete,
        "remove a segment from its case",
        "Remove a segment from its case (kept in the database marked removed, audited).",
    )
    _segment_arguments(delete)

    seg_import = command(
        segment,
        "import",
        common,
        cmd_seg_import,
        "add the segments of a DICOM SEG to a case",
        "Add the segments of a DICOM SEG to a case, keeping names, SNOMED CT codes and colours. "
        "The series it was made on must be imported first.",
    )
    seg_import.add_argument("case", metavar="CASE", help="case number or UID")
    seg_import.add_argument("file", metavar="FILE", help="the DICOM SEG file")
    seg_export = command(
        segment,
        "export",
        common,
        cmd_seg_export,
        "write a case's segments as one DICOM SEG",
        "Write the segments of a case as one DICOM Segmentation (BINARY) that refers to the "
        "images they were drawn on.",
    )
    seg_export.add_argument("case", metavar="CASE", help="case number or UID")
    seg_export.add_argument("--out", required=True, metavar="FILE", help="file to write")
