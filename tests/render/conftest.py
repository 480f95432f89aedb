"""Fixtures of the 3-D render tests."""

from __future__ import annotations

import pytest
from render_scene import DemoScene, make_demo_scene


@pytest.fixture(scope="session")
def demo_scene() -> DemoScene:
    """The small demo abdomen (no DICOM written), made once per session."""
    return make_demo_scene()
