"""Helpers shared by the exchange tests (a module, not the conftest: a test module importing
``conftest`` may get another folder's conftest when several test folders run together)."""

from __future__ import annotations

from pathlib import Path

from casereview.domain.users import Role, User
from casereview.services.users import ensure_user
from casereview.store.database import Database, open_database
from casereview.store.engine import sqlite_url_for_path


def open_site(root: Path, user: str = "tester") -> Database:
    """A fresh, migrated database under ``root`` with one user."""
    root.mkdir(parents=True, exist_ok=True)
    database = open_database(sqlite_url_for_path(str(root / "casereview.sqlite")))
    ensure_user(database, User(0, user, "Dr Test", Role.SURGEON))
    return database


def add_segment(db: Database, case_id: int, series: str, frame: str, name: str) -> None:
    """A small segment whose name may carry identity (as typed by a user)."""
    import numpy as np

    from casereview.domain.segments import Code, SegmentDraft
    from casereview.services.segmentations import create_segment, set_segment_mask
    from casereview.services.volumes import load_series_volume, series_id_for_uid

    volume = load_series_volume(db, series_id_for_uid(db, series))
    segment = create_segment(
        db,
        case_id,
        SegmentDraft(
            name[:64],
            Code("49755003", "SCT", "Morphologically Abnormal Structure"),
            Code("108369006", "SCT", "Neoplasm"),
            (230, 40, 40),
            series,
            frame,
        ),
        volume.shape,
        "tester",
    )
    mask = np.zeros(volume.shape, dtype=bool)
    mask[0, : max(1, volume.shape[1] // 2), : max(1, volume.shape[2] // 2)] = True
    set_segment_mask(db, segment.uuid, mask, volume, "tester")
