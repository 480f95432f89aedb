"""The small demo case with its reference segments, and Couinaud landmarks picked on its liver.

The small borderline demo's reference SEG has a liver segment (SNOMED CT liver, 1,788 mL on a
96 × 256 × 256 grid of 2.5 × 1.5 × 1.5 mm, axial, LPS axes along the array's). Its liver spans
x −131…59, y −76…89, z −22…126 mm (LPS); the left lobe is anterior (y −70…−20) and high
(z 60…110). The landmarks below were picked on it as a person would place them on the images:
the IVC axis behind the liver's medial part (vertical: both points share x and y), the right
hepatic vein running to the patient's right, the middle one forwards, the left one forwards
and to the left, and the portal bifurcation 3 cm below the confluence, in front of the IVC and
a little to the left of the middle hepatic vein's plane (so segment 1 lies wholly left of that
plane and a right hepatectomy removes exactly the liver right of it).
"""

from __future__ import annotations

import contextlib
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from casereview.app.cli import main
from casereview.app.context import AppContext, bootstrap

#: Landmarks (LPS mm) as ``casereview-cli liver-segments --landmarks`` reads them.
LANDMARKS: dict[str, Any] = {
    "ivc_confluence": [-10.0, 35.0, 100.0],
    "ivc_inferior": [-10.0, 35.0, 50.0],
    "right_hepatic_vein": [[-45.0, 38.0, 100.0], [-90.0, 40.0, 95.0]],
    "middle_hepatic_vein": [[-13.0, 5.0, 100.0], [-17.0, -35.0, 95.0]],
    "left_hepatic_vein": [[0.0, 2.0, 100.0], [8.0, -25.0, 100.0]],
    "portal_bifurcation": [0.0, -5.0, 70.0],
}


def quiet(*argv: str) -> tuple[int, str]:
    """Run ``casereview-cli`` with its standard output captured."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(list(argv))
    return code, out.getvalue()


def make_demo_home(home: Path) -> int:
    """Install the small demo in ``home`` with its reference segments; return the case id."""
    code, out = quiet("demo", "--small", "--json", "--data-dir", str(home))
    assert code == 0
    demo = json.loads(out)
    seg = Path(demo["ground_truth"]).parent / "SEG_90_reference" / "SEG0001.dcm"
    code, _ = quiet("segment", "import", str(demo["case_id"]), str(seg), "--data-dir", str(home))
    assert code == 0
    return int(demo["case_id"])


@contextlib.contextmanager
def opened(home: Path) -> Iterator[AppContext]:
    """The application on ``home`` (its database, user and audit key), closed afterwards."""
    import pytest

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CASEREVIEW_HOME", str(home))
        context = bootstrap()
        try:
            yield context
        finally:
            context.close()


def right_of_middle_hepatic_vein(lps: NDArray[np.float64]) -> NDArray[np.bool_]:
    """Which positions lie right of the middle hepatic vein's vertical plane (counted in LPS).

    Written here independently of :mod:`casereview.analysis.couinaud`: the IVC axis of
    :data:`LANDMARKS` is vertical, so the plane is the vertical one through the confluence whose
    horizontal line best fits the vein's points (least squares through the axis), and "right"
    is the side away from the left hepatic vein.
    """
    ivc = np.asarray(LANDMARKS["ivc_confluence"][:2])
    offsets = np.asarray(LANDMARKS["middle_hepatic_vein"])[:, :2] - ivc
    _, _, rows = np.linalg.svd(offsets)
    along = rows[0]
    normal = np.array([-along[1], along[0]])
    left = np.asarray(LANDMARKS["left_hepatic_vein"])[-1, :2] - ivc
    if normal @ left < 0:
        normal = -normal
    result: NDArray[np.bool_] = (lps[:, :2] - ivc) @ normal < 0.0
    return result
