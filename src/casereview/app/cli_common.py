"""What every ``casereview-cli`` command shares: exit codes, output, progress, argument parsing.

Output is either text for a person or, with ``--json``, one JSON document on stdout
(:func:`emit`). Cases, meetings and series are named on the command line as ``12``, ``#12`` or
their UID; one resolver each (:func:`resolve_case`, :func:`resolve_meeting`,
:func:`resolve_series`) turns that into the internal id, so every command accepts the same
forms and gives the same error.

This module is imported when the parser is built, so it imports nothing heavy at module level:
the services it calls are imported inside the functions (``casereview-cli --help`` must start
about as fast as ``import pydicom``).
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
import time
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any, Protocol

from casereview.errors import ValidationError
from casereview.messages import Message

if TYPE_CHECKING:
    from casereview.app.context import AppContext
    from casereview.commands.base import Command
    from casereview.domain.annotations import Annotation, KeyImage
    from casereview.domain.progress import ProgressReporter
    from casereview.domain.segments import Segment
    from casereview.domain.volume import Volume

#: The one logger of the command line (records go to the data directory's log file).
log = logging.getLogger("casereview.app.cli")

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_PROBLEMS_FOUND = 3
EXIT_CANCELLED = 130

Handler = Callable[["AppContext", argparse.Namespace], int]
Point = tuple[float, float, float]


class SubParsers(Protocol):
    """What ``ArgumentParser.add_subparsers()`` returns, as far as command modules use it."""

    def add_parser(self, name: str, **kwargs: Any) -> argparse.ArgumentParser:
        """Add the parser of a sub-command."""
        ...


def emit(args: argparse.Namespace, payload: Any, text: str) -> None:
    """Print ``payload`` as JSON with ``--json``, else ``text``."""
    if args.json:
        print(json.dumps(payload, indent=2, ensure_ascii=False, default=str))
    else:
        print(text)


def stderr_progress(args: argparse.Namespace) -> ProgressReporter:
    """A progress bar with counts and time left on stderr, only when it is a terminal."""
    from casereview.domain.progress import RemainingTime, describe_seconds

    estimator = RemainingTime()
    last: dict[str, Any] = {"message": "", "drawn": 0.0}

    def report(done: int, total: int, message: str = "") -> None:
        if args.json or not sys.stderr.isatty():
            return
        left = estimator.update(done, total, message)
        now = time.monotonic()
        finished = bool(total) and done >= total
        if message == last["message"] and not finished and now - last["drawn"] < 0.1:
            return  # redrawing thousands of times a second would slow the import down
        if message != last["message"] and last["message"]:
            print(file=sys.stderr)
        last["message"], last["drawn"] = message, now
        if total:
            filled = int(30 * min(done, total) / total)
            bar = "#" * filled + "." * (30 - filled)
            eta = f"  {describe_seconds(left)} left" if left is not None and not finished else ""
            line = f"\r{message:<24} [{bar}] {done:,}/{total:,}{eta}"
        else:
            line = f"\r{message}…"
        print(f"{line:<90}", end="", file=sys.stderr, flush=True)
        if finished:
            print(file=sys.stderr)
            last["message"] = ""

    return report


def command(
    commands: SubParsers,
    name: str,
    common: argparse.ArgumentParser,
    handler: Handler,
    helptext: str,
    description: str = "",
    **kwargs: Any,
) -> argparse.ArgumentParser:
    """Add a sub-command that runs ``handler``; ``description`` defaults to the help text."""
    parser = commands.add_parser(
        name, parents=[common], help=helptext, description=description or helptext, **kwargs
    )
    parser.set_defaults(handler=handler)
    return parser


def group(
    commands: SubParsers,
    name: str,
    common: argparse.ArgumentParser,
    helptext: str,
    description: str = "",
    **kwargs: Any,
) -> SubParsers:
    """Add a command group (``segment create``, ``segment paint`` …) and return its actions."""
    parser = commands.add_parser(
        name, parents=[common], help=helptext, description=description or helptext, **kwargs
    )
    actions: SubParsers = parser.add_subparsers(
        dest=f"{name.replace('-', '_')}_command", metavar="ACTION", required=True
    )
    return actions


# --- references to cases, meetings and series ---------------------------------------------


def _number(text: str) -> int | None:
    """``12`` or ``#12`` as 12; anything else ``None``."""
    value = text.strip().removeprefix("#").strip()
    return int(value) if value.isdigit() else None


def resolve_case(ctx: AppContext, text: str) -> int:
    """Internal id of the case given as ``12``, ``#12`` or its UID.

    Raises
    ------
    NotFoundError
        If no such case exists.
    """
    from casereview.errors import NotFoundError
    from casereview.services import cases as case_service

    number = _number(text)
    if number is not None:
        return case_service.get_case(ctx.db, number).id
    wanted = text.strip()
    for case in case_service.list_cases(ctx.db):
        if case.uid == wanted:
            return case.id
    raise NotFoundError(
        Message(
            "No case '{reference}'. Give its number or UID ('casereview-cli case list' shows "
            "them).",
            reference=text,
        )
    )


def resolve_meeting(ctx: AppContext, text: str) -> int:
    """Internal id of the meeting given as ``12``, ``#12`` or its UID.

    Raises
    ------
    ValidationError
        If no such meeting exists.
    """
    from casereview.services import meetings as meeting_service

    return meeting_service.find_meeting(ctx.db, text).id


def resolve_series(ctx: AppContext, text: str) -> int:
    """Internal id of the indexed series given as ``12``, ``#12`` or its Series Instance UID.

    Raises
    ------
    NotFoundError
        If no such series is indexed.
    """
    from casereview.errors import NotFoundError
    from casereview.services.index import owners_of_series
    from casereview.services.volumes import series_id_for_uid

    number = _number(text)
    if number is None:
        return series_id_for_uid(ctx.db, text)
    patients, _ = owners_of_series(ctx.db, [number])
    if not patients:
        raise NotFoundError(
            Message(
                "No series #{number} is indexed; 'casereview-cli studies' lists the series.",
                number=number,
            )
        )
    return number


# --- values -------------------------------------------------------------------------------

_NUMBER = r"\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*"


def parse_point(text: str) -> Point:
    """``"-12.5,30,101"`` → ``(-12.5, 30.0, 101.0)``: a point in patient LPS millimetres.

    Raises
    ------
    ValidationError
        If it is not three numbers separated by commas.
    """
    match = re.fullmatch(",".join([_NUMBER] * 3), text)
    if not match:
        raise ValidationError(
            Message(
                "Write a point as three LPS coordinates in mm separated by commas, e.g. "
                "-12.5,30,101 (got '{text}').",
                text=text,
            )
        )
    x, y, z = (float(v) for v in match.groups())
    return (x, y, z)


def parse_colour(text: str) -> tuple[int, int, int]:
    """``"#e62828"`` or ``"230,40,40"`` → ``(230, 40, 40)``.

    Raises
    ------
    ValidationError
        If it is neither form, or a value lies outside 0–255.
    """
    value = text.strip()
    hex_match = re.fullmatch(r"#?([0-9a-fA-F]{6})", value)
    if hex_match:
        digits = hex_match.group(1)
        return (int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16))
    parts = [p.strip() for p in value.split(",")]
    if len(parts) == 3 and all(p.isdigit() and int(p) <= 255 for p in parts):
        return (int(parts[0]), int(parts[1]), int(parts[2]))
    raise ValidationError(
        Message(
            "Write a colour as #rrggbb or as three values 0-255, e.g. #e62828 or 230,40,40 "
            "(got '{text}').",
            text=text,
        )
    )


def colour_text(colour: tuple[int, int, int]) -> str:
    """``(230, 40, 40)`` → ``"#e62828"``."""
    return "#{:02x}{:02x}{:02x}".format(*colour)


# --- edits --------------------------------------------------------------------------------


def load_case_series(ctx: AppContext, case_id: int, series: str, part: int = 0) -> Volume:
    """The volume of a series of a case, as the viewer opens it for editing.

    Raises
    ------
    NotFoundError
        If the series is not indexed.
    ValidationError
        If the series is not part of the case.
    """
    from casereview.services.cases import check_series_of_case
    from casereview.services.volumes import load_series_volume

    series_id = resolve_series(ctx, series)
    check_series_of_case(ctx.db, case_id, series_id)
    return load_series_volume(ctx.db, series_id, part=part)


def apply_edit(edit: Command) -> None:
    """Do an undoable edit the way the viewer does (same command, services and audit)."""
    from casereview.commands.base import CommandHistory

    CommandHistory().push(edit)
    log.info("command line: %s", edit.text)


# --- JSON of the case's work ---------------------------------------------------------------


def annotation_json(a: Annotation) -> dict[str, Any]:
    """An annotation with its values, geometry (LPS mm) and references."""
    return {
        "uuid": a.uuid,
        "case": a.case_id,
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


def segment_json(s: Segment) -> dict[str, Any]:
    """A segment with its codes, colour, volume and diameters."""
    return {
        "uuid": s.uuid,
        "case": s.case_id,
        "number": s.number,
        "name": s.name,
        "category": {
            "value": s.category.value,
            "scheme": s.category.scheme,
            "meaning": s.category.meaning,
        },
        "type": {"value": s.type.value, "scheme": s.type.scheme, "meaning": s.type.meaning},
        "colour": colour_text(s.colour),
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


def key_image_json(k: KeyImage) -> dict[str, Any]:
    """A key image with its references, plane or camera, and window."""
    return {
        "uuid": k.uuid,
        "case": k.case_id,
        "caption": k.caption,
        "orientation": k.orientation,
        "series_instance_uid": k.reference.series_instance_uid,
        "sop_instance_uid": k.reference.sop_instance_uid,
        "plane_origin_lps_mm": list(k.plane.origin) if k.plane else None,
        "window_center": k.window_center,
        "window_width": k.window_width,
        "zoom_mm": k.zoom_mm,
        "author": k.author,
        "created_at": k.created_at,
    }


def parse_date(text: str | None) -> date | None:
    """A date typed on the command line (``YYYY-MM-DD``), or ``None`` when none was given.

    Raises
    ------
    ValidationError
        If the text is not such a date.
    """
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise ValidationError(
            Message("Write a date as YYYY-MM-DD, e.g. 2026-03-15 (got '{text}').", text=text)
        ) from exc
