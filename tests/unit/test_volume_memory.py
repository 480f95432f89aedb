"""NumPy's huge-page advice is off in casereview (a new volume's first touch stalled for seconds)."""

from __future__ import annotations

import subprocess
import sys

import pytest


def _huge_page_advice_after(code: str) -> str:
    # NumPy's switch is read when NumPy is first imported, so a fresh interpreter is needed;
    # its getter is private (the only way to read the setting back).
    probe = f"{code}; import numpy; print(numpy._core.multiarray._get_madvise_hugepage())"
    return subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout.strip()


@pytest.mark.parametrize(
    "code", ["import casereview", "import numpy; import casereview"], ids=["first", "after-numpy"]
)
def test_importing_casereview_turns_numpys_huge_page_advice_off(code: str) -> None:
    assert _huge_page_advice_after(code) == "False"
