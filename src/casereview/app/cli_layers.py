"""``casereview-cli layer``: the partners' layers of a case (work received in packages).

A partner institution's annotations, key images and segments arrive as a layer of their own;
``layer hide`` and ``layer show`` switch a whole layer as the annotation panel's Layers menu
does.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from casereview.app.cli_common import EXIT_OK, SubParsers, command, emit, group, resolve_case

if TYPE_CHECKING:
    from casereview.app.context import AppContext


def cmd_layer_list(ctx: AppContext, args: argparse.Namespace) -> int:
    """List the layers of a case: our own work first, then each partner's."""
    from casereview.services.layers import case_layers

    case_id = resolve_case(ctx, args.case)
    layers = case_layers(ctx.db, case_id)
    payload = [
        {
            "name": layer.name,
            "own": not layer.name,
            "annotations": layer.annotations,
            "key_images": layer.key_images,
            "segments": layer.segments,
            "opinions": layer.opinions,
            "visible": layer.visible,
        }
        for layer in layers
    ]
    lines = [
        f"{layer.name or '(own work)':<32} {'shown' if layer.visible else 'hidden':<7} "
        f"{layer.annotations} annotation(s), {layer.key_images} key image(s), "
        f"{layer.segments} segment(s), {layer.opinions} opinion(s)"
        for layer in layers
    ]
    emit(args, payload, "\n".join(lines))
    return EXIT_OK


def _set_visible(ctx: AppContext, args: argparse.Namespace, visible: bool) -> int:
    from casereview.services.layers import set_layer_visible

    case_id = resolve_case(ctx, args.case)
    changed = set_layer_visible(ctx.db, case_id, args.layer, visible)
    state = "shown" if visible else "hidden"
    emit(
        args,
        {"case": case_id, "layer": args.layer, "visible": visible, "items": changed},
        f"layer {args.layer} of case #{case_id} {state} ({changed} item(s))",
    )
    return EXIT_OK


def cmd_layer_show(ctx: AppContext, args: argparse.Namespace) -> int:
    """Show every annotation and segment of a partner's layer."""
    return _set_visible(ctx, args, True)


def cmd_layer_hide(ctx: AppContext, args: argparse.Namespace) -> int:
    """Hide every annotation and segment of a partner's layer."""
    return _set_visible(ctx, args, False)


def add_commands(commands: SubParsers, common: argparse.ArgumentParser) -> None:
    """Add ``layer list|show|hide``."""
    layers = group(
        commands,
        "layer",
        common,
        "partners' layers of a case: list, show, hide",
        "The work partner institutions sent in packages lies in layers of its own, one per "
        "institution; show or hide a whole layer at once.",
    )
    listing = command(layers, "list", common, cmd_layer_list, "list the layers of a case")
    listing.add_argument("case", metavar="CASE", help="case number or UID")
    for name, handler, text in (
        ("show", cmd_layer_show, "show a partner's layer"),
        ("hide", cmd_layer_hide, "hide a partner's layer"),
    ):
        parser = command(layers, name, common, handler, text)
        parser.add_argument("case", metavar="CASE", help="case number or UID")
        parser.add_argument("layer", metavar="LAYER", help="the institution (layer list names it)")
