"""Fixtures for the meeting tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from meeting_support import MeetingWorld, build_world

from casereview.store.database import Database


@pytest.fixture
def world(db: Database, tmp_path: Path) -> MeetingWorld:
    """A meeting chaired by Dr Chair with two cases of one patient on its agenda."""
    return build_world(db, tmp_path / "files")
