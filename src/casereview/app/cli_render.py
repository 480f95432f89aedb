"""``casereview-cli render``: a 3-D picture or 360° movie of a series, offscreen, for reports."""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

from casereview.app.context import AppContext
from casereview.domain.rendering import SegmentStyle, StandardView
from casereview.errors import ValidationError
from casereview.render.capture import (
    DEFAULT_FPS,
    DEFAULT_FRAMES,
    MAX_SCALE,
    rotation_frames,
    screenshot,
    write_movie,
    write_png,
)
from casereview.render.offscreen import offscreen_window
from casereview.render.planes_3d import PlanesView3D
from casereview.render.surfaces import SurfaceOptions, build_iso_surface
from casereview.render.volume_rendering import (
    choose_mapper_kind,
    enable_threaded_smp,
    opengl_renderer,
)
from casereview.services.rendering import find_preset, list_views
from casereview.services.volumes import load_series_volume, series_id_for_uid
from casereview.session import SeriesInfo, ViewerSession

#: Largest side of an offscreen picture (before the ×scale), to keep memory sane.
MAX_SIDE = 4096


def parse_size(text: str) -> tuple[int, int]:
    """``"800x600"`` → ``(800, 600)``.

    Raises
    ------
    ValidationError
        If it is not two positive integers up to :data:`MAX_SIDE`.
    """
    match = re.fullmatch(r"\s*(\d+)\s*[x×X]\s*(\d+)\s*", text)
    if not match:
        raise ValidationError(f"Give the size as WIDTHxHEIGHT, e.g. 800x600 (got '{text}').")
    width, height = int(match.group(1)), int(match.group(2))
    if not (16 <= width <= MAX_SIDE and 16 <= height <= MAX_SIDE):
        raise ValidationError(f"Picture sides must be 16 to {MAX_SIDE} pixels.")
    return width, height


def cmd_render(ctx: AppContext, args: argparse.Namespace) -> int:
    """Render a series in 3-D offscreen: a PNG and/or a 360° movie."""
    if not args.out and not args.movie:
        raise ValidationError("Give --out FILE.png, --movie FILE.gif|mp4, or both.")
    width, height = parse_size(args.size)
    series_id = series_id_for_uid(ctx.db, args.series_uid)
    preset = find_preset(ctx.db, args.preset)
    camera = None
    if args.saved_view:
        views = {v.name.casefold(): v for v in list_views(ctx.db, series_id, args.case)}
        chosen = views.get(args.saved_view.strip().casefold())
        if chosen is None:
            known = ", ".join(v.name for v in views.values()) or "none"
            raise ValidationError(
                f"This series has no saved view '{args.saved_view}' (saved: {known})."
            )
        camera = chosen.camera
    volume = load_series_volume(ctx.db, series_id, part=args.part)
    enable_threaded_smp()
    session = ViewerSession()
    session.set_primary(volume, SeriesInfo(series_id))
    window = offscreen_window(width, height)
    renderer_name = opengl_renderer(window)
    view = PlanesView3D(
        session,
        volume_rendering=True,
        show_planes=False,
        mapper_kind=choose_mapper_kind(renderer_name),
        preset=preset,
    )
    view.add_to(window)
    if args.iso is not None:
        mesh = build_iso_surface(volume, args.iso, SurfaceOptions())
        view.surfaces.set_meshes({1: mesh}, [SegmentStyle(1, "iso", (0.9, 0.85, 0.75))])
    if camera is not None:
        view.apply_camera_view(camera)
    else:
        view.set_standard_view(StandardView(args.view))
    payload: dict[str, Any] = {
        "series_id": series_id,
        "preset": preset.name,
        "view": args.saved_view or args.view,
        "size": [width * args.scale, height * args.scale],
        "renderer": renderer_name,
        "mapper": view.mapper_kind.value,
    }
    if args.out:
        payload["picture"] = str(write_png(screenshot(window, args.scale), Path(args.out)))
    if args.movie:
        payload["movie"] = str(
            write_movie(
                rotation_frames(window, view.renderer, args.frames),
                Path(args.movie),
                fps=args.fps,
                total=args.frames,
            )
        )
    view.close()
    window.Finalize()
    if args.json:
        print(json.dumps(payload, indent=2))
    else:
        lines = [f"picture         {payload['picture']}"] if "picture" in payload else []
        if "movie" in payload:
            lines.append(f"movie           {payload['movie']}")
        lines.append(
            f"rendered        {preset.name}, {payload['view']}, "
            f"{payload['size'][0]}×{payload['size'][1]} ({payload['mapper']} ray caster)"
        )
        print("\n".join(lines), file=sys.stdout)
    return 0


def add_render_parser(commands: Any, common: argparse.ArgumentParser) -> None:
    """Add ``render`` to the sub-commands of ``casereview-cli``."""
    render = commands.add_parser(
        "render",
        parents=[common],
        help="render a series in 3-D to a PNG or a 360° movie (offscreen)",
        description="Volume-render an indexed series offscreen with a preset (built-in: cta, "
        "soft_tissue, bone, vessels_organs, mip; or a saved preset's name) from a standard "
        "view or a saved named view, and write a PNG and/or a 360° rotation movie.",
    )
    render.add_argument("series_uid", metavar="SERIES_UID", help="Series Instance UID")
    render.add_argument("--preset", default="cta", metavar="NAME", help="preset (default cta)")
    render.add_argument(
        "--view",
        choices=[v.value for v in StandardView],
        default=StandardView.ANTERIOR.value,
        help="side the camera looks from (default anterior)",
    )
    render.add_argument(
        "--saved-view", metavar="NAME", help="use a named view saved in the 3-D viewer instead"
    )
    render.add_argument(
        "--case", type=int, metavar="ID", help="case whose saved views --saved-view may name"
    )
    render.add_argument("--out", metavar="FILE.png", help="picture to write")
    render.add_argument(
        "--size", default="800x600", metavar="WxH", help="view size in pixels (default 800x600)"
    )
    render.add_argument(
        "--scale",
        type=int,
        choices=range(1, MAX_SCALE + 1),
        default=1,
        metavar="N",
        help=f"picture at N times the view size, 1 to {MAX_SCALE} (default 1)",
    )
    render.add_argument("--movie", metavar="FILE", help="360° movie to write (.gif or .mp4)")
    render.add_argument(
        "--frames",
        type=int,
        default=DEFAULT_FRAMES,
        metavar="N",
        help=f"frames of the turn (default {DEFAULT_FRAMES})",
    )
    render.add_argument(
        "--fps", type=int, default=DEFAULT_FPS, metavar="N", help=f"default {DEFAULT_FPS}"
    )
    render.add_argument(
        "--iso", type=float, metavar="HU", help="also show the iso-surface at this CT value"
    )
    render.add_argument(
        "--part", type=int, default=0, metavar="N", help="which part 'examine' listed (default 0)"
    )
    render.set_defaults(handler=cmd_render)
