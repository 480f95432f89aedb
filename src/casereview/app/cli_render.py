"""``casereview-cli render``: a 3-D picture or 360° movie of a series, offscreen, for reports.

VTK and the volume are loaded only when a picture is rendered (:func:`render_series`, which
``view recall --out`` uses too).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from casereview.app.cli_common import EXIT_OK, SubParsers, command, resolve_case, resolve_series
from casereview.domain.rendering import CameraView, StandardView, TransferFunction
from casereview.errors import ValidationError
from casereview.messages import Message

if TYPE_CHECKING:
    from casereview.app.context import AppContext

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
        raise ValidationError(
            Message("Give the size as WIDTHxHEIGHT, e.g. 800x600 (got '{text}').", text=text)
        )
    width, height = int(match.group(1)), int(match.group(2))
    if not (16 <= width <= MAX_SIDE and 16 <= height <= MAX_SIDE):
        raise ValidationError(
            Message("Picture sides must be 16 to {max_side} pixels.", max_side=MAX_SIDE)
        )
    return width, height


def render_series(
    ctx: AppContext,
    series_id: int,
    preset: TransferFunction,
    *,
    camera: CameraView | None = None,
    view: StandardView = StandardView.ANTERIOR,
    size: tuple[int, int] = (800, 600),
    scale: int = 1,
    picture: Path | None = None,
    movie: Path | None = None,
    frames: int | None = None,
    fps: int | None = None,
    iso: float | None = None,
    part: int = 0,
) -> dict[str, Any]:
    """Volume-render a series offscreen from ``camera`` (else a standard view); write files.

    Returns
    -------
    dict
        What was rendered: preset, size, renderer, mapper, and the files written.
    """
    from casereview.domain.rendering import SegmentStyle
    from casereview.render.capture import (
        DEFAULT_FPS,
        DEFAULT_FRAMES,
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
    from casereview.services.volumes import load_series_volume
    from casereview.session import SeriesInfo, ViewerSession

    width, height = size
    volume = load_series_volume(ctx.db, series_id, part=part)
    enable_threaded_smp()
    session = ViewerSession()
    session.set_primary(volume, SeriesInfo(series_id))
    window = offscreen_window(width, height)
    renderer_name = opengl_renderer(window)
    view3d = PlanesView3D(
        session,
        volume_rendering=True,
        show_planes=False,
        mapper_kind=choose_mapper_kind(renderer_name),
        preset=preset,
    )
    view3d.add_to(window)
    if iso is not None:
        mesh = build_iso_surface(volume, iso, SurfaceOptions())
        view3d.surfaces.set_meshes({1: mesh}, [SegmentStyle(1, "iso", (0.9, 0.85, 0.75))])
    if camera is not None:
        view3d.apply_camera_view(camera)
    else:
        view3d.set_standard_view(view)
    payload: dict[str, Any] = {
        "series_id": series_id,
        "preset": preset.name,
        "size": [width * scale, height * scale],
        "renderer": renderer_name,
        "mapper": view3d.mapper_kind.value,
    }
    try:
        if picture is not None:
            payload["picture"] = str(write_png(screenshot(window, scale), picture))
        if movie is not None:
            count = frames or DEFAULT_FRAMES
            payload["movie"] = str(
                write_movie(
                    rotation_frames(window, view3d.renderer, count),
                    movie,
                    fps=fps or DEFAULT_FPS,
                    total=count,
                )
            )
    finally:
        view3d.close()
        window.Finalize()
    return payload


def cmd_render(ctx: AppContext, args: argparse.Namespace) -> int:
    """Render a series in 3-D offscreen: a PNG and/or a 360° movie."""
    import json

    from casereview.services.rendering import find_preset, find_view

    if not args.out and not args.movie:
        raise ValidationError(Message("Give --out FILE.png, --movie FILE.gif|mp4, or both."))
    size = parse_size(args.size)
    series_id = resolve_series(ctx, args.series)
    preset = find_preset(ctx.db, args.preset)
    camera = None
    if args.saved_view:
        case_id = resolve_case(ctx, args.case) if args.case else None
        camera = find_view(ctx.db, series_id, case_id, args.saved_view).camera
    payload = render_series(
        ctx,
        series_id,
        preset,
        camera=camera,
        view=StandardView(args.view),
        size=size,
        scale=args.scale,
        picture=Path(args.out) if args.out else None,
        movie=Path(args.movie) if args.movie else None,
        frames=args.frames,
        fps=args.fps,
        iso=args.iso,
        part=args.part,
    )
    payload["view"] = args.saved_view or args.view
    if args.json:
        print(json.dumps(payload, indent=2))
        return EXIT_OK
    lines = [f"picture         {payload['picture']}"] if "picture" in payload else []
    if "movie" in payload:
        lines.append(f"movie           {payload['movie']}")
    lines.append(
        f"rendered        {preset.name}, {payload['view']}, "
        f"{payload['size'][0]}×{payload['size'][1]} ({payload['mapper']} ray caster)"
    )
    print("\n".join(lines), file=sys.stdout)
    return EXIT_OK


def add_commands(commands: SubParsers, common: argparse.ArgumentParser) -> None:
    """Add ``render`` to the sub-commands of ``casereview-cli``."""
    render = command(
        commands,
        "render",
        common,
        cmd_render,
        "render a series in 3-D to a PNG or a 360° movie (offscreen)",
        "Volume-render an indexed series offscreen with a preset (built-in: cta, soft_tissue, "
        "bone, vessels_organs, mip; or a saved preset's name) from a standard view or a saved "
        "named view, and write a PNG and/or a 360° rotation movie.",
    )
    render.add_argument("series", metavar="SERIES", help="series #id or Series Instance UID")
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
        "--case", metavar="CASE", help="case whose saved views --saved-view may name"
    )
    render.add_argument("--out", metavar="FILE.png", help="picture to write")
    render.add_argument(
        "--size", default="800x600", metavar="WxH", help="view size in pixels (default 800x600)"
    )
    render.add_argument(
        "--scale",
        type=int,
        default=1,
        metavar="N",
        help="picture at N times the view size (default 1; a few times at most)",
    )
    render.add_argument("--movie", metavar="FILE", help="360° movie to write (.gif or .mp4)")
    render.add_argument(
        "--frames", type=int, metavar="N", help="frames of the turn (default: a smooth turn)"
    )
    render.add_argument(
        "--fps", type=int, metavar="N", help="frames per second (default: the movie writer's)"
    )
    render.add_argument(
        "--iso", type=float, metavar="HU", help="also show the iso-surface at this CT value"
    )
    render.add_argument(
        "--part", type=int, default=0, metavar="N", help="which part 'examine' listed (default 0)"
    )
