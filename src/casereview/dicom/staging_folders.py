"""Telling a staging folder in use from one an interrupted import left behind.

Every folder :func:`~casereview.dicom.zip_staging.stage_archive` makes under the imports folder
(a *staging root*) carries a small marker file from the moment it exists:

- :data:`OWNER_MARKER` holds the id of the process that unpacks into it, which keeps the file
  open and locked (an operating-system lock) for as long as it runs. The lock disappears with
  the process however it ends (a crash, a power cut, SIGKILL), so a root whose marker nobody
  holds locked was left by a process that no longer exists.
- :data:`SETTLED_MARKER` replaces it once a root was checked after its owner ended and holds
  nothing that no committed import owns; settled roots are never looked at again.

Roots made before these markers existed carry neither and count as unsettled, so the first
start after an upgrade tidies what earlier versions left. Deciding which files a committed
import owns needs the database (:mod:`casereview.services.integrity`); this module only reads
markers and locks, so that a start with nothing to tidy costs one directory listing.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path

#: Written into a staging root when it is made: the owner's process id.
OWNER_MARKER = ".casereview-staging"

#: Replaces :data:`OWNER_MARKER` once the root holds only what committed imports own.
SETTLED_MARKER = ".casereview-settled"

#: Markers are bookkeeping, never part of what was unpacked.
MARKERS = frozenset({OWNER_MARKER, SETTLED_MARKER})

#: Names ``stage_archive`` gives its roots (a UTC time stamp, then random characters).
_STAMPED_ROOT = re.compile(r"^\d{8}T\d{6}Z-")

#: This process's claims: the descriptor of each root's locked marker, by root.
_claims: dict[Path, int] = {}


def _try_lock(descriptor: int) -> bool:
    """Lock an open file for this process without waiting; whether it worked."""
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _forget_removed_roots() -> None:
    """Close the markers of roots that were deleted since (refused archives, cancelled work)."""
    for root, descriptor in list(_claims.items()):
        if os.fstat(descriptor).st_nlink == 0:
            os.close(descriptor)
            del _claims[root]


def claim_root(root: Path) -> None:
    """Mark a new staging root as this process's (call before anything is unpacked into it).

    The marker stays open and locked while this process runs; the lock is the proof that the
    import owning the root is still going (it moves with the root when the root is renamed).

    Raises
    ------
    OSError
        If the marker cannot be written or locked.
    """
    _forget_removed_roots()
    descriptor = os.open(root / OWNER_MARKER, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        if not _try_lock(descriptor):
            raise OSError(f"{OWNER_MARKER} of a new staging folder is locked")
        os.write(descriptor, str(os.getpid()).encode("ascii"))
    except BaseException:
        os.close(descriptor)
        raise
    _claims[root] = descriptor


def owner_is_running(root: Path) -> bool:
    """Whether the process that unpacks into ``root`` still runs (holds its marker's lock)."""
    try:
        descriptor = os.open(root / OWNER_MARKER, os.O_RDWR)
    except OSError:
        return False
    try:
        return not _try_lock(descriptor)  # taken: its owner is gone
    finally:
        os.close(descriptor)  # also releases the lock just taken


def is_settled(root: Path) -> bool:
    """Whether the root was checked and holds only what committed imports own."""
    return (root / SETTLED_MARKER).exists()


def settle_root(root: Path) -> None:
    """Record that ``root`` holds only what committed imports own."""
    try:
        os.replace(root / OWNER_MARKER, root / SETTLED_MARKER)
    except FileNotFoundError:  # a root made before markers existed
        (root / SETTLED_MARKER).touch()


def staging_roots(imports_dir: Path) -> Iterator[Path]:
    """Every staging root under ``imports_dir``: its folders and those of its sub-areas.

    Archives are staged directly in the imports folder or one level down (packages, package
    checks); a folder there without markers and without a staging name is such an area.
    """
    try:
        children = sorted(imports_dir.iterdir())
    except OSError:
        return
    for child in children:
        if child.is_symlink() or not child.is_dir():
            continue
        if _looks_like_root(child):
            yield child
            continue
        try:
            grandchildren = sorted(child.iterdir())
        except OSError:
            continue
        for grandchild in grandchildren:
            if not grandchild.is_symlink() and grandchild.is_dir():
                yield grandchild


def _looks_like_root(folder: Path) -> bool:
    return bool(_STAMPED_ROOT.match(folder.name)) or any(
        (folder / marker).exists() for marker in MARKERS
    )


def abandoned_roots(imports_dir: Path) -> list[Path]:
    """Unsettled staging roots whose owner is no longer running (or never recorded itself)."""
    abandoned: list[Path] = []
    for root in staging_roots(imports_dir):
        if is_settled(root):
            continue
        if owner_is_running(root):
            continue
        abandoned.append(root)
    return abandoned
