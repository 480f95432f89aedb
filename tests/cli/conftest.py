"""Fixtures of the command-line tests."""

from cli_support import demo_home, run_json  # noqa: F401  (fixtures)
