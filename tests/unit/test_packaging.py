"""The wheel carries everything an installed casereview needs."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from importlib.metadata import version
from pathlib import Path

import pytest

from casereview import __version__
from casereview.resource_files import resource_path, resources_root

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_wheel_ships_resources_migrations_and_entry_points(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "hatchling", "build", "-t", "wheel", "-d", str(tmp_path)],
        cwd=REPO,
        check=True,
        capture_output=True,
    )
    wheel = next(tmp_path.glob("casereview-*.whl"))
    assert wheel.name.startswith(f"casereview-{__version__}-")  # the build reads __init__.py
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        entry_points = next(
            archive.read(n).decode() for n in names if n.endswith("entry_points.txt")
        )
    assert "casereview/resources/translations/casereview_fr.qm" in names
    assert "casereview/resources/translations/casereview_zh_CN.qm" in names
    assert "casereview/resources/translations/casereview_core_fr.qm" in names
    assert "casereview/resources/translations/casereview_core_zh_CN.qm" in names
    assert "casereview/store/migrations/env.py" in names
    assert "casereview/store/migrations/script.py.mako" in names
    shipped = {n for n in names if n.startswith("casereview/store/migrations/versions/")}
    in_tree = {
        "casereview/store/migrations/versions/" + p.name
        for p in (REPO / "src/casereview/store/migrations/versions").glob("*.py")
    }
    assert in_tree <= shipped
    assert "casereview-cli = casereview.app.cli:main" in entry_points
    assert "casereview = casereview.app.gui:main" in entry_points
    assert not any("/tests/" in n or n.startswith("tests/") for n in names)


def test_the_version_the_program_shows_is_the_installed_version() -> None:
    assert __version__ == version("casereview")


def test_resources_are_found_from_the_source_tree() -> None:
    assert resources_root().is_dir()
    assert resource_path("translations", "casereview_fr.qm").is_file()
