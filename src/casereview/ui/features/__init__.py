"""The features of the workstation, each in a module of its own.

A feature contributes its actions and panels through one function, ``install(shell)``, and
talks to the others only through the :class:`~casereview.ui.shell_protocol.Shell` (its action
registry, signals, ``Changes`` records and selection), never by importing them. Adding a
feature is adding its module to :data:`FEATURES`; the order is the order of the menu entries.
"""

from __future__ import annotations

from collections.abc import Callable

from casereview.ui import department
from casereview.ui.features import (
    cases,
    editing,
    exchange,
    identity,
    importing,
    joint,
    liver,
    maintenance,
    measuring,
    meetings,
    pacs,
    presentation,
    resectability,
    segmenting,
    viewing,
)
from casereview.ui.shell_protocol import Shell

#: ``install(shell)`` of every feature, in menu order.
FEATURES: tuple[Callable[[Shell], None], ...] = (
    importing.install,
    exchange.install,
    cases.install,
    identity.install,
    editing.install,
    measuring.install,
    segmenting.install,
    resectability.install,
    liver.install,
    meetings.install,
    presentation.install,
    joint.install,
    viewing.install,
    # After viewing: the Archive panel follows its Hide patient identity action.
    pacs.install,
    maintenance.install,
    department.install,  # no menu entry: follows the department database (PostgreSQL)
)
