"""``python -m casereview``: the GUI, or the CLI when the first argument is a CLI command."""

from __future__ import annotations

import sys


def _main() -> int:
    from casereview.app.cli import build_parser

    cli_commands: set[str] = set()
    # argparse offers no public list of a parser's subcommands; its subparser group holds them.
    subcommands = build_parser()._subparsers
    if subcommands is not None:
        for action in subcommands._group_actions:
            cli_commands.update(getattr(action, "choices", {}) or {})
    if len(sys.argv) > 1 and sys.argv[1] in cli_commands:
        from casereview.app.cli import main as cli_main

        return cli_main(sys.argv[1:])
    from casereview.app.gui import main as gui_main

    return gui_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(_main())
