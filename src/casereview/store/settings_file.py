"""Reading and writing ``settings.json`` in the data directory, with format migration."""

from __future__ import annotations

import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Any

from casereview.domain.settings import SETTINGS_VERSION, Settings
from casereview.errors import ConfigurationError
from casereview.messages import Message

log = logging.getLogger(__name__)


def _migrate(data: dict[str, Any]) -> dict[str, Any]:
    """Bring older settings formats to :data:`SETTINGS_VERSION` (version 1 is the first)."""
    version = data.get("version", 1)
    if not isinstance(version, int) or version > SETTINGS_VERSION:
        raise ConfigurationError(
            Message(
                "settings.json was written by a newer casereview. Install the newer version, or "
                "delete settings.json to start from defaults."
            )
        )
    data["version"] = SETTINGS_VERSION
    return data


def load_settings(path: Path) -> Settings:
    """Read settings, returning defaults when the file does not exist.

    Raises
    ------
    ConfigurationError
        If the file is not valid JSON or holds invalid values.
    """
    if not path.exists():
        return Settings()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ConfigurationError(
            Message(
                (
                    "{name} cannot be read ({error_type}). Fix or delete it to start from "
                    "default settings."
                ),
                name=path.name,
                error_type=type(exc).__name__,
            )
        ) from exc
    if not isinstance(data, dict):
        raise ConfigurationError(
            Message("{name} does not hold settings. Delete it to start over.", name=path.name)
        )
    return Settings.from_dict(_migrate(data))


def save_settings(path: Path, settings: Settings) -> None:
    """Write settings atomically (a crash leaves the old or the new file, never half of one)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = json.dumps(settings.to_dict(), indent=2, ensure_ascii=False, sort_keys=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".settings.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(payload + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
