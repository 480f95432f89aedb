"""Save RGB arrays as PNG under artifacts/screenshots for a person to look at (no Qt)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from numpy.typing import NDArray

SCREENSHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"


def save_png(pixels: NDArray[np.uint8], name: str) -> Path:
    """Write ``pixels`` ((height, width, 3), top row first) as ``<name>.png``."""
    from casereview.render.capture import write_png

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return write_png(pixels, SCREENSHOTS / f"{name}.png")
