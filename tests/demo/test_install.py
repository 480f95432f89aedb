"""The demo case from the command line: generated, imported and opened as a case, once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from casereview.app import cli


def test_cli_demo_installs_once_and_info_counts_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "demo-files"
    assert (
        cli.main(["demo", "--small", "--variant", "resectable", "--out", str(out), "--json"]) == 0
    )
    first = json.loads(capsys.readouterr().out)
    assert first["created"] is True and first["imported"] > 100
    assert Path(first["ground_truth"]).is_file() and Path(first["directory"]) == out
    assert "resectable" in first["title"]

    assert cli.main(["demo", "--small", "--variant", "resectable", "--out", str(out)]) == 0
    assert "already there" in capsys.readouterr().out

    assert cli.main(["info", "--json"]) == 0
    counts = json.loads(capsys.readouterr().out)["counts"]
    assert counts["patients"] == 1 and counts["studies"] == 1
    assert counts["series"] == 3  # arterial, portal venous, reference SEG
    assert counts["cases"] == 1
    assert counts["instances"] == first["imported"]

    assert cli.main(["case", "list", "--json"]) == 0
    (case,) = json.loads(capsys.readouterr().out)
    assert case["status"] == "in_preparation" and set(case["tags"]) == {"demo", "resectable"}
    assert case["series"] == 3

    assert cli.main(["check", "--quick"]) == 0


def test_cli_demo_with_non_contrast_phase(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["demo", "--small", "--non-contrast", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["created"] is True
    assert cli.main(["info", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["counts"]["series"] == 4
