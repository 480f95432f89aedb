"""A data directory with the small demo case, made once for the command-line tests.

The fixtures are registered by this folder's conftest; tests import :data:`RunJson` from here.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from casereview.app.cli import main

#: Runs ``casereview-cli ARGS --json`` on a data directory; returns the parsed output.
RunJson = Callable[..., Any]


@pytest.fixture(scope="session")
def demo_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data directory where ``casereview-cli demo --small`` has run (case #1)."""
    home = tmp_path_factory.mktemp("cli-site-a")
    assert main(["demo", "--small", "--data-dir", str(home)]) == 0
    return home


@pytest.fixture
def run_json(capsys: pytest.CaptureFixture[str]) -> RunJson:
    """``run_json(home, "annotation", "create", ...)``: the command's JSON; fails on exit != 0."""

    def run(home: Path, *argv: str) -> Any:
        capsys.readouterr()
        code = main([*argv, "--json", "--data-dir", str(home)])
        captured = capsys.readouterr()
        assert code == 0, captured.err
        return json.loads(captured.out)

    return run
