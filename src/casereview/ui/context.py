"""What the window needs from the application context (built by ``casereview.app``).

A protocol keeps the layers honest: ``ui`` must not import ``app``, which sits above it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from casereview.domain.settings import Settings
from casereview.domain.users import User
from casereview.store.database import Database


class PathsView(Protocol):
    """Paths of the data directory the UI uses."""

    @property
    def root(self) -> Path: ...

    @property
    def log_file(self) -> Path: ...

    @property
    def ui_state(self) -> Path: ...

    @property
    def demo(self) -> Path: ...

    @property
    def imports(self) -> Path: ...

    @property
    def quarantine(self) -> Path: ...

    @property
    def cache(self) -> Path: ...

    @property
    def keys(self) -> Path: ...


class WorkstationContext(Protocol):
    """The bootstrapped application as the UI sees it."""

    @property
    def paths(self) -> PathsView: ...

    @property
    def settings(self) -> Settings: ...

    @property
    def db(self) -> Database: ...

    @property
    def user(self) -> User: ...

    @property
    def version(self) -> str: ...

    def update_settings(self, settings: Settings) -> None: ...

    def switch_user(self, user: User) -> None: ...
