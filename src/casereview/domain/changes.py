"""What an operation changed, so views refresh only what they show.

An operation (a service call run by the UI's task runner, an undoable command, an import)
returns a :class:`Changes` record; the shell broadcasts it and every view decides from it
whether it must reload. This replaces "refresh everything" calls: a view showing meeting 3
ignores a change to case 12's annotations.

The record names what changed by kind and internal id; ``None`` for a kind means "any item of
this kind may have changed" (a bulk import, a restored backup), an empty set means "none".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields

_Ids = frozenset[int] | None

#: Kinds of things an operation can change (the field names of :class:`Changes`).
KINDS = (
    "index",
    "cases",
    "series",
    "annotations",
    "key_images",
    "segments",
    "views",
    "meetings",
    "decisions",
    "layers",
    "users",
    "settings",
)


def _union(a: _Ids, b: _Ids) -> _Ids:
    if a is None or b is None:
        return None
    return a | b


@dataclass(frozen=True, slots=True)
class Changes:
    """Ids of what changed, per kind.

    Every field is a frozen set of internal ids (``case_id`` for ``cases``, ``series_id`` for
    ``series`` and ``index``, ``case_id`` for ``annotations``/``key_images``/``segments``/
    ``views``/``layers``, ``meeting_id`` for ``meetings`` and ``decisions``, ``user_id`` for
    ``users``), or ``None`` when any item of that kind may have changed.
    ``settings`` uses the single id 0.

    Combine records with ``|``; test with :meth:`touches` or truthiness.
    """

    index: _Ids = frozenset()
    cases: _Ids = frozenset()
    series: _Ids = frozenset()
    annotations: _Ids = frozenset()
    key_images: _Ids = frozenset()
    segments: _Ids = frozenset()
    views: _Ids = frozenset()
    meetings: _Ids = frozenset()
    decisions: _Ids = frozenset()
    layers: _Ids = frozenset()
    users: _Ids = frozenset()
    settings: _Ids = frozenset()

    @classmethod
    def of(cls, kind: str, ids: Iterable[int] | None = None) -> Changes:
        """A record for one kind: ``Changes.of("cases", [12])``; ``ids=None`` means "any".

        Raises
        ------
        ValueError
            If ``kind`` is not one of :data:`KINDS`.
        """
        if kind not in KINDS:
            raise ValueError(f"unknown kind of change {kind!r}; one of {', '.join(KINDS)}")
        return cls(**{kind: None if ids is None else frozenset(ids)})

    @classmethod
    def everything(cls) -> Changes:
        """Every kind, any item (after a database switch or a user change)."""
        return cls(**{kind: None for kind in KINDS})

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            **{f.name: _union(getattr(self, f.name), getattr(other, f.name)) for f in fields(self)}
        )

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) != frozenset() for f in fields(self))

    def touches(self, kind: str, item_id: int | None = None) -> bool:
        """Whether ``kind`` changed, for ``item_id`` if given (any item otherwise).

        Raises
        ------
        ValueError
            If ``kind`` is not one of :data:`KINDS`.
        """
        if kind not in KINDS:
            raise ValueError(f"unknown kind of change {kind!r}; one of {', '.join(KINDS)}")
        ids: _Ids = getattr(self, kind)
        if ids is None:
            return True
        if item_id is None:
            return bool(ids)
        return item_id in ids


#: The record of an operation that changed nothing.
NO_CHANGES = Changes()
