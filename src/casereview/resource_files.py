"""Finding files of ``resources/`` in a source checkout, an installed wheel and a frozen build."""

from __future__ import annotations

import sys
from pathlib import Path

from casereview.errors import ConfigurationError
from casereview.messages import Message

_PACKAGE_DIR = Path(__file__).resolve().parent


def resources_root() -> Path:
    """Return the directory that holds casereview's resources.

    Looks, in order, in a PyInstaller bundle (``sys._MEIPASS/casereview/resources``), inside the
    installed package (the wheel ships ``resources/`` there), and at the top of a source
    checkout (``src/casereview/../../resources``).

    Raises
    ------
    ConfigurationError
        If none exists (a damaged installation).
    """
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "casereview" / "resources")
    candidates.append(_PACKAGE_DIR / "resources")
    candidates.append(_PACKAGE_DIR.parent.parent / "resources")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise ConfigurationError(
        Message(
            "casereview's resource files are missing; the installation is damaged. Reinstall it."
        )
    )


def resource_path(*parts: str) -> Path:
    """Return the path of one resource file, e.g. ``resource_path("styles", "light.qss")``.

    Raises
    ------
    ConfigurationError
        If the file does not exist.
    """
    path = resources_root().joinpath(*parts)
    if not path.exists():
        raise ConfigurationError(
            Message(
                "The resource {name} is missing; the installation is damaged.",
                name="/".join(parts),
            )
        )
    return path
