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

import demo_cache
import schema_template
from casereview.app.context import AppContext, bootstrap
from casereview.demo import install as demo_install
from casereview.domain.users import Role, User
from casereview.services.users import ensure_user
from casereview.store import migrate
from casereview.store.database import Database, open_database
from casereview.store.engine import sqlite_url_for_path


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Modules with a test marked ``slow`` run first.

    ``make test`` hands whole modules to the xdist workers in collection order
    (``--no-loadscope-reorder``); a minute-long module started last would keep one worker busy
    while the other has nothing left to do.
    """
    slow_modules = {item.path for item in items if item.get_closest_marker("slow") is not None}
    items.sort(key=lambda item: item.path not in slow_modules)  # stable: order kept otherwise


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """The migration tests migrate every new database for real (see ``schema_template``)."""
    schema_template.set_enabled(
        "migrations" not in item.path.relative_to(item.config.rootpath).parts
    )


@pytest.fixture(scope="session", autouse=True)
def _new_databases_copied_from_a_migrated_one(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[None]:
    """New SQLite databases start as a copy of one migrated in this process (``schema_template``;
    ``CASEREVIEW_TESTS_MIGRATE_EACH=1`` migrates every one for real instead)."""
    if os.environ.get("CASEREVIEW_TESTS_MIGRATE_EACH") == "1":
        yield
        return
    schema_template.set_folder(tmp_path_factory.getbasetemp() / "schema-template")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(migrate, "upgrade", schema_template.upgrade_from_template)
        yield


@pytest.fixture(scope="session", autouse=True)
def _demo_generated_once_per_session(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[None]:
    """Demo installs copy a demo generated once for the whole session (see ``demo_cache``)."""
    base = tmp_path_factory.getbasetemp()
    # xdist workers each get a folder of their own inside one session folder: share that one.
    demo_cache.set_cache_root(
        (base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base) / "demo-cache"
    )
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(demo_install, "generate_demo", demo_cache.generate_demo_cached)
        yield


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data directory; nothing touches the real one."""
    home = tmp_path / "casereview-home"
    monkeypatch.setenv("CASEREVIEW_HOME", str(home))
    monkeypatch.delenv("CASEREVIEW_DB", raising=False)
    return home


@pytest.fixture(autouse=True)
def _garbage_collected_on_the_ui_thread_in_qt_tests(
    request: pytest.FixtureRequest,
) -> Iterator[None]:
    """A test with a QApplication collects garbage as the application does: on the UI thread
    only (``casereview.ui.garbage``); other tests keep the interpreter's own collection."""
    if "qapp" not in request.fixturenames:
        yield
        return
    from casereview.ui.garbage import UiThreadGarbageCollector

    collector = UiThreadGarbageCollector(request.getfixturevalue("qapp"))
    collector.start()
    try:
        yield
    finally:
        collector.stop()
        collector.deleteLater()


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
