"""Telling a staging folder in use from one an interrupted import left behind.

Every folder :func:`~casereview.dicom.zip_staging.stage_archive` makes under the imports folder
(a *staging root*) carries a small marker file from the moment it exists:

- :data:`OWNER_MARKER` holds the id of the process that unpacks into it. That process holds a
  *lease*, an operating-system lock on ``.owners/<pid>.lock`` beside the root, for as long as it
  runs.
  The lock disappears with the process however it ends (a crash, a power cut, SIGKILL), so a
  root whose owner holds no lease was left by a process that no longer exists.
- :data:`SETTLED_MARKER` replaces it once a root was checked after its owner ended and holds
  nothing that no committed import owns; settled roots are never looked at again.

Roots made before these markers existed carry neither and count as unsettled, so the first
start after an upgrade tidies what earlier versions left. Deciding which files a committed
import owns needs the database (:mod:`casereview.services.integrity`); this module only reads
markers and locks, so that a start with nothing to tidy costs one directory listing.
"""

from __future__ import annotations

import atexit
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

#: Folder beside the staging roots that holds their owners' leases.
LEASES_FOLDER = ".owners"

#: Names ``stage_archive`` gives its roots (a UTC time stamp, then random characters).
_STAMPED_ROOT = re.compile(r"^\d{8}T\d{6}Z-")

#: This process's leases: the descriptor of its locked lease file in each staging area.
_leases: dict[Path, int] = {}

#: The process that took the leases (a forked worker inherits the table, not the leases).
_leases_pid = os.getpid()


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


def _lease_path(area: Path, pid: int) -> Path:
    return area / LEASES_FOLDER / f"{pid}.lock"


def hold_lease(area: Path) -> None:
    """Take this process's lease on the staging area ``area`` (once; kept until it ends).

    Raises
    ------
    OSError
        If the lease file cannot be created.
    """
    global _leases_pid
    area = Path(os.path.abspath(area))
    if area in _leases:
        return
    path = _lease_path(area, os.getpid())
    path.parent.mkdir(parents=True, exist_ok=True)
    while True:
        descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        if not _try_lock(descriptor):  # a dead process with our id left it locked: impossible
            os.close(descriptor)
            raise OSError(f"lease {path.name} is held by another process")
        # A tidy-up may have removed the (then unlocked) file between open and lock; a lock on
        # a file no longer in the folder protects nothing, so lock the file that is there.
        try:
            same = os.stat(path).st_ino == os.fstat(descriptor).st_ino
        except FileNotFoundError:
            same = False
        if same:
            if not _leases:
                atexit.register(release_leases)
            _leases[area] = descriptor
            _leases_pid = os.getpid()
            return
        os.close(descriptor)


def release_leases() -> None:
    """Give this process's leases back (at exit; a killed process's go with it)."""
    if os.getpid() != _leases_pid:
        return
    for area, descriptor in list(_leases.items()):
        os.close(descriptor)  # before the unlink: Windows removes no open file
        _lease_path(area, os.getpid()).unlink(missing_ok=True)
    _leases.clear()


def owner_is_running(area: Path, pid: int) -> bool:
    """Whether process ``pid`` holds its lease on the staging area ``area`` (it is alive)."""
    if pid == os.getpid():
        return Path(os.path.abspath(area)) in _leases
    path = _lease_path(area, pid)
    try:
        descriptor = os.open(path, os.O_RDWR)
    except OSError:
        return False
    try:
        if _try_lock(descriptor):
            return False  # the lock went with its process
        return True
    finally:
        os.close(descriptor)  # also releases the lock just taken


def remove_stale_leases(area: Path) -> None:
    """Delete the lease files of processes that have ended from the staging area ``area``."""
    folder = area / LEASES_FOLDER
    try:
        names = os.listdir(folder)
    except OSError:
        return
    for name in names:
        pid_text = name.removesuffix(".lock")
        if pid_text.isdigit() and not owner_is_running(area, int(pid_text)):
            (folder / name).unlink(missing_ok=True)


def claim_root(root: Path) -> None:
    """Mark a new staging root as this process's (call before anything is unpacked into it).

    Raises
    ------
    OSError
        If the lease or the marker cannot be written.
    """
    hold_lease(root.parent)
    (root / OWNER_MARKER).write_text(str(os.getpid()), encoding="ascii")


def root_owner(root: Path) -> int | None:
    """The process id recorded in an unsettled root, or ``None`` when none is readable."""
    try:
        text = (root / OWNER_MARKER).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return int(text) if text.isdigit() else None


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
        children = sorted(p for p in imports_dir.iterdir() if p.name != LEASES_FOLDER)
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
            if grandchild.name == LEASES_FOLDER:
                continue
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
        owner = root_owner(root)
        if owner is not None and owner_is_running(root.parent, owner):
            continue
        abandoned.append(root)
    return abandoned
