"""``casereview-cli``: everything that is not pure viewing, without a screen.

The parser is built from command modules, each adding its sub-commands through one
``add_commands(commands, common)`` function (as pydicom's CLI does); a command's handler imports
the services it needs when it runs. Building the parser therefore imports no NumPy, SimpleITK,
pydicom, VTK, Qt or database code, and ``casereview-cli --help`` starts at once.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import Any

from casereview import __version__
from casereview.app import (
    cli_annotations,
    cli_assessment,
    cli_cases,
    cli_exchange,
    cli_index,
    cli_joint,
    cli_layers,
    cli_liver,
    cli_meetings,
    cli_pacs,
    cli_patients,
    cli_render,
    cli_resectability,
    cli_segments,
    cli_views,
)
from casereview.app.cli_common import (
    EXIT_CANCELLED,
    EXIT_ERROR,
    EXIT_OK,
    EXIT_PROBLEMS_FOUND,
    EXIT_USAGE,
    SubParsers,
)
from casereview.errors import CasereviewError, OperationCancelled

__all__ = [
    "EXIT_CANCELLED",
    "EXIT_ERROR",
    "EXIT_OK",
    "EXIT_PROBLEMS_FOUND",
    "EXIT_USAGE",
    "build_parser",
    "main",
]

#: The command modules, in the order ``--help`` lists their commands.
COMMAND_MODULES: tuple[Callable[[SubParsers, argparse.ArgumentParser], None], ...] = (
    cli_index.add_commands,
    cli_pacs.add_commands,
    cli_render.add_commands,
    cli_cases.add_commands,
    cli_patients.add_commands,
    cli_meetings.add_commands,
    cli_annotations.add_commands,
    cli_segments.add_commands,
    cli_resectability.add_commands,
    cli_assessment.add_commands,
    cli_liver.add_commands,
    cli_views.add_commands,
    cli_layers.add_commands,
    cli_exchange.add_commands,
    cli_joint.add_commands,
)


def common_options(*, sub_level: bool) -> argparse.ArgumentParser:
    """Options accepted before and after the command name.

    At sub-command level the defaults are suppressed so that ``--json info`` is not undone by
    the sub-parser's own default (an argparse trap).
    """
    default: dict[str, Any] = {"default": argparse.SUPPRESS} if sub_level else {}
    options = argparse.ArgumentParser(add_help=False)
    options.add_argument(
        "--data-dir",
        metavar="DIR",
        help="data directory (default: $CASEREVIEW_HOME, else the platform's user data folder)",
        **default,
    )
    options.add_argument(
        "--db",
        metavar="URL",
        help="database URL, e.g. postgresql+psycopg://user@host/casereview "
        "(default: $CASEREVIEW_DB, else casereview.sqlite in the data directory)",
        **default,
    )
    options.add_argument(
        "--json", action="store_true", help="print machine-readable JSON", **default
    )
    options.add_argument(
        "-v", "--verbose", action="store_true", help="log details to stderr", **default
    )
    options.add_argument(
        "--user",
        metavar="USERNAME",
        help="work as this user (default: the one this workstation remembers; "
        "casereview-cli user list shows them)",
        **default,
    )
    return options


class CliParser(argparse.ArgumentParser):
    """An argument parser that takes options only by their whole name.

    argparse otherwise accepts any unambiguous prefix, so ``--pin 123456`` would be read as
    ``--pin-file 123456``, and a new option could silently change what an old script means.
    Sub-command parsers are made of the same class, so the rule holds at every level.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``casereview-cli`` (also used to document the CLI)."""
    parser = CliParser(
        prog="casereview-cli",
        description="casereview without a screen: inspect the installation and work on cases. "
        "CASE, MEETING and SERIES are given as a number (12 or #12) or a UID.",
        parents=[common_options(sub_level=False)],
    )
    parser.add_argument("--version", action="version", version=f"casereview {__version__}")
    commands: SubParsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    common = common_options(sub_level=True)
    for add_commands in COMMAND_MODULES:
        add_commands(commands, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``casereview-cli`` and return its exit code."""
    args = build_parser().parse_args(argv)
    from casereview.app.context import bootstrap
    from casereview.app.logging_setup import flush_logging

    try:
        ctx = bootstrap(
            args.data_dir,
            args.db,
            verbose=args.verbose,
            log_to_stderr=True,
            user=args.user,
            user_on_demand=True,  # commands that only read (info) write no user
            exchange=False,  # the package commands register the providers they use
            # check reports what interrupted imports left (and removes it with --repair).
            clean_staging=args.command not in ("info", "check"),
        )
    except CasereviewError as exc:
        print(f"casereview-cli: {exc}", file=sys.stderr)
        return EXIT_ERROR
    if ctx.audit_warning is not None:
        print(f"casereview-cli: warning: {ctx.audit_warning}", file=sys.stderr)
    try:
        return int(args.handler(ctx, args))
    except OperationCancelled as exc:
        print(f"casereview-cli: {exc}", file=sys.stderr)
        return EXIT_CANCELLED
    except CasereviewError as exc:
        print(f"casereview-cli: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("casereview-cli: interrupted; finished work is kept.", file=sys.stderr)
        return EXIT_CANCELLED
    finally:
        ctx.close()
        flush_logging()


if __name__ == "__main__":
    sys.exit(main())
