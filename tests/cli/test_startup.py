"""``casereview-cli --help`` and ``info`` start without the heavy libraries (not timed here:
benchmarks/bench_cli.py measures the start-up against ``import pydicom``)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

#: Libraries that take long to import and that neither --help nor info needs.
HEAVY = ("numpy", "SimpleITK", "highdicom", "pydicom", "vtkmodules", "PySide6")

_PROBE = """
import contextlib, io, json, sys
from casereview.app.cli import main
out = io.StringIO()
with contextlib.redirect_stdout(out):
    try:
        code = main(sys.argv[1:])
    except SystemExit as exit_:
        code = exit_.code
print(json.dumps({"code": code, "out": out.getvalue(), "modules": sorted(sys.modules)}))
"""


def _run(args: list[str], home: Path) -> dict[str, object]:
    env = {**os.environ, "CASEREVIEW_HOME": str(home)}
    result = subprocess.run(
        [sys.executable, "-c", _PROBE, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])


@pytest.mark.parametrize(
    "args",
    [
        ["--help"],
        ["info"],
        ["annotation", "create", "--help"],
        ["segment", "--help"],
        ["resectability", "--help"],
    ],
)
def test_help_and_info_import_no_heavy_library(args: list[str], tmp_path: Path) -> None:
    probe = _run(args, tmp_path / "home")
    assert probe["code"] == 0
    assert "usage: casereview-cli" in str(probe["out"]) or "schema" in str(probe["out"])
    loaded = {str(name).split(".")[0] for name in probe["modules"]}
    assert not loaded & set(HEAVY), sorted(loaded & set(HEAVY))


def test_the_probe_sees_a_heavy_import(tmp_path: Path) -> None:
    """The check above can fail: a segment command imports its edit commands (NumPy)."""
    probe = _run(["segment", "create", "1", "--series", "1", "--template", "tumour"], tmp_path)
    loaded = {str(name).split(".")[0] for name in probe["modules"]}
    assert "numpy" in loaded
