"""Fixtures shared by every test: a temporary data directory and database, never the user's."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from worker_display import use_own_display

use_own_display()  # before Qt is imported: each xdist worker draws on an X server of its own

# Qt picks its platform once per process. Under Xvfb (make test) DISPLAY is set and real
# windows are used (VTK needs them); without a display the widget tests run offscreen.
if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from casereview.app.context import AppContext, bootstrap
from casereview.domain.users import Role, User
from casereview.services.users import ensure_user
from casereview.store.database import Database, open_database
from casereview.store.engine import sqlite_url_for_path


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data directory; nothing touches the real one."""
    home = tmp_path / "casereview-home"
    monkeypatch.setenv("CASEREVIEW_HOME", str(home))
    monkeypatch.delenv("CASEREVIEW_DB", raising=False)
    return home


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """URL of a fresh SQLite file in the test's temporary directory."""
    return sqlite_url_for_path(str(tmp_path / "db" / "casereview.sqlite"))


@pytest.fixture
def db(sqlite_url: str, tmp_path: Path) -> Iterator[Database]:
    """An open, migrated, empty database with the user ``tester``."""
    database = open_database(sqlite_url, backup_dir=tmp_path / "backups")
    ensure_user(database, User(0, "tester", "Dr Test", Role.SURGEON))
    yield database
    database.close()


@pytest.fixture
def context(_isolated_home: Path) -> Iterator[AppContext]:
    """A bootstrapped application in the temporary data directory."""
    ctx = bootstrap()
    yield ctx
    ctx.close()
