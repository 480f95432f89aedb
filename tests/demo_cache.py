"""Generate each demo variant once per test session and hand every test its own copy.

About forty test modules install a small demo case, and generating one takes 5 s (20 s at full
size) while copying its files takes a few hundredths of a second. The generator is
deterministic for a given seed (same pixels, same UIDs), so a copy is exactly what a fresh
generation would have written. The cache lives beside the xdist workers' temporary folders,
shared by all of them and deleted with the session's temporary tree. A worker generates a variant
under a lock file of its own and publishes it with an atomic rename: a worker asking for the same
variant meanwhile waits for it instead of generating it again, and none sees half an entry.

The generator's own tests (``tests/demo/test_generator.py``, ``test_install.py``) call it
directly and are never served from here; neither is a generation that can be cancelled.
"""

from __future__ import annotations

import dataclasses
import fcntl
import os
import pickle
import shutil
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from casereview.demo import DemoCase
from casereview.demo import generate_demo as _generate_for_real

_cache_root: Path | None = None


def set_cache_root(root: Path) -> None:
    """Choose the folder shared by every worker of this session (set once by conftest)."""
    global _cache_root
    _cache_root = root


def generate_demo_cached(
    out_dir: Path,
    *,
    variant: str = "borderline",
    small: bool = False,
    phases: Sequence[str] = ("arterial", "portal-venous"),
    seed: int = 0,
    progress: Callable[[int, int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> DemoCase:
    """Same contract as :func:`casereview.demo.generate_demo`, served from the session cache."""
    if _cache_root is None or should_cancel is not None:
        return _generate_for_real(
            out_dir,
            variant=variant,
            small=small,
            phases=phases,
            seed=seed,
            progress=progress,
            should_cancel=should_cancel,
        )
    key = f"{variant}-{'small' if small else 'full'}-{'+'.join(sorted(set(phases)))}-seed{seed}"
    entry = _cache_root / key
    if not entry.is_dir():
        _cache_root.mkdir(parents=True, exist_ok=True)
        # One worker generates, another asking for the same variant meanwhile waits for it
        # rather than generating it a second time on the same cores.
        with open(_cache_root / f".{key}.lock", "wb") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            if not entry.is_dir():
                _publish(entry, variant=variant, small=small, phases=phases, seed=seed)
    described: DemoCase = pickle.loads((entry / _DESCRIPTION).read_bytes())
    out_dir = Path(out_dir)
    for phase_dir in {p.parent for paths in described.series.values() for p in paths}:
        shutil.rmtree(out_dir / phase_dir, ignore_errors=True)  # as the generator replaces them
    shutil.copytree(entry / "files", out_dir, dirs_exist_ok=True)
    if progress is not None:
        progress(1, 1)
    return _rebase(described, Path(), out_dir)


def _publish(entry: Path, *, variant: str, small: bool, phases: Sequence[str], seed: int) -> None:
    """Generate into a scratch folder and rename it to ``entry`` (atomic: never half an entry)."""
    scratch = Path(tempfile.mkdtemp(prefix=f".{entry.name}-", dir=entry.parent))
    try:
        made = _generate_for_real(
            scratch / "files", variant=variant, small=small, phases=phases, seed=seed
        )
        # The description travels with the files, its paths relative to the files' folder.
        (scratch / _DESCRIPTION).write_bytes(pickle.dumps(_rebase(made, made.out_dir, Path())))
        os.rename(scratch, entry)
    except BaseException:
        shutil.rmtree(scratch, ignore_errors=True)
        raise


#: File beside a cache entry's ``files`` folder holding its pickled :class:`DemoCase`.
_DESCRIPTION = "demo-case.pickle"


def _rebase(case: DemoCase, old: Path, new: Path) -> DemoCase:
    """``case`` with every path moved from ``old`` to ``new``."""

    def moved(path: Path) -> Path:
        return new / (path.relative_to(old) if old != Path() else path)

    return dataclasses.replace(
        case,
        out_dir=new,
        series={phase: tuple(moved(p) for p in paths) for phase, paths in case.series.items()},
        seg_path=moved(case.seg_path),
        ground_truth_path=moved(case.ground_truth_path),
        couinaud_seg_path=(
            moved(case.couinaud_seg_path) if case.couinaud_seg_path is not None else None
        ),
    )
