"""A small demo case installed once per test session, with its portal-venous volume and the truth.

The fixture is registered by this folder's conftest; tests import :class:`DemoData` from here.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
from numpy.typing import NDArray

from casereview.demo.install import InstalledDemo, install_demo
from casereview.dicom.seg import read_seg
from casereview.domain.users import Role, User
from casereview.domain.volume import Volume
from casereview.services.users import ensure_user
from casereview.services.volumes import load_series_volume, series_id_for_uid
from casereview.store.database import Database, open_database
from casereview.store.engine import sqlite_url_for_path


@dataclass
class DemoData:
    """The installed demo: database, case, portal-venous volume, reference masks by name."""

    db: Database
    demo: InstalledDemo
    volume: Volume
    truth: dict[str, NDArray[np.bool_]]
    seg_path: Path

    @property
    def case_id(self) -> int:
        return self.demo.case.id


@pytest.fixture(scope="session")
def demo_data(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoData]:
    root = tmp_path_factory.mktemp("annotations-demo")
    db = open_database(sqlite_url_for_path(str(root / "casereview.sqlite")))
    ensure_user(db, User(0, "tester", "Dr Test", Role.SURGEON))
    ensure_user(db, User(0, "other", "Dr Other", Role.RADIOLOGIST))
    demo = install_demo(
        db,
        root / "demo",
        "tester",
        staging_dir=root / "imports",
        quarantine_dir=root / "q",
        small=True,
    )
    assert demo.demo is not None
    seg = read_seg(demo.demo.seg_path)
    volume = load_series_volume(db, series_id_for_uid(db, seg.referenced_series_instance_uid))
    truth = {item.name: item.mask for item in seg.segments(volume.sop_instance_uids)}
    yield DemoData(db, demo, volume, truth, demo.demo.seg_path)
    db.close()
