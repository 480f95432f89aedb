"""``casereview-cli view`` and ``preset``: named 3-D views and rendering presets.

A named view is a camera (LPS mm) of a series, with the preset shown, saved as the 3-D viewer's
"Save view" saves it; recalling it prints it or renders a picture with it. A preset is a
transfer function derived from another one with the 3-D viewer's editor handles (window and
level of the opacity ramp, peak opacity).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from casereview.app.cli_common import (
    EXIT_OK,
    SubParsers,
    command,
    emit,
    group,
    parse_point,
    resolve_case,
    resolve_series,
)
from casereview.domain.rendering import CameraView, SavedView, StandardView
from casereview.errors import ValidationError
from casereview.messages import Message

if TYPE_CHECKING:
    from casereview.app.context import AppContext

#: How close the 3-D viewer frames the whole volume in a standard view (its corners are air).
VOLUME_ZOOM = 1.4


def view_json(view: SavedView) -> dict[str, Any]:
    """A named view: its camera and the preset shown with it."""
    return {
        "id": view.id,
        "name": view.name,
        "series_id": view.series_id,
        "case": view.case_id,
        "camera": view.camera.to_json(),
        "preset": view.preset.to_json() if view.preset is not None else None,
        "saved_by": view.username,
        "created_at": view.created_at,
    }


def _standard_camera(
    ctx: AppContext, series_id: int, side: StandardView, size: tuple[int, int], zoom: float
) -> CameraView:
    """The camera the 3-D viewer's standard view buttons give, framing the whole volume."""
    from casereview.render.camera import standard_view
    from casereview.services.volumes import load_series_volume
    from casereview.session import LoadedSeries, SeriesInfo

    corners = LoadedSeries(load_series_volume(ctx.db, series_id), SeriesInfo(series_id)).corners()
    low, high = corners.min(axis=0), corners.max(axis=0)
    bounds = [float(v) for pair in zip(low, high, strict=True) for v in pair]
    return standard_view(side, bounds, aspect=size[0] / size[1], zoom=zoom)


def cmd_view_save(ctx: AppContext, args: argparse.Namespace) -> int:
    """Save a camera (and a preset) as a named view of a series."""
    from casereview.app.cli_render import parse_size
    from casereview.services.rendering import find_preset, save_view

    series_id = resolve_series(ctx, args.series)
    case_id = resolve_case(ctx, args.case) if args.case else None
    explicit = (args.position, args.focal_point, args.view_up)
    if any(explicit):
        if not all(explicit):
            raise ValidationError(
                Message("Give all of --position, --focal-point and --view-up, or none of them.")
            )
        camera = CameraView(
            parse_point(args.position),
            parse_point(args.focal_point),
            parse_point(args.view_up),
            view_angle=args.view_angle,
        )
    else:
        camera = _standard_camera(
            ctx, series_id, StandardView(args.side), parse_size(args.size), args.zoom
        )
    preset = find_preset(ctx.db, args.preset) if args.preset else None
    saved = save_view(
        ctx.db,
        ctx.user.username,
        series_id=series_id,
        name=args.name,
        camera=camera,
        preset=preset,
        case_id=case_id,
    )
    emit(args, view_json(saved), f"view '{saved.name}' saved for series #{series_id}")
    return EXIT_OK


def cmd_view_list(ctx: AppContext, args: argparse.Namespace) -> int:
    """List the named views of a series."""
    from casereview.services.rendering import list_views

    series_id = resolve_series(ctx, args.series)
    case_id = resolve_case(ctx, args.case) if args.case else None
    views = list_views(ctx.db, series_id, case_id)
    text = "\n".join(
        f"{v.name}  ({v.preset.name if v.preset else 'no preset'}; saved by {v.username})"
        for v in views
    )
    emit(args, [view_json(v) for v in views], text or "This series has no saved view.")
    return EXIT_OK


def cmd_view_recall(ctx: AppContext, args: argparse.Namespace) -> int:
    """Print a named view, or render a picture with it (camera and preset)."""
    from casereview.app.cli_render import parse_size, render_series
    from casereview.domain.rendering import BUILTIN_PRESETS
    from casereview.services.rendering import find_view

    series_id = resolve_series(ctx, args.series)
    case_id = resolve_case(ctx, args.case) if args.case else None
    view = find_view(ctx.db, series_id, case_id, args.name)
    payload = view_json(view)
    camera = view.camera
    lines = [
        f"view            {view.name}",
        f"position        {', '.join(f'{v:.1f}' for v in camera.position)} (LPS mm)",
        f"focal point     {', '.join(f'{v:.1f}' for v in camera.focal_point)}",
        f"view up         {', '.join(f'{v:.3f}' for v in camera.view_up)}",
        f"preset          {view.preset.name if view.preset else '(none saved)'}",
    ]
    if args.out:
        rendered = render_series(
            ctx,
            series_id,
            view.preset or BUILTIN_PRESETS["cta"],
            camera=camera,
            size=parse_size(args.size),
            picture=Path(args.out),
        )
        payload["picture"] = rendered["picture"]
        lines.append(f"picture         {rendered['picture']}")
    emit(args, payload, "\n".join(lines))
    return EXIT_OK


def cmd_view_delete(ctx: AppContext, args: argparse.Namespace) -> int:
    """Delete a named view."""
    from casereview.services.rendering import delete_view, find_view

    series_id = resolve_series(ctx, args.series)
    case_id = resolve_case(ctx, args.case) if args.case else None
    view = find_view(ctx.db, series_id, case_id, args.name)
    delete_view(ctx.db, ctx.user.username, view.id)
    emit(args, {"id": view.id, "deleted": True}, f"view '{view.name}' deleted")
    return EXIT_OK


def cmd_preset_save(ctx: AppContext, args: argparse.Namespace) -> int:
    """Save a preset derived from another with the editor's handles."""
    from casereview.services.rendering import find_preset, save_preset

    preset = find_preset(ctx.db, args.base)
    if args.window is not None:
        try:
            width, level = (float(v) for v in args.window.split(","))
        except ValueError:
            raise ValidationError(
                Message("Write --window as WIDTH,LEVEL in HU, e.g. 400,150.")
            ) from None
        preset = preset.with_window(width, level)
    if args.peak_opacity is not None:
        preset = preset.with_peak_opacity(args.peak_opacity)
    saved = save_preset(ctx.db, ctx.user.username, preset.renamed(args.name))
    width, level = saved.transfer_function.window
    emit(
        args,
        saved.transfer_function.to_json() | {"id": saved.id},
        f"preset '{saved.name}' saved (ramp W {width:.0f} L {level:.0f}, "
        f"peak opacity {saved.transfer_function.peak_opacity:.2f})",
    )
    return EXIT_OK


def cmd_preset_list(ctx: AppContext, args: argparse.Namespace) -> int:
    """List the built-in and saved presets."""
    from casereview.domain.rendering import BUILTIN_PRESETS
    from casereview.services.rendering import list_presets

    saved = list_presets(ctx.db)
    payload = {
        "builtin": [{"key": key, "name": p.name} for key, p in BUILTIN_PRESETS.items()],
        "saved": [{"id": p.id, "name": p.name, "saved_by": p.username} for p in saved],
    }
    lines = [f"{key:<16} {p.name} (built in)" for key, p in BUILTIN_PRESETS.items()]
    lines += [f"{'':<16} {p.name} (saved by {p.username})" for p in saved]
    emit(args, payload, "\n".join(lines))
    return EXIT_OK


def cmd_preset_show(ctx: AppContext, args: argparse.Namespace) -> int:
    """Print a preset's transfer function."""
    from casereview.services.rendering import find_preset

    preset = find_preset(ctx.db, args.name)
    width, level = preset.window
    lines = [
        f"preset          {preset.name}",
        f"ramp            W {width:.0f} L {level:.0f}, peak opacity {preset.peak_opacity:.2f}",
        f"blend           {preset.blend.value}{', shaded' if preset.shade else ''}",
        "opacity         " + ", ".join(f"{p.value:g}:{p.opacity:g}" for p in preset.opacities),
    ]
    emit(args, preset.to_json(), "\n".join(lines))
    return EXIT_OK


def cmd_preset_delete(ctx: AppContext, args: argparse.Namespace) -> int:
    """Delete a saved preset."""
    from casereview.services.rendering import delete_preset, list_presets

    wanted = args.name.strip().casefold()
    for saved in list_presets(ctx.db):
        if saved.name.casefold() == wanted:
            delete_preset(ctx.db, ctx.user.username, saved.id)
            emit(args, {"id": saved.id, "deleted": True}, f"preset '{saved.name}' deleted")
            return EXIT_OK
    raise ValidationError(
        Message(
            "No saved preset is called '{name}' (built-in presets cannot be deleted).",
            name=args.name,
        )
    )


def _series_and_case(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("series", metavar="SERIES", help="series #id or Series Instance UID")
    parser.add_argument(
        "--case", metavar="CASE", help="the case the series is opened from (its own views)"
    )


def add_commands(commands: SubParsers, common: argparse.ArgumentParser) -> None:
    """Add ``view save|list|recall|delete`` and ``preset save|list|show|delete``."""
    views = group(commands, "view", common, "named 3-D views of a series: save, list, recall")
    save = command(
        views,
        "save",
        common,
        cmd_view_save,
        "save a camera as a named view",
        "Save a 3-D camera of a series under a name, as the 3-D viewer's Save view does: a "
        "standard view framing the volume (--side, --zoom, --size), or an explicit camera "
        "(--position, --focal-point, --view-up in LPS mm). A view of the same name is replaced.",
    )
    _series_and_case(save)
    save.add_argument("name", metavar="NAME")
    save.add_argument(
        "--side",
        choices=[v.value for v in StandardView],
        default=StandardView.ANTERIOR.value,
        help="side the camera looks from (default anterior)",
    )
    save.add_argument(
        "--zoom",
        type=float,
        default=VOLUME_ZOOM,
        help=f"above 1 comes closer (default {VOLUME_ZOOM}, as the viewer frames a volume)",
    )
    save.add_argument(
        "--size", default="800x600", metavar="WxH", help="view the camera is framed for"
    )
    save.add_argument("--position", metavar="X,Y,Z", help="camera position (LPS mm)")
    save.add_argument("--focal-point", metavar="X,Y,Z", help="point looked at (LPS mm)")
    save.add_argument("--view-up", metavar="X,Y,Z", help="up direction")
    save.add_argument("--view-angle", type=float, default=30.0, help="degrees (default 30)")
    save.add_argument("--preset", metavar="NAME", help="preset restored with the view")

    listing = command(views, "list", common, cmd_view_list, "list a series' named views")
    _series_and_case(listing)
    recall = command(
        views,
        "recall",
        common,
        cmd_view_recall,
        "print a named view, or render a picture with it",
        "Print a named view's camera and preset; with --out render a picture with them.",
    )
    _series_and_case(recall)
    recall.add_argument("name", metavar="NAME", help="the view's name (any case)")
    recall.add_argument("--out", metavar="FILE.png", help="render a picture with the view")
    recall.add_argument("--size", default="800x600", metavar="WxH", help="picture size")
    delete = command(views, "delete", common, cmd_view_delete, "delete a named view")
    _series_and_case(delete)
    delete.add_argument("name", metavar="NAME")

    presets = group(commands, "preset", common, "3-D rendering presets: save, list, show, delete")
    preset_save = command(
        presets,
        "save",
        common,
        cmd_preset_save,
        "save a preset derived from another one",
        "Save a rendering preset under a new name, derived from a built-in or saved one with "
        "the 3-D viewer editor's handles: the window of the opacity ramp and its peak opacity. "
        "Render with it: casereview-cli render SERIES --preset NAME.",
    )
    preset_save.add_argument("name", metavar="NAME")
    preset_save.add_argument(
        "--from", dest="base", default="cta", metavar="PRESET", help="starting preset (cta)"
    )
    preset_save.add_argument("--window", metavar="W,L", help="opacity ramp width and level (HU)")
    preset_save.add_argument(
        "--peak-opacity", type=float, metavar="0-1", help="highest opacity of the ramp"
    )
    command(presets, "list", common, cmd_preset_list, "list built-in and saved presets")
    show = command(presets, "show", common, cmd_preset_show, "print a preset")
    show.add_argument("name", metavar="NAME")
    preset_delete = command(presets, "delete", common, cmd_preset_delete, "delete a saved preset")
    preset_delete.add_argument("name", metavar="NAME")
