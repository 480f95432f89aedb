"""generate_demo's contract: determinism, validation, cancellation."""

from __future__ import annotations

from pathlib import Path

import pydicom
import pytest

from casereview.demo import generate_demo
from casereview.demo.ct_writer import demo_uid
from casereview.errors import ConfigurationError, OperationCancelled


def test_uids_are_deterministic_and_distinct() -> None:
    assert demo_uid(0, "borderline", "study") == demo_uid(0, "borderline", "study")
    assert demo_uid(0, "borderline", "study") != demo_uid(1, "borderline", "study")
    assert pydicom.uid.UID(demo_uid(0, "borderline", "study")).is_valid


def test_unknown_variant_and_phase_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match="variant"):
        generate_demo(tmp_path, variant="operable", small=True)
    with pytest.raises(ConfigurationError, match="phases"):
        generate_demo(tmp_path, small=True, phases=("delayed",))


def test_cancel_removes_partial_output(tmp_path: Path) -> None:
    calls = {"n": 0}

    def cancel() -> bool:
        calls["n"] += 1
        return calls["n"] > 2

    with pytest.raises(OperationCancelled):
        generate_demo(tmp_path, small=True, phases=("portal-venous",), should_cancel=cancel)
    assert not any(tmp_path.rglob("*.dcm"))
    assert not (tmp_path / "ground_truth.json").exists()
